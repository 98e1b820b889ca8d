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
  questionWords: {
    count: ['कितने', 'कितनी', 'कितना', 'कितनों', 'kitne', 'kitni', 'kitna', 'kitno', 'kitnon'],
    time: ['कब', 'kab'],
    person: ['कौन', 'किसने', 'किसका', 'किसकी', 'किसके', 'किसको', 'किसे', 'किन्होंने', 'किन्हें', 'kaun', 'kon', 'kisne', 'kiska', 'kiski', 'kiske', 'kisko'],
    place: ['कहां', 'कहाँ', 'किधर', 'kahan', 'kaha', 'kahaan', 'kidhar'],
    thing: ['क्या', 'किस', 'किन', 'कैसे', 'क्यों', 'कौनसा', 'कौनसी', 'कौनसे', 'kya', 'kis', 'kin', 'kaise', 'kyon', 'kyun', 'kyu', 'kaunsa', 'kaunsi', 'kaunse'],
  },
  questionPhrases: {
    // कितने बजे: at what o'clock; कब तक, कब से: until when, since when
    time: ['कितने बजे', 'कितने बजकर', 'कितनी तारीख', 'कब तक', 'कब से', 'kitne baje', 'kab tak', 'kab se'],
    // कौन सा सर्वर: which server, not who
    thing: ['कौन सा', 'कौन सी', 'कौन से', 'kaun sa', 'kaun si', 'kaun se', 'kon sa', 'kon si', 'kon se'],
    place: ['कहां से', 'कहाँ से', 'kahan se'],
  },
};
