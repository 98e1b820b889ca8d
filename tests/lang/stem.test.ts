import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldBengali, foldHindi } from '../../src/lang/fold.js';
import { normalize } from '../../src/lang/normalize.js';
import { bengaliBases, stemBengali, stemEnglish, stemHindi, stems } from '../../src/lang/stem.js';
import { tokenTerms } from '../../src/lang/terms.js';
import { tokenize } from '../../src/lang/tokenize.js';

const meet = (stem: (w: string) => string[], a: string, b: string) =>
  stem(normalize(a)).some((s) => stem(normalize(b)).includes(s));
const hi = (w: string) => stemHindi(w);
const bn = (w: string) => stemBengali(w);

describe('spelling folds', () => {
  it('fold Hindi nukta, chandrabindu, long vowels and dead nasals', () => {
    expect(foldHindi(normalize('पाँच'))).toBe(foldHindi(normalize('पांच')));
    expect(foldHindi(normalize('ज़्यादा'))).toBe(foldHindi(normalize('ज्यादा')));
    expect(foldHindi(normalize('मरीज़ों'))).toBe(foldHindi(normalize('मरिजों')));
    expect(foldHindi(normalize('पन्द्रह'))).toBe(foldHindi(normalize('पंद्रह')));
    expect(foldHindi(normalize('डॉक्टर'))).toBe(foldHindi(normalize('डोक्टर')));
  });

  it('fold Bengali long vowels, s/sh letters, ya-phala and khanda ta', () => {
    expect(foldBengali(normalize('রোগী'))).toBe(foldBengali(normalize('রোগি')));
    expect(foldBengali(normalize('পুলিশ'))).toBe(foldBengali(normalize('পুলিস')));
    expect(foldBengali(normalize('হ্যাকার'))).toBe(foldBengali(normalize('হাকার')));
    expect(foldBengali(normalize('উৎস'))).toBe(foldBengali(normalize('উতস')));
  });
});

