import { DURATION } from './concepts.js';
import type { LanguageWords } from './types.js';

/** Words whose genitive is not made by their ending: আজ (today) আজকের, মে (May) মে-র. */
const IRREGULAR_GENITIVES: Readonly<Record<string, string>> = { আজ: 'আজকের', মে: 'মে-র' };

/**
 * The genitive of a reading's last word, as Bengali writes it: -এর after a number written in digits or a
 * word of another script (৫০-এর, BC-এর), য়ের after a vowel written alone (জুলাইয়ের), র after a vowel sign
 * (কোটির, বর্ষার), ের after a consonant (লাখের, সকালের; শরৎ: শরতের).
 */
function genitive(text: string): string {
  const word = text.split(' ').at(-1) ?? '';
  const irregular = IRREGULAR_GENITIVES[word];
  if (irregular !== undefined) return text.slice(0, -word.length) + irregular;
  const last = text.at(-1) ?? '';
  const code = last.codePointAt(0) ?? 0;
  if (code < 0x980 || code > 0x9ff || (code >= 0x9e6 && code <= 0x9ef)) return `${text}-এর`;
  if (last === 'ৎ') return `${text.slice(0, -1)}তের`;
  if (code >= 0x985 && code <= 0x994) return `${text}য়ের`;
  // (a vowel sign, া to ৌ)
  return code >= 0x9be && code <= 0x9cc ? `${text}র` : `${text}ের`;
}

