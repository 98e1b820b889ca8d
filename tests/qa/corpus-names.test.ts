import { describe, expect, it } from 'vitest';
import { analyzeQuery, type Alt } from '../../src/lang/analyze.js';
import { ask } from '../../src/qa/answer.js';
import { corpusNames } from '../../src/qa/corpus-names.js';
import { SearchIndex } from '../../src/search/index.js';
import { article } from '../helpers/index.js';

const ITARSI = article(
  'en-itarsi',
  'en',
  'Signal failure halts trains at junction',
  'Trains were held for eight hours after the interlocking system failed at the Itarsi junction on Monday.\n\nA three-member committee headed by Senior Divisional Engineer R.K. Meena will submit its report within seven days.',
);
const NAGPUR = article(
  'en-nagpur',
  'en',
  'Giant hoarding crashes onto bus stop',
  'Four people were killed when a hoarding crashed onto a bus stop on Wardha Road during a storm.\n\nA committee headed by Additional Municipal Commissioner Pradnya Rane will examine how the structure was allowed to stand.',
);
const index = () => SearchIndex.build({ articles: [NAGPUR, ITARSI], failures: [], fingerprint: 'corpus-names-test' });

describe('the names of a corpus', () => {
  it('are the sounds its English articles write capitalized inside a sentence, not opening one', () => {
    const names = corpusNames(index());
    const keysOf = (question: string) => analyzeQuery(question).units[0]!.alts.filter((a) => a.soundOf !== undefined && (a.field === 'key' || a.field === 'voweled'));
    expect(names.writtenAsName(keysOf('ইটারসি'))).toBe(true);
    // (Trains opens its sentence; a storm is written in lower case)
    expect(corpusNames(index()).writtenAsName(keysOf('ट्रेन्स'))).toBe(false);
    expect(corpusNames(index()).writtenAsName(keysOf('स्टॉर्म'))).toBe(false);
  });

  it('make a Hindi or Bengali word nothing knows a name by a guess, when the corpus writes its sound as one', () => {
    const asked: Alt[][] = [];
    const every = { writtenAsName: (keys: readonly Alt[]) => (asked.push([...keys]), true) };
    const unit = (question: string, corpus = every) => analyzeQuery(question, corpus).units.find((u) => u.raw === 'ইটারসি')!;
    expect(unit('ইটারসি তদন্ত কমিটির প্রধান কে?')).toMatchObject({ entity: true, guessed: true });
    // (only by the word's own keys that tell a name: four consonants or more, or three with the vowel it is heard with)
    expect(asked.flat().length).toBeGreaterThan(0);
    expect(asked.flat().every((a) => a.soundOf !== undefined && (a.field === 'key' || a.field === 'voweled') && a.strength >= 0.7)).toBe(true);
    expect(unit('ইটারসি তদন্ত কমিটির প্রধান কে?', { writtenAsName: () => false }).entity).toBe(false);
    expect(analyzeQuery('ইটারসি তদন্ত কমিটির প্রধান কে?').units.find((u) => u.raw === 'ইটারসি')!.entity).toBe(false);
    // a word the lexicon or the dictionary knows is that word, whatever the corpus writes
    asked.length = 0;
    const fire = analyzeQuery('আগুন কখন লাগে?', every).units.find((u) => u.raw === 'আগুন')!;
    expect(fire.entity).toBe(false);
    expect(asked).toEqual([]);
  });

  it('lead a question that names one to the article that names it: the Itarsi committee, not another', () => {
    const answer = ask(index(), 'ইটারসি তদন্ত কমিটির প্রধান কে?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.source).toBe('en-itarsi');
    expect(answer.citations[0]!.quote).toContain('R.K. Meena');
  });
});
