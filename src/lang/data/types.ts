import type { Tender } from './concepts.js';

export type { Tender };

/**
 * What Sakshi knows of one language beyond its lexicon, stop words and number words: the small word
 * lists that read an answer out of a passage, and the questions it suggests. One table per language
 * (en.ts, hi.ts, bn.ts); `src/lang/words.ts` reads them.
 */
export interface LanguageWords {
  /** Short forms after which a full stop ends no sentence: Dr., vs., डॉ., ডা. (see corpus/clean.ts). */
  abbreviations: readonly string[];
  /** Short forms after which a full stop ends no sentence when a number follows (Sec. 66, et al. 1998), while "9.58 sec. The…" ends one. */
  numberedAbbreviations: readonly string[];
  /**
   * The letters of the Latin alphabet as the language writes them for initials (एम. के. वर्मा, এ. কে. সেন).
   * Several are common words too (के, आई, জি), so a full stop after one ends no sentence only in text that
   * ends its sentences with the danda. English initials are told by their capital instead.
   */
  letterNames: readonly string[];
  /**
   * Whether the language puts the verb last and writes its case and place markers after the noun (Hindi,
   * Bengali: पुल की लंबाई कितनी है, शहर में), not before it as English does (in the city).
   */
  verbFinal: boolean;
  /** Words that deny what they stand by: a source that says "no ransom was demanded" answers "none". */
  denials: readonly string[];
  /** Words that present what they stand by as unsure or only reported (शायद, कथित, সম্ভবত, নাকি): a deed so said is no short answer (extract.ts doneObject). */
  hedges: readonly string[];
  /** Endings that deny the verb they are written onto (Bengali করেনি, হয়নি: did not; words.ts isDeniedForm). */
  denialEndings: readonly string[];
  /** Words after a whole that a part is taken from: 50 में से 20, ৫০টির মধ্যে ২০টি (English writes the part first: `partJoiners`). */
  partOfWhole: readonly string[];
  /** Words that may stand between a day and its clock time: on Sunday at 6, सुबह के 6 बजे. */
  timeJoiners: readonly string[];
  /**
   * Whether the language writes the name of a day or a month only as itself, never inflected: then a word
   * that only shares its stem is another word ("the farmers marched" names no March). Bengali writes a case
   * ending onto a month (মার্চে, মার্চের), and Hindi spells one more ways than the lexicon lists (फ़रवरी,
   * फरवरी), which its stems fold together, so both read the name by its stem.
   */
  calendarNamesAsWritten: boolean;
  /**
   * Whether the language writes the name of a month capitalized: then the word in lower case is another word
   * ("the toll may rise", "they march on Friday"), not the month, unless its day or year follows it ("may 2024").
   */
  calendarNamesCapitalized: boolean;
  /** Words that join a qualifier to what it qualifies: विदेश के एक गिरोह, a gang from abroad. */
  qualifierJoiners: readonly string[];
  /** Words that, in Latin script, say a text is in this language besides its function words. */
  latinCues: readonly string[];
  /** Questions Sakshi suggests, filled with a word of the corpus in this language. */
  templates: QuestionTemplates;
  /** How a reading of a short answer written in another language or script is said in this one (lang/readout.ts). */
  readout: ReadoutWords;
  /** Words after a number that make it a share, not a count (12 percent, 12 प्रतिशत, ১২ শতাংশ): the sign % is read as one too. */
  percentWords: readonly string[];
  /**
   * Words that say how many without a number (सैकड़ों: hundreds, लाखों: lakhs, dozens), with what they say
   * (a reading renders it in the asker's language): before what is counted, with no number to give, they are
   * the count the source gives.
   */
  vagueQuantities: Readonly<Record<string, VagueQuantity>>;
  /**
   * Words after a number that count people (৮ জন, ৮ জনের: eight people), as written with their case: what
   * "how many people" counts, though the word alone is no person (জন্য, for, shares its stem).
   */
  personCounters: readonly string[];
  /** Question words that count things one by one (how many, कितने, কতগুলো): their answer is a count, never a share. */
  countingQuestionWords: readonly string[];
  /** Case endings a counting question word may carry and still count one by one (কতজনের, কতজনকে, kotojoner). */
  countingQuestionEndings: readonly string[];
  /**
   * Question words and phrases that ask the hour of the clock (कितने बजे, কটায়, what time), romanized
   * as people type them too: a weekday, a date or a year does not answer them.
   */
  clockQuestions: readonly string[];
  /** Words between the two ends of a range of numbers, the low end first: 30 to 50 thousand, 30 से 50 हजार, ৩০ থেকে ৫০ হাজার. */
  rangeJoiners: readonly string[];
  /** Words before the low end that make "X to Y" a change, not a range: from 415,000 to 587,000. */
  changeMarkers: readonly string[];
  /** Case markers that make a name the doer when the question asks for no case (कौन … X ने). */
  agentCases: readonly string[];
  /**
   * The markers or endings of the genitive (का, की, के; -র, -এর; 's): a name in it owns what follows
   * it (रीना की किताब, রিনার বই, Rina's book), or is governed by the postposition that follows (X के पास,
   * X के लिए), so it answers a question in the genitive (किसकी किताब, किसके पास) only before the same word.
   */
  genitiveMarkers: readonly string[];
  /** Prepositions of the genitive, before what owns (the Mackinder of Britain: "of"); none where the genitive is a marker after it. */
  genitivePrepositions: readonly string[];
  /** Words after a year that name its era (300 BC, AD 1066 written after): part of the date, not what is counted. */
  eraWords: readonly string[];
  /** Words before a year that make the number after them a year whatever follows it: "in 1873 Danish engineer Erik Holm". */
  yearPrepositions: readonly string[];
  /**
   * Prepositions that set a number after a verb in a time, a place, an age or a doer ("died at 45", "killed on
   * 12", "held in 2 jails", "attacked by 3 gunmen"): the verb is not said of it as of what it counts, as it is of
   * "killed 14", "killed more than 14" or "the deaths of 14". Languages that write postpositions have none.
   */
  settingPrepositions: readonly string[];
  /**
   * Postpositions after a year that place something in it, as a year preposition does before one (1835 में,
   * "in 1835"); not when a source marker follows (1200 में से 300 counts out of a whole).
   */
  yearPostpositions: readonly string[];
  /**
   * Endings the language's words take, as people write them in Latin script (hackeron: हैकरों, manga:
   * मांगा; hackerder, serverer): a romanized question's word is also read without one, as the lexicon's
   * romanized forms are base forms. Longest first is not needed: every one that fits is tried.
   */
  romanizedEndings: readonly string[];
  /**
   * What people write onto a question word for the verb after it (what's, who's, whats, where're): the
   * question word with one of these is the question word, the verb a function word anyway.
   */
  questionContractions: readonly string[];
  /**
   * The slips people make most in typing the language's script: vowel signs of one sound written for
   * another (े for ै: हेकर for हैकर) and signs left out or added (the virama of सर्वर, an anusvara): in a
   * script that has them, a word the reader does not know is read as a known word only when one such slip
   * makes the one from the other. They compare folded stems, so what fold.ts merges already (ि and ी, a
   * nukta, ष and श) needs no pair here.
   */
  confusableSigns: { pairs: readonly (readonly [string, string])[]; dropped: readonly string[] };
  /** Endings of degree a known adjective takes and stays a word (quieter, hardest): no slip of the keyboard. */
  degreeEndings: readonly string[];
  /**
   * What people write into a question to ask it politely, in its script and romanized (please, tell me,
   * I want to know; बताइए, bataiye; বলুন, jante chai): it frames the question and says nothing of what it
   * is about, so a question reads without it. A phrase's words in order, one space between. One word
   * frames wherever it stands; a phrase of more only where it opens the question or follows a comma, or
   * ends it in a language that puts the verb last ("what did the hackers want to know?" asks what they
   * wanted to know). One that addresses the one asked right after the question's opening auxiliary
   * ("can you tell me the ransom?") makes the question ask for what it names, not yes or no.
   */
  requestWords: readonly string[];
  /**
   * Phrases that ask for the news of something (latest update on, details of; ताजा जानकारी, সর্বশেষ খবর),
   * read in a question of the language: where they open the question or end it (before its question word
   * and function words only), they frame it as a request does; not in a question an auxiliary opens ("Were
   * details of patients leaked?" asks about the details).
   */
  topicPhrases: readonly string[];
  /**
   * Words that call the one asked (bro, भाई, bhai, দাদা, dada): they frame a question only where they
   * open it (after function words) or end it or stand apart by a comma ("aur bhai, hamla kab hua"), and
   * not beside a genitive or after a possessive: there they are words of the question (भाई का नाम, आरोपी
   * का भाई, उसके भाई, অভিযুক্তের ভাই: the brother).
   */
  vocatives: readonly string[];
  /** The genitive markers as people type them in Latin script (ka, ke, ki), read in a romanized question of the language: "bhai ka naam" is the brother's name. */
  romanizedGenitiveMarkers: readonly string[];
  /** Possessive pronouns, in the script and romanized (his, उसके, uske, তার): a vocative's word after one is someone's (उसके भाई: his brother). */
  possessives: readonly string[];
  /** Words that turn what follows a request into a yes-or-no question ("can you tell me if…"). */
  yesNoComplementizers: readonly string[];
  /**
   * Verbs (and nouns of a verb phrase) of telling, as a news report writes them beside the time it was told
   * ("officials said on Tuesday", अधिकारियों ने मंगलवार को बताया, কর্তৃপক্ষ মঙ্গলবার জানিয়েছেন): that time
   * dates the telling, not what is told. Not the quotative that ends a clause (বলে), nor a noun that is
   * also something else (state).
   */
  sayingWords: readonly string[];
  /** Words that say "other" (other, अन्य, অন্য): "other X" names no kind of X. Not the ordinal that also means it (दूसरा: second). */
  otherWords: readonly string[];
  /**
   * Words that say how many of a kind without saying which (several, many, various, कई, অনেক): "several
   * players" names no player. Not a comparative (more, अधिक), which also qualifies an adjective, nor a
   * word that also opens names (हर की पौड़ी, सब इंस्पेक्टर). Read in passages, so in the language's script.
   */
  quantifiers: readonly string[];
  /** How people type question words short or by their sound in a chat (wat, wen, hw), each with the word it stands for. */
  questionWordSpellings: Readonly<Record<string, string>>;
  /**
   * Words after a year that make it a decade: 1950 के दशक, ১৯৫০-এর দশকে (an inflected form counts), and
   * the "s" of 1950s, which the tokenizer splits off.
   */
  decadeWords: readonly string[];
  /**
   * Words that place a time before or after a moment, part of the answer ("after 1850" is not "1850"):
   * each relation's phrases, a phrase's words in order. English writes them before the time (after 1850,
   * until May 1756); Hindi and Bengali after it (1850 के बाद, ১৮৫০-এর পরে): see `timeWordsFollow`.
   */
  timeRelations: Readonly<Record<TimeRelation, readonly string[]>>;
  /** The seasons' words, each a season's forms: part of a time with its year (the summer of 1521, 1521 की गर्मी). */
  seasons: Readonly<Record<Season, readonly string[]>>;
  /** Words after a number written in words that make it the hour of a clock: पांच बजे, সাড়ে আটটা বাজে. */
  hourWords: readonly string[];
  /**
   * Endings written onto a number word that make it the hour (পাঁচটা, ছটায়) where a part of the day stands
   * before it (বিকেল পাঁচটা) or an hour word or one of `aroundWords` after it (পাঁচটা নাগাদ); alone it may
   * count things (পাঁচটা সার্ভার).
   */
  hourEndings: readonly string[];
  /** Of those, the ones that also count things (টা, টো, টে: পাঁচটা সার্ভার), not only the hour (টায়, at five). */
  countingHourEndings: readonly string[];
  /** Words after a time that make it approximate (পাঁচটা নাগাদ, at about five). */
  aroundWords: readonly string[];
  /** Whether relations and seasons follow the time they qualify (1850 के बाद, 1521 की गर्मी) rather than stand before it. */
  timeWordsFollow: boolean;
  /**
   * The words that may join a year to its season or relation (the summer of 1521, 1521 की गर्मी, ১৮৫০
   * সালের পরে): genitives and the word for the year, never a locative ("fall in 1989", "1999 में शरद").
   */
  yearJoiners: readonly string[];
  /**
   * Light verbs that make a verb of a noun (हमला करना, আক্রমণ করা, to make an attack): a dictionary
   * translation "हमला~करना" is the word हमला.
   */
  lightVerbs: readonly string[];
  /** Words between a part and the whole it is taken from, the part first: 20 out of 50, three of the twelve. */
  partJoiners: readonly string[];
  /**
   * Words that make the number beside them a thing's designation, not a count: प्लेटफॉर्म नंबर चार, গেট নম্বর ৩,
   * ৪ নম্বর প্ল্যাটফর্ম (the number before it in Bengali). Only words that are nothing else: English "number" is
   * also a verb and "no" a denial.
   */
  designationWords: readonly string[];
  /**
   * Nouns for the number that designates a thing, written after the thing's noun (helpline number,
   * registration number), that are something else elsewhere (a verb, the noun of a count): read so only
   * right after a thing's noun, in a question that asks what that number is and before the number in a
   * passage (the designationWords are such nouns too).
   */
  designationNouns: readonly string[];
  /**
   * Nouns of a count that say how many of what they are said of there are, the number after them in their
   * clause: मरने वालों की संख्या … बढ़कर 14 हो गई, মৃতের সংখ্যা বেড়ে ৭, "the number of dead rose to 14", "the
   * death toll climbed to 14". Only words that are nothing else.
   */
  tallyWords: readonly string[];
  /**
   * Words beside a number that make it an increase, not a total: "2 more died", "another 3", আরও ২ জন, 2 और
   * घायलों ने (और after the number and before a word: before a number it joins two).
   */
  incrementWords: readonly string[];
  /**
   * Phrases a question asks a running total by, how many there are to now in all: "so far", "in total", अब तक,
   * কুল, এখন পর্যন্ত, মোট (romanized as well). A noun of count's number ("the death toll rose to 11") answers such a
   * question over a number that counts a part ("seven died on the spot").
   */
  runningTotalPhrases: readonly string[];
  /** Phrases of one after another whose number words count nothing (एक के बाद एक, একের পর এক, one by one): no value is read in them. */
  sequencePhrases: readonly string[];
  /** Case markers written as words after a name: लेडी गागा ने, न्यूटन को. */
  nameMarkers: readonly string[];
  /** Case endings written onto a name: কলকাতার, রহিমকে. */
  nameEndings: readonly string[];
  /** Lower-case words inside a name written in Latin script: Vincent van Gogh, Alfred the Great. */
  nameConnectors: readonly string[];
  /**
   * Words that join a name to another its bearer goes by (आरिफ उर्फ 'मास्टर', রফিক ওরফে বাবলু, Arif alias Master):
   * the words on both sides are one name, however seldom the article writes it.
   */
  aliasMarkers: readonly string[];
  /** Words that put a name as a place: in Delhi, at Harbour Road; दिल्ली में; the ending of কলকাতায়. */
  placeMarkers: readonly string[];
  /** What says where something comes from (from; से; থেকে): a "where … from" question asks for the place it marks. */
  sourceMarkers: readonly string[];
  /** Place endings written onto a name (Bengali locatives: কলকাতায়, দিল্লিতে). */
  placeEndings: readonly string[];
  /**
   * Endings of a people's or a country's adjective (American, Turkish, Chinese): Hindi and Bengali write
   * the same adjective with a final vowel instead (अमेरिकी, तुर्की, চীনা), their own endings on the name of
   * the place (चीनी, भारतीय; চীনা, ভারতীয়).
   */
  demonymEndings: readonly string[];
  /**
   * Question words by the kind of answer they ask for, in the script and romanized as people type
   * them, spelling variants included. They shape the answer, not the search.
   */
  questionWords: QuestionWords;
  /**
   * Question phrases: words that together ask for another kind of answer than their first word alone
   * (कितने बजे asks a time, not a count; कौन सा asks which thing, not who). Read before single words.
   */
  questionPhrases: QuestionWords;
  /**
   * Noun-phrase heads that ask when a query opens with them and has no question word ("number of
   * servers hacked" asks a count); elsewhere in a question they are its words ("why did a number of…").
   */
  queryHeads: QuestionWords;
  /**
   * Question phrases that say what they count without naming it (how old: an age; how long: years,
   * days, hours), with the lexicon concepts a passage writes it with ("at age 39", "six years"): they
   * are what the question counts.
   */
  phraseFocus: Readonly<Record<string, readonly string[]>>;
  /** Titles of address (Mr, Dr, श्री, ডঃ): name titles (below, each listed there too) that say nothing of an office, so an office may stand before them ("Hospital CEO Dr Kavitha Rao"). */
  honorifics: readonly string[];
  /** Titles written before a name (Major General, Lord, डॉ, মেজর): they join the name after them and name no one alone. */
  nameTitles: readonly string[];
  /** Head words of names that name a place (Road, Center, River; मार्ग, केंद्र; নদী): such a name is a place, never a person. */
  placeHeads: readonly string[];
  /**
   * Head words of names of institutions that are places too (Hospital; अस्पताल; হাসপাতাল): such a name answers where,
   * as the place the injured are taken to, and who, as what acts ("Apollo Hospital treated the injured").
   */
  institutionHeads: readonly string[];
  /**
   * Words for an area written in lower case right after a name that a place marker, an article or a possessor
   * opens: the name is of a place there ("in Ludhiana's Giaspura area"). Only words that name an area alone,
   * not a state or a district, which qualify a body as often ("the Congress state unit").
   */
  areaHeads: readonly string[];
  /** Head words of names that name a thing or an event (Award, Republic, War, Act; पुरस्कार, युद्ध): neither a person nor a place. */
  thingHeads: readonly string[];
  /** Words that put the name after (English) or before (Hindi, Bengali) them as the doer of a passive verb: by, द्वारा, দ্বারা. */
  agentMarkers: readonly string[];
  /**
   * Words that put the name after (English) or before (Hindi, Bengali, past its genitive) them as the one
   * opposed: against, versus; के खिलाफ; -এর বিরুদ্ধে. The opponent is not the one who did what a question asks
   * ("India won the final against Australia": not Australia).
   */
  opponentMarkers: readonly string[];
  /**
   * Nouns of leading or presiding in the case that makes the name in the genitive before them the doer
   * (X के नेतृत्व में, X-এর নেতৃত্বে: led by X), as an agent marker does; not the noun in another case (X का
   * नेतृत्व किया: led X).
   */
  leadershipPhrases: readonly string[];
  /**
   * Forms of "to be" written after what a sentence says its subject is (… योगदानकर्ता डुडले सिम्पसन थे): the
   * name before one answers "who was …" as a case marker's name answers the case.
   */
  copulas: readonly string[];
  /**
   * Verbs that say where someone is from besides the copulas, which do too: come (where did they come from,
   * कहाँ से आए, কোথা থেকে এসেছিল; typed: aaye, aye, esechilo, elo), and the forms of be the copulas leave out
   * (English's, the present হয়).
   * A "where … from" question with another verb asks where something was done from (where did police
   * arrest them from), which no people's adjective answers.
   */
  originVerbs: readonly string[];
  /**
   * Forms of be that follow a question word asking what something is: before it in English ("what was
   * the time of the attack?", "what is the date of…"); after it in Hindi and Bengali, which put what is
   * asked about first (हमले का समय क्या था?, হামলার সময় কী ছিল?, "attack ka time kya tha"). Not Bengali
   * হল, which also says what happened (হামলার সময় কী হল?). English writes one onto the question word too
   * (what's, whats, what're).
   */
  beForms: readonly string[];
  /**
   * Auxiliaries that make a verb one its subject undergoes: a passive (was arrested, গ্রেফতার করা হয়েছে) or a
   * verb of becoming (गिरफ्तार हुआ, घायल हुए, গ্রেফতার হয়েছে); Hindi गया only after किया (passiveAuxiliaries),
   * as after a verb's stem it closes an active compound (चुरा ले गया, took away). A who question whose
   * question word is that subject (who was arrested, कौन गिरफ्तार हुआ, কারা গ্রেফতার হয়েছে) asks for the one
   * who underwent it, never its doer (X ने, by X). English ones stand after the question word with a past
   * participle after them; Hindi and Bengali ones close the verb group by the question word, before or
   * after it (with their romanized spellings).
   */
  undergoingAuxiliaries: readonly string[];
  /** Markers a name takes as the object of a verb (X को, Xকে): the one who underwent what a sentence in the active voice says. */
  objectMarkers: readonly string[];
  /**
   * Words after a past participle that make it passive with no auxiliary before it ("with X appointed as
   * his deputy", "X arrested by police"), where a verb in the active voice has its object (X arrested him);
   * not "in", "at" or "on", after which an active verb's object follows as often ("arrested on Monday two men").
   */
  participlePrepositions: readonly string[];
  /**
   * Words a number of times something happened is written with (1,600 times, 1,600 से अधिक बार, ১৬০০ বার;
   * typed: baar): such a number answers no question of how much (how much data was stolen).
   */
  frequencyWords: readonly string[];
  /**
   * The form a word of times takes hyphened onto its number before what it qualifies, where it is not one of
   * `frequencyWords` (a five-time champion, "5-time Pro Bowler"; बार and বার are written alike in both).
   */
  frequencyModifiers: readonly string[];
  /**
   * Words that make a number after them an age (aged 23, at the age of 39; उम्र 23 साल; বয়স ২৩): a question of
   * how old is answered by such a number before any other (not "jailed for 7 years"). Read up to two words
   * before the number, in the same phrase.
   */
  ageWordsBefore: readonly string[];
  /** Whether a number alone between commas after a word is an age, as English news writes one ("Ravi Rao, 23, was arrested"). */
  ageInCommas: boolean;
  /**
   * Words that make a number an age after the years it counts or a joining word (39 years old, 19-year-old, 7
   * years of age; 41 की उम्र में, 23 वर्ष की आयु; ২৩ বছর বয়সী): read up to three words after it, in the same
   * phrase, with only such words between (not "12 old computers").
   */
  ageWordsAfter: readonly string[];
  /** Words of years that are an age themselves, written right after the number (23 वर्षीय). */
  ageUnits: readonly string[];
  /** Question words and phrases that ask how often (how often, কতবার): a number of times answers them. */
  frequencyQuestions: readonly string[];
  /**
   * Auxiliaries that make a passive only after a form of the verb "do" (passiveLightVerbs): Hindi जाना's past,
   * present and future after किया (गिरफ्तार किया गया, किया जाता है, किया जाएगा), where after a verb's stem they
   * close an active compound (चुरा गया, जीत गया, चला जाता). Read as undergoingAuxiliaries are, with that
   * condition. Right after "what" and a word they make that word a verb (क्या कहा जाता है: what is it called;
   * question.ts whichPhrase); after "which" and a noun they are a verb of going (किस स्कूल जाते हैं).
   */
  passiveAuxiliaries: readonly string[];
  /** The forms of "do" a passive auxiliary follows (किया, किए, की). */
  passiveLightVerbs: readonly string[];
  /**
   * Other finite forms of the light verb "do" that make a verb of the noun before them (করেছে, করেছিল, করল:
   * পুলিশ কী উদ্ধার করেছে, what did the police recover; करता, करेगा): with the light verbs and the forms of
   * passiveLightVerbs, a word that makes the one before it a verb (words.ts makesVerb).
   */
  doForms: readonly string[];
  /** The question words that ask what (what, क्या, কী): of them, one followed by a form of be asks what something is (what was the date of…). */
  whatWords: readonly string[];
  /**
   * The question words that ask why or how (why, how, क्यों, कैसे, কেন, কীভাবে): a reason or a manner, which no
   * noun after them names, so they ask no "which X" (question.ts whichPhrase): "क्यों तानाशाह सेना भेज रहा था?"
   * asks why, not which dictator. (How many, how long are question phrases of their own.)
   */
  reasonWords: readonly string[];
  /** Of the reason words, those that ask why (why, क्यों, কেন): a cause answers them, where how asks a manner (extract.ts cause). */
  whyWords: readonly string[];
  /**
   * Phrases that tie a cause to what it caused: in English before the cause (because of, due to, caused by); in
   * Hindi and Bengali after it, with the genitive the cause is written in where that is a word of its own (के
   * कारण, की वजह से; Bengali writes it onto the cause: ঝড়ের কারণে). Not "for" (জন্য), which as often says whom
   * something is for.
   */
  causeMarkers: readonly string[];
  /** Nouns that name a cause, which a copula or the clause's verb ties to it (the cause was…, आग की वजह … है, আগুনের কারণ …). */
  causeNouns: readonly string[];
  /** Words that close the clause before them as what is said or thought (Bengali বলে: X বলে মনে করা হচ্ছে, it is thought to be X). */
  quotatives: readonly string[];
  /** Particles that deny the verb they stand before or after (न, না): within a cause they are part of it (वेतन न मिलने के कारण). */
  negationParticles: readonly string[];
  /** Words that say a thing is not known or still looked into (unclear, under investigation, अज्ञात, অজানা): a cause said to be one is none. */
  unknownWords: readonly string[];
  /**
   * Genitive markers a postposition follows, which make the phrase an adverb of when or where (हमले के
   * समय: at the time of the attack), not what is asked (हमले का समय: the time of the attack).
   */
  obliqueGenitiveMarkers: readonly string[];
  /** Relative pronouns that open a clause about the name before them: "Tom Reyes, who scored four goals", "…, जिन्होंने". */
  relativePronouns: readonly string[];
  /**
   * Pronouns that, opening a sentence, stand for what a sentence before it names (He, They, उन्होंने, তিনি): the
   * sentence is read with the one before it, not the one after.
   */
  anaphors: readonly string[];
  /** Particles written apart after a word to stress it (भी, ही): they close a name as a case marker does, with no case. */
  particles: readonly string[];
  /**
   * Words that give the name of what stands beside them, one word or a phrase: "a Norman named Oursel",
   * "a group called Lazarus"; ओरसेल नाम के एक नॉर्मन, X नामक; ওরসেল নামে এক নরম্যান. The name follows them in
   * Latin script (English) and stands before them in Devanagari and Bengali script; the noun on the other
   * side is only what the name is of (a Norman), not a name, and its case (नॉर्मन ने) is the name's.
   */
  namingWords: readonly string[];
  /** The indefinite article or its like before a noun: a, an; एक; এক, একজন, একটি. */
  indefiniteArticles: readonly string[];
  /** The definite article, where a language writes one apart: the. */
  definiteArticles: readonly string[];
  /**
   * Demonstratives before a noun (this, these; इस, उन; এই, সেই): with a definite article, a sentence that opens
   * with one before a word the sentence before it writes ("इस प्रमेय की विशिष्टता…" after a sentence of the
   * theorem) goes on from that sentence. Before a word it does not write (इस साल, এই বছর) it only sets a time.
   */
  demonstratives: readonly string[];
  /**
   * Question words that also open a yes/no question (क्या एम्स के सर्वर हैक हुए?, কি): a question word of
   * a kind further on (कितने, কখন) is what such a question asks. English has none: the "when" or "who"
   * after "what" opens a clause ("What did Luther do when…", "the player who…").
   */
  questionParticles: readonly string[];
  /**
   * Question words that can also open a clause before the question ("When many people are arrested, what
   * is…"): the question word after the comma then asks. Hindi and Bengali open such clauses with जब, যখন.
   */
  clauseQuestionWords: readonly string[];
  /**
   * Auxiliaries that follow a question word that asks ("When did…", "Where was…"): then it opens no clause;
   * one that opens a question with no question word asks yes or no ("Did AIIMS pay…?", question.ts).
   */
  questionAuxiliaries: readonly string[];
  /**
   * Words that name a measure only with the unit after them (वर्ग किलोमीटर): a Hindi or Bengali count of
   * them runs on to the unit (an English count runs on to the question's next word whatever it is).
   */
  unitModifiers: readonly string[];
  /** Units a number measures in (kilometres, मीटर, ডিগ্রি): a count after what it measures still runs on to its unit (a depth of 10 kilometres). */
  measureUnits: readonly string[];
  /**
   * Units of time a number is read as a length of time by, as written, beside the lexicon's (hours, days,
   * घंटे): the second, whose English stem is the ordinal's and so is no lexicon concept ("17 seconds left"
   * answers how much time was left; "the second quarter" is no length of time).
   */
  timeUnits: readonly string[];
  /**
   * Where the language writes what a "how many" question counts last in the noun phrase after the question
   * word, when an auxiliary closes it, and marks it plural (how many 1998 league goals did…): the plural endings, and the endings of
   * words that look plural and are not (class, status, analysis). Empty where the phrase is not so read
   * (Hindi and Bengali put the verb right after what is counted, and mark few plurals).
   */
  pluralEndings: readonly string[];
  singularEndings: readonly string[];
  /** Plurals written without a plural ending (people, children): they close a counted noun phrase as "servers" does. */
  irregularPlurals: readonly string[];
  /**
   * Endings of a verb's past that English writes right after "what" (what happened, what caused): the
   * question then asks what the verb did, not which thing a noun phrase names. Empty where a "which"
   * phrase is not so read.
   */
  pastEndings: readonly string[];
  /** A verb's pasts and past participles that no ending tells (won, spoke, taken): read as the pasts pastEndings make. */
  irregularPasts: readonly string[];
  /**
   * Endings of a verb's participles (targeting, hired): such a word between "by" and a name is a verb the name
   * is the object of ("by hackers targeting Microsoft"), not a word describing the doer ("by security researcher
   * X"). Empty where a doer is not so written.
   */
  participleEndings: readonly string[];
  /**
   * Endings that make a noun of someone who does (resident, customer, villager, attacker), where the
   * stemmer leaves the same stem as the word for the thing or the act (residence, customs, village,
   * attack): the lexicon matches a word of one kind only to a form of the same kind. Empty where the
   * stemmer keeps them apart.
   */
  agentEndings: readonly string[];
  /** Adverbs that may stand between "what" and such a verb (what exactly happened); not every word in -ly is one (family, assembly). */
  verbAdverbs: readonly string[];
  /**
   * Adverbs of time, manner and repetition that qualify a verb, not a noun (फिर, तुरंत, जल्द, खुद, আবার, দ্রুত):
   * in a language that puts the object right before its verb, the object's phrase does not run back past one
   * (extract.ts doneObject). Empty where objects follow the verb.
   */
  clauseAdverbs: readonly string[];
  /**
   * Future forms of the light verbs and auxiliaries (करेगा, जाएगा, করবে, হবে, will): a verb group holding one tells
   * a plan, not a thing done (extract.ts doneObject), and a time beside it dates the plan (extract.ts datesFuture).
   */
  futureForms: readonly string[];
  /** Endings of a verb's conjunctive participle (छापा मारकर, घुसकर: having raided), which ends the object's phrase before a later verb as an adverb does. */
  conjunctiveEndings: readonly string[];
  /**
   * Past forms of the auxiliaries and of the light verbs of happening (था, हुआ, हुई, गया, লাগলো, হয়েছিল, ঘটা; did,
   * was): a question that holds one (or, in English, a verb written as a past) asks what happened, and one between a
   * time and a future form says what happened at that time ("रविवार रात लगी आग की जांच … करेगी": the fire of Sunday
   * night; extract.ts datesFuture). Not a form that is also a common word of another kind (की, के: of; लिए: for).
   */
  pastForms: readonly string[];
  /**
   * Endings only a common noun takes, in a script with no capitals to tell a name: the plural ones (a name
   * is not made plural: ठिकानों पर, সার্ভারগুলো). A word so ending is no name, whatever marker follows it.
   */
  commonNounEndings: readonly string[];
  /**
   * Nouns of manner that make an adverb with the case after them or written onto them (आम तौर पर: usually;
   * मुख्य रूप से: mainly; সাধারণভাবে: generally), alone or as the end of a compound written as one word
   * (आमतौर). A word that is one, with its case, is no name, and its case places nothing.
   */
  mannerNouns: readonly string[];
  /**
   * Nouns that make a postposition with the genitive before them (के बीच: between, के पास: near, के
   * खिलाफ: against; এর পাশে): after a genitive marker such a word is a function word, and opens no name.
   */
  compoundPostpositions: readonly string[];
  /** Endings written onto a number (20th, ২০তম), or in Hindi and Bengali a space after it (20 वीं), that make it an ordinal: it ranks, it counts nothing. */
  ordinalSuffixes: readonly string[];
  /**
   * Ordinal words that are no cardinal word with an ordinal suffix written onto it, by the rank they give
   * (first, third, fifth; पहला, तीसरा, छठा; প্রথম, পঞ্চম, দশম): with those (tenth, दसवीं, উনিশতম) and numbers
   * with a suffix (10th, 10वीं, ১০ম) they are found as one another, across languages. Not a word as often
   * something else: English "second" is as often the unit of time, Hindi दूसरा "other", पहले "before".
   */
  ordinalWords: Readonly<Record<string, number>>;
  /**
   * The ordinal suffixes a cardinal word takes to make an ordinal word (ten-th, दस-वीं, উনিশ-তম): fewer than a
   * number takes, as the endings of a date on a number (৫ই, ১লা) make other words of a cardinal word (একই:
   * same, একলা: alone).
   */
  wordOrdinalSuffixes: readonly string[];
  /**
   * Question words that ask for a name in a case, with the markers or endings that case writes after the
   * name in a passage: किसने asks for the name before ने (or द्वारा, the doer of a passive verb), কাকে
   * for the one ending in কে.
   */
  questionCases: Readonly<Record<string, readonly string[]>>;
  /**
   * Words that join words into a list: names (Anna Ruiz and Tomas Berg), so that a question asking who
   * may be answered by all of them, and question words ("how and when", कैसे और कब), of which the one of a
   * kind asks.
   */
  coordinators: readonly string[];
  /**
   * Words that open another clause within a sentence (कि, लेकिन, क्योंकि; যে, কিন্তু; that, but, because): a
   * subject does not reach past one to the words of the clause it opens.
   */
  clauseOpeners: readonly string[];
  /** Currency words written as an abbreviation with a full stop before the number (Rs. 5,000, रु. 10,000): the full stop ends no sentence there. */
  abbreviatedCurrencies: readonly string[];
  /**
   * Words written before an office's title that make it another office, or another holder than the one in
   * office (former, deputy, late; पूर्व, उप; প্রাক্তন, উপ): "former Chief Minister X" is not who the chief
   * minister is.
   */
  officeQualifiers: readonly string[];
  /** Words that join alternatives (or, या, বা): a denial before such a list denies each item ("No passwords or payment data were taken"). */
  disjunctions: readonly string[];
}

