import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/lang/tokenize.js';

const norms = (s: string) => tokenize(s).map((t) => t.norm);

describe('tokenize', () => {
  it('keeps matras and viramas inside Devanagari and Bengali words and splits on the danda', () => {
    expect(norms('कुल पांच सर्वर को हैक किया गया था।')).toEqual(['कुल', 'पांच', 'सर्वर', 'को', 'हैक', 'किया', 'गया', 'था']);
    expect(norms('এইমস-এর ব্যাক-আপ সার্ভার')).toEqual(['এইমস', 'এর', 'ব্যাক', 'আপ', 'সার্ভার']);
  });

  it('splits digits from letters and folds them: ৬টা৪৫ is 6, টা, 45', () => {
    expect(norms('৬টা৪৫')).toEqual(['6', 'টা', '45']);
  });

  it('reads grouped numbers, Indian grouping included, as one number', () => {
    expect(norms('1,600 से अधिक')).toEqual(['1600', 'से', 'अधिक']);
    expect(norms('১,০০,০০০ টাকা')).toEqual(['100000', 'টাকা']);
  });

  it('gives offsets that slice the input to the raw token', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        for (const t of tokenize(s)) {
          expect(s.slice(t.start, t.end)).toBe(t.raw);
          expect(t.norm.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('returns tokens in order and never overlapping', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('सर्वर', 'হ্যাক', 'AIIMS', '৫', '1,200', ' ', '।', '\n', '-', '\u200D'), { maxLength: 40 }), (parts) => {
        const tokens = tokenize(parts.join(''));
        for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
      }),
    );
  });
});
