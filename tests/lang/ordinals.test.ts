import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeQuery, analyzeText } from '../../src/lang/analyze.js';
import { ordinalConcept, ordinalWordRank } from '../../src/lang/ordinals.js';
import type { Language } from '../../src/lang/script.js';
import { ask } from '../../src/qa/answer.js';
import { SearchIndex } from '../../src/search/index.js';
import { article } from '../helpers/index.js';

/** The ranks analysis gives a text's tokens. */
const ranks = (text: string, language: Language) => {
  const t = analyzeText(text, language);
  return t.tokens.flatMap((tok, i) => t.concepts[i]!.filter((c) => c.startsWith('ordinal-')).map((c) => `${tok.norm}:${c}`));
};

describe('ordinals', () => {
  it('reads an ordinal word by its rank, listed or a cardinal with its suffix written onto it, in the three languages', () => {
    expect(['tenth', 'nineteenth', 'fifth', 'first', 'ninth'].map(ordinalWordRank)).toEqual([10, 19, 5, 1, 9]);
    expect(['दसवीं', 'दसवें', 'उन्नीसवीं', 'पांचवां', 'तीसरे', 'पहली', 'नवीं', 'सौवां'].map(ordinalWordRank)).toEqual([10, 10, 19, 5, 3, 1, 9, 100]);
    expect(['দশম', 'উনিশতম', 'দ্বিতীয়'].map(ordinalWordRank)).toEqual([10, 19, 2]);
  });

  it('reads no rank in a cardinal, a word that only ends like a suffix, or a word as often something else', () => {
    // দুই is two, not দু with ই; month is no "mon" with th; "second" is as often the unit of time, दूसरे "other"
    expect(['দুই', 'month', 'both', 'second', 'दूसरे', 'पहले', 'ten', 'दस'].map(ordinalWordRank)).toEqual(Array(8).fill(undefined));
    // a date's ending on a number (৫ই, ১লা) makes other words of a cardinal word: একই is "same", একলা "alone"
    expect(['একই', 'একলা', 'তিনই'].map(ordinalWordRank)).toEqual([undefined, undefined, undefined]);
  });

  it('gives a number its rank with the suffix written onto it, or in Hindi and Bengali a space after it, and not an English word after a space', () => {
    expect(ranks('the 10th series', 'en')).toEqual(['10:ordinal-10', 'th:ordinal-10']);
    expect(ranks('20 वीं शताब्दी', 'hi')).toEqual(['20:ordinal-20', 'वीं:ordinal-20']);
    expect(ranks('১০ম সিরিজ', 'bn')).toEqual(['10:ordinal-10', 'ম:ordinal-10']);
    expect(ranks('30 St Louis residents', 'en')).toEqual([]);
    // a rank is besides the word's own concept: पहला is early as before
    const first = analyzeText('पहला खिलाड़ी', 'hi');
    expect(first.concepts[0]).toEqual(expect.arrayContaining(['early', ordinalConcept(1)]));
  });

  it('never gives a number with an ordinal suffix as a count, 0th included', () => {
    const index = SearchIndex.build({ articles: [article('fest', 'en', 'Festival', "The festival's 0th edition was held in Delhi.")], failures: [], fingerprint: 'zeroth' });
    expect(ask(index, 'How many editions of the festival were held?').answer).toBeNull();
  });

  it('makes a number and its suffix one unit of a question, found by the number and by its rank', () => {
    const q = analyzeQuery('Who is the new companion for the 10th series?');
    const unit = q.units.find((u) => u.raw === '10th');
    expect(unit?.alts.map((a) => `${a.field}:${a.term}`)).toEqual(['num:10', `concept:${ordinalConcept(10)}`]);
    expect(q.units.map((u) => u.raw)).not.toContain('th');
  });

  it('gives every rank written in digits, in English, Hindi or Bengali, the concept of the same rank (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom('th', 'वीं', ' वीं', 'তম'), (n, suffix) => {
        const language: Language = suffix === 'th' ? 'en' : suffix === 'তম' ? 'bn' : 'hi';
        const t = analyzeText(`in the ${n}${suffix} year`, language);
        const at = t.tokens.findIndex((tok) => tok.norm === String(n));
        expect(t.concepts[at]).toContain(ordinalConcept(n));
      }),
    );
  });

  it('finds a passage that writes the rank in words for a question that writes it in digits, across languages', () => {
    const index = SearchIndex.build({
      articles: [
        article('series', 'hi', 'धारावाहिक समाचार', 'नौवीं श्रृंखला में जेना कोलमैन नई साथी के रूप में लौटीं।\n\nदसवीं श्रृंखला में पर्ल मैकी नई साथी के रूप में आएंगी।'),
      ],
      failures: [],
      fingerprint: 'ordinals',
    });
    const a = ask(index, 'Who is the new companion in the 10th series?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]!.quote).toContain('दसवीं');
  });
});
