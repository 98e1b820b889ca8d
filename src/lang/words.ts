import { BN } from './data/bn.js';
import { EN } from './data/en.js';
import { HI } from './data/hi.js';
import type { LanguageWords, QuestionTemplates, Season, TimeRelation, VagueQuantity } from './data/types.js';
import { DAY_PARTS, DURATION, MONTHS, RELATIVE_DAYS, WEEKDAYS } from './data/concepts.js';
import { isThingStem } from './english.js';
import { normalize } from './normalize.js';
import { stemEnglish } from './stem.js';
import { languageOfScript, scriptOf, type Language } from './script.js';

export type { QuestionTemplates, Season, TimeRelation };
export { DAY_PARTS, DONE_TO_PEOPLE, EVENTS, MEASURES, MONTHS, RELATIVE_DAYS, TALLIED, WEEKDAYS } from './data/concepts.js';

/** Every language's word table, by language. */
export const LANGUAGE_WORDS: Record<Language, LanguageWords> = { en: EN, hi: HI, bn: BN };

/**
 * A list of every language's words of one kind, normalized as tokens are. A passage's function words
 * are read whatever its language: English words and names stand inside Hindi and Bengali text.
 */
export const anyLanguage = (pick: (w: LanguageWords) => readonly string[]) => new Set(Object.values(LANGUAGE_WORDS).flatMap((w) => pick(w).map((x) => normalize(x))));

/** Each language's words of one kind apart, normalized as tokens are: for the rules that hold in one language only. */
const eachLanguage = (pick: (w: LanguageWords) => readonly string[]) =>
  Object.fromEntries(Object.entries(LANGUAGE_WORDS).map(([l, w]) => [l, new Set(pick(w).map((x) => normalize(x)))])) as Record<Language, Set<string>>;

/** Whether a normalized token is one of a kind of a language's words, in that language (the kind `pick` takes from its data). */
const languageWords = (pick: (w: LanguageWords) => readonly string[]) => {
  const sets = eachLanguage(pick);
  return (norm: string, language: Language) => sets[language].has(norm);
};

/** The lexicon's days and months: names, not words (data calendarNamesAsWritten; the WordNet build leads no common word to one). */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set<string>([...WEEKDAYS, ...MONTHS]);
/**
 * For a concept that names a day or a month and a word in the script of a language that writes such names
 * only as themselves (data calendarNamesAsWritten), the ways the word may be written to name it: as itself
 * or, without a plural ending of its language, in the plural (Mondays); undefined when anything of its stem
 * names it. "marched" shares March's stem, and names no March.
 */
export const calendarNameWritings = (concept: string, norm: string): string[] | undefined => {
  const language = languageOfScript(scriptOf(norm[0] ?? ''));
  if (!CALENDAR_NAMES.has(concept) || language === undefined || !LANGUAGE_WORDS[language].calendarNamesAsWritten) return undefined;
  const singulars = LANGUAGE_WORDS[language].pluralEndings.filter((e) => norm.length > e.length && norm.endsWith(e)).map((e) => norm.slice(0, -e.length));
  return [norm, ...singulars];
};

const MONTH_NAMES: ReadonlySet<string> = new Set<string>(MONTHS);
/**
 * Whether a word as written (`raw`) may name a month (`concept`): in a language that capitalizes month names
 * (data calendarNamesCapitalized), capitalized, or in lower case right before a number, its day or its year
 * (`beside.beforeNumber`: "may 2024", "march 12"), or right after its day where the phrase ends with it
 * or before a coordinator or a range's joiner (`beside.closesDate`: "on 12 march,", "by 5 may.", "on 3 june and",
 * "from 1 may to 15 may"); "may" in "the toll may rise" or "20 may have died" is no
 * May. A day's name, any other concept, any other script, may.
 */
export const writesCalendarCase = (concept: string, raw: string, beside: { beforeNumber: boolean; closesDate: boolean }): boolean => {
  const language = languageOfScript(scriptOf(raw[0] ?? ''));
  return !MONTH_NAMES.has(concept) || language === undefined || !LANGUAGE_WORDS[language].calendarNamesCapitalized || beside.beforeNumber || beside.closesDate || /^\p{Lu}/u.test(raw);
};

const DENIALS = anyLanguage((w) => w.denials);
const PART_OF_WHOLE = anyLanguage((w) => w.partOfWhole);
const PART_JOINERS = anyLanguage((w) => w.partJoiners);
const TIME_JOINERS = anyLanguage((w) => w.timeJoiners);
const QUALIFIER_JOINERS = anyLanguage((w) => w.qualifierJoiners);
const PERCENT_WORDS = anyLanguage((w) => w.percentWords);
const VAGUE_QUANTITIES = new Map(Object.values(LANGUAGE_WORDS).flatMap((w) => Object.entries(w.vagueQuantities).map(([word, reading]) => [normalize(word), reading] as const)));
/** What a word that says how many without a number says (सैकड़ों: hundreds), if the token is one. */
export const vagueQuantityOf = (norm: string): VagueQuantity | undefined => VAGUE_QUANTITIES.get(norm);
const COUNTING_QUESTION_WORDS = anyLanguage((w) => w.countingQuestionWords);
/** Case endings a counting question word keeps counting with (data countingQuestionEndings: কতজনের, কতজনকে). */
const COUNTING_QUESTION_ENDINGS = [...anyLanguage((w) => w.countingQuestionEndings)];
const PERSON_COUNTERS = anyLanguage((w) => w.personCounters);
/** Whether a normalized token after a number counts people (৮ জনের: data personCounters). */
export const isPersonCounter = (norm: string) => PERSON_COUNTERS.has(norm);
const RANGE_JOINERS = anyLanguage((w) => w.rangeJoiners);
const AGENT_CASES = anyLanguage((w) => w.agentCases);
const ERA_WORDS = anyLanguage((w) => w.eraWords);
const DECADE_WORDS = anyLanguage((w) => w.decadeWords);
const CHANGE_MARKERS = anyLanguage((w) => w.changeMarkers);