/** The kinds of answer a question word can ask for (an amount of money is told by what is asked about). */
export type QuestionWordType = 'count' | 'time' | 'person' | 'place' | 'thing';

export type QuestionWords = Partial<Record<QuestionWordType, readonly string[]>>;

export interface QuestionTemplates {
  /** How many of a thing the articles count. */
  count: (thing: string) => string;
  /** When an event happened. */
  when: (event: string) => string;
  /** Who investigates an event. */
  who: (event: string) => string;
  /** How much money was demanded. */
  money: () => string;
}

/** What a word that says how many without a number says (सैकड़ों, শতাধিক), as a reading names it. */
export type VagueQuantity = 'dozens' | 'hundreds' | 'thousands' | 'millions' | 'billions' | 'lakhs' | 'crores' | 'over a hundred' | 'several hundred' | 'about a dozen';

/** A word before a count or a sum that bounds it: more than, at least, fewer than (a count), less than (a sum), about. */
export type Qualifier = 'more' | 'least' | 'fewer' | 'less' | 'about';

/** The scales a sum is read in: ₹200 crore, $5 million. */
export type Scale = 'lakh' | 'crore' | 'million' | 'billion';

/**
 * The words a reading is said in, for an asker of this language reading an answer written in another
 * (বুধবার সকাল ৬টা৪৫ read by a Hindi asker: बुधवार सुबह 6:45). Numbers stay in digits; days, months and
 * parts of the day are the lexicon's labels.
 */
