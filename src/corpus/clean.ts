/**
 * Cleaning decides which spans of an article body are running text. It never rewrites the body:
 * everything it returns is an offset pair into the body, and the text is always `body.slice`.
 */

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
  /\b(?:app|এপ|অ্যাপ|ऐप|एप)\b.*(?:download|ডাউনলোড|डाउनलोड)|(?:download|ডাউনলোড|डाउनलोड).*\b(?:app|অ্যাপ|ऐप)\b/iu,
  /^\(?\s*(?:follow\s+us|subscribe\s+to|join\s+our|click\s+here)\b/iu,
  /^(?:हमें|हमसे)\s.*(?:फॉलो|फ़ॉलो|सब्सक्राइब)/u,
  /^(?:আমাদের)\s.*(?:ফলো|সাবস্ক্রাইব)/u,
].map((re) => new RegExp(re.source.normalize('NFC'), re.flags));

const HAS_TEXT = /[\p{L}\p{Nd}]/u;
const WORD = /[\p{L}\p{M}\p{Nd}]+/gu;

export function isBoilerplate(line: string): boolean {
  const text = line.normalize('NFC').trim();
  if (!HAS_TEXT.test(text)) return true;
  return BOILERPLATE.some((re) => re.test(text));
}

interface Line extends Span {
  words: number;
  text: boolean;
}

function linesOf(body: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (const m of body.matchAll(re)) {
    if (m[0].length === 0) break;
    const content = m[0].replace(/[\r\n]+$/, '');
    const lead = content.length - content.trimStart().length;
    const start = m.index + lead;
    const end = m.index + content.trimEnd().length;
    const text = content.trim();
    lines.push({
      start,
      end: Math.max(start, end),
      words: text.match(WORD)?.length ?? 0,
      text: text.length > 0 && !isBoilerplate(text),
    });
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
  const push = (span: Span) => {
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
      push({ start: line.start, end: line.end });
    }
  }
  return out;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'etc', 'sr', 'jr', 'inc', 'ltd', 'co', 'govt', 'dept', 'rs', 'gen', 'col', 'lt', 'capt', 'sgt', 'insp', 'supt']);

/** Sentence ends: danda, double danda, ?, !, and a full stop that is not an abbreviation or a decimal point. */
const SENTENCE_END = /[।॥?!]+["'”’)\]]*|\.(?!\d)["'”’)\]]*/gu;

function endsSentence(text: string, at: number, mark: string): boolean {
  if (!mark.startsWith('.')) return true;
  const before = /([\p{L}]+)$/u.exec(text.slice(0, at));
  if (!before) return true;
  const word = before[1]!;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // initials: A. K. Sharma
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentences of a span, trimmed, as spans of the body. */
export function sentences(body: string, span: Span): Span[] {
  const text = body.slice(span.start, span.end);
  const out: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const after = m.index + m[0].length;
    if (after < text.length && !/\s/.test(text[after]!)) continue;
    if (!endsSentence(text, m.index, m[0])) continue;
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