/** Whether a normalized token denies what it stands by (no, नहीं, না). */
export const isDenial = (norm: string) => DENIALS.has(norm);
const HEDGES = anyLanguage((w) => w.hedges);
/** Whether a word presents what it stands by as unsure or only reported (data hedges). */
export const isHedge = (norm: string) => HEDGES.has(norm);
/** The ending of `endings` a word is written with, with more than one letter before it (করেনি: নি; not নি alone), if any. */
const writtenEnding = (norm: string, endings: Iterable<string>): string | undefined => {
  for (const e of endings) if (norm.length > e.length + 1 && norm.endsWith(e)) return e;
  return undefined;
};
const DENIAL_ENDINGS = eachLanguage((w) => w.denialEndings);
/** Whether a word is a verb denied by an ending written onto it (করেনি, হয়নি: data denialEndings), not a word that only ends so (খনি, a mine, is no verb's: the caller reads it where a verb stands). */
export const isDeniedForm = (norm: string, language: Language) => writtenEnding(norm, DENIAL_ENDINGS[language]) !== undefined;
/** Whether a normalized token, after a number, makes it the whole a part is taken from (में, মধ্যে). */
export const isPartOfWhole = (norm: string) => PART_OF_WHOLE.has(norm);
/** Whether a normalized token stands between a part and its whole, the part first (20 out of 50). */
export const isPartJoiner = (norm: string) => PART_JOINERS.has(norm);
const DESIGNATION_WORDS = anyLanguage((w) => w.designationWords);
/** How long a case or classifier ending written onto a designation word may be (নম্বরে, নম্বরটি). */
const DESIGNATION_ENDING = 2;
/** The designation words long enough to take an ending: not the abbreviations नं, নং (नंद is a name). */
const ENDED_DESIGNATIONS = [...DESIGNATION_WORDS].filter((w) => w.length >= 4);
/** Whether a normalized token makes the number beside it a designation, not a count (नंबर, নম্বর, নম্বরে: data designationWords, with an ending of theirs). */
export const isDesignationWord = (norm: string) =>
  DESIGNATION_WORDS.has(norm) || ENDED_DESIGNATIONS.some((w) => norm.startsWith(w) && norm.length - w.length <= DESIGNATION_ENDING);
const DESIGNATION_NOUNS = anyLanguage((w) => w.designationNouns);
/**
 * Whether a normalized token, right after a thing's noun, may name the number that designates it (helpline
 * number, हेल्पलाइन नंबर, হেল্পলাইন নম্বরটি: data designationWords with an ending of theirs, designationNouns).
 */
export const isDesignationNoun = (norm: string) => DESIGNATION_NOUNS.has(norm) || isDesignationWord(norm);
const TALLY_WORDS = anyLanguage((w) => w.tallyWords);
/** Whether a normalized token is a noun of a count, saying how many of what it is said of there are (संख्या, সংখ্যা, number, toll: data tallyWords). */
export const isTallyWord = (norm: string) => TALLY_WORDS.has(norm);
const INCREMENT_WORDS = anyLanguage((w) => w.incrementWords);
/** Whether a normalized token beside a number makes it an increase, not a total (more, आरও, और: data incrementWords). */
export const isIncrementWord = (norm: string) => INCREMENT_WORDS.has(norm);
const UNTIL_WORDS = eachLanguage((w) => w.timeRelations.until);
/** Whether a normalized token puts a time as the end of what it is said of in the language: until, till, तक, পর্যন্ত (data timeRelations). */
export const isUntilWord = (norm: string, language: Language) => UNTIL_WORDS[language].has(norm);
/** The positions of normalized words that one of the phrases (normalized, their words joined by a space) covers. */
function phrasesAt(norms: readonly string[], phrases: ReadonlySet<string>): Set<number> {
  const at = new Set<number>();
  for (const p of phrases) {
    const words = p.split(' ');
    norms.forEach((_n, i) => {
      if (words.every((w, k) => norms[i + k] === w)) words.forEach((_w, k) => at.add(i + k));
    });
  }
  return at;
}
const RUNNING_TOTAL_PHRASES = eachLanguage((w) => w.runningTotalPhrases);
/** The positions of a question's normalized words that ask a running total in its language: "so far", अब तक, এখন পর্যন্ত (data runningTotalPhrases). */
export const runningTotalAt = (norms: readonly string[], language: Language): Set<number> => phrasesAt(norms, RUNNING_TOTAL_PHRASES[language]);
const SEQUENCE_PHRASES = eachLanguage((w) => w.sequencePhrases);
/** The positions of a text's normalized words that say one after another in its language, whose number words count nothing (data sequencePhrases). */
export const sequenceAt = (norms: readonly string[], language: Language): Set<number> => phrasesAt(norms, SEQUENCE_PHRASES[language]);
/** Whether a normalized token may stand between a day and its clock time (on, को, এর). */
export const isTimeJoiner = (norm: string) => TIME_JOINERS.has(norm);
/** Whether a normalized token after a number makes it a share (percent, प्रतिशत, শতাংশ). */
export const isPercentWord = (norm: string) => PERCENT_WORDS.has(norm);
/** Whether a case marker makes the name before it the doer (ने). */
export const isAgentCase = (norm: string) => AGENT_CASES.has(norm);
const GENITIVE_MARKERS = anyLanguage((w) => w.genitiveMarkers);
/** Whether a case marker or ending is the genitive (के, -এর, 's): the name before it owns, or is governed by, the word after it. */
export const isGenitiveMarker = (norm: string) => GENITIVE_MARKERS.has(norm);
const GENITIVE_PREPOSITIONS = anyLanguage((w) => w.genitivePrepositions);
/** Whether a normalized token is a preposition of the genitive ("of"): the name after it owns the word before it. */
export const isGenitivePreposition = (norm: string) => GENITIVE_PREPOSITIONS.has(norm);
const SOURCE_MARKERS = anyLanguage((w) => w.sourceMarkers);
/** Whether a normalized token says where something comes from (from, से, থেকে). */
export const isSourceMarker = (norm: string) => SOURCE_MARKERS.has(norm);
const COPULAS = anyLanguage((w) => w.copulas);
/** Whether a normalized token is a form of "to be" after what a sentence says its subject is (थे, ছিলেন). */
export const isCopula = (norm: string) => COPULAS.has(norm);
/**
 * The words written after a name that make it the one a question word with no case of its own asks for
 * (who, कौन), every language's: the doer's case (ने), the doer of a passive verb (द्वारा, দ্বারা) and the copulas
 * (… अध्यक्ष मार्कस हेलर थे).
 */
