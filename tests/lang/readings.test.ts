import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeQuery, analyzeText } from '../../src/lang/analyze.js';
import { nameSpans } from '../../src/lang/names.js';
import { numberLanguages, numberPhrases } from '../../src/lang/numbers.js';
import type { Language } from '../../src/lang/script.js';
import { isStopword } from '../../src/lang/stopwords.js';
import { tokenTerms } from '../../src/lang/terms.js';
import { tokenize } from '../../src/lang/tokenize.js';
import { leadsAt } from '../../src/lang/words.js';

/** The clock times a text holds, as hour and minute. */
const clock = (text: string, language: Language) => analyzeText(text, language).times.map((t) => ({ hour: t.hour, minute: t.minute }));

/** The Bengali number phrases a text holds: value, and whether it counts people. */
const bengaliNumbers = (text: string) =>
  numberPhrases(tokenize(text).map((t) => t.norm), numberLanguages('bn', false)).map((p) => ({ value: p.value, people: p.people === true }));

/** A word's sound keys, exact and near, as the pipeline gives them. */
const soundKeys = (word: string) => {
  const t = tokenTerms(tokenize(word)[0]!);
  return [...t.keys, ...t.near];
};

/** The names a passage holds: their text, whether they are places, and the marker that closes them. */
function names(sentence: string, language: Language) {
  const text = analyzeText(sentence, language);
  return nameSpans({ text, body: sentence, offset: 0, asked: () => false }).map((n) => ({
    text: sentence.slice(text.tokens[n.first]!.start, text.tokens[n.last]!.end),
    first: text.tokens[n.first]!.norm,
    place: n.place,
    marker: n.marker,
  }));
}

