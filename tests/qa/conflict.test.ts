import { describe, expect, it } from 'vitest';
import { ask } from '../../src/qa/answer.js';
import { sameValue, type AnswerValue } from '../../src/qa/extract.js';
import { SearchIndex } from '../../src/search/index.js';
import { article, conflictIndex } from '../helpers/index.js';

const index = await conflictIndex();
const DENIAL = 'en-aiims-police-denial';
const HINDI = '000_9b279fca6304d5ce';

describe('comparing answers', () => {
  const time = (value: AnswerValue) => ({ start: 0, end: 0, text: '', readout: null, value });
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

describe('disagreement within one article', () => {
  const single = (id: string, body: string) =>
    SearchIndex.build({ articles: [article(id, id.startsWith('hi-') ? 'hi' : 'en', id.startsWith('hi-') ? 'पेपर लीक और मुआवजा' : 'Blast at a fireworks unit', body)], failures: [], fingerprint: id });

  it('is a count the next sentence gives in a report of another source, about what is asked', () => {
    const index = single('en-blast', 'Officials said 12 workers died in the blast at the fireworks unit. Locals, however, claimed that 15 workers died in the blast.');
    const a = ask(index, 'How many workers died in the blast?');
    // both figures are shown, whichever leads, and the reader is told they disagree
    expect(a.conflict).toBe(true);
    const marked = a.citations.slice(0, 2).map((c) => c.highlight && c.quote.slice(c.highlight.start, c.highlight.end));
    expect(new Set(marked)).toEqual(new Set(['12 workers', '15 workers']));
  });

  it('is not a time the next sentence gives, nor a count of something else', () => {
    const times = single('en-blast-time', 'The blast at the fireworks unit happened at 10 am on Monday. Police said the area was sealed off at 11 am.');
    expect(ask(times, 'When did the blast at the fireworks unit happen?').conflict).toBe(false);
    const other = single('en-blast-other', 'Officials said 12 workers died in the blast at the fireworks unit. Police said 40 houses nearby were damaged in the blast.');
    expect(ask(other, 'How many workers died in the blast?')).toMatchObject({ answer: '12 workers', conflict: false });
    // the injured beside the dead, the suspects sought beside those arrested, the injured's sum beside the dead's
    const injured = single('en-blast-injured', 'Twelve people died in the blast, the fire department said. Police said 30 people were injured in the blast.');
    expect(ask(injured, 'How many people died in the blast?')).toMatchObject({ answer: 'Twelve people', conflict: false });
    const sought = single('hi-arrest', 'पुलिस ने पेपर लीक मामले में अब तक 9 आरोपियों को गिरफ्तार किया है। एसपी ने बताया कि मामले में 5 और आरोपियों की तलाश जारी है।');
    expect(ask(sought, 'पेपर लीक मामले में कितने आरोपी गिरफ्तार हुए?')).toMatchObject({ answer: '9 आरोपियों', conflict: false });
    const sums = single('hi-sums', 'मृतकों के परिजनों को चार-चार लाख रुपये का मुआवजा दिया जाएगा। मुख्यमंत्री ने कहा कि घायलों के परिजनों को एक-एक लाख रुपये दिए जाएंगे।');
    expect(ask(sums, 'मृतकों के परिजनों को कितना मुआवजा मिलेगा?')).toMatchObject({ answer: 'चार-चार लाख रुपये', conflict: false });
  });
});
