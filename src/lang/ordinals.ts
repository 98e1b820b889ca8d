import { LANGUAGE_WORDS, isOrdinalSuffix } from './words.js';
import type { ConceptMatch } from './lexicon.js';
import { normalize } from './normalize.js';
import { cardinalValue, type NumberPhrase } from './numbers.js';
import { languageOfScript, scriptOf, type Language } from './script.js';
import type { Token } from './tokenize.js';

/**
 * Ordinals: the rank a word or a number with a suffix gives (tenth, दसवीं, উনিশতম; 10th, 10वीं, ১০ম), as a
 * concept of its own for each rank, so that "the 10th series" finds "the tenth series" and "दसवीं श्रृंखला",
 * and "नौवें डॉक्टर" the "Ninth Doctor". An ordinal counts nothing: it stays out of the numbers a count is
 * answered by (qa/extract.ts), and is found as this concept besides.
 */

const ORDINAL = 'ordinal-';
/** The concept of one rank. */
export const ordinalConcept = (rank: number) => `${ORDINAL}${rank}`;
/** Whether a concept is a rank's. */
export const isOrdinalConcept = (concept: string) => concept.startsWith(ORDINAL);

const ORDINAL_WORDS = Object.fromEntries(
  Object.entries(LANGUAGE_WORDS).map(([l, w]) => [l, new Map(Object.entries(w.ordinalWords).map(([word, rank]) => [normalize(word), rank]))]),
) as Record<Language, Map<string, number>>;
const WORD_SUFFIXES = Object.fromEntries(Object.entries(LANGUAGE_WORDS).map(([l, w]) => [l, w.wordOrdinalSuffixes.map((x) => normalize(x))])) as Record<Language, string[]>;

/**
 * The rank an ordinal word gives, in its script's language: one of the language's ordinal words, or a cardinal
 * word with an ordinal suffix written onto it (ten-th, दस-वीं, উনিশ-তম; data wordOrdinalSuffixes, not the endings
 * of a date, একই: same) that is no cardinal itself.
 */
export function ordinalWordRank(norm: string): number | undefined {
  const language = languageOfScript(scriptOf(norm[0] ?? ''));
  if (language === undefined) return undefined;
  const listed = ORDINAL_WORDS[language].get(norm);
  if (listed !== undefined) return listed;
  if (cardinalValue(norm, [language]) !== undefined) return undefined;
  for (const suffix of WORD_SUFFIXES[language]) {
    if (norm.length <= suffix.length || !norm.endsWith(suffix)) continue;
    const rank = cardinalValue(norm.slice(0, -suffix.length), [language]);
    if (rank !== undefined && Number.isInteger(rank) && rank > 0) return rank;
  }
  return undefined;
}

/**
 * Whether the token after a number's last makes the number an ordinal: its suffix written onto it (20th,
 * ২০তম, ৭ই), or in Hindi and Bengali a space after it (20 वीं); English never writes "20 th" apart ("30 St
 * Louis residents").
 */
function ordinalSuffixAfter(text: string, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (next === undefined || !isOrdinalSuffix(next.norm)) return false;
  const between = text.slice(tokens[last]!.end, next.start);
  return between === '' || (between === ' ' && scriptOf(next.norm[0] ?? '') !== 'latn');
}

/** The ordinals of a text, as concept matches: a number with its suffix (both tokens), an ordinal word. */
export function ordinalMatches(text: string, tokens: readonly Token[], numbers: readonly NumberPhrase[]): ConceptMatch[] {
  const out: ConceptMatch[] = [];
  for (const n of numbers) {
    // (any number so written ranks and counts nothing, 0th and 1.5th too)
    if (ordinalSuffixAfter(text, tokens, n.last)) out.push({ first: n.first, last: n.last + 1, concepts: [ordinalConcept(n.value)] });
  }
  tokens.forEach((t, i) => {
    const rank = t.numeric ? undefined : ordinalWordRank(t.norm);
    if (rank !== undefined) out.push({ first: i, last: i, concepts: [ordinalConcept(rank)] });
  });
  return out;
}
