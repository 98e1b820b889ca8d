import { EVENTS, MONTHS, OFFICES, ORGANISATIONS, WEEKDAYS } from './data/concepts.js';
import { LEXICON } from './lexicon-data.js';
import { normalize } from './normalize.js';
import { scriptOf } from './script.js';
import { bengaliBases, stems, withoutPossessive } from './stem.js';
import { tokenize } from './tokenize.js';
import { isAgentNoun } from './words.js';

export interface Concept {
  id: string;
  /** A named entity (place, institution, people): weighs more in a question. */
  entity: boolean;
  /** The broader concept it is a kind of, if any. */
  parent?: string;
  /** Its first form in English, Hindi and Bengali, as written in the lexicon. */
  labels: Record<LabelLanguage, string>;
}

/** The columns whose first form names a concept in that language. */
export type LabelLanguage = 'en' | 'hi' | 'bn';

interface Phrase {
  /** The concept keys of each word of the form (conceptKeys). */
  words: string[];
  concepts: string[];
}

export class LexiconError extends Error {}

/** The languages of the lexicon's form columns, in order; the romanized column has none. */
const COLUMN_LANGUAGES: readonly (LabelLanguage | undefined)[] = ['en', 'hi', 'bn', undefined];

/** The stems a word may match by: every stem of the word, in its own script. */
export function wordStems(norm: string): string[] {
  return stems(norm, scriptOf(norm[0] ?? ''));
}

/** What a concept key carries after the stem of a noun of someone who does (isAgentNoun). */
const AGENT_MARK = '\u00B7';

/**
 * The keys a word matches the lexicon's forms by, given its stems: the stems, but a noun of someone who
 * does keeps apart from the thing or the act of its stem (residents, residence; customers, customs;
 * attackers, attack), as an English stem does not.
 */
export function conceptKeys(norm: string, stemsOfWord: readonly string[]): string[] {
  if (scriptOf(norm[0] ?? '') !== 'latn') return [...stemsOfWord];
  // (a possessive is the word's own: the Chief Minister's fund is the chief minister's)
  const word = withoutPossessive(norm);
  return stemsOfWord.map((s) => (isAgentNoun(word, s, 'en') ? s + AGENT_MARK : s));
}

/** The keys of the nouns of a doer that English writes on the given stems (attack: attacker), for a word that is none itself. */
export const doerKeys = (stemsOfWord: readonly string[]) => stemsOfWord.map((s) => s + AGENT_MARK);

/** A concept key's stem (conceptKeys): the word as the rest of the analyzer stems it. */
export const stemOfKey = (key: string) => (key.endsWith(AGENT_MARK) ? key.slice(0, -AGENT_MARK.length) : key);

