import { bareKey, keyConsonants, phoneticKeys, soughtKeys } from './keys.js';
import type { TokenTerms } from './terms.js';
import { DICTIONARY_EN_HI } from './data/dictionary-en-hi.js';
import { DICTIONARY_STRENGTH, MIN_KEY_CONSONANTS, parseDictionary, senseWeight, type DictionaryWord } from './dictionary-format.js';

/**
 * The bilingual dictionary (FreeDict English–Hindi, compiled by scripts/build-dictionary.ts) as the
 * analyzer reads it: a question word's translations into the other language, as the stems the index
 * holds, each with how strongly finding it counts as finding the word. Read on first use: parsing
 * only, as the build analyzed the words.
 */

export interface Translation {
  /** A stem of the translation as the analyzer stems that word in a passage (or, from `translationKeys`, its cross-script key). */
  term: string;
  strength: number;
}

/** At most this many translations of one word: a query stays small, and the strongest come first. */
const MAX_TRANSLATIONS = 8;

interface Tables {
  toHindi: Map<string, Translation[]>;
  toEnglish: Map<string, Translation[]>;
  /** An English word's Hindi translations as cross-script keys: the same word written in Bengali has them too. */
  toHindiKeys: Map<string, Translation[]>;
  /** The English translations of the Hindi words that have a cross-script key: a Bengali word with that key reaches them. */
  keyToEnglish: Map<string, Translation[]>;
}

/**
 * Bengali reaches the dictionary through Hindi: the two share most of their Sanskrit-derived words
 * (আক্রমণ and आक्रमण, attack), which the cross-script key matches. A key is a likeness of sound, not the
 * word, so such a translation counts this share of the Hindi one.
 */
const KEY_SHARE = 0.8;

let tables: Tables | undefined;
const dictionary = () => (tables ??= load());

function add(map: Map<string, Map<string, number>>, from: string, to: string, strength: number): void {
  const list = map.get(from) ?? new Map<string, number>();
  list.set(to, Math.max(list.get(to) ?? 0, strength));
  map.set(from, list);
}

function strongestFirst(map: Map<string, Map<string, number>>): Map<string, Translation[]> {
  const out = new Map<string, Translation[]>();
  for (const [from, list] of map) {
    const sorted = [...list].map(([term, strength]) => ({ term, strength })).sort((a, b) => b.strength - a.strength || (a.term < b.term ? -1 : 1));
    out.set(from, sorted.slice(0, MAX_TRANSLATIONS));
  }
  return out;
}

function load(): Tables {
  const toHindi = new Map<string, Map<string, number>>();
  const toHindiKeys = new Map<string, Map<string, number>>();
  const pairs: [string, string][] = [];
  const keyPairs: [string, string][] = [];
  // a headword's irregular forms (sought for seek) are the same word in the senses of the form's part of speech
  // (flew: fly the verb, not the insect): each translates as the headword does in those senses, as strongly
  // as a word of that many senses, and their Hindi words reach each as strongly as the headword, without
  // counting as more words they translate
  const formsOf = new Map<string, FormReach[]>();
  // an English word translates into the Hindi words of its senses, each sense alike, less the more senses it
  // has; a sense's words share its strength
  const translate = (english: string, senses: readonly DictionaryWord[][]) => {
    const weight = senseWeight(senses.length);
    for (const word of senses.flat()) {
      for (const hindi of word.stems) add(toHindi, english, hindi, weight);
      for (const key of word.keys) add(toHindiKeys, english, key, weight * KEY_SHARE);
    }
  };
  for (const entry of parseDictionary(DICTIONARY_EN_HI)) {
    translate(entry.english, entry.senses);
    for (const word of entry.senses.flat()) {
      for (const hindi of word.stems) pairs.push([hindi, entry.english]);
      for (const key of word.keys) keyPairs.push([key, entry.english]);
    }
    for (const form of entry.forms) {
      const senses = form.senses.flatMap((i) => (entry.senses[i] ? [entry.senses[i]] : []));
      translate(form.stem, senses);
      const words = senses.flat();
      const reach: FormReach = { stem: form.stem, from: new Set(words.flatMap((w) => [...w.stems, ...w.keys])) };
      formsOf.set(entry.english, [...(formsOf.get(entry.english) ?? []), reach]);
    }
  }
  return {
    toHindi: strongestFirst(toHindi),
    toEnglish: strongestFirst(reversed(pairs, 1, REVERSE_FAN_POWER, formsOf)),
    toHindiKeys: strongestFirst(toHindiKeys),
    keyToEnglish: strongestFirst(reversed(keyPairs, KEY_SHARE, KEY_FAN_POWER, formsOf)),
  };
}

