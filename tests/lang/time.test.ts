import { describe, expect, it } from 'vitest';
import { timeExpressions, timeTerm } from '../../src/lang/time.js';
import { tokenize } from '../../src/lang/tokenize.js';
import { valuesOf } from '../../src/lang/values.js';

const times = (s: string) => timeExpressions(s).map(timeTerm);

describe('clock times', () => {
  it('reads times in every script and form', () => {
    expect(times('বুধবার সকাল ৬টা৪৫ মিনিটে এই হানা হয়।')).toEqual(['6:45']);
    expect(times('The attack began on Sunday at 11:30 pm.')).toEqual(['23:30']);
    expect(times('सुबह 6 बजकर 45 मिनट पर')).toEqual(['6:45']);
    expect(times('रात 10 बजे')).toEqual(['10:00']);
    expect(times('শুক্রবার রাত ১০টা নাগাদ')).toEqual(['10:00']);
    expect(times('at 12 am')).toEqual(['0:00']);
  });

  it('gives offsets into the text as written', () => {
    const text = 'বুধবার সকাল ৬টা৪৫ মিনিটে';
    const [t] = timeExpressions(text);
    expect(text.slice(t!.start, t!.end)).toBe('৬টা৪৫ মিনিট');
    // the hour word after minutes written with a colon is the time's own
    const hi = 'दोपहर करीब 12:30 बजे खाना परोसा गया';
    const [h] = timeExpressions(hi);
    expect(hi.slice(h!.start, h!.end)).toBe('12:30 बजे');
  });

  it('does not read amounts, years or out-of-range values as times', () => {
    expect(times('1,600 से अधिक बार')).toEqual([]);
    expect(times('in 2022 the servers')).toEqual([]);
    expect(times('scored 45:99')).toEqual([]);
  });

  it('reads a number with a decimal point as a measure when a unit follows it, and as a clock time otherwise', () => {
    expect(times('Bolt ran 100 metres in 9.58 seconds.')).toEqual([]);
    expect(times('The trek covered 2.45 km.')).toEqual([]);
    expect(times('धावक ने 9.58 सेकंड में दौड़ पूरी की।')).toEqual([]);
    expect(times('The blast happened at 6.45 on Wednesday.')).toEqual(['6:45']);
    expect(times('The blast happened at 6.45 am.')).toEqual(['6:45']);
    // a colon makes it a clock reading whatever follows
    expect(times('The match ended at 3:08 minutes past eight.')).toEqual(['3:08']);
  });
});

describe('clock times written in words', () => {
  const inWords = (s: string, language: 'hi' | 'bn' | 'en') => valuesOf(s, tokenize(s), language, false).times.map((t) => [timeTerm(t), s.slice(t.start, t.end)]);

  it('reads a number before an hour word, a fraction\'s word giving the quarter', () => {
    expect(inWords('बुधवार तड़के करीब साढ़े तीन बजे भूस्खलन हुआ।', 'hi')).toEqual([['3:30', 'साढ़े तीन बजे']]);
    expect(inWords('सुबह पांच बजे आग लगी और पौने आठ बजे बुझी।', 'hi')).toEqual([['5:00', 'पांच बजे'], ['7:45', 'पौने आठ बजे']]);
    // digits inside a time in words are read with it, once: साढ़े 3 बजे is 3:30
    expect(inWords('साढ़े 3 बजे', 'hi')).toEqual([['3:30', 'साढ़े 3 बजे']]);
  });

  it('reads a Bengali number word with the hour\'s ending after a part of the day or before নাগাদ, and no count of things', () => {
    expect(inWords('শনিবার বিকেল পাঁচটা নাগাদ ট্রলার উল্টে যায়।', 'bn')).toEqual([['5:00', 'পাঁচটা']]);
    expect(inWords('রবিবার রাত সাড়ে আটটা নাগাদ ঝড় আছড়ে পড়ে।', 'bn')).toEqual([['8:30', 'সাড়ে আটটা']]);
    expect(inWords('সকাল ছটায় হামলা হয়।', 'bn')).toEqual([['6:00', 'ছটায়']]);
    // five of something is no hour, after a part of the day too; nor is বাজে, also "bad", an hour's word
    expect(inWords('পাঁচটা সার্ভার হ্যাক হয়েছে।', 'bn')).toEqual([]);
    expect(inWords('সকালে একটা দোকান পুরো পুড়ে যায়।', 'bn')).toEqual([]);
    expect(inWords('সন্ধ্যায় পাঁচটা দোকান বন্ধ হয়।', 'bn')).toEqual([]);
    expect(inWords('সরকার দুটো বাজে সিদ্ধান্ত নিয়েছে।', 'bn')).toEqual([]);
    expect(inWords('বিকেল চারটে নাগাদ ঝড় আসে।', 'bn')).toEqual([['4:00', 'চারটে']]);
    // digits with a fraction's word before them and the hour's ending after: পৌনে ১১টা is 10:45, once
    expect(inWords('রাত পৌনে ১১টা নাগাদ পালটি জঙ্গল থেকে বেরিয়ে আসে।', 'bn')).toEqual([['10:45', 'পৌনে ১১টা']]);
    expect(inWords('রাত সাড়ে ১০টায় হাতির দল গ্রামে ঢোকে।', 'bn')).toEqual([['10:30', 'সাড়ে ১০টায়']]);
    // nor is a number of hours or a count with a multiplier
    expect(inWords('पांच घंटे तक बिजली नहीं थी और दो लाख लोग प्रभावित हुए।', 'hi')).toEqual([]);
  });
});