export const WHO_MARKERS: ReadonlySet<string> = new Set([...AGENT_CASES, ...anyLanguage((w) => w.agentMarkers), ...COPULAS]);
const RELATIVE_PRONOUNS = anyLanguage((w) => w.relativePronouns);
/** Whether a normalized token opens a relative clause about the name before it (who, जो, যিনি). */
export const isRelativePronoun = (norm: string) => RELATIVE_PRONOUNS.has(norm);
/** Whether a normalized token, opening a sentence in the language, stands for what a sentence before it names (He, उन्होंने, তিনি). */
export const isAnaphor = languageWords((w) => w.anaphors);
const PARTICLES = anyLanguage((w) => w.particles);
const QUESTION_PARTICLES = anyLanguage((w) => w.questionParticles);
const ORDINAL_SUFFIXES = anyLanguage((w) => w.ordinalSuffixes);
const CLAUSE_QUESTION_WORDS = anyLanguage((w) => w.clauseQuestionWords);
/** Whether a normalized question word can also open a clause before the question (when, where). */
export const isClauseQuestionWord = (norm: string) => CLAUSE_QUESTION_WORDS.has(norm);
const QUESTION_AUXILIARIES = anyLanguage((w) => w.questionAuxiliaries);
/** Whether a normalized word is an auxiliary that follows a question word that asks (When did…). */
export const isQuestionAuxiliary = (norm: string) => QUESTION_AUXILIARIES.has(norm);
const UNIT_MODIFIERS = anyLanguage((w) => w.unitModifiers);
/** Whether a normalized word names a measure only with the unit after it (वर्ग, বর্গ; square, which English counts need not: they run on to the question's next word). */
export const isUnitModifier = (norm: string) => UNIT_MODIFIERS.has(norm);
const MEASURE_UNITS = anyLanguage((w) => w.measureUnits);
/** Whether a normalized word is a unit a number measures in (kilometres, मीटर, ডিগ্রি: data measureUnits). */
export const isMeasureUnit = (norm: string) => MEASURE_UNITS.has(norm);
const TIME_UNITS = anyLanguage((w) => w.timeUnits);
/** Whether a normalized word after a number makes it a length of time where the lexicon knows no such unit (seconds, सेकंड: data timeUnits). */
export const isTimeUnit = (norm: string) => TIME_UNITS.has(norm);
const COMMON_NOUN_ENDINGS = Object.values(LANGUAGE_WORDS).flatMap((w) => w.commonNounEndings.map((e) => normalize(e)));
/** Whether a word ends as only a common noun does (फाइलों, সার্ভারগুলো): it is no name (data commonNounEndings). */
export const endsAsCommonNoun = (norm: string) => COMMON_NOUN_ENDINGS.some((e) => norm.length > e.length && norm.endsWith(e));
const ABBREVIATIONS = anyLanguage((w) => w.abbreviations);
const NUMBERED_ABBREVIATIONS = anyLanguage((w) => w.numberedAbbreviations);
/** Whether a word is written all in capitals, two letters or more: an acronym (SEC, MT) or a headline's word (RAO, FILES). */
export const isInCapitals = (word: string) => /^\p{Lu}{2,}$/u.test(word);
/** What follows a full stop, as far as it tells a short form: a number (Sec. 66), a word in capitals (a headline's DR. RAO). */
export interface AfterStop {
  number: boolean;
  capitals: boolean;
}
/**
 * Whether a word before a full stop is a short form, so the full stop ends no sentence (Dr., vs., डॉ.; data
 * abbreviations), or one before a number that follows it (Sec. 66; data numberedAbbreviations). Written as an
 * acronym in capitals before a word that is not (SEC, MT), it ends its sentence ("a filing with the SEC.
 * Shares fell"); in a headline all in capitals, or before a number, it is the short form (DR. RAO, NO. 5).
 */
export function isAbbreviation(word: string, after: AfterStop = { number: false, capitals: false }): boolean {
  const norm = normalize(word);
  const short = ABBREVIATIONS.has(norm) || (after.number && NUMBERED_ABBREVIATIONS.has(norm));
  return short && !(isInCapitals(word) && !after.number && !after.capitals);
}
const LETTER_NAMES = anyLanguage((w) => w.letterNames);
/** Whether a Hindi or Bengali word is a Latin letter as the language writes an initial (एम., কে.; data letterNames). */
export const isLetterName = (word: string) => LETTER_NAMES.has(normalize(word));
/** Whether a language puts the verb last and its markers after the noun (data verbFinal): Hindi and Bengali, not English. */
export const isVerbFinal = (language: Language) => LANGUAGE_WORDS[language].verbFinal;
const MANNER_NOUNS = Object.values(LANGUAGE_WORDS).flatMap((w) => w.mannerNouns.map((e) => normalize(e)));
const COMPOUND_POSTPOSITIONS = anyLanguage((w) => w.compoundPostpositions);
/** Whether a normalized token makes a postposition with a genitive before it (के बीच, এর পাশে). */
export const isCompoundPostposition = (norm: string) => COMPOUND_POSTPOSITIONS.has(norm);
/** Whether a language writes postpositions that govern the genitive (के लिए, এর জন্য): English puts a preposition before the plain name ("for X"). */
export const hasGenitivePostpositions = (language: Language) => LANGUAGE_WORDS[language].compoundPostpositions.length > 0;
/** Whether a word is, or as a compound ends in, a noun of manner (तौर, রূপে; data mannerNouns). With its case after it or written onto it, it makes an adverb (आम तौर पर, সাধারণভাবে) that is no name: names.ts checks the case. */
export const isMannerNoun = (norm: string) => MANNER_NOUNS.some((e) => norm.endsWith(e));
const MANNER_NOUN_WORDS = new Set(MANNER_NOUNS);
/** Whether a word is itself a noun of manner (तौर, रूप, তরহ), not a compound ending in one. */
export const isMannerNounWord = (norm: string) => MANNER_NOUN_WORDS.has(norm);
/** Whether a word of the language is written as a plural (servers, blankets, people; not status): never in a language with no plurals in its data. */
export function isWrittenPlural(norm: string, language: Language): boolean {
  const w = LANGUAGE_WORDS[language];
  return w.irregularPlurals.includes(norm) || (w.pluralEndings.some((e) => norm.length > e.length + 2 && norm.endsWith(e)) && !w.singularEndings.some((e) => norm.endsWith(e)));
}
/**
 * Whether a word of the language is written as the plural of a noun that names physical things and never
 * people (toilets, buses, roads: english.ts isThingStem). Only English has such data: no Hindi or Bengali
 * word is read so.
 */
export const namesThings = (norm: string, language: Language): boolean => language === 'en' && isWrittenPlural(norm, language) && isThingStem(stemEnglish(norm));
const IRREGULAR_PASTS = eachLanguage((w) => w.irregularPasts);
/**
 * Whether a word of the language is written as a verb's past (happened, caused, died; not speed, need): one
 * of its irregular pasts (won, spoke, taken: data irregularPasts), or its stem is the word without the
 * ending, or with the e the ending took (die).
 */
export function isWrittenPast(norm: string, stem: string, language: Language): boolean {
  if (IRREGULAR_PASTS[language].has(norm)) return true;
  return LANGUAGE_WORDS[language].pastEndings.some((e) => {
    const bare = norm.slice(0, -e.length);
    return norm.length >= e.length + 2 && norm.endsWith(e) && (stem.length <= bare.length || stem === `${bare}e`);
  });
}
/** Whether a word of the language is written as a verb's participle (targeting, hired; not king, bed): data participleEndings, the word longer than the ending by three letters or more. */
export function isWrittenParticiple(norm: string, language: Language): boolean {
  return LANGUAGE_WORDS[language].participleEndings.some((e) => norm.length > e.length + 2 && norm.endsWith(e));
}
/**
 * Whether a word names someone who does, as its stem tells: the word, or it without a plural or verb ending,
 * is its stem and an agent ending (data agentEndings: residents is resid + ent, customers custom + er; not
 * residence, customs, attacked).
 */
