import { termKey, unitConcepts, type AnalyzedText, type QueryUnit } from '../lang/analyze.js';
import { concept, label, withParents } from '../lang/lexicon.js';
import { canonicalNumber, isYear } from '../lang/numbers.js';
import { isStopword } from '../lang/stopwords.js';
import { DATE_CONCEPTS, DAY_PART_CONCEPTS, breaksName, breaksPhrase, isAscii, isLatinName, isPartOfWhole, isQualifierJoiner, isTimeJoiner } from '../lang/words.js';
import { COUNT_REACH, unitPositions, type PassageText } from './passage.js';
import { ACTOR_CONCEPTS, MONEY_CONCEPTS, PLACE_CONCEPTS, type QuestionPlan } from './question.js';

/** The span of a passage that answers the question, and a reading of it any asker can use. */
export interface ShortAnswer {
  /** Offsets of the span in the article body. */
  start: number;
  end: number;
  /** The span as the source writes it, whitespace runs made one space. */
  text: string;
  /** Digits, an English time, a name in English: null when the span says it plainly already. */
  normalized: string | null;
  /** What two answers share when they agree: the value, not the wording. */
  value: AnswerValue;
}

/** The value of a short answer, by the kind of answer it is. */
export type AnswerValue =
  | { kind: 'count'; n: number }
  | { kind: 'money'; amount: number }
  | TimeValue
  /** Lexicon concepts the answer names (Delhi Police; ProtonMail), in the order of the passage. */
  | { kind: 'name'; ids: string[] }
  /** The words that qualify what a "which" asks about, lower-cased, when the lexicon does not name them. */
  | { kind: 'words'; text: string };

/** A time as far as the source gives it: a day (a weekday, a month, today), a clock time read with its part of the day, or a part of the day alone. */
export interface TimeValue {
  kind: 'time';
  /** The concept naming the day. */
  day?: string;
  clock?: { hour: number; minute: number };
  /** The concept naming the part of the day. */
  part?: string;
}

/** The question, read once, and one passage: what extraction reads. */
interface ExtractInput extends PassageText {
  plan: QuestionPlan;
}

const conceptsAt = (text: AnalyzedText, i: number): string[] => text.concepts[i]!;

function span(input: ExtractInput, first: number, last: number): { start: number; end: number; text: string } {
  const start = input.offset + input.text.tokens[first]!.start;
  const end = input.offset + input.text.tokens[last]!.end;
  return { start, end, text: input.body.slice(start, end).replace(/\s+/g, ' ') };
}

const grouped = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : canonicalNumber(n));

/** Tokens that belong to a clock time, not to a count. */
function inTimes(text: AnalyzedText, i: number): boolean {
  const t = text.tokens[i]!;
  return text.times.some((x) => t.start >= x.start && t.end <= x.end);
}

function hasConcept(text: AnalyzedText, from: number, to: number, ids: Set<string>): number | undefined {
  for (let i = Math.max(0, from); i <= Math.min(text.tokens.length - 1, to); i++) {
    if (conceptsAt(text, i).some((c) => ids.has(c))) return i;
  }
  return undefined;
}

const MORE = new Set(['more']);
const ABOUT = new Set(['about']);

