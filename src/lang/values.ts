import { currencySignBefore } from './concepts.js';
import { CURRENCY_SIGNS, DAY_PARTS } from './data/concepts.js';
import { conceptKeys, matchConcepts, wordStems } from './lexicon.js';
import { cardinalValue, fractionBefore, isClassifier, numberLanguages, numberPhrases, type NumberLanguage, type NumberPhrase } from './numbers.js';
import type { Language } from './script.js';
import { timeExpressions, type TimeExpression } from './time.js';
import { isStopword } from './stopwords.js';
import type { Token } from './tokenize.js';
import { breaksPhrase, endsSentenceBetween, hourEnding, isAroundWord, isCountingHourEnding, isHourEndingWord, isHourWord, isPersonCounter, sequenceAt } from './words.js';

/** The value stage: the numbers and clock times a text writes, in whatever language and script. */
export interface Values {
  numbers: NumberPhrase[];
  times: TimeExpression[];
}

/** Romanized Hindi and Bengali number words (ek, dui) are read only in a question written that way. */
export function valuesOf(text: string, tokens: readonly Token[], language: Language, romanized: boolean): Values {
  const langs = romanized ? numberLanguages('en', true) : numberLanguages(language, false);
  // (the number words of "one after another" count nothing: एक के बाद एक आग, fires one after another)
  const norms = tokens.map((t) => t.norm);
  const sequence = sequenceAt(norms, language);
  const numbers = repeatedEach(text, tokens, numberPhrases(norms, langs).filter((n) => !sequence.has(n.first)), langs);
  // (a decimal is no clock time: 1.42 crore, ₹4.50, 12.50%)
  // (its scale word joined to it by spaces alone: "सुबह 10.30, हजार से अधिक श्रद्धालु" is a time, then a crowd)
  const scaledAt = new Set(numbers.filter((n) => n.scaled && n.last > n.first && /^\s+$/.test(text.slice(tokens[n.first]!.end, tokens[n.first + 1]!.start))).map((n) => tokens[n.first]!.start));
  // (the sign read from the few characters before the time, as the analyzer reads a sum's: not the whole text before each)
  const written: TimeExpression[] = [];
  for (const t of timeExpressions(text)) {
    if (scaledAt.has(t.start) || currencySignBefore(text.slice(Math.max(0, t.start - SIGN_REACH), t.start)) || text[t.end] === '%') continue;
    const read = hourAsWritten(text, tokens, t, language);
    if (read) written.push(read);
  }
  // (a clock time in words covers one in digits inside it: साढ़े 3 बजे is 3:30, not 3:00)
  const inWords = wordClockTimes(text, tokens, numbers, language, langs);
  const times = [...written.filter((t) => !inWords.some((w) => w.start <= t.start && t.end <= w.end)), ...inWords].sort((a, b) => a.start - b.start);
  return { numbers, times };
}

/**
 * A time read from digits with an hour's ending written onto them (৬টা, ১০টায়), as the words around it
 * read it. Minutes written apart before a word that counts people or a classifier are that count's (রাত
 * ১০টায় ৫ জন আহত: five hurt at ten, not 10:05; ভোর ৪টায় ২টি বাড়ি). An ending that also counts things (৫টা)
 * makes an hour after a part of the day, before a word of about or of the hour (নাগাদ, বেজে), or where
 * nothing it could count follows it (the end of its phrase, a function word, a number: ১০টা থেকে ৫টা পর্যন্ত);
 * "৫টা সার্ভার" and "মোট ১২টা নৌকা" count servers and boats, and are no time.
 */
function hourAsWritten(text: string, tokens: readonly Token[], t: TimeExpression, language: Language): TimeExpression | undefined {
  const k = tokens.findIndex((x) => x.start === t.start);
  const ending = tokens[k + 1];
  if (k < 0 || !tokens[k]!.numeric || ending === undefined || !isHourEndingWord(ending.norm, language)) return t;
  // (the word after the ending: the minutes, when the time runs on to them)
  const next = tokens[k + 2];
  const after = tokens[k + 3];
  const counted = next !== undefined && next.numeric && next.end === t.end && after !== undefined && /^\s*$/.test(text.slice(next.end, after.start)) && (isPersonCounter(after.norm) || isClassifier(after.norm));
  const hour = counted ? { ...t, end: ending.end, minute: 0 } : t;
  if (hour.end !== ending.end || !isCountingHourEnding(ending.norm, language)) return hour;
  if (isDayPart(tokens[k - 1]) || (next !== undefined && (isAroundWord(next.norm, language) || isHourWord(next.norm, language)))) return hour;
  return nothingCountedAfter(text, tokens, k + 1, language) ? hour : undefined;
}

/** Whether nothing a number could count follows a token: the end of its phrase, a function word or another number. */
function nothingCountedAfter(text: string, tokens: readonly Token[], k: number, language: Language): boolean {
  const next = tokens[k + 1];
  if (next === undefined || next.numeric) return true;
  const between = text.slice(tokens[k]!.end, next.start);
  return breaksPhrase(between) || endsSentenceBetween(between) || (isStopword(next.norm, language) && !isClassifier(next.norm));
}

