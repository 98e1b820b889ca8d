import { termKey, type AnalyzedText, type QueryUnit } from '../lang/analyze.js';
import { CURRENCY_SIGNS, MONEY } from '../lang/data/concepts.js';
import { withParents } from '../lang/lexicon.js';
import { isClassifier } from '../lang/numbers.js';
import type { Language } from '../lang/script.js';
import { isStopword } from '../lang/stopwords.js';
import { isSurelyGenitive } from '../lang/names.js';
import { breaksPhrase, endsSentenceBetween, isArticle, isCoordinator, isGenitiveMarker, isGenitivePreposition, isIncrementWord, isSourceMarker, isTallyWord } from '../lang/words.js';

/** A passage as ranking and extraction read it: analyzed token by token, with the body it stands in. */
export interface PassageText {
  /** The passage analyzed; its token offsets are relative to `offset`. */
  text: AnalyzedText;
  /** The whole article body. */
  body: string;
  /** Where the passage starts in the body. */
  offset: number;
  /** The article's language. */
  language: Language;
}

/** Whether a token belongs to a clock time (the 4 and 15 of "4:15 am"): a number there tells a time, not a count. */
export function inClockTime(text: AnalyzedText, i: number): boolean {
  const t = text.tokens[i]!;
  return text.times.some((x) => t.start >= x.start && t.end <= x.end);
}

/** How far (in words) a number may stand from what it counts: "कुल पांच सर्वर", "দুই জন অভিযুক্তকে". */
export const COUNT_REACH = 3;

/**
 * Whether a number is the word for one, not the digit: एक, একটি and "one" are as often an article ("a big
 * event") or a pronoun ("one of them") as a count.
 */
export const isOneInLetters = (text: AnalyzedText, n: AnalyzedText['numbers'][number]) => n.value === 1 && n.first === n.last && !/\p{Nd}/u.test(text.tokens[n.first]!.raw);

/** The currencies the readings know, by concept (rupee, dollar: the concepts data CURRENCY_SIGNS names). */
export const CURRENCIES: ReadonlySet<string> = new Set(Object.values(CURRENCY_SIGNS));

/** Whether the token at k is a word of a currency the readings know (रुपए, টাকা, dollars, Rs). */
export const isCurrencyWord = (text: AnalyzedText, k: number) => k >= 0 && k < text.tokens.length && text.concepts[k]!.some((c) => CURRENCIES.has(c));

/**
 * Whether a number is written as a sum of money: a currency's word after it (past a Bengali classifier) or
 * before it (200 करोड़ रुपए, Rs 50), or a sign on it ($2 million, €3 million: analysis gives the sign's concept,
 * or money, to the number's first word).
 */
export function writtenAsSum(text: AnalyzedText, n: AnalyzedText['numbers'][number]): boolean {
  const next = text.tokens[n.last + 1];
  const after = next !== undefined && isClassifier(next.norm) ? n.last + 2 : n.last + 1;
  return isCurrencyWord(text, after) || isCurrencyWord(text, n.first - 1) || text.concepts[n.first]!.some((c) => CURRENCIES.has(c) || c === MONEY);
}

/**
 * An alternative this strong is the word itself (its form, stem or concept, or a cross-script key of four
 * consonants or more), not a chance likeness (a shorter key, 0.45 or 0.7): a passage that holds a unit
 * this surely holds the word.
 */
export const SURE_ALTERNATIVE = 0.8;

/**
 * Token positions of a passage where a question's unit stands in its own sense; where it stands in none, as
 * the broader thing it is a kind of written as that thing, but never as another kind of it: asked how many
 * pilgrims, "3 passengers and 40 pilgrims" counts them at "pilgrims" (both are people), "20 people were killed"
 * counts them too, and "Five patients died" does not say how many staff did.
 */
export function ownSensePositions(text: AnalyzedText, unit: QueryUnit): number[] {
  const broader = unit.alts.filter((a) => a.broader).map((a) => a.term);
  const anotherKind = (i: number) => broader.some((b) => text.concepts[i]!.some((c) => c !== b && withParents(c).includes(b)));
  const own = unitPositions(text, { ...unit, alts: unit.alts.filter((a) => !a.broader) });
  return own.length > 0 ? own : unitPositions(text, unit).filter((i) => !anotherKind(i));
}

/** Token positions of a passage where a question's unit stands: any of its alternatives is there. */
export function unitPositions(text: AnalyzedText, unit: QueryUnit): number[] {
  const keys = unit.alts.map((a) => termKey(a.field, a.term));
  return text.keys.flatMap((k, i) => (keys.some((key) => k.has(key)) ? [i] : []));
}

/** How many words after its noun of count the number it gives may stand, in its clause: "the number of people evacuated from 12 villages reached 4500". */
const TALLY_REACH = 10;

