import { ENGLISH_WORDS, IZE_WORDS, PERSON_NOUNS, THING_NOUNS } from './data/english-words.js';

let englishWords: Set<string> | undefined;
let izeWords: Set<string> | undefined;
let thingNouns: Set<string> | undefined;
let personNouns: Set<string> | undefined;

/** Whether a stem is one of an English word WordNet knows (data/english-words.ts), read on first use. */
export const isEnglishStem = (stem: string): boolean => (englishWords ??= new Set(ENGLISH_WORDS.split(' '))).has(stem);

/** Whether a word is a WordNet lemma spelt with -ize or -yze as which a British -ise spelling is read (hospitalize, organizer, analyze: data IZE_WORDS). */
export const isIzeWord = (word: string): boolean => (izeWords ??= new Set(IZE_WORDS.split(' '))).has(word);

/** Read British spellings by these lemmas (space-separated) from now on: the WordNet build's own, before it stems. */
export function useIzeWords(words: string): void {
  izeWords = new Set(words.split(' '));
}

/**
 * Whether a stem is one of an English noun that names a physical thing and never a person: toilet, bus,
 * road (WordNet's nouns whose commonest sense is an artifact, a plant, a place… and none a person or a
 * group of people: data THING_NOUNS), read on first use.
 */
export const isThingStem = (stem: string): boolean => (thingNouns ??= new Set(THING_NOUNS.split(' '))).has(stem);

/** Whether a stem is one of an English noun whose commonest sense names a person: player, artist, ruler (data PERSON_NOUNS), read on first use. */
export const isPersonStem = (stem: string): boolean => (personNouns ??= new Set(PERSON_NOUNS.split(' '))).has(stem);

/**
 * The adjectives a word written as a superlative may be (largest: large, larg; biggest: big; earliest: early):
 * it without -est, without -st after an e, with a doubled consonant single and with -iest as -y. Spelling alone,
 * so a word of its own that ends so (interest, protest, forest) gets readings no adjective has: the caller keeps
 * only those it knows.
 */
export function superlativeBases(word: string): string[] {
  if (word.length < 6 || !word.endsWith('est')) return [];
  const bare = word.slice(0, -3);
  const out = [bare, `${bare}e`];
  if (bare.length >= 3 && bare[bare.length - 1] === bare[bare.length - 2]) out.push(bare.slice(0, -1));
  if (bare.endsWith('i')) out.push(`${bare.slice(0, -1)}y`);
  return out;
}
