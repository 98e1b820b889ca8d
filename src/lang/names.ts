import type { AnalyzedText } from './analyze.js';
import { phoneticKey } from './keys.js';
import { concept } from './lexicon.js';
import { normalize } from './normalize.js';
import { scriptOf, type Language } from './script.js';
import { isStopword } from './stopwords.js';
import { tokenize } from './tokenize.js';
import { LANGUAGE_WORDS, breaksName, isLatinName } from './words.js';

/**
 * Names in a passage: the spans that name a person, an organisation or a place, as far as the
 * writing shows it without a list of names. English writes names capitalized; Hindi and Bengali do
 * not, but a name there is a word no lexicon knows as a common noun, followed by a case marker
 * (लेडी गागा ने, রহিমকে) and repeated in the article or written in Latin script there too.
 */

const listOf = (pick: (w: (typeof LANGUAGE_WORDS)[Language]) => readonly string[]) =>
  new Set(Object.values(LANGUAGE_WORDS).flatMap((w) => pick(w).map((x) => normalize(x))));

const NAME_MARKERS = listOf((w) => w.nameMarkers);
const NAME_CONNECTORS = listOf((w) => w.nameConnectors);
const PLACE_MARKERS = listOf((w) => w.placeMarkers);
const PART_JOINERS = listOf((w) => w.partJoiners);
/** Endings longest first, so that য়ের is taken before র. */
const byLength = (s: Set<string>) => [...s].sort((a, b) => b.length - a.length);
const NAME_ENDINGS = byLength(listOf((w) => w.nameEndings));
const PLACE_ENDINGS = byLength(listOf((w) => w.placeEndings));

/** Whether a normalized token stands between a part and its whole, the part first (20 out of 50). */
export const isPartJoiner = (norm: string) => PART_JOINERS.has(norm);

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
  const add = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const t of tokenize(body)) {
    if (t.numeric) continue;
    add(t.norm);
    const base = baseOf(t.norm, NAME_ENDINGS);
    if (base) add(base);
    const script = scriptOf(t.norm[0]!);
    if (script === 'latn') {
      if (t.raw[0] === t.raw[0]!.toLowerCase()) lower.add(t.norm);
      else {
        const key = phoneticKey(t.norm, 'latn');
        if (key) latinKeys.add(key);
      }
    }
  }
  const words = { lower, counts, latinKeys };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(body, words);
  return words;
}

/** A name in a passage, by token positions. */
export interface NameSpan {
  first: number;
  last: number;
  /** The writing puts it as a place: "in X", "X में", "X-তে". */
  place: boolean;
}

/** What the name reader needs of a passage: its analysis, the article body it stands in and where. */
export interface NameInput {
  text: AnalyzedText;
  body: string;
  offset: number;
  /** Tokens that stand for the question's own words: a name the question gives is not its answer. */
  asked: (i: number) => boolean;
}

/** Roman numerals (Super Bowl XLIX, Louis XIV) number a name; alone they name nothing. */
const ROMAN = /^[IVXLCDM]+$/;