export function isAgentNoun(norm: string, stem: string, language: Language): boolean {
  return norm.length > stem.length && norm.startsWith(stem) && AGENT_TAILS[language].has(norm.slice(stem.length));
}
/** What may follow an agent noun's stem, per language: an agent ending, alone or with a plural or verb ending (er, ers, ered). */
const AGENT_TAILS = eachLanguage((w) => {
  const inflections = ['', ...w.pluralEndings, ...w.pastEndings, ...w.participleEndings];
  return w.agentEndings.flatMap((e) => inflections.map((i) => e + i));
});
/** Whether a normalized token is an adverb that may stand between "what" and a verb (what exactly happened). */
export const isVerbAdverb = languageWords((w) => w.verbAdverbs);
/** Whether a word is an adverb that qualifies a verb, never a noun (data clauseAdverbs). */
export const isClauseAdverb = languageWords((w) => w.clauseAdverbs);
/** Whether a normalized token is a past form of an auxiliary or a light verb of happening (data pastForms: था, হয়েছিল, was). */
export const isPastForm = languageWords((w) => w.pastForms);
/** Whether a word is a future form of a light verb or an auxiliary (data futureForms). */
export const isFutureForm = languageWords((w) => w.futureForms);
const CONJUNCTIVE_ENDINGS = eachLanguage((w) => w.conjunctiveEndings);
/**
 * Whether a word is a verb's conjunctive participle by its ending (मारकर, घुसकर, চালিয়ে; data conjunctiveEndings): a
 * verb's stem before it, which neither a conjunct nor a nasal ends (भास्कर, टक्कर, शंकर are nouns and names), and not
 * the ending alone (कर, tax).
 */
export function isConjunctive(norm: string, language: Language): boolean {
  const e = writtenEnding(norm, CONJUNCTIVE_ENDINGS[language]);
  return e !== undefined && !/[\u094D\u09CD\u0901\u0902\u0981\u0982]$/u.test(norm.slice(0, -e.length));
}
/** Whether a normalized token, written onto a number (or in Hindi and Bengali a space after it), makes the number an ordinal (20th, 20 वीं, ২০তম). */
export const isOrdinalSuffix = (norm: string) => ORDINAL_SUFFIXES.has(norm);
/** Whether a normalized question word may open a yes/no question (क्या, কি): then a question word further on asks. */
export const isQuestionParticle = (norm: string) => QUESTION_PARTICLES.has(norm);
/** Whether a normalized token is a particle written apart to stress the word before it (भी, ही). */
export const isParticle = (norm: string) => PARTICLES.has(norm);
const COORDINATORS = anyLanguage((w) => w.coordinators);
/** Whether a normalized token joins words or names into a list (and, और, ও). */
export const isCoordinator = (norm: string) => COORDINATORS.has(norm);
const CLAUSE_OPENERS = anyLanguage((w) => w.clauseOpeners);
/** Whether a normalized token opens another clause within its sentence (कि, लेकिन, যে, but; data clauseOpeners). */
export const opensClause = (norm: string) => CLAUSE_OPENERS.has(norm);
const DISJUNCTIONS = anyLanguage((w) => w.disjunctions);
/** Whether a normalized token joins alternatives (or, या, বা: data disjunctions). */
export const isDisjunction = (norm: string) => DISJUNCTIONS.has(norm);
const OFFICE_QUALIFIERS = anyLanguage((w) => w.officeQualifiers);
/** Whether a normalized token, before an office's title, makes it another office or holder (former, deputy; पूर्व, उप; প্রাক্তন: data officeQualifiers). */
export const isOfficeQualifier = (norm: string) => OFFICE_QUALIFIERS.has(norm);
const ABBREVIATED_CURRENCIES = anyLanguage((w) => w.abbreviatedCurrencies);
/** Whether a normalized token is a currency word written as an abbreviation with a full stop (Rs., रु.: data abbreviatedCurrencies). */
export const isAbbreviatedCurrency = (norm: string) => ABBREVIATED_CURRENCIES.has(norm);
const DEMONYM_ENDINGS = [...anyLanguage((w) => w.demonymEndings)].sort((a, b) => b.length - a.length);
/**
 * A people's or a country's adjective read as Hindi and Bengali write it, its ending a final vowel
 * (American: america, as अमेरिकी): undefined for a word with no such ending, or too short a base. The
 * vowel is a, as keys mark only that a word ends in a vowel, and an i would soften the c of americ-.
 */
export function demonymReading(norm: string): string | undefined {
  const ending = DEMONYM_ENDINGS.find((e) => isAscii(e) && norm.endsWith(e) && norm.length - e.length >= 3);
  return ending === undefined ? undefined : `${norm.slice(0, -ending.length)}a`;
}
/**
 * What a people's adjective may be made from: a Hindi or Bengali one without its ending (चीनी: चीन,
 * ভারতীয়: ভারত); an English one as Hindi and Bengali write its place (Chinese: china), without its ending
 * (Nepalese: nepal, Iranian: iran) and, where the ending ends in n, without the n (Russian: russia,
 * Indian: india); none for a word with no such ending. Only readings: whether a place is so named is the
 * lexicon's to say.
 */