describe('stemmers', () => {
  it('make Hindi inflections meet', () => {
    for (const [a, b] of [['सर्वर', 'सर्वरों'], ['हमला', 'हमले'], ['हमला', 'हमलों'], ['सेवा', 'सेवाएं'], ['मरीज', 'मरीजों'], ['हैकर', 'हैकर्स'], ['कंप्यूटर', 'कंप्यूटरों']]) {
      expect(meet(hi, a!, b!), `${a} / ${b}`).toBe(true);
    }
  });

  it('make the oblique plural of a Hindi noun of two consonants meet the noun, and strip nothing else off so short a word', () => {
    for (const [noun, plural] of [['घर', 'घरों'], ['ठग', 'ठगों'], ['पद', 'पदों'], ['शव', 'शवों']]) expect(meet(hi, noun!, plural!), `${noun} / ${plural}`).toBe(true);
    // (yesterday is no art, and "that" is no "there")
    for (const [word, other] of [['कला', 'कल'], ['वहां', 'वह'], ['यहां', 'यह']]) expect(meet(hi, word!, other!), `${word} / ${other}`).toBe(false);
    // nor, as a passage's or a question's word, a function word: taxes are no "do", wings no "on"
    const stemsOf = (w: string) => tokenTerms(tokenize(normalize(w))[0]!).stems;
    for (const [plural, word] of [['करों', 'कर'], ['परों', 'पर']]) expect(stemsOf(plural!), plural).not.toContain(stemsOf(word!)[0]);
    expect(stemsOf('घरों')).toEqual(stemsOf('घर'));
  });

  it('make every form of a Hindi root of a consonant and ा meet, the ending after the ा stripped as off a longer root', () => {
    // (हराया, बनाया: past; हराई: feminine; हराए: plural; हराएगा: future; हराओ: imperative; दवाओं, दवाएं: plural)
    for (const root of ['हरा', 'बना', 'बता', 'लगा', 'चला', 'करा']) {
      const forms = ['या', 'ए', 'ये', 'एगा', 'एंगे', 'ओ', 'ना', 'ने', 'कर', 'ते'].map((e) => root + e);
      for (const f of forms) expect(hi(normalize(f)), f).toEqual(hi(normalize(`${root}ना`)));
    }
    for (const [a, b] of [['दवा', 'दवाओं'], ['दवा', 'दवाएं'], ['सभा', 'सभाओं'], ['दिखाना', 'दिखाया']]) expect(meet(hi, a!, b!), `${a} / ${b}`).toBe(true);
    // a longer root loses its ा with the ending, as before (दिखाया: दिख), and words of other shapes keep theirs
    expect(hi(normalize('दिखाया'))).toEqual(hi(normalize('दिखाना')));
    expect(meet(hi, 'भाई', 'भा')).toBe(false);
    // nor a noun such a root makes with ई: the wrist is no art, an engagement no blood relative
    for (const [noun, other] of [['कलाई', 'कला'], ['सगाई', 'सगा'], ['जमाई', 'जमा'], ['कसाई', 'कसा']]) expect(meet(hi, noun!, other!), `${noun} / ${other}`).toBe(false);
  });

  it('make Bengali inflections meet', () => {
    for (const [a, b] of [['সার্ভার', 'সার্ভারের'], ['হামলা', 'হামলার'], ['হ্যাকার', 'হ্যাকাররা'], ['হ্যাকার', 'হ্যাকারদের'], ['এইমস', 'এইমসের'], ['ঘটনা', 'ঘটনাটি'], ['সার্ভার', 'সার্ভারগুলো']]) {
      expect(meet(bn, a!, b!), `${a} / ${b}`).toBe(true);
    }
  });

  it('make the forms of a Bengali verb whose root ends in আ meet its verbal noun, the vowel changed in the perfect (চেয়েছিল, চায়: চাওয়া)', () => {
    for (const form of ['চায়', 'চাইছে', 'চাচ্ছে', 'চাইবে', 'চাইল', 'চেয়েছে', 'চেয়েছিল', 'চেয়েছিলেন']) expect(meet(bn, 'চাওয়া', form), form).toBe(true);
    expect(meet(bn, 'খাওয়া', 'খেয়েছে')).toBe(true);
    // "than" (এর চেয়ে) and nouns that end as a present might (মান, value) are no forms of it
    expect(meet(bn, 'চাওয়া', 'চেয়ে')).toBe(false);
    expect(meet(bn, 'মাওয়া', 'মান')).toBe(false);
    // nor are the loanwords written as its past is (মাইল, mile; ফাইল, file)
    expect(meet(bn, 'মাওয়া', 'মাইল')).toBe(false);
    expect(meet(bn, 'ফাওয়া', 'ফাইল')).toBe(false);
  });

  it('read a Bengali word ending in কে or তে as the locative of a word ending in ক or ত too (ব্লকে: ব্লকের; রাতে: রাতের)', () => {
    for (const [a, b] of [['ব্লকে', 'ব্লকের'], ['রাতে', 'রাতের'], ['ব্লকে', 'ব্লক'], ['হাটে', 'হাট']]) expect(meet(bn, a!, b!), `${a} / ${b}`).toBe(true);
    // the objective and the locative of a vowel-final word keep their own readings
    expect(meet(bn, 'মাকে', 'মায়ের')).toBe(true);
    expect(meet(bn, 'বাড়িতে', 'বাড়ির')).toBe(true);
    expect(meet(bn, 'রামকে', 'রামের')).toBe(true);
    // a verb's participle in কে is no locative: আটকে (stuck) is no আটক (arrest)
    expect(meet(bn, 'আটকে', 'আটক')).toBe(false);
  });

  it('read a Bengali word that ends in য় with its case ending alone (সময়ের is সময়, not সম), and after a vowel as a glide too (মায়ের: মা)', () => {
    const pairs: [string, string][] = [
      ['সময়', 'সময়ের'],
      ['বিজয়', 'বিজয়ের'],
      ['রায়', 'রায়ের'],
      ['বন্দ্যোপাধ্যায়', 'বন্দ্যোপাধ্যায়ের'],
      ['মা', 'মায়ের'],
      ['ভাই', 'ভাইয়েরা'],
      // and with a particle after the ending (ও, also)
      ['মা', 'মায়েরও'],
      ['ভাই', 'ভাইয়েরও'],
      ['সময়', 'সময়েরও'],
    ];
    for (const [word, inflected] of pairs) {
      expect(meet(bn, word, inflected), `${word} ${inflected}`).toBe(true);
    }
    // after a consonant the য় is the word's: no stem of সময়ের is সম (equal); nor, after the sign ে, a glide:
    // মেয়ের is মেয়ে's (girl's), not মে (May)
    expect(meet(bn, 'সম', 'সময়ের')).toBe(false);
    expect(meet(bn, 'মেয়ে', 'মেয়েরও')).toBe(true);
    expect(bn(normalize('মেয়েরও'))).not.toContain(foldBengali(normalize('মে')));
  });

  it('read a Bengali simple past or future as its verb, its root and its verbal noun (লাগলো: লাগে, লাগার; খুলবে: খুলে)', () => {
    const pairs: [string, string][] = [
      ['লাগলো', 'লাগে'],
      ['লাগল', 'লাগার'],
      ['লাগলেন', 'লাগে'],
      ['লাগলাম', 'লাগার'],
      ['খুলবে', 'খুলে'],
      ['খুলবেন', 'খুলে'],
      ['খুলবো', 'খুলে'],
      ['দেখলেন', 'দেখার'],
      ['পৌঁছাল', 'পৌঁছায়'],
    ];
    for (const [asked, written] of pairs) expect(meet(bn, asked, written), `${asked} / ${written}`).toBe(true);
    // a noun that ends so keeps its reading as written, and a root of fewer than three code units is no root:
    // মাল (goods) is no মা (mother), চাল (rice) no চা (tea)
    expect(meet(bn, 'হাসপাতাল', 'হাসপাতালে')).toBe(true);
    expect(meet(bn, 'মাল', 'মা')).toBe(false);
    expect(meet(bn, 'চাল', 'চা')).toBe(false);
    // nor is the root a base of the word's sound: a cross-script key reads the word as written (হাসপাতাল, hospital)
    expect(bengaliBases(normalize('লাগলো'))).toEqual([normalize('লাগলো')]);
  });

  it('keep a Bengali word whose own ending looks like an inflection (সার্ভার, ডেটা)', () => {
    expect(bn(normalize('সার্ভার'))).toContain(foldBengali(normalize('সার্ভার')));
    expect(bn(normalize('ডেটা'))).toContain(foldBengali(normalize('ডেটা')));
  });

  it('stem English with Porter, possessives included', () => {
    expect(stemEnglish('attacks')).toBe(stemEnglish('attack'));
    expect(stemEnglish('hacked')).toBe(stemEnglish('hack'));
    expect(stemEnglish("utility's")).toBe(stemEnglish('utility'));
  });

  it('stem a British -ise spelling as the American -ize one WordNet knows, and a word whose -ize spelling is no word as it is', () => {
    expect(stemEnglish('hospitalised')).toBe(stemEnglish('hospitalized'));
    expect(stemEnglish('hospitalised')).toBe(stemEnglish('hospital'));
    expect(stemEnglish('organisation')).toBe(stemEnglish('organization'));
    expect(stemEnglish('analysed')).toBe(stemEnglish('analyzed'));
    expect(stemEnglish('realising')).toBe(stemEnglish('realize'));
    expect(stemEnglish('promised')).toBe(stemEnglish('promise'));
    expect(stemEnglish('exercise')).not.toBe(stemEnglish('exercize'));
    expect(stemEnglish('surprised')).toBe(stemEnglish('surprise'));
    // the forms of its noun and adjective too; a word that only shares a stem with an -ize word stays itself
    expect(stemEnglish('organisers')).toBe(stemEnglish('organizer'));
    expect(stemEnglish('organisational')).toBe(stemEnglish('organizational'));
    expect(stemEnglish('paradise')).not.toBe(stemEnglish('parade'));
    expect(stemEnglish('expertise')).not.toBe(stemEnglish('expert'));
    // nor is one whose -ise spelling is the common one split from its noun by a rare -ize variant
    expect(stemEnglish('advertised')).toBe(stemEnglish('advertisement'));
    expect(stemEnglish('improvise')).toBe(stemEnglish('improvisation'));
  });

  it('never give an empty stem; a Hindi stem only strips a suffix, a prefix of the folded word', () => {
    const deva = fc.array(fc.integer({ min: 0x0900, max: 0x097f }).map((c) => String.fromCharCode(c)), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
    const beng = fc.array(fc.integer({ min: 0x0980, max: 0x09ff }).map((c) => String.fromCharCode(c)), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(deva, (w) => {
        const n = normalize(w);
        for (const s of stemHindi(n)) expect(foldHindi(n).startsWith(s)).toBe(true);
        for (const s of stems(n, 'deva')) expect(s.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(beng, (w) => {
        const n = normalize(w);
        const out = stems(n, 'beng');
        for (const s of out) expect(s.length).toBeGreaterThan(0);
        // each stem once
        expect(new Set(out).size).toBe(out.length);
      }),
      { numRuns: 2000 },
    );
  });
});
