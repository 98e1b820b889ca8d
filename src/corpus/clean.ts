/**
 * Cleaning decides which spans of an article body are running text. It never rewrites the body:
 * everything it returns is an offset pair into the body, and the text is always `body.slice`.
 */
import { isMonthName, isShortMonth, isWeekdayName } from '../lang/lexicon.js';
import { endsWithMeridiem } from '../lang/time.js';
import { isAbbreviation, isInCapitals, isLetterName } from '../lang/words.js';

export interface Span {
  start: number;
  end: number;
}

/** Lines that belong to the page around the article, not to the article ("read also", app promotions, datelines). */
const BOILERPLATE: RegExp[] = [
  // "Read also" in Hindi, Bengali and English, with whatever dash or colon follows.
  /^(?:ये|यह|इसे|इन्हें|इसको)\s+भी\s+पढ़/u,
  /^(?:और|अधिक|ज़्यादा|जरूर)\s+पढ़ें/u,
  /^पढ़ें\s*[:：\-–—]/u,
  /^(?:আরও|আরো|এটাও|এটিও|আর(?:ও)?)\s+(?:পড়ুন|পড়ুন|দেখুন)/u,
  /^পড়ুন\s*[:：\-–—]/u,
  /^(?:also\s+read|read\s+also|read\s+more|also\s+see|see\s+also|related|recommended)\b/iu,
  // Bylines and update stamps.
  /^(?:updated|published|last\s+updated|first\s+published|posted)(?:\s+(?:by|on|at))?\s*:/iu,
  /^(?:अपडेटेड|अपडेट|प्रकाशित|पब्लिश्ड)(?:\s+\S+)?\s*:/u,
  /^(?:আপডেট|প্রকাশিত|প্রকাশ)(?:\s+\S+)?\s*:/u,
  // App and social-media promotions.
  // anchored, each gap bounded by the longest line looked at (MAX_BOILERPLATE_LINE)
  /^.{0,500}?\b(?:app|এপ|অ্যাপ|ऐप|एप)\b.{0,500}?(?:download|ডাউনলোড|डाउनलोड)|^.{0,500}?(?:download|ডাউনলোড|डाउनलोड).{0,500}?\b(?:app|অ্যাপ|ऐप)\b/iu,
  /^\(?\s*(?:follow\s+us|subscribe\s+to|join\s+our|click\s+here)\b/iu,
  /^(?:हमें|हमसे)\s.{0,500}?(?:फॉलो|फ़ॉलो|सब्सक्राइब)/u,
  /^(?:আমাদের)\s.{0,500}?(?:ফলো|সাবস্ক্রাইব)/u,
].map((re) => new RegExp(re.source.normalize('NFC'), re.flags));

const HAS_TEXT = /[\p{L}\p{Nd}]/u;
const WORD = /[\p{L}\p{M}\p{Nd}]+/gu;

/**
 * A line longer than this is not a "read also" line or a promotion, whatever it starts with: those are
 * a sentence or two. Bounding it also bounds the promotion patterns, which look anywhere in the line.
 */
const MAX_BOILERPLATE_LINE = 500;

export function isBoilerplate(line: string): boolean {
  const text = line.normalize('NFC').trim();
  if (!HAS_TEXT.test(text)) return true;
  if (text.length > MAX_BOILERPLATE_LINE) return false;
  return BOILERPLATE.some((re) => re.test(text));
}

interface Line extends Span {
  words: number;
  text: boolean;
  /** A piece of a line longer than MAX_LINE: never dropped as a repeat, since the split is ours. */
  piece: boolean;
}

/**
 * A line longer than this (UTF-16 units) is read as several, so that no pass over a paragraph is ever
 * given more than this much at once: a one-line article of a megabyte is many paragraphs, not one.
 */
export const MAX_LINE = 10_000;
/** How far back from MAX_LINE a long line looks for a sentence end or a space to split at. */
const SPLIT_WINDOW = 2_000;

const SPACE = /\s/;
const STOP = /[.।॥?!]/;

/** Where to end the piece of a long line that starts at `start` (at most MAX_LINE after it). */
function splitPoint(body: string, start: number, end: number): number {
  const limit = start + MAX_LINE;
  if (end <= limit) return end;
  let space = -1;
  for (let i = limit; i > limit - SPLIT_WINDOW; i--) {
    if (!SPACE.test(body[i]!)) continue;
    if (STOP.test(body[i - 1]!)) return i; // after a sentence end
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  // no space near the limit (one huge word): cut at it, never inside a surrogate pair
  return /[\uD800-\uDBFF]/.test(body[limit - 1]!) ? limit - 1 : limit;
}

function lineAt(body: string, from: number, to: number, piece: boolean): Line {
  let start = from;
  let end = to;
  while (start < end && SPACE.test(body[start]!)) start++;
  while (end > start && SPACE.test(body[end - 1]!)) end--;
  const text = body.slice(start, end);
  // a piece of a long line is not a line of its own: it cannot be a "read also" line or a promotion
  const running = piece ? HAS_TEXT.test(text) : text.length > 0 && !isBoilerplate(text);
  return { start, end, words: text.match(WORD)?.length ?? 0, text: running, piece };
}

function linesOf(body: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (const m of body.matchAll(re)) {
    if (m[0].length === 0) break;
    const end = m.index + m[0].replace(/[\r\n]+$/, '').length;
    const piece = end - m.index > MAX_LINE;
    for (let from = m.index; from < end; ) {
      const to = splitPoint(body, from, end);
      lines.push(lineAt(body, from, to, piece));
      from = to;
    }
    if (end === m.index) lines.push(lineAt(body, m.index, m.index, false));
  }
  return lines;
}

/** A run of at least this many consecutive one- or two-word lines is running text broken by a scraper. */
const BROKEN_RUN = 4;

/**
 * The paragraphs of a body: each non-blank, non-boilerplate line is a paragraph, except that a run of
 * one-word lines (a scraping artifact) is one paragraph of running text. Repeated paragraphs (a
 * headline printed twice) are kept once.
 */
export function paragraphs(body: string): Span[] {
  const lines = linesOf(body);
  const out: Span[] = [];
  const seen = new Set<string>();
  const push = (span: Span, piece = false) => {
    if (piece) return void out.push(span);
    const key = body.slice(span.start, span.end).normalize('NFC').replace(/\s+/g, ' ');
    if (seen.has(key)) return;
    seen.add(key);
    out.push(span);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text) continue;
    let j = i;
    while (j + 1 < lines.length && lines[j + 1]!.text && lines[j + 1]!.words <= 2 && lines[j]!.words <= 2) j++;
    if (j - i + 1 >= BROKEN_RUN) {
      push({ start: line.start, end: lines[j]!.end });
      i = j;
    } else {
      push({ start: line.start, end: line.end }, line.piece);
    }
  }
  return out;
}

/**
 * Sentence ends: danda, double danda, ?, !, and a full stop that is not a decimal point; `endsSentence`
 * then keeps a full stop after a short form or an initial, or before a lower-case word, inside its sentence.
 */
const SENTENCE_END = /[।॥?!]+["'”’)\]]*|\.(?!\d)["'”’)\]]*/gu;

/** How far either side of a full stop is read for the word before it and the text after it: longer than any short form, so the answer is the same. */
const WINDOW = 32;
/** The word before a full stop, with its vowel signs (डॉ, एम). */
const WORD_BEFORE = /[\p{L}\p{M}]+$/u;
/** What starts the text after a full stop and a space: a Latin lower-case letter continues the sentence ("(i.e. \"two shifts\")", "A. b. minor"). */
const CONTINUES = /^\s+["'“‘([]*\p{Ll}/u;
/** What starts the text after a full stop and a space: a digit, which a lower-case short form may stand before (c. 1921). */
const DIGIT_NEXT = /^\s+\p{Nd}/u;
/** What starts the text after a full stop and a space: a number, perhaps in brackets (Sec. 66, et al. (2021)). */
const NUMBER_NEXT = /^\s+[([]?\p{Nd}/u;
/** The word after a full stop and a space, and what follows it: an apostrophe (Sunday's) or a number (Nov. 24, May 3). */
const WORD_NEXT = /^\s+([\p{L}\p{M}]+)(['’]|\.?\s*\p{Nd})?/u;

/**
 * Whether a mark ends its sentence. A full stop does not after a short form of the language data (Dr.,
 * डॉ.), a capital letter (an initial: A. K. Sharma), a lower-case letter or a month written short before a
 * number (c. 1921, Nov. 23, Sept. 2021), a clock's a.m. or p.m. before the day it is on ("6:45 a.m.
 * Wednesday", "5 p.m. Nov. 24"), or, in text that ends its sentences with the danda, a Latin letter as Hindi or
 * Bengali writes an initial (एम. के. वर्मा); nor before a lower-case word.
 */
function endsSentence(text: string, at: number, mark: string, after: number, danda: boolean): boolean {
  if (!mark.startsWith('.')) return true;
  const next = text.slice(after, after + WINDOW);
  if (CONTINUES.test(next)) return false;
  // a bounded window: a word that fills it is longer than any short form or initial either way
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - WINDOW), at));
  if (!before) return true;
  const word = before[0];
  if (word.length === 1 && /\p{Lu}/u.test(word) && /\p{Script=Latin}/u.test(word)) return false;
  const digitNext = DIGIT_NEXT.test(next);
  if (word.length === 1 && /\p{Ll}/u.test(word) && digitNext) return false;
  if (digitNext && isShortMonth(word)) return false;
  // (after a.m. or p.m., the day the time is on goes on with it: a weekday, not in the possessive, which
  // starts a sentence of its own, "Sunday's rally"; or a month before its day, "5 p.m. Nov. 24", not "May the…")
  const following = WORD_NEXT.exec(next);
  if (following && endsWithMeridiem(text, at)) {
    const nextWord = following[1]!;
    const then = following[2];
    const possessive = then === "'" || then === '’';
    if ((isWeekdayName(nextWord) && !possessive) || (isMonthName(nextWord) && then !== undefined && !possessive)) return false;
  }
  return !isAbbreviation(word, { number: NUMBER_NEXT.test(next), capitals: following !== null && isInCapitals(following[1]!) }) && !(danda && isLetterName(word));
}

/** The sentences of a span, trimmed, as spans of the body. */
export function sentences(body: string, span: Span): Span[] {
  const text = body.slice(span.start, span.end);
  // (a text that ends its sentences with the danda writes a full stop only after a short form or an initial)
  const danda = /[।॥]/u.test(text);
  const out: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const after = m.index + m[0].length;
    if (after < text.length && !/\s/.test(text[after]!)) continue;
    if (!endsSentence(text, m.index, m[0], after, danda)) continue;
    out.push({ start: from, end: after });
    from = after;
  }
  if (from < text.length) out.push({ start: from, end: text.length });
  return out
    .map((s) => trimSpan(text, s))
    .filter((s) => HAS_TEXT.test(text.slice(s.start, s.end)))
    .map((s) => ({ start: span.start + s.start, end: span.start + s.end }));
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The text of a span as a reader sees it: the body's characters with every whitespace run made one space. */
export function spanText(body: string, span: Span): string {
  return body.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}
