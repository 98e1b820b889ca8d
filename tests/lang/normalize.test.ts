import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDigits, normalize } from '../../src/lang/normalize.js';

describe('normalize', () => {
  it('folds Devanagari, Bengali and other scripts’ digits to ASCII', () => {
    expect(foldDigits('१,६००')).toBe('1,600');
    expect(foldDigits('৬টা৪৫')).toBe('6টা45');
    expect(foldDigits('٣ and ௫')).toBe('3 and 5');
  });

  it('removes zero-width characters and composes to NFC', () => {
    expect(normalize('क्\u200Dष')).toBe(normalize('क्ष'));
    expect(normalize('ड\u093C')).toBe(normalize('ड़'));
    expect(normalize('AIIMS')).toBe('aiims');
  });

  it('maps every decimal digit of every script to the same ASCII digit as its position', () => {
    const zeros = [0x30, 0x660, 0x966, 0x9e6, 0xa66, 0xae6, 0xbe6, 0xe50, 0xff10];
    fc.assert(
      fc.property(fc.constantFrom(...zeros), fc.integer({ min: 0, max: 9 }), (zero, d) => {
        expect(foldDigits(String.fromCodePoint(zero + d))).toBe(String(d));
      }),
    );
  });

  it('is idempotent and never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = normalize(s);
        expect(normalize(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});
