import type { Article } from '../src/corpus/article.js';
import type { Language } from '../src/lang/script.js';
import { realWords } from './words.js';

/**
 * Reproducible synthetic news corpora for the benchmark: Hindi, Bengali and English articles whose
 * words follow a Zipf distribution (function words most frequent, then domain words, then a long tail
 * of rarer words), with "needle" facts planted at known places and questions about them in all three
 * languages.
 */

/** Mulberry32: a small seeded generator, so that every run builds the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Syllables written alike in the three scripts, so that a generated name is the same name in each. */
const SYLLABLES: [string, string, string][] = [
  ['ka', 'का', 'কা'], ['ki', 'कि', 'কি'], ['ku', 'कु', 'কু'], ['ga', 'गा', 'গা'], ['ta', 'ता', 'তা'], ['ti', 'ति', 'তি'],
  ['da', 'दा', 'দা'], ['na', 'ना', 'না'], ['ni', 'नि', 'নি'], ['pa', 'पा', 'পা'], ['pu', 'पु', 'পু'], ['ma', 'मा', 'মা'],
  ['mi', 'मि', 'মি'], ['ra', 'रा', 'রা'], ['ri', 'रि', 'রি'], ['la', 'ला', 'লা'], ['li', 'लि', 'লি'], ['sa', 'सा', 'সা'],
  ['su', 'सु', 'সু'], ['ha', 'हा', 'হা'], ['ja', 'जा', 'জা'], ['ba', 'बा', 'বা'], ['ro', 'रो', 'রো'], ['to', 'टो', 'টো'],
];

const FUNCTION_WORDS: Record<Language, string[]> = {
  hi: 'के का की को में से पर ने है हैं था थी थे हो गया गई किया कर रहा रही भी तो ही और कि जो यह वह इस उस एक लिए साथ बाद तक'.split(' '),
  bn: 'এই এর ও এবং যে তা তার করে করা হয় হয়েছে ছিল আছে থেকে জন্য দিয়ে সঙ্গে নিয়ে পরে আগে উপর না কিন্তু তবে একটি'.split(' '),
  en: 'the of to and a in is that for on was with as by at from it be were has have said are this which its an their'.split(' '),
};

const DOMAIN_WORDS: Record<Language, string[]> = {
  hi: 'सर्वर हैकर्स हमला साइबर डेटा पुलिस जांच अस्पताल मरीज सेवा सरकार मंत्रालय अधिकारी कंप्यूटर नेटवर्क सुरक्षा शिकायत मामला रिपोर्ट सिस्टम बैंक रुपए करोड़ फिरौती मांग चोरी वेबसाइट ईमेल समय दिन'.split(' '),
  bn: 'সার্ভার হ্যাকার হামলা সাইবার তথ্য পুলিশ তদন্ত হাসপাতাল রোগী পরিষেবা সরকার মন্ত্রক আধিকারিক কম্পিউটার নেটওয়ার্ক নিরাপত্তা অভিযোগ ঘটনা রিপোর্ট সিস্টেম ব্যাংক টাকা কোটি মুক্তিপণ দাবি চুরি ওয়েবসাইট ইমেল সময় দিন'.split(' '),
  en: 'server hackers attack cyber data police investigation hospital patients service government ministry officials computers network security complaint case report system bank rupees crore ransom demand theft website email time day'.split(' '),
};

/** A pseudo-word of the script: the long tail of rarer words that real text has. */
function tailWord(random: () => number, language: Language): string {
  const col = language === 'en' ? 0 : language === 'hi' ? 1 : 2;
  const n = 2 + Math.floor(random() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)]![col];
  return language === 'en' ? w + (random() < 0.3 ? 'ed' : '') : w;
}

