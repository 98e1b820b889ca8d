import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { MAX_LINE, isBoilerplate, paragraphs, sentences, type Span } from '../../src/corpus/clean.js';
import { MAX_PASSAGE, passagesOf } from '../../src/corpus/passages.js';
import { analyzeArticle } from '../../src/search/index.js';

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
