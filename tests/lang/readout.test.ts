import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/lang/analyze.js';
import { foldDigits } from '../../src/lang/normalize.js';
import { listed, sayReadout, type Moment, type Readout } from '../../src/lang/readout.js';
import type { Language } from '../../src/lang/script.js';
import { extractAnswer } from '../../src/qa/extract.js';
import { planQuestion } from '../../src/qa/question.js';

const LANGUAGES: Language[] = ['en', 'hi', 'bn'];

/** The reading a passage's short answer gives an asker of a language. */
function readingFor(question: string, passage: string, language: Language, asker: Language): string | undefined {
  const short = extractAnswer(planQuestion(question), { text: analyzeText(passage, language), body: passage, offset: 0, language });
  return short?.readout ? sayReadout(short.readout, asker) : undefined;
}

describe('a reading said in the asker’s language', () => {
  it('says a clock time with its day and part of the day as each language does', () => {
    const wednesday: Readout = { kind: 'time', moments: [{ kind: 'clock', hour: 6, minute: 45, day: 'wednesday', part: 'morning' }] };
    expect(sayReadout(wednesday, 'en')).toBe('Wednesday 6:45 am');
    expect(sayReadout(wednesday, 'hi')).toBe('बुधवार सुबह 6:45');
    expect(sayReadout(wednesday, 'bn')).toBe('বুধবার সকাল ৬:৪৫');
    // the hour read with its part of the day (রাত ১০টা: 22:00) is said in twelve hours with the part, or in twenty-four without one
    expect(sayReadout({ kind: 'time', moments: [{ kind: 'clock', hour: 22, minute: 0, part: 'night' }] }, 'hi')).toBe('रात 10:00');
    expect(sayReadout({ kind: 'time', moments: [{ kind: 'clock', hour: 18, minute: 5 }] }, 'bn')).toBe('১৮:০৫');
    expect(sayReadout({ kind: 'time', moments: [{ kind: 'clock', hour: 18, minute: 5 }] }, 'en')).toBe('6:05 pm');
  });

  it('says dates, decades, periods and a time placed against a moment in each language’s order', () => {
    const date: Readout = { kind: 'time', moments: [{ kind: 'date', month: 'november', date: 23, year: 2022 }] };
    expect(LANGUAGES.map((l) => sayReadout(date, l))).toEqual(['23 November 2022', '23 नवंबर 2022', '২৩ নভেম্বর ২০২২']);
    const decade: Readout = { kind: 'time', moments: [{ kind: 'year', year: 1990, decade: true }] };
    expect(LANGUAGES.map((l) => sayReadout(decade, l))).toEqual(['1990s', '1990 का दशक', '১৯৯০-এর দশক']);
    expect(sayReadout({ kind: 'time', moments: [{ kind: 'year', year: 1321, until: 1323 }] }, 'hi')).toBe('1321–1323');
    const after: Readout = { kind: 'time', moments: [{ kind: 'year', year: 1850 }], relation: 'after' };
    expect(LANGUAGES.map((l) => sayReadout(after, l))).toEqual(['after 1850', '1850 के बाद', '১৮৫০-এর পরে']);
    const summer: Readout = { kind: 'time', moments: [{ kind: 'year', year: 1521 }], season: 'summer', relation: 'before' };
    expect(sayReadout(summer, 'en')).toBe('before summer of 1521');
    expect(sayReadout(summer, 'hi')).toBe('1521 की गर्मी से पहले');
    // Bengali's genitive as its last word takes it (-এর after digits, র after a vowel, ের after a consonant),
    // Hindi's masculine noun in the oblique before a postposition
    expect(sayReadout(summer, 'bn')).toBe('১৫২১-এর গ্রীষ্মের আগে');
    expect(sayReadout({ kind: 'time', moments: [{ kind: 'year', year: 2001 }], season: 'autumn', relation: 'after' }, 'bn')).toBe('২০০১-এর শরতের পরে');
    expect(sayReadout({ kind: 'time', moments: [{ kind: 'day', day: 'wednesday', part: 'morning' }], relation: 'after' }, 'bn')).toBe('বুধবার সকালের পরে');
    // (a season after a decade takes the oblique too)
    expect(sayReadout({ kind: 'time', moments: [{ kind: 'year', year: 1990, decade: true }], season: 'summer' }, 'hi')).toBe('1990 के दशक की गर्मी');
    // (after a word of another script, -এর; after a vowel written alone, য়ের; some words take their own)
    expect(sayReadout({ kind: 'time', moments: [{ kind: 'year', year: 300, era: 'BC' }], relation: 'after' }, 'bn')).toBe('৩০০ BC-এর পরে');
    expect(sayReadout({ kind: 'time', moments: [{ kind: 'date', month: 'july' }], relation: 'after' }, 'bn')).toBe('জুলাইয়ের পরে');
    expect(sayReadout({ kind: 'time', moments: [{ kind: 'date', month: 'may' }], relation: 'before' }, 'bn')).toBe('মে-র আগে');
    expect(sayReadout({ kind: 'time', moments: [{ kind: 'day', day: 'today' }], relation: 'after' }, 'bn')).toBe('আজকের পরে');
    const afterDecade: Readout = { kind: 'time', moments: [{ kind: 'year', year: 1990, decade: true }], relation: 'after' };
    expect(LANGUAGES.map((l) => sayReadout(afterDecade, l))).toEqual(['after 1990s', '1990 के दशक के बाद', '১৯৯০-এর দশকের পরে']);
  });

  it('says a count’s qualifier, its whole and "each" in the asker’s words, the number in digits', () => {
    const outOf: Readout = { kind: 'count', low: 5, of: 50 };
    expect(LANGUAGES.map((l) => sayReadout(outOf, l))).toEqual(['5 of 50', '50 में से 5', '৫০-এর মধ্যে ৫']);
    const least: Readout = { kind: 'count', qualifier: 'least', low: 40 };
    expect(LANGUAGES.map((l) => sayReadout(least, l))).toEqual(['at least 40', 'कम से कम 40', 'অন্তত ৪০']);
    expect(sayReadout({ kind: 'count', qualifier: 'more', low: 30000, high: 50000 }, 'hi')).toBe('30,000–50,000 से अधिक');
    // the qualifier is the count's, not the whole's
    const about: Readout = { kind: 'count', qualifier: 'about', low: 1200, of: 5000 };
    expect(LANGUAGES.map((l) => sayReadout(about, l))).toEqual(['about 1,200 of 5,000', '5,000 में से लगभग 1,200', '৫,০০০-এর মধ্যে প্রায় ১,২০০']);
    expect(sayReadout({ kind: 'count', low: 40, percent: true }, 'bn')).toBe('৪০%');
    // grouped as each language's readers group numbers
    const million: Readout = { kind: 'count', qualifier: 'about', low: 1200000 };
    expect(LANGUAGES.map((l) => sayReadout(million, l))).toEqual(['about 1,200,000', 'लगभग 12,00,000', 'প্রায় ১২,০০,০০০']);
  });

  it('says a sum in its currency and the asker’s scale words: ₹200 crore, ₹200 करोड़, $5 million', () => {
    const ransom: Readout = { kind: 'money', sign: '₹', low: 2e9, tender: 'cryptocurrency' };
    expect(LANGUAGES.map((l) => sayReadout(ransom, l))).toEqual(['₹200 crore in cryptocurrency', '₹200 करोड़ की क्रिप्टोकरेंसी', '₹২০০ কোটি মূল্যের ক্রিপ্টোকারেন্সি']);
    const each: Readout = { kind: 'money', sign: '₹', low: 4e5, each: true };
    expect(LANGUAGES.map((l) => sayReadout(each, l))).toEqual(['₹4 lakh each', '₹4 लाख प्रत्येक', '₹৪ লাখ করে']);
    expect(sayReadout({ kind: 'money', sign: '$', low: 5e6, qualifier: 'about' }, 'hi')).toBe('लगभग $5 मिलियन');
    expect(sayReadout({ kind: 'money', sign: '₹', low: 50000 }, 'bn')).toBe('₹৫০,০০০');
    expect(sayReadout({ kind: 'money', sign: '₹', low: 5e5, qualifier: 'more' }, 'bn')).toBe('₹৫ লাখের বেশি');
    expect(sayReadout({ kind: 'money', sign: '₹', low: 5e7, qualifier: 'less' }, 'bn')).toBe('₹৫ কোটির কম');
  });

  it('says a name the lexicon knows by its label in the asker’s language, a list with the asker’s coordinator', () => {
    expect(sayReadout({ kind: 'names', words: listed([{ ids: ['delhi'] }, { ids: ['pune'] }, { ids: ['mumbai'] }]) }, 'en')).toBe('Delhi, Pune and Mumbai');
    expect(sayReadout({ kind: 'names', words: listed([{ ids: ['delhi'] }, { ids: ['pune'] }, { ids: ['mumbai'] }]) }, 'hi')).toBe('दिल्ली, पुणे और मुंबई');
    // the English genitive is English: a Hindi reading gives the name alone
    expect(sayReadout({ kind: 'names', words: [{ ids: ['delhi'] }], possessive: true }, 'en')).toBe("Delhi's");
    expect(sayReadout({ kind: 'names', words: [{ ids: ['delhi'] }], possessive: true }, 'hi')).toBe('दिल्ली');
  });

  it('reads a passage’s answer for an asker of another language in that asker’s words', () => {
    const bengali = 'হামলাটি হয় বুধবার সকাল ৬টা৪৫ মিনিটে।';
    expect(readingFor('হামলা কখন হয়েছিল?', bengali, 'bn', 'hi')).toBe('बुधवार सुबह 6:45');
    expect(readingFor('হামলা কখন হয়েছিল?', bengali, 'bn', 'en')).toBe('Wednesday 6:45 am');
    const hindi = 'हैकर्स ने 200 करोड़ रुपए की क्रिप्टो करेंसी की मांग की है।';
    expect(readingFor('हैकर्स ने कितनी फिरौती मांगी?', hindi, 'hi', 'bn')).toBe('₹২০০ কোটি মূল্যের ক্রিপ্টোকারেন্সি');
    expect(readingFor('कितने लोग घायल हुए?', 'हादसे में कम से कम 14 लोग घायल हुए।', 'hi', 'bn')).toBe('অন্তত ১৪');
  });
});