export function demonymBases(norm: string): string[] {
  const out: string[] = [];
  const english = demonymReading(norm);
  if (english !== undefined) out.push(english);
  for (const e of DEMONYM_ENDINGS) {
    if (!norm.endsWith(e)) continue;
    const base = norm.slice(0, -e.length);
    if (!isAscii(e)) {
      if (base.length >= 2) out.push(base);
    } else if (base.length >= 3) {
      out.push(base);
      if (e.endsWith('n')) out.push(base + e.slice(0, -1));
    }
  }
  return [...new Set(out)];
}
const YEAR_PREPOSITIONS = anyLanguage((w) => w.yearPrepositions);
/** Whether a normalized token before a number makes it a year whatever follows it (in 1873, since 1996). */
export const isYearPreposition = (norm: string) => YEAR_PREPOSITIONS.has(norm);
const SETTING_PREPOSITIONS = anyLanguage((w) => w.settingPrepositions);
/** Whether a normalized token before a number sets it in a time, a place, an age or a doer ("died at 45", "held in 2 jails"). */
export const isSettingPreposition = (norm: string) => SETTING_PREPOSITIONS.has(norm);
const YEAR_POSTPOSITIONS = anyLanguage((w) => w.yearPostpositions);
/** Whether a normalized token after a number places something in it as a year (1835 में). */
export const isYearPostposition = (norm: string) => YEAR_POSTPOSITIONS.has(norm);
/** Normalized phrases, each as its words, the longest first. */
const byWords = (phrases: ReadonlySet<string>) => [...phrases].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const REQUEST_PHRASES = byWords(anyLanguage((w) => w.requestWords));
/** How many words the first phrase of a list that starts at a token takes, given each token's normalized form; 0 where none starts. */
const phraseAt = (list: readonly string[][], normAt: (k: number) => string | undefined, at: number) => list.find((words) => words.every((w, k) => normAt(at + k) === w))?.length ?? 0;
/** For one kind of each language's phrases, how many words the first of them starting at a token takes (0 where none starts), in the language. */
const languagePhraseAt = (pick: (w: LanguageWords) => readonly string[]) => {
  const lists = Object.fromEntries(Object.entries(eachLanguage(pick)).map(([l, phrases]) => [l, byWords(phrases)])) as Record<Language, string[][]>;
  return (norms: readonly string[], at: number, language: Language) => phraseAt(lists[language], (k) => norms[k], at);
};
/** How many words a request phrase (please, tell me, बताइए, জানতে চাই) starting at a token takes; 0 where none starts. */
export const requestPhraseAt = (norms: readonly string[], at: number) => phraseAt(REQUEST_PHRASES, (k) => norms[k], at);
/** How many words a phrase of a language that asks for the news of something (latest update on, ताजा जानकारी) starting at a token takes; 0 where none starts. */
export const topicPhraseAt = languagePhraseAt((w) => w.topicPhrases);
const LEADERSHIP_PHRASES = byWords(anyLanguage((w) => w.leadershipPhrases));
/** Whether the tokens from `at` on are a noun of leading that makes the genitive before it its doer (नेतृत्व में, নেতৃত্বে: data leadershipPhrases). */
export const leadsAt = (tokens: readonly { norm: string }[], at: number) => phraseAt(LEADERSHIP_PHRASES, (k) => tokens[k]?.norm, at) > 0;
const CLOCK_QUESTIONS = byWords(anyLanguage((w) => w.clockQuestions));
/** Whether the question word at a token, with the words after it, asks the hour of the clock (कितने बजे, কটায়, "what time did": data clockQuestions). */
export const asksClockAt = (norms: readonly string[], at: number) => phraseAt(CLOCK_QUESTIONS, (k) => norms[k], at) > 0;
const POSSESSIVES = anyLanguage((w) => w.possessives);
/** Whether a normalized token is a possessive pronoun (his, उसके, তার). */
export const isPossessive = (norm: string) => POSSESSIVES.has(norm);
const YES_NO_COMPLEMENTIZERS = anyLanguage((w) => w.yesNoComplementizers);
/** Whether a normalized token turns what follows into a yes-or-no question (if, whether). */
export const isYesNoComplementizer = (norm: string) => YES_NO_COMPLEMENTIZERS.has(norm);
const VOCATIVES = anyLanguage((w) => w.vocatives);
/** Whether a normalized token is a word that calls the one asked (bro, भाई, দাদা): one only at a question's edge. */
export const isVocative = (norm: string) => VOCATIVES.has(norm);
const ARTICLES = anyLanguage((w) => [...w.indefiniteArticles, ...w.definiteArticles]);
/** Whether a normalized token is an article (the, a, an; एक; একটি). */
export const isArticle = (norm: string) => ARTICLES.has(norm);
const DETERMINERS = eachLanguage((w) => [...w.definiteArticles, ...w.demonstratives]);
/** Whether a normalized token is a definite article or a demonstrative of the language (the, this; इस; এই): the noun after it is one the reader knows already. */
export const isDefiniteDeterminer = (norm: string, language: Language) => DETERMINERS[language].has(norm);
const ORIGIN_VERBS = eachLanguage((w) => w.originVerbs);
/**
 * Whether a normalized token is a verb that says where someone is from in a question of the language: a
 * copula (थे, ছিল), or one of the language's originVerbs (came, आए, এসেছিল; typed aaye, aye) or forms of be,
 * as typed too (tha, thay): not English "thin", a typed थीं, nor "Aya", a typed आया, in an English question.
 */
export const isOriginVerb = (norm: string, language: Language) => ORIGIN_VERBS[language].has(norm) || isCopula(norm) || isBeForm(norm, language);
const BE_FORMS = eachLanguage((w) => w.beForms);
/** Whether a normalized token is a form of be that follows a question word asking what something is, in the language (what was the time of…; romanized, kya tha). */
export const isBeForm = (norm: string, language: Language) => BE_FORMS[language].has(norm);
const UNDERGOING_AUXILIARIES = eachLanguage((w) => w.undergoingAuxiliaries);
const OBJECT_MARKERS = anyLanguage((w) => w.objectMarkers);
/** Whether a normalized token is a marker of a verb's object (को, কে). */
export const isObjectMarker = (norm: string) => OBJECT_MARKERS.has(norm);
const PARTICIPLE_PREPOSITIONS = anyLanguage((w) => w.participlePrepositions);
/** Whether a normalized token after a past participle makes it passive with no auxiliary ("appointed as", "arrested by"). */
export const isParticiplePreposition = (norm: string) => PARTICIPLE_PREPOSITIONS.has(norm);
/** Whether a normalized token is a word a number of times is written with in the language (times, बार, বার; data frequencyWords). */
export const isFrequencyWord = languageWords((w) => w.frequencyWords);
const FREQUENCY_MODIFIERS = eachLanguage((w) => [...w.frequencyWords, ...w.frequencyModifiers]);
/** Whether a normalized token, hyphened onto a number, makes it a number of times that qualifies what follows (5-time, 5-बार; data frequencyModifiers). */
export const isFrequencyModifier = (norm: string, language: Language) => FREQUENCY_MODIFIERS[language].has(norm);
const AGE_WORDS_BEFORE = eachLanguage((w) => w.ageWordsBefore);
const AGE_WORDS_AFTER = eachLanguage((w) => w.ageWordsAfter);
const AGE_UNITS = eachLanguage((w) => w.ageUnits);
/** Whether a normalized token makes a number an age in the language, written before it (aged, उम्र, বয়স) or after its years (old, आयु, বয়সী; data ageWordsBefore, ageWordsAfter). */
export const isAgeWord = (norm: string, language: Language, after: boolean) => (after ? AGE_WORDS_AFTER : AGE_WORDS_BEFORE)[language].has(norm);
/** Whether a normalized token, right after a number, is years that make it an age (23 वर्षीय; data ageUnits). */
export const isAgeUnit = (norm: string, language: Language) => AGE_UNITS[language].has(norm);
/** Whether the language writes an age alone between commas after a name ("Ravi Rao, 23,"; data ageInCommas). */
export const writesAgeInCommas = (language: Language) => LANGUAGE_WORDS[language].ageInCommas;
const FREQUENCY_QUESTIONS = anyLanguage((w) => w.frequencyQuestions);
/** Whether a question word or phrase, as read, asks how often (how often, কতবার; data frequencyQuestions). */
export const isFrequencyQuestion = (interrogative: string) => FREQUENCY_QUESTIONS.has(interrogative);
const PASSIVE_AUXILIARIES = eachLanguage((w) => w.passiveAuxiliaries);
const PASSIVE_LIGHT_VERBS = eachLanguage((w) => w.passiveLightVerbs);
/**
 * Whether a token (with the one `before` it) makes the verb before it one its subject undergoes, in the language: an
 * undergoing auxiliary (was, हुआ, হয়েছে), or a passive one after a form of "do" (किया गया; data
 * undergoingAuxiliaries, passiveAuxiliaries, passiveLightVerbs).
 */
