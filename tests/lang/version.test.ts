import { describe, expect, it } from 'vitest';
import { ANALYZER_VERSION } from '../../src/lang/analyze.js';
import { ANALYZER_DATA, ANALYZER_REVISION, analyzerVersion } from '../../src/lang/version.js';

describe('the analyzer version', () => {
  it('is the version of the current code and word data, as the index file stores it (an integer)', () => {
    expect(ANALYZER_VERSION).toBe(analyzerVersion(ANALYZER_REVISION, ANALYZER_DATA));
    expect(Number.isSafeInteger(ANALYZER_VERSION)).toBe(true);
  });

  it('changes when a lexicon line is edited, with no constant bumped', () => {
    const edited = { ...ANALYZER_DATA, lexicon: `${ANALYZER_DATA.lexicon}\nransomware-gang > gang | ransomware gang | रैनसमवेयर गिरोह | র‍্যানসমওয়্যার চক্র | \n` };
    expect(analyzerVersion(ANALYZER_REVISION, edited)).not.toBe(ANALYZER_VERSION);
  });

  it('changes when a word list is edited: a stop word, a number word, a denial', () => {
    const stopwords = { ...ANALYZER_DATA.stopwords, en: `${ANALYZER_DATA.stopwords.en} whereas` };
    expect(analyzerVersion(ANALYZER_REVISION, { ...ANALYZER_DATA, stopwords })).not.toBe(ANALYZER_VERSION);

    const en = new Map(ANALYZER_DATA.numbers.cardinals.en);
    en.set('score', 20);
    const numbers = { ...ANALYZER_DATA.numbers, cardinals: { ...ANALYZER_DATA.numbers.cardinals, en } };
    expect(analyzerVersion(ANALYZER_REVISION, { ...ANALYZER_DATA, numbers })).not.toBe(ANALYZER_VERSION);

    const languages = { ...ANALYZER_DATA.languages, hi: { ...ANALYZER_DATA.languages.hi, denials: [...ANALYZER_DATA.languages.hi.denials, 'मना'] } };
    expect(analyzerVersion(ANALYZER_REVISION, { ...ANALYZER_DATA, languages })).not.toBe(ANALYZER_VERSION);
  });

  it('changes when the WordNet table is rebuilt with other data, and when a question word is added', () => {
    const wordnet = `${ANALYZER_DATA.wordnet}\nzzz|attack:60`;
    expect(analyzerVersion(ANALYZER_REVISION, { ...ANALYZER_DATA, wordnet })).not.toBe(ANALYZER_VERSION);
    const bn = ANALYZER_DATA.languages.bn;
    const languages = { ...ANALYZER_DATA.languages, bn: { ...bn, questionWords: { ...bn.questionWords, count: [...(bn.questionWords.count ?? []), 'কতো'] } } };
    expect(analyzerVersion(ANALYZER_REVISION, { ...ANALYZER_DATA, languages })).not.toBe(ANALYZER_VERSION);
  });

  it('stays the same for the same data, and changes with the code revision', () => {
    expect(analyzerVersion(ANALYZER_REVISION, structuredClone({ ...ANALYZER_DATA, languages: {} }))).toBe(analyzerVersion(ANALYZER_REVISION, { ...ANALYZER_DATA, languages: {} }));
    expect(analyzerVersion(ANALYZER_REVISION + 1, ANALYZER_DATA)).not.toBe(ANALYZER_VERSION);
  });
});
