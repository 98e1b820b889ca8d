import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerEmbed, escapeText, fragmentLink } from '../../src/bot/embed.js';
import { truncate, withinLimits } from '../../src/bot/limits.js';
import { LANGUAGES } from '../../src/lang/script.js';
import type { Answer, Citation } from '../../src/qa/types.js';

const graphemes = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((x) => x.segment);

/** Text as hostile as article text and questions get: scripts, emoji sequences, markdown, mentions, long words. */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 400 }),
  fc.array(fc.constantFrom('क्षत्रिय', 'হ্যাকার', '👩‍👩‍👧‍👦', '🇮🇳', '**', '__', '`', '> ', '@everyone', '<@123456789012345678>', '[x](http://e.x)', '\u200d', 'a'.repeat(50), '\n', '|| ||', '# ', '- '), { maxLength: 80 }).map((a) => a.join('')),
);

const citation: fc.Arbitrary<Citation> = fc
  .record({
    source: fc.constantFrom('a', 'b', 'c', 'd'),
    title: nasty,
    outlet: fc.option(nasty),
    language: fc.constantFrom(...LANGUAGES),
    url: fc.option(fc.webUrl()),
    published: fc.option(fc.constant('2022-11-26')),
    quote: nasty.filter((q) => q.length > 0),
    start: fc.nat(),
    end: fc.nat(),
  })
  .chain((c) => fc.option(fc.tuple(fc.nat({ max: c.quote.length }), fc.nat({ max: c.quote.length }))).map((h) => ({ ...c, highlight: h ? { start: Math.min(...h), end: Math.max(...h) } : null })));

const answer: fc.Arbitrary<Answer> = fc.record({
  question: nasty,
  language: fc.constantFrom(...LANGUAGES),
  answer: fc.option(nasty),
  abstained: fc.boolean(),
  conflict: fc.boolean(),
  citations: fc.array(citation, { minLength: 1, maxLength: 3 }),
  suggestions: fc.array(fc.record({ source: fc.string(), title: nasty, outlet: fc.option(nasty), language: fc.constantFrom(...LANGUAGES) }), { maxLength: 3 }),
});

describe('the answer embed', () => {
  it('keeps every Discord limit for any answer and any article text', () => {
    fc.assert(
      fc.property(answer, (a) => {
        const e = answerEmbed(a);
        expect(withinLimits(e), JSON.stringify(e).slice(0, 300)).toBe(true);
        if (!a.abstained) expect(e.description!.split('\n').filter((l) => l.startsWith('> '))).toHaveLength(a.citations.length);
      }),
      { numRuns: Number(process.env.SAKSHI_PROPERTY_RUNS ?? 2000) },
    );
  });

  it('escapes markdown in quotes so that article text cannot format, link or hide', () => {
    const a: Answer = {
      question: 'q',
      language: 'en',
      answer: null,
      abstained: false,
      conflict: false,
      citations: [{ source: 's', title: 'T', outlet: null, language: 'en', url: null, published: null, quote: '**bold** [link](http://evil.example) ||spoiler|| `code`', start: 0, end: 1, highlight: null }],
    };
    const d = answerEmbed(a).description!;
    expect(d).toContain('\\*\\*bold\\*\\*');
    expect(d).toContain('\\[link\\]');
    expect(d).toContain('\\|\\|spoiler\\|\\|');
    expect(d).toContain('\\`code\\`');
  });

  it('links a source to the quoted passage with a URL text fragment', () => {
    expect(fragmentLink('https://example.org/a#top', 'The officer said six servers of the hospital had been hacked, not five')).toBe(
      'https://example.org/a#:~:text=The%20officer%20said%20six,been%20hacked%2C%20not%20five',
    );
    expect(fragmentLink('https://example.org/a', 'ব্যাক-আপ সার্ভার')).toContain('%2D');
  });
});

describe('truncate', () => {
  it('cuts only between graphemes, within the limit, marking the cut', () => {
    fc.assert(
      fc.property(nasty, fc.integer({ min: 1, max: 300 }), (text, max) => {
        const out = truncate(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (out === text) return;
        expect(out.endsWith('…')).toBe(true);
        const kept = graphemes(out.slice(0, -1));
        expect(graphemes(text).slice(0, kept.length)).toEqual(kept);
      }),
      { numRuns: 2000 },
    );
  });

  it('never splits a Devanagari conjunct or an emoji family', () => {
    // a conjunct is one grapheme: it is kept whole or left out, never cut after its virama
    for (let max = 2; max < 12; max++) expect(truncate('नमस्ते दुनिया', max)).not.toMatch(/\u094D…$/);
    expect(truncate('ab👩‍👩‍👧‍👦cd', 5)).toBe('ab…');
    expect(truncate('👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 12)).toBe('👩‍👩‍👧‍👦…');
  });
});

describe('escapeText', () => {
  it('leaves plain text of any script as it is', () => {
    expect(escapeText('IFSO के सूत्रों ने खुलासा किया है। এইমস-এর সার্ভার')).toBe('IFSO के सूत्रों ने खुलासा किया है। এইমস-এর সার্ভার');
  });
  it('is never longer than a small multiple of the text, so limits stay predictable', () => {
    fc.assert(
      fc.property(nasty, (t) => {
        expect(escapeText(t).length).toBeLessThanOrEqual(t.length * 2 + 1);
      }),
    );
  });
});