describe('a decimal is an amount, not a clock time', () => {
  it('reads no clock time in a sum of money or a percentage, and still reads the amount', () => {
    const cash = analyzeText('SOG teams recovered Rs 1.42 crore in cash', 'en');
    expect(cash.times).toEqual([]);
    // 1.42 crore = 1.42 × 10,000,000
    expect(cash.numbers.map((n) => n.value)).toContain(14_200_000);
    expect(clock('The fee was ₹4.50 per unit', 'en')).toEqual([]);
    expect(clock('Turnout rose by 12.50% this year', 'en')).toEqual([]);
    // a decimal with am, or alone before a part of the day, is still a time
    expect(clock('The train left at 6.45 am, and the bus at 6.45 in the morning. Rs 1.42 crore was lost.', 'en')).toEqual([
      { hour: 6, minute: 45 },
      { hour: 6, minute: 45 },
    ]);
  });

  it('never reads a decimal written before a scale word or after a currency sign as a clock time', () => {
    const decimal = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${h}.${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        decimal,
        fc.oneof(
          fc.constantFrom('crore', 'lakh', 'million', 'billion').map((scale) => (d: string) => `${d} ${scale}`),
          fc.tuple(fc.constantFrom('₹', '$', '€', '£'), fc.constantFrom('', ' ')).map(([sign, gap]) => (d: string) => `${sign}${gap}${d}`),
        ),
        (d, write) => {
          expect(clock(`The agency paid ${write(d)} to the contractor.`, 'en')).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a clock time beside counts and crowds', () => {
  it('reads টে as an hour only with its minutes’ word, minutes of two digits at most, and a time before a comma and a crowd', () => {
    // two 500-taka notes, not 6:50
    expect(clock('ধৃতদের কাছ থেকে ৬টে ৫০০ টাকার জাল নোট উদ্ধার হয়েছে।', 'bn')).toEqual([]);
    expect(clock('উদ্ধার হয়েছে ৬টা ৫০০ টাকার নোট', 'bn')).not.toContainEqual({ hour: 6, minute: 50 });
    // "at 10.30 in the morning, more than a thousand devotees…": the thousand is no scale of the time
    expect(clock('सुबह 10.30, हजार से अधिक श्रद्धालु घाट पर थे।', 'hi')).toEqual([{ hour: 10, minute: 30 }]);
  });
});

describe('Bengali numbers as people write them', () => {
  it('reads the colloquial টে of the hour: ৪টে ২০ মিনিটে is 4:20', () => {
    expect(clock('৪টে ২০ মিনিটে ট্রেনটি লাইনচ্যুত হয়', 'bn')).toEqual([{ hour: 4, minute: 20 }]);
  });

  it("reads a number word with an apostrophe for its elided letter: ছ'জন 6 people, দু'টি 2, ন'জন 9 people; ডজন stays a dozen", () => {
    expect(bengaliNumbers("দুর্ঘটনায় ছ'জন আহত")).toEqual([{ value: 6, people: true }]);
    expect(bengaliNumbers("দু'টি বগি লাইনচ্যুত")).toEqual([{ value: 2, people: false }]);
    expect(bengaliNumbers("ন'জন মারা গেছেন")).toEqual([{ value: 9, people: true }]);
    expect(bengaliNumbers('এক ডজন ডিম')).toContainEqual({ value: 12, people: false });
  });
});

describe('sound keys of number words', () => {
  it('gives lakh and लाख none, so that लीक (leak) does not find a lakh; a capitalized Latin word keeps its keys', () => {
    expect(soundKeys('lakh')).toEqual([]);
    expect(soundKeys('लाख')).toEqual([]);
    // the question's word लीक, by its sound, reaches no word of a passage that says "5 lakh"
    const leak = new Set(analyzeQuery('डेटा लीक कब हुआ?').units.find((u) => u.raw === 'लीक')!.alts.filter((a) => a.field === 'key' || a.field === 'native').map((a) => `${a.field}:${a.term}`));
    expect(leak.size).toBeGreaterThan(0);
    const lakh = analyzeText('about 5 lakh records', 'en').keys[2]!;
    expect([...leak].some((k) => lakh.has(k))).toBe(false);
    // a capital may make it a name (Lakh the surname): its keys stay
    expect(soundKeys('Lakh').length).toBeGreaterThan(0);
  });
});

describe('reading a question', () => {
  it("reads an English possessive of an office as the office: the Chief Minister's fund is the chief minister's", () => {
    const concepts = (q: string) => analyzeQuery(q).units.map((u) => [u.raw, u.alts.filter((a) => a.field === 'concept' && !a.broader).map((a) => a.term)]);
    expect(concepts("How much did the Chief Minister's fund give?")).toContainEqual(["Chief Minister's", expect.arrayContaining(['chief-minister'])]);
    expect(concepts("What did the minister's aide say?")).toContainEqual(["minister's", expect.arrayContaining(['minister'])]);
  });

  it('takes आ and aa (came) as function words, no unit of a question', () => {
    expect(isStopword('आ', 'hi')).toBe(true);
    expect(isStopword('aa', 'latn-indic')).toBe(true);
    expect(analyzeQuery('paper telegram pe kitne baje aa gaya tha').units.map((u) => u.raw)).not.toContain('aa');
  });

  it('takes वालों and its romanized spellings (walo, waalon), the "those who" of मरने वालों, as function words', () => {
    expect(isStopword('वालों', 'hi')).toBe(true);
    for (const w of ['walo', 'walon', 'waalon']) expect(isStopword(w, 'latn-indic'), w).toBe(true);
    expect(analyzeQuery('gaon walo ke hisab se kitne log mare').units.map((u) => u.raw)).not.toContain('walo');
  });

  it('takes the conjunctive forms of करना, होना and जाना (करके, होकर, जाकर) as function words, as कर and करने are, and not their future forms, a question\'s own verb (क्या शुरू करेगा?)', () => {
    for (const w of ['करके', 'होकर', 'जाकर']) expect(isStopword(w, 'hi'), w).toBe(true);
    for (const w of ['karke', 'hokar']) expect(isStopword(w, 'latn-indic'), w).toBe(true);
    const units = analyzeQuery('सर्वर का उपयोग करके हैकरों ने क्या किया?').units.map((u) => u.raw);
    expect(units).not.toContain('करके');
    expect(units).toEqual(expect.arrayContaining(['सर्वर', 'उपयोग']));
    for (const w of ['करेगा', 'करेगी', 'करेंगे']) expect(isStopword(w, 'hi'), w).toBe(false);
  });

  it('takes the object and agent forms of pronouns and the adverbs of place (उन्हें, उसने, वहाँ, তাঁকে, যেখানে) as function words, no unit of a question', () => {
    for (const w of ['उन्हें', 'इन्हें', 'उसने', 'मुझे', 'हमें', 'उनमें', 'वहाँ']) expect(isStopword(w, 'hi'), w).toBe(true);
    for (const w of ['তাঁকে', 'যেখানে', 'সেখানে', 'যেমন']) expect(isStopword(w, 'bn'), w).toBe(true);
    expect(analyzeQuery('उन्हें राहत शिविर में क्या मिला?').units.map((u) => u.raw)).not.toContain('उन्हें');
    expect(analyzeQuery('তাঁকে কোথায় পাঠানো হয়েছিল?').units.map((u) => u.raw)).not.toContain('তাঁকে');
    // not जहां, "where", which is also a name (नूर जहां, Shah Jahan), nor जैसी, which joins an example to its kind
    expect(analyzeQuery('नूर जहां कौन थी?').units.map((u) => u.raw)).toContain('जहां');
    expect(analyzeQuery('Shah Jahan ne kya banwaya?').units.map((u) => u.raw)).toContain('Jahan');
  });

  it('asks the hour with कितने बजे, কটায়, kitne baje and "what time did", not with "what time frame" nor किस दिन', () => {
    for (const q of ['चमोली में भूकंप कितने बजे आया?', 'ভূমিকম্প কটায় হয়েছিল?', 'ভূমিকম্প কয়টায় হয়েছিল?', 'bhumikompo koy tay hoyechilo', 'launch koy tay dube jay', 'junior accountant ka paper kitne baje aaya', 'What time did the quake hit?'])
      expect(analyzeQuery(q).asksTimeBy, q).toBe('hour');
    expect(analyzeQuery('What time frame does the Seven Years War cover?').asksTimeBy).not.toBe('hour');
    expect(analyzeQuery('किस दिन भूकंप आया?').asksTimeBy).not.toBe('hour');
  });
});

describe('names in Indian-script passages', () => {
  it('reads the words after an office, past a parenthesis, as its holder\'s name though written once', () => {
    const found = names('রেল সুরক্ষা কমিশনার (পূর্ব সার্কল) সুব্রত নন্দীর নেতৃত্বে দুর্ঘটনার তদন্ত শুরু হয়েছে।', 'bn');
    expect(found).toContainEqual(expect.objectContaining({ text: 'সুব্রত নন্দীর', marker: 'র' }));
  });

  it('opens no name at a kind of place, and reads a name before a place head in the genitive as a place', () => {
    const found = names('भूकंप का केंद्र घाट ब्लॉक के पास जमीन से 10 किलोमीटर नीचे था। घाट क्षेत्र में नुकसान हुआ।', 'hi');
    expect(found).toContainEqual(expect.objectContaining({ text: 'घाट ब्लॉक', place: true }));
    expect(found.some((n) => n.first === 'केंद्र')).toBe(false);
  });
});

describe('a noun of leading', () => {
  it('makes the genitive before it the doer only in its case: के नेतृत्व में and নেতৃত্বে, not का नेतृत्व किया', () => {
    expect(leadsAt(tokenize('जांच दल के नेतृत्व में'), 3)).toBe(true);
    expect(leadsAt(tokenize('उन्होंने दल का नेतृत्व किया'), 3)).toBe(false);
    expect(leadsAt(tokenize('কমিশনারের নেতৃত্বে তদন্ত'), 1)).toBe(true);
  });
});