const SENTENCE_END = /[.!?।॥]["'”’)]*\s*$/u;

/** Longest name in Indian script read from a passage, in words. */
const MAX_INDIC_NAME = 4;

/** The names a passage holds, in order. */
export function nameSpans(input: NameInput): NameSpan[] {
  const { text, body, offset } = input;
  const tokens = text.tokens;
  const article = articleWords(body);
  const gap = (a: number, b: number) => body.slice(offset + tokens[a]!.end, offset + tokens[b]!.start);
  const lexicon = (i: number) => {
    const cs = text.concepts[i]!;
    const entity = cs.some((c) => concept(c)?.entity);
    return { entity, common: cs.length > 0 && !entity };
  };
  const stop = (norm: string) => isStopword(norm, 'en') || isStopword(norm, 'hi') || isStopword(norm, 'bn');
  const numberTokens = new Set(text.numbers.flatMap((n) => Array.from({ length: n.last - n.first + 1 }, (_v, k) => n.first + k)));
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

  /** A Latin word that is a common word wherever it stands: a function word, one the article writes in lower case, a lexicon common noun. */
  function commonLatin(k: number): boolean {
    const norm = tokens[k]!.norm;
    return stop(norm) || article.lower.has(norm) || lexicon(k).common;
  }

  function latinNameWord(k: number): boolean {
    const t = tokens[k]!;
    if (t.numeric || !isLatinName(t.raw) || input.asked(k) || stop(t.norm) || ROMAN.test(t.raw)) return false;
    const sentenceStart = k === 0 || SENTENCE_END.test(gap(k - 1, k));
    // "The", "However", "Police" opening a sentence are capitalized for the sentence, not as names
    return !(sentenceStart && commonLatin(k));
  }

  function latinName(start: number): NameSpan | undefined {
    if (!latinNameWord(start)) return undefined;
    let last = start;
    for (;;) {
      const next = last + 1;
      // "Nicholas E. Golovin": the full stop after an initial ends no sentence
      const initial = /^\p{Lu}$/u.test(tokens[last]!.raw);
      if (next >= tokens.length || breaksName(gap(last, next)) || (!initial && SENTENCE_END.test(gap(last, next)))) break;
      if (latinNameWord(next)) {
        last = next;
        continue;
      }
      // Louis-Joseph de Montcalm, Jesus the Interpreter: a lower-case connector between two name words
      const after = next + 1;
      if (NAME_CONNECTORS.has(tokens[next]!.norm) && tokens[next]!.raw === tokens[next]!.norm && after < tokens.length && !breaksName(gap(next, after)) && latinNameWord(after)) {
        last = after;
        continue;
      }
      break;
    }
    // a span of words the article also writes as common words (Federal Minister) names no one
    let named = false;
    for (let k = start; k <= last; k++) if (!commonLatin(k) || lexicon(k).entity) named = true;
    if (!named) return undefined;
    const before = start > 0 && !breaksName(gap(start - 1, start)) && PLACE_MARKERS.has(tokens[start - 1]!.norm);
    return { first: start, last, place: before };
  }

  /** An Indian-script word that can be (part of) a name: no function word, no number, no common noun of the lexicon, none of the question's. */
  function indicCandidate(k: number): boolean {
    const t = tokens[k]!;
    const script = t.numeric ? undefined : scriptOf(t.norm[0]!);
    if (script !== 'deva' && script !== 'beng') return false;
    return [...t.norm].length >= 2 && !stop(t.norm) && !NAME_MARKERS.has(t.norm) && !input.asked(k) && !lexicon(k).common && !inNumber(k);
  }

  /** A case marker or ending after a word: it closes a noun phrase, and a name stands alone before it. */
  function marked(k: number): { base: string; place: boolean } | undefined {
    const norm = tokens[k]!.norm;
    const next = k + 1 < tokens.length ? tokens[k + 1]! : undefined;
    if (next && /^\s+$/.test(gap(k, k + 1)) && NAME_MARKERS.has(next.norm)) return { base: norm, place: PLACE_MARKERS.has(next.norm) };
    const place = baseOf(norm, PLACE_ENDINGS);
    if (place && (article.counts.get(place) ?? 0) >= 1 && scriptOf(norm[0]!) === 'beng') return { base: place, place: true };
    const base = baseOf(norm, NAME_ENDINGS);
    if (base && scriptOf(norm[0]!) === 'beng') return { base, place: false };
    return undefined;
  }

  /** A word the article repeats, or writes in Latin script as a capitalized name too. */
  function attested(k: number, base: string): boolean {
    const key = phoneticKey(base, scriptOf(base[0]!));
    return (article.counts.get(base) ?? 0) >= 2 || (key !== undefined && article.latinKeys.has(key));
  }

  function indicName(start: number): NameSpan | undefined {
    const joined = (k: number) => k + 1 < tokens.length && /^\s+$/.test(gap(k, k + 1));
    if (lexicon(start).entity) {
      // a name the lexicon knows (दिल्ली पुलिस): its words, each a named concept
      let last = start;
      const named = (k: number) => new Set(text.concepts[k]!.filter((c) => concept(c)?.entity));
      // one concept's words (दिल्ली पुलिस), not two names side by side (दिल्ली पुलिस एम्स)
      while (joined(last) && !input.asked(last + 1) && [...named(last + 1)].some((c) => named(last).has(c))) last++;
      return { first: start, last, place: marked(last)?.place ?? false };
    }
    if (!indicCandidate(start)) return undefined;
    // the name runs over candidate words joined by spaces alone, to the one a case marker closes
    let last = start;
    while (last - start + 1 < MAX_INDIC_NAME && !marked(last) && last + 1 < tokens.length && /^\s+$/.test(gap(last, last + 1)) && indicCandidate(last + 1)) last++;
    const mark = marked(last);
    if (!mark) return undefined;
    const words = Array.from({ length: last - start + 1 }, (_v, k) => start + k);
    // the word the marker closes must be attested: a name is repeated, or written in Latin script too
    const ok = attested(last, mark.base) && words.every((k) => !inNumber(k));
    if (!ok) return undefined;
    return { first: start, last, place: mark.place };
  }
}
