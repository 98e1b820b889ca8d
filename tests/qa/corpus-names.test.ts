import { describe, expect, it } from 'vitest';
import { analyzeQuery, type Alt } from '../../src/lang/analyze.js';
import { ask } from '../../src/qa/answer.js';
import { consider } from '../../src/qa/consider.js';
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
    // (the same word capitalized opening its sentence, and inside one: only the second makes it a name)
    const of = (body: string) => corpusNames(SearchIndex.build({ articles: [article('en-x', 'en', 'Weather', body)], failures: [], fingerprint: 'corpus-names-opening' }));
    expect(keysOf('मार्शल').length).toBeGreaterThan(0);
    expect(of('Marshall said the road was closed for hours.').writtenAsName(keysOf('मार्शल'))).toBe(false);
    expect(of('The road was closed, Marshall said on Monday.').writtenAsName(keysOf('मार्शल'))).toBe(true);
    // (a storm written in lower case is a common word)
    expect(keysOf('स्टॉर्म').length).toBeGreaterThan(0);
    expect(corpusNames(index()).writtenAsName(keysOf('स्टॉर्म'))).toBe(false);
  });

  it('are not the capitals of a heading in title case, of a word after a colon or a quote mark, nor of a common word inside a longer name', () => {
    const names = (...bodies: string[]) =>
      corpusNames(SearchIndex.build({ articles: bodies.map((body, i) => article(`en-${i}`, 'en', 'Fire at godown', body)), failures: [], fingerprint: 'corpus-names-cases' }));
    const keysOf = (word: string) => analyzeQuery(word).units[0]!.alts.filter((a) => a.soundOf !== undefined && (a.field === 'key' || a.field === 'voweled'));
    expect(keysOf('फैक्ट्री').length).toBeGreaterThan(0);
    expect(names('Fire At Plastics Factory Godown Kills Two Workers In Jabalpur').writtenAsName(keysOf('फैक्ट्री'))).toBe(false);
    expect(names('Officials said: "Factory owners were told to leave."').writtenAsName(keysOf('फैक्ट्री'))).toBe(false);
    // (factory, an English word, capitalized only beside another capital: "the Ordnance Factory gate", "The Factory Inspector")
    expect(names('A godown near the Ordnance Factory gate burnt down. Officials said the Factory Inspector has sought records.').writtenAsName(keysOf('फैक्ट्री'))).toBe(false);
    // (a name that is no English word names one there too: the Itarsi Junction)
    expect(names('Trains were held at the Itarsi Junction for hours.').writtenAsName(keysOf('ইটারসি'))).toBe(true);
    // (a word some article writes in lower case is a common word, whatever another capitalizes)
    expect(names('Trains were held near the Itarsi yard.', 'The itarsi route was closed, officials said.').writtenAsName(keysOf('ইটারসি'))).toBe(false);
  });

  it('are read once for an index: its later questions ask no passage again about a key it has read to the end', () => {
    const built = index();
    const keys = analyzeQuery('ইটারসি').units[0]!.alts.filter((a) => a.soundOf !== undefined && (a.field === 'key' || a.field === 'voweled'));
    let lookups = 0;
    const holders = built.holders.bind(built);
    built.holders = (...args: Parameters<typeof built.holders>) => (lookups++, holders(...args));
    expect(corpusNames(built).writtenAsName(keys)).toBe(true);
    const first = lookups;
    expect(first).toBeGreaterThan(0);
    expect(corpusNames(built).writtenAsName(keys)).toBe(true);
    expect(lookups).toBe(first);
    // (another index reads its own passages)
    expect(corpusNames(index()).writtenAsName(keys)).toBe(true);
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

  it('leave a loanword a common word: a Hindi question about a factory finds the Hindi article that writes कारखाना, not an English one of the Ordnance Factory', () => {
    const hindi = article(
      'hi-factory',
      'hi',
      'लुधियाना के कारखाने में आग, चार मजदूरों की मौत',
      'लुधियाना के कारखाने में आग, चार मजदूरों की मौत\n\nलुधियाना। फोकल प्वाइंट इलाके में एक होजरी कारखाने में बुधवार तड़के भीषण आग लग गई। हादसे में चार मजदूरों की मौत हो गई और सात घायल हो गए।\n\nपुलिस के मुताबिक आग सुबह करीब 4:30 बजे शॉर्ट सर्किट से लगी। उस समय कारखाने में 25 मजदूर सो रहे थे।\n\nकारखाने के मालिक सुरिंदर पाल को हिरासत में लिया गया है।',
    );
    const english = article(
      'en-godown',
      'en',
      'Godown Fire Near Ordnance Factory Kills Two Workers In Jabalpur',
      'Godown Fire Near Ordnance Factory Kills Two Workers In Jabalpur\n\nTwo workers died after a fire broke out in a plastics godown near the Ordnance Factory gate in Jabalpur on Saturday night.\n\nThe blaze started at 10.15 pm. The Factory Inspector has sought records from the godown owner.',
    );
    const both = SearchIndex.build({ articles: [english, hindi], failures: [], fingerprint: 'corpus-names-factory' });
    const question = 'फैक्ट्री में आग लगने से कितने मजदूरों की मौत हुई?';
    expect(consider(both, question).plan.units.find((u) => u.raw === 'फैक्ट्री')!.entity).toBe(false);
    expect(both.passages[consider(both, question).ranked[0]!.hit.id]!.articleId).toBe('hi-factory');
  });

  it('lead a question that names one to the article that names it: the Itarsi committee, not another', () => {
    const answer = ask(index(), 'ইটারসি তদন্ত কমিটির প্রধান কে?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.source).toBe('en-itarsi');
    expect(answer.citations[0]!.quote).toContain('R.K. Meena');
  });
});
