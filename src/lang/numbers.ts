/**
 * Numbers written as digits (any script, already folded to ASCII by normalization) or as words in
 * Hindi, Bengali, English and romanized Hindi/Bengali, and the Indian multipliers (lakh, crore).
 */
export type NumberLanguage = 'hi' | 'bn' | 'en' | 'latn-indic';

const words = (table: Record<string, number>) => new Map(Object.entries(table).map(([w, v]) => [w.normalize('NFC'), v]));

/** Cardinals that are whole words. Spelling variants are listed where newspapers use both. */
export const CARDINALS: Record<NumberLanguage, Map<string, number>> = {
  hi: words({
    शून्य: 0, एक: 1, दो: 2, तीन: 3, चार: 4, पांच: 5, पाँच: 5, छह: 6, छः: 6, छे: 6, छै: 6, सात: 7, आठ: 8, नौ: 9, दस: 10,
    ग्यारह: 11, बारह: 12, तेरह: 13, चौदह: 14, पंद्रह: 15, पन्द्रह: 15, सोलह: 16, सत्रह: 17, अठारह: 18, उन्नीस: 19, बीस: 20,
    इक्कीस: 21, बाईस: 22, तेईस: 23, चौबीस: 24, पच्चीस: 25, छब्बीस: 26, सत्ताईस: 27, अट्ठाईस: 28, उनतीस: 29, तीस: 30,
    इकतीस: 31, बत्तीस: 32, तैंतीस: 33, चौंतीस: 34, पैंतीस: 35, छत्तीस: 36, सैंतीस: 37, अड़तीस: 38, उनतालीस: 39, चालीस: 40,
    इकतालीस: 41, बयालीस: 42, तैंतालीस: 43, चवालीस: 44, पैंतालीस: 45, छियालीस: 46, सैंतालीस: 47, अड़तालीस: 48, उनचास: 49, पचास: 50,
    इक्यावन: 51, बावन: 52, तिरपन: 53, चौवन: 54, पचपन: 55, छप्पन: 56, सत्तावन: 57, अट्ठावन: 58, उनसठ: 59, साठ: 60,
    इकसठ: 61, बासठ: 62, तिरसठ: 63, चौंसठ: 64, पैंसठ: 65, छियासठ: 66, सड़सठ: 67, अड़सठ: 68, उनहत्तर: 69, सत्तर: 70,
    इकहत्तर: 71, बहत्तर: 72, तिहत्तर: 73, चौहत्तर: 74, पचहत्तर: 75, छिहत्तर: 76, सतहत्तर: 77, अठहत्तर: 78, उन्यासी: 79, अस्सी: 80,
    इक्यासी: 81, बयासी: 82, तिरासी: 83, चौरासी: 84, पचासी: 85, छियासी: 86, सत्तासी: 87, अट्ठासी: 88, नवासी: 89, नब्बे: 90,
    इक्यानवे: 91, बानवे: 92, तिरानवे: 93, चौरानवे: 94, पचानवे: 95, छियानवे: 96, सत्तानवे: 97, अट्ठानवे: 98, निन्यानवे: 99,
    दर्जन: 12, आधा: 0.5, आधी: 0.5, डेढ़: 1.5, ढाई: 2.5,
    // inflected "all N" forms
    दोनों: 2, तीनों: 3, चारों: 4, पांचों: 5, पाँचों: 5,
  }),
  bn: words({
    শূন্য: 0, এক: 1, দুই: 2, দু: 2, তিন: 3, চার: 4, পাঁচ: 5, পাচ: 5, ছয়: 6, ছ: 6, সাত: 7, আট: 8, দশ: 10,
    এগারো: 11, বারো: 12, তেরো: 13, চোদ্দ: 14, চৌদ্দ: 14, পনেরো: 15, ষোলো: 16, সতেরো: 17, আঠারো: 18, উনিশ: 19, বিশ: 20, কুড়ি: 20,
    একুশ: 21, বাইশ: 22, তেইশ: 23, চব্বিশ: 24, পঁচিশ: 25, ছাব্বিশ: 26, সাতাশ: 27, আটাশ: 28, ঊনত্রিশ: 29, তিরিশ: 30, ত্রিশ: 30,
    একত্রিশ: 31, বত্রিশ: 32, তেত্রিশ: 33, চৌত্রিশ: 34, পঁয়ত্রিশ: 35, ছত্রিশ: 36, সাঁইত্রিশ: 37, আটত্রিশ: 38, ঊনচল্লিশ: 39, চল্লিশ: 40,
    একচল্লিশ: 41, বিয়াল্লিশ: 42, তেতাল্লিশ: 43, চুয়াল্লিশ: 44, পঁয়তাল্লিশ: 45, ছেচল্লিশ: 46, সাতচল্লিশ: 47, আটচল্লিশ: 48, ঊনপঞ্চাশ: 49, পঞ্চাশ: 50,
    একান্ন: 51, বাহান্ন: 52, তিপ্পান্ন: 53, চুয়ান্ন: 54, পঞ্চান্ন: 55, ছাপ্পান্ন: 56, সাতান্ন: 57, আটান্ন: 58, ঊনষাট: 59, ষাট: 60,
    একষট্টি: 61, বাষট্টি: 62, তেষট্টি: 63, চৌষট্টি: 64, পঁয়ষট্টি: 65, ছেষট্টি: 66, সাতষট্টি: 67, আটষট্টি: 68, ঊনসত্তর: 69, সত্তর: 70,
    একাত্তর: 71, বাহাত্তর: 72, তিয়াত্তর: 73, চুয়াত্তর: 74, পঁচাত্তর: 75, ছিয়াত্তর: 76, সাতাত্তর: 77, আটাত্তর: 78, ঊনআশি: 79, আশি: 80,
    একাশি: 81, বিরাশি: 82, তিরাশি: 83, চুরাশি: 84, পঁচাশি: 85, ছিয়াশি: 86, সাতাশি: 87, আটাশি: 88, ঊননব্বই: 89, নব্বই: 90,
    একানব্বই: 91, বিরানব্বই: 92, তিরানব্বই: 93, চুরানব্বই: 94, পঁচানব্বই: 95, ছিয়ানব্বই: 96, সাতানব্বই: 97, আটানব্বই: 98, নিরানব্বই: 99,
    ডজন: 12, আধ: 0.5, আধা: 0.5, দেড়: 1.5, আড়াই: 2.5,
    দুটি: 2, দুটো: 2, দুজন: 2, একটি: 1, একটা: 1, একজন: 1,
  }),
  en: words({
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    dozen: 12, half: 0.5, both: 2,
  }),
  // Romanized Hindi and Bengali: only read as numbers in a question written that way.
  'latn-indic': words({
    ek: 1, do: 2, dui: 2, teen: 3, tin: 3, char: 4, chaar: 4, paanch: 5, panch: 5, paach: 5, paanc: 5, chhah: 6, chhe: 6, choy: 6, chhoy: 6,
    saat: 7, sat: 7, aath: 8, aat: 8, nau: 9, noy: 9, das: 10, dus: 10, dosh: 10, gyarah: 11, barah: 12, baro: 12, bees: 20, bish: 20,
    tees: 30, chalis: 40, chalees: 40, pachas: 50, ponchash: 50, sau: 100, sho: 100,
  }),
};

