import type { AnalyzedText } from './analyze.js';
import { indicTranslations } from './dictionary.js';
import { phoneticKey, phoneticKeys, soughtKeys } from './keys.js';
import { concept, conceptsWrittenAs, isOffice, isOrganisation, withParents, wordStems } from './lexicon.js';
import { INSTITUTIONS, PLACE_KINDS } from './data/concepts.js';
import { normalize } from './normalize.js';
import { LANGUAGES, languageFromScript, scriptOf, type Language } from './script.js';
import { isStopword } from './stopwords.js';
import { tokenTerms } from './terms.js';
import { tokenize, type Token } from './tokenize.js';
import { DATE_CONCEPTS, LANGUAGE_WORDS, closesQuote, closingQuotes, isAgeUnit, quoteOpenedBy, UNDERGOER_MARKERS, anyLanguage, breaksName, isArticle, endsAsCommonNoun, isAgentCase, isMannerNoun, isCompoundPostposition, isCopula, isGenitiveMarker, isLatinName, isLetterName, isCoordinator, isOrdinalSuffix, isParticle, isVerbFinal, leadsAt } from './words.js';

/**
 * Names in a passage: the spans that name a person, an organisation or a place, as far as the
 * writing shows it without a list of names. English writes names capitalized; Hindi and Bengali do
 * not, but a name there is a word no lexicon knows as a common noun, followed by a case marker
 * (लेडी गागा ने, রহিমকে) and repeated in the article or written in Latin script there too.
 */


const NAME_MARKERS = anyLanguage((w) => w.nameMarkers);
const PLACE_KIND_SET: ReadonlySet<string> = new Set(PLACE_KINDS);
const INSTITUTION_SET: ReadonlySet<string> = new Set(INSTITUTIONS);
const NAME_CONNECTORS = anyLanguage((w) => w.nameConnectors);
const ALIAS_MARKERS = anyLanguage((w) => w.aliasMarkers);
const PLACE_MARKERS = anyLanguage((w) => w.placeMarkers);
/** Whether a word after a name places it (में, তে, in after a Hindi name: "U.S. में"). */
export const isPlaceMarker = (norm: string) => PLACE_MARKERS.has(norm);
/** Endings longest first, so that য়ের is taken before র. */
const byLength = (s: Set<string>) => [...s].sort((a, b) => b.length - a.length);
const NAME_ENDINGS = byLength(anyLanguage((w) => w.nameEndings));
const PLACE_ENDINGS = byLength(anyLanguage((w) => w.placeEndings));
/** Endings written onto a name in Latin script: its possessive. */
const LATIN_NAME_ENDINGS = NAME_ENDINGS.filter((e) => scriptOf(e[e.length - 1]!) === 'latn');
/** Whether a name is closed by a possessive ending ('s): it owns what follows it, it does not do it. */
export const isPossessor = (n: NameSpan) => n.marker !== undefined && LATIN_NAME_ENDINGS.includes(n.marker);
const NAME_TITLES = anyLanguage((w) => w.nameTitles);
const HONORIFICS = anyLanguage((w) => w.honorifics);
/** Genitive endings written onto a word (-এর, -র; 's): the name endings that are genitive markers. */
const GENITIVE_ENDINGS = NAME_ENDINGS.filter((e) => isGenitiveMarker(e));
/** Those of two signs or more (-এর, 's): not the bare র that ends many words of their own. */
const SURE_GENITIVE_ENDINGS = GENITIVE_ENDINGS.filter((e) => e.length >= 2);
const PLACE_HEADS = anyLanguage((w) => [...w.placeHeads, ...w.institutionHeads]);
const INSTITUTION_HEADS = anyLanguage((w) => w.institutionHeads);
const THING_HEADS = anyLanguage((w) => w.thingHeads);
const AGENT_MARKERS = anyLanguage((w) => w.agentMarkers);
/** Naming words and phrases (named, नाम के, নামে), normalized, their words joined by one space. */
const NAMING = anyLanguage((w) => w.namingWords);
/** The longest naming phrase, in words. */
const MAX_NAMING = Math.max(...[...NAMING].map((p) => p.split(' ').length));
const INDEFINITE_ARTICLES = anyLanguage((w) => w.indefiniteArticles);


/** Whether a normalized token is a title written before a name (Lord, जनरल): it names no one alone. */
export const isNameTitle = (norm: string) => NAME_TITLES.has(norm.replace(/\.$/, ''));
/** Whether a normalized token is a title of address (Dr, श्री): a name title that holds no office. */
export const isHonorific = (norm: string) => HONORIFICS.has(norm.replace(/\.$/, ''));
/** Whether a normalized token makes the name after it (by X) or before it (X द्वारा) the doer of a passive verb. */
export const isAgentMarker = (norm: string) => AGENT_MARKERS.has(norm);
const OPPONENT_MARKERS = anyLanguage((w) => w.opponentMarkers);
/** Whether a normalized token marks the name beside it as the one opposed (against, खिलाफ, বিরুদ্ধে: data opponentMarkers). */
export const isOpponentMarker = (norm: string) => OPPONENT_MARKERS.has(norm);
/** Whether a normalized marker writes a doer: the case of the active voice's (ने) or a passive's marker (द्वारा, by). */
export const isDoerMarker = (norm: string) => AGENT_MARKERS.has(norm) || isAgentCase(norm);
/**
 * Where the words after a name ending at `last` begin: past its marker when the marker is written apart
 * (रीना की, ब्रिटेन के), right after it when written onto it (রিনার, Britain's) or when there is none.
 */
export const afterMarker = (tokens: readonly { norm: string }[], last: number, marker: string | undefined) => (marker !== undefined && tokens[last + 1]?.norm === marker ? last + 2 : last + 1);

const QUESTION_CASES = new Map<string, Set<string>>(
  Object.values(LANGUAGE_WORDS).flatMap((w) => Object.entries(w.questionCases).map(([q, ms]) => [normalize(q), new Set(ms.map((m) => normalize(m)))] as const)),
);
/** The case markers a question word asks its answer in (किसने: ने; কাকে: কে), if it asks for one. */
export const questionCase = (norm: string): ReadonlySet<string> | undefined => QUESTION_CASES.get(norm);

type CaseRole = 'doer' | 'object' | 'genitive';
const CASE_ROLE_NAMES: readonly CaseRole[] = ['doer', 'object', 'genitive'];

/**
 * A language's markers of the three cases a question word may ask, normalized: the doer's (ने, द्वारा: only
 * where the language marks the doer of the active voice, data agentCases; Bengali and English mark only a
 * passive's, and a question asking the doer is answered by their unmarked subject too), the object's (को,
 * কে) and the genitive (का, এর, 's); and every marker its question words ask (questionCases: কাদের: দের).
 */
