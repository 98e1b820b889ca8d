import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRENGTH, analyzeQuery } from '../../src/lang/analyze.js';
import { spellings } from '../../src/lang/spelling.js';

/** Levenshtein distance, the textbook table: the oracle the radix tree's search is checked against. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

describe('slips of the keyboard', () => {
  it('reads an unknown English stem as the known one a letter away, and leaves known, short and far words alone', () => {
    expect(spellings('hackd')).toEqual(['hack']);
    expect(spellings('attak')).toEqual(['attack']);
    expect(spellings('demnd')).toEqual(['demand']);
    expect(spellings('hack')).toEqual([]);
    expect(spellings('wer')).toEqual([]);
    expect(spellings('kuechli')).toEqual([]);
    expect(spellings('l1ke')).toEqual([]);
  });

  it('gives only known stems, each as near as the nearest, within one edit (two from seven letters), never the word itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aeiouhackrstnmdlp'), minLength: 0, maxLength: 10 }), (stem) => {
        const found = spellings(stem);
        expect(found.length).toBeLessThan(3);
        const distances = found.map((s) => distance(s, stem));
        for (const [k, s] of found.entries()) {
          expect(s).not.toBe(stem);
          expect(distances[k]).toBeLessThanOrEqual(stem.length >= 7 ? 2 : 1);
          expect(distances[k]).toBe(distances[0]);
          // a known stem is no slip for another
          expect(spellings(s)).toEqual([]);
        }
        if (stem.length < 4) expect(found).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('adds what the known word would be found as to an English question word, for less, but not to a name', () => {
    const unit = analyzeQuery('How many servers were hackd?').units.find((u) => u.raw === 'hackd')!;
    expect(unit.alts).toContainEqual({ field: 'stem', term: 'hack', strength: STRENGTH.stem * STRENGTH.slip });
    expect(unit.alts.some((a) => a.field === 'concept' && a.term === 'hack')).toBe(true);
    // capitalized inside the question, it is a name: its own word
    const name = analyzeQuery('How many servers did Hackd attack?').units.find((u) => u.raw === 'Hackd')!;
    expect(name.alts.some((a) => a.term === 'hack')).toBe(false);
    // the first few unknown words only: a question of dozens of them is no slip, and each costs a look-up
    const many = analyzeQuery('hackd attak demnd ransm hackd attak demnd ransm hackd attak');
    const slipped = many.units.filter((u) => u.alts.some((a) => a.strength === STRENGTH.stem * STRENGTH.slip));
    expect(slipped.map((u) => u.at)).toEqual([0, 1, 2, 3, 4, 5]);
    // a romanized Hindi question's words are no English slips
    expect(analyzeQuery('hackers ne kitna paisa manga').units.flatMap((u) => u.alts).some((a) => a.strength < 1 && a.term === 'mango')).toBe(false);
  });
});