describe('readouts, for any value', () => {
  const language = fc.constantFrom<Language>(...LANGUAGES);
  const qualifier = fc.option(fc.constantFrom('more', 'least', 'fewer', 'less', 'about' as const), { nil: undefined });
  // (English groups by thousands, Hindi and Bengali by lakhs: 1,200,000 and 12,00,000)
  const grouped = (n: number, l: Language) => n.toLocaleString(l === 'en' ? 'en-US' : 'en-IN');

  it('give a count’s numbers in grouped digits of the asker’s language, and never an unfilled word', () => {
    fc.assert(
      fc.property(language, qualifier, fc.nat(1e9), fc.option(fc.nat(1e9), { nil: undefined }), fc.option(fc.nat(1e9), { nil: undefined }), fc.boolean(), (l, q, low, high, of, each) => {
        const written = sayReadout({ kind: 'count', low, ...(q ? { qualifier: q } : {}), ...(high !== undefined ? { high } : {}), ...(of !== undefined ? { of } : {}), ...(each ? { each: true } : {}) }, l);
        // (Bengali in its own digits, no ASCII digit left; Hindi and English in ASCII digits)
        expect(/[0-9]/.test(written)).toBe(l !== 'bn');
        const said = foldDigits(written);
        expect(said).toContain(grouped(low, l));
        if (high !== undefined) expect(said).toContain(`${grouped(low, l)}–${grouped(high, l)}`);
        if (of !== undefined) expect(said).toContain(grouped(of, l));
        expect(said).not.toMatch(/undefined|NaN|\{|\}/);
      }),
    );
  });

  it('give a sum its sign and a scale word of the asker’s language when it is a lakh or more', () => {
    fc.assert(
      fc.property(language, fc.constantFrom('₹', '$', ''), fc.integer({ min: 1, max: 1e11 }), (l, sign, low) => {
        const said = foldDigits(sayReadout({ kind: 'money', sign, low }, l));
        expect(said.startsWith(sign)).toBe(true);
        const scaled = sign === '$' ? low >= 1e6 : low >= 1e5;
        expect(/\d[\d,.]* \S/u.test(said)).toBe(scaled);
        expect(said).not.toMatch(/undefined|NaN/);
      }),
    );
  });

  it('give every moment of a time, in order, with its season and relation, with no empty word', () => {
    const moment = fc.oneof(
      fc.record({ kind: fc.constant('clock' as const), hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) }),
      fc.record({ kind: fc.constant('day' as const), day: fc.constantFrom('monday', 'today', 'yesterday'), part: fc.constantFrom('morning', 'night') }),
      fc.record({ kind: fc.constant('date' as const), month: fc.constantFrom('january', 'may', 'december'), date: fc.integer({ min: 1, max: 31 }) }),
      fc.record({ kind: fc.constant('year' as const), year: fc.integer({ min: 1000, max: 2100 }) }),
      fc.record({ kind: fc.constant('year' as const), year: fc.integer({ min: 1000, max: 2100 }), decade: fc.constant(true as const) }),
      fc.record({ kind: fc.constant('year' as const), year: fc.integer({ min: 100, max: 900 }), era: fc.constantFrom('BC', 'ईसा-पूर्व', 'খ্রিস্টপূর্ব') }),
    );
    const relation = fc.option(fc.constantFrom('after', 'before', 'since', 'until' as const), { nil: undefined });
    const season = fc.option(fc.constantFrom('spring', 'summer', 'monsoon', 'autumn', 'winter' as const), { nil: undefined });
    fc.assert(
      fc.property(language, fc.array(moment, { minLength: 1, maxLength: 3 }), relation, season, (l, moments: Moment[], r, s) => {
        const said = foldDigits(sayReadout({ kind: 'time', moments, ...(r ? { relation: r } : {}), ...(s ? { season: s } : {}) }, l));
        expect(said).not.toMatch(/undefined|NaN|^ | $| {2}/);
        // years and dates appear in digits, in the order the moments come
        const numbers = moments.flatMap((m) => (m.kind === 'year' ? [String(m.year)] : m.kind === 'date' ? [String(m.date)] : []));
        let from = 0;
        for (const n of numbers) {
          const at = said.indexOf(n, from);
          expect(at).toBeGreaterThanOrEqual(0);
          from = at + n.length;
        }
      }),
    );
  });

  it('list any number of names with commas between and one coordinator before the last', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('delhi', 'pune', 'mumbai', 'kolkata'), { minLength: 1, maxLength: 6 }), (ids) => {
        const said = sayReadout({ kind: 'names', words: listed(ids.map((id) => ({ ids: [id] }))) }, 'en');
        expect((said.match(/,/g) ?? []).length).toBe(Math.max(0, ids.length - 2));
        expect((said.match(/ and /g) ?? []).length).toBe(ids.length >= 2 ? 1 : 0);
      }),
    );
  });
});