function caseRoles(language: Language): { roles: Record<CaseRole, ReadonlySet<string>>; asked: ReadonlySet<string> } {
  const w = LANGUAGE_WORDS[language];
  const set = (markers: readonly string[]) => new Set(markers.map((m) => normalize(m)));
  const roles = { doer: set(w.agentCases.length > 0 ? [...w.agentCases, ...w.agentMarkers] : []), object: set(w.objectMarkers), genitive: set(w.genitiveMarkers) };
  return { roles, asked: set(Object.values(w.questionCases).flat()) };
}
const CASE_ROLES = new Map(LANGUAGES.map((language) => [language, caseRoles(language)]));

/**
 * The case a question word asks (`markers`: questionCase) as a passage in `language` writes it: the markers
 * themselves when they are that language's; otherwise that language's markers of the same case (किसे over
 * Bengali: কে; কাকে over Hindi: को; किसकी over English: 's). Undefined where the language marks no such
 * case: asked किसने or किसे over English, the name's place beside the verb says its role instead.
 */
export function caseIn(markers: ReadonlySet<string>, language: Language): ReadonlySet<string> | undefined {
  const own = CASE_ROLES.get(language)!;
  if ([...markers].some((m) => own.asked.has(m) || CASE_ROLE_NAMES.some((role) => own.roles[role].has(m)))) return markers;
  const asked = CASE_ROLE_NAMES.filter((role) => [...CASE_ROLES.values()].some((other) => [...markers].some((m) => other.roles[role].has(m))));
  const translated = new Set(asked.flatMap((role) => [...own.roles[role]]));
  return translated.size > 0 ? translated : undefined;
}

const AREA_HEADS = anyLanguage((w) => w.areaHeads);
/** Whether a normalized word names an area after a name (data areaHeads: area, locality, village). */
const isAreaHead = (norm: string) => AREA_HEADS.has(norm);

/** Whether a normalized word heads the name of a place (road, river, नदी, সেতু, hospital: data placeHeads, institutionHeads). */
export const isPlaceHead = (norm: string) => PLACE_HEADS.has(norm);
/** Whether a normalized word is one of the heads in any of its inflections: it is one, or shares a stem with one (their stems read on first use). */
function inflectedHead(heads: ReadonlySet<string>): (norm: string) => boolean {
  let stems: Set<string> | undefined;
  return (norm) => heads.has(norm) || wordStems(norm).some((s) => (stems ??= new Set([...heads].flatMap((h) => wordStems(h)))).has(s));
}
/** Whether a normalized word is a place head in any of its inflections (जिले, নদীতে). */
const placeHeadWord = inflectedHead(PLACE_HEADS);
/**
 * Whether a normalized word heads the name of an institution that is a place too, in any of its inflections
 * (Hospital, अस्पताल, হাসপাতালে: data institutionHeads): a place where it is written as one, and an actor too.
 */
export const isInstitutionHead = inflectedHead(INSTITUTION_HEADS);

/** Whether a normalized word heads the name of a thing or an event (Act, Award, War; data thingHeads). */
export const isThingHead = (norm: string) => THING_HEADS.has(norm);

/** How many words a name spelled by its abbreviation may run on for past a coordinator (spelledThrough). */
const MAX_SPELLED = 8;

/** What a name's head word says it names: a place (Harbour Road), a thing or an event (Silver Harp Award), or nothing. */
function headKind(norm: string): 'place' | 'thing' | undefined {
  if (PLACE_HEADS.has(norm)) return 'place';
  if (THING_HEADS.has(norm)) return 'thing';
  return undefined;
}

/**
 * Whether the word at k takes a genitive before it: a function word or a postposition (সঙ্গে, জন্য, के पास), a noun in
 * the locative (ভার্মার নির্দেশে, on Varma's order) or a noun of leading in its case (नेतृत्व में, নেতৃত্বে): the
 * ending of one letter before it is a case, not the name's own last letter.
 */
export function takesGenitive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.numeric) return false;
  const language = languageFromScript(t.norm);
  if (language !== 'hi' && language !== 'bn') return false;
  return isStopword(t.norm, language) || isCompoundPostposition(t.norm) || inLocative(t.norm) || leadsAt(tokens, k);
}

/** Whether a Bengali word is written in the locative, its ending a place's (ঘটনাস্থলে, নির্দেশে). */
export const inLocative = (norm: string) => scriptOf(norm[0] ?? '') === 'beng' && baseOf(norm, PLACE_ENDINGS) !== undefined;

/** Whether a normalized token is the genitive, written apart (के, की) or onto the word (রহিমের, Rahim's). */
const isGenitive = (norm: string) => isGenitiveMarker(norm) || baseOf(norm, GENITIVE_ENDINGS) !== undefined;
/**
 * Whether a normalized token is surely the genitive: written apart, or onto the word by an ending of two
 * signs or more (রহিমের, Rahim's), not the bare র that ends many words of their own (সরকার, সার্ভার).
 */
export const isSurelyGenitive = (norm: string) => isGenitiveMarker(norm) || baseOf(norm, SURE_GENITIVE_ENDINGS) !== undefined;

/** A word's base when it ends in one of the endings, the base long enough to be a word of its own. */
function baseOf(norm: string, endings: readonly string[]): string | undefined {
  for (const e of endings) if (norm.length >= e.length + 2 && norm.endsWith(e)) return norm.slice(0, -e.length);
  return undefined;
}

/** What the whole article says about its words: which it writes in lower case, how often each stands, the keys of its Latin words. */
export interface ArticleWords {
  /** Latin words the article writes in lower case somewhere: a capitalized one of them is a common word at a sentence start. */
  lower: Set<string>;
  /** How often each normalized word stands in the article, and each Bengali base before a case ending. */
  counts: Map<string, number>;
  /** Cross-script keys of the article's capitalized Latin words: a Hindi word with one of them is that name transliterated. */
  latinKeys: Set<string>;
  /**
   * Indian-script words the article writes as a doer, with the doer's case marker after them (ब्रैंट ने,
   * नफ़्ज़र द्वारा): where it repeats such a word, it is a name there and wherever else it stands, marker or not.
   */
  marked: Set<string>;
}

const CACHE_SIZE = 32;
const cache = new Map<string, ArticleWords>();

/** The article's words, read once for the last few articles asked about. */
export function articleWords(body: string): ArticleWords {
  const hit = cache.get(body);
  if (hit) return hit;
  const lower = new Set<string>();
  const counts = new Map<string, number>();
  const latinKeys = new Set<string>();
  const marked = new Set<string>();
  const add = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1);
  const tokens = tokenize(body);
  tokens.forEach((t, k) => {
    if (t.numeric) return;
    const next = tokens[k + 1];
    if (next && !next.numeric && /^\s+$/.test(body.slice(t.end, next.start)) && isDoerMarker(next.norm)) {
      const script = scriptOf(t.norm[0]!);
      if ((script === 'deva' || script === 'beng') && !isStopword(t.norm, 'hi') && !isStopword(t.norm, 'bn')) marked.add(t.norm);
    }
    add(t.norm);
    const base = baseOf(t.norm, NAME_ENDINGS);
    if (base) add(base);
    const script = scriptOf(t.norm[0]!);
    if (script === 'latn') {
      if (t.raw[0] === t.raw[0]!.toLowerCase()) lower.add(t.norm);
      else {
        // every reading of its spelling (ch as in chain or in Christ)
        for (const key of phoneticKeys(t.norm, 'latn')) latinKeys.add(key);
      }
    }
  });
  const words = { lower, counts, latinKeys, marked };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(body, words);
  return words;
}

