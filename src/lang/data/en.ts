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
  percentWords: ['percent', 'percentage'],
  countingQuestionWords: ['how many'],
  rangeJoiners: ['to'],
  changeMarkers: ['from'],
  agentCases: [],
  eraWords: ['bc', 'ad', 'bce', 'ce'],
  yearPrepositions: ['in', 'since', 'until', 'till', 'during', 'before', 'after'],
  decadeWords: ['s'],
  timeRelations: { after: ['after'], before: ['before'], since: ['since'], until: ['until', 'till'] },
  // (not "fall": as often the verb or a collapse, "the fall of 1989")
  seasons: { spring: ['spring'], summer: ['summer'], monsoon: ['monsoon'], autumn: ['autumn'], winter: ['winter'] },
  timeWordsFollow: false,
  yearJoiners: ['of'],
  lightVerbs: [],
  partJoiners: ['of', 'out'],
  nameMarkers: [],
  nameEndings: ["'s"],
  nameConnectors: ['de', 'del', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'of', 'the', 'bin', 'ibn', 'al'],
  placeMarkers: ['in', 'at', 'near', 'into', 'across'],
  placeEndings: [],
  demonymEndings: ['ian', 'an', 'ish', 'ese'],
  questionWords: {
    time: ['when'],
    person: ['who', 'whom', 'whose'],
    place: ['where'],
    thing: ['what', 'which', 'why', 'how'],
  },
  questionPhrases: {
    count: ['how many', 'how much', 'how often', 'how old', 'how far', 'how long'],
    time: ['how long ago', 'how soon', 'since when', 'till when', 'until when'],
  },
  // forms of address, ranks and offices written before a name
  nameTitles: ['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'dame', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'president', 'general', 'major', 'colonel', 'captain', 'lieutenant', 'admiral', 'marshal', 'sergeant', 'commander', 'governor', 'senator', 'judge', 'bishop', 'archbishop', 'cardinal', 'pope', 'saint', 'st', 'professor', 'prof', 'duke', 'earl', 'baron', 'chevalier'],
  placeHeads: ['road', 'street', 'avenue', 'boulevard', 'lane', 'square', 'center', 'centre', 'river', 'valley', 'lake', 'sea', 'ocean', 'bay', 'gulf', 'island', 'islands', 'mountains', 'hill', 'hills', 'park', 'bridge', 'station', 'airport', 'harbour', 'harbor', 'market', 'county', 'province', 'district', 'region', 'coast', 'peninsula', 'desert', 'forest', 'canal', 'stadium', 'republic', 'empire', 'kingdom', 'state', 'states'],
  thingHeads: ['award', 'awards', 'prize', 'medal', 'trophy', 'cup', 'game', 'games', 'championship', 'championships', 'tournament', 'season', 'war', 'battle', 'revolution', 'act', 'treaty', 'law', 'book', 'report', 'song', 'album', 'film', 'series', 'language', 'programme', 'program', 'project', 'mission', 'conference', 'festival', 'era', 'day'],
  agentMarkers: ['by'],
  copulas: [],
  relativePronouns: ['who', 'whom', 'which', 'that'],
  particles: [],
  questionParticles: [],
  clauseQuestionWords: ['when', 'where'],
  questionAuxiliaries: ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'has', 'have', 'had', 'should', 'shall', 'may', 'might', 'must'],
  unitModifiers: ['square', 'cubic', 'metric', 'sq'],
  pluralEndings: ['s'],
  singularEndings: ['ss', 'us', 'is'],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  // English marks no case on a name: who and whom are told apart by word order (see extract.ts)
  questionCases: { whose: ["'s"] },
  coordinators: ['and', '&'],
  // a query typed as a noun phrase asks with its head: "number of servers hacked", "the amount of the ransom"
  // (only at its start: "why did a number of hospitals close" asks why)
  phraseFocus: { 'how old': ['age'], 'how long': ['year', 'month', 'week', 'date', 'hour', 'minute'] },
  queryHeads: { count: ['number of', 'the number of', 'total number of', 'the total number of', 'amount of', 'the amount of', 'count of'] },
};
