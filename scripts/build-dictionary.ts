import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DICTIONARY_MAX_SENSES, formatDictionary, MIN_KEY_CONSONANTS, type DictionaryEntry, type DictionaryWord } from '../src/lang/dictionary-format.js';
import { keyConsonants } from '../src/lang/keys.js';
import { tokenTerms } from '../src/lang/terms.js';
import { isStopword } from '../src/lang/stopwords.js';
import { tokenize } from '../src/lang/tokenize.js';
import { isLightVerb } from '../src/lang/words.js';
import { formsInCommonUse, lemmaTagCounts, type FormPos } from './english-irregular.js';

/**
 * `npm run build:dictionary`: compile the FreeDict English–Hindi dictionary (sources/freedict, GPL-2.0 or
 * later, as Debian's dict-freedict-eng-hin 2022.04.21 ships it) into src/lang/data/dictionary-en-hi.ts,
 * the table through which a question word crosses between English and Hindi. Kept: one-word English
 * headwords of content parts of speech, and of each sense the translations that are one Hindi word once
 * light verbs (हमला~करना is हमला) and function words are set aside. The source says its quality is uneven,
 * so the analyzer weighs these translations below the lexicon's (dictionary.ts). Sorted, so the same
 * source gives the same file byte for byte.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'sources', 'freedict', 'freedict-eng-hin.dict.dz');
const OUT = join(ROOT, 'src', 'lang', 'data', 'dictionary-en-hi.ts');

/**
 * Parts of speech whose words carry content (not phrasal verbs, idioms, prepositions, pronouns…), each as
 * the part of speech of WordNet's exception lists whose forms take its senses (flew: fly the verb).
 */
const CONTENT_POS = new Map<string, FormPos | 'r'>([
  ['N', 'n'],
  ['V', 'v'],
  ['VT', 'v'],
  ['VI', 'v'],
  ['VTI', 'v'],
  ['Adj', 'a'],
  ['Adv', 'r'],
]);

/** One sense of a headword: the Hindi words that translate it, and the parts of speech the source gives it under. */
interface Sense {
  words: string[];
  pos: Set<string>;
}
const HEADWORD = /^(\S[^/<]*?)\s+\/[^/]*\/\s+<([^>]*)>\s*$/;
const SENSE = /^\d+\.\s+(.*)$/;