/** Multipliers, by the power they raise what stands before them to. */
export const MULTIPLIERS: Record<NumberLanguage, Map<string, number>> = {
  hi: words({ सौ: 100, हज़ार: 1e3, हजार: 1e3, लाख: 1e5, करोड़: 1e7, करोड: 1e7, अरब: 1e9, खरब: 1e11, मिलियन: 1e6, बिलियन: 1e9 }),
  bn: words({ শো: 100, শ: 100, শত: 100, একশো: 100, হাজার: 1e3, লাখ: 1e5, লক্ষ: 1e5, কোটি: 1e7, মিলিয়ন: 1e6, বিলিয়ন: 1e9 }),
  en: words({ hundred: 100, thousand: 1e3, lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7, million: 1e6, billion: 1e9, trillion: 1e12 }),
  'latn-indic': words({ sau: 100, hazaar: 1e3, hazar: 1e3, hajar: 1e3, lakh: 1e5, lac: 1e5, crore: 1e7, karod: 1e7, karor: 1e7, koti: 1e7, arab: 1e9 }),
};

/**
 * Words before a cardinal that add a fraction to it: साढ़े तीन is 3.5, सवा छह 6.25, पौने आठ 7.75; সাড়ে আট,
 * সোয়া, পৌনে alike. Read with the cardinal they stand before only.
 */
export const FRACTION_PREFIXES: Record<NumberLanguage, Map<string, number>> = {
  hi: words({ साढ़े: 0.5, साढे: 0.5, सवा: 0.25, पौने: -0.25 }),
  bn: words({ সাড়ে: 0.5, সোয়া: 0.25, পৌনে: -0.25 }),
  en: words({}),
  'latn-indic': words({ sadhe: 0.5, saadhe: 0.5, sare: 0.5, sawa: 0.25, sowa: 0.25, paune: -0.25, poune: -0.25 }),
};

