import type { LanguageWords } from './types.js';

export const BN: LanguageWords = {
  abbreviations: ['ডা', 'ডঃ', 'ড'],
  letterNames: ['এ', 'বি', 'সি', 'ডি', 'ই', 'এফ', 'জি', 'এইচ', 'আই', 'জে', 'কে', 'এল', 'এম', 'এন', 'ও', 'পি', 'কিউ', 'আর', 'এস', 'টি', 'ইউ', 'ভি', 'ডব্লিউ', 'এক্স', 'ওয়াই', 'জেড'],
  verbFinal: true,
  denials: ['না', 'নয়', 'অস্বীকার', 'নাকচ'],
  partOfWhole: ['এর', 'মধ্যে'],
  timeJoiners: ['এর'],
  qualifierJoiners: [],
  // romanized question words only Bengali uses
  latinCues: ['koto', 'kotogulo', 'kotojon', 'koyta', 'koyti', 'kokhon', 'kobe', 'kara', 'kader', 'kake', 'kothay', 'keno', 'kivabe', 'kibhabe', 'kon'],
  templates: {
    count: (x) => `কতগুলো ${x}?`,
    when: (x) => `${x} কখন হয়েছিল?`,
    who: (x) => `${x} তদন্ত কে করছে?`,
    money: () => 'কত টাকা দাবি করা হয়েছে?',
  },
  percentWords: ['শতাংশ', 'shotangsho'],
  countingQuestionWords: ['কতগুলো', 'কতগুলি', 'কতগুলা', 'কতজন', 'কয়টি', 'কয়টা', 'কয়জন', 'কটি', 'কটা', 'কতটি', 'kotogulo', 'kotoguli', 'kotojon', 'koyta', 'koyti'],
  rangeJoiners: ['থেকে'],
  changeMarkers: [],
  agentCases: [],
  genitiveMarkers: ['র', 'এর', 'ের', 'য়ের'],
  eraWords: ['খ্রিস্টপূর্ব', 'খ্রিস্টাব্দ'],
  yearPrepositions: [],
  decadeWords: ['দশক'],
  // (থেকে, "since", is left out: it also joins the two ends of a period, ১৯৪৭ থেকে ১৯৭১)
  timeRelations: { after: ['পরে', 'পর'], before: ['আগে', 'পূর্বে'], since: [], until: ['পর্যন্ত'] },
  // (not the bare শরৎ, বসন্ত: first names too; nor শীত, cold)
  seasons: {
    spring: ['বসন্তে', 'বসন্তকালে'],
    summer: ['গ্রীষ্ম', 'গ্রীষ্মে', 'গ্রীষ্মকালে', 'গরমকালে'],
    monsoon: ['বর্ষা', 'বর্ষায়', 'বর্ষাকালে'],
    autumn: ['শরতে', 'শরৎকালে', 'হেমন্তে', 'হেমন্তকালে'],
    winter: ['শীতে', 'শীতকালে'],
  },
  timeWordsFollow: true,
  yearJoiners: ['সালের', 'এর', 'সনের'],
  lightVerbs: ['করা', 'হওয়া', 'দেওয়া', 'নেওয়া', 'যাওয়া', 'রাখা', 'পড়া', 'লাগা'],
  partJoiners: [],
  // Bengali writes a postposition apart only after a genitive (রহিমের সঙ্গে); these are the words that do
  nameMarkers: ['দ্বারা', 'সঙ্গে', 'সাথে', 'থেকে'],
  // case endings written onto a noun: genitive, accusative/dative, locative, plural
  nameEndings: ['য়ের', 'এর', 'ের', 'কে', 'র', 'রা'],
  // the particles inside transliterated names (Alfred the Great, Vincent van Gogh)
  nameConnectors: ['দ্য', 'ডি', 'দে', 'ভন', 'ফন', 'বিন', 'ইবনে', 'আল'],
  placeMarkers: [],
  placeEndings: ['তে', 'য়', 'এ', 'ে'],
  demonymEndings: [],
  questionWords: {
    count: ['কত', 'কতগুলো', 'কতগুলি', 'কতগুলা', 'কতগুলোকে', 'কতজন', 'কতজনকে', 'কতজনের', 'কতটি', 'কতটা', 'কতটুকু', 'কয়টি', 'কয়টা', 'কয়জন', 'কয়জনকে', 'কটি', 'কটা', 'koto', 'kotogulo', 'kotogula', 'kotoguli', 'kotojon', 'koyta', 'koyti'],
    time: ['কখন', 'কবে', 'কটায়', 'kokhon', 'kobe', 'kotay'],
    person: ['কে', 'কারা', 'কার', 'কাকে', 'কাদের', 'kara', 'kader', 'kake'],
    place: ['কোথায়', 'কোথা', 'কোথাকার', 'kothay', 'kotha', 'kothai'],
    thing: ['কী', 'কি', 'কোন', 'কোনটি', 'কোনটা', 'কেন', 'কীভাবে', 'কিভাবে', 'কেমন', 'keno', 'kivabe', 'kibhabe', 'kemon'],
  },
  questionPhrases: {
    // কটার সময়: at what o'clock; কত সালে, কত তারিখে: in which year, on which date
    time: ['কটার সময়', 'কটা নাগাদ', 'কত সালে', 'কত তারিখে', 'কখন থেকে', 'কবে থেকে', 'কবে নাগাদ', 'kotar somoy', 'koto sale', 'koto tarikhe'],
    place: ['কোথা থেকে', 'kotha theke'],
  },
  nameTitles: ['শ্রী', 'শ্রীমতী', 'ডঃ', 'ডা', 'ডাক্তার', 'স্যার', 'লর্ড', 'লেডি', 'রাজা', 'রানী', 'রানি', 'সম্রাট', 'রাষ্ট্রপতি', 'জেনারেল', 'মেজর', 'কর্নেল', 'ক্যাপ্টেন', 'লেফটেন্যান্ট', 'অ্যাডমিরাল', 'গভর্নর', 'পোপ', 'অধ্যাপক'],
  placeHeads: ['সড়ক', 'রোড', 'স্ট্রিট', 'অ্যাভিনিউ', 'কেন্দ্র', 'সেন্টার', 'নদী', 'উপত্যকা', 'হ্রদ', 'সাগর', 'সমুদ্র', 'মহাসাগর', 'উপসাগর', 'দ্বীপ', 'পর্বত', 'পাহাড়', 'পার্ক', 'সেতু', 'স্টেশন', 'বন্দর', 'বাজার', 'জেলা', 'প্রদেশ', 'অঞ্চল', 'উপকূল', 'মরুভূমি', 'বন', 'খাল', 'স্টেডিয়াম', 'প্রজাতন্ত্র', 'সাম্রাজ্য', 'রাজ্য'],
  thingHeads: ['পুরস্কার', 'অ্যাওয়ার্ড', 'পদক', 'ট্রফি', 'কাপ', 'খেলা', 'গেম', 'চ্যাম্পিয়নশিপ', 'টুর্নামেন্ট', 'মৌসুম', 'যুদ্ধ', 'বিপ্লব', 'আইন', 'চুক্তি', 'বই', 'প্রতিবেদন', 'রিপোর্ট', 'গান', 'অ্যালবাম', 'চলচ্চিত্র', 'সিনেমা', 'ভাষা', 'কর্মসূচি', 'প্রকল্প', 'মিশন', 'সম্মেলন', 'উৎসব', 'যুগ', 'দিবস'],
  agentMarkers: ['দ্বারা', 'কর্তৃক'],
  copulas: ['ছিলেন', 'ছিল', 'হলেন', 'হল'],
  relativePronouns: ['যিনি', 'যারা', 'যাঁরা', 'যে'],
  particles: [],
  questionParticles: ['কি'],
  clauseQuestionWords: [],
  questionAuxiliaries: [],
  unitModifiers: ['বর্গ', 'ঘন', 'মেট্রিক'],
  pluralEndings: [],
  singularEndings: [],
  commonNounEndings: ['গুলো', 'গুলি', 'গুলোর', 'গুলির'],
  mannerNouns: ['ভাবে', 'রূপে', 'প্রকারে'],
  ordinalSuffixes: ['তম', 'ম', 'য়', 'র্থ', 'ষ্ঠ', 'লা', 'রা', 'ঠা', 'ই', 'শে'],
  // the object or recipient ends in কে, the owner in র/এর
  questionCases: { কাকে: ['কে'], কাদের: ['দের', 'কে'], কার: ['র', 'এর', 'ের', 'য়ের'], kake: ['কে'], kader: ['দের', 'কে'] },
  coordinators: ['ও', 'এবং'],
  phraseFocus: {},
  queryHeads: {},
};
