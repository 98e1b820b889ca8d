import { CURRENCY_SIGNS, MONEY, PERCENT, PERSON } from './data/concepts.js';
import { conceptKeys, conceptsWrittenAs, matchConcepts, romanizedStems, withParents, type ConceptMatch } from './lexicon.js';
import { withoutPossessive } from './stem.js';
import { writtenAsDayOfMonth, type NumberPhrase } from './numbers.js';
import type { Token } from './tokenize.js';
import { breaksPhrase, calendarNameWritings, endsSentenceBetween, isCoordinator, isPersonCounter, isRangeDash, isRangeJoiner, startsWithPercentSign, writesCalendarCase } from './words.js';
import { normalize } from './normalize.js';
import type { TokenTerms } from './terms.js';

/**
 * The concept stage: the lexicon phrases a text's stems name, each with its concepts and every
 * broader one (Delhi Police is also police). A phrase's tokens are not matched again.
 */
export function conceptMatches(terms: readonly TokenTerms[], text: string): ConceptMatch[] {
  return matchConcepts(
    terms.map((t) => conceptKeys(t.token.norm, t.stems)),
    terms.map((t) => t.token.norm),
    phraseBreaks(text, terms.map((t) => t.token)),
  ).flatMap((m) => {
    // (a day or a month stands where a word is written as its name or its plural, in a language that never
    // inflects one otherwise, or as a romanized form of its own: sombare, on Monday, is somvar's)
    const term = m.first === m.last ? terms[m.first]! : undefined;
    // (a word right after a day of the month, written in digits, that ends its phrase or is joined to another date:
    // "on 12 march, …", "till 5 may.", "on 3 june and reopened", "from 1 may to 15 may")
    const closesDate = (k: number) => {
      const day = terms[k - 1]?.token;
      const next = terms[k + 1]?.token;
      const ends = next === undefined || breaksPhrase(text.slice(terms[k]!.token.end, next.start)) || isCoordinator(next.norm) || isRangeJoiner(next.norm);
      return day !== undefined && writtenAsDayOfMonth(Number(day.raw), day.raw) && ends;
    };
    // (English writes a month capitalized, or before its day or year: "may" in "the toll may rise" is no May)
    const writes = (c: string) => {
      const romanized = term !== undefined && term.stems.some((s) => romanizedStems(c).has(s));
      if (term !== undefined && !romanized && !writesCalendarCase(c, term.token.raw, { beforeNumber: terms[m.last + 1]?.token.numeric === true, closesDate: closesDate(m.first) })) return false;
      const writings = term === undefined ? undefined : calendarNameWritings(c, withoutPossessive(term.token.norm));
      return writings === undefined || writings.some((w) => conceptsWrittenAs(w).includes(c)) || romanized;
    };
    const own = m.concepts.filter(writes);
    return own.length === 0 ? [] : [{ ...m, concepts: own.flatMap(withParents) }];
  });
}

/**
 * For each token, whether the text between it and the next ends a phrase (a comma, a danda, a full stop),
 * but for the stop after a single letter, which abbreviates a word: a.m., p.m. are phrases of the lexicon.
 */
export function phraseBreaks(text: string, tokens: readonly Token[]): boolean[] {
  return tokens.map((t, i) => {
    const next = tokens[i + 1];
    if (next === undefined) return true;
    const between = text.slice(t.end, next.start);
    if (between === '.' && [...t.norm].length === 1) return false;
    return breaksPhrase(between) || endsSentenceBetween(between);
  });
}

/**
 * The people a number counts by a counter word after it (৮ জনের মৃত্যু: eight died; data personCounters), or
 * written onto it (তিনজনের মৃত্যু, দুজনকে): such a word is a person there, though alone it is none (জন্য, for,
 * shares its stem).
 */
export function counterMatches(tokens: readonly Token[], numbers: readonly NumberPhrase[]): ConceptMatch[] {
  const ends = new Set(numbers.map((n) => n.last));
  const written = new Set(numbers.filter((n) => n.people).map((n) => n.last));
  return tokens.flatMap((t, i) => ((ends.has(i - 1) && isPersonCounter(t.norm)) || written.has(i) ? [{ first: i, last: i, concepts: [PERSON] }] : []));
}

/** The currency sign (any: ₹, $, €) a text ends with, and how long it is with the spaces after it. */
export function currencySignBefore(text: string): { sign: string; length: number } | undefined {
  const m = /(\p{Sc})\s*$/u.exec(text);
  return m ? { sign: m[1]!, length: m[0].length } : undefined;
}

/**
 * The concepts a sign written beside a number names, given to the number: the currency of a sign right before
 * it ($2 million: dollars; data CURRENCY_SIGNS), on its first word, and a share for the sign % right after it
 * (51.6%, ৪০%, and the first number of a range it ends: 10-20%), on its last. The sign is no word of its own,
 * yet the amount or the share is in it, so that "what percentage" finds "51.6%" as it finds "51.6 percent".
 */
export function signMatches(text: string, tokens: readonly Token[], numbers: readonly NumberPhrase[]): ConceptMatch[] {
  // (the first number of a range the sign ends is a share too: 10-20%, 10 to 20%, 10 से 20%)
  const shares = new Set<number>();
  for (let k = numbers.length - 1; k >= 0; k--) {
    const end = tokens[numbers[k]!.last]!.end;
    const next = numbers[k + 1];
    const between = next === undefined ? '' : text.slice(end, tokens[next.first]!.start).trim();
    if (startsWithPercentSign(text.slice(end, end + 3)) || (shares.has(k + 1) && (isRangeDash(between) || isRangeJoiner(normalize(between))))) shares.add(k);
  }
  return numbers.flatMap((n, k) => {
    const start = tokens[n.first]!.start;
    const sign = currencySignBefore(text.slice(Math.max(0, start - 2), start))?.sign;
    const currency = sign === undefined ? [] : withParents(CURRENCY_SIGNS[sign] ?? MONEY);
    const share = shares.has(k) ? withParents(PERCENT) : [];
    // (a number of one word with both signs, "$5%", gets both on that word: a later match on a token replaces an earlier one)
    if (n.first === n.last) return currency.length + share.length > 0 ? [{ first: n.first, last: n.first, concepts: [...currency, ...share] }] : [];
    return [...(currency.length > 0 ? [{ first: n.first, last: n.first, concepts: currency }] : []), ...(share.length > 0 ? [{ first: n.last, last: n.last, concepts: share }] : [])];
  });
}

/** The concepts each token stands in, each once: a phrase's concepts go to each of its words. */
export function conceptsByToken(matches: readonly ConceptMatch[], tokens: number): string[][] {
  const out: string[][] = Array.from({ length: tokens }, () => []);
  for (const m of matches) {
    const concepts = [...new Set(m.concepts)];
    for (let i = m.first; i <= m.last; i++) out[i] = [...concepts];
  }
  return out;
}
