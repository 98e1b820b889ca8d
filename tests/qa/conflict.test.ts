import { describe, expect, it } from 'vitest';
import { ask } from '../../src/qa/answer.js';
import { sameValue, type AnswerValue } from '../../src/qa/extract.js';
import { conflictIndex } from '../helpers/index.js';

const index = await conflictIndex();
const DENIAL = 'en-aiims-police-denial';
const HINDI = '000_9b279fca6304d5ce';

describe('comparing answers', () => {
  const time = (value: AnswerValue) => ({ start: 0, end: 0, text: '', normalized: null, value });
  const at = (hour: number, minute: number) => ({ hour, minute });
  it('takes times to agree unless a part both give differs', () => {
    expect(sameValue(time({ kind: 'time', day: 'wednesday', clock: at(6, 45) }), time({ kind: 'time', day: 'wednesday' }))).toBe(true);
    expect(sameValue(time({ kind: 'time', clock: at(6, 45) }), time({ kind: 'time', day: 'wednesday', clock: at(6, 45) }))).toBe(true);
    expect(sameValue(time({ kind: 'time', day: 'wednesday', clock: at(6, 45) }), time({ kind: 'time', day: 'friday', clock: at(6, 45) }))).toBe(false);
    expect(sameValue(time({ kind: 'time', day: 'wednesday', clock: at(6, 45) }), time({ kind: 'time', day: 'wednesday', clock: at(18, 45) }))).toBe(false);
    expect(sameValue(time({ kind: 'count', n: 5 }), time({ kind: 'count', n: 6 }))).toBe(false);
  });
});

describe('disagreement between sources', () => {
  it('shows a claim and its denial, each with its source, and says they disagree', () => {
    const a = ask(index, 'What ransom did the hackers demand from AIIMS?');
    expect(a.conflict).toBe(true);
    expect(a.citations[0]!.source).toBe(HINDI);
    expect(a.citations[1]!.source).toBe(DENIAL);
    expect(a.citations[1]!.quote).toMatch(/denied reports|No ransom demand/);
    expect(a.citations[1]!.outlet).toBe('Sakshi test fixture (fictional)');
    expect(a.citations[1]!.published).toBe('2022-11-29');
  });

  it('shows two different counts of the same thing from two sources', () => {
    const a = ask(index, 'एम्स के कितने सर्वर हैक हुए?');
    expect(a.conflict).toBe(true);
    expect(new Set(a.citations.slice(0, 2).map((c) => c.source))).toEqual(new Set([HINDI, DENIAL]));
    expect(a.citations.slice(0, 2).map((c) => c.quote.slice(c.highlight!.start, c.highlight!.end))).toEqual(['पांच सर्वर', 'six servers']);
  });

  it('does not call it a disagreement when the sources agree or name different people', () => {
    expect(ask(index, 'When did the cyber attack on AIIMS happen?').conflict).toBe(false);
    expect(ask(index, 'Who is investigating the hack at AIIMS?').conflict).toBe(false);
  });
});
