import { stemmer as porter } from 'stemmer';
import { isIzeWord } from './english.js';
import { foldBengali, foldHindi } from './fold.js';
import type { Script } from './script.js';

/**
 * Light suffix stemmers in the manner of Lucene's Hindi and Bengali analyzers: strip the longest
 * inflectional suffix that leaves a stem long enough to mean something. Suffixes are written in folded
 * spelling (long vowels already made short).
 */

const bySuffixLength = (list: string) =>
  list
    .split(/\s+/)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);

const HI_SUFFIXES = bySuffixLength(`
  ाएंगि ाएंगे ाउंगि ाउंगा ाइयां ाइयों
  ाएगि ाएगा ाओगि ाओगे एंगि एंगे उंगि उंगा ातिं नाओं नाएं ताओं ताएं ियां ियों ाइए ाइं
  ाकर ाया ेगि ेगा ोगि ोगे ाने ाना ाते ाति ाता तिं ाओं ाएं ुओं ुएं ुआं
  कर ाओ िए ाइ ाए ने नि ना ते िं ति ता ां ों ें
  ो े ु ि ा`);

/** Case, number and verb endings, written as printed (they are stripped before spelling is folded). */
const BN_SUFFIXES = bySuffixLength(`
  গুলোকে গুলিকে গুলোর গুলির গুলোতে গুলিতে দেরকে িয়েছিলাম িয়েছিলেন িয়েছিল েছিলাম েছিলেন েছিলে
  গুলো গুলি গুলা দের দিগকে দিগের েছিল চ্ছিল িয়েছে িয়েছেন েছেন চ্ছেন চ্ছে েছে িয়ে
  েরা ের এর কে তে েন েই
  ে`.normalize('NFC'));

/**
 * Endings that may be inflection or part of the word itself: হামলার is হামলা + র but সার্ভার is not;
 * ঘটনাটি is ঘটনা + টি but ডেটা is not. Both readings are kept. The flag: only after a vowel sign.
 */
const BN_MAYBE: [string, boolean][] = [
  ['টির', false],
  ['টার', false],
  ['টিকে', false],
  ['টি', false],
  ['টা', false],
  ['টো', false],
  ['খানা', false],
  ['খানি', false],
  ['র', true],
  ['য়', true],
  ['রা', false],
  ['ও', false],
].map(([e, v]) => [(e as string).normalize('NFC'), v as boolean]);

/**
 * Case endings that begin with a consonant a word may end in: ব্লকে is ব্লক with the locative ে as surely
 * as ব্ল with the objective কে, and রাতে is রাত with the locative as surely as রা with তে (বাড়িতে). Both
 * readings are kept (the other reading of মাকে, মাক, is no word and matches none).
 */
const BN_CONSONANT_ENDINGS = ['কে', 'তে'].map((e) => e.normalize('NFC'));
const BN_LOCATIVE = 'ে'.normalize('NFC');
/**
 * Verb forms that end so and are no locative: the conjunctive participles of verbs whose root ends in ক
 * (আটকে, stuck, is no আটক, arrest; থেকে, ডেকে, চমকে, ঝুঁকে, ঠেকে, বেঁকে).
 */
const BN_PARTICIPLES = new Set(['আটকে', 'থেকে', 'ডেকে', 'চমকে', 'ঝুঁকে', 'ঠেকে', 'বেঁকে'].map((w) => w.normalize('NFC')));

/**
 * Verbs whose root is a consonant and আ (চা, খা, পা) write it so before the present's endings (চায়, চান,
 * চাইছে, চাচ্ছে, চাইবে) and change it to এ in the perfect (চেয়েছে, চেয়েছিল): all of them are also read as the
 * verbal noun (চাওয়া), the form a dictionary lists. Bare চেয়ে is left alone (it is also "than"), and so are
 * endings that as often end a noun (চান, মান, কান; তাও), and the loanwords that end as the past চাইল does
 * (মাইল, ফাইল). Some nouns end as the present's ায় does (রায়, প্রায়): they get a verbal noun no word has,
 * which matches nothing.
 */
