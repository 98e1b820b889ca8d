import { isInterrogative } from './interrogatives.js';
import { numberLanguages, numberPhrases, canonicalNumber } from './numbers.js';
import { dominantScript, type Language } from './script.js';
import { isStopword } from './stopwords.js';
import { tokenize, type Token } from './tokenize.js';

/**
 * Bumped whenever analysis changes what terms a text produces: a saved index built with another
 * version is rebuilt.
 */
export const ANALYZER_VERSION = 2;

/** The index fields, each filled by its own analysis. */
export const FIELDS = ['text', 'num'] as const;
export type Field = (typeof FIELDS)[number];

export type FieldTerms = Record<Field, string[]>;

/** How a text is read: its language, and for Latin script whether it is romanized Hindi or Bengali. */
export interface Reading {
  language: Language;
  romanized: boolean;
}

/** A passage's terms, field by field. */
export function analyzePassage(text: string, language: Language): FieldTerms {
  const tokens = tokenize(text);
  const norms = tokens.map((t) => t.norm);
  const num = numberPhrases(norms, numberLanguages(language, false)).map((p) => canonicalNumber(p.value));
  return { text: norms, num };
}

/** One alternative way a question word can be found in a passage. */
export interface Alt {
  field: Field;
  term: string;
  /** How strongly finding it counts as finding the word (1 = the word itself). */
  strength: number;
}

/** A content word (or number phrase) of a question, with every way it may be found. */
export interface QueryUnit {
  /** The words as the question has them. */
  raw: string;
  alts: Alt[];
}

export interface AnalyzedQuery {
  reading: Reading;
  tokens: Token[];
  /** Interrogatives found, normalized. */
  interrogatives: string[];
  units: QueryUnit[];
}

/** Latin-script text is English unless its function words are Hindi's or Bengali's. */
function readingOf(text: string, tokens: Token[]): Reading {
  switch (dominantScript(text)) {
    case 'deva':
      return { language: 'hi', romanized: false };
    case 'beng':
      return { language: 'bn', romanized: false };
    default: {
      const indic = tokens.filter((t) => isStopword(t.norm, 'latn-indic') || isInterrogative(t.norm)).length;
      const english = tokens.filter((t) => isStopword(t.norm, 'en')).length;
      return { language: 'en', romanized: indic > english };
    }
  }
}

function stopLanguage(r: Reading): 'hi' | 'bn' | 'en' | 'latn-indic' {
  return r.romanized ? 'latn-indic' : r.language;
}

export function analyzeQuery(text: string): AnalyzedQuery {
  const tokens = tokenize(text);
  const reading = readingOf(text, tokens);
  const norms = tokens.map((t) => t.norm);
  const units: QueryUnit[] = [];
  const interrogatives: string[] = [];
  const phrases = numberPhrases(norms, numberLanguages(reading.language, reading.romanized));
  const inPhrase = new Set<number>();
  for (const p of phrases) {
    for (let i = p.first; i <= p.last; i++) inPhrase.add(i);
    units.push({
      raw: text.slice(tokens[p.first]!.start, tokens[p.last]!.end),
      alts: [{ field: 'num', term: canonicalNumber(p.value), strength: 1 }],
    });
  }
  tokens.forEach((t, i) => {
    if (inPhrase.has(i)) return;
    if (isInterrogative(t.norm)) {
      interrogatives.push(t.norm);
      return;
    }
    if (isStopword(t.norm, stopLanguage(reading)) || (reading.romanized && isStopword(t.norm, 'en'))) return;
    units.push({ raw: t.raw, alts: [{ field: 'text', term: t.norm, strength: 1 }] });
  });
  return { reading, tokens, interrogatives, units };
}
