import type { LanguageWords } from './types.js';

export const BN: LanguageWords = {
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
  partJoiners: [],
  // Bengali writes a postposition apart only after a genitive (রহিমের সঙ্গে); these are the words that do
  nameMarkers: ['দ্বারা', 'সঙ্গে', 'সাথে', 'থেকে'],
  // case endings written onto a noun: genitive, accusative/dative, locative, plural
  nameEndings: ['য়ের', 'য়ের', 'এর', 'ের', 'কে', 'র', 'রা'],
  nameConnectors: [],
  placeMarkers: ['থেকে'],
  placeEndings: ['তে', 'য়', 'য়', 'এ', 'ে'],
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
};