/** A count: the number standing by what is counted; "1,200 of 5,000" where the source says so. */
function count(input: ExtractInput): ShortAnswer | undefined {
  const { text } = input;
  const numbers = text.numbers.filter((n) => !inTimes(text, n.first) && !isYear(n.value));
  if (numbers.length === 0) return undefined;
  const targets = input.plan.focus ? unitPositions(text, input.plan.focus) : [];
  let best = numbers[0]!;
  let bestDistance = Infinity;
  let target: number | undefined;
  for (const n of numbers) {
    for (const t of targets) {
      // before what it counts is how all three languages write a count; after it is second best
      const d = t > n.last ? t - n.last : n.first > t ? (n.first - t) * 1.5 : Infinity;
      if (d <= COUNT_REACH * 1.5 && d < bestDistance) {
        best = n;
        bestDistance = d;
        target = t;
      }
    }
  }
  // what is counted stands in the passage, but no number beside it: the passage does not give the count
  if (targets.length > 0 && target === undefined) return undefined;
  let chosen = best;
  let of: number | undefined;
  // "three of the utility's twelve servers": the count is the number before "of"
  const ofAt = text.tokens.findIndex((t, i) => i < best.first && i >= best.first - 4 && t.norm === 'of');
  const before = ofAt > 0 ? numbers.find((n) => n.last === ofAt - 1) : undefined;
  if (before) {
    of = best.value;
    chosen = before;
  } else {
    // "5,000 में से लगभग 1,200", "৫০টির মধ্যে ২০টি": the whole it is a part of comes first
    const whole = numbers.find((n) => n.last < chosen.first && chosen.first - n.last <= 4 && isPartOfWhole(text.tokens[n.last + 1]?.norm ?? ''));
    if (whole) of = whole.value;
  }
  const first = of !== undefined && !before ? numbers.find((n) => n.value === of && n.last < chosen.first)!.first : chosen.first;
  // the span runs on to what is counted across adjectives and qualifiers ("पांच मुख्य सर्वरों", "1,600 से अधिक
  // बार"), but a postposition that is not part of a qualifier ends the phrase: "दो आरोपियों को गिरफ्तार" is "दो आरोपियों"
  const qualifier = (k: number) => conceptsAt(text, k).some((c) => MORE.has(c) || ABOUT.has(c));
  const functionWord = (k: number) => isStopword(text.tokens[k]!.norm, input.language) || isStopword(text.tokens[k]!.norm, 'en');
  const breaks = (k: number) => functionWord(k) && !qualifier(k) && !qualifier(k + 1);
  let last = chosen.last;
  if (before && target !== undefined) last = target;
  else if (target !== undefined && target > chosen.last && !Array.from({ length: target - chosen.last - 1 }, (_v, k) => breaks(chosen.last + 1 + k)).some(Boolean)) last = target;
  else if (chosen.last + 1 < text.tokens.length && !functionWord(chosen.last + 1) && !text.tokens[chosen.last + 1]!.numeric) last = chosen.last + 1;
  const s = span(input, first, last);
  const more = hasConcept(text, chosen.last + 1, target ?? chosen.last + 2, MORE) !== undefined;
  const about = hasConcept(text, chosen.first - 2, chosen.first - 1, ABOUT) !== undefined;
  const reading = `${more ? 'more than ' : about ? 'about ' : ''}${grouped(chosen.value)}${of !== undefined ? ` of ${grouped(of)}` : ''}`;
  return { ...s, normalized: reading, value: { kind: 'count', n: chosen.value } };
}

const CURRENCY: Record<string, string> = { rupee: '₹', dollar: '$' };
const CRYPTO = new Set(['cryptocurrency']);

function moneyReading(value: number, currency: string | undefined): string {
  const sym = currency ? (CURRENCY[currency] ?? '') : '';
  const scale: [number, string][] = sym === '$' ? [[1e9, 'billion'], [1e6, 'million']] : [[1e7, 'crore'], [1e5, 'lakh']];
  for (const [size, name] of scale) if (value >= size) return `${sym}${canonicalNumber(value / size)} ${name}`;
  return `${sym}${grouped(value)}`;
}