/**
 * The numbers that may give how many there are of what a noun of count (data tallyWords: संख्या, সংখ্যা,
 * number, toll) is said of, where that is counted (`counted`: a position of what is asked, or of what the
 * question says of it): X की संख्या and X-এর সংখ্যা (X in the genitive before it, or right before it: মৃতের
 * সংখ্যা, death toll), "number of X" (past an article). They are the numbers after the noun in its clause,
 * up to a coordinator, within TALLY_REACH words, in order, but for one that says where the count rose from
 * (a source marker before it in English, "from 9", "from Monday's 9"; after it in Hindi and Bengali, "3 से
 * बढ़कर 5", "৯ থেকে বেড়ে ১৪"), one that says an increase ("2 more", আরও ৩ জন, 2 और घायलों: data
 * incrementWords). The reader takes the first of them that counts nothing else (extract.ts count): the total
 * is written right after the noun's rise, and what follows it in its clause is most often a part or a cause of
 * it ("rose to 14, including 3 women").
 */
export function talliedNumbers(passage: PassageText, counted: (i: number) => boolean): Tallied {
  const { text, body, offset } = passage;
  const { tokens } = text;
  const gap = (a: number, b: number) => body.slice(offset + tokens[a]!.end, offset + tokens[b]!.start);
  const spaced = (a: number, b: number) => /^\s+$/.test(gap(a, b));
  // (X in the genitive past a function word that makes a noun of it: मरने वालों की संख्या, the number of those dying)
  const genitiveOf = (g: number) => {
    const k = g >= 2 && isStopword(tokens[g - 1]!.norm, passage.language) && spaced(g - 2, g - 1) ? g - 2 : g - 1;
    return k >= 0 && spaced(g - 1, g) && counted(k);
  };
  // (X right before it only in the genitive written onto it, মৃতের সংখ্যা, or as one phrase with it, "death toll": a
  // "prime number" is no count of primes)
  const before = (c: number) => counted(c - 1) && (isSurelyGenitive(tokens[c - 1]!.norm) || text.concepts[c - 1]!.some((x) => text.concepts[c]!.includes(x)));
  const sayingOf = (c: number) =>
    (c >= 1 && spaced(c - 1, c) && (before(c) || (isGenitiveMarker(tokens[c - 1]!.norm) && genitiveOf(c - 1)))) ||
    (c + 2 < tokens.length && isGenitivePreposition(tokens[c + 1]!.norm) && (counted(c + 2) || (isArticle(tokens[c + 2]!.norm) && counted(c + 3))));
  const norm = (k: number) => (k >= 0 && k < tokens.length ? tokens[k]!.norm : '');
  const english = passage.language === 'en';
  const from = (n: AnalyzedText['numbers'][number]) => (english ? isSourceMarker(norm(n.first - 1)) || isSourceMarker(norm(n.first - 2)) : isSourceMarker(norm(n.last + 1)));
  const out: Tallied = { numbers: [], clauses: [] };
  // (each number looked up by its first word, each taken once: a text of many counts is read in one pass)
  const startingAt = new Map(text.numbers.map((n) => [n.first, n]));
  const taken = new Set<AnalyzedText['numbers'][number]>();
  for (let c = 0; c < tokens.length; c++) {
    if (!isTallyWord(tokens[c]!.norm) || !sayingOf(c)) continue;
    let k = c + 1;
    for (; k < tokens.length && k - c <= TALLY_REACH; k++) {
      const between = gap(k - 1, k);
      if (breaksPhrase(between) || endsSentenceBetween(between) || isCoordinator(tokens[k]!.norm)) break;
      const n = startingAt.get(k);
      if (!n || taken.has(n) || from(n) || isIncrease(text, n)) continue;
      taken.add(n);
      out.numbers.push(n);
    }
    out.clauses.push({ first: c + 1, last: k - 1 });
  }
  return out;
}

/**
 * Whether a word beside a number makes it an increase, not a total: "2 more", "another 3", আরও ৩, 2 और घायलों (data
 * incrementWords; और is "more" only after a number and before a word: before a number it joins two, "14 और 30").
 */
export function isIncrease(text: AnalyzedText, n: AnalyzedText['numbers'][number]): boolean {
  const norm = (k: number) => (k >= 0 && k < text.tokens.length ? text.tokens[k]!.norm : '');
  return isIncrementWord(norm(n.first - 1)) || (isIncrementWord(norm(n.last + 1)) && !(text.tokens[n.last + 2]?.numeric ?? false));
}

/** What talliedNumbers reads: the numbers that may give a count, and the token spans of the clauses after each noun of count. */
export interface Tallied {
  numbers: AnalyzedText['numbers'];
  clauses: { first: number; last: number }[];
}