/** The one Hindi word a translation comes to, or undefined when it is a phrase or not Hindi. */
function oneWord(translation: string): string | undefined {
  const text = translation
    .replace(/\{[^}]*\}|\[[^\]]*\]|\([^)]*\)/g, ' ')
    .replace(/~/g, ' ')
    .replace(/[.।;:!?'"‘’“”]/g, ' ');
  const words = tokenize(text)
    .map((t) => t.norm)
    .filter((w) => !isStopword(w, 'hi') && !isLightVerb(w, 'hi'));
  if (words.length !== 1) return undefined;
  const word = words[0]!;
  // all Devanagari: the source has a few words with a stray Latin letter (स्याहिr)
  return /^[\u0900-\u097F]+$/.test(word) && [...word].length >= 2 ? word : undefined;
}

function build(): string {
  const text = gunzipSync(readFileSync(SOURCE)).toString('utf8');
  const senses = new Map<string, Sense[]>();
  let headword: string | undefined;
  let pos: string | undefined;
  for (const line of text.split('\n')) {
    const head = HEADWORD.exec(line);
    if (head) {
      const word = head[1]!.trim().toLowerCase();
      pos = CONTENT_POS.get(head[2]!);
      headword = /^[a-z]+$/.test(word) && pos ? word : undefined;
      continue;
    }
    const sense = headword ? SENSE.exec(line) : null;
    if (!sense || !headword || !pos) continue;
    const words = [...new Set(sense[1]!.split(/[,،]/).map(oneWord).filter((w): w is string => w !== undefined))];
    if (words.length === 0) continue;
    const list = senses.get(headword) ?? [];
    // a sense whose words an earlier one has (attack, the noun and the verb: आक्रमण) is that sense again,
    // of this part of speech too
    const seen = new Set(list.flatMap((s) => s.words));
    if (words.some((w) => !seen.has(w))) list.push({ words, pos: new Set([pos]) });
    else for (const s of list) if (s.words.some((w) => words.includes(w))) s.pos.add(pos);
    senses.set(headword, list);
  }
  // each word as the index analyzes it: an English headword by its stem (two headwords of one stem,
  // attack and attacks, stay two entries: each weighs by its own senses), a Hindi word by its stems and
  // its long cross-script keys
  const analyzed = (word: string): DictionaryWord[] =>
    tokenize(word).map((t) => {
      const terms = tokenTerms(t);
      return { stems: terms.stems, keys: terms.keys.filter((k) => keyConsonants(k) >= MIN_KEY_CONSONANTS) };
    });
  // an irregular form the stemmer does not bring to its headword's stem (sought, became, children, heavier:
  // WordNet's exception lists) is written beside the headword: English text writes those forms, so it
  // translates as its headword does and a Hindi word reaches it too, as the same word, in the senses of the
  // form's part of speech (flew: उड़ना, not the insect मक्खी). Only a form in common use as its base's
  // (formsInCommonUse, as the WordNet build follows them: not ground as grind's), and not one whose stem is a
  // headword's own (ring's rang is range's stem; life's live) or a function word (ate is stemmed "at").
  // The regular -er and -est of short adjectives (larger, oldest) were tried too: XQuAD dev evidence@1 moved
  // by 0.1 point or none, and they made words no text writes (firster)
  const stemOf = (word: string) => analyzed(word)[0]?.stems[0];
  const headwordStems = new Set([...senses.keys()].map(stemOf));
  const tags = lemmaTagCounts();
  const forms = new Map<string, Map<string, Set<string>>>();
  for (const { form, base, pos } of formsInCommonUse((lemma) => tags.get(lemma) ?? 0)) {
    const stem = stemOf(form);
    if (!senses.has(base) || stem === undefined || headwordStems.has(stem) || isStopword(form, 'en') || isStopword(stem, 'en')) continue;
    const ofBase = forms.get(base) ?? new Map<string, Set<string>>();
    ofBase.set(stem, new Set([...(ofBase.get(stem) ?? []), ...pos]));
    forms.set(base, ofBase);
  }
  const entries: DictionaryEntry[] = [];
  for (const [english, list] of [...senses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const stem = analyzed(english)[0]?.stems[0];
    if (!stem || list.length > DICTIONARY_MAX_SENSES) continue;
    // each form with the senses of its parts of speech. A verb's form whose verb the source gives only as a
    // phrase (hold: मजबूती से पकड़ना; dream: स्वप्न~देखना) takes the noun's: English makes a verb of the noun
    // it names (held: पकड़, dreamt: स्वप्न, stank: बदबू). A form of no such sense (media, whose medium the
    // source has as an adjective only: मध्य; hipper, of hip the noun: नितंब) is left out
    const placesOf = (pos: ReadonlySet<string>) => list.flatMap((s, i) => ([...s.pos].some((p) => pos.has(p)) ? [i] : []));
    const ofForms = [...(forms.get(english) ?? [])]
      .map(([form, pos]) => {
        const own = placesOf(pos);
        return { stem: form, senses: own.length === 0 && pos.has('v') ? placesOf(new Set(['n'])) : own };
      })
      .filter((f) => f.senses.length > 0)
      .sort((a, b) => (a.stem < b.stem ? -1 : 1));
    entries.push({ english: stem, forms: ofForms, senses: list.map((sense) => sense.words.flatMap(analyzed)) });
  }
  return formatDictionary(entries);
}

const data = build();
const file = `/**
 * Generated by \`npm run build:dictionary\` (scripts/build-dictionary.ts) from the FreeDict English-Hindi
 * dictionary, edition 1.6 (sources/freedict): do not edit. Copyright (C) 1999-2017 by various authors
 * (Language Technologies Research Centre, IIIT Hyderabad, and FreeDict contributors); available under the
 * GNU General Public License version 2 or (at your option) any later version. One line per English
 * headword, by its stem and the stems of its irregular forms, each with the senses of its part of speech (by
 * their places, from 0): \`english+form:0,1|sense;sense…\`, each sense the Hindi words that translate it,
 * space-separated, each word as the analyzer reads it: \`stem+stem/key/key\`. Rebuild it after changing
 * stemming or keys.
 */
export const DICTIONARY_EN_HI = \`${data}\`;
`;
// --check writes nothing and fails when the committed table is not what this build makes
if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== file) {
    process.stderr.write(`${OUT} is not what npm run build:dictionary makes from sources/freedict: run it\n`);
    process.exitCode = 1;
  } else process.stdout.write(`${OUT} is what the build makes\n`);
} else {
  writeFileSync(OUT, file);
  process.stdout.write(`wrote ${OUT}: ${data.split('\n').length} words, ${Math.round(file.length / 1024)} KB\n`);
}