export function undergoes(norm: string, before: string | undefined, language: Language): boolean {
  return UNDERGOING_AUXILIARIES[language].has(norm) || (PASSIVE_AUXILIARIES[language].has(norm) && before !== undefined && PASSIVE_LIGHT_VERBS[language].has(before));
}
/**
 * The markers that close a name a who question asking who underwent something may be answered by: the
 * object's (X को, Xকে) besides a doer's and a copula's, as the doer of another verb than the one asked may answer.
 */
export const UNDERGOER_MARKERS: ReadonlySet<string> = new Set([...WHO_MARKERS, ...OBJECT_MARKERS]);
/** Whether a normalized question word asks what, in the language (what, क्या, কী). */
export const isWhatWord = languageWords((w) => w.whatWords);
/** Whether a normalized question word asks why or how, in the language (why, क्यों, কীভাবে; data reasonWords). */
export const isReasonWord = languageWords((w) => w.reasonWords);
/** Whether a normalized question word asks why, in the language (why, क्यों, কেন; data whyWords). */
export const isWhyWord = languageWords((w) => w.whyWords);
/** How many words a phrase that ties a cause to what it caused (because of, के कारण, কারণে: data causeMarkers) starting at a token takes; 0 where none starts. */
export const causeMarkerAt = languagePhraseAt((w) => w.causeMarkers);
/** Whether a normalized token is a noun that names a cause (cause, वजह, কারণ; data causeNouns). */
export const isCauseNoun = languageWords((w) => w.causeNouns);
/** Whether a normalized token closes the clause before it as what is said or thought (বলে; data quotatives). */
export const isQuotative = languageWords((w) => w.quotatives);
/** Whether a normalized token is a particle that denies a verb (न, না, not; data negationParticles). */
export const isNegationParticle = languageWords((w) => w.negationParticles);
/** Whether a normalized token says a thing is not known or still looked into (unclear, अज्ञात, অজানা; data unknownWords). */
export const isUnknownWord = languageWords((w) => w.unknownWords);
/** Whether a normalized token is a genitive marker a postposition follows, in the language (के: हमले के समय, at the time of the attack). */
export const isObliqueGenitive = languageWords((w) => w.obliqueGenitiveMarkers);
const SAYING_WORDS = anyLanguage((w) => w.sayingWords);
/** Whether a normalized token tells that something was said (said, बताया, জানিয়েছেন): a time beside it dates the telling. */
export const isSayingWord = (norm: string) => SAYING_WORDS.has(norm);
const OTHER_WORDS = anyLanguage((w) => w.otherWords);
/** Whether a normalized token says "other" (अन्य, অন্য): "other X" names no kind of X. */
export const isOtherWord = (norm: string) => OTHER_WORDS.has(norm);
/** Whether a normalized token of a text in the language says how many without saying which (several, कई, অনেক): "several X" names no kind of X. */
export const isQuantifier = languageWords((w) => w.quantifiers);
const ROMANIZED_GENITIVE_MARKERS = eachLanguage((w) => w.romanizedGenitiveMarkers);
/** Whether a normalized token of a question in a language is a genitive marker, in a script's own letters or typed in the language's Latin spelling (का, ka, 's). */
export const isTypedGenitiveMarker = (norm: string, language: Language) => GENITIVE_MARKERS.has(norm) || ROMANIZED_GENITIVE_MARKERS[language].has(norm);
/** Genitive markers written onto a word with an apostrophe (the 's of English). */
const POSSESSIVE_ENDINGS = [...GENITIVE_MARKERS].filter((m) => m.startsWith("'"));
/** Whether a normalized token is written as a possessor (state's, city's): it owns the noun after it. */
export const isWrittenPossessor = (norm: string) => writtenEnding(norm, POSSESSIVE_ENDINGS) !== undefined;
/** Genitive markers a language writes onto a word (data nameEndings), of two letters or more (অভিযুক্তের: ের; not a bare র, which ends many words). */
const GENITIVE_ENDINGS = [...anyLanguage((w) => w.nameEndings)].filter((e) => GENITIVE_MARKERS.has(e) && e.length >= 2 && !e.startsWith("'"));
/** Whether a normalized token is written in the genitive (অভিযুক্তের): what follows it is its own. */
export const endsAsGenitive = (norm: string) => writtenEnding(norm, GENITIVE_ENDINGS) !== undefined;
/**
 * Whether a Bengali word is written in the genitive of a stem that ends in a vowel: র after a vowel sign (লাগার,
 * হওয়ার, পানির), where a stem ending in a consonant takes এর (ঝড়ের). A name may end so too (শহর does not, কুমার
 * does), so it is read only where the grammar wants a genitive, before a postposition or a noun of cause.
 */
export const endsAsVowelGenitive = (norm: string) => /[\u09be-\u09cc]র$/u.test(norm);
const QUESTION_WORD_SPELLINGS = new Map(Object.values(LANGUAGE_WORDS).flatMap((w) => Object.entries(w.questionWordSpellings).map(([typed, word]) => [normalize(typed), normalize(word)] as const)));
/** The question word a chat spelling stands for (wat: what, hw: how, कोन: कौन), undefined for any other word. */
export const spelledQuestionWord = (norm: string): string | undefined => QUESTION_WORD_SPELLINGS.get(norm);
const ENGLISH_QUESTION_WORDS = new Set(Object.values(LANGUAGE_WORDS.en.questionWords).flatMap((words) => (words ?? []).map((w) => normalize(w))));
/** Whether a normalized token is an English question word (what, who, how). */
export const isEnglishQuestionWord = (norm: string) => ENGLISH_QUESTION_WORDS.has(norm);
/**
 * The English question word a token is with the verb written onto it (what's, whats, who's: what, who;
 * wat's: what), undefined for any other word. A contraction written without its apostrophe (whats) is
 * read only after a question word spelled in full: wats and kiss are words of their own.
 */