export const BN: LanguageWords = {
  abbreviations: ['ডা', 'ডঃ', 'ড'],
  numberedAbbreviations: [],
  letterNames: ['এ', 'বি', 'সি', 'ডি', 'ই', 'এফ', 'জি', 'এইচ', 'আই', 'জে', 'কে', 'এল', 'এম', 'এন', 'ও', 'পি', 'কিউ', 'আর', 'এস', 'টি', 'ইউ', 'ভি', 'ডব্লিউ', 'এক্স', 'ওয়াই', 'জেড'],
  verbFinal: true,
  denials: ['না', 'নয়', 'অস্বীকার', 'নাকচ'],
  hedges: ['সম্ভবত', 'সম্ভবতঃ', 'হয়তো', 'নাকি', 'কথিত', 'তথাকথিত', 'অভিযোগ', 'আশঙ্কা', 'সন্দেহ', 'বোধহয়'],
  denialEndings: ['নি'],
  partOfWhole: ['এর', 'মধ্যে'],
  timeJoiners: ['এর'],
  calendarNamesAsWritten: false,
  calendarNamesCapitalized: false,
  qualifierJoiners: [],
  // romanized question words only Bengali uses
  latinCues: ['koto', 'kotobar', 'kototuku', 'kotota', 'kototi', 'kotogulo', 'kotojon', 'koyjon', 'kojon', 'kothakar', 'koy', 'koyta', 'koyti', 'kokhon', 'kobe', 'koytay', 'kara', 'kader', 'kake', 'kothay', 'keno', 'kivabe', 'kibhabe', 'kon'],
  readout: {
    qualified: { more: (n) => `${genitive(n)} বেশি`, least: (n) => `অন্তত ${n}`, fewer: (n) => `${genitive(n)} কম`, less: (n) => `${genitive(n)} কম`, about: (n) => `প্রায় ${n}` },
    outOf: (n, whole) => `${genitive(whole)} মধ্যে ${n}`,
    each: (n) => `${n} করে`,
    scales: { lakh: 'লাখ', crore: 'কোটি', million: 'মিলিয়ন', billion: 'বিলিয়ন' },
    tenders: { cryptocurrency: (a) => `${a} মূল্যের ক্রিপ্টোকারেন্সি`, cash: (a) => `নগদ ${a}` },
    vague: { dozens: 'কয়েক ডজন', hundreds: 'শত শত', thousands: 'হাজার হাজার', millions: 'লাখ লাখ', billions: 'শত শত কোটি', lakhs: 'লাখ লাখ', crores: 'কোটি কোটি', 'over a hundred': 'শতাধিক', 'several hundred': 'কয়েকশো', 'about a dozen': 'ডজনখানেক' },
    // (with the part of the day the source gives, 12-hour as Bengali says it: সকাল 6:45; without one, 24-hour)
    clock: (hour, minute, part) => (part ? `${part} ${hour % 12 === 0 ? 12 : hour % 12}:${String(minute).padStart(2, '0')}` : `${hour}:${String(minute).padStart(2, '0')}`),
    decade: (year) => `${genitive(year)} দশক`,
    relations: { after: (t) => `${genitive(t)} পরে`, before: (t) => `${genitive(t)} আগে`, since: (t) => `${t} থেকে`, until: (t) => `${t} পর্যন্ত` },
    seasons: { spring: (t) => `${genitive(t)} বসন্ত`, summer: (t) => `${genitive(t)} গ্রীষ্ম`, monsoon: (t) => `${genitive(t)} বর্ষা`, autumn: (t) => `${genitive(t)} শরৎ`, winter: (t) => `${genitive(t)} শীত` },
    capitalizesCalendar: false,
    digits: '০১২৩৪৫৬৭৮৯',
    grouping: 'en-IN',
  },
  templates: {
    count: (x) => `কতগুলো ${x}?`,
    when: (x) => `${x} কখন হয়েছিল?`,
    who: (x) => `${x} তদন্ত কে করছে?`,
    money: () => 'কত টাকা দাবি করা হয়েছে?',
  },
  percentWords: ['শতাংশ', 'shotangsho'],
  vagueQuantities: { শতাধিক: 'over a hundred', কয়েকশো: 'several hundred', হাজারো: 'thousands', লাখো: 'lakhs', ডজনখানেক: 'about a dozen' },
  personCounters: ['জন', 'জনের', 'জনকে', 'জনই', 'জনেরই', 'jon', 'joner', 'jonke'],
  countingQuestionWords: ['কতগুলো', 'কতগুলি', 'কতগুলা', 'কতজন', 'কত জন', 'কয়টি', 'কয়টা', 'কয়জন', 'কয় জন', 'কজন', 'কটি', 'কটা', 'কতটি', 'kotogulo', 'kotoguli', 'kotojon', 'koto jon', 'koy jon', 'kototi', 'koyta', 'koyti', 'kojon'],
  countingQuestionEndings: ['ের', 'এর', 'কে', 'er', 'ke'],
  clockQuestions: ['কটায়', 'কয়টায়', 'কটার সময়', 'কটা নাগাদ', 'কোন সময়', 'কোন সময়ে', 'kotay', 'koytay', 'koy tay', 'kotar somoy', 'kon somoy'],
  rangeJoiners: ['থেকে'],
  changeMarkers: [],
  agentCases: [],
  genitiveMarkers: ['র', 'এর', 'ের', 'য়ের'],
  genitivePrepositions: [],
  eraWords: ['খ্রিস্টপূর্ব', 'খ্রিস্টাব্দ'],
  yearPrepositions: [],
  settingPrepositions: [],
  yearPostpositions: ['এ'],
  // the plural and case endings written onto a word (-der, -ra, -er, -ke, -te, -e, and the locative -y after a vowel: bonnay, বন্যায়) and its classifiers (-ta, -ti, -gulo, -guli)
  romanizedEndings: ['gulo', 'guli', 'der', 'ra', 'er', 'ke', 'te', 'ta', 'ti', 'e', 'y', 'r', 'echhilo', 'echilo', 'chhilo', 'chilo', 'echhe', 'eche', 'chhe', 'che', 'echen', 'chen', 'lo', 'len', 'lam', 'bo', 'be', 'ben', 'iye'],
  questionContractions: [],
  confusableSigns: {
    pairs: [['ে', 'ৈ'], ['ো', 'ৌ'], ['জ', 'য']],
    dropped: ['্', 'ং'],
  },
  degreeEndings: [],
  requestWords: ['প্লিজ', 'বলুন', 'বলো', 'বলবেন', 'জানাবেন', 'জানাও', 'আমাকে বলুন', 'জানতে চাই', 'bolun', 'bolo', 'bolben', 'janaben', 'janao', 'amake bolun', 'jante chai'],
  topicPhrases: ['সর্বশেষ খবর', 'সর্বশেষ আপডেট', 'লেটেস্ট আপডেট'],
  vocatives: ['দাদা', 'ভাই', 'dada'],
  romanizedGenitiveMarkers: [],
  possessives: ['তার', 'তাঁর', 'ওর', 'ওঁর', 'আমার', 'তোমার', 'আপনার', 'তাদের', 'তাঁদের', 'ওদের', 'এদের', 'tar', 'amar', 'tomar', 'apnar'],
  yesNoComplementizers: [],
  sayingWords: ['বলেছে', 'বলেছেন', 'বলেন', 'বললেন', 'বলল', 'জানিয়েছে', 'জানিয়েছেন', 'জানান', 'জানাল', 'জানালেন', 'ঘোষণা'],
  otherWords: ['অন্য', 'অন্যান্য'],
  quantifiers: ['কয়েক', 'কয়েকটি', 'কয়েকজন', 'অনেক', 'বহু', 'বিভিন্ন', 'কিছু', 'সব', 'সমস্ত', 'সকল', 'প্রত্যেক', 'প্রতিটি', 'উভয়'],
  questionWordSpellings: {},
  decadeWords: ['দশক'],
  // (থেকে, "since", is left out: it also joins the two ends of a period, ১৯৪৭ থেকে ১৯৭১)
  timeRelations: { after: ['পরে', 'পর'], before: ['আগে', 'পূর্বে'], since: [], until: ['পর্যন্ত', 'porjonto', 'obdhi'] },
  // (not the bare শরৎ, বসন্ত: first names too; nor শীত, cold)
  seasons: {
    spring: ['বসন্তে', 'বসন্তকালে'],
    summer: ['গ্রীষ্ম', 'গ্রীষ্মে', 'গ্রীষ্মকালে', 'গরমকালে'],
    monsoon: ['বর্ষা', 'বর্ষায়', 'বর্ষাকালে'],
    autumn: ['শরতে', 'শরৎকালে', 'হেমন্তে', 'হেমন্তকালে'],
    winter: ['শীতে', 'শীতকালে'],
  },
  // (বাজে alone is also "bad": দুটো বাজে সিদ্ধান্ত)
  hourWords: ['বেজে'],
  hourEndings: ['টা', 'টো', 'টে', 'টায়', 'টার'],
  countingHourEndings: ['টা', 'টো', 'টে'],
  aroundWords: ['নাগাদ'],
  timeWordsFollow: true,
  yearJoiners: ['সালের', 'এর', 'সনের'],
  lightVerbs: ['করা', 'হওয়া', 'দেওয়া', 'নেওয়া', 'যাওয়া', 'রাখা', 'পড়া', 'লাগা'],
  partJoiners: [],
  designationWords: ['নম্বর', 'নং', 'নাম্বার'],
  designationNouns: [],
  tallyWords: ['সংখ্যা'],
  incrementWords: ['আরও', 'আরো'],
  runningTotalPhrases: ['এখন পর্যন্ত', 'এখনও পর্যন্ত', 'এ পর্যন্ত', 'মোট', 'সব মিলিয়ে', 'ekhon porjonto', 'ekhono porjonto', 'ekhon obdhi', 'mot'],
  sequencePhrases: ['একের পর এক', 'একে একে', 'এক এক করে'],
  // Bengali writes a postposition apart only after a genitive (রহিমের সঙ্গে); these are the words that do
  nameMarkers: ['দ্বারা', 'সঙ্গে', 'সাথে', 'থেকে'],
  // case endings written onto a noun: genitive, accusative/dative, locative, plural
  nameEndings: ['য়ের', 'এর', 'ের', 'কে', 'র', 'রা'],
  // the particles inside transliterated names (Alfred the Great, Vincent van Gogh)
  nameConnectors: ['দ্য', 'ডি', 'দে', 'ভন', 'ফন', 'বিন', 'ইবনে', 'আল'],
  aliasMarkers: ['ওরফে'],
  placeMarkers: [],
  sourceMarkers: ['থেকে', 'theke'],
  placeEndings: ['তে', 'য়', 'এ', 'ে'],
  demonymEndings: ['ীয়', 'ী', 'া'],
  questionWords: {
    count: ['কত', 'কতক্ষণ', 'kotokkhon', 'কতবার', 'কতগুলো', 'কতগুলি', 'কতগুলা', 'কতগুলোকে', 'কতজন', 'কতজনকে', 'কতজনের', 'কতটি', 'কতটা', 'কতটুকু', 'কয়টি', 'কয়টা', 'কয়জন', 'কয়জনকে', 'কজন', 'কজনকে', 'কজনের', 'কটি', 'কটা', 'koto', 'kotobar', 'kotogulo', 'kotogula', 'kotoguli', 'kotojon', 'kotojoner', 'kotojonke', 'kototuku', 'kotota', 'kototi', 'koyta', 'koyti', 'koyjon', 'kojon'],
    time: ['কখন', 'কবে', 'কটায়', 'কয়টায়', 'kokhon', 'kobe', 'kotay', 'koytay'],
    person: ['কে', 'কারা', 'কার', 'কাকে', 'কাদের', 'kara', 'kader', 'kake'],
    place: ['কোথায়', 'কোথা', 'কোথাকার', 'kothay', 'kotha', 'kothai', 'kothakar'],
    thing: ['কী', 'কি', 'কোন', 'কোনটি', 'কোনটা', 'কেন', 'কীভাবে', 'কিভাবে', 'কেমন', 'keno', 'kivabe', 'kibhabe', 'kemon'],
  },
  questionPhrases: {
    // কটার সময়: at what o'clock; কত সালে, কত তারিখে: in which year, on which date
    time: ['কটার সময়', 'কটা নাগাদ', 'কত সালে', 'কত তারিখে', 'কখন থেকে', 'কবে থেকে', 'কবে নাগাদ', 'kotar somoy', 'koy tay', 'koto sale', 'koto tarikhe'],
    place: ['কোথা থেকে', 'kotha theke'],
    // কত সময়, কতক্ষণ: how long; কত জন, written apart as people type it: how many people, as কতজন
    count: ['কত সময়', 'koto somoy', 'কত জন', 'কয় জন', 'koto jon', 'koy jon'],
  },
  honorifics: ['শ্রী', 'শ্রীমতী', 'ডঃ', 'ডা', 'স্যার', 'অধ্যাপক'],
  nameTitles: ['শ্রী', 'শ্রীমতী', 'ডঃ', 'ডা', 'ডাক্তার', 'স্যার', 'লর্ড', 'লেডি', 'রাজা', 'রানী', 'রানি', 'সম্রাট', 'রাষ্ট্রপতি', 'জেনারেল', 'মেজর', 'ব্রিগেডিয়ার', 'কর্নেল', 'ক্যাপ্টেন', 'লেফটেন্যান্ট', 'অ্যাডমিরাল', 'গভর্নর', 'পোপ', 'অধ্যাপক'],
  institutionHeads: ['হাসপাতাল', 'ক্লিনিক'],
  placeHeads: ['সড়ক', 'রোড', 'স্ট্রিট', 'অ্যাভিনিউ', 'কেন্দ্র', 'সেন্টার', 'নদী', 'উপত্যকা', 'হ্রদ', 'সাগর', 'সমুদ্র', 'মহাসাগর', 'উপসাগর', 'দ্বীপ', 'পর্বত', 'পাহাড়', 'পার্ক', 'সেতু', 'স্টেশন', 'বন্দর', 'বাজার', 'জেলা', 'প্রদেশ', 'অঞ্চল', 'উপকূল', 'মরুভূমি', 'বন', 'খাল', 'স্টেডিয়াম', 'প্রজাতন্ত্র', 'সাম্রাজ্য', 'রাজ্য', 'গ্রাম', 'শহর', 'ব্লক', 'মহকুমা', 'পাড়া', 'কলোনি'],
  areaHeads: [],
  thingHeads: ['পুরস্কার', 'অ্যাওয়ার্ড', 'পদক', 'ট্রফি', 'কাপ', 'খেলা', 'গেম', 'চ্যাম্পিয়নশিপ', 'টুর্নামেন্ট', 'মৌসুম', 'যুদ্ধ', 'বিপ্লব', 'আইন', 'চুক্তি', 'বই', 'প্রতিবেদন', 'রিপোর্ট', 'গান', 'অ্যালবাম', 'চলচ্চিত্র', 'সিনেমা', 'ভাষা', 'কর্মসূচি', 'প্রকল্প', 'মিশন', 'সম্মেলন', 'উৎসব', 'যুগ', 'দিবস', 'ঝড়', 'ঘূর্ণিঝড়'],
  agentMarkers: ['দ্বারা', 'কর্তৃক'],
  opponentMarkers: ['বিরুদ্ধে'],
  leadershipPhrases: ['নেতৃত্বে', 'তত্ত্বাবধানে', 'সভাপতিত্বে'],
  copulas: ['ছিলেন', 'ছিল', 'হলেন', 'হল', 'হলো'],
  originVerbs: ['হয়', 'হন', 'এসেছিল', 'এসেছিলেন', 'এসেছে', 'এসেছেন', 'আসে', 'আসেন', 'এল', 'এলেন', 'eseche', 'esechen', 'eshechen', 'esechilo', 'esechhilo', 'eshechilo', 'eshechhilo', 'ashe', 'elo'],
  beForms: ['ছিল', 'ছিলো'],
  undergoingAuxiliaries: ['হওয়া', 'হয়েছে', 'হয়েছেন', 'হয়েছিল', 'হয়েছিলেন', 'হল', 'হলেন', 'হয়', 'হন', 'hoyeche', 'hoyechen', 'hoyechilo', 'holo'],
  objectMarkers: ['কে'],
  participlePrepositions: [],
  frequencyWords: ['বার', 'বারের', 'দফা', 'bar'],
  frequencyModifiers: [],
  frequencyQuestions: ['কতবার', 'kotobar'],
  ageWordsBefore: ['বয়স'],
  ageWordsAfter: ['বয়সী', 'বয়সি', 'বয়সে', 'বয়সের'],
  ageUnits: [],
  ageInCommas: false,
  passiveAuxiliaries: [],
  passiveLightVerbs: [],
  doForms: ['করেছে', 'করেছেন', 'করেছিল', 'করেছিলেন', 'করল', 'করলেন', 'করবে', 'করবেন', 'koreche', 'korechen', 'korechilo', 'korlo'],
  whatWords: ['কী', 'কি'],
  reasonWords: ['কেন', 'কীভাবে', 'কিভাবে', 'keno', 'kivabe', 'kibhabe'],
  whyWords: ['কেন', 'keno'],
  causeMarkers: ['কারণে', 'ফলে', 'দরুন'],
  causeNouns: ['কারণ'],
  quotatives: ['বলে'],
  negationParticles: ['না', 'নয়'],
  unknownWords: ['অজানা', 'অস্পষ্ট', 'রহস্য', 'তদন্ত', 'জানা'],
  obliqueGenitiveMarkers: [],
  relativePronouns: ['যিনি', 'যারা', 'যাঁরা', 'যে'],
  anaphors: ['তিনি', 'সে', 'তারা', 'তাঁরা', 'উনি', 'ওরা', 'তাঁর', 'তার', 'তাদের', 'তাঁদের', 'তাঁকে', 'তাকে', 'এটি', 'এটা', 'এরা', 'সেটি', 'সেটা', 'সেগুলো', 'এগুলো', 'ওগুলো'],
  particles: [],
  namingWords: ['নামক', 'নামে', 'নামের'],
  indefiniteArticles: ['এক', 'একজন', 'একটি', 'একটা'],
  definiteArticles: [],
  demonstratives: ['এই', 'সেই', 'ওই', 'ঐ'],
  questionParticles: ['কি'],
  clauseQuestionWords: [],
  questionAuxiliaries: [],
  unitModifiers: ['বর্গ', 'ঘন', 'মেট্রিক'],
  measureUnits: ['কিলোমিটার', 'কিমি', 'মিটার', 'মাইল', 'ফুট', 'ডিগ্রি', 'কিলো', 'কিলোগ্রাম', 'টন', 'লিটার', 'একর', 'হেক্টর', 'ফিট', 'সেন্টিমিটার', 'সেমি', 'মিলিমিটার', 'মিমি', 'ইঞ্চি'],
  timeUnits: ['সেকেন্ড', 'সেকেণ্ড', 'সেকেন্ডে', 'সেকেন্ডের'],
  pluralEndings: [],
  singularEndings: [],
  irregularPlurals: [],
  pastEndings: [],
  irregularPasts: [],
  participleEndings: [],
  agentEndings: [],
  verbAdverbs: [],
  clauseAdverbs: ['আবার', 'পুনরায়', 'দ্রুত', 'দ্রুতই', 'তাৎক্ষণিক', 'তাৎক্ষণিকভাবে', 'অবিলম্বে', 'শিগগিরই', 'নিজে', 'নিজেই', 'অবশেষে', 'হঠাৎ', 'টানা', 'এখন', 'আগে', 'সফলভাবে', 'একসঙ্গে', 'যৌথভাবে', 'গোপনে', 'চুপিচুপি'],
  conjunctiveEndings: ['িয়ে', 'েয়ে'],
  pastForms: ['ছিল', 'ছিলো', 'ছিলেন', 'হয়েছিল', 'হয়েছে', 'হল', 'হলো', 'হলেন', 'গেল', 'গেলো', 'গিয়েছিল', 'করেছিল', 'করেছে', 'লাগল', 'লাগলো', 'লেগেছিল', 'লেগেছে', 'লাগা', 'ঘটল', 'ঘটলো', 'ঘটেছিল', 'ঘটেছে', 'ঘটা', 'হওয়া', 'chhilo', 'chilo', 'hoyechilo', 'hoyeche', 'holo', 'laglo'],
  futureForms: ['করবে', 'করবেন', 'করব', 'করবো', 'হবে', 'হবেন', 'যাবে', 'যাবেন', 'দেবে', 'দেবেন', 'নেবে', 'নেবেন', 'korbe', 'hobe'],
  // (the plural of people in the genitive: মহিলাদের, ছাত্রদের)
  commonNounEndings: ['গুলো', 'গুলি', 'গুলোর', 'গুলির', 'দের'],
  mannerNouns: ['ভাবে', 'রূপে', 'প্রকারে'],
  compoundPostpositions: ['পাশে', 'বিরুদ্ধে', 'ভেতরে', 'ভিতরে', 'বাইরে', 'সামনে', 'পেছনে', 'পিছনে', 'ওপরে', 'উপরে', 'নিচে', 'নীচে', 'আগে', 'পরে', 'সময়', 'কারণে', 'মাধ্যমে', 'বদলে', 'অনুযায়ী', 'আশেপাশে'],
  ordinalSuffixes: ['তম', 'ম', 'য়', 'র্থ', 'ষ্ঠ', 'লা', 'রা', 'ঠা', 'ই', 'শে'],
  ordinalWords: { প্রথম: 1, দ্বিতীয়: 2, তৃতীয়: 3, চতুর্থ: 4, পঞ্চম: 5, ষষ্ঠ: 6, সপ্তম: 7, অষ্টম: 8, নবম: 9, দশম: 10, একাদশ: 11, দ্বাদশ: 12, বিংশ: 20, একবিংশ: 21 },
  wordOrdinalSuffixes: ['তম'],
  // the object or recipient ends in কে, the owner in র/এর
  questionCases: { কাকে: ['কে'], কাদের: ['দের', 'কে'], কার: ['র', 'এর', 'ের', 'য়ের'], kake: ['কে'], kader: ['দের', 'কে'] },
  clauseOpeners: ['যে', 'কিন্তু', 'তবে', 'কারণ', 'যদিও', 'তবুও', 'বরং', 'তাই', 'যখন', 'যদি', 'নাহলে', 'নতুবা', 'যিনি', 'যারা', 'যাঁরা'],
  coordinators: ['ও', 'এবং'],
  disjunctions: ['বা', 'অথবা'],
  abbreviatedCurrencies: [],
  officeQualifiers: ['প্রাক্তন', 'উপ', 'প্রয়াত', 'তৎকালীন', 'ভারপ্রাপ্ত', 'অতিরিক্ত', 'যুগ্ম', 'সহকারী', 'বিচারবিভাগীয়'],
  // how long: the units a passage writes a duration in (ছয় ঘণ্টা)
  phraseFocus: { কতক্ষণ: DURATION, kotokkhon: DURATION, 'কত সময়': DURATION, 'koto somoy': DURATION },
  queryHeads: {},
};
