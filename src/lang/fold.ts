/**
 * Spelling folds for matching, applied to a normalized token before stemming. They merge what
 * newspapers spell more than one way; a token is never shown in its folded form.
 */

const DEVA_CONSONANT = '[\\u0915-\\u0939\\u0958-\\u095F]';
const BENG_CONSONANT = '[\\u0995-\\u09B9\\u09DC-\\u09DF]';

const HI_RULES: [RegExp, string][] = [
  [/\u093C/g, ''], // nukta: ज़ → ज, ड़ → ड
  [/\u0901/g, '\u0902'], // chandrabindu → anusvara: पाँच → पांच
  [new RegExp(`[\\u0919\\u091E\\u0923\\u0928\\u092E]\\u094D(?=${DEVA_CONSONANT})`, 'g'), '\u0902'], // dead nasal: पन्द्रह → पंद्रह
  [/\u0940/g, '\u093F'], // ी → ि
  [/\u0942/g, '\u0941'], // ू → ु
  [/\u0908/g, '\u0907'], // ई → इ
  [/\u090A/g, '\u0909'], // ऊ → उ
  [/\u0949/g, '\u094B'], // ॉ → ो (डॉक्टर / डोक्टर)
  [/\u0911/g, '\u0913'], // ऑ → ओ
  [/\u0945/g, '\u0947'], // ॅ → े
  [/\u090D/g, '\u090F'], // ऍ → ए
  [/\u0937/g, '\u0936'], // ष → श
  [/\u090B/g, '\u0930\u093F'], // ऋ → रि
  [/\u0943/g, '\u094D\u0930\u093F'], // ृ → ्रि
  [/\u0903/g, ''], // visarga
];

const BN_RULES: [RegExp, string][] = [
  [/\u09BC/g, ''], // nukta: য় → য, ড় → ড
  [/\u0981/g, ''], // chandrabindu
  [/\u09C0/g, '\u09BF'], // ী → ি
  [/\u09C2/g, '\u09C1'], // ূ → ু
  [/\u0988/g, '\u0987'], // ঈ → ই
  [/\u098A/g, '\u0989'], // ঊ → উ
  [/[\u09B6\u09B7]/g, '\u09B8'], // শ, ষ → স
  [/\u09A3/g, '\u09A8'], // ণ → ন
  [/\u09CE/g, '\u09A4'], // khanda ta ৎ → ত
  [new RegExp(`(${BENG_CONSONANT})\\u09CD\\u09AF`, 'g'), '$1'], // ya-phala: ব্যাক → বাক
  [/\u098B/g, '\u09B0\u09BF'], // ঋ → রি
  [/\u09C3/g, '\u09CD\u09B0\u09BF'], // ৃ → ্রি
  [/\u0983/g, ''], // visarga
];

function apply(rules: [RegExp, string][], s: string): string {
  for (const [re, to] of rules) s = s.replace(re, to);
  return s;
}

export function foldHindi(norm: string): string {
  return apply(HI_RULES, norm);
}

export function foldBengali(norm: string): string {
  return apply(BN_RULES, norm);
}