export interface ReadoutWords {
  /** A count or a sum with the word that bounds it: more than 30, 30 से अधिक, ৩০-এর বেশি. */
  qualified: Readonly<Record<Qualifier, (n: string) => string>>;
  /** A count out of a whole: 5 of 50, 50 में से 5. */
  outOf: (n: string, whole: string) => string;
  /** A number said for each one (4-4 लाख रुपये): ₹4 lakh each. */
  each: (n: string) => string;
  /** The names of the scales a sum is read in. */
  scales: Readonly<Record<Scale, string>>;
  /** A sum with what it is paid in: ₹200 crore in cryptocurrency. */
  tenders: Readonly<Record<Tender, (amount: string) => string>>;
  /** A count said without a number. */
  vague: Readonly<Record<VagueQuantity, string>>;
  /** A clock time, 24-hour, with the label of the part of the day the source gives (সকাল read as सुबह), if it gives one. */
  clock: (hour: number, minute: number, part: string | undefined) => string;
  /** A decade by its first year: 1990s, 1990 का दशक; `related` when a season or a relation follows it (1990 के दशक के बाद). */
  decade: (year: string, related: boolean) => string;
  /** A time placed against the moment it names: after 1850, 1850 के बाद. */
  relations: Readonly<Record<TimeRelation, (time: string) => string>>;
  /** A time's season: summer of 1521, 1521 की गर्मी. */
  seasons: Readonly<Record<Season, (time: string) => string>>;
  /** Whether the names of days and months are written capitalized (Wednesday). */
  capitalizesCalendar: boolean;
  /**
   * The ten digits, 0 to 9, the language's news writes numbers in: a reading's numbers are written in them
   * (Bengali ৬:৪৫, ৫০-এর মধ্যে ২০; Hindi news writes ASCII digits).
   */
  digits: string;
  /** The locale whose grouping a reading's numbers are written in: en-US by thousands (1,200,000), en-IN by lakhs (12,00,000). */
  grouping: 'en-US' | 'en-IN';
}

/** How a time is placed against the moment it names. */
export type TimeRelation = 'after' | 'before' | 'since' | 'until';
/** The seasons, as the English reading names them. */
export type Season = 'spring' | 'summer' | 'monsoon' | 'autumn' | 'winter';
