import SearchableMap from 'minisearch/SearchableMap';
import { englishDictionaryStems, hindiDictionaryStems } from './dictionary.js';
import { isEnglishStem } from './english.js';
import { lexiconStems, wordStems } from './lexicon.js';
import { languageOfScript, type Script } from './script.js';
import { isStopword } from './stopwords.js';
import { wordnetStems } from './wordnet.js';
import { LANGUAGE_WORDS, isEnglishQuestionWord } from './words.js';

/**
 * Slips of the keyboard ("how many servers were hackd", हेकर for हैकर): a question word no table of the
 * question reader knows may be a slip for a word one of them knows, one letter away. What a slip may be
 * read as are the stems the reader can do something with: in English the concept lexicon's, the WordNet
 * table's and the bilingual dictionary's (about 14,000); in Hindi the lexicon's and the dictionary's; in
 * Bengali the lexicon's. They are kept in MiniSearch's radix tree, whose search within an edit distance is
 * made for this. An English word WordNet knows (about 61,000 stems, data/english-words.ts) is a word,
 * not a slip, even when no table reaches anything from it (planet is not plane).
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

/** What an English word is without each ending of degree it is written with (quieter: quiet; newer: new). */
const degreeBases = (word: string) => LANGUAGE_WORDS.en.degreeEndings.filter((e) => word.endsWith(e)).map((e) => word.slice(0, -e.length));

/** Whether a stem is a word of its script's language beyond the reader's tables (English: WordNet's, or one of them with an ending of degree: quieter, hardest). */
export function isWord(stem: string, script: Script): boolean {
  if (script !== 'latn') return false;
  return isEnglishStem(stem) || degreeBases(stem).some((b) => isEnglishStem(wordStems(b)[0] ?? ''));
}

/**
 * Whether an English word is two English words written as one (heatwave, helpline, floodwater, speedbreakers):
 * each of MIN_LETTERS or more, the second with its endings (wordStems), as news writes new compounds faster than
 * the tables list them.
 */
export function isCompoundWord(norm: string): boolean {
  const letters = [...norm];
  for (let k = MIN_LETTERS; k <= letters.length - MIN_LETTERS; k++) {
    const [first, second] = [letters.slice(0, k).join(''), letters.slice(k).join('')];
    if (isWord(wordStems(first)[0] ?? first, 'latn') && isWord(wordStems(second)[0] ?? second, 'latn')) return true;
  }
  return false;
}

/**
 * Whether an English word is one of degree, or a plural, of a word of three letters (newer, oldest; buses, gases:
 * the plural's e before its s is the base's or the ending's): the tables hold no word under MIN_LETTERS to tell it by,
 * but it is a word all the same.
 */
export function isShortInflected(norm: string): boolean {
  const base = MIN_LETTERS - 1;
  const length = [...norm].length;
  const graded = degreeBases(norm).some((b) => [...b].length === base);
  const plural = LANGUAGE_WORDS.en.pluralEndings.some((e) => norm.endsWith(`e${e}`) && length - e.length - 1 === base);
  return graded || plural;
}

/**
 * The stems a stem of a script's word may be a slip for: none when it is itself known (to the tables, or
 * as an English word), shorter than MIN_LETTERS or not all letters of its script; otherwise the known
 * stems one edit away that begin as it does (a slip that changes the first letter makes another word as
 * often: caught is not taught) and, in a script whose language names confusable signs, only those one
 * of them makes (हैकर for हेकर, not बेकर: the Hindi and Bengali vocabularies here are too small for any
 * other word a letter away to be likelier the word meant than a word they lack), when there are fewer
 * than MAX_SPELLINGS of them, in code-point order. Given the English word as typed (`norm`), when no stem
 * is one edit from its stem, the stems of the words one edit from the word itself (editedStems).
 */
export function spellings(stem: string, script: Script | undefined, norm?: string): string[] {
  const word = script === undefined ? undefined : WORD[script];
  if (script === undefined || word === undefined || stem.length < MIN_LETTERS || !word.test(stem)) return [];
  const known = vocabulary(script);
  if (known.has(stem) || isWord(stem, script)) return [];
  const fuzzy = [...known.fuzzyGet(stem, SLIPS).keys()].filter((s) => s[0] === stem[0]);
  // (read whole only where it is no word of English the tables miss, newer, helpline, and of 8 to 20 letters)
  const whole = norm !== undefined && script === 'latn' && word.test(norm) && norm.length >= MIN_EDITED_LETTERS && norm.length <= MAX_EDITED_LETTERS && !isShortInflected(norm) && !isCompoundWord(norm);
  const near = fuzzy.length > 0 || !whole ? fuzzy : editedStems(norm, known);
  const chosen = confusable(script) ? near.filter((s) => signSlip(stem, s, script)) : near;
  return chosen.length > 0 && chosen.length < MAX_SPELLINGS ? chosen.sort() : [];
}

