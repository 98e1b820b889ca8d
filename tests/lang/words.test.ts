import { describe, expect, it } from 'vitest';
import { isConjunctive, isDeniedForm, isFutureForm, isHedge, isPeopleCountingQuestionWord } from '../../src/lang/words.js';

describe('verb forms read off their writing (language data)', () => {
  it('reads a conjunctive participle by its ending after a verb stem, not a noun or a name that ends so', () => {
    for (const w of ['मारकर', 'घुसकर', 'मिलकर', 'छिपाकर']) expect(isConjunctive(w, 'hi')).toBe(true);
    expect(isConjunctive('চালিয়ে', 'bn')).toBe(true);
    // (a conjunct or a nasal before the ending is a noun's or a name's: भास्कर, टक्कर, शंकर; the ending alone is "tax")
    for (const w of ['भास्कर', 'टक्कर', 'शंकर', 'कर']) expect(isConjunctive(w, 'hi')).toBe(false);
    expect(isConjunctive('मारकर', 'en')).toBe(false);
  });

  it('reads a Bengali verb denied by its ending, and the futures and hedges of each language', () => {
    expect(isDeniedForm('করেনি', 'bn')).toBe(true);
    expect(isDeniedForm('হয়নি', 'bn')).toBe(true);
    expect(isDeniedForm('করেছে', 'bn')).toBe(false);
    expect(isDeniedForm('करेगा', 'hi')).toBe(false);
    expect(isFutureForm('करेगा', 'hi')).toBe(true);
    expect(isFutureForm('করবে', 'bn')).toBe(true);
    expect(isFutureForm('किया', 'hi')).toBe(false);
    expect(isHedge('शायद')).toBe(true);
    expect(isHedge('নাকি')).toBe(true);
    expect(isHedge('पुलिस')).toBe(false);
  });
});

describe('question words that count people', () => {
  it('reads a Bengali counting question word with the counter of people written onto it or after it, in any case, as counting people', () => {
    for (const w of ['কতজন', 'কত জন', 'কয়জন', 'কজন', 'কজনকে', 'কতজনকে', 'কতজনের', 'kotojon', 'koto jon', 'kotojonke', 'kojon', 'koy jon']) expect(isPeopleCountingQuestionWord(w), w).toBe(true);
    // (one that counts things by its classifier, or counts with no counter, does not)
    for (const w of ['কতগুলো', 'কয়টি', 'kotogulo', 'कितने', 'how many', 'জন']) expect(isPeopleCountingQuestionWord(w), w).toBe(false);
  });
});