/**
 * How fast a Hindi word's reach into English weakens with the number of English words that translate it:
 * as that number to this power. Those words are often synonyms of one sense (सिद्धांत: theory, doctrine,
 * principle, tenet; निर्माण: construction, building), any of which in a passage is the word found, though
 * some are rival senses (कल: tomorrow, yesterday, machine; उत्तर: answer, north), as an English headword's
 * numbered senses are (those count by their square root: senseWeight). Measured (npm run calibrate then
 * npm run eval, XQuAD dev, Hindi questions over English text, with the keys of the day: evidence@1,
 * evidence@3, unanswerable abstained of 325): 0.5 (the square root) 52.6%, 66.2%, 203; 0.35 53.3%, 66.7%,
 * 207; 0.25 53.3%, 66.5%, 209; 0.15 53.1%, 65.8%, 214; 0 52.8%, 65.2%, 210. Hindi over Hindi (its
 * synonyms through English) 68.8% at 0.35, 0.25 and 0.5, 68.6% at 0.15 and 0. 0.25 abstains on two more
 * unanswerable questions than 0.35 for 0.2 points of evidence@3.
 */
const REVERSE_FAN_POWER = 0.25;
/**
 * The same for a Bengali word's sound key, which reaches English through every Hindi word of that sound
 * (পরিবার's key is that of words for camp, east and lord as well): those are unrelated words, not synonyms,
 * so they keep the square root. No dev set asks Bengali questions of English text to measure it by.
 */
const KEY_FAN_POWER = 0.5;

/** An irregular form of a headword, and the Hindi words (stems and keys) of the senses it has. */
interface FormReach {
  stem: string;
  from: ReadonlySet<string>;
}

/**
 * The other way: a Hindi word (or key) that translates many English words (खेल: play, game, sport…) reaches each of them less, as their number to `power`;
 * an English word's irregular forms of the Hindi word's sense as strongly as the word.
 */
function reversed(pairs: readonly [string, string][], share: number, power: number, formsOf: ReadonlyMap<string, readonly FormReach[]>): Map<string, Map<string, number>> {
  const fanOut = new Map<string, Set<string>>();
  for (const [from, english] of pairs) fanOut.set(from, (fanOut.get(from) ?? new Set()).add(english));
  const out = new Map<string, Map<string, number>>();
  for (const [from, englishes] of fanOut) {
    for (const english of englishes) {
      const strength = (share * DICTIONARY_STRENGTH) / englishes.size ** power;
      add(out, from, english, strength);
      for (const form of formsOf.get(english) ?? []) if (form.from.has(from)) add(out, from, form.stem, strength);
    }
  }
  return out;
}

/** Every English stem the dictionary has an entry for. */
export function englishDictionaryStems(): Iterable<string> {
  const { toHindi, toHindiKeys } = dictionary();
  return new Set([...toHindi.keys(), ...toHindiKeys.keys()]);
}

/** Every Hindi stem the dictionary translates. */
export function hindiDictionaryStems(): Iterable<string> {
  return dictionary().toEnglish.keys();
}

/** The Hindi translations of an English word, by its stem. */
export function hindiTranslations(englishStem: string): readonly Translation[] {
  return dictionary().toHindi.get(englishStem) ?? [];
}

/** The English translations of a Hindi word, by its stem. */
export function englishTranslations(hindiStem: string): readonly Translation[] {
  return dictionary().toEnglish.get(hindiStem) ?? [];
}