/** A name in a passage, by token positions. */
export interface NameSpan {
  first: number;
  last: number;
  /** The writing puts it as a place: "in X", "X में", "X-তে", or its head word names one (Harbour Road). */
  place: boolean;
  /** Its head word names a thing or an event, not a person or a place: Silver Harp Award, अकादमी पुरस्कार. */
  thing: boolean;
  /**
   * The case marker, ending or other word that closes it (ने, को, কে, র; a copula, थे, where the question
   * asks who someone is; the possessive 's in English), normalized: the role it has in its sentence.
   */
  marker?: string;
  /**
   * Where the naming word that calls it so stands (a shop named Maa Tara, মা তারা বস্ত্রালয় নামে একটি দোকান,
   * आरव नाम के एक छात्र): the word the naming phrase ends in after an Indian-script name, the naming word
   * before a Latin one. What the naming phrase joins it to is the kind of thing it names.
   */
  namingAt?: number;
}

/** What the name reader needs of a passage: its analysis, the article body it stands in and where. */
export interface NameInput {
  text: AnalyzedText;
  body: string;
  offset: number;
  /** Tokens that stand for the question's own words: a name the question gives is not its answer. */
  asked: (i: number) => boolean;
  /**
   * Case markers the question asks its answer in (ने for किसने): an Indian-script span they close is
   * taken as a name even when the article writes it once, since the question says a name stands there.
   */
  caseMarkers?: ReadonlySet<string>;
  /**
   * The question asks who someone is with no case (कौन): an Indian-script span standing in apposition
   * after the question's words and a comma (…अंतिम प्रधानमंत्री, ओस्कार मेलिन,) is taken as a name.
   */
  apposition?: boolean;
}

/**
 * Whether the bilingual dictionary translates a Hindi or Bengali word: it is a word of the language, not
 * (only) a name. A Hindi word is looked up by its stem; a Bengali one by the Hindi word that sounds the
 * same, its cross-script key, as the dictionary is English–Hindi.
 */
function inDictionary(token: Token): boolean {
  return indicTranslations(tokenTerms(token)).length > 0;
}

/** Roman numerals (Henry VIII, Louis XIV) number a name; alone they name nothing. */
const ROMAN = /^[IVXLCDM]+$/;