/** An amount: the number with its currency, and what it is in ("in cryptocurrency") when the source says. */
function money(input: ExtractInput): ShortAnswer | undefined {
  const { text } = input;
  const numbers = text.numbers.filter((n) => !inTimes(text, n.first) && !isYear(n.value));
  const currencyIds = new Set([...MONEY_CONCEPTS]);
  let pick: { n: (typeof numbers)[number]; currencyAt: number | undefined } | undefined;
  for (const n of numbers) {
    const at = hasConcept(text, n.last + 1, n.last + 2, currencyIds) ?? hasConcept(text, n.first - 1, n.first - 1, currencyIds);
    if (at !== undefined || n.value >= 1e5) {
      pick = { n, currencyAt: at };
      if (at !== undefined) break;
    }
  }
  if (!pick) return undefined;
  const { n, currencyAt } = pick;
  const currency = currencyAt === undefined ? undefined : conceptsAt(text, currencyAt).find((c) => CURRENCY[c] !== undefined);
  let last = Math.max(n.last, currencyAt ?? n.last);
  const crypto = hasConcept(text, last + 1, last + 4, CRYPTO);
  if (crypto !== undefined) {
    last = crypto;
    while (last + 1 < text.tokens.length && conceptsAt(text, last + 1).some((c) => CRYPTO.has(c))) last++;
  }
  const s = span(input, Math.min(n.first, currencyAt ?? n.first), last);
  const reading = `${moneyReading(n.value, currency)}${crypto !== undefined ? ' in cryptocurrency' : ''}`;
  return { ...s, normalized: reading, value: { kind: 'money', amount: n.value } };
}

/** A clock hour read with the part of the day the source names: রাত ১০টা is 22:00, রাত ২টা is 2:00. */
function withPartOfDay(hour: number, part: string | undefined): number {
  if (hour >= 12 || part === undefined || part === 'morning') return hour;
  if (part === 'night') return hour >= 6 ? hour + 12 : hour;
  if (part === 'evening') return hour >= 3 ? hour + 12 : hour;
  if (part === 'afternoon') return hour <= 6 ? hour + 12 : hour;
  return hour;
}

const capitalized = (s: string | undefined) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

function clock(hour: number, minute: number): string {
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return `${h}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'am' : 'pm'}`;
}

/** A time: the clock time with the day before it (বুধবার সকাল ৬টা৪৫ → Wednesday 6:45 am), or the day alone. */
function time(input: ExtractInput): ShortAnswer | undefined {
  const { text } = input;
  const dayOf = (i: number) => conceptsAt(text, i).find((c) => DATE_CONCEPTS.has(c));
  const partOf = (i: number) => conceptsAt(text, i).find((c) => DAY_PART_CONCEPTS.has(c));
  const tokenIndex = (offset: number) => text.tokens.findIndex((t) => t.start >= offset);
  const endIndex = (offset: number) => {
    let k = -1;
    text.tokens.forEach((t, i) => {
      if (t.end <= offset) k = i;
    });
    return k;
  };
  const t = text.times[0];
  let first: number;
  let last: number;
  let day: string | undefined;
  let part: string | undefined;
  if (t) {
    first = tokenIndex(t.start);
    last = endIndex(t.end);
    if (first < 0 || last < first) return undefined;
    for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
      const d = dayOf(i);
      const p = partOf(i);
      // a connecting word ("on Sunday at", "सुबह के") may stand between, but the span starts at a day or a part of the day
      if (!d && !p && !isTimeJoiner(text.tokens[i]!.norm)) break;
      if (d) day = d;
      if (p) part = p;
      if (d || p) first = i;
    }
    const hour = withPartOfDay(t.hour, part);
    const s = span(input, first, last);
    const reading = [capitalized(day ? label(day, 'en') : undefined), clock(hour, t.minute)].filter(Boolean).join(' ');
    return { ...s, normalized: reading, value: { kind: 'time', ...(day ? { day } : {}), clock: { hour, minute: t.minute }, ...(part ? { part } : {}) } };
  }
  const d = text.tokens.findIndex((_t, i) => dayOf(i) !== undefined);
  if (d < 0) return undefined;
  day = dayOf(d)!;
  last = d;
  if (d + 1 < text.tokens.length && partOf(d + 1)) {
    part = partOf(d + 1);
    last = d + 1;
  }
  const s = span(input, d, last);
  const reading = [capitalized(label(day, 'en')), part ? label(part, 'en') : undefined].filter(Boolean).join(' ');
  return { ...s, normalized: reading, value: { kind: 'time', day, ...(part ? { part } : {}) } };
}

/** The English names of concepts in order, each once (a phrase's words share its concept). */
const englishOf = (ids: string[]) => [...new Set(ids)].map((c) => label(c, 'en')).filter(Boolean).join(' ');

