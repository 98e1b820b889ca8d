import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/lang/analyze.js';
import type { Language } from '../../src/lang/script.js';
import { extractAnswer, sameValue, type ShortAnswer } from '../../src/qa/extract.js';
import { planQuestion } from '../../src/qa/question.js';

/** The short answer a one-passage article gives to a question. */
function answer(question: string, passage: string, language: Language): ShortAnswer | undefined {
  return extractAnswer(planQuestion(question), { text: analyzeText(passage, language), body: passage, offset: 0, language });
}

describe('reading a count', () => {
  it('takes the number next to what is counted, not a year or a clock time', () => {
    const a = answer('एम्स के कितने सर्वर हैक हुए?', 'साल 2022 में सुबह 7 बजे हैकरों ने पांच सर्वर हैक किए।', 'hi');
    expect(a?.value).toEqual({ kind: 'count', n: 5 });
    expect(a?.text).toBe('पांच सर्वर');
    expect(a?.normalized).toBe('5');
  });

  it('takes the number beside the thing asked about over another count in the sentence', () => {
    const a = answer('How many servers were encrypted?', 'Officials checked 1,200 computers and found that six servers were encrypted.', 'en');
    expect(a?.value).toEqual({ kind: 'count', n: 6 });
    expect(a?.text).toBe('six servers');
  });

  it('reads a part of a whole as "20 of 50"', () => {
    const hindi = answer('कितने सर्वर बंद हुए?', '50 में से 20 सर्वर बंद हो गए।', 'hi');
    expect(hindi?.value).toEqual({ kind: 'count', n: 20 });
    expect(hindi?.normalized).toBe('20 of 50');
    expect(hindi?.text).toBe('50 में से 20 सर्वर');
    const bengali = answer('কতগুলো সার্ভার বন্ধ হয়েছে?', '৫০-এর মধ্যে ২০টি সার্ভার বন্ধ হয়ে যায়।', 'bn');
    expect(bengali?.value).toEqual({ kind: 'count', n: 20 });
    expect(bengali?.normalized).toBe('20 of 50');
    const english = answer('How many servers were hit?', 'The attackers hit three of the utility’s twelve servers.', 'en');
    expect(english?.value).toEqual({ kind: 'count', n: 3 });
    expect(english?.normalized).toBe('3 of 12');
  });

  it('gives no count when what is counted stands with no number beside it', () => {
    expect(answer('How many servers were hacked?', 'The servers were hacked last week, and 40 engineers worked through the night to restore the hospital systems.', 'en')).toBeUndefined();
  });
});

describe('reading an amount', () => {
  it('reads crore with its currency, and what it is paid in', () => {
    const a = answer('हैकरों ने कितनी फिरौती मांगी?', 'हैकरों ने 200 करोड़ रुपये की फिरौती क्रिप्टोकरेंसी में मांगी।', 'hi');
    expect(a?.value).toEqual({ kind: 'money', amount: 2_000_000_000 });
    expect(a?.normalized).toBe('₹200 crore in cryptocurrency');
    expect(a?.text).toBe('200 करोड़ रुपये की फिरौती क्रिप्टोकरेंसी');
  });

  it('reads dollars in millions', () => {
    const a = answer('How much ransom did the gang demand?', 'The gang demanded 1.5 million dollars from the hospital.', 'en');
    expect(a?.value).toEqual({ kind: 'money', amount: 1_500_000 });
    expect(a?.normalized).toBe('$1.5 million');
  });
});

describe('reading a time', () => {
  it('reads a day and a clock time with its part of the day: রাত ১০টা is 10 pm', () => {
    const a = answer('সার্ভার কখন বন্ধ হয়?', 'বুধবার রাত ১০টা নাগাদ সার্ভার বন্ধ হয়ে যায়।', 'bn');
    expect(a?.value).toEqual({ kind: 'time', day: 'wednesday', clock: { hour: 22, minute: 0 }, part: 'night' });
    expect(a?.normalized).toBe('Wednesday 10:00 pm');
    expect(a?.text).toBe('বুধবার রাত ১০টা');
  });

  it('reads the morning hour as it is: সকাল ৬টা৪৫ is 6:45 am', () => {
    const a = answer('সার্ভার কখন বন্ধ হয়?', 'বুধবার সকাল ৬টা৪৫ মিনিটে সার্ভার বন্ধ হয়ে যায়।', 'bn');
    expect(a?.value).toEqual({ kind: 'time', day: 'wednesday', clock: { hour: 6, minute: 45 }, part: 'morning' });
    expect(a?.normalized).toBe('Wednesday 6:45 am');
  });

  it('takes times that share a day to agree when one lacks the clock, and different days to differ', () => {
    const question = 'সার্ভার কখন বন্ধ হয়?';
    const withClock = answer(question, 'বুধবার রাত ১০টা নাগাদ সার্ভার বন্ধ হয়ে যায়।', 'bn')!;
    const dayOnly = answer(question, 'বুধবার সার্ভার বন্ধ হয়ে যায়।', 'bn')!;
    const otherDay = answer(question, 'শুক্রবার সার্ভার বন্ধ হয়ে যায়।', 'bn')!;
    expect(dayOnly.value).toEqual({ kind: 'time', day: 'wednesday' });
    expect(sameValue(withClock, dayOnly)).toBe(true);
    expect(sameValue(dayOnly, otherDay)).toBe(false);
    expect(sameValue(withClock, otherDay)).toBe(false);
  });
});

describe('reading a name', () => {
  it('gives the named actor, not one the question already names', () => {
    const a = answer('Who is investigating the AIIMS hack?', 'The hack at AIIMS is being investigated by Delhi Police, officials said.', 'en');
    expect(a?.text).toBe('Delhi Police');
    expect(a?.value).toEqual({ kind: 'name', ids: ['delhi-police'] });
  });
});