function parse(text: string) {
  const concepts = new Map<string, Concept>();
  /** Phrases by the stem of their first word, longest first. */
  const phrases = new Map<string, Phrase[]>();
  /** The concepts of each form as written (its normalized words joined by a space). */
  const written = new Map<string, string[]>();
  /** The stem of each one-word form, by the language of its column. */
  const oneWord: Record<LabelLanguage, Set<string>> = { en: new Set(), hi: new Set(), bn: new Set() };
  /** Each concept's stems of its one-word romanized forms, and of its one-word English ones. */
  const romanized = new Map<string, Set<string>>();
  const english = new Map<string, Set<string>>();
  text.split('\n').forEach((line, n) => {
    const content = line.trim();
    if (content === '' || content.startsWith('#')) return;
    const cols = content.split('|').map((c) => c.trim());
    if (cols.length !== 5) throw new LexiconError(`lexicon line ${n}: expected "id | en | hi | bn | romanized", got ${cols.length} columns`);
    const [raw, parent] = cols[0]!.split('>').map((x) => x.trim()) as [string, string | undefined];
    const entity = raw.startsWith('@');
    const id = entity ? raw.slice(1) : raw;
    if (concepts.has(id)) throw new LexiconError(`lexicon line ${n}: concept "${id}" is listed twice`);
    const first = (col: string) => col.split(',')[0]!.trim();
    const labels = { en: first(cols[1]!), hi: first(cols[2]!), bn: first(cols[3]!) };
    concepts.set(id, { id, entity, labels, ...(parent ? { parent } : {}) });
    // the columns after the id: English, Hindi, Bengali, then romanized (no language's own script)
    const forms = cols.slice(1).flatMap((c, k) => c.split(',').map((f) => ({ form: f.trim(), language: COLUMN_LANGUAGES[k] })));
    for (const { form, language } of forms.filter((f) => f.form !== '')) {
      const tokens = tokenize(form);
      const words = tokens.map((t) => conceptKeys(t.norm, [wordStems(t.norm)[0]!])[0]!);
      if (words.length === 0) continue;
      if (language !== undefined && words.length === 1) oneWord[language].add(stemOfKey(words[0]!));
      if ((language === undefined || language === 'en') && words.length === 1) {
        const by = language === undefined ? romanized : english;
        by.set(id, (by.get(id) ?? new Set()).add(stemOfKey(words[0]!)));
      }
      const as = tokens.map((t) => t.norm).join(' ');
      written.set(as, [...new Set([...(written.get(as) ?? []), id])]);
      const list = phrases.get(words[0]!) ?? [];
      const same = list.find((p) => p.words.join(' ') === words.join(' '));
      if (same) {
        if (!same.concepts.includes(id)) same.concepts.push(id);
      } else list.push({ words, concepts: [id] });
      phrases.set(words[0]!, list);
    }
  });
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  for (const c of concepts.values()) {
    if (c.parent && !concepts.has(c.parent)) throw new LexiconError(`lexicon: concept "${c.id}" names a parent "${c.parent}" that is not listed`);
  }
  // (a romanized form spelt as an English one is read as the English one is)
  for (const [id, stems] of romanized) for (const s of english.get(id) ?? []) stems.delete(s);
  return { concepts, phrases, written, oneWord, romanized };
}

let parsed: ReturnType<typeof parse> | undefined;
const lexicon = () => (parsed ??= parse(LEXICON));

export function concept(id: string): Concept | undefined {
  return lexicon().concepts.get(id);
}

/** How a concept is named in a language: its first form there. */
export function label(id: string, language: LabelLanguage): string | undefined {
  return concept(id)?.labels[language];
}

/** A concept and every broader concept it is a kind of. */
export function withParents(id: string): string[] {
  const out = [id];
  for (let c = concept(id)?.parent; c !== undefined && !out.includes(c); c = concept(c)?.parent) out.push(c);
  return out;
}

/** The concepts of a list that no other of them is a kind of: a word's own, without the broader ones it carries (an officer, not a person too). */
export const narrowest = (concepts: readonly string[]): string[] => concepts.filter((c) => !concepts.some((o) => o !== c && withParents(o).slice(1).includes(c)));

const OFFICE_SET: ReadonlySet<string> = new Set(OFFICES);
/** Whether a concept is an office (data OFFICES) or a kind of one (a magistrate is an official). */
export const isOffice = (id: string) => withParents(id).some((p) => OFFICE_SET.has(p));

const ORGANISATION_SET: ReadonlySet<string> = new Set(ORGANISATIONS);
/** Whether a concept is a kind of body (a group, a company, the police: data ORGANISATIONS), not of someone. */
export const isOrganisation = (id: string) => withParents(id).some((p) => ORGANISATION_SET.has(p));

/**
 * The concepts a word or phrase is written as, form for form (normalized words joined by a space): चीनी
 * is Chinese, though it shares its stem with चीन, China, and so matches both.
 */
export function conceptsWrittenAs(norms: string): readonly string[] {
  return lexicon().written.get(norms) ?? [];
}

const MONTH_SET: ReadonlySet<string> = new Set(MONTHS);
const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);
/**
 * Whether a word is a month written short: a form of the month in the lexicon that begins its English name
 * and is shorter (Nov, Sept), as a date writes it before its day; not a whole name in any script (नवंबर, মে).
 */