/** The text between two adjacent tokens. */
function gap(input: ExtractInput, a: number, b: number): string {
  return input.body.slice(input.offset + input.text.tokens[a]!.end, input.offset + input.text.tokens[b]!.start);
}

/** Tokens of a passage that stand for one of the question's units. */
function questionPositions(input: ExtractInput): Set<number> {
  return new Set(input.plan.units.flatMap((u) => unitPositions(input.text, u)));
}

/**
 * A person or a place: a named one before a kind of one, and of those the nearest to the question's
 * own words (whose details → "वीवीआईपी लोगों का विवरण"), with the names beside it (चीनी हैकर्स,
 * Maharashtra Cyber police). Nothing the question already names is its answer.
 */
function named(input: ExtractInput, kinds: Set<string>): ShortAnswer | undefined {
  const { text } = input;
  const inQuestion = input.plan.asked;
  const near = questionPositions(input);
  const kindOf = (i: number) => {
    const all = conceptsAt(text, i);
    if (all.some((c) => inQuestion.has(c))) return [];
    const ids = all.filter((c) => withParents(c).some((p) => kinds.has(p)));
    const parents = new Set(ids.flatMap((c) => withParents(c).slice(1)));
    return ids.filter((c) => !parents.has(c));
  };
  const distance = (i: number) => Math.min(99, ...[...near].filter((k) => k !== i).map((k) => Math.abs(k - i)));
  let best: { i: number; named: boolean; distance: number } | undefined;
  for (let i = 0; i < text.tokens.length; i++) {
    const ids = kindOf(i);
    if (ids.length === 0) continue;
    const cand = { i, named: ids.some((c) => concept(c)?.entity), distance: distance(i) };
    if (!best || (cand.named && !best.named) || (cand.named === best.named && cand.distance < best.distance)) best = cand;
  }
  if (!best) return undefined;
  const latin = isAscii(text.tokens[best.i]!.raw);
  // words of the same kind, or capitalized words in Latin text, joined to it without punctuation
  const joins = (i: number, from: number) =>
    i >= 0 &&
    i < text.tokens.length &&
    !near.has(i) &&
    (kindOf(i).length > 0 || (latin && isLatinName(text.tokens[i]!.raw) && !conceptsAt(text, i).some((c) => inQuestion.has(c)))) &&
    !breaksName(gap(input, Math.min(i, from), Math.max(i, from)));
  let first = best.i;
  let last = best.i;
  while (joins(first - 1, first)) first--;
  while (joins(last + 1, last)) last++;
  const ids: string[] = [];
  for (let i = first; i <= last; i++) for (const c of kindOf(i)) if (!ids.includes(c)) ids.push(c);
  const s = span(input, first, last);
  const english = isAscii(s.text) ? null : englishOf(ids) || null;
  return { ...s, normalized: english, value: { kind: 'name', ids } };
}

/**
 * A "which X" or "what X" answer: the kind of X the passage names (ProtonMail for "which email"), or
 * the words that qualify X there (ব্যাক-আপ সার্ভার for "which server").
 */
function which(input: ExtractInput): ShortAnswer | undefined {
  for (const focus of input.plan.which) {
    const found = whichOf(input, focus);
    if (found) return found.answer;
  }
  return undefined;
}

/**
 * How surely a passage answers a "which X": 1 when it names a kind of X (ProtonMail for "which email
 * service"), 0.75 when it only qualifies X (ডিজিটাল হেলথকেয়ার সার্ভিস), 0 when neither.
 */
export function whichStrength(plan: QuestionPlan, passage: PassageText): number {
  const input = { ...passage, plan };
  let best = 0;
  for (const focus of plan.which) {
    const found = whichOf(input, focus);
    if (found) best = Math.max(best, found.kind === 'narrower' ? 1 : 0.75);
  }
  return best;
}

