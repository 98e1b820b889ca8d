import { HOW_PHRASES, ROMANIZED_CUES, interrogativeType, isInterrogative, type AnswerType } from './interrogatives.js';
import { phoneticKey } from './keys.js';
import { concept, matchConcepts, withParents } from './lexicon.js';
import { canonicalNumber, numberLanguages, numberPhrases, type NumberPhrase } from './numbers.js';
import { dominantScript, scriptOf, type Language, type Script } from './script.js';
import { bengaliBases, stems } from './stem.js';
import { isStopword, type StopLanguage } from './stopwords.js';
import { timeExpressions, timeTerm, type TimeExpression } from './time.js';
import { tokenize, type Token } from './tokenize.js';

/**
 * Bumped whenever analysis changes what terms a text produces: a saved index built with another
 * version is rebuilt.
 */
export const ANALYZER_VERSION = 13;

/**
 * The index fields, each filled by its own analysis:
 * - text: the normalized word as written;
 * - stem: its stem(s) after spelling folds (सर्वरों → सर्वर, হামলার → হামলা, attacks → attack);
 * - key: its cross-script consonant skeleton (server, सर्वर, সার্ভার → srbr);
 * - concept: the lexicon concepts it names (हमला, হামলা, attack → attack);
 * - num: numbers and clock times by value (पांच, ৫, five → 5; ৬টা৪৫, 6:45 → 6:45).
 */
export const FIELDS = ['text', 'stem', 'key', 'concept', 'num'] as const;
export type Field = (typeof FIELDS)[number];

export type FieldTerms = Record<Field, string[]>;

/** How a text is read: its language, and for Latin script whether it is romanized Hindi or Bengali. */
export interface Reading {
  language: Language;
  romanized: boolean;
  /** False when the text gives too little to tell (only names, no function or question words). */
  confident: boolean;
}

/** What one token gives each field. */
interface TokenTerms {
  token: Token;
  script: Script | undefined;
  stems: string[];
  keys: string[];
}

function tokenTerms(token: Token): TokenTerms {
  const script = scriptOf(token.norm[0]!);
  if (token.numeric) return { token, script, stems: [token.norm], keys: [] };
  const bases = script === 'beng' ? bengaliBases(token.norm) : [token.norm];
  const keys = [...new Set(bases.map((b) => phoneticKey(b, script)).filter((k): k is string => k !== undefined))];
  return { token, script, stems: stems(token.norm, script), keys };
}

function numberTerms(text: string, tokens: Token[], reading: Pick<Reading, 'language' | 'romanized'>) {
  const phrases = numberPhrases(
    tokens.map((t) => t.norm),
    reading.romanized ? numberLanguages('en', true) : numberLanguages(reading.language, false),
  );
  const times = timeExpressions(text);
  return { phrases, times };
}

/** The key of a term in a field, as used in document frequencies and matches. */
export const termKey = (field: Field, term: string) => `${field}:${term}`;

/** A text analyzed token by token, for finding where in it a question's words and values stand. */
export interface AnalyzedText {
  tokens: Token[];
  /** For each token, the `field:term` keys it gives (a lexicon phrase's concept goes to each of its words). */
  keys: Set<string>[];
  numbers: NumberPhrase[];
  times: TimeExpression[];
}

export function analyzeText(text: string, language: Language): AnalyzedText {
  const tokens = tokenize(text);
  const terms = tokens.map(tokenTerms);
  const { phrases, times } = numberTerms(text, tokens, { language, romanized: false });
  const keys = terms.map(
    (t) =>
      new Set([
        termKey('text', t.token.norm),
        ...t.stems.map((s) => termKey('stem', s)),
        ...t.keys.map((k) => termKey('key', k)),
      ]),
  );
  for (const m of matchConcepts(terms.map((t) => t.stems))) {
    const concepts = m.concepts.flatMap(withParents);
    for (let i = m.first; i <= m.last; i++) for (const c of concepts) keys[i]!.add(termKey('concept', c));
  }
  for (const p of phrases) for (let i = p.first; i <= p.last; i++) keys[i]!.add(termKey('num', canonicalNumber(p.value)));
  return { tokens, keys, numbers: phrases, times };
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
  const { phrases, times } = numberTerms(text, tokens, { language, romanized: false });
  return {
    text: tokens.map((t) => t.norm),
    stem: terms.flatMap((t) => t.stems),
    key: terms.flatMap((t) => t.keys),
    concept: matchConcepts(terms.map((t) => t.stems)).flatMap((m) => m.concepts.flatMap(withParents)),
    num: [...phrases.map((p) => canonicalNumber(p.value)), ...times.map(timeTerm)],
  };
}

