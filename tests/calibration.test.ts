import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseThreshold, collectExamples, fitAbstention, fitAbstentionModels, MAX_FALSE_ABSTENTION, MAX_FALSE_ABSTENTION_ACROSS, modelModule } from '../src/calibration.js';
import { ABSTENTION_FEATURES, languagePair, type AbstentionFeature } from '../src/qa/abstain.js';
import { readManifest } from '../src/eval.js';
import { ABSTENTION_MODELS } from '../src/qa/data/abstention-model.js';
import { ROOT } from './helpers/corpus.js';
import { buildIndex } from './helpers/index.js';

describe('the operating point', () => {
  it.each([MAX_FALSE_ABSTENTION, MAX_FALSE_ABSTENTION_ACROSS])('abstains on at most %s of the answerable questions, and on one more would exceed it', (bound) => {
    const scored = fc.array(fc.record({ set: fc.constantFrom('a', 'b'), answerable: fc.boolean(), p: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 300 });
    fc.assert(
      fc.property(scored, (examples) => {
        const answerable = examples.filter((e) => e.answerable).map((e) => e.p);
        if (answerable.length === 0) return true;
        const threshold = chooseThreshold(examples, bound);
        const abstained = answerable.filter((p) => p < threshold).length;
        if (abstained > Math.floor(bound * answerable.length)) return false;
        // the threshold is as high as the bound allows: the lowest answered question (barring ties) would be one too many
        const answered = answerable.filter((p) => p >= threshold).sort((a, b) => a - b);
        const next = answered[0];
        return next === undefined || answerable.filter((p) => p <= next).length > Math.floor(bound * answerable.length);
      }),
    );
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
    expect(languagePair('hi', 'bn')).toBe('own');
    expect(languagePair('en', 'en')).toBe('own');
    expect(languagePair('en', 'hi')).toBe('fromEnglish');
    expect(languagePair('bn', 'en')).toBe('intoEnglish');
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

describe('the fit', () => {
  it('leaves out a feature that is the same for every question, as it tells nothing', () => {
    const feature = (answerable: boolean, i: number) =>
      Object.fromEntries(ABSTENTION_FEATURES.map((name) => [name, name === 'sounded' ? 1 : (answerable ? 0.6 : 0.3) + (i % 5) * 0.05])) as Record<AbstentionFeature, number>;
    const examples = Array.from({ length: 40 }, (_v, i) => ({ set: 's', answerable: i % 2 === 0, pair: 'own' as const, x: feature(i % 2 === 0, i) }));
    const model = fitAbstention(examples);
    expect(model.features).not.toContain('sounded');
    expect(model.features.length).toBeGreaterThan(0);
  });
});
