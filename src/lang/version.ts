import { createHash } from 'node:crypto';
import { CURRENCY_SIGNS, ORGANISATIONS, DAY_PARTS, EVENTS, MONTHS, RELATIVE_DAYS, WEEKDAYS } from './data/concepts.js';
import { HOW_PHRASES, INTERROGATIVES } from './interrogatives.js';
import { LEXICON } from './lexicon-data.js';
import { BN_CLASSIFIER, CARDINALS, FRACTION_PREFIXES, MULTIPLIERS } from './numbers.js';
import { STOPWORD_LISTS } from './stopwords.js';
import { DICTIONARY_EN_HI } from './data/dictionary-en-hi.js';
import { WORDNET_EN } from './data/wordnet-en.js';
import { IZE_WORDS } from './data/english-words.js';
import { LANGUAGE_WORDS } from './words.js';

/**
 * Bumped whenever the analysis code changes what terms a text produces, or how it is cut into passages. Changes to the word data
 * need no bump: the version carries a hash of it.
 */
export const ANALYZER_REVISION = 96;

/** The word data analysis reads: editing any of it changes the analyzer version. */
export const ANALYZER_DATA = {
  lexicon: LEXICON,
  stopwords: STOPWORD_LISTS,
  numbers: { cardinals: CARDINALS, multipliers: MULTIPLIERS, fractionPrefixes: FRACTION_PREFIXES, bengaliClassifier: BN_CLASSIFIER },
  interrogatives: { words: INTERROGATIVES, how: HOW_PHRASES },
  languages: LANGUAGE_WORDS,
  concepts: { WEEKDAYS, MONTHS, RELATIVE_DAYS, DAY_PARTS, EVENTS, CURRENCY_SIGNS, ORGANISATIONS },
  /** The WordNet table (npm run build:wordnet): it decides which concepts an English question word reaches. */
  wordnet: WORDNET_EN,
  /** The bilingual dictionary (npm run build:dictionary): it decides what a question word reaches in the other language. */
  dictionary: DICTIONARY_EN_HI,
  /** The -ize lemmas a British spelling is read as (npm run build:wordnet): they decide an English word's stem. */
  ize: IZE_WORDS,
};

/** Sets, maps and patterns written out as their contents; functions (the question templates) analyze nothing and are left out. */
function serialize(data: unknown): string {
  return JSON.stringify(data, (_key, value: unknown) => {
    if (value instanceof Map) return [...value];
    if (value instanceof Set) return [...value];
    if (value instanceof RegExp) return value.toString();
    return value;
  });
}

/**
 * The version of an analyzer: its code revision and a hash of its word data, as an integer (48 bits
 * of SHA-256). A saved index built by any other version is rebuilt.
 */
export function analyzerVersion(revision: number, data: unknown): number {
  const hash = createHash('sha256').update(`${revision}\n${serialize(data)}`).digest('hex');
  return Number.parseInt(hash.slice(0, 12), 16);
}

export const ANALYZER_VERSION = analyzerVersion(ANALYZER_REVISION, ANALYZER_DATA);
