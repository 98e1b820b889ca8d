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
};