/** The fraction a word before a cardinal adds to it in any of the given languages (साढ़े: 0.5), if it is one. */
export const fractionBefore = (norm: string, langs: readonly NumberLanguage[]): number | undefined => langs.map((l) => FRACTION_PREFIXES[l].get(norm)).find((f) => f !== undefined);

/**
 * Bengali counts take a classifier, and may take a case ending after it: পাঁচটি, তিনজন, দুটো; তিনজনকে, দুজনের,
 * চারটির. Not টা with a case: দশটার, দশটায় tell the hour ("at ten").
 */
export const BN_CLASSIFIER = /(?:(?:টি|টো|জন|খানা|খানি)(?:র|ের|এর|কে|তে|ই)?|টা)$/u;
/** A classifier with a case ending written onto a number word (তিনজনকে, দুটির): the case closes the count's phrase. */
const BN_CASED_CLASSIFIER = /(?:টি|টো|জন|খানা|খানি)(?:র|ের|এর|কে|তে)$/u;
/** Whether a normalized number word ends in a Bengali classifier and a case ending (তিনজনকে): nothing after it is what it counts. */
export const endsInCasedClassifier = (norm: string) => BN_CASED_CLASSIFIER.test(norm);
/** A classifier standing as a token of its own after digits (২০টি is ২০ and টি), with a case ending if any: ৫০টির, ২০টিকে. */
const CLASSIFIER_TOKEN = /^(?:টি|টা|টো|জন|খানা|খানি)(?:র|ের|এর|কে|তে|ই)?$/u;
/** Whether a normalized token is a Bengali classifier written onto the number before it. */
export const isClassifier = (norm: string) => CLASSIFIER_TOKEN.test(norm);
/** The classifiers that count things, not people (জন counts people), with a case ending if any: ৪৭টি দোকান, দুটো বাস, তিনখানা ঘর, ৪৭টার. */
const THING_CLASSIFIER = /(?:টি|টা|টো|খানা|খানি)(?:র|ের|এর|কে|তে|ই)?$/u;
/**
 * Whether a normalized number word ends in, or a classifier token is, a Bengali classifier of things
 * (সাতচল্লিশটি, টি after ৪৭): what the number counts is no person. Not a multiplier that ends so (কোটি, a crore).
 */
export const endsInThingClassifier = (norm: string) => THING_CLASSIFIER.test(norm) && multiplierValue(norm, ['bn']) === undefined;
/**
 * The value of a Bengali number word before its classifier: as listed, or with the letter the apostrophe
 * marks as left out (ছ'জন, দু'টি, ন'জন: ছয়, দুই, নয়); নয় alone is also "is not", but before a classifier only nine.
 */
function bengaliBareValue(bare: string): number | undefined {
  const elided = bare.endsWith("'") ? bare.slice(0, -1) : undefined;
  const word = elided ?? bare;
  if (word.length === 0) return undefined;
  return CARDINALS.bn.get(word) ?? (word === 'নয়'.normalize('NFC') || word === 'নয়' || (elided !== undefined && word === 'ন') ? 9 : undefined);
}

/** Whether a normalized word is a Bengali number word with the classifier of people (জন) written onto it (তিনজনের, ছ'জন; ডজন is none). */
const writesPeople = (norm: string) => {
  const m = BN_CLASSIFIER.exec(norm);
  return m !== null && m[0].startsWith('জন') && bengaliBareValue(norm.slice(0, m.index)) !== undefined;
};

/** The languages whose number words a token may be, given the language of the text it is in. */
export function numberLanguages(lang: 'hi' | 'bn' | 'en', romanizedIndic: boolean): NumberLanguage[] {
  if (lang === 'en') return romanizedIndic ? ['latn-indic', 'en'] : ['en'];
  return [lang, 'en'];
}

/** The value of a single word or digit string, or undefined. `norm` is a normalized token. */
export function cardinalValue(norm: string, langs: readonly NumberLanguage[]): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(norm)) return Number(norm);
  for (const l of langs) {
    const v = CARDINALS[l].get(norm);
    if (v !== undefined) return v;
    if (l === 'bn') {
      const bare = norm.replace(BN_CLASSIFIER, '');
      if (bare !== norm) {
        const w = bengaliBareValue(bare);
        if (w !== undefined) return w;
      }
    }
  }
  return undefined;
}

/** A case ending and the particle ও a Bengali multiplier may carry (লক্ষের, কোটিরও, হাজারেরও: of a lakh, even of a crore). */
const BN_MULTIPLIER_CASE = /(?:ের|এর|র)?ও?$/u;

