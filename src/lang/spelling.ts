import SearchableMap from 'minisearch/SearchableMap';
import { englishDictionaryStems } from './dictionary.js';
import { englishLexiconStems } from './lexicon.js';
import { wordnetStems } from './wordnet.js';

/**
 * Slips of the keyboard in English questions ("how many servers were hackd", "attak"): a word no table
 * of the question reader knows (the concept lexicon, WordNet, the bilingual dictionary: some 30,000 English
 * stems) may be a slip for a word one of them knows, a letter or two away. The vocabulary is kept in
 * MiniSearch's radix tree, whose search within an edit distance is made for this.
 */

/** Shorter words are left alone: a letter away from a three-letter word is too many other words. */
const MIN_LETTERS = 4;
/** From this many letters on, two slips are allowed; below it, one. */
const TWO_SLIPS_FROM = 7;
/** A word this many spellings or more away is too ambiguous to be read as any of them. */
const MAX_SPELLINGS = 3;

let vocabulary: SearchableMap<true> | undefined;

function load(): SearchableMap<true> {
  const map = new SearchableMap<true>();
  for (const stems of [englishLexiconStems(), englishDictionaryStems(), wordnetStems()]) for (const s of stems) map.set(s, true);
  return map;
}

const known = () => (vocabulary ??= load());

/**
 * The stems an English stem may be a slip for: none when it is itself known, shorter than MIN_LETTERS or
 * not all letters; otherwise the known stems nearest it (one edit away, two for a long word), when there
 * are fewer than MAX_SPELLINGS of them, in alphabetical order.
 */
export function spellings(stem: string): string[] {
  if (stem.length < MIN_LETTERS || !/^[a-z]+$/.test(stem)) return [];
  const vocabulary = known();
  if (vocabulary.has(stem)) return [];
  const near = [...vocabulary.fuzzyGet(stem, stem.length >= TWO_SLIPS_FROM ? 2 : 1)];
  if (near.length === 0) return [];
  const best = Math.min(...near.map(([, [, distance]]) => distance));
  const nearest = near.filter(([, [, distance]]) => distance === best).map(([s]) => s);
  return nearest.length < MAX_SPELLINGS ? nearest.sort() : [];
}

/** Build the vocabulary now rather than on the first question that needs it (see `prepareQuestionReading`). */
export function loadSpellings(): void {
  known();
}
