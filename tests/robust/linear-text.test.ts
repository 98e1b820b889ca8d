import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { MAX_LINE, isBoilerplate, paragraphs, sentences, type Span } from '../../src/corpus/clean.js';
import { MAX_PASSAGE, passagesOf } from '../../src/corpus/passages.js';
import { analyzeArticle } from '../../src/search/index.js';
import { analyzeQuery } from '../../src/lang/analyze.js';

/** What hostile text is made of: stops, brackets, colons, initials and abbreviations, promotions, huge words. */
const PIECES = [
  '. ', '.', '. . . . ', '।', '॥ ', '? ', '! ', ' ', '  ', '\n', '\r\n', '\n\n', '\t',
  '[', ']', '{', '}', '[[[[', ':', ': : : ', 'Dr. ', 'A. K. ', 'no. ', '9:30 ', '6.45 pm ', '১,২০০ ',
  'app ', 'download ', 'Download the app ', 'Also read: ', 'Related ', 'ये भी पढ़ें- ',
  'servers were hacked ', 'पांच सर्वर हैक किए गए', 'পাঁচটি সার্ভার ', '\u094D', '\u200D', '👩‍💻',
];
/** A piece repeated: enough of them make lines longer than MAX_LINE and words longer than any window. */
const run = fc.record({ piece: fc.constantFrom(...PIECES, 'a', 'स', '.'), times: fc.integer({ min: 1, max: 4000 }) }).map(({ piece, times }) => piece.repeat(times));
const body = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: run }), { minLength: 1, maxLength: 60 }).map((a) => a.join(''));

const HAS_TEXT = /[\p{L}\p{Nd}]/u;
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function expectOrderedInside(spans: readonly Span[], outer: Span) {
  let at = outer.start;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(at);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(outer.end);
    at = s.end;
  }
}

/** Offsets of the letters and digits of `text` (from `from`) that no span covers. */
function uncovered(text: string, spans: readonly Span[], from: Span): number[] {
  const covered = new Uint8Array(from.end - from.start);
  for (const s of spans) covered.fill(1, Math.max(0, s.start - from.start), Math.max(0, s.end - from.start));
  const out: number[] = [];
  for (let i = from.start; i < from.end; i++) if (!covered[i - from.start] && HAS_TEXT.test(text[i]!)) out.push(i);
  return out;
}

describe('cleaning and analysis of hostile text', () => {
  it('gives in-body, ordered, non-overlapping spans and loses no text but boilerplate and repeats', () => {
    fc.assert(
      fc.property(body, (text) => {
        const whole = { start: 0, end: text.length };
        const paras = paragraphs(text);
        expectOrderedInside(paras, whole);
        const kept = new Set(paras.map((p) => squash(text.slice(p.start, p.end))));
        // a letter outside every paragraph is in a boilerplate line, or in a line kept once already
        const lineStarts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
        for (const i of uncovered(text, paras, whole)) {
          const start = lineStarts.findLast((s) => s <= i)!;
          const end = text.slice(start).search(/[\r\n]|$/) + start;
          const line = text.slice(start, end);
          expect(line.trim().length <= MAX_LINE && (isBoilerplate(line) || kept.has(squash(line)))).toBe(true);
        }
        for (const p of paras) {
          const sents = sentences(text, p);
          expectOrderedInside(sents, p);
          expect(uncovered(text, sents, p)).toEqual([]);
        }
        const passages = passagesOf({ id: 'x', body: text, title: 'title' });
        expectOrderedInside(passages, whole);
        for (const p of passages) expect(p.end - p.start).toBeLessThanOrEqual(MAX_PASSAGE);
        const inSentences = paras.flatMap((p) => sentences(text, p));
        for (const s of inSentences) expect(uncovered(text, passages, s)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('analyzes hostile articles into one set of terms per passage', () => {
    fc.assert(
      fc.property(body, fc.constantFrom('hi', 'bn', 'en'), (text, language) => {
        const article: Article = { id: 'x', file: 'x.md', title: 't', language: language as Article['language'], outlet: null, url: null, published: null, body: text };
        const analyzed = analyzeArticle(article);
        expect(analyzed.docs.length).toBe(analyzed.passages.length);
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * The fastest of a few timings of `fn`, in milliseconds: what the work itself costs, with the pauses
 * other processes and the garbage collector add to some runs left out (a median still caught them on a
 * busy machine).
 */
function fastestMs(fn: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** One-line articles of `size` characters, of the shapes that were quadratic. */
const SHAPES: Record<string, (size: number) => string> = {
  'running text': (size) => {
    let s = '';
    for (let i = 0; s.length < size; i++) s += `The police said that ${i} servers were hacked on Tuesday at 9:30 am. `;
    return s;
  },
  'full stops after long words': (size) => `${'कुलपांचसर्वरहैक'.repeat(8)}. `.repeat(Math.ceil(size / 122)),
  'app and download everywhere': (size) => 'app download '.repeat(Math.ceil(size / 13)),
  'stops and brackets': (size) => '. [ Dr. { A. : '.repeat(Math.ceil(size / 15)),
};

describe('processing time grows linearly with the size of a one-line article', () => {
  // a quadratic pass makes four times the text take sixteen times as long; linear, about four
  const n = 100_000;
  it.each(Object.keys(SHAPES))('%s: four times the text takes less than eight times as long', (shape) => {
    const make = SHAPES[shape]!;
    const article = (size: number): Article => ({ id: 'x', file: 'x.md', title: 't', language: 'en', outlet: null, url: null, published: null, body: make(size) });
    const small = article(n);
    const large = article(4 * n);
    analyzeArticle(small); // warm up the regex and lexicon caches
    const ratio = fastestMs(() => analyzeArticle(large)) / fastestMs(() => analyzeArticle(small));
    expect(ratio).toBeLessThan(8);
  });
});

describe('reading a question grows linearly with its length (the command line takes up to 2,000 characters)', () => {
  // every clock time in a question used to scan all its tokens again
  // small enough that the garbage collector does not bend the figures, repeated to be measurable
  const n = 10_000;
  const repeated = (text: string) => () => {
    for (let i = 0; i < 5; i++) analyzeQuery(text);
  };
  it.each(Object.keys(SHAPES))('%s: four times the question takes less than eight times as long', (shape) => {
    const make = SHAPES[shape]!;
    const small = repeated(make(n));
    const large = repeated(make(4 * n));
    small();
    large();
    expect(fastestMs(large, 7) / fastestMs(small, 7)).toBeLessThan(8);
  });
});

describe('splitting one long line into sentences grows linearly up to the longest line kept whole', () => {
  // lines are cut at MAX_LINE, so a pass that looks back over the whole line would be quadratic only
  // inside a line: measured here on one line of many full stops, a quarter of MAX_LINE against all of it
  it('four times the line takes less than eight times as long', () => {
    const line = (size: number) => 'Dr. Sharma said five. '.repeat(Math.ceil(size / 22)).slice(0, size);
    const many = (size: number) => {
      const text = line(size);
      return () => {
        for (let i = 0; i < 50; i++) sentences(text, { start: 0, end: text.length });
      };
    };
    const small = many(MAX_LINE / 4);
    const large = many(MAX_LINE);
    small();
    large();
    expect(fastestMs(large, 7) / fastestMs(small, 7)).toBeLessThan(8);
  });
});