export function multiplierValue(norm: string, langs: readonly NumberLanguage[]): number | undefined {
  for (const l of langs) {
    const v = MULTIPLIERS[l].get(norm) ?? (l === 'bn' ? MULTIPLIERS.bn.get(norm.replace(BN_MULTIPLIER_CASE, '')) : undefined);
    if (v !== undefined) return v;
  }
  return undefined;
}

export interface NumberPhrase {
  /** Token positions [first, last] of the phrase. */
  first: number;
  last: number;
  value: number;
  /** Whether a multiplier (hundred, lakh, crore…) was part of it. */
  scaled: boolean;
  /** Whether its last word is a number with the counter of people written onto it (তিনজনের, দুজনকে; not ডজন, a dozen). */
  people?: true;
  /** Whether it is written twice, joined by a hyphen, before its scale or currency: so much each (4-4 लाख रुपये: ₹4 lakh each; values.ts repeatedEach). */
  each?: true;
}

/**
 * Read number phrases from normalized tokens: "200 करोड़" is 2,000,000,000, "1.5 lakh" is 150,000,
 * "पांच" is 5, "twenty five" is 25. A multiplier with nothing before it ("करोड़ों", "hundreds") is not a
 * number.
 */
export function numberPhrases(norms: readonly string[], langs: readonly NumberLanguage[]): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  let i = 0;
  while (i < norms.length) {
    // (a fraction's word before the cardinal, साढ़े तीन: 3.5; alone it is no number)
    const fraction = fractionBefore(norms[i]!, langs);
    const start = i;
    if (fraction !== undefined && i + 1 < norms.length && cardinalValue(norms[i + 1]!, langs) !== undefined) i++;
    const cardinal = cardinalValue(norms[i]!, langs);
    if (cardinal === undefined) {
      i++;
      continue;
    }
    const first = start < i ? cardinal + fraction! : cardinal;
    let total = 0;
    let current = first;
    let lastMult = Infinity;
    let scaled = false;
    let j = i + 1;
    for (; j < norms.length; j++) {
      const m = multiplierValue(norms[j]!, langs);
      if (m !== undefined) {
        scaled = true;
        if (m === 100) current = (current || 1) * 100;
        else if (current === 0 && m > lastMult) total *= m;
        else {
          total += (current || 1) * m;
          current = 0;
        }
        lastMult = m === 100 ? lastMult : m;
        continue;
      }
      const c = cardinalValue(norms[j]!, langs);
      // "twenty five" and "hundred and five": a smaller word after a larger one adds to it
      if (c !== undefined && !/^\d/.test(norms[j]!) && c < 10 && current >= 20 && current % 10 === 0) {
        current += c;
        continue;
      }
      break;
    }
    out.push({ first: start, last: j - 1, value: total + current, scaled, ...(langs.includes('bn') && writesPeople(norms[j - 1]!) && { people: true as const }) });
    i = j;
  }
  return out;
}

/** A year written as a number: 1900 to 2100. It dates an event; it counts nothing. */
export const isYear = (value: number) => Number.isInteger(value) && value >= 1900 && value <= 2100;

/** A year a "when" can answer: a whole number of three or four digits as far back as history goes (711, 1349, 2022). */
export const yearLike = (value: number, raw: string) => Number.isInteger(value) && value >= 100 && value <= 2100 && /^\d{3,4}$/.test(raw);

/**
 * A number written as a year may well be one: four digits (1349, २०२२), nothing between them. Three
 * digits ("308 points") and a number written with a separator ("2,000 passengers") are more often counts.
 */
export const writtenAsYear = (value: number, token: { raw: string; norm: string }) => /^\p{Nd}{4}$/u.test(token.raw) && yearLike(value, token.norm);

/**
 * A Roman numeral in capitals, of two letters or more, for a number below a hundred: what numbers one of a
 * series, a monarch or a stage (Super Bowl XLIX, Henry III, Phase II). Larger ones are written as acronyms more
 * often (DC, CD, MD), a single letter as a word or an initial.
 */
const ROMAN_NUMERAL = /^(?=[IVXLC]{2})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
export const writtenAsNumeral = (token: { raw: string }) => ROMAN_NUMERAL.test(token.raw);

/** Whether a number written so can be a day of the month beside its month: one or two digits, 1 to 31 (8 February, May 18). */
export const writtenAsDayOfMonth = (value: number, norm: string) => Number.isInteger(value) && value >= 1 && value <= 31 && /^\d{1,2}$/.test(norm);

/** A canonical text for a value: integers as digits, others with up to three decimals. */
export function canonicalNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}
