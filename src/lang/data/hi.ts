import type { LanguageWords } from './types.js';

export const HI: LanguageWords = {
  denials: ['नहीं', 'नही', 'इनकार', 'इंकार', 'खंडन'],
  partOfWhole: ['में', 'मे'],
  timeJoiners: ['को', 'के', 'पर', 'में'],
  qualifierJoiners: ['के', 'का', 'की', 'एक'],
  // romanized question words only Hindi uses
  latinCues: ['kitne', 'kitni', 'kitna', 'kab', 'kaun', 'kisne', 'kiska', 'kiski', 'kiske', 'kahan', 'kaha', 'kya', 'kaise', 'kyon', 'kyun', 'kis', 'kin'],
  templates: {
    count: (x) => `कितने ${x}?`,
    when: (x) => `${x} कब हुआ?`,
    who: (x) => `${x} की जांच कौन कर रहा है?`,
    money: () => 'कितने पैसे मांगे गए?',
  },
  partJoiners: [],
  // the postpositions that follow a noun phrase in the oblique case; a name before them stands alone as a word
  nameMarkers: ['ने', 'को', 'के', 'की', 'का', 'से', 'में', 'पर', 'द्वारा'],
  nameEndings: [],
  nameConnectors: [],
  placeMarkers: ['में', 'से', 'तक', 'पर'],
  placeEndings: [],
};
