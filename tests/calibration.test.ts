import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseThreshold, collectExamples, fitAbstention, MAX_FALSE_ABSTENTION, modelModule } from '../src/calibration.js';
import { readManifest } from '../src/eval.js';
import { ABSTENTION_MODEL } from '../src/qa/data/abstention-model.js';
import { ROOT } from './helpers/corpus.js';
import { buildIndex } from './helpers/index.js';

describe('the operating point', () => {
  it('abstains on at most 3% of the answerable questions, and on one more would exceed it', () => {
    const scored = fc.array(fc.record({ set: fc.constantFrom('a', 'b'), answerable: fc.boolean(), p: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 300 });
    fc.assert(
      fc.property(scored, (examples) => {
        const answerable = examples.filter((e) => e.answerable).map((e) => e.p);
        if (answerable.length === 0) return true;
        const threshold = chooseThreshold(examples);
        const abstained = answerable.filter((p) => p < threshold).length;
        if (abstained > Math.floor(MAX_FALSE_ABSTENTION * answerable.length)) return false;
        // the threshold is as high as the bound allows: the lowest answered question (barring ties) would be one too many
        const answered = answerable.filter((p) => p >= threshold).sort((a, b) => a - b);
        const next = answered[0];
        return next === undefined || answerable.filter((p) => p <= next).length > Math.floor(MAX_FALSE_ABSTENTION * answerable.length);
      }),
    );
  });
});

describe('the abstention model in the repository', () => {
  it('is what npm run calibrate fits from the current code and dev sets', { timeout: 120_000 }, async () => {
    const sets = await readManifest(path.join(ROOT, 'eval/sets.json'));
    const examples = await collectExamples(sets, (dir) => buildIndex(dir));
    const model = fitAbstention(examples);
    expect(modelModule(model, 'x').split('\n').slice(2)).toEqual(modelModule(ABSTENTION_MODEL, 'x').split('\n').slice(2));
  });
});
