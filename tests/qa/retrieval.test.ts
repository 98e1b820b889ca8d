import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval.js';
import { normalize } from '../../src/lang/normalize.js';
import { ask } from '../../src/qa/answer.js';
import { bundledIndex, devQuestions, fixtureIndex, fixtureQuestions, moreFixtureIndex, moreFixtureQuestions, thirdFixtureIndex, thirdFixtureQuestions } from '../helpers/index.js';

const fold = (s: string) => normalize(s).replace(/\s+/g, ' ');

const fixtures = await fixtureIndex();
const fixtureSet = await fixtureQuestions();
const more = await moreFixtureIndex();
const moreSet = await moreFixtureQuestions();
const third = await thirdFixtureIndex();
const thirdSet = await thirdFixtureQuestions();
const sets = [...fixtureSet.map((q) => ({ index: fixtures, q })), ...moreSet.map((q) => ({ index: more, q })), ...thirdSet.map((q) => ({ index: third, q }))];

describe('cross-lingual retrieval over several incidents', () => {
  it.each(sets.filter(({ q }) => q.answerable).map(({ index, q }) => [q.id, index, q] as const))('%s: the first citation is the passage that answers', (_id, index, q) => {
    const answer = ask(index, q.question);
    const first = answer.citations[0];
    expect(first, 'no citation').toBeDefined();
    expect(q.source, `cited ${first!.source}: "${first!.quote}"`).toContain(first!.source);
    expect(q.evidence!.some((e) => fold(first!.quote).includes(fold(e))), `first quote: "${first!.quote}"`).toBe(true);
  });

  it('never answers a question about one incident from another incident’s article, in any language', () => {
    const incidentOf = (id: string) => (/^\d{3}_/.test(id) ? 'aiims' : id);
    for (const { index, q } of sets.filter(({ q: x }) => x.answerable)) {
      const cited = ask(index, q.question).citations.map((c) => incidentOf(c.source));
      expect(cited[0], q.id).toBe(incidentOf(q.source![0]!));
    }
  });

  it('covers questions in Hindi, Bengali, English and romanized Hindi and Bengali', () => {
    expect(new Set(fixtureSet.map((q) => q.lang))).toEqual(new Set(['hi', 'bn', 'en', 'hi-Latn', 'bn-Latn']));
  });
});

describe('the dev set', () => {
  it('puts the expected evidence first for every answerable question, in every language group', async () => {
    const report = evaluate(await bundledIndex(), await devQuestions());
    for (const [lang, figures] of Object.entries(report.byLanguage)) {
      if (figures.answerable > 0) expect(figures.evidenceAt1, lang).toBe(1);
    }
    const misses = report.outcomes.filter((o) => o.answerable && !o.evidenceAt1).map((o) => o.id);
    expect(misses).toEqual([]);
  });
});

describe('the dev set answers', () => {
  it('are right for at least 95% of the questions with expected answers, abstain on all three unanswerable ones and on no answerable one', async () => {
    const report = evaluate(await bundledIndex(), await devQuestions());
    expect(report.overall.answerAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.abstainedUnanswerable).toBe('3/3');
    expect(report.overall.falseAbstentions).toBe(0);
    expect(report.overall.quotesVerbatim).toBe(1);
  });
});
