import { describe, expect, it } from 'vitest';
import { CARDINALS, cardinalValue, numberLanguages, numberPhrases, writtenAsNumeral } from '../../src/lang/numbers.js';
import { ordinalWordRank } from '../../src/lang/ordinals.js';
import { tokenize } from '../../src/lang/tokenize.js';

const values = (text: string, lang: 'hi' | 'bn' | 'en', romanized = false) =>
  numberPhrases(tokenize(text).map((t) => t.norm), numberLanguages(lang, romanized)).map((p) => p.value);

describe('numbers', () => {
  it('reads number words of the three languages and romanized Hindi as the same value as digits', () => {
    expect(values('कुल पांच सर्वर', 'hi')).toEqual([5]);
    expect(values('पाँच मुख्य सर्वरों', 'hi')).toEqual([5]);
    expect(values('পাঁচটি সার্ভার', 'bn')).toEqual([5]);
    expect(values('five servers', 'en')).toEqual([5]);
    expect(values('paanch server', 'en', true)).toEqual([5]);
    expect(values('৫টি সার্ভার', 'bn')).toEqual([5]);
    // a case ending after the classifier (তিনজনকে গ্রেফতার: "arrested three people") leaves the number as it is
    expect(values('জামতাড়া থেকে তিনজনকে গ্রেফতার করা হয়েছে', 'bn')).toEqual([3]);
    expect(values('দুজনের মৃত্যু', 'bn')).toEqual([2]);
    expect(values('চারটির মধ্যে', 'bn')).toEqual([4]);
  });

  it('reads every Hindi and Bengali number word up to ninety-nine, each its own word, and the ordinal made of one', () => {
    expect(values('बाईस लोग, अड़तीस साल, निन्यानवे रन', 'hi')).toEqual([22, 38, 99]);
    expect(values('বাইশ জন, চব্বিশ ঘণ্টা, নিরানব্বই রান', 'bn')).toEqual([22, 24, 99]);
    expect(ordinalWordRank('इक्कीसवीं')).toBe(21);
    for (const lang of ['hi', 'bn'] as const) {
      // (from ten: the Bengali নয়, nine, is also "is not", and is read as nine only with a classifier)
      const table = [...CARDINALS[lang].entries()].filter(([, v]) => Number.isInteger(v) && v >= 10 && v <= 99);
      expect(new Set(table.map(([, v]) => v)).size).toBe(90);
    }
  });

  it('reads a fraction\'s word with the cardinal after it: साढ़े तीन is 3.5, সোয়া ছয় 6.25, पौने आठ 7.75, and alone nothing', () => {
    expect(values('साढ़े तीन बजे', 'hi')).toEqual([3.5]);
    expect(values('पौने आठ बजे', 'hi')).toEqual([7.75]);
    expect(values('সাড়ে আটটা নাগাদ', 'bn')).toEqual([8.5]);
    expect(values('সোয়া ছয় ঘণ্টা', 'bn')).toEqual([6.25]);
    // with a multiplier after it, the fraction is of the cardinal: साढ़े तीन लाख is 350,000
    expect(values('साढ़े तीन लाख लोग', 'hi')).toEqual([350_000]);
    expect(values('साढ़े मेरे', 'hi')).toEqual([]);
  });

  it('applies lakh and crore as multipliers', () => {
    expect(values('200 करोड़ रुपए', 'hi')).toEqual([2_000_000_000]);
    expect(values('২০০ কোটি টাকা', 'bn')).toEqual([2_000_000_000]);
    expect(values('1.5 lakh records', 'en')).toEqual([150_000]);
    expect(values('two hundred crore', 'en')).toEqual([2_000_000_000]);
    // a Bengali multiplier in a case, with the particle ও (দেড় লক্ষেরও বেশি: more than one and a half lakh)
    expect(values('দেড় লক্ষেরও বেশি মানুষকে সরানো হয়েছে', 'bn')).toEqual([150_000]);
    expect(values('২ কোটির বেশি টাকা', 'bn')).toEqual([20_000_000]);
    expect(values('৫০ হাজারের মতো', 'bn')).toEqual([50_000]);
  });

  it('does not read romanized number words in English text', () => {
    expect(values('what do they want', 'en')).toEqual([]);
    expect(values('what do they want', 'en', true)).toEqual([2]);
  });

  it('reads Bengali নয় as nine only with a classifier, since alone it also means "is not"', () => {
    expect(values('সম্ভব নয়', 'bn')).toEqual([]);
    expect(cardinalValue('নয়টি'.normalize('NFC'), ['bn'])).toBe(9);
  });
});

describe('Roman numerals', () => {
  it('reads capitals of two letters or more that write a number below a hundred as a numeral (Super Bowl XLIX, Henry III)', () => {
    for (const raw of ['II', 'III', 'IV', 'IX', 'XII', 'XIV', 'XXXIII', 'XLIX', 'LXXX', 'XCIX']) expect(writtenAsNumeral({ raw })).toBe(true);
  });

  it('reads no single letter, lower case, uncanonical order or larger number as one (I, ii, IIII, VX, DC, CD, MD)', () => {
    for (const raw of ['I', 'V', 'X', 'ii', 'Iv', 'IIII', 'VX', 'IC', 'XXXX', 'DC', 'CD', 'MD', 'CC', 'CI', 'MIX', 'LIVE', 'CIVIL']) expect(writtenAsNumeral({ raw })).toBe(false);
  });
});
