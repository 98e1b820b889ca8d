import { termKey, type AnalyzedText, type QueryUnit } from '../lang/analyze.js';
import { CURRENCY_SIGNS, MONEY } from '../lang/data/concepts.js';
import { withParents } from '../lang/lexicon.js';
import { isClassifier } from '../lang/numbers.js';
import type { Language } from '../lang/script.js';

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