describe('Bengali hours in digits with an ending that also counts things', () => {
  const read = (s: string) => valuesOf(s, tokenize(s), 'bn', false).times.map((t) => [timeTerm(t), s.slice(t.start, t.end)]);

  it('reads ৫টা as what it counts when a word it could count follows, and as an hour otherwise', () => {
    expect(read('হ্যাকাররা ৫টা সার্ভার দখল করে।')).toEqual([]);
    expect(read('মোট ১২টা নৌকা ডুবেছে।')).toEqual([]);
    // (after a part of the day, before নাগাদ or বেজে, or with nothing counted after it, it is the hour)
    expect(read('মঙ্গলবার রাত ১০টা বাজতেই কারফিউ শুরু হয়।')).toEqual([['10:00', '১০টা']]);
    expect(read('বিকেল ৫টা নাগাদ ঝড় আসে।')).toEqual([['5:00', '৫টা']]);
    expect(read('রাত ১০টা।')).toEqual([['10:00', '১০টা']]);
    expect(read('দোকান খোলা থাকবে ১০টা থেকে ৫টা পর্যন্ত।')).toEqual([['10:00', '১০টা'], ['5:00', '৫টা']]);
    expect(read('সকাল ১০টা–১২টা পর্যন্ত অবরোধ।')).toEqual([['10:00', '১০টা'], ['12:00', '১২টা']]);
    expect(read('সকাল ৯টা বেজে ১০ মিনিটে ট্রেন ছাড়ে।').map(([t]) => t)).toContain('9:00');
  });

  it('never starts an hour inside a longer number', () => {
    expect(read('মোট ১১৫টা বাড়ি ক্ষতিগ্রস্ত হয়েছে।')).toEqual([]);
    expect(read('৩০৮টা ভোটকেন্দ্রে ভোট হয়।')).toEqual([]);
  });

  it('reads minutes written apart from the hour as minutes, but for a number before a word that counts people or a classifier', () => {
    expect(read('রাত ১০টায় ৫ জন আহত হন।')).toEqual([['10:00', '১০টায়']]);
    expect(read('রাত ১০টা ৫ জন আহত হন।')).toEqual([['10:00', '১০টা']]);
    expect(read('ভোর ৪টায় ২টি বাড়ি ভেঙে পড়ে।')).toEqual([['4:00', '৪টায়']]);
    expect(read('সকাল ৬টা ৩০ থেকে অবরোধ।')).toEqual([['6:30', '৬টা ৩০']]);
    expect(read('বৃহস্পতিবার বিকেল ৩টা ২০-তে থানা ঘেরাও হয়।')).toEqual([['3:20', '৩টা ২০']]);
    expect(read('সকাল ৬টা ৪৫ মিনিটে হামলা হয়।')).toEqual([['6:45', '৬টা ৪৫ মিনিট']]);
    expect(read('বুধবার সকাল ৬টা৪৫ মিনিটে এই হানা হয়।')).toEqual([['6:45', '৬টা৪৫ মিনিট']]);
  });
});