export function uncontracted(norm: string): string | undefined {
  for (const c of LANGUAGE_WORDS.en.questionContractions) {
    if (!norm.endsWith(c)) continue;
    const base = norm.slice(0, -c.length);
    if (ENGLISH_QUESTION_WORDS.has(base)) return base;
    const spelled = c.includes("'") ? spelledQuestionWord(base) : undefined;
    if (spelled !== undefined && ENGLISH_QUESTION_WORDS.has(spelled)) return spelled;
  }
  return undefined;
}

/** Whether a question word as typed carries a form of be written onto it, in the language (what's, whats, what're: data beForms). */
export function beWrittenOnto(raw: string, language: Language): boolean {
  const norm = normalize(raw).replace(/’/gu, "'");
  const base = uncontracted(norm);
  return base !== undefined && BE_FORMS[language].has(norm.slice(base.length));
}

/** The bases a word of a romanized Hindi or Bengali question may have, each ending of its language cut off (at least three letters left). */
export const romanizedBases = (norm: string, language: Language): string[] =>
  LANGUAGE_WORDS[language].romanizedEndings.filter((e) => norm.endsWith(e) && norm.length - e.length >= 3).map((e) => norm.slice(0, -e.length));
/** How long a base must be to take another ending: a base of three letters is too many words' (pat: pati, pata, patna). */
const REENDED_BASE = 4;

/** The word with each ending of its language cut off and another put on (girne: girna, giri…), itself left out. */
export const romanizedReendings = (norm: string, language: Language): string[] =>
  romanizedBases(norm, language)
    .filter((b) => b.length >= REENDED_BASE)
    .flatMap((b) => LANGUAGE_WORDS[language].romanizedEndings.map((e) => b + e))
    .filter((w) => w !== norm);
/** Whether a normalized token after a year names its era (BC, AD). */
export const isEraWord = (norm: string) => ERA_WORDS.has(norm);
/** Whether a normalized token after a year makes it a decade (दशक, দশকে, the s of 1950s): the word or it with a case ending of up to two letters. */
export const isDecadeWord = (norm: string) => [...DECADE_WORDS].some((d) => norm === d || (d.length > 1 && norm.startsWith(d) && norm.length - d.length <= 2));
/** A language's time relations, each phrase as normalized words, longest first. */
const TIME_RELATIONS = Object.fromEntries(
  Object.entries(LANGUAGE_WORDS).map(([l, w]) => [
    l,
    (Object.entries(w.timeRelations) as [TimeRelation, readonly string[]][])
      .flatMap(([relation, phrases]) => phrases.map((p) => ({ relation, words: p.split(' ').map((x) => normalize(x)) })))
      .sort((a, b) => b.words.length - a.words.length),
  ]),
) as Record<Language, { relation: TimeRelation; words: string[] }[]>;
/**
 * The relation a phrase of the language puts a time in, read from a passage's normalized words: the
 * phrase that ends just before `at` (English: after 1850) or begins at it (1850 के बाद), by where the
 * language writes it (`timeWordsFollow`); with how many words it takes.
 */
export function timeRelationBeside(language: Language, norms: readonly string[], at: number): { relation: TimeRelation; length: number } | undefined {
  const follow = LANGUAGE_WORDS[language].timeWordsFollow;
  for (const r of TIME_RELATIONS[language]) {
    const from = follow ? at : at - r.words.length;
    if (from >= 0 && r.words.every((w, k) => norms[from + k] === w)) return { relation: r.relation, length: r.words.length };
  }
  return undefined;
}
const SEASONS = new Map(
  Object.values(LANGUAGE_WORDS).flatMap((w) => (Object.entries(w.seasons) as [Season, readonly string[]][]).flatMap(([season, forms]) => forms.map((f) => [normalize(f), season] as const))),
);
/** The season a normalized word names, in any language. */
export const seasonOf = (norm: string): Season | undefined => SEASONS.get(norm);
/** Whether a language writes relations and seasons after the time they qualify (1850 के बाद). */
export const timeWordsFollow = (language: Language) => LANGUAGE_WORDS[language].timeWordsFollow;
/** Whether a normalized word of a language may join a year to its season or relation (of, की, সালের). */
export const isYearJoiner = languageWords((w) => w.yearJoiners);
const LIGHT_VERBS = eachLanguage((w) => w.lightVerbs);
/** Whether a normalized word is a light verb of the language, one that makes a verb of a noun (करना, করা). */
export const isLightVerb = (norm: string, language: Language) => LIGHT_VERBS[language].has(norm);
const DO_FORMS = eachLanguage((w) => w.doForms);
/**
 * Whether a normalized word, right after a word of a verb-final language, makes that word the verb of its
 * clause: a light verb (करना, করা) or a form of "do" (किया, की, করেছে; data passiveLightVerbs, doForms).
 * "पुलिस ने क्या बरामद किया", "পুলিশ কী উদ্ধার করেছে" ask what was recovered: the word before is what was done,
 * not what is asked about. Not a verb of becoming (हुआ, হয়েছে), which follows a noun as often (क्या नुकसान हुआ:
 * what damage was done, which damage), nor a passive's auxiliary alone (isPassiveAuxiliary).
 */
export const makesVerb = (norm: string, language: Language) => LIGHT_VERBS[language].has(norm) || PASSIVE_LIGHT_VERBS[language].has(norm) || DO_FORMS[language].has(norm);
/**
 * Whether a normalized word is a passive's auxiliary (गया, जाता, जाएगा; data passiveAuxiliaries): after a
 * participle it makes a passive (परोसा गया, कहा जाता है), after a noun it is a verb of going (शहर गए, स्कूल जाते हैं).
 */
export const isPassiveAuxiliary = (norm: string, language: Language) => PASSIVE_AUXILIARIES[language].has(norm);
/** Whether the text between two numbers, trimmed, is a dash that makes them a range (10-20, 1998–2002). */
export const isRangeDash = (between: string) => /^[-\u2010-\u2014]$/u.test(between);
/** Whether a normalized token joins the two ends of a range of numbers (to, से, থেকে). */
export const isRangeJoiner = (norm: string) => RANGE_JOINERS.has(norm);
/** Whether a normalized token before a number makes "X to Y" after it a change (from). */
export const isChangeMarker = (norm: string) => CHANGE_MARKERS.has(norm);
/** Whether a question word (or phrase, "how many") counts things one by one: its answer is never a share. */
export const isCountingQuestionWord = (norm: string) =>
  COUNTING_QUESTION_WORDS.has(norm) || COUNTING_QUESTION_ENDINGS.some((e) => norm.length > e.length && norm.endsWith(e) && COUNTING_QUESTION_WORDS.has(norm.slice(0, -e.length)));