/** One alternative way a question word can be found in a passage. */
export interface Alt {
  field: Field;
  term: string;
  /** How strongly finding it counts as finding the word (1 = the word itself). */
  strength: number;
}

/** A content word, number or lexicon phrase of a question, with every way it may be found. */
export interface QueryUnit {
  /** The words as the question has them. */
  raw: string;
  /** The positions of its first and last tokens in the question. */
  at: number;
  end: number;
  alts: Alt[];
  /** A name of a place, institution or people: it says which incident is meant. */
  entity: boolean;
}

export interface AnalyzedQuery {
  reading: Reading;
  tokens: Token[];
  /** Interrogatives found, normalized ("how many" as one). */
  interrogatives: string[];
  /** The kind of answer the question words ask for, if they say. */
  asks: AnswerType | undefined;
  /** Where the question word that says so stands. */
  asksAt: number | undefined;
  /** Content units, in the order of the question. */
  units: QueryUnit[];
}

/**
 * Concepts that, right after "what" or "which", make the question ask for a time: "what time",
 * किस दिन, কোন মাসে. After "how many" they are what is counted (कितने दिन: how many days).
 */
const TIME_WORDS = new Set(['time', 'date', 'hour', 'week', 'month', 'year', 'morning', 'evening', 'night']);

/**
 * How much a match in each field counts. A cross-script key is weaker the shorter it is: short keys
 * collide (see `npm run eval -- --keys` for the measured rates on a corpus).
 */
export const STRENGTH = {
  text: 1,
  stem: 0.95,
  concept: 0.85,
  num: 1,
  key: (key: string) => {
    const consonants = key.replace(/^a/, '').length;
    return consonants >= 4 ? 0.8 : consonants === 3 ? 0.7 : 0.45;
  },
} as const;

/**
 * How a question is read. Devanagari is Hindi and Bengali script is Bengali; Latin script is English
 * unless more of its function and question words are romanized Hindi's or Bengali's, and then it is
 * that language, romanized.
 */
export function readingOf(text: string, tokens: Token[] = tokenize(text)): Reading {
  switch (dominantScript(text)) {
    case 'deva':
      return { language: 'hi', romanized: false, confident: true };
    case 'beng':
      return { language: 'bn', romanized: false, confident: true };
    case 'latn': {
      const count = (test: (n: string) => boolean) => tokens.filter((t) => test(t.norm)).length;
      const english = count((n) => isStopword(n, 'en') || /^(?:how|what|when|who|whom|whose|where|which|why)$/.test(n));
      const hindi = count((n) => isStopword(n, 'hi-latn') || ROMANIZED_CUES.hi.has(n));
      const bengali = count((n) => isStopword(n, 'bn-latn') || ROMANIZED_CUES.bn.has(n));
      if (hindi > english && hindi >= bengali) return { language: 'hi', romanized: true, confident: true };
      if (bengali > english && bengali > hindi) return { language: 'bn', romanized: true, confident: true };
      return { language: 'en', romanized: false, confident: english > 0 };
    }
    default:
      return { language: 'en', romanized: false, confident: false };
  }
}

function stopLanguage(r: Reading): StopLanguage {
  return r.romanized ? (r.language === 'bn' ? 'bn-latn' : 'hi-latn') : r.language;
}

function wordAlts(t: TokenTerms): Alt[] {
  return [
    { field: 'text', term: t.token.norm, strength: STRENGTH.text },
    ...t.stems.map((s) => ({ field: 'stem' as const, term: s, strength: STRENGTH.stem })),
    ...t.keys.map((k) => ({ field: 'key' as const, term: k, strength: STRENGTH.key(k) })),
  ];
}

/** Written like a name in Latin script: an acronym (AIIMS, IFSO) or capitalized inside the sentence. */
function looksLikeName(t: Token, index: number): boolean {
  return t.raw.length >= 2 && (/^\p{Lu}{2,}$/u.test(t.raw) || (index > 0 && /^\p{Lu}\p{Ll}/u.test(t.raw)));
}

