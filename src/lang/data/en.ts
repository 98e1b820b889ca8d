import type { LanguageWords } from './types.js';

export const EN: LanguageWords = {
  denials: ['no', 'not', 'never', 'none', 'denied', 'deny', 'denies'],
  // English names the part first (20 out of 50): see partJoiners
  partOfWhole: [],
  timeJoiners: ['at', 'on', 'the'],
  qualifierJoiners: ['one', 'a', 'an'],
  latinCues: ['how', 'what', 'when', 'who', 'whom', 'whose', 'where', 'which', 'why'],
  templates: {
    count: (x) => `How many ${x.endsWith('s') ? x : `${x}s`}?`,
    when: (x) => `When did the ${x} happen?`,
    who: (x) => `Who is investigating the ${x}?`,
    money: () => 'How much money was demanded?',
  },
  partJoiners: ['of', 'out'],
  nameMarkers: [],
  nameEndings: [],
  nameConnectors: ['de', 'del', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'of', 'the', 'bin', 'ibn', 'al'],
  placeMarkers: ['in', 'at', 'from', 'near', 'to', 'into', 'across'],
  placeEndings: [],
  questionWords: {
    time: ['when'],
    person: ['who', 'whom', 'whose'],
    place: ['where'],
    thing: ['what', 'which', 'why', 'how'],
  },
  questionPhrases: {
    // a query typed as a noun phrase asks with its head: "number of servers hacked", "amount of the ransom"
    count: ['how many', 'how much', 'how often', 'how old', 'how far', 'number of', 'amount of', 'count of'],
    time: ['how long', 'how long ago', 'how soon', 'since when', 'till when', 'until when'],
  },
};
