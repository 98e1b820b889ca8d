import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseThreshold, collectExamples, fitAbstention, fitAbstentionModels, MAX_FALSE_ABSTENTION, MAX_FALSE_ABSTENTION_ACROSS, modelModule } from '../src/calibration.js';
import { ABSTENTION_FEATURES, languagePair, modelProbability, type AbstentionFeature } from '../src/qa/abstain.js';
import { readManifest } from '../src/eval.js';
import { ABSTENTION_MODELS } from '../src/qa/data/abstention-model.js';
import { ROOT } from './helpers/corpus.js';
import { buildIndex } from './helpers/index.js';

describe('the operating point', () => {
  it.each([MAX_FALSE_ABSTENTION, MAX_FALSE_ABSTENTION_ACROSS])(
    'abstains on at most %s of the answerable questions, all together and in each set large enough to show it, and on one more would exceed it',
    (bound) => {
      const scored = fc.array(fc.record({ set: fc.constantFrom('a', 'b', 'c'), answerable: fc.boolean(), p: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 300 });
      fc.assert(
        fc.property(scored, (examples) => {
          const answerable = examples.filter((e) => e.answerable);
          if (answerable.length === 0) return true;
          const threshold = chooseThreshold(examples, bound);
          // the groups the bound holds for: all questions, and each set where it allows one abstained
          const groups = [answerable, ...['a', 'b', 'c'].map((s) => answerable.filter((e) => e.set === s))].filter((g, i) => i === 0 || Math.floor(bound * g.length) >= 1);
          const over = (g: typeof answerable, t: (p: number) => boolean) => g.filter((e) => t(e.p)).length > Math.floor(bound * g.length);
          if (groups.some((g) => over(g, (p) => p < threshold))) return false;
          // the threshold is as high as the bound allows: the lowest answered question (barring ties) would be one too many for some group
          const next = answerable.filter((e) => e.p >= threshold).sort((a, b) => a.p - b.p)[0];
          return next === undefined || groups.some((g) => over(g, (p) => p <= next.p));
        }),
      );
    },
  );

  it('holds the bound in a large set that fares worse than the others, not only on average', () => {
    // set a: 100 answerable questions, 10 of them scored low; set b: 100, none low. At 5%, all together allow
    // 10 of 200, but set a alone allows 5
    const examples = [
      ...Array.from({ length: 100 }, (_v, i) => ({ set: 'a', answerable: true, p: i < 10 ? 0.1 + i * 0.01 : 0.9 })),
      ...Array.from({ length: 100 }, () => ({ set: 'b', answerable: true, p: 0.9 })),
    ];
    const threshold = chooseThreshold(examples, 0.05);
    expect(examples.filter((e) => e.set === 'a' && e.p < threshold)).toHaveLength(5);
  });
});

describe('the operating point between two scores with no number between them', () => {
  it('abstains on the lower one all the same (subnormal scores, where halfway rounds down to it)', () => {
    const examples = [2e-323, ...Array.from({ length: 9 }, () => 2.5e-323)].map((p) => ({ answerable: true, p }));
    const threshold = chooseThreshold(examples, 0.1);
    expect(examples.filter((e) => e.p < threshold)).toHaveLength(1);
  });
});

describe('which model judges a question', () => {
  it('is its own language’s, or Hindi and Bengali’s together, unless it crosses English and an Indic language, each way apart', () => {
    expect(languagePair('hi', 'bn')).toBe('indic');
    expect(languagePair('bn', 'bn')).toBe('indic');
    expect(languagePair('en', 'en')).toBe('english');
    expect(languagePair('en', 'hi')).toBe('fromEnglish');
    expect(languagePair('bn', 'en')).toBe('intoEnglish');
  });

  it('pairs a romanized Hindi or Bengali question by its script: over Hindi text as English is, over English text as English', () => {
    expect(languagePair('hi', 'hi', true)).toBe('fromEnglish');
    expect(languagePair('bn', 'hi', true)).toBe('fromEnglish');
    expect(languagePair('hi', 'en', true)).toBe('english');
  });
});

describe('the abstention model in the repository', () => {
  it('is what npm run calibrate fits from the current code and dev sets', { timeout: 120_000 }, async () => {
    const sets = await readManifest(path.join(ROOT, 'eval/sets.json'));
    const examples = await collectExamples(sets, (dir) => buildIndex(dir));
    const models = fitAbstentionModels(examples);
    expect(modelModule(models, 'x').split('\n').slice(2)).toEqual(modelModule(ABSTENTION_MODELS, 'x').split('\n').slice(2));
  });
});

describe('the models for questions in their own language', () => {
  const x = (p: number) => Object.fromEntries(ABSTENTION_FEATURES.map((name) => [name, p])) as Record<AbstentionFeature, number>;
  // English and Hindi questions alike, but the Hindi answerable ones score lower: one fit, two operating points
  const examples = (hindiAnswerable: number) => [
    ...Array.from({ length: 100 }, (_v, i) => ({ set: 'en', answerable: true, pair: 'english' as const, x: x(0.5 + (i % 10) * 0.05) })),
    ...Array.from({ length: 100 }, (_v, i) => ({ set: 'en-u', answerable: false, pair: 'english' as const, x: x((i % 10) * 0.05) })),
    ...Array.from({ length: hindiAnswerable }, (_v, i) => ({ set: 'hi', answerable: true, pair: 'indic' as const, x: x(0.3 + (i % 10) * 0.05) })),
    ...Array.from({ length: 100 }, (_v, i) => ({ set: 'hi-u', answerable: false, pair: 'indic' as const, x: x((i % 10) * 0.04) })),
  ];

  it('share one fit, each language at its own operating point, so that the bound holds for the askers of each', () => {
    const models = fitAbstentionModels(examples(100));
    expect(models.indic.weights).toEqual(models.english.weights);
    expect(models.indic.threshold).toBeLessThan(models.english.threshold);
    for (const [pair, set] of [['english', 'en'], ['indic', 'hi']] as const) {
      const m = models[pair];
      const answerable = examples(100).filter((e) => e.set === set);
      expect(answerable.filter((e) => modelProbability(m, e.x) < m.threshold).length, pair).toBeLessThanOrEqual(Math.floor(MAX_FALSE_ABSTENTION * answerable.length));
    }
  });

  it('are written with their shared fit once, each pair with its own operating point', () => {
    const models = fitAbstentionModels(examples(100));
    const text = modelModule(models, 'x');
    const weightsLine = `weights: [${models.english.weights.map((w) => Number(w.toPrecision(12))).join(', ')}]`;
    expect(text.split(weightsLine)).toHaveLength(2);
    expect(text).toContain(`threshold: ${Number(models.english.threshold.toPrecision(12))}`);
    expect(text).toContain(`threshold: ${Number(models.indic.threshold.toPrecision(12))}`);
  });

  it('take the operating point of all same-language questions for a language with too few answerable ones to show its own', () => {
    const models = fitAbstentionModels(examples(20));
    expect(models.indic.threshold).toBe(fitAbstention(examples(20).filter((e) => e.pair === 'english' || e.pair === 'indic')).threshold);
  });
});

describe('the fit', () => {
  it('leaves out a feature that is the same for every question, as it tells nothing', () => {
    const feature = (answerable: boolean, i: number) =>
      Object.fromEntries(ABSTENTION_FEATURES.map((name) => [name, name === 'sounded' ? 1 : (answerable ? 0.6 : 0.3) + (i % 5) * 0.05])) as Record<AbstentionFeature, number>;
    const examples = Array.from({ length: 40 }, (_v, i) => ({ set: 's', answerable: i % 2 === 0, pair: 'english' as const, x: feature(i % 2 === 0, i) }));
    const model = fitAbstention(examples);
    expect(model.features).not.toContain('sounded');
    expect(model.features.length).toBeGreaterThan(0);
  });

  it('weighs the answerable questions more: midway between two kinds as many and as spread, a question is judged answerable', () => {
    // coverage alone tells them apart, each answerable one as far above 0.45 as an unanswerable one is below
    // it, some of either on the other side: weighed alike, the fit would put 0.45 at even odds
    const feature = (coverage: number) => Object.fromEntries(ABSTENTION_FEATURES.map((name) => [name, name === 'coverage' ? coverage : 0.5])) as Record<AbstentionFeature, number>;
    const examples = Array.from({ length: 40 }, (_v, i) => {
      const answerable = i % 2 === 0;
      const apart = -0.1 + (Math.floor(i / 2) % 10) * 0.04;
      return { set: 's', answerable, pair: 'english' as const, x: feature(answerable ? 0.45 + apart : 0.45 - apart) };
    });
    const model = fitAbstention(examples);
    expect(model.features).toEqual(['coverage']);
    expect(modelProbability(model, feature(0.45))).toBeGreaterThan(0.6);
  });
});