export function analyzeQuery(text: string): AnalyzedQuery {
  const tokens = tokenize(text);
  const reading = readingOf(text, tokens);
  const terms = tokens.map(tokenTerms);
  const units: QueryUnit[] = [];
  const interrogatives: string[] = [];
  const used = new Set<number>();
  const { phrases, times } = numberTerms(text, tokens, reading);

  for (const t of times) {
    const inside = tokens.map((tok, i) => [tok, i] as const).filter(([tok]) => tok.start >= t.start && tok.end <= t.end);
    inside.forEach(([, i]) => used.add(i));
    units.push({ raw: text.slice(t.start, t.end), at: inside[0]?.[1] ?? 0, end: inside[inside.length - 1]?.[1] ?? 0, alts: [{ field: 'num', term: timeTerm(t), strength: STRENGTH.num }], entity: false });
  }
  for (const p of phrases) {
    if (used.has(p.first)) continue;
    for (let i = p.first; i <= p.last; i++) used.add(i);
    units.push({
      raw: text.slice(tokens[p.first]!.start, tokens[p.last]!.end),
      at: p.first,
      end: p.last,
      alts: [{ field: 'num', term: canonicalNumber(p.value), strength: STRENGTH.num }],
      entity: false,
    });
  }

  const skip = (i: number) => {
    const t = tokens[i]!;
    // a lone letter (AIIMS-e, the e of e-mail) is an ending or a prefix, not a word
    if (isInterrogative(t.norm) || [...t.norm].length === 1) return true;
    return isStopword(t.norm, stopLanguage(reading)) || (reading.romanized && isStopword(t.norm, 'en'));
  };
  let asks: AnswerType | undefined;
  let asksAt: number | undefined;
  tokens.forEach((t, i) => {
    if (used.has(i) || !isInterrogative(t.norm)) return;
    const next = tokens[i + 1];
    let type = interrogativeType(t.norm);
    if (t.norm === 'how' && next && HOW_PHRASES[next.norm]) {
      type = HOW_PHRASES[next.norm];
      interrogatives.push(`how ${next.norm}`);
      used.add(i + 1);
    } else interrogatives.push(t.norm);
    // "what time", किस दिन, কোন সময়: the word after the question word is part of the question
    const nextConcepts = next ? matchConcepts([terms[i + 1]!.stems]).flatMap((m) => m.concepts) : [];
    if (next && type === 'thing' && nextConcepts.some((c) => TIME_WORDS.has(c))) {
      type = 'time';
      used.add(i + 1);
    }
    if (type && (asks === undefined || asks === 'thing')) {
      asks = type;
      asksAt = i;
    }
  });

  // lexicon phrases first: "dark web", "दिल्ली पुलिस" are one unit each
  const matches = matchConcepts(terms.map((t, i) => (used.has(i) ? [] : t.stems)));
  const conceptAt = new Map<number, string[]>();
  for (const m of matches) {
    if (m.last > m.first) {
      const words = terms.slice(m.first, m.last + 1);
      for (let i = m.first; i <= m.last; i++) used.add(i);
      units.push({
        raw: text.slice(tokens[m.first]!.start, tokens[m.last]!.end),
        at: m.first,
        end: m.last,
        alts: [
          ...m.concepts.map((c) => ({ field: 'concept' as const, term: c, strength: 1 })),
          ...words.flatMap(wordAlts).map((a) => ({ ...a, strength: a.strength * 0.5 })),
        ],
        entity: m.concepts.some((c) => concept(c)?.entity) || words.some((w, k) => looksLikeName(w.token, m.first + k)),
      });
    } else conceptAt.set(m.first, m.concepts);
  }

  terms.forEach((t, i) => {
    if (used.has(i) || skip(i)) return;
    const concepts = conceptAt.get(i) ?? [];
    units.push({
      raw: t.token.raw,
      at: i,
      end: i,
      alts: [...wordAlts(t), ...concepts.map((c) => ({ field: 'concept' as const, term: c, strength: STRENGTH.concept }))],
      entity: concepts.some((c) => concept(c)?.entity) || looksLikeName(t.token, i),
    });
  });
  units.sort((a, b) => a.at - b.at);
  return { reading, tokens, interrogatives, asks, asksAt, units };
}
