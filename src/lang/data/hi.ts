import type { LanguageWords } from './types.js';

export const HI: LanguageWords = {
  abbreviations: ['डॉ', 'प्रो', 'सं'],
  letterNames: ['ए', 'बी', 'सी', 'डी', 'ई', 'एफ', 'जी', 'एच', 'आई', 'जे', 'के', 'एल', 'एम', 'एन', 'ओ', 'पी', 'क्यू', 'आर', 'एस', 'टी', 'यू', 'वी', 'डब्ल्यू', 'एक्स', 'वाई', 'जेड', 'ज़ेड'],
  verbFinal: true,
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
  percentWords: ['प्रतिशत', 'फीसदी', 'फ़ीसदी', 'फीसद', 'pratishat', 'fisadi'],
  vagueQuantities: { सैकड़ों: 'hundreds', सैंकड़ों: 'hundreds', हजारों: 'thousands', हज़ारों: 'thousands', लाखों: 'lakhs', करोड़ों: 'crores', दर्जनों: 'dozens' },
  countingQuestionWords: ['कितने', 'kitne'],
  rangeJoiners: ['से'],
  changeMarkers: [],
  agentCases: ['ने'],
  genitiveMarkers: ['का', 'की', 'के'],
  genitivePrepositions: [],
  eraWords: ['ईसा-पूर्व', 'ईसवी', 'ई'],
  yearPrepositions: [],
  yearPostpositions: ['में'],
  // plural and oblique endings (-on, -iyon, -en, -ein), and the vowels of gender, number and case
  romanizedEndings: ['iyon', 'iyan', 'on', 'en', 'ein', 'o', 'e', 'i', 'a'],
  questionContractions: [],
  confusableSigns: {
    pairs: [['े', 'ै'], ['ो', 'ौ'], ['स', 'श']],
    dropped: ['्', 'ं'],
  },
  degreeEndings: [],
  requestWords: ['कृपया', 'प्लीज़', 'बताइए', 'बताइये', 'बताओ', 'बताएं', 'बताएँ', 'मुझे बताइए', 'मुझे बताओ', 'जानना है', 'जानना चाहता हूं', 'जानना चाहती हूं', 'bataiye', 'batao', 'bataye', 'batayen', 'kripya', 'mujhe batao', 'jaanna hai', 'janna hai', 'jaanna chahta hoon', 'janna chahta hu'],
  vocatives: ['भाई', 'भैया', 'यार', 'bhai', 'bhaiya', 'yaar', 'yar'],
  // the vowel signs people leave short in typing: कोन for कौन, केसे for कैसे
  questionWordSpellings: { कोन: 'कौन', कोनसा: 'कौनसा', कोनसी: 'कौनसी', कोनसे: 'कौनसे', केसे: 'कैसे', क्यो: 'क्यों' },
  decadeWords: ['दशक'],
  // (से, "since", is left out: it also joins the two ends of a period, 1321 से 1323)
  timeRelations: { after: ['के बाद'], before: ['से पहले', 'के पहले', 'से पूर्व', 'के पूर्व'], since: [], until: ['तक'] },
  // (not शरद, बसंत: first names too, Sharad, Basant; nor शीत, cold, as in शीत युद्ध)
  seasons: {
    spring: ['वसंत'],
    summer: ['गर्मी', 'गर्मियों', 'गर्मियां', 'गर्मियाँ', 'ग्रीष्म'],
    monsoon: ['बरसात', 'मानसून'],
    autumn: ['पतझड़'],
    winter: ['सर्दी', 'सर्दियों', 'सर्दियां', 'सर्दियाँ', 'जाड़ा', 'जाड़े', 'जाड़ों'],
  },
  timeWordsFollow: true,
  yearJoiners: ['की', 'के', 'का'],
  lightVerbs: ['करना', 'होना', 'देना', 'लेना', 'जाना', 'रखना', 'पड़ना', 'लगना', 'बनाना', 'बनना', 'डालना', 'कराना'],
  partJoiners: [],
  // the postpositions that follow a noun phrase in the oblique case; a name before them stands alone as a word
  nameMarkers: ['ने', 'को', 'के', 'की', 'का', 'से', 'में', 'पर', 'द्वारा'],
  nameEndings: [],
  // the particles inside transliterated names (Alfred the Great, Vincent van Gogh)
  nameConnectors: ['द', 'डी', 'डे', 'दी', 'वॉन', 'वान', 'बिन', 'इब्न', 'अल'],
  placeMarkers: ['में', 'तक', 'पर'],
  sourceMarkers: ['से'],
  placeEndings: [],
  demonymEndings: [],
  questionWords: {
    count: ['कितने', 'कितनी', 'कितना', 'कितनों', 'kitne', 'kitni', 'kitna', 'kitno', 'kitnon'],
    time: ['कब', 'kab'],
    person: ['कौन', 'किसने', 'किसका', 'किसकी', 'किसके', 'किसको', 'किसे', 'किससे', 'किन्होंने', 'किन्हें', 'kaun', 'kon', 'kisne', 'kiska', 'kiski', 'kiske', 'kisko'],
    place: ['कहां', 'कहाँ', 'किधर', 'kahan', 'kaha', 'kahaan', 'kidhar'],
    thing: ['क्या', 'किस', 'किन', 'कैसे', 'क्यों', 'कौनसा', 'कौनसी', 'कौनसे', 'kya', 'kis', 'kin', 'kaise', 'kyon', 'kyun', 'kyu', 'kaunsa', 'kaunsi', 'kaunse'],
  },
  questionPhrases: {
    // कितने बजे: at what o'clock; कब तक, कब से: until when, since when
    time: ['कितने बजे', 'कितने बजकर', 'कितनी तारीख', 'कब तक', 'कब से', 'kitne baje', 'kab tak', 'kab se'],
    // कितने साल के थे: how old (with its copula: कितने साल की सज़ा is a sentence of years, कितने साल तक how long)
    count: ['कितने साल का था', 'कितने साल का है', 'कितने साल के थे', 'कितने साल के हैं', 'कितने साल की थी', 'कितने साल की थीं', 'कितने साल की है', 'कितने वर्ष का था', 'कितने वर्ष का है', 'कितने वर्ष के थे', 'कितने वर्ष के हैं', 'कितने वर्ष की थी', 'कितने वर्ष की थीं', 'कितने वर्ष की है', 'कितनी उम्र', 'kitne saal ka tha', 'kitne saal ke the', 'kitne saal ki thi', 'kitne sal ka tha', 'kitne sal ke the', 'kitne sal ki thi', 'kitni umar', 'kitni umr'],
    // कौन सा सर्वर: which server, not who
    thing: ['कौन सा', 'कौन सी', 'कौन से', 'kaun sa', 'kaun si', 'kaun se', 'kon sa', 'kon si', 'kon se'],
    place: ['कहां से', 'कहाँ से', 'kahan se'],
  },
  nameTitles: ['श्री', 'श्रीमती', 'सुश्री', 'डॉ', 'डॉ.', 'मिस्टर', 'सर', 'लॉर्ड', 'लेडी', 'राजा', 'रानी', 'राजकुमार', 'सम्राट', 'राष्ट्रपति', 'जनरल', 'मेजर', 'कर्नल', 'कप्तान', 'कैप्टन', 'लेफ्टिनेंट', 'एडमिरल', 'गवर्नर', 'राज्यपाल', 'सीनेटर', 'न्यायाधीश', 'पोप', 'संत', 'प्रोफेसर', 'प्रोफ़ेसर'],
  placeHeads: ['मार्ग', 'सड़क', 'रोड', 'स्ट्रीट', 'एवेन्यू', 'बोलेवार्ड', 'चौक', 'केंद्र', 'सेंटर', 'नदी', 'घाटी', 'झील', 'सागर', 'समुद्र', 'महासागर', 'खाड़ी', 'द्वीप', 'पर्वत', 'पहाड़', 'पहाड़ी', 'पार्क', 'पुल', 'स्टेशन', 'अड्डा', 'बंदरगाह', 'बाज़ार', 'बाजार', 'मार्केट', 'ज़िला', 'जिला', 'प्रांत', 'क्षेत्र', 'तट', 'रेगिस्तान', 'जंगल', 'नहर', 'स्टेडियम', 'गणराज्य', 'साम्राज्य', 'राज्य'],
  thingHeads: ['पुरस्कार', 'अवार्ड', 'पदक', 'ट्रॉफी', 'कप', 'खेल', 'गेम', 'चैम्पियनशिप', 'चैंपियनशिप', 'टूर्नामेंट', 'सीज़न', 'युद्ध', 'लड़ाई', 'क्रांति', 'अधिनियम', 'एक्ट', 'संधि', 'कानून', 'क़ानून', 'पुस्तक', 'किताब', 'रिपोर्ट', 'गीत', 'एल्बम', 'फ़िल्म', 'फिल्म', 'श्रृंखला', 'सीरीज़', 'भाषा', 'कार्यक्रम', 'परियोजना', 'मिशन', 'सम्मेलन', 'उत्सव', 'युग', 'दिवस'],
  agentMarkers: ['द्वारा'],
  copulas: ['है', 'हैं', 'था', 'थे', 'थी', 'थीं'],
  relativePronouns: ['जो', 'जिसने', 'जिन्होंने', 'जिसे', 'जिन्हें'],
  particles: ['भी', 'ही'],
  namingWords: ['नामक', 'नाम के', 'नाम का', 'नाम की', 'नाम से'],
  indefiniteArticles: ['एक'],
  questionParticles: ['क्या', 'kya'],
  clauseQuestionWords: [],
  questionAuxiliaries: [],
  unitModifiers: ['वर्ग', 'घन', 'मीट्रिक'],
  pluralEndings: [],
  singularEndings: [],
  pastEndings: [],
  commonNounEndings: ['ों'],
  mannerNouns: ['तौर', 'रूप', 'तरह', 'प्रकार', 'ढंग', 'तरीके'],
  compoundPostpositions: ['बीच', 'पास', 'बाद', 'दौरान', 'तहत', 'ऊपर', 'नीचे', 'सामने', 'अंदर', 'भीतर', 'बाहर', 'खिलाफ', 'ख़िलाफ़', 'जरिए', 'ज़रिए', 'बजाय', 'अलावा', 'बदले', 'आसपास', 'पीछे', 'आगे', 'विरुद्ध', 'अनुसार', 'मुताबिक', 'मुताबिक़', 'कारण', 'वजह'],
  ordinalSuffixes: ['वां', 'वाँ', 'वीं', 'वें', 'वा'],
  // the agent of a perfective verb takes ने, the object or recipient को, the owner का/की/के; romanized as people type them
  questionCases: { किसने: ['ने', 'द्वारा'], किन्होंने: ['ने', 'द्वारा'], किसे: ['को'], किसको: ['को'], किन्हें: ['को'], किसका: ['का', 'की', 'के'], किसकी: ['का', 'की', 'के'], किसके: ['का', 'की', 'के'], kisne: ['ने', 'द्वारा'], kinhone: ['ने', 'द्वारा'], kise: ['को'], kisko: ['को'], kinhe: ['को'], kiska: ['का', 'की', 'के'], kiski: ['का', 'की', 'के'], kiske: ['का', 'की', 'के'] },
  coordinators: ['और', 'तथा', 'एवं'],
  // how old: what a passage writes the age with (52 वर्ष की आयु, 52 साल)
  phraseFocus: { 'कितने साल का था': ['age', 'year'], 'कितने साल का है': ['age', 'year'], 'कितने साल के थे': ['age', 'year'], 'कितने साल के हैं': ['age', 'year'], 'कितने साल की थी': ['age', 'year'], 'कितने साल की थीं': ['age', 'year'], 'कितने साल की है': ['age', 'year'], 'कितने वर्ष का था': ['age', 'year'], 'कितने वर्ष का है': ['age', 'year'], 'कितने वर्ष के थे': ['age', 'year'], 'कितने वर्ष के हैं': ['age', 'year'], 'कितने वर्ष की थी': ['age', 'year'], 'कितने वर्ष की थीं': ['age', 'year'], 'कितने वर्ष की है': ['age', 'year'], 'कितनी उम्र': ['age', 'year'], 'kitne saal ka tha': ['age', 'year'], 'kitne saal ke the': ['age', 'year'], 'kitne saal ki thi': ['age', 'year'], 'kitne sal ka tha': ['age', 'year'], 'kitne sal ke the': ['age', 'year'], 'kitne sal ki thi': ['age', 'year'], 'kitni umar': ['age', 'year'], 'kitni umr': ['age', 'year'] },
  queryHeads: {},
};