const BN_A_ROOT = /^([\u0995-\u09B9\u09DC\u09DD\u09DF](?:\u09CD[\u0995-\u09B9])?)/u;
const BN_A_ROOT_PRESENT = new Set(
  'ায় াইছে াইছেন াইছিল াইছিলেন াচ্ছে াচ্ছেন াচ্ছিল াচ্ছিলেন াইবে াইবেন াইল াইলেন াইলো াইতে'.split(' ').map((e) => e.normalize('NFC')),
);
const BN_A_ROOT_PERFECT = new Set('েয়েছে েয়েছেন েয়েছিল েয়েছিলেন েয়েছিলাম েয়েছি'.split(' ').map((e) => e.normalize('NFC')));
const BN_VERBAL_NOUN = 'াওয়া'.normalize('NFC');
/** Nouns written as a আ-root verb's form is (mile, file, tile, style): no verb. */
const BN_A_ROOT_NOUNS = new Set('মাইল ফাইল টাইল স্টাইল'.split(' ').map((w) => w.normalize('NFC')));

/** The verbal noun of a form of a আ-root verb (চেয়েছিল: চাওয়া), if the word is one. */
function bengaliVerbalNoun(word: string): string | undefined {
  if (BN_A_ROOT_NOUNS.has(word)) return undefined;
  const root = BN_A_ROOT.exec(word)?.[1];
  if (root === undefined) return undefined;
  const ending = word.slice(root.length);
  return BN_A_ROOT_PRESENT.has(ending) || BN_A_ROOT_PERFECT.has(ending) ? root + BN_VERBAL_NOUN : undefined;
}

/**
 * The endings a root of a consonant and ा takes after its ा (बना: बनाया, बनाए, बनाएगा beside बनाना,
 * बनाने; दवा: दवाओं, दवाएं): the stripper takes ाया, ाओं… off a longer root (दिखाया: दिख, as दिखाना), but off
 * such a root it would leave one letter, so the root keeps its ा and loses only what follows it: हराया, हराए,
 * हराएगा and हराओ are हरा as हराना is, and दवाओं is दवा. Not ई, which as often makes a noun of such a root
 * (कलाई, wrist, is no कला, art; सगाई, जमाई, कसाई, मलाई), so the feminine हराई stays apart.
 */
const HI_SHORT_ROOT_ENDINGS = bySuffixLength('एंगे एंगि एगा एगि ओं एं या ये यि ए ओ');

/** Shortest stem left, in code units: a consonant and its vowel sign are two. */
const MIN_STEM = 2;
const MIN_HINDI_STEM = 3;
/**
 * The oblique plural ों leaves a root of two bare consonants, as Lucene's Hindi stemmer lets it (घरों: घर,
 * ठगों: ठग, पदों: पद, वनों: वन), where any other ending must leave three code units: a single vowel sign or
 * ां off such a word leaves another word (कला: कल, yesterday; वहां: वह, that). No word of two consonants
 * ends in ों but a noun's plural; where the root is also a function word (करों, taxes: कर), the word's terms
 * keep it whole (terms.ts `contentStems`).
 */
export const HI_PLURAL_OBLIQUE = '\u094B\u0902';

function stripLongest(word: string, suffixes: string[], min = MIN_STEM): string {
  for (const s of suffixes) {
    if (word.length - s.length >= min && word.endsWith(s)) return word.slice(0, -s.length);
  }
  return word;
}

/**
 * A Hindi word's stems. English plurals are written with ्स (हैकर्स, सर्वर्स), but so are words of
 * their own (टैक्स, एम्स): both readings are kept.
 */