const SENTENCE_END = /[.!?।॥]["'”’)]*\s*$/u;

/** How many names ahead of an unmarked one a list's marker is looked for (अ और ब और स ने). */
const MAX_LISTED = 6;

/** Longest name an office before it vouches for, in words (Suresh Chandra Meena). */
const MAX_OFFICE_NAME = 3;

/** Longest name in Indian script read from a passage, in words. */
const MAX_INDIC_NAME = 4;

/** The names a passage holds, in order. */
export function nameSpans(input: NameInput): NameSpan[] {
  const { text, body, offset } = input;
  const tokens = text.tokens;
  const article = articleWords(body);
  // (whether the question asks for a doer, its case written by a doer's marker: किसने, "who" read as किसने is)
  const asksDoer = [...(input.caseMarkers ?? [])].some(isDoerMarker);
  const gap = (a: number, b: number) => body.slice(offset + tokens[a]!.end, offset + tokens[b]!.start);
  // what follows token k: the gap to the next token, or the rest of the article after the passage's last
  const textAfter = (k: number) => (k + 1 < tokens.length ? gap(k, k + 1) : body.slice(offset + tokens[k]!.end));
  const lexicon = (i: number) => {
    const cs = text.concepts[i]!;
    const entity = cs.some((c) => concept(c)?.entity);
    return { entity, common: cs.length > 0 && !entity };
  };
  const stop = (norm: string) => isStopword(norm, 'en') || isStopword(norm, 'hi') || isStopword(norm, 'bn');
  const numberTokens = new Set(text.numbers.flatMap((n) => Array.from({ length: n.last - n.first + 1 }, (_v, k) => n.first + k)));
  // whether the dictionary knows a token, asked at most once a token
  const known = new Map<number, boolean>();
  const common = (k: number) => {
    if (!known.has(k)) known.set(k, inDictionary(tokens[k]!));
    return known.get(k)!;
  };
  /** Words first to last, when none is a number, a title or a word of the dictionary: a name no lexicon knows. */
  const unknownWords = (first: number, last: number): number[] | undefined => {
    const words = Array.from({ length: last - first + 1 }, (_v, k) => first + k);
    return words.some((k) => inNumber(k) || isNameTitle(tokens[k]!.norm) || common(k)) ? undefined : words;
  };
  const inNumber = (k: number) => numberTokens.has(k);
  const out: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const script = t.numeric ? undefined : scriptOf(t.norm[0]!);
    if (script === 'latn') {
      const span = latinName(i);
      if (span) {
        out.push(span);
        i = span.last + 1;
        continue;
      }
    } else if (script === 'deva' || script === 'beng') {
      const span = indicName(i);
      if (span) {
        out.push(span);
        i = span.last + 1;
        continue;
      }
    }
    i++;
  }
  return out;

  /**
   * A Latin word that is a common word wherever it stands: a function word, one the article writes in lower
   * case, or (unless `byWriting` alone) a lexicon common noun.
   */
  function commonLatin(k: number, byWriting = false): boolean {
    const norm = tokens[k]!.norm;
    return stop(norm) || article.lower.has(norm) || (!byWriting && lexicon(k).common);
  }

  function latinNameWord(k: number): boolean {
    const t = tokens[k]!;
    // a possessive ending (Sharma's) is no part of the name's spelling
    if (t.numeric || !isLatinName(t.raw.replace(/['’]s$/u, '')) || input.asked(k) || stop(t.norm) || (ROMAN.test(t.raw) && !initial(k))) return false;
    const sentenceStart = k === 0 || SENTENCE_END.test(gap(k - 1, k));
    // "The", "However", "Police" opening a sentence are capitalized for the sentence, not as names
    return !(sentenceStart && commonLatin(k));
  }

  /** Where the words after a naming phrase that starts at k begin (नाम के, named), if one starts there. */
  function naming(k: number): number | undefined {
    let phrase = '';
    for (let j = k; j < Math.min(tokens.length, k + MAX_NAMING); j++) {
      if (j > k && !/^\s+$/.test(gap(j - 1, j))) return undefined;
      phrase = j > k ? `${phrase} ${tokens[j]!.norm}` : tokens[j]!.norm;
      if (NAMING.has(phrase)) return j + 1;
    }
    return undefined;
  }

  /**
   * One capitalized word listed between names ("Grissom, White, and Chaffee"): a name too, though the
   * article writes the word in lower case elsewhere ("black and white"); the list says what it is.
   */
  function listedAmongNames(start: number, last: number): boolean {
    if (start !== last || start === 0 || !/^\s*,\s*$/.test(gap(start - 1, start)) || !latinNameWord(start - 1)) return false;
    const k = last + 1;
    if (k >= tokens.length) return false;
    const between = gap(last, k);
    if (isCoordinator(tokens[k]!.norm)) return /^\s*,?\s*$/.test(between) && k + 1 < tokens.length && /^\s+$/.test(gap(k, k + 1)) && latinNameWord(k + 1);
    return /^\s*,\s*$/.test(between) && latinNameWord(k);
  }

  /** A capital letter and a full stop: an initial (Peter J. Willow), not a Roman numeral. */
  function initial(k: number): boolean {
    return /^\p{Lu}$/u.test(tokens[k]!.raw) && k + 1 < tokens.length && /^\.\s/.test(gap(k, k + 1));
  }

  /**
   * Whether the capitalized words from `start` to `last` are spelled, initial by initial, by the abbreviation in
   * brackets right after them: "the Government Medical College and Hospital (GMCH)", "Indian Institute of
   * Technology (IIT)". News writes a name so when it first gives it, however common its words are.
   */
  function spelledBy(start: number, last: number): boolean {
    const k = last + 1;
    if (k + 1 > tokens.length || !/^\s*\(\s*$/.test(gap(last, k))) return false;
    const abbreviation = tokens[k]!.raw;
    if (!/^[\p{Lu}][\p{L}&]*$/u.test(abbreviation) || !/^\s*\)/.test(textAfter(k))) return false;
    const capitals = [...abbreviation].filter((ch) => /\p{Lu}/u.test(ch)).join('');
    const initials = Array.from({ length: last - start + 1 }, (_v, j) => tokens[start + j]!.raw)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    return capitals.length >= 2 && initials === capitals;
  }

  /** The last word of a name that goes on from `from` (capitalized words and connectors) to where its abbreviation in brackets spells it from `start` (spelledBy), if it does. */
  function spelledThrough(start: number, from: number): number | undefined {
    for (let j = from; j < tokens.length && j - from < MAX_SPELLED; j++) {
      if (j > from && (breaksName(gap(j - 1, j)) || !(latinNameWord(j) || (NAME_CONNECTORS.has(tokens[j]!.norm) && tokens[j]!.raw === tokens[j]!.norm)))) return undefined;
      if (spelledBy(start, j)) return j;
    }
    return undefined;
  }

  function latinName(start: number): NameSpan | undefined {
    if (!latinNameWord(start)) return undefined;
    let last = start;
    // (after an alias the name ends with the alias's own words: "Vikas alias Bunty Pandit of Meerut" is Vikas alias Bunty
    // Pandit, from Meerut)
    let aliased = false;
    for (;;) {
      const next = last + 1;
      // "Peter J. Willow": the full stop after an initial ends no sentence
      const initial = /^\p{Lu}$/u.test(tokens[last]!.raw);
      if (next >= tokens.length || breaksName(gap(last, next)) || (!initial && SENTENCE_END.test(gap(last, next)))) break;
      // "Riverton's Director of Operations": a possessive ends the name it closes
      if (possessive(last) !== undefined) break;
      if (latinNameWord(next)) {
        last = next;
        continue;
      }
      // Henry VIII, Louis XIV: a Roman numeral numbers the name before it
      if (ROMAN.test(tokens[next]!.raw) && !input.asked(next)) {
        last = next;
        continue;
      }
      // Vincent van Gogh, Alfred the Great: a lower-case connector between two name words
      const after = next + 1;
      const alias = ALIAS_MARKERS.has(tokens[next]!.norm);
      // (a word in lower case between two name words, joined to the one after it)
      const between = tokens[next]!.raw === tokens[next]!.norm && after < tokens.length && !breaksName(gap(next, after)) && latinNameWord(after);
      if ((NAME_CONNECTORS.has(tokens[next]!.norm) || alias) && !aliased && between) {
        aliased ||= alias;
        last = after;
        continue;
      }
      // "the Government Medical College and Hospital (GMCH)": a coordinator joins two names into one where the
      // abbreviation after them spells both
      const spelled = isCoordinator(tokens[next]!.norm) && between ? spelledThrough(start, after) : undefined;
      if (spelled !== undefined) {
        last = spelled;
        continue;
      }
      break;
    }
    // common words of the lexicon before a title of address are the office or the kind of the one named, not
    // part of the name: "Hospital CEO Dr Kavitha Rao" names Dr Kavitha Rao
    const title = Array.from({ length: last - start }, (_v, k) => start + 1 + k).find((k) => isHonorific(tokens[k]!.norm));
    if (title !== undefined && title < last && Array.from({ length: title - start }, (_v, k) => start + k).every((k) => lexicon(k).common && !lexicon(k).entity)) start = title;
    // a span of words the article also writes as common words (Federal Minister) names no one, nor do titles
    // alone (Lord), nor common nouns of the lexicon in a heading's capitals (Cyber Attack on …); but one such
    // word capitalized alone after a lower-case word of its sentence is a name there ("recovered by Ward",
    // "the Doctor"): the writing says what it is
    const prev = tokens[start - 1];
    const amongLowerCase = start === last && prev !== undefined && !SENTENCE_END.test(gap(start - 1, start)) && prev.raw === prev.norm && !prev.numeric && scriptOf(prev.norm[0] ?? '') === 'latn';
    let named = listedAmongNames(start, last) || spelledBy(start, last);
    for (let k = start; k <= last; k++) if ((!commonLatin(k, amongLowerCase) || lexicon(k).entity) && !isNameTitle(tokens[k]!.norm)) named = true;
    if (!named) return undefined;
    const words = Array.from({ length: last - start + 1 }, (_v, k) => start + k);
    // a weekday or a month alone (on Sunday, in March) names a time, not anyone or anywhere: the time
    // reader reads it
    if (words.every((k) => text.concepts[k]!.some((c) => DATE_CONCEPTS.has(c)))) return undefined;
    // initials alone (the Y. of Y. pestis, a genus cut short) name no one: a name has a word of its own
    if (words.every(initial)) return undefined;
    // "a Norman named Oursel": what the name after the naming word is of, not a name of its own
    const namedAfter = last + 1 < tokens.length && /^\s+$/.test(gap(last, last + 1)) ? naming(last + 1) : undefined;
    if (start > 0 && INDEFINITE_ARTICLES.has(tokens[start - 1]!.norm) && namedAfter !== undefined && namedAfter < tokens.length && latinNameWord(namedAfter)) return undefined;
    // "in Syria", and "in northern Syria": one lower-case word may stand between the marker and the place
    // (a marker before its word is a preposition; a Hindi or Bengali one follows its own word, data verbFinal:
    // "नगर में तैनात SDM" places the town, not the SDM)
    const preposition = (k: number) => {
      const language = languageFromScript(tokens[k]!.norm);
      return language !== undefined && !isVerbFinal(language);
    };
    const marker = (k: number) => k >= 0 && preposition(k) && !breaksName(gap(k, k + 1)) && PLACE_MARKERS.has(tokens[k]!.norm);
    const lowerWord = (k: number) => k >= 0 && scriptOf(tokens[k]!.norm[0] ?? '') === 'latn' && tokens[k]!.raw === tokens[k]!.norm && !tokens[k]!.numeric && !stop(tokens[k]!.norm);
    const before = marker(start - 1) || (lowerWord(start - 1) && !breaksName(gap(start - 1, start)) && marker(start - 2));
    const head = headKind(tokens[last]!.norm);
    // a word for an area in lower case right after a name that a place marker, an article or a possessor opens
    // says what the name is of: "in Ludhiana's Giaspura area" (data areaHeads); a name that opens its clause does
    // not ("Mamata Banerjee said area residents…"), nor one that qualifies another noun ("the DLF mall area")
    const opened = marker(start - 1) || (start > 0 && (isArticle(tokens[start - 1]!.norm) || possessive(start - 1) !== undefined));
    const headAfter = opened && last + 1 < tokens.length && !breaksName(gap(last, last + 1)) && tokens[last + 1]!.raw === tokens[last + 1]!.norm && isAreaHead(tokens[last + 1]!.norm);
    // in Hindi or Bengali text a Latin name takes its case marker after it as any name there does (IFSO ने);
    // in English a possessive ending is its case ("the League's oldest scorer" answers whose, not who)
    const caseMarker = postposition(last) ?? possessive(last);
    // (a naming word right before it calls it so: "a cloth shop named Maa Tara Bastralaya")
    const namingAt = start > 0 && /^\s+$/.test(gap(start - 1, start)) && NAMING.has(tokens[start - 1]!.norm) ? start - 1 : undefined;
    return {
      first: start,
      last,
      place: before || head === 'place' || (headAfter && caseMarker === undefined) || (caseMarker !== undefined && PLACE_MARKERS.has(caseMarker)),
      thing: head === 'thing',
      ...(caseMarker ? { marker: caseMarker } : {}),
      ...(namingAt !== undefined ? { namingAt } : {}),
    };
  }

  /**
   * The case marker written apart after a word (ने, को, द्वारा, দ্বারা; a copula where the question asks
   * for one), normalized, if one is. English writes none after a name ("by" stands before it), so a
   * marker is never in Latin script.
   */
  function postposition(k: number): string | undefined {
    const next = k + 1 < tokens.length ? tokens[k + 1]! : undefined;
    if (!next || !/^\s+$/.test(gap(k, k + 1)) || scriptOf(next.norm[0]!) === 'latn' || indicInitial(k + 1)) return undefined;
    // a copula closes a name only where the question asks for what the sentence says someone is (कौन था)
    return NAME_MARKERS.has(next.norm) || AGENT_MARKERS.has(next.norm) || (isCopula(next.norm) && (input.caseMarkers?.has(next.norm) ?? false)) ? next.norm : undefined;
  }

  /** The possessive ending written onto a Latin word with a word after it (League's scorer), if one is. */
  function possessive(k: number): string | undefined {
    if (k + 1 >= tokens.length || !/^\s+$/.test(gap(k, k + 1))) return undefined;
    return LATIN_NAME_ENDINGS.find((e) => tokens[k]!.norm.endsWith(e));
  }

  /** An Indian-script word that can be (part of) a name: no function word, no number, no common noun of the lexicon, none of the question's. */
  function indicCandidate(k: number): boolean {
    const t = tokens[k]!;
    const script = t.numeric ? undefined : scriptOf(t.norm[0]!);
    if (script !== 'deva' && script !== 'beng') return false;
    if (input.asked(k) || inNumber(k) || NAME_MARKERS.has(t.norm) || ALIAS_MARKERS.has(t.norm)) return false;
    // the suffix of an ordinal written apart (20 वीं शताब्दी) opens no name, nor does a plural (ठिकानों पर),
    // nor a noun of manner that makes an adverb with its postposition (आम तौर पर: usually)
    if ((k > 0 && tokens[k - 1]!.numeric && (isOrdinalSuffix(t.norm) || isAgeUnit(t.norm, script === 'deva' ? 'hi' : 'bn'))) || endsAsCommonNoun(t.norm) || mannerAdverb(k) || postpositionAfterGenitive(k) || namedNoun(k)) return false;
    // a title (जनरल, মেজর) joins the name after it even where the lexicon knows it as a common word
    return isNameTitle(t.norm) || ([...t.norm].length >= 2 && !stop(t.norm) && !lexicon(k).common);
  }

  /**
   * A Bengali word whose last letter reads as the genitive ending (তানভীর, জাফর) before a word no
   * dictionary knows that its own case closes (তানভীর রহমানকে): a given name before the family name, not
   * a possessor before what it owns (রহিমের বাড়ি), which is a word of the language.
   */
  function givenName(k: number): boolean {
    const next = k + 1;
    if (next >= tokens.length) return false;
    const mark = marked(k);
    if (mark === undefined || !isGenitiveMarker(mark.marker) || scriptOf(tokens[k]!.norm[0]!) !== 'beng' || !/^\s+$/.test(gap(k, next))) return false;
    if (!indicCandidate(next) || common(next)) return false;
    const after = marked(next);
    return after !== undefined && !isGenitiveMarker(after.marker);
  }

  /**
   * The noun a naming phrase before it names (ओरसेल नाम के एक नॉर्मन ने: नॉर्मन), an article between them or
   * not: what the name is of, no name itself; its case is the name's (namedBy).
   */
  function namedNoun(k: number): boolean {
    const end = k > 0 && INDEFINITE_ARTICLES.has(tokens[k - 1]!.norm) ? k - 1 : k;
    for (let j = Math.max(0, end - MAX_NAMING); j < end; j++) if (naming(j) === end) return true;
    return false;
  }

  /**
   * An initial in Indian script: a letter's name with a full stop after it, and a word that can be a name
   * after that (डब्ल्यू. मोटे, के. ह्यूज): the full stop ends no sentence.
   */
  function indicInitial(k: number): boolean {
    return k + 1 < tokens.length && isLetterName(tokens[k]!.norm) && /^\.\s+$/.test(gap(k, k + 1)) && indicCandidate(k + 1);
  }

  /**
   * A noun that makes a postposition with the genitive before it, the marker written apart (के बीच) or onto
   * the word before (রহিমের পাশে): a function word there (कॉलोनियों के बीच निचली सीन घाटी: the valley, not "बीच …").
   */
  function postpositionAfterGenitive(k: number): boolean {
    if (k === 0 || !isCompoundPostposition(tokens[k]!.norm) || !/^\s+$/.test(gap(k - 1, k))) return false;
    return isGenitive(tokens[k - 1]!.norm);
  }

  /**
   * A noun of manner with its case after it or written onto it, which makes an adverb (आम तौर पर, मुख्य रूप
   * से, সাধারণভাবে); with no case after it, the noun is read as any other word.
   */
  function mannerAdverb(k: number): boolean {
    const norm = tokens[k]!.norm;
    if (!isMannerNoun(norm)) return false;
    const next = tokens[k + 1];
    const cased = next !== undefined && /^\s+$/.test(gap(k, k + 1)) && (NAME_MARKERS.has(next.norm) || PLACE_MARKERS.has(next.norm));
    return cased || baseOf(norm, PLACE_ENDINGS) !== undefined;
  }

  /** A case marker or ending after a word: it closes a noun phrase, and a name stands alone before it. */
  function marked(k: number): { base: string; place: boolean; marker: string } | undefined {
    const norm = tokens[k]!.norm;
    const after = postposition(k);
    if (after !== undefined) return { base: norm, place: PLACE_MARKERS.has(after), marker: after };
    const place = baseOf(norm, PLACE_ENDINGS);
    if (place && (article.counts.get(place) ?? 0) >= 1 && scriptOf(norm[0]!) === 'beng') return { base: place, place: true, marker: norm.slice(place.length) };
    const base = baseOf(norm, NAME_ENDINGS);
    if (base && scriptOf(norm[0]!) === 'beng') return { base, place: false, marker: norm.slice(base.length) };
    return undefined;
  }

  /**
   * Where the other name after a name ending at `last` ends, when an alias marker stands between (data
   * aliasMarkers: आरिफ उर्फ 'मास्टर'), and the quotation mark it opens with, if any: the words in quotes right after
   * the marker, whatever they are, as a nickname is often a common word, at most MAX_INDIC_NAME and none a number;
   * else the one word after it, if it can open a name (indicCandidate).
   */
  function aliasEnd(last: number): { last: number; quote?: string } | undefined {
    const at = last + 1;
    if (at + 1 >= tokens.length || !/^\s+$/.test(gap(last, at)) || !ALIAS_MARKERS.has(tokens[at]!.norm) || input.asked(at)) return undefined;
    const quote = quoteOpenedBy(gap(at, at + 1));
    // (unquoted, one word: a nickname is one, and the words after it go on with the sentence, রফিক ওরফে বাবলু পলাতক)
    if (quote === undefined) return /^\s+$/.test(gap(at, at + 1)) && indicCandidate(at + 1) ? { last: at + 1 } : undefined;
    for (let k = at + 1; k < Math.min(tokens.length, at + 1 + MAX_INDIC_NAME) && !inNumber(k); k++) {
      if (closesQuote(textAfter(k), quote, k + 1 >= tokens.length)) return { last: k, quote };
    }
    return undefined;
  }

  /** A word the article repeats, or writes in Latin script as a capitalized name too. */
  function attested(k: number, base: string): boolean {
    return (article.counts.get(base) ?? 0) >= 2 || latinAttested(base);
  }

  /** Whether the article writes a word in Latin script too, as a capitalized name. */
  function latinAttested(base: string): boolean {
    const key = phoneticKey(base, scriptOf(base[0]!));
    return key !== undefined && soughtKeys(key).some((k) => article.latinKeys.has(k));
  }

  function indicName(start: number, listed = 0): NameSpan | undefined {
    const joined = (k: number) => k + 1 < tokens.length && /^\s+$/.test(gap(k, k + 1));
    if (lexicon(start).entity && !input.asked(start)) {
      // a name the lexicon knows (दिल्ली पुलिस): its words, each a named concept
      let last = start;
      const named = (k: number) => new Set(text.concepts[k]!.filter((c) => concept(c)?.entity));
      // one concept's words (दिल्ली पुलिस), not two names side by side (दिल्ली पुलिस एम्स)
      while (joined(last) && !input.asked(last + 1) && [...named(last + 1)].some((c) => named(last).has(c))) last++;
      // a place it names before an institution's noun names that institution (কলকাতা পুলিশের, राजस्थान पुलिस की),
      // the place's own word uninflected (কলকাতায় পুলিশ is the police in Kolkata)
      const ofKind = (k: number, kinds: ReadonlySet<string>) => text.concepts[k]!.some((c) => withParents(c).some((p) => kinds.has(p)));
      const uninflected = (k: number) => conceptsWrittenAs(tokens[k]!.norm).length > 0;
      if (joined(last) && !input.asked(last + 1) && uninflected(last) && ofKind(last, PLACE_KIND_SET) && ofKind(last + 1, INSTITUTION_SET) && !lexicon(last + 1).entity) last++;
      const mark = marked(last);
      return { first: start, last, place: mark?.place ?? false, thing: false, ...(mark ? { marker: mark.marker } : {}) };
    }
    // (a kind of place opens no name: भूकंप का केंद्र घाट ब्लॉक, the centre, then the block named Ghat)
    if (!indicCandidate(start) || headKind(tokens[start]!.norm) === 'place') return undefined;
    // the name runs over candidate words joined by spaces alone, to the one a case marker closes
    let last = start;
    const spaced = (k: number) => k + 1 < tokens.length && /^\s+$/.test(gap(k, k + 1));
    // (a hyphen joins two words into one name, जीन-पियरे, as a space does, one of them at least no word of
    // the dictionary; not a word doubled, अलग-अलग)
    const hyphened = (k: number) => k + 1 < tokens.length && gap(k, k + 1) === '-' && tokens[k]!.norm !== tokens[k + 1]!.norm && !(common(k) && common(k + 1));
    // (the titles it opens with, मेजर जनरल, are no words of the name's own length, up to as many titles as words)
    let own = start;
    while (own < Math.min(tokens.length, start + MAX_INDIC_NAME) && isNameTitle(tokens[own]!.norm)) own++;
    const length = (k: number) => Math.max(0, k - Math.max(own, start) + 1);
    while (length(last) < MAX_INDIC_NAME && last - start + 1 < 2 * MAX_INDIC_NAME && (!marked(last) || givenName(last)) && (spaced(last) || hyphened(last) || indicInitial(last)) && naming(last + 1) === undefined) {
      // an initial inside the name (फ्रेडरिक डब्ल्यू. मोटे, मालकम के. ह्यूज), a letter's name even where it is a marker's word
      if (indicCandidate(last + 1) || indicInitial(last + 1)) last++;
      // जीसस द इंटरप्रेटर, লোথার দে মেজিয়ের: a connector between two name words
      else if (NAME_CONNECTORS.has(tokens[last + 1]!.norm) && spaced(last + 1) && indicCandidate(last + 2)) last += 2;
      else break;
    }
    // a name and the one its bearer goes by (आरिफ उर्फ 'मास्टर', রফিক ওরফে বাবলু) are one name, each attesting the other
    const alias = aliasEnd(last);
    if (alias !== undefined) {
      // (its own words, not the dictionary's that describe its bearer before it: চক্রের মাথা রফিক, the ring's head)
      let first = start;
      while (first < last && common(first)) first++;
      // (its case marker after the quote that closes a quoted alias: आरिफ उर्फ 'मास्टर' को)
      const next = alias.last + 1;
      const closing = next < tokens.length ? gap(alias.last, next) : '';
      const quotedMarker = alias.quote !== undefined && closingQuotes(alias.quote).includes(closing[0] ?? '') && /^\S\s+$/u.test(closing) && NAME_MARKERS.has(tokens[next]!.norm) ? tokens[next]!.norm : undefined;
      const marker = quotedMarker ?? marked(alias.last)?.marker;
      return { first, last: alias.last, place: false, thing: false, ...(marker !== undefined ? { marker } : {}) };
    }
    // (a name may end in the kind of body it is, a doer or an object after it: लाजरस ग्रुप ने, ट्रोइका डिज़ाइन समूह
    // को, not the team a captain is of, रोहित शर्मा टीम के; or the kind of place, placed: चमोली जिले में, not a
    // river a person the article writes as a doer drowned in, अंकित नदी में … अंकित ने)
    const body = last + 1;
    const bodyMark = body < tokens.length && spaced(last) && !input.asked(body) && !marked(last) ? marked(body) : undefined;
    const organisation = bodyMark !== undefined && (UNDERGOER_MARKERS.has(bodyMark.marker) || AGENT_MARKERS.has(bodyMark.marker)) && text.concepts[body]!.some(isOrganisation);
    const placed = bodyMark !== undefined && (bodyMark.place || isGenitiveMarker(bodyMark.marker)) && placeHeadWord(tokens[body]!.norm) && !article.marked.has(tokens[last]!.norm);
    // (the name's own last word is what the article must attest, not the kind's)
    let named = last;
    if (organisation || placed) [named, last] = [last, body];
    const mark = marked(last);
    // (a name's words that end in the kind of place it is, घाट ब्लॉक के पास: the name before the kind is attested)
    if (named === last && last > start && mark !== undefined && headKind(mark.base) === 'place') named = last - 1;
    if (!mark && spaced(last)) {
      const after = naming(last + 1);
      if (after !== undefined) return namedBy(start, last, after);
    }
    if (!mark) return knownName(start, last) ?? apposed(start, last) ?? coordinated(start, last, listed) ?? officeHolder(start, last);
    const words = Array.from({ length: last - start + 1 }, (_v, k) => start + k);
    if (words.every((k) => isNameTitle(tokens[k]!.norm))) return undefined;
    // (two words a hyphen joins are one: अफरा-तफरी is one word written once, जीन-पियरे लावाल two)
    const wordCount = words.filter((k) => k === start || gap(k - 1, k) !== '-').length;
    // the word the marker closes must be attested (a name is repeated, or written in Latin script too),
    // unless the question asks for a name in the case the marker writes and two or more unknown words
    // stand before it (कावन शॉर्ट ने): one word written once may be any noun
    // (a genitive before a noun of leading writes its doer, अरविंद मेहरोत्रा के नेतृत्व में: led by him; asked
    // for the doer, it is the case asked)
    // (its last word one the dictionary says is no common word, सेवानिवृत्त न्यायाधीश के नेतृत्व में naming no one: a Hindi
    // word, as the dictionary is English–Hindi and reaches a Bengali one only by its sound)
    const vouched = scriptOf(tokens[last]!.norm[0]!) === 'deva' && !common(last);
    const leading = isGenitiveMarker(mark.marker) && leadsAt(tokens, afterMarker(tokens, last, mark.marker)) && vouched;
    const asked = ((input.caseMarkers?.has(mark.marker) ?? false) || (leading && asksDoer)) && wordCount >= 2;
    // one word the dictionary knows (पास को: near, pass) is a common word, however often the article writes it,
    // unless the article writes it in Latin script too
    if (words.length === 1 && common(last) && !latinAttested(mark.base)) return undefined;
    // what a copula closes is as often a common noun (शामिल थे, वंशज हैं): two words or more, none a word of the dictionary
    if (isCopula(mark.marker) && (!asked || words.some(common))) return undefined;
    const held = attested(named, named === last ? mark.base : tokens[named]!.norm) || asked;
    const office = !held && officeName(start, last);
    if (!(held || office) || words.some((k) => inNumber(k))) return undefined;
    // (after an office, an ending of one letter is as often the name's own last letter, জেলাশাসক রাজর্ষি মিত্র ঘটনার…:
    // a case only where the article writes the name without it, or what follows takes a genitive, নন্দীর নেতৃত্বে,
    // ভার্মার নির্দেশে, দ্বিবেদীর সঙ্গে)
    const writtenAlone = (article.counts.get(mark.base) ?? 0) > (article.counts.get(tokens[last]!.norm) ?? 0);
    if (office && [...mark.marker].length === 1 && !writtenAlone && !takesGenitive(tokens, last + 1)) return { first: start, last, place: false, thing: false };
    // (a postposition written apart that takes a genitive, হরিকৃষ্ণ দ্বিবেদীর সঙ্গে: the name's case is the genitive
    // written onto it, which is no part of the name)
    if (office && mark.base === tokens[last]!.norm && takesGenitive(tokens, last + 1)) {
      const own = scriptOf(mark.base[0]!) === 'beng' ? baseOf(mark.base, NAME_ENDINGS) : undefined;
      const ending = own === undefined ? undefined : mark.base.slice(own.length);
      if (ending !== undefined && isGenitiveMarker(ending)) return { first: start, last, place: false, thing: false, marker: ending };
    }
    const head = headKind(mark.base);
    return { first: start, last, place: mark.place || head === 'place', thing: head === 'thing', marker: mark.marker };
  }

  /**
   * A name a naming phrase gives (ओरसेल नाम के एक नॉर्मन ने, X নামে একজন হ্যাকার): its words, none a word of the
   * dictionary, in the case of the noun it names, which follows within a few words (an article before it);
   * with no case there, a name with none.
   */
  function namedBy(start: number, end: number, after: number): NameSpan | undefined {
    // (the naming phrase says it is a name, though its first words be words of the dictionary, as a shop's or a
    // firm's name often is: মা তারা বস্ত্রালয় নামে; its last word, the one the phrase closes, must be no such word:
    // not अलग नाम से, by another name)
    if (!unknownWords(end, end)) return undefined;
    // (it reaches back over function words to words that can open a name, মা তারা বস্ত্রালয়, তারা being "they" too;
    // not over a coordinator, a case, a number or a word the lexicon knows, nor past MAX_INDIC_NAME words, nor
    // into a name read before it: ओरसेल नामक নামে names ओरसेल once)
    const script = scriptOf(tokens[end]!.norm[0] ?? '');
    const floor = (out.at(-1)?.last ?? -1) + 1;
    for (let k = start - 1; k >= floor && end - k < MAX_INDIC_NAME && /^\s+$/.test(gap(k, k + 1)); k--) {
      const t = tokens[k]!;
      if (t.numeric || scriptOf(t.norm[0] ?? '') !== script || input.asked(k) || inNumber(k) || isCoordinator(t.norm)) break;
      if (stop(t.norm)) continue;
      if (!indicCandidate(k) || marked(k)) break;
      start = k;
    }
    const namingAt = after - 1;
    let head = after < tokens.length && INDEFINITE_ARTICLES.has(tokens[after]!.norm) ? after + 1 : after;
    for (let words = 0; head < tokens.length && words < MAX_INDIC_NAME; head++, words++) {
      const mark = marked(head);
      if (mark) {
        return { first: start, last: end, place: mark.place, thing: false, marker: mark.marker, namingAt };
      }
      if (head + 1 >= tokens.length || !/^\s+$/.test(gap(head, head + 1))) break;
    }
    return { first: start, last: end, place: false, thing: false, namingAt };
  }

  /**
   * A name with no marker of its own before a coordinator and a marked name (मीरा सावंत और राघव शिंदे ने):
   * the marker closes the whole list, so each name in it takes it. Its words must be no dictionary words,
   * as the name after the coordinator is read by the same rules.
   */
  function coordinated(start: number, end: number, listed: number): NameSpan | undefined {
    const and = end + 1;
    // a list is read at most MAX_LISTED names ahead: a hostile run of "क और क और …" costs no more per word
    if (listed >= MAX_LISTED) return undefined;
    if (and + 1 >= tokens.length || !isCoordinator(tokens[and]!.norm) || !/^\s+$/.test(gap(end, and)) || !/^\s+$/.test(gap(and, and + 1))) return undefined;
    if (!unknownWords(start, end)) return undefined;
    const next = indicName(and + 1, listed + 1);
    if (next?.marker === undefined) return undefined;
    return { first: start, last: end, place: next.place, thing: false, marker: next.marker };
  }

  /**
   * A name in apposition after the question's words and a comma, closed by a comma, a particle or a
   * copula, or ending its sentence (…उप निदेशक, जोसेफ मार्टेन भी…): two words or more, none a word of the dictionary.
   */
  function apposed(start: number, end: number): NameSpan | undefined {
    if (!input.apposition || start < 1 || !/^\s*,\s*$/.test(gap(start - 1, start)) || !input.asked(start - 1)) return undefined;
    const next = end + 1 < tokens.length ? tokens[end + 1]! : undefined;
    // closed by a comma, a particle or a copula, or by the end of its sentence
    const after = next === undefined ? body.slice(offset + tokens[end]!.end, offset + tokens[end]!.end + 8) : gap(end, end + 1);
    const closed = /^\s*[,.!?।॥]/u.test(after) || (next !== undefined && (isParticle(next.norm) || isCopula(next.norm)));
    const words = unknownWords(start, end);
    if (!closed || !words || words.length < 2) return undefined;
    return { first: start, last: end, place: false, thing: headKind(tokens[end]!.norm) === 'thing' };
  }

  /**
   * Whether an office the lexicon knows (data OFFICES: जिलाधिकारी, কমিশনার) stands right before a word, or before
   * a parenthesis right before it that says which one (রেল সুরক্ষা কমিশনার (পূর্ব সার্কল) সুব্রত নন্দীর): the words
   * after an office are its holder's name, written once as news writes most names.
   */
  function officeBefore(k: number): boolean {
    let j = k - 1;
    if (j < 0) return false;
    if (/^\s*\)\s*$/.test(gap(j, k))) {
      let open = j;
      while (open > 0 && open > k - MAX_INDIC_NAME && !/\(\s*$/.test(gap(open - 1, open))) open--;
      if (open === 0 || !/^\s*\(\s*$/.test(gap(open - 1, open))) return false;
      j = open - 1;
    } else if (!/^\s+$/.test(gap(j, k))) return false;
    return text.concepts[j]!.some(isOffice);
  }

  /**
   * A name of two or three words with no case marker after it, right after an office (জেলাশাসক রাজর্ষি মিত্র ঘটনার
   * তদন্তের নির্দেশ দিয়েছেন): the office says whose name follows; the name ends where the words that can be names do.
   */
  function officeHolder(start: number, end: number): NameSpan | undefined {
    if (!officeName(start, end)) return undefined;
    if (end + 1 < tokens.length && /^\s+$/.test(gap(end, end + 1)) && indicCandidate(end + 1)) return undefined;
    if (Array.from({ length: end - start + 1 }, (_v, k) => start + k).some((k) => inNumber(k) || isNameTitle(tokens[k]!.norm))) return undefined;
    return { first: start, last: end, place: false, thing: false };
  }

  /**
   * Whether the words first to last, right after an office, can be its holder's name: two or three words (a
   * fourth is most often another name, স্নেহাশিস চক্রবর্তী জাফর আলির), none written in the locative, as a name is
   * not (জেলাশাসক নিজে ঘটনাস্থলে গিয়ে: himself, to the spot).
   */
  function officeName(first: number, last: number): boolean {
    if (last === first || last - first + 1 > MAX_OFFICE_NAME || !officeBefore(first)) return false;
    return Array.from({ length: last - first + 1 }, (_v, k) => first + k).every((k) => !inLocative(tokens[k]!.norm));
  }

  /**
   * A name with no case marker after it here (ओलिवर ब्रैंट तीन खिताब…): the candidate words up to the
   * last one the article writes elsewhere as a doer and repeats, unless the bilingual dictionary knows
   * that word as a common one (राजमार्गों के निर्माण ने: construction).
   */
  function knownName(start: number, end: number): NameSpan | undefined {
    // with no marker the name must end where the words that can be names do: not cut off by MAX_INDIC_NAME
    if (end + 1 < tokens.length && /^\s+$/.test(gap(end, end + 1)) && indicCandidate(end + 1)) return undefined;
    for (let last = end; last >= start; last--) {
      const norm = tokens[last]!.norm;
      if (!article.marked.has(norm) || (article.counts.get(norm) ?? 0) < 2 || isNameTitle(norm) || common(last)) continue;
      // a word the dictionary knows before it describes the person, it is no part of the name (मशहूर ब्रैंट)
      let first = start;
      while (first < last && common(first)) first++;
      const head = headKind(norm);
      return { first, last, place: head === 'place', thing: head === 'thing' };
    }
    return undefined;
  }
}
