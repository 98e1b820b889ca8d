import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lang/script.js';
import { ask } from '../../src/qa/answer.js';
import type { Answer, Citation } from '../../src/qa/types.js';
import { MESSAGES } from '../../src/render/i18n.js';
import { renderText } from '../../src/render/text.js';
import { bundledIndex, conflictIndex } from '../helpers/index.js';

const bundled = await bundledIndex();

describe('the text reply', () => {
  it('speaks the asker’s language and leaves quotes in the article’s', () => {
    const bn = renderText(ask(bundled, 'এইমসের কতগুলো সার্ভার হ্যাক হয়েছিল?'));
    expect(bn).toMatch(/^উত্তর: पांच सर्वर \(৫\)$/m);
    expect(bn).toMatch(/^> IFSO के सूत्रों ने .*\*\*पांच सर्वर\*\*.* \[1\]$/m);
    expect(bn).toMatch(/^সূত্র$/m);
    expect(bn).toMatch(/^\[1\] चीन के इशारे पर .* · হিন্দি$/m);
    const en = renderText(ask(bundled, 'How many servers were hacked at AIIMS?'));
    expect(en).toMatch(/^Answer: पांच सर्वर \(5\)$/m);
    expect(en).toMatch(/· Hindi$/m);
  });

  it('numbers each article once however many of its passages are quoted', () => {
    const text = renderText(ask(bundled, 'एम्स के कितने सर्वर हैक हुए?'));
    expect(text.match(/^\[\d\] /gm)).toEqual(['[1] ']);
    expect(text.match(/\[1\]$/gm)!.length).toBeGreaterThan(1);
  });

  it('says when the articles do not answer, which part of the question they do not cover, and what they cover', () => {
    // the articles tell of the hack, not of any arrest
    const text = renderText(ask(bundled, 'हैकर्स को कब गिरफ्तार किया गया?'));
    expect(text).toMatch(/^लेखों में इसका उत्तर नहीं है।\nलेखों में “गिरफ्तार” के बारे में कुछ नहीं कहा गया है।\nइन लेखों में यह है:\n- /);
    expect(text).toContain('Zee 24 Ghanta');
  });

  it('says when the sources disagree and shows both with their sources', async () => {
    const text = renderText(ask(await conflictIndex(), 'What ransom did the hackers demand from AIIMS?'));
    expect(text).toMatch(/^The sources disagree:$/m);
    expect(text).toMatch(/^\[2\] Delhi Police deny ransom demand .* · 2022-11-29 · English · https:\/\/example\.org/m);
  });

  it('for any answer: every quote appears whole, marks are balanced, and every number refers to a listed source', () => {
    const citation = fc
      .record({
        source: fc.constantFrom('a', 'b', 'c'),
        title: fc.string({ minLength: 1, maxLength: 40 }),
        outlet: fc.option(fc.string({ maxLength: 20 })),
        language: fc.constantFrom(...LANGUAGES),
        url: fc.option(fc.webUrl()),
        published: fc.option(fc.constant('2022-11-26T15:22:00+05:30')),
        quote: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }).filter((q) => !q.includes('*') && !q.includes('\n')),
        start: fc.nat(),
        end: fc.nat(),
      })
      .chain((c) =>
        fc.option(fc.tuple(fc.nat({ max: c.quote.length }), fc.nat({ max: c.quote.length }))).map((h) => ({
          ...c,
          highlight: h ? { start: Math.min(...h), end: Math.max(...h) } : null,
        })),
      ) as fc.Arbitrary<Citation>;
    const answer = fc.record({
      question: fc.string(),
      language: fc.constantFrom(...LANGUAGES),
      answer: fc.option(fc.string({ maxLength: 30 })),
      reading: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
      abstained: fc.constant(false),
      conflict: fc.boolean(),
      citations: fc.array(citation, { minLength: 1, maxLength: 3 }),
    }) as fc.Arbitrary<Answer>;
    fc.assert(
      fc.property(answer, (a) => {
        const text = renderText(a);
        const m = MESSAGES[a.language];
        expect(text).toContain(m.sources);
        // the short answer as the source writes it, its reading after it in brackets
        if (a.answer !== null) expect(text).toContain(`${m.answer}: ${a.answer}${a.reading !== undefined ? ` (${a.reading})` : ''}`);
        const listed = new Set([...text.matchAll(/^\[(\d)\] /gm)].map((x) => x[1]));
        const quoteLines = text.split('\n').filter((l) => l.startsWith('> '));
        expect(quoteLines).toHaveLength(a.citations.length);
        quoteLines.forEach((line, i) => {
          const c = a.citations[i]!;
          const n = /\[(\d)\]$/.exec(line)![1]!;
          expect(listed.has(n)).toBe(true);
          const unmarked = line.slice(2, line.lastIndexOf(' [')).replace(/\*\*/g, '');
          expect(unmarked).toBe(c.quote);
          expect((line.match(/\*\*/g) ?? []).length % 2).toBe(0);
        });
        expect(listed.size).toBe(new Set(a.citations.map((c) => c.source)).size);
      }),
      { numRuns: 1000 },
    );
  });
});