export function stemHindi(norm: string): string[] {
  const folded = foldHindi(norm);
  const shortRoot = HI_SHORT_ROOT_ENDINGS.find((e) => folded.endsWith(`\u093E${e}`) && folded.length - e.length === MIN_HINDI_STEM);
  const shortNoun = folded.endsWith(HI_PLURAL_OBLIQUE) && folded.length - HI_PLURAL_OBLIQUE.length === MIN_STEM;
  const out = [shortRoot ? folded.slice(0, -shortRoot.length) : shortNoun ? folded.slice(0, -HI_PLURAL_OBLIQUE.length) : stripLongest(folded, HI_SUFFIXES, MIN_HINDI_STEM)];
  if (folded.endsWith('\u094D\u0938') && folded.length - 2 >= MIN_HINDI_STEM) out.push(folded.slice(0, -2));
  return out;
}

/**
 * Case endings written after a vowel with the glide য় before them (মা, মায়ের; ভাই, ভাইয়েরা). A word that ends
 * in য় itself takes the ending alone (সময়, সময়ের; রায়, রায়ের), and after a vowel the two look alike, so
 * there both readings are kept (মায়ের: মা or মায়; বন্দ্যোপাধ্যায়ের: বন্দ্যোপাধ্যা or বন্দ্যোপাধ্যায়); after a
 * consonant the য় can only be the word's (সময়ের is সময়, not সম).
 */
const BN_GLIDE_ENDINGS = ['য়ের', 'য়েরা'].map((e) => e.normalize('NFC'));
/**
 * A vowel sign or a vowel letter: what a glide follows; not the sign ে (nor ৈ), as a word ending so takes its
 * ending alone (ছেলের), and one ending in য়ে takes র (মেয়ের is মেয়ে's, girl's: not মে, May).
 */
const BN_VOWEL_END = /[\u09BE-\u09C4\u09CB\u09CC\u0985-\u0994]$/u;

/** A Bengali word's base without a glide and the case ending after it (মায়ের: মা), when it may be one. */
function glideBase(word: string): string | undefined {
  for (const ending of BN_GLIDE_ENDINGS) {
    const rest = word.slice(0, -ending.length);
    if (word.endsWith(ending) && rest.length >= MIN_STEM && BN_VOWEL_END.test(rest)) return rest;
  }
  return undefined;
}

/** A Bengali word's possible bases, as printed: where an ending may be the word's own, both readings. */
export function bengaliBases(norm: string): string[] {
  const out = [stripLongest(norm, BN_SUFFIXES)];
  const glide = glideBase(norm);
  if (glide !== undefined) out.unshift(glide);
  const noun = bengaliVerbalNoun(norm);
  if (noun !== undefined) out.push(noun);
  for (const ending of BN_CONSONANT_ENDINGS) {
    const base = norm.slice(0, -BN_LOCATIVE.length);
    if (norm.endsWith(ending) && base.length > MIN_STEM && !BN_PARTICIPLES.has(norm)) {
      if (!out.includes(base)) out.push(base);
    }
  }
  for (const [ending, afterVowel] of BN_MAYBE) {
    for (const word of [...out]) {
      const rest = word.slice(0, -ending.length);
      if (!word.endsWith(ending) || rest.length < MIN_STEM + 1) continue;
      if (afterVowel && !/[\u09BE-\u09CC]$/.test(rest)) continue;
      // (a particle after a glide's case ending: মায়েরও, মা)
      for (const base of [stripLongest(rest, BN_SUFFIXES), glideBase(rest)]) if (base !== undefined && !out.includes(base)) out.push(base);
    }
  }
  return out;
}

/**
 * The endings of a Bengali verb's simple past and future, after its root (লাগলো, লাগল, লাগলেন, লাগলাম:
 * লাগ; খুলবে, খুলবেন, খুলব, খুলবো: খুল), as the bases give them (the েন and ে of লাগলেন and খুলবে are
 * stripped already). People ask in these forms ("আগুন কখন লাগলো?") of articles that write the present
 * or perfect (আগুন লাগে, লেগেছে) whose endings the stripper takes. As many nouns end so (হাসপাতাল,
 * প্রভাব), the word keeps its reading as written too, and a root must keep three code units: গেল, বলল and
 * করল stay themselves, as মাল, চাল and তাল do (no মা, mother; no চা, tea).
 */
