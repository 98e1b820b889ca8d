import { describe, expect, it } from 'vitest';
import { spanText } from '../../src/corpus/clean.js';
import { ask } from '../../src/qa/answer.js';
import type { SearchIndex } from '../../src/search/index.js';
import { bundledIndex, conflictIndex, devQuestions, fixtureIndex, fixtureQuestions } from '../helpers/index.js';

const cases: [string, SearchIndex, string[]][] = [
  ['dev', await bundledIndex(), (await devQuestions()).map((q) => q.question)],
  ['fixtures', await fixtureIndex(), (await fixtureQuestions()).map((q) => q.question)],
  ['conflict', await conflictIndex(), ['What ransom did the hackers demand from AIIMS?', 'एम्स के कितने सर्वर हैक हुए?', 'How many AIIMS servers were hacked?']],
];

describe.each(cases)('every quote in the %s answers', (_name, index, questions) => {
  it('is verbatim: one or two sentences of its article between its offsets, at most 300 characters', () => {
    for (const q of questions) {
      const a = ask(index, q);
      expect(a.citations.length).toBeLessThanOrEqual(3);
      expect(new Set(a.citations.map((c) => c.quote)).size, q).toBe(a.citations.length);
      for (const c of a.citations) {
        const body = index.article(c.source)!.body;
        expect(spanText(body, c), q).toBe(c.quote);
        expect(c.quote.length).toBeLessThanOrEqual(300);
        expect(c.quote.split(/[।?!.](?:\s|$)/u).filter((x) => x.trim()).length, c.quote).toBeLessThanOrEqual(2);
      }
    }
  });

  it('highlights the short answer inside the first quote, as the answer gives it', () => {
    for (const q of questions) {
      const a = ask(index, q);
      const first = a.citations[0];
      if (!first?.highlight) continue;
      const span = first.quote.slice(first.highlight.start, first.highlight.end);
      expect(a.answer!.startsWith(span), `${q}: ${span} / ${a.answer}`).toBe(true);
    }
  });
});