const synonymCache = new Map<string, readonly Translation[]>();

/**
 * Other Hindi words of a Hindi word's senses, through English: the Hindi translations of its English
 * translations (मृत्यु: death: मरण), each as strong as the two translations together (a word of many
 * senses or an English word of many Hindi ones reaches each more weakly), the strongest first, at most
 * MAX_TRANSLATIONS. Worked out once for each word the dictionary has (so the cache is bounded by it).
 */
export function hindiSynonyms(hindiStem: string): readonly Translation[] {
  const cached = synonymCache.get(hindiStem);
  if (cached) return cached;
  if (!dictionary().toEnglish.has(hindiStem)) return [];
  const found = new Map<string, Map<string, number>>();
  for (const english of englishTranslations(hindiStem)) {
    for (const hindi of hindiTranslations(english.term)) if (hindi.term !== hindiStem) add(found, hindiStem, hindi.term, english.strength * hindi.strength);
  }
  const synonyms = strongestFirst(found).get(hindiStem) ?? [];
  synonymCache.set(hindiStem, synonyms);
  return synonyms;
}

/** An English word's Hindi translations as cross-script keys, by its stem: how it reaches a Bengali passage. */
export function translationKeys(englishStem: string): readonly Translation[] {
  return dictionary().toHindiKeys.get(englishStem) ?? [];
}

/** The English translations of a Bengali (or Hindi) word, by its cross-script key, through the Hindi word of the same sound. */
export function englishTranslationsByKey(key: string): readonly Translation[] {
  if (keyConsonants(key) < MIN_KEY_CONSONANTS) return [];
  return dictionary().keyToEnglish.get(key) ?? [];
}

/**
 * The English translations of a Hindi or Bengali word: a Hindi word by its stems, a Bengali one by the
 * Hindi word that sounds the same (its cross-script keys), as the dictionary is English–Hindi. None for
 * a word in another script.
 */
export function indicTranslations(t: TokenTerms): readonly Translation[] {
  if (t.script === 'deva') return t.stems.flatMap(englishTranslations);
  // (by the Hindi words its keys find: জেলা, which may be heard with an i, finds जिला: district)
  if (t.script === 'beng') return [...new Set(t.keys.flatMap(soughtKeys))].flatMap(englishTranslationsByKey);
  return [];
}

/**
 * The sound keys of the dictionary's English words, without a short key's marks (keys.ts `bareKey`), each worked out
 * once: the index asks for them for every Hindi word it analyzes. At most one entry per English word of
 * the dictionary, as only its translations are looked up.
 */
const translationKeyCache = new Map<string, string[]>();
function englishKeys(term: string): string[] {
  let keys = translationKeyCache.get(term);
  if (keys === undefined) translationKeyCache.set(term, (keys = [...new Set(phoneticKeys(term, 'latn').map(bareKey))]));
  return keys;
}

/**
 * Whether a word is written as one of its English translations sounds (कंप्यूटर: computer, टीम:
 * team): a loanword, whose sound key finds it in English text. A translation is a stem (comput), so
 * one key beginning the other is enough.
 */
function soundsLikeATranslation(keys: readonly string[], translations: readonly Translation[]): boolean {
  const own = keys.map(bareKey);
  return translations.some((tr) => englishKeys(tr.term).some((e) => own.some((k) => k.startsWith(e) || e.startsWith(k))));
}

/**
 * A Hindi or Bengali word of the language's own: the dictionary translates it, and into English words
 * of another sound (अध्यक्ष: chairman, कमल: lotus). An English word of its sound is a
 * coincidence, where for a loanword (कंप्यूटर) or a name it is the same word.
 */
export function isNativeWord(t: TokenTerms, translations: readonly Translation[] = indicTranslations(t)): boolean {
  return (t.script === 'deva' || t.script === 'beng') && translations.length > 0 && !soundsLikeATranslation(t.keys, translations);
}

/** Read the table now rather than on the first question that crosses languages (see `prepareQuestionReading`). */
export function loadDictionary(): void {
  dictionary();
}
