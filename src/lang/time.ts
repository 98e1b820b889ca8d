import { foldDigits, normalize } from './normalize.js';
import { isMeasureUnit, isTimeUnit } from './words.js';

export interface TimeExpression {
  start: number;
  end: number;
  hour: number;
  minute: number;
}

/**
 * Clock times written in digits: 6:45, 6.45 am, ৬টা৪৫ (মিনিট), 6 बजकर 45 मिनट, सुबह 6 बजे (those written in
 * words, साढ़े तीन बजे, বিকেল পাঁচটা, are read with the number words: values.ts). Offsets point into the given
 * text. Digits of any script are read; hours above 23 or minutes above 59 are not times, and no time starts
 * inside a longer number (মোট ১১৫টা বাড়ি is no 15:00).
 */
const CLOCK = new RegExp(
  [
    // 6:45, 06:45 am, 6.45 pm, 12:30 बजे
    String.raw`(?<!\d)(?<h1>\d{1,2})[:.](?<m1>\d{2})(?!\d)(?:\s*(?<ap1>[ap]\.?\s?m\.?)(?![a-z]))?(?:\s*बजे)?`,
    // ৬টা৪৫, ৬টা ৪৫ মিনিট, 6 বেজে 45 মিনিট (not ৬টা ৫০০ টাকার নোট: the minutes are two digits at most)
    String.raw`(?<!\d)(?<h2>\d{1,2})\s*(?:টা|টায়|টায়|বেজে)\s*(?<m2>\d{1,2})(?!\d)(?:\s*মিনিট)?`,
    // ৪টে ২০ মিনিটে: the colloquial টে of the hour counts things too (৬টে ৫০ টাকার নোট), so only with its minutes' word
    String.raw`(?<!\d)(?<h5>\d{1,2})\s*টে\s*(?<m5>\d{1,2})\s*মিনিট`,
    // 6 बजकर 45 मिनट
    String.raw`(?<!\d)(?<h3>\d{1,2})\s*बजकर\s*(?<m3>\d{1,2})(?:\s*मिनट)?`,
    // 6 am, 6 बजे, ৬টায়
    String.raw`(?<!\d)(?<h4>\d{1,2})\s*(?:(?<ap4>[ap]\.?\s?m\.?)(?![a-z])|बजे|টায়|টায়|টা(?![\p{L}\p{M}]))`,
  ].join('|'),
  'giu',
);

/** A clock's a.m. or p.m. written with full stops, at the end of a text with its last stop cut off (6:45 a.m). */
const MERIDIEM_END = /(?:^|[^\p{L}])[ap]\.m$/iu;
/** Whether the text before position `at` (a full stop's) ends with a clock's a.m. or p.m.: 6:45 a.m|. */
export const endsWithMeridiem = (text: string, at: number): boolean => MERIDIEM_END.test(text.slice(Math.max(0, at - 4), at));

/** How far after a number its unit is looked for: a few spaces and a word (a text of many numbers is not read again for each). */
const UNIT_WINDOW = 32;

/** The word after a number, when it is a unit it measures in (data timeUnits, measureUnits). */
function measuredBy(after: string): boolean {
  const word = /^\s*([\p{L}\p{M}]+)/u.exec(after)?.[1];
  if (word === undefined) return false;
  const norm = normalize(word);
  return isTimeUnit(norm) || isMeasureUnit(norm);
}

export function timeExpressions(text: string): TimeExpression[] {
  // digits folded one for one, so offsets stay those of the text (BMP digits are one code unit each)
  const folded = [...text].map((ch) => (ch.length === 1 ? foldDigits(ch) : ch)).join('');
  const out: TimeExpression[] = [];
  for (const m of folded.matchAll(CLOCK)) {
    const g = m.groups!;
    let hour = Number(g.h1 ?? g.h2 ?? g.h3 ?? g.h4 ?? g.h5);
    const minute = Number(g.m1 ?? g.m2 ?? g.m3 ?? g.m5 ?? 0);
    const ap = (g.ap1 ?? g.ap4)?.toLowerCase().replace(/[\s.]/g, '');
    if (ap === 'pm' && hour < 12) hour += 12;
    if (ap === 'am' && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) continue;
    // (a number with a decimal point and nothing that makes it a clock time is a measure when a unit follows: 9.58 seconds, 2.45 km)
    if (g.h1 !== undefined && ap === undefined && !m[0].includes(':') && measuredBy(folded.slice(m.index + m[0].length, m.index + m[0].length + UNIT_WINDOW))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, hour, minute });
  }
  return out;
}

export const timeTerm = (t: Pick<TimeExpression, 'hour' | 'minute'>) => `${t.hour}:${String(t.minute).padStart(2, '0')}`;