/** Whether a counting question word counts people by the counter written onto it or after it, with its case if any (কতজন, কত জন, কয়জনকে, kotojon: data personCounters). */
export const isPeopleCountingQuestionWord = (norm: string) => isCountingQuestionWord(norm) && [...PERSON_COUNTERS].some((p) => norm.endsWith(p));
/** Whether a text holds the sign %. */
export const holdsPercentSign = (text: string) => /[%٪]/.test(text);
/** How long the sign % the text begins with is, with the spaces before it: 0 when it begins with none. */
export const percentSignLength = (text: string) => /^\s*[%٪]/.exec(text)?.[0].length ?? 0;
/** Whether the text right after a number makes it a share: the sign %. */
export const startsWithPercentSign = (between: string) => percentSignLength(between) > 0;
/** Whether a normalized token joins a qualifier to what it qualifies (के, a). */
export const isQualifierJoiner = (norm: string) => QUALIFIER_JOINERS.has(norm);

const LATIN_CUES = Object.fromEntries(Object.entries(LANGUAGE_WORDS).map(([l, w]) => [l, new Set(w.latinCues)])) as Record<Language, Set<string>>;
/** Whether a normalized Latin-script token says the text is in the given language (what, kitne, kokhon). */
export const isLatinCue = (norm: string, language: Language) => LATIN_CUES[language].has(norm);

/** The questions Sakshi suggests in a language. */
export const questionTemplates = (language: Language): QuestionTemplates => LANGUAGE_WORDS[language].templates;

/** Concepts that name a day: a weekday, a month, today or yesterday. With a clock time they make the surest answer to "when". */
export const DATE_CONCEPTS: ReadonlySet<string> = new Set<string>([...WEEKDAYS, ...RELATIVE_DAYS, ...MONTHS]);
/** Concepts that name a part of the day. */
export const DAY_PART_CONCEPTS: ReadonlySet<string> = new Set<string>(DAY_PARTS);
/** The units a length of time is written in (21 hours, ২১ ঘণ্টা, 18 घंटे): a number before one measures time and counts nothing else. */
export const DURATION_CONCEPTS: ReadonlySet<string> = new Set<string>(DURATION);

/** Punctuation that ends a phrase: a qualifier or a name does not run across it. */
const PHRASE_BREAK = /[,;:।]/;
/** Punctuation that ends a name: that of a phrase, and brackets. */
const NAME_BREAK = /[,;:।()]/;
/** Whether the text between two words ends a sentence (a full stop, a question or exclamation mark, a danda). */
export const endsSentenceBetween = (between: string) => /[.!?।॥]/.test(between);
/**
 * Each opening quotation mark with the marks that close it: typographic pairs, straight marks closing
 * themselves (a straight single one closed by a curly one too), German low marks closed by either high one.
 */
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '"': '"\u201d', '\u201c': '\u201d"', '\u2018': "\u2019'", "'": "'\u2019", '\u00ab': '\u00bb', '\u201e': '\u201c\u201d' };
/** The marks that may close a quotation an opening `mark` began (none for a mark that opens none). */
export const closingQuotes = (mark: string): string => QUOTE_PAIRS[mark] ?? '';
/** The quotation mark the text between two words opens after a space (the hymn \u201cEin neues…: \u201c), if it opens one. */
export function quoteOpenedBy(between: string): string | undefined {
  const mark = /^\s+(\S)$/u.exec(between)?.[1];
  return mark !== undefined && QUOTE_PAIRS[mark] !== undefined ? mark : undefined;
}
/**
 * Whether the text after a word closes a quotation `mark` opened: a closing mark, after any stop or comma
 * the quotation ends with ("Jai Hind," and…), and a single one no apostrophe inside a word (Luther's, where
 * nothing but the mark stands between the word's parts). `atEnd`: nothing follows the text.
 */
export function closesQuote(after: string, mark: string, atEnd = false): boolean {
  const rest = after.replace(/^[.,!?;:\u0964\u0965]+/u, '');
  const first = rest[0];
  if (first === undefined || !(QUOTE_PAIRS[mark] ?? '').includes(first)) return false;
  return !"'\u2019".includes(first) || rest.length > 1 || atEnd || rest !== after;
}
/** Whether the text between two words ends the phrase they could make. */
export const breaksPhrase = (between: string) => PHRASE_BREAK.test(between);
/** Whether the text between two words ends the name they could make. */
export const breaksName = (between: string) => NAME_BREAK.test(between);
/** Whether a text ends as a question does (কী চাইছে হ্যাকার?). */
export const endsAsQuestion = (text: string) => /[?？]\s*$/.test(text);
/** A proper name written in Latin script: capitalized, or an acronym. */
export const isLatinName = (raw: string) => /^\p{Lu}[\p{L}\p{M}-]*$/u.test(raw);
/** Whether a text is written in ASCII only: an English span needs no English reading beside it. */
export const isAscii = (text: string) => /^[\x00-\x7f]*$/.test(text);

const HOUR_WORDS = eachLanguage((w) => w.hourWords);
const AROUND_WORDS = eachLanguage((w) => w.aroundWords);
const COUNTING_HOUR_ENDINGS = eachLanguage((w) => w.countingHourEndings);
/** Each language's hour endings, longest first (টায় before টা). */
const HOUR_ENDINGS = Object.fromEntries(Object.entries(eachLanguage((w) => w.hourEndings)).map(([l, e]) => [l, [...e].sort((a, b) => b.length - a.length)])) as Record<Language, string[]>;
/** Whether a word after a number makes it the hour of a clock (बजे, বেজে; data hourWords). */
export const isHourWord = (norm: string, language: Language) => HOUR_WORDS[language].has(norm);
/** Whether a token is an hour's ending written apart from the digits it belongs to (১১ টা, as ১১টা tokenizes; data hourEndings). */
export const isHourEndingWord = (norm: string, language: Language) => HOUR_ENDINGS[language].includes(norm);
/** Whether a token is an hour's ending that also counts things, written apart from its digits (৫টা সার্ভার; data countingHourEndings). */
export const isCountingHourEnding = (norm: string, language: Language) => COUNTING_HOUR_ENDINGS[language].has(norm);
/** Whether a word after a time makes it approximate (নাগাদ; data aroundWords). */
export const isAroundWord = (norm: string, language: Language) => AROUND_WORDS[language].has(norm);
/**
 * The word before an ending that may make it the hour (পাঁচটা: পাঁচ; data hourEndings), and whether the
 * ending also counts things (টা: পাঁচটা সার্ভার; data countingHourEndings), if it has one.
 */
export const hourEnding = (norm: string, language: Language): { bare: string; counts: boolean } | undefined => {
  const e = HOUR_ENDINGS[language].find((x) => norm.length > x.length && norm.endsWith(x));
  return e === undefined ? undefined : { bare: norm.slice(0, -e.length), counts: COUNTING_HOUR_ENDINGS[language].has(e) };
};
