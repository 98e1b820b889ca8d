import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitLogistic, MAX_STANDARD_SCORE, probability, type Example } from '../../src/qa/logistic.js';

/** Examples whose label follows the first feature (above 0.5 is a 1), with a second feature of noise. */
function examples(n: number): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < n; i++) {
    const signal = (i * 37) % 101 / 100;
    const noise = (i * 53) % 89 / 88;
    // a few labels against the signal, so the classes overlap and the fit stays finite
    const flipped = i % 17 === 0;
    out.push({ x: [signal, noise], y: (signal > 0.5) !== flipped ? 1 : 0 });
  }
  return out;
}

describe('logistic regression', () => {
  it('learns which feature tells the classes apart: a high signal is likely a 1, a low one likely a 0', () => {
    const model = fitLogistic(examples(400));
    expect(probability(model, [0.9, 0.5])).toBeGreaterThan(0.8);
    expect(probability(model, [0.1, 0.5])).toBeLessThan(0.2);
    expect(Math.abs(model.weights[0]!)).toBeGreaterThan(5 * Math.abs(model.weights[1]!));
  });

  it('gives the same model for the same examples, so a calibration can be reproduced exactly', () => {
    expect(fitLogistic(examples(300))).toEqual(fitLogistic(examples(300)));
  });

  it('lets heavier examples pull the boundary: weighing the 0s up lowers the probability of a borderline case', () => {
    const plain = fitLogistic(examples(400));
    const zerosHeavy = fitLogistic(examples(400).map((e) => ({ ...e, weight: e.y === 0 ? 4 : 1 })));
    expect(probability(zerosHeavy, [0.55, 0.5])).toBeLessThan(probability(plain, [0.55, 0.5]));
  });

  it('always gives a probability between 0 and 1 that rises with a feature of positive weight', () => {
    const model = fitLogistic(examples(200));
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), (a, step, noise) => {
        const p = probability(model, [a, noise]);
        const q = probability(model, [a + step, noise]);
        return p >= 0 && p <= 1 && q >= p;
      }),
    );
  });

  it('lets no feature pull further than three standard deviations: a value far outside the fit says what the edge says', () => {
    const model = fitLogistic(examples(200));
    const edge = model.means[1]! + MAX_STANDARD_SCORE * model.scales[1]!;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (beyond) => probability(model, [0.5, edge + beyond]) === probability(model, [0.5, edge])),
    );
  });

  it('refuses to fit nothing', () => {
    expect(() => fitLogistic([])).toThrow(/no examples/);
  });
});