const LATIN_LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];
/**
 * The longest English word read whole for a slip (editedStems): its edits are some 54 per letter, each stemmed,
 * about two milliseconds for a word of 20 letters; longer words are rare ("telecommunications" has 18).
 */
const MAX_EDITED_LETTERS = 20;
/**
 * The shortest, too: a word of a few letters is one from too many others (satna: satan, sirsa: sirs, shamli: shame), and
 * a place typed in lower case is as often such a word as a slip is; a slip that moves a stem is of a long word.
 */
const MIN_EDITED_LETTERS = 8;
/**
 * The known stems of the English words one edit from a word as typed: a letter left out, added, changed or two
 * swapped, past the first letter. A slip inside a word moves what its stem keeps, so that the stems of the slip
 * and of the word meant may lie further apart than the slip ("compnsation" stems to compnsat, compensation to
 * compens): read whole, the word is one letter from the one meant.
 */
function editedStems(norm: string, known: SearchableMap<true>): string[] {
  const found = new Set<string>();
  const consider = (w: string) => {
    const s = wordStems(w)[0];
    if (s !== undefined && s[0] === norm[0] && known.has(s)) found.add(s);
  };
  for (let k = 1; k <= norm.length; k++) {
    const [head, tail] = [norm.slice(0, k), norm.slice(k)];
    for (const c of LATIN_LETTERS) consider(head + c + tail);
    if (k < norm.length) {
      consider(head + tail.slice(1));
      for (const c of LATIN_LETTERS) if (c !== tail[0]) consider(head + c + tail.slice(1));
      if (tail.length > 1) consider(head + tail[1] + tail[0] + tail.slice(2));
    }
  }
  return [...found];
}

/** Whether the script's language names signs its writers confuse. */
const confusable = (script: Script) => {
  const language = languageOfScript(script);
  return language !== undefined && LANGUAGE_WORDS[language].confusableSigns.pairs.length > 0;
};

/** Whether two words one edit apart differ by a confusable sign of the script's language: one for its pair, or one left out. */
function signSlip(a: string, b: string, script: Script): boolean {
  const language = languageOfScript(script);
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
  isEnglishStem('');
}

/** The words of English question phrases (how many, how long ago). */
const ENGLISH_PHRASE_WORDS = new Set(Object.values(LANGUAGE_WORDS.en.questionPhrases).flatMap((phrases) => phrases.flatMap((p) => p.split(' '))));
/** Whether a word is an English function word, question word or word of a question phrase (how many): what a short slip may be read back as. */
const isEnglishFunctionWord = (norm: string) => isStopword(norm, 'en') || isEnglishQuestionWord(norm) || ENGLISH_PHRASE_WORDS.has(norm);

/**
 * The English function word or question word a typed word is with two letters next to each other swapped
 * (teh: the, adn: and, waht: what, wehn: when), when it is no word itself: the slip a fast typist makes
 * most, and in a word this short the one that is read back surely, where a letter off (wat, tha) is
 * another spelling or a word of romanized Hindi. Undefined for any other word, and for one two such
 * swaps read back as two words (hwo: who, how).
 */
export function swappedFunctionWord(norm: string): string | undefined {
  if (norm.length < 3 || !WORD.latn!.test(norm) || isEnglishFunctionWord(norm)) return undefined;
  const stem = wordStems(norm)[0] ?? norm;
  if (isWord(norm, 'latn') || isWord(stem, 'latn') || vocabulary('latn').has(norm) || vocabulary('latn').has(stem)) return undefined;
  const read = new Set<string>();
  for (let i = 0; i + 1 < norm.length; i++) {
    const swapped = norm.slice(0, i) + norm[i + 1] + norm[i] + norm.slice(i + 2);
    if (swapped !== norm && isEnglishFunctionWord(swapped)) read.add(swapped);
  }
  // (one reading only: hwo may be who or how)
  return read.size === 1 ? [...read][0] : undefined;
}