/** Word lists ranked for a Zipf draw: function words first, then domain words, then a long tail. */
function vocabulary(random: () => number, language: Language, tail: number): string[] {
  const words = [...FUNCTION_WORDS[language], ...DOMAIN_WORDS[language]];
  const seen = new Set(words);
  const target = words.length + tail;
  while (words.length < target) {
    const w = tailWord(random, language);
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}

/** A Zipf(s = 1.05) sampler over ranks 0..n-1. */
function zipf(random: () => number, n: number): () => number {
  const weights = Array.from({ length: n }, (_v, i) => 1 / (i + 1) ** 1.05);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface Needle {
  /** The article and the text of the sentence that holds the fact. */
  articleId: string;
  sentence: string;
  /** Questions about it, one per language. */
  questions: Record<Language, string>;
}

export interface SyntheticCorpus {
  articles: Article[];
  needles: Needle[];
  /** Questions without a planted answer: ordinary word mixes, for latency. */
  others: string[];
}

const NAMES_COLUMNS = { en: 0, hi: 1, bn: 2 } as const;

function placeName(random: () => number, used: Set<string>): [string, string, string] {
  for (;;) {
    const parts = Array.from({ length: 4 }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]!);
    const en = parts.map((p) => p[0]).join('');
    if (used.has(en)) continue;
    used.add(en);
    const cap = en[0]!.toUpperCase() + en.slice(1);
    return [cap, parts.map((p) => p[1]).join(''), parts.map((p) => p[2]).join('')];
  }
}

const NEEDLE_SENTENCES: Record<Language, (place: string, n: number) => string> = {
  hi: (place, n) => `${place} में हैकर्स ने कुल ${n} सर्वर हैक किए।`,
  bn: (place, n) => `${place}-এ হ্যাকাররা মোট ${n}টি সার্ভার হ্যাক করেছে।`,
  en: (place, n) => `Hackers breached a total of ${n} servers at ${place}.`,
};

const NEEDLE_QUESTIONS: Record<Language, (place: string) => string> = {
  hi: (place) => `${place} में कितने सर्वर हैक हुए?`,
  bn: (place) => `${place}-এ কতগুলো সার্ভার হ্যাক হয়েছিল?`,
  en: (place) => `How many servers were hacked at ${place}?`,
};

const END: Record<Language, string> = { hi: '।', bn: '।', en: '.' };

/** The vocabulary of one corpus shape: for each language, words ranked from most to least frequent. */
type Vocabulary = Record<Language, string[]>;

/**
 * About `passages` passages in articles of about 20 sentences: 40% Hindi, 30% Bengali, 30% English;
 * one needle in every 25 articles (at most 400), questions about each in all three languages.
 * Pseudo-words: function and domain words, then a long tail of syllable words.
 */
export function syntheticCorpus(passages: number, seed = 20221123): SyntheticCorpus {
  const random = rng(seed);
  const vocab = { hi: vocabulary(random, 'hi', 4000), bn: vocabulary(random, 'bn', 4000), en: vocabulary(random, 'en', 4000) };
  return generate(passages, random, vocab);
}

/**
 * The same shape of corpus, needles and questions, with sentences of real words the repository holds
 * (the XQuAD articles, the seeds, the lexicon's forms) drawn by the same Zipf law, ranked by how often
 * each occurs in those texts: a vocabulary as uneven and as large as natural text gives.
 */
export function zipfCorpus(passages: number, seed = 20221123): SyntheticCorpus {
  return generate(passages, rng(seed), realWords());
}

function generate(passages: number, random: () => number, vocab: Vocabulary): SyntheticCorpus {
  const draw = { hi: zipf(random, vocab.hi.length), bn: zipf(random, vocab.bn.length), en: zipf(random, vocab.en.length) };
  const articles: Article[] = [];
  const needles: Needle[] = [];
  const names = new Set<string>();
  const perArticle = 20;
  const count = Math.max(1, Math.round(passages / perArticle));
  // dense enough for small corpora to have needles, at most about 400 in all
  const needleEvery = Math.max(5, Math.ceil(count / 400));
  for (let a = 0; a < count; a++) {
    const r = random();
    const language: Language = r < 0.4 ? 'hi' : r < 0.7 ? 'bn' : 'en';
    const sentences: string[] = [];
    for (let s = 0; s < perArticle; s++) {
      const len = 8 + Math.floor(random() * 12);
      const words = Array.from({ length: len }, () => vocab[language][draw[language]()]!);
      // numbers appear in news text too: they make every count question's distractors
      if (random() < 0.2) words.splice(Math.floor(random() * len), 0, String(1 + Math.floor(random() * 500)));
      sentences.push(words.join(' ') + END[language]);
    }
    const id = `bench-${String(a).padStart(6, '0')}`;
    if (a % needleEvery === 0) {
      const place = placeName(random, names);
      const n = 2 + Math.floor(random() * 97);
      const sentence = NEEDLE_SENTENCES[language](place[NAMES_COLUMNS[language]], n);
      sentences.splice(Math.floor(random() * perArticle), 0, sentence);
      needles.push({
        articleId: id,
        sentence,
        questions: { en: NEEDLE_QUESTIONS.en(place[0]), hi: NEEDLE_QUESTIONS.hi(place[1]), bn: NEEDLE_QUESTIONS.bn(place[2]) },
      });
    }
    const body = `Report ${a}\n${sentences.join('\n')}\n`;
    articles.push({ id, file: `${id}.md`, title: `Report ${a}`, language, outlet: 'Synthetic', url: null, published: null, body });
  }
  const others: string[] = [];
  const starters: Record<Language, string[]> = { hi: ['कितने', 'कब', 'किसने', 'क्या'], bn: ['কত', 'কখন', 'কে', 'কী'], en: ['How many', 'When', 'Who', 'What'] };
  while (others.length < 600) {
    const language = (['hi', 'bn', 'en'] as const)[others.length % 3]!;
    const words = Array.from({ length: 3 + Math.floor(random() * 4) }, () => vocab[language][draw[language]()]!);
    others.push(`${starters[language][Math.floor(random() * 4)]} ${words.join(' ')}?`);
  }
  return { articles, needles, others };
}
