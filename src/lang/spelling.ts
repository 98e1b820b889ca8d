import SearchableMap from 'minisearch/SearchableMap';
import { englishDictionaryStems, hindiDictionaryStems } from './dictionary.js';
import { lexiconStems } from './lexicon.js';
import type { Script } from './script.js';
import { wordnetStems } from './wordnet.js';
import { LANGUAGE_WORDS } from './words.js';

/**
 * Slips of the keyboard ("how many servers were hackd", हेकर for हैकर): a question word no table of the
 * question reader knows may be a slip for a word one of them knows, a letter or two away. The stems each
 * script's words are known by: English, the concept lexicon's, WordNet's and the bilingual dictionary's
 * (some 30,000); Hindi, the lexicon's and the dictionary's; Bengali, the lexicon's. Each vocabulary is kept
 * in MiniSearch's radix tree, whose search within an edit distance is made for this.
 */

/** Shorter words are left alone: a letter away from a three-letter word is too many other words. */
const MIN_LETTERS = 4;
/**
 * One slip, an edit of one letter (a UTF-16 code unit: a Hindi vowel sign is one). Two found more wrong
 * words than slips (rebranded: rebound, remand), and moved the abstention fit more than they helped.
 */
const SLIPS = 1;
/** A word this many spellings or more away is too ambiguous to be read as any of them. */
const MAX_SPELLINGS = 3;

/** What a word of each script must be written in to be looked up: its own letters and signs, no digits or marks. */
const WORD: Partial<Record<Script, RegExp>> = { latn: /^[a-z]+$/, deva: /^[\u0900-\u0963\u0971-\u097f]+$/u, beng: /^[\u0980-\u09e3\u09f0-\u09ff]+$/u };

const vocabularies = new Map<Script, SearchableMap<true>>();

function stemsOf(script: Script): Iterable<string>[] {
  if (script === 'latn') return [lexiconStems('en'), englishDictionaryStems(), wordnetStems()];
  if (script === 'deva') return [lexiconStems('hi'), hindiDictionaryStems()];
  if (script === 'beng') return [lexiconStems('bn')];
  return [];
}

function vocabulary(script: Script): SearchableMap<true> {
  let map = vocabularies.get(script);
  if (!map) {
    map = new SearchableMap<true>();
    for (const stems of stemsOf(script)) for (const s of stems) map.set(s, true);
    vocabularies.set(script, map);
  }
  return map;
}

/**
 * The stems a stem of a script's word may be a slip for: none when it is itself known, shorter than
 * MIN_LETTERS or not all letters of its script; otherwise the known stems one edit away that begin as it does, in a script whose language names confusable signs only those a slip of one makes
 * (हैकर for हेकर, not बेकर), when there are fewer than MAX_SPELLINGS of them, in code-point order.
 */
export function spellings(stem: string, script: Script | undefined): string[] {
  const word = script === undefined ? undefined : WORD[script];
  if (script === undefined || word === undefined || stem.length < MIN_LETTERS || !word.test(stem)) return [];
  const known = vocabulary(script);
  if (known.has(stem)) return [];
  // (a slip keeps the word's first letter: one that changes it makes another word as often, caught: taught)
  const near = [...known.fuzzyGet(stem, SLIPS)].filter(([s]) => s[0] === stem[0]);
  if (near.length === 0) return [];
  const nearest = near.map(([s]) => s);
  // (in a script with confusable signs only their slips count: its vocabulary here is too small for any
  // other known word a letter away to be likelier the word meant than an unknown word of the language)
  const chosen = confusable(script) ? nearest.filter((s) => signSlip(stem, s, script)) : nearest;
  return chosen.length < MAX_SPELLINGS ? chosen.sort() : [];
}

/** Whether the script's language names signs its writers confuse. */
const confusable = (script: Script) => {
  const language = LANGUAGE_OF[script];
  return language !== undefined && LANGUAGE_WORDS[language].confusableSigns.pairs.length > 0;
};

const LANGUAGE_OF: Partial<Record<Script, keyof typeof LANGUAGE_WORDS>> = { latn: 'en', deva: 'hi', beng: 'bn' };

/** Whether two words one edit apart differ by a confusable sign of the script's language: one for its pair, or one left out. */
function signSlip(a: string, b: string, script: Script): boolean {
  const language = LANGUAGE_OF[script];
  if (language === undefined) return false;
  const { pairs, dropped } = LANGUAGE_WORDS[language].confusableSigns;
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  let endA = a.length;
  let endB = b.length;
  while (endA > first && endB > first && a[endA - 1] === b[endB - 1]) [endA, endB] = [endA - 1, endB - 1];
  const [x, y] = [a.slice(first, endA), b.slice(first, endB)];
  if (x === '' || y === '') return dropped.includes(x + y);
  return pairs.some(([p, q]) => (x === p && y === q) || (x === q && y === p));
}

/** Build the vocabularies now rather than on the first question that needs them (see `prepareQuestionReading`). */
export function loadSpellings(): void {
  for (const script of ['latn', 'deva', 'beng'] as const) vocabulary(script);
}