const BN_VERB_ENDINGS = ['লাম', 'লো', 'ল', 'বো', 'ব'].map((e) => e.normalize('NFC'));
const BN_VERB_ROOT = 3;

/** A root that ends in a consonant, as its verbal noun adds া to it (লাগ: লাগা, whose genitive লাগার the articles write). */
const BN_CONSONANT_END = /(?:[\u0995-\u09B9\u09DC-\u09DF]|\u09BC)$/u;

/**
 * A Bengali word's verb roots when it may be a past or future form (see BN_VERB_ENDINGS), and the verbal
 * noun of a root that ends in a consonant (লাগলো: লাগ, লাগা).
 */
function verbRoots(bases: readonly string[]): string[] {
  const out: string[] = [];
  for (const base of bases) {
    const ending = BN_VERB_ENDINGS.find((e) => base.endsWith(e) && base.length - e.length >= BN_VERB_ROOT);
    if (ending === undefined) continue;
    const root = base.slice(0, -ending.length);
    out.push(root);
    if (BN_CONSONANT_END.test(root)) out.push(`${root}\u09BE`);
  }
  return out;
}

/**
 * The stems of a Bengali word: its bases, and the root of a verb form among them (a verb's root is no
 * base of its sound: the cross-script keys read the bases alone), with spelling folded.
 */
export function stemBengali(norm: string): string[] {
  const bases = bengaliBases(norm);
  return [...new Set([...bases, ...verbRoots(bases)].map(foldBengali))];
}

/** An English word without its possessive ending (Luther's, the Panthers'): the word is the name itself. */
export const withoutPossessive = (norm: string) => norm.replace(/'s?$/, '');

/**
 * A British -ise or -yse spelling and its forms (hospitalised, organiser, organisation, organisational,
 * analysed): the letter before the s, and the ending after it.
 */
const BRITISH_S = /([iy])s(e|ed|es|ing|er|ers|ation|ations|ational)$/;
/** The ending of the lemma an ending of a form belongs to (organised: organize; organisers: organizer). */
const LEMMA_ENDING: Readonly<Record<string, string>> = { e: 'e', ed: 'e', es: 'e', ing: 'e', er: 'er', ers: 'er', ation: 'ation', ations: 'ation', ational: 'ational' };

/**
 * A word spelt the British way (hospitalised, organisation, analysed) as the American spelling, when WordNet
 * knows that spelling's lemma (data IZE_WORDS), so both stem alike: the stemmer knows only -ize (hospitalized:
 * hospit, hospitalised: hospitalis). A word whose -ize spelling is no word (promise, exercise, paradise) stays.
 */
function americanSpelling(word: string): string {
  const m = BRITISH_S.exec(word);
  if (!m) return word;
  const [, letter, ending] = m as unknown as [string, string, string];
  const stem = word.slice(0, m.index);
  return isIzeWord(`${stem}${letter}z${LEMMA_ENDING[ending]}`) ? `${stem}${letter}z${ending}` : word;
}

export function stemEnglish(norm: string): string {
  const word = withoutPossessive(norm);
  return /^[a-z]+$/.test(word) ? porter(americanSpelling(word)) : word;
}

/** The stems of a normalized token, by the script it is written in; never empty (a word folded to nothing is its own stem). */
export function stems(norm: string, script: Script | undefined): string[] {
  const out = stemsOf(norm, script).filter((s) => s.length > 0);
  return out.length > 0 ? out : [norm];
}

function stemsOf(norm: string, script: Script | undefined): string[] {
  switch (script) {
    case 'deva':
      return stemHindi(norm);
    case 'beng':
      return stemBengali(norm);
    case 'latn':
      return [stemEnglish(norm)];
    default:
      return [norm];
  }
}
