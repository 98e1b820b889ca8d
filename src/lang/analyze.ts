import { conceptMatches, conceptsByToken, counterMatches, signMatches } from './concepts.js';
import { FIELDS, KEY_FIELDS, termKey, type Field, type FieldTerms } from './fields.js';
import { canonicalNumber, type NumberPhrase } from './numbers.js';
import { decadeMatches } from './decades.js';
import { ordinalMatches } from './ordinals.js';
import type { Language, Script } from './script.js';
import { isNativeWord } from './dictionary.js';
import { mayBeHeardAs } from './keys.js';
import { hyphenJoined, tokenTerms, type TokenTerms } from './terms.js';
import { timeTerm, type TimeExpression } from './time.js';
import { tokenize, type Token } from './tokenize.js';
import { valuesOf } from './values.js';

/**
 * The shared token pipeline, composed of small stages the way Lucene composes an analyzer from
 * filters: tokenize (normalizing each token: tokenize.ts, normalize.ts) → stem (spelling folds, then
 * endings: stem.ts, fold.ts) → keys (keys.ts) → concepts (concepts.ts: the lexicon, counter words, currency
 * signs; ordinals.ts, decades.ts: ranks and decades) → values (numbers and clock times: values.ts). Passages are analyzed field by field for the index, or token by token
 * for finding where a question's words and values stand; questions are read by query.ts.
 */

export { FIELDS, KEY_FIELDS, termKey, type Field, type FieldTerms };
export { ANALYZER_VERSION } from './version.js';
export { readingOf, type Reading } from './reading.js';
export { STRENGTH, keyStrength, analyzeQuery, prepareQuestionReading, namesPerson, unitConcepts, type Alt, type AnalyzedQuery, type CorpusNames, type QueryUnit } from './query.js';

/** A text analyzed token by token, for finding where in it a question's words and values stand. */
export interface AnalyzedText {
  tokens: Token[];
  /** For each token, the `field:term` keys it gives (a lexicon phrase's concept goes to each of its words), for lookups. */
  keys: Set<string>[];
  /** For each token, the lexicon concepts it stands in, broader ones included, each once. */
  concepts: string[][];
  numbers: NumberPhrase[];
  times: TimeExpression[];
}

/**
 * The field a word's sound keys are indexed in: `native` for a Hindi word of the language's own (see
 * fields.ts), `key` for any other. A Bengali word is found in the dictionary only through the Hindi word
 * of its sound, which is too loose to call it native: সার্ভার (server) shares its key with सरोवर (lake).
 */
const keyFieldOf = (t: TokenTerms): 'key' | 'native' => (t.script === 'deva' && isNativeWord(t) ? 'native' : 'key');

type KeyField = 'key' | 'native' | 'voweled' | 'near' | 'nearNative';

/**
 * Each of a word's sound keys with the field it is indexed in: one marked with a vowel the word may be heard as
 * in `voweled` (fields.ts), the others in the word's own (keyFieldOf); its keys a consonant away in the near
 * field of its own.
 */
function keysByField(t: TokenTerms): [KeyField, string][] {
  const own = keyFieldOf(t);
  const near = own === 'native' ? 'nearNative' : 'near';
  return [...t.keys.map((k): [KeyField, string] => [mayBeHeardAs(k) ? 'voweled' : own, k]), ...t.near.map((k): [KeyField, string] => [near, k])];
}

/** The ranks and decades of a text (ordinals.ts, decades.ts): concepts a word has besides its own. */
const rankMatches = (text: string, tokens: readonly Token[], numbers: readonly NumberPhrase[], language: Language) => [
  ...ordinalMatches(text, tokens, numbers),
  ...decadeMatches(text, tokens, numbers, language),
];

export function analyzeText(text: string, language: Language): AnalyzedText {
  const tokens = tokenize(text);
  const terms = tokens.map(tokenTerms);
  const { numbers, times } = valuesOf(text, tokens, language, false);
  const concepts = conceptsByToken([...conceptMatches(terms, text), ...counterMatches(tokens, numbers), ...signMatches(text, tokens, numbers)], tokens.length);
  // (a rank or a decade is a concept besides the word's own: पहला is early and first)
  for (const m of rankMatches(text, tokens, numbers, language)) for (let i = m.first; i <= m.last; i++) concepts[i]!.push(...m.concepts);
  const joined = hyphenJoined(text, tokens);
  const keys = terms.map((t, i) => {
    const compound = joined.get(i) ?? joined.get(i - 1);
    return new Set([
      termKey('text', t.token.norm),
      ...t.stems.map((s) => termKey('stem', s)),
      ...keysByField(t).map(([field, k]) => termKey(field, k)),
      ...concepts[i]!.map((c) => termKey('concept', c)),
      ...(compound ? [termKey('text', compound.norm)] : []),
    ]);
  });
  for (const p of numbers) for (let i = p.first; i <= p.last; i++) keys[i]!.add(termKey('num', canonicalNumber(p.value)));
  return { tokens, keys, concepts, numbers, times };
}

/** Every word of a text with its cross-script keys, script and first stem (for measuring key collisions). */
export function keyedWords(text: string): { key: string; script: Script; stem: string }[] {
  return tokenize(text).flatMap((t) => {
    const terms = tokenTerms(t);
    return terms.script && !t.numeric ? terms.keys.map((key) => ({ key, script: terms.script!, stem: terms.stems[0]! })) : [];
  });
}

/** A passage's terms, field by field. */
export function analyzePassage(text: string, language: Language): FieldTerms {
  const tokens = tokenize(text);
  const terms = tokens.map(tokenTerms);
  const { numbers, times } = valuesOf(text, tokens, language, false);
  const keyed: Record<KeyField, string[]> = { key: [], native: [], voweled: [], near: [], nearNative: [] };
  for (const t of terms) for (const [field, k] of keysByField(t)) keyed[field].push(k);
  const joined = [...hyphenJoined(text, tokens).values()];
  return {
    text: [...tokens.map((t) => t.norm), ...joined.map((j) => j.norm)],
    stem: terms.flatMap((t) => t.stems),
    ...keyed,
    concept: [...conceptMatches(terms, text), ...counterMatches(tokens, numbers), ...signMatches(text, tokens, numbers), ...rankMatches(text, tokens, numbers, language)].flatMap((m) => m.concepts),
    num: [...numbers.map((p) => canonicalNumber(p.value)), ...times.map(timeTerm)],
  };
}