export function isShortMonth(word: string): boolean {
  const norm = normalize(word);
  return conceptsWrittenAs(norm).some((id) => MONTH_SET.has(id) && norm.length < id.length && id.startsWith(norm));
}
/** Whether a word names a month, in any of the lexicon's forms (November, Nov, नवंबर). */
export const isMonthName = (word: string): boolean => conceptsWrittenAs(normalize(word)).some((id) => MONTH_SET.has(id));
/** Whether a word names a weekday, in any of the lexicon's forms (Wednesday, बुधवार). */
export const isWeekdayName = (word: string): boolean => conceptsWrittenAs(normalize(word)).some((id) => WEEKDAY_SET.has(id));

const NO_STEMS: ReadonlySet<string> = new Set();
/** The stems of a concept's one-word romanized forms that none of its English forms has (somvar, sombar; not march, which is March's English form too). */
export function romanizedStems(id: string): ReadonlySet<string> {
  return lexicon().romanized.get(id) ?? NO_STEMS;
}

/** The stems of the lexicon's one-word forms in a language's column. */
export function lexiconStems(language: LabelLanguage): ReadonlySet<string> {
  return lexicon().oneWord[language];
}

export function conceptCount(): number {
  return lexicon().concepts.size;
}

export interface ConceptMatch {
  /** Token positions [first, last]. */
  first: number;
  last: number;
  concepts: string[];
  /** For a compound of words the lexicon knows (compoundOf), the concepts of each part: a word holds it as it holds each. */
  parts?: string[][];
}

/**
 * The concepts named in a text, given each token's concept keys (conceptKeys): the longest form starting
 * at each token wins, and its tokens are not matched again; a Bengali word none starts at may be a
 * compound of two the lexicon knows (compoundOf), and a Hindi or Bengali one, given its normalized form
 * (`norms`), a title written as one word (titleOf).
 */
export function matchConcepts(
  tokenStems: readonly (readonly string[])[],
  norms?: readonly (string | undefined)[],
  /** Whether the text after each token ends any phrase it could begin (a comma, a full stop: words.ts breaksPhrase). */
  breaksAfter?: readonly boolean[],
): ConceptMatch[] {
  const { phrases } = lexicon();
  const out: ConceptMatch[] = [];
  let i = 0;
  while (i < tokenStems.length) {
    let matched: ConceptMatch | undefined;
    for (const s of tokenStems[i]!) {
      for (const p of phrases.get(s) ?? []) {
        if (i + p.words.length > tokenStems.length) continue;
        if (!p.words.every((w, k) => tokenStems[i + k]!.includes(w))) continue;
        // (a phrase's words stand in one phrase: "प्लेग से, ज्यादा से ज्यादा" holds no "से ज्यादा", more than)
        if (breaksAfter && p.words.slice(1).some((_w, k) => breaksAfter[i + k])) continue;
        if (!matched || p.words.length > matched.last - matched.first + 1) matched = { first: i, last: i + p.words.length - 1, concepts: [...p.concepts] };
        else if (p.words.length === matched.last - matched.first + 1) matched.concepts.push(...p.concepts.filter((c) => !matched!.concepts.includes(c)));
      }
    }
    if (matched) {
      out.push(matched);
      i = matched.last + 1;
    } else {
      const parts = tokenStems[i]!.map(compoundOf).find((c) => c !== undefined);
      const norm = norms?.[i];
      const title = parts || norm === undefined ? undefined : titleOf(norm);
      if (parts) out.push({ first: i, last: i, concepts: [...new Set(parts.flat())], parts });
      else if (title) out.push({ first: i, last: i, concepts: title });
      i++;
    }
  }
  return out;
}

/** A part of a compound is this many code points or more: shorter ones are in too many words by chance. */
const COMPOUND_PART = 3;
/** A Bengali letter that may open a word: a vowel or a consonant, not a sign that belongs to the letter before it. */
const BENGALI_WORD_START = /^[\u0985-\u09B9\u09DC-\u09DF]/u;
const compounds = new Map<string, string[][] | null>();
const EVENT_SET: ReadonlySet<string> = new Set(EVENTS);
/** Bounds the memo of compounds read: a corpus's words, not every string a user may type. */
const COMPOUND_MEMO = 50_000;