/**
 * A number written twice and joined by a hyphen before its scale or its currency, as Hindi, Bengali and Indian
 * English say "so much each" (4-4 लाख रुपये, दो-दो लाख, ২-২ লাখ টাকা, "Rs 4-4 lakh"), is one number: the second,
 * read whole with its scale, marked `each`. Only a sum or a scaled number so: a score or a draw ("मैच 2-2 ड्रॉ रहा",
 * "1-1 से"), a length of time (१०-१० मिनट) and a count of people (दो-दो लोगों) read as before, two numbers.
 */
function repeatedEach(text: string, tokens: readonly Token[], numbers: NumberPhrase[], langs: readonly NumberLanguage[]): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  for (let k = 0; k < numbers.length; k++) {
    const [once, again] = [numbers[k]!, numbers[k + 1]];
    const next = again === undefined ? undefined : tokens[again.last + 1];
    const repeats =
      again !== undefined &&
      once.first === once.last &&
      again.first === once.last + 1 &&
      /^\s*[-\u2010\u2011]\s*$/.test(text.slice(tokens[once.last]!.end, tokens[again.first]!.start)) &&
      cardinalValue(tokens[once.first]!.norm, langs) === cardinalValue(tokens[again.first]!.norm, langs) &&
      (again.scaled || (next !== undefined && isCurrency(next)));
    if (!repeats) {
      out.push(once);
      continue;
    }
    out.push({ ...again, first: once.first, each: true });
    k++;
  }
  return out;
}

const CURRENCY_CONCEPTS: ReadonlySet<string> = new Set(Object.values(CURRENCY_SIGNS));
/** Whether a token names a currency (रुपये, টাকা, dollars): the lexicon's concepts of the currency signs. */
const isCurrency = (t: Token) => matchConcepts([conceptKeys(t.norm, wordStems(t.norm))]).some((m) => m.concepts.some((c) => CURRENCY_CONCEPTS.has(c)));

/** How many characters before a number its currency sign may stand, with the spaces after it (₹ 4.50). */
const SIGN_REACH = 3;

const DAY_PART_SET: ReadonlySet<string> = new Set(DAY_PARTS);

/** Whether a token names a part of the day (सुबह, বিকেল, night): the lexicon's DAY_PARTS. */
const isDayPart = (t: Token | undefined) => t !== undefined && matchConcepts([conceptKeys(t.norm, wordStems(t.norm))]).some((m) => m.concepts.some((c) => DAY_PART_SET.has(c)));

/**
 * Clock times a text writes in words (the digits' are timeExpressions'): a number before an hour word
 * (पांच बजे, साढ़े तीन बजे: 3:30, पौने आठ बजे: 7:45), or a Bengali number word with the hour's ending written
 * onto it (আটটা, ছটায়) before নাগাদ, or after a part of the day where the ending is the hour's alone (সকাল
 * ছটায়) or nothing it could count follows (বিকেল পাঁচটা, সাড়ে আটটা).
 * Hours 1 to 12, at the quarters a fraction's word says.
 */
function wordClockTimes(text: string, tokens: readonly Token[], numbers: readonly NumberPhrase[], language: Language, langs: readonly NumberLanguage[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  const clock = (value: number, start: number, end: number) => {
    const hour = Math.floor(value);
    const minute = Math.round((value - hour) * 60);
    if (hour >= 1 && hour <= 12 && minute % 15 === 0) out.push({ start, end, hour, minute });
  };
  const hourAfter = (k: number) => k < tokens.length && isHourWord(tokens[k]!.norm, language);
  for (const n of numbers) {
    // (digits alone the patterns read; a number with a multiplier is no hour)
    if (n.scaled || (tokens[n.first]!.numeric && n.first === n.last)) continue;
    if (hourAfter(n.last + 1)) clock(n.value, tokens[n.first]!.start, tokens[n.last + 1]!.end);
    // (digits with a fraction's word before them and the hour's ending after, পৌনে ১১টা: 10:45; the fraction says
    // it is an hour, which the ending alone may not: ১১টা সার্ভার)
    else if (n.last + 1 < tokens.length && fractionBefore(tokens[n.first]!.norm, langs) !== undefined && isHourEndingWord(tokens[n.last + 1]!.norm, language))
      clock(n.value, tokens[n.first]!.start, tokens[n.last + 1]!.end);
  }
  tokens.forEach((t, k) => {
    const ending = hourEnding(t.norm, language);
    const value = ending === undefined ? undefined : cardinalValue(ending.bare, langs);
    if (ending === undefined || value === undefined || !Number.isInteger(value) || hourAfter(k + 1)) return;
    const next = tokens[k + 1];
    const fraction = k > 0 ? fractionBefore(tokens[k - 1]!.norm, langs) : undefined;
    const first = fraction === undefined ? k : k - 1;
    const around = next !== undefined && isAroundWord(next.norm, language);
    // (an ending that also counts things, পাঁচটা, is an hour only where nothing it could count follows: a
    // word of about, a fraction's word before it, or the end of its phrase; "সকালে একটা দোকান" is a shop)
    const ends = next === undefined || breaksPhrase(text.slice(t.end, next.start)) || endsSentenceBetween(text.slice(t.end, next.start));
    const hourOnly = !ending.counts || around || fraction !== undefined || ends;
    if ((isDayPart(tokens[first - 1]) && hourOnly) || around) clock(value + (fraction ?? 0), tokens[first]!.start, t.end);
  });
  return out;
}
