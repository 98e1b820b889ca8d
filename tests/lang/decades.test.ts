import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeQuery, analyzeText } from '../../src/lang/analyze.js';
import { decadeConcept } from '../../src/lang/decades.js';
import type { Language } from '../../src/lang/script.js';
import { ask } from '../../src/qa/answer.js';
import { SearchIndex } from '../../src/search/index.js';
import { article } from '../helpers/index.js';

/** The decades analysis gives a text's tokens. */
const decades = (text: string, language: Language) => {
  const t = analyzeText(text, language);
  return [...new Set(t.concepts.flatMap((cs) => cs.filter((c) => c.startsWith('decade-'))))];
};

describe('decades', () => {
  it('gives a year or a number of tens with its decade word the concept of its decade, in the three languages', () => {
    expect(decades('in the 1970s', 'en')).toEqual([decadeConcept(70)]);
    expect(decades("in the 70's", 'en')).toEqual([decadeConcept(70)]);
    expect(decades('1970 के दशक की शुरुआत में', 'hi')).toEqual([decadeConcept(70)]);
    expect(decades('सत्तर के दशक में', 'hi')).toEqual([decadeConcept(70)]);
    expect(decades('৭০-এর দশকে', 'bn')).toEqual([decadeConcept(70)]);
  });

  it('gives none to a year alone, a count, a number that is no whole number of tens, or an s that stands apart', () => {
    expect(decades('in 1980 he left', 'en')).toEqual([]);
    expect(decades('70 people died', 'en')).toEqual([]);
    expect(decades('1955 के दशक', 'hi')).toEqual([]);
    expect(decades('in 1970 s', 'en')).toEqual([]);
    expect(decades('880 के दशक में', 'hi')).toEqual([]);
    // a year's possessive: the budget of 2020, no decade (two digits with an apostrophe are one: the 70's)
    expect(decades("The 2020's budget was passed.", 'en')).toEqual([]);
  });

  it('reads two digits with an s after a possessive as an age, not a decade; a year there, or दशक, is one still', () => {
    expect(decades('He died in his 70s.', 'en')).toEqual([]);
    expect(decades("She retired in her early 70's.", 'en')).toEqual([]);
    expect(decades('They re-released their 1970s albums.', 'en')).toEqual([decadeConcept(70)]);
    // two digits that date the word after them are a decade after a possessive too
    expect(decades("They re-released their '80s albums.", 'en')).toEqual([decadeConcept(80)]);
    expect(decades('The band was in its 80s heyday.', 'en')).toEqual([decadeConcept(80)]);
    expect(decades('In his 70s, he wrote three novels.', 'en')).toEqual([]);
    expect(decades('He loved the 70s.', 'en')).toEqual([decadeConcept(70)]);
    expect(decades('उनके 70 के दशक के गाने', 'hi')).toEqual([decadeConcept(70)]);
  });

  it('gives a question\'s number of a decade its decade as an alternative', () => {
    const unit = analyzeQuery("Who played the Doctor on stage in the 70's?").units.find((u) => u.raw === '70');
    expect(unit?.alts.map((a) => `${a.field}:${a.term}`)).toEqual(['num:70', `concept:${decadeConcept(70)}`]);
  });

  it('reads a decade of any century written as a year with s the same as the number of its tens (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 20 }), (tens, century) => {
        expect(decades(`in the ${century * 100 + tens * 10}s`, 'en')).toEqual(decades(`in the ${tens * 10}s`, 'en'));
        expect(decades(`${century * 100 + tens * 10} के दशक में`, 'hi')).toEqual([decadeConcept(tens * 10)]);
      }),
    );
  });

  it('finds the passage of the decade asked about by its year', () => {
    const index = SearchIndex.build({
      articles: [
        article(
          'stage',
          'hi',
          'मंच पर धारावाहिक',
          '1980 के दशक में, जॉन पर्टवे ने मंच पर डॉक्टर की भूमिका निभाई।\n\n1970 के दशक में, ट्रेवर मार्टिन ने मंच पर डॉक्टर की भूमिका निभाई।',
        ),
      ],
      failures: [],
      fingerprint: 'decades',
    });
    const a = ask(index, '70 के दशक में मंच पर डॉक्टर की भूमिका किसने निभाई?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]!.quote).toContain('1970');
    expect(a.answer).toBe('ट्रेवर मार्टिन');
  });
});