/**
 * The concepts of each part of a Bengali word the lexicon does not know that is written as two words it
 * knows, one after the other, naming an incident by what it befell and what befell it (নৌকাডুবি: boat and
 * capsize; ট্রলারডুবি, বাসদুর্ঘটনা), as Bengali closes such compounds: each part a one-word form of the lexicon
 * of COMPOUND_PART code points or more, the second an event (data EVENTS) opening as a word does. Not a
 * title (স্বাস্থ্যমন্ত্রী, health minister), which a passage of health and of another minister does not hold.
 * The first split that reads so, from the left; undefined when none does.
 */
function compoundOf(stem: string): string[][] | undefined {
  if (scriptOf(stem[0] ?? '') !== 'beng') return undefined;
  const known = compounds.get(stem);
  if (known !== undefined) return known ?? undefined;
  const { phrases } = lexicon();
  const oneWord = (part: string) => [...new Set(wordStems(part).flatMap((k) => (phrases.get(k) ?? []).filter((p) => p.words.length === 1).flatMap((p) => p.concepts)))];
  let found: string[][] | null = null;
  for (const [head, tail] of splits(stem, BENGALI_WORD_START)) {
    const first = oneWord(head);
    const second = first.length > 0 ? oneWord(tail) : [];
    if (second.some((c) => EVENT_SET.has(c))) {
      found = [first, second];
      break;
    }
  }
  remember(compounds, stem, found);
  return found ?? undefined;
}

/** The ways to cut a word in two whose parts are COMPOUND_PART code points or more, the second opening as a word does, leftmost cut first. */
function* splits(word: string, opens: RegExp): Generator<[string, string]> {
  const points = [...word];
  for (let at = COMPOUND_PART; at <= points.length - COMPOUND_PART; at++) {
    const tail = points.slice(at).join('');
    if (opens.test(tail)) yield [points.slice(0, at).join(''), tail];
  }
}

/** Memoizes a reading of a word, within COMPOUND_MEMO words. */
function remember<T>(memo: Map<string, T | null>, word: string, found: T | null): void {
  if (memo.size >= COMPOUND_MEMO) memo.clear();
  memo.set(word, found);
}

/** A Devanagari letter that may open a word: a vowel or a consonant, not a sign that belongs to the letter before it. */
const DEVANAGARI_WORD_START = /^[\u0905-\u0939\u0958-\u095F]/u;
const titles = new Map<string, string[] | null>();

/**
 * The office a Hindi or Bengali word the lexicon does not know names, written as a word before the office's
 * own form as the lexicon writes it (দমকলমন্ত্রী, fire minister; रेलमंत्री; স্বাস্থ্যসচিবের, past a Bengali
 * case ending), as both languages may close such titles: the office's concepts, as the title is that office,
 * while the word before says of what (a health minister is a minister; a passage of health is not of him).
 * Only a form that is an office and nothing else: not मंत्र (mantra, the stem of मंत्री: मूलमंत्र), nor প্রধান,
 * also "main" (কৃষিপ্রধান, farming-led). The word before is COMPOUND_PART code points or more, whatever it
 * is; undefined when no cut reads so.
 */
function titleOf(norm: string): string[] | undefined {
  const script = scriptOf(norm[0] ?? '');
  if (script !== 'beng' && script !== 'deva') return undefined;
  const known = titles.get(norm);
  if (known !== undefined) return known ?? undefined;
  let found: string[] | null = null;
  for (const [, tail] of splits(norm, script === 'beng' ? BENGALI_WORD_START : DEVANAGARI_WORD_START)) {
    const concepts = [...new Set((script === 'beng' ? bengaliBases(tail) : [tail]).flatMap((form) => conceptsWrittenAs(form)))];
    if (concepts.length > 0 && concepts.every(isOffice)) {
      found = concepts;
      break;
    }
  }
  remember(titles, norm, found);
  return found ?? undefined;
}

/** Normalize and stem a single word the way the lexicon does (for tests and tools). */
export function conceptsOfWord(word: string): string[] {
  const norm = normalize(word);
  return matchConcepts([conceptKeys(norm, wordStems(norm))], [norm]).flatMap((m) => m.concepts);
}