function whichOf(input: ExtractInput, focus: QueryUnit): { answer: ShortAnswer; kind: 'narrower' | 'qualified' } | undefined {
  const { text } = input;
  const focusConcepts = new Set(unitConcepts(focus));
  const focusWords = new Set(focus.alts.filter((a) => a.field !== 'concept').map((a) => termKey(a.field, a.term)));
  const inQuestion = input.plan.asked;
  // a narrower kind of what is asked about: ProtonMail is an email
  for (let i = 0; i < text.tokens.length; i++) {
    const kind = conceptsAt(text, i).find((c) => !focusConcepts.has(c) && !inQuestion.has(c) && withParents(c).slice(1).some((p) => focusConcepts.has(p)));
    if (kind) {
      let last = i;
      while (last + 1 < text.tokens.length && conceptsAt(text, last + 1).includes(kind)) last++;
      return { answer: { ...span(input, i, last), normalized: label(kind, 'en') ?? null, value: { kind: 'name', ids: [kind] } }, kind: 'narrower' };
    }
  }
  const at = text.tokens.findIndex((_t, i) => [...text.keys[i]!].some((k) => focusWords.has(k)) || conceptsAt(text, i).some((c) => focusConcepts.has(c)));
  if (at <= 0) return undefined;
  let first = at;
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const tok = text.tokens[i]!;
    // a qualifier may be joined by a genitive (विदेश के एक गिरोह) or an article-like "one"
    const joiner = isQualifierJoiner(tok.norm);
    if (joiner && i > 0 && i < at - 0) continue;
    if (tok.numeric || isStopword(tok.norm, input.language) || isStopword(tok.norm, 'en')) break;
    // a qualifier the question already has is not the answer
    if (conceptsAt(text, i).some((c) => inQuestion.has(c))) break;
    // only words joined to X: a comma or a danda in between ends the qualifier
    if (breaksPhrase(gap(input, i, i + 1))) break;
    first = i;
  }
  if (first === at) return undefined;
  const s = span(input, first, at);
  const ids = Array.from({ length: at - first + 1 }, (_v, k) => conceptsAt(text, first + k)[0]).filter((c): c is string => c !== undefined);
  return { answer: { ...s, normalized: ids.length === at - first + 1 ? englishOf(ids) : null, value: { kind: 'words', text: s.text.toLowerCase() } }, kind: 'qualified' };
}

/** Two parts of a day agree unless both are given and differ: a clock time and a part of the day differ. */
function sameMoment(a: TimeValue, b: TimeValue): boolean {
  const x = a.clock ?? a.part;
  const y = b.clock ?? b.part;
  if (x === undefined || y === undefined) return true;
  if (typeof x === 'string' || typeof y === 'string') return x === y;
  return x.hour === y.hour && x.minute === y.minute;
}

/**
 * Whether two answers give the same value. Times agree unless a part both give differs: "Wednesday"
 * and "Wednesday 6:45 am" agree, "Wednesday" and "Friday" do not. Numbers agree to three decimals.
 */
export function sameValue(a: ShortAnswer, b: ShortAnswer): boolean {
  const x = a.value;
  const y = b.value;
  switch (x.kind) {
    case 'time':
      return y.kind === 'time' && (!x.day || !y.day || x.day === y.day) && sameMoment(x, y);
    case 'count':
      return y.kind === 'count' && canonicalNumber(x.n) === canonicalNumber(y.n);
    case 'money':
      return y.kind === 'money' && canonicalNumber(x.amount) === canonicalNumber(y.amount);
    case 'name':
      return y.kind === 'name' && x.ids.length === y.ids.length && x.ids.every((id, k) => id === y.ids[k]);
    case 'words':
      return y.kind === 'words' && x.text === y.text;
  }
}

/** The short answer a passage gives to a question of the type the plan asks for, if it gives one. */
export function extractAnswer(plan: QuestionPlan, passage: PassageText): ShortAnswer | undefined {
  const input: ExtractInput = { ...passage, plan };
  switch (plan.type) {
    case 'count':
      return count(input);
    case 'money':
      return money(input);
    case 'time':
      return time(input);
    case 'person':
      return named(input, ACTOR_CONCEPTS);
    case 'place':
      return named(input, PLACE_CONCEPTS);
    case 'thing':
      return which(input);
  }
}
