import { STRENGTH, termKey, unitConcepts, type AnalyzedText, type QueryUnit } from '../lang/analyze.js';
import { concept, conceptsWrittenAs, isOffice, isOrganisation, label, narrowest, withParents } from '../lang/lexicon.js';
import { afterMarker, caseIn, inLocative, isAgentMarker, isDoerMarker, isHonorific, isInstitutionHead, isNameTitle, isOpponentMarker, isPlaceHead, isPlaceMarker, isThingHead, isSurelyGenitive, isPossessor, nameSpans, questionCase, takesGenitive, type NameSpan } from '../lang/names.js';
import { currencySignBefore } from '../lang/concepts.js';
import { canonicalNumber, endsInCasedClassifier, writtenAsDayOfMonth, endsInThingClassifier, isClassifier, isYear, writtenAsYear, yearLike } from '../lang/numbers.js';
import { isStopword, isTextFunctionWord } from '../lang/stopwords.js';
import { isInterrogative } from '../lang/interrogatives.js';
import { isDecadeConcept } from '../lang/decades.js';
import { isOrdinalConcept } from '../lang/ordinals.js';
import { endsWithMeridiem } from '../lang/time.js';
import { hasGenitivePostpositions, RELATIVE_DAYS, WEEKDAYS, DATE_CONCEPTS, DURATION_CONCEPTS, UNDERGOER_MARKERS, WHO_MARKERS, DAY_PART_CONCEPTS, MONTHS, breaksName, breaksPhrase, causeMarkerAt, isCauseNoun, isPossessive, isQuotative, isNegationParticle, isUnknownWord, endsAsVowelGenitive, isDefiniteDeterminer, demonymBases, isAbbreviatedCurrency, isArticle, isDisjunction, opensClause, endsSentenceBetween, closesQuote, quoteOpenedBy, isAscii, isLatinName, isCoordinator, isBeForm, isPartJoiner, isPartOfWhole, leadsAt, isMeasureUnit, isTimeUnit, isAgeUnit, isAgeWord, isDenial, isDeniedForm, isOfficeQualifier, isWrittenParticiple, isWrittenPlural, namesThings, writesAgeInCommas, isChangeMarker, isFrequencyWord, isFrequencyModifier, isObjectMarker, isParticiplePreposition, undergoes, isCompoundPostposition, isCopula, isGenitiveMarker, isGenitivePreposition, isPassiveAuxiliary, makesVerb, endsAsGenitive, isClauseAdverb, isConjunctive, isFutureForm, isPastForm, isWrittenPast, closingQuotes, isHedge, isAnaphor, isOriginVerb, isOtherWord, isQuantifier, isSayingWord, isQuestionAuxiliary, isRelativePronoun, isSourceMarker, isAroundWord, isDecadeWord, isDesignationNoun, isDesignationWord, isEraWord, isPercentWord, isQualifierJoiner, isRangeJoiner, isSettingPreposition, isTimeJoiner, isUnitModifier, isVerbFinal, isYearJoiner, isYearPostposition, isYearPreposition, seasonOf, percentSignLength, timeRelationBeside, timeWordsFollow, vagueQuantityOf, type Season, type TimeRelation } from '../lang/words.js';
import type { Qualifier, Tender } from '../lang/data/types.js';
import { isAcronym } from '../lang/query.js';
import { isThingStem } from '../lang/english.js';
import { stemEnglish } from '../lang/stem.js';
import { DICTIONARY_STRENGTH } from '../lang/dictionary-format.js';
import { COUNT_REACH, CURRENCIES, inClockTime, SURE_ALTERNATIVE, isCurrencyWord, isIncrease, isOneInLetters, ownSensePositions, talliedNumbers, unitPositions, writtenAsSum, type PassageText, type Tallied } from './passage.js';
import { romanizeNames } from '../lang/romanize.js';
import { listed, type Moment, type NameWord, type Readout } from '../lang/readout.js';
import { normalizeWord } from '../lang/tokenize.js';
import { scriptOf } from '../lang/script.js';
import { CURRENCY_SIGNS, PERCENT, PERSON, PLACE_SCOPES, TENDERS } from '../lang/data/concepts.js';
import { ACTOR_CONCEPTS, CAUSE, DONE_TO_PEOPLE_CONCEPTS, KIND, MEASURE_CONCEPTS, NAMED_ACTOR_STRENGTH, PLACE_CONCEPTS, TALLIED_CONCEPTS, TIME_CONCEPTS, TIME_HEADS, asksDuration, asksPeopleCount, countsAnyPeople, isEvent, type QuestionPlan, type TimePart } from './question.js';

/** The span of a passage that answers the question, and a reading of it any asker can use. */
export interface ShortAnswer {
  /** Offsets of the span in the article body. */
  start: number;
  end: number;
  /** The span as the source writes it, whitespace runs made one space. */
  text: string;
  /**
   * How an asker of another language reads it (digits, a time, a name the lexicon knows), rendered in the
   * asker's language by `sayReadout`: null when the span says it plainly already. A Latin transliteration of a
   * name the lexicon does not know (कावन शॉर्ट: Kavan Short) is for a reader of Latin script only; a reader of
   * Hindi or Bengali reads the name as written.
   */
  readout: Readout | null;
  /** What two answers share when they agree: the value, not the wording. */
  value: AnswerValue;
}

/** The value of a short answer, by the kind of answer it is. */
export type AnswerValue =
  | { kind: 'count'; n: number }
  | { kind: 'money'; amount: number }
  | TimeValue
  /** Lexicon concepts the answer names (Delhi Police; ProtonMail), in the order of the passage. */
  | { kind: 'name'; ids: string[] }
  /** The words that qualify what a "which" asks about, lower-cased, when the lexicon does not name them. */
  | { kind: 'words'; text: string };

/** A time as far as the source gives it: a day (a weekday, a month, today), a clock time read with its part of the day, or a part of the day alone. */
export interface TimeValue {
  kind: 'time';
  /** The concept naming the day. */
  day?: string;
  clock?: { hour: number; minute: number };
  /** The concept naming the part of the day. */
  part?: string;
  /** The day of the month, with a month as the day. */
  date?: number;
  year?: number;
  /** The season of the year, when the source names it (the summer of 1521). */
  season?: Season;
  /** How the time is placed against the moment it names: after 1850, before May 1756. */
  relation?: TimeRelation;
}

/** The question, read once, and one passage: what extraction reads. */
interface ExtractInput extends PassageText {
  plan: QuestionPlan;
}

const conceptsAt = (text: AnalyzedText, i: number): string[] => text.concepts[i]!;

/** The month a token names, if it names one. */
/** The months and the weekdays the lexicon names, as sets. */
const MONTH_SET: ReadonlySet<string> = new Set(MONTHS);
const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);
const monthAt = (text: AnalyzedText, i: number): string | undefined => conceptsAt(text, i).find((c) => MONTH_SET.has(c));

/** Whether the token at k is a word of telling (said, told, बताया, জানিয়েছে). */
const sayingAt = (input: ExtractInput, k: number) => k >= 0 && k < input.text.tokens.length && isSayingWord(input.text.tokens[k]!.norm);

/** Whether the token at `k` is a function word of the passage's language or of English (English words stand inside Hindi and Bengali text). */
const isFunctionWord = (input: ExtractInput, k: number): boolean => isTextFunctionWord(input.text.tokens[k]!.norm, input.language);

/** A stretch of the article: where it starts and ends, and its words. */
type Span = { start: number; end: number; text: string };

function span(input: ExtractInput, first: number, last: number): Span {
  const start = input.offset + input.text.tokens[first]!.start;
  const tokenEnd = input.offset + input.text.tokens[last]!.end;
  // (a clock's a.m. or p.m. keeps its last full stop: "6:45 a.m.", not "6:45 a.m")
  let end = clockStopAfter(input, last) ? tokenEnd + 1 : tokenEnd;
  // (a quote the span opens between its words closes in it: आरिफ उर्फ 'मास्टर', not आरिफ उर्फ 'मास्टर)
  let open: string | undefined;
  for (let k = first; k < last; k++) {
    const between = gap(input, k, k + 1);
    open = open !== undefined && closesQuote(between, open) ? undefined : (quoteOpenedBy(between) ?? open);
  }
  if (open !== undefined && closingQuotes(open).includes(input.body[end] ?? '')) end++;
  return { start, end, text: input.body.slice(start, end).replace(/\s+/g, ' ') };
}

/** Whether the token at `k` ends a clock's a.m. or p.m. whose last full stop follows it (6:45 a.m|.). */
function clockStopAfter(input: ExtractInput, k: number): boolean {
  const end = input.offset + input.text.tokens[k]!.end;
  return input.body[end] === '.' && endsWithMeridiem(input.body, end);
}

/** Where a word of percent right after a number ends: one word (percent, प्रतिशत) or two a space apart (per cent); undefined when none follows it. */
function percentWordEnd(input: ExtractInput, last: number): number | undefined {
  const { tokens } = input.text;
  const next = tokens[last + 1];
  if (next === undefined) return undefined;
  if (isPercentWord(next.norm)) return last + 1;
  const then = tokens[last + 2];
  return then !== undefined && /^ $/.test(gap(input, last + 1, last + 2)) && isPercentWord(`${next.norm} ${then.norm}`) ? last + 2 : undefined;
}

function hasConcept(text: AnalyzedText, from: number, to: number, ids: Set<string>): number | undefined {
  for (let i = Math.max(0, from); i <= Math.min(text.tokens.length - 1, to); i++) {
    if (conceptsAt(text, i).some((c) => ids.has(c))) return i;
  }
  return undefined;
}

const MORE = new Set(['more']);
const LESS = new Set(['less']);
const ABOUT = new Set(['about']);
/** At least: the number is the least there are ("at least 14", कम से कम 14, অন্তত ১৪), not fewer than it. */
const LEAST = new Set(['least']);
const QUALIFIERS = new Set([...MORE, ...LESS, ...ABOUT, ...LEAST]);

/**
 * Where a qualifier written before the value at `at` begins: "over 37 million", "fewer than 10", "लगभग 1,200",
 * "कम से कम 14" (from its first word), with one function word between at most ("more than"); undefined when none is.
 */
function qualifierBefore(input: ExtractInput, at: number): number | undefined {
  const { text } = input;
  if (at < 1) return undefined;
  const q = hasConcept(text, at - 1, at - 1, QUALIFIERS) ?? (at >= 2 && isFunctionWord(input, at - 1) ? hasConcept(text, at - 2, at - 2, QUALIFIERS) : undefined);
  if (q === undefined) return undefined;
  let from = q;
  while (from > 0 && conceptsAt(text, from - 1).some((c) => conceptsAt(text, q).includes(c) && QUALIFIERS.has(c))) from--;
  return from;
}

/** The qualifier its concepts make of a count or a sum: more than, at least (never fewer than then), fewer than a count or less than a sum, about. */
function qualifierOf(concepts: readonly string[], of: 'count' | 'sum'): { qualifier?: Qualifier } {
  const has = (ids: Set<string>) => concepts.some((c) => ids.has(c));
  const qualifier: Qualifier | undefined = has(MORE) ? 'more' : has(LEAST) ? 'least' : has(LESS) ? (of === 'count' ? 'fewer' : 'less') : has(ABOUT) ? 'about' : undefined;
  return qualifier ? { qualifier } : {};
}

/** The numbers the question itself writes ("in 1872", "Flight 370"): they are what it asks about, not its answer. */
function askedNumbers(input: ExtractInput): Set<string> {
  return new Set(input.plan.units.flatMap((u) => u.alts.filter((a) => a.field === 'num').map((a) => a.term)));
}

/** The days a clock time may be followed by as its own ("3.40 pm on Wednesday", "9 pm yesterday"). */
const WEEKDAY_OR_RELATIVE: ReadonlySet<string> = new Set([...WEEKDAYS, ...RELATIVE_DAYS]);
/** How many words may stand between a day and the clock time of its clause: "on Monday evening in the crowded market of the old city at 6.45 pm". */
const TIME_PHRASE_GAP = 10;

/** How far before a number found by what it counts one in the conjunct before may stand: "At least 14 died and two passengers". */
const STATED_REACH = 12;

/** How far after the joiner of a time ("from July 15 to", "15 जुलाई से") the time it runs to may begin: "15 जुलाई से बढ़ाकर 31 जुलाई". */
const UNTIL_REACH = 3;

/** How many words before a noun of count what it is said of may stand: "शहर में मृतकों की संख्या", "the nationwide death toll". */
const TALLY_OF_REACH = 4;

/** How far a number a noun of count gives (passage.ts talliedNumbers) is taken to stand from what it counts, for the readings after it: as one right after it. */
const TALLY_DISTANCE = 1;

/** How far (in words) from the question's own words a count or a time may stand when what it counts is not named. */
const VALUE_REACH = 6;
/**
 * How many words a coordinator counts for between a number and the question's words, when what it counts
 * is not named: the number across "and" (और, এবং) belongs to another conjunct ("25 miles south of the
 * border and 340 miles north of Miami"; Hindi writes the number after the place: "…(40 किमी) और मियामी के
 * उत्तर में 340 मील"). Measured on the XQuAD dev sets: 3 put one more English-on-Hindi short answer right,
 * 4 to 6 one more Hindi one too; no answer turned wrong.
 */
const COORDINATOR_STEP = 4;

/** How many words may stand between a count and a word said of it: only function words and qualifiers ("at least 14", "30 से अधिक घायल"). */
const PREDICATE_REACH = 3;
/** How many words may follow a word of telling that tags what was said before it ("…, SDM Anil Rao told reporters."). */
const TAG_REACH = 2;
/** How many words a remark set off by commas between a count and what is said of it may hold ("including a child"). */
const PARENTHESIS_REACH = 4;

/**
 * Positions in the passage of the question's words other than what it counts and what only restates what is
 * asked: what it says of the count. Only where the passage surely holds the word (its form, stem or concept;
 * see SURE_ALTERNATIVE), not a likeness of sound: प्रो is not पूरे.
 */
function predicatesOf(input: ExtractInput): Set<number> {
  const { plan, text } = input;
  const sure = (u: QueryUnit): QueryUnit => ({ ...u, alts: u.alts.filter((a) => a.strength >= SURE_ALTERNATIVE) });
  return new Set(plan.units.flatMap((u, i) => (u === plan.focus || plan.framing[i] || u.entity ? [] : unitPositions(text, sure(u)))));
}

/** The numbers a noun of count in a passage gives as how many of what a count question asks, or of what it says of it, there are (passage.ts talliedNumbers). */
export function talliedCount(plan: QuestionPlan, passage: PassageText): Tallied {
  const input = { ...passage, plan };
  const focus = new Set(plan.focus ? ownSensePositions(passage.text, plan.focus) : []);
  const predicates = predicatesOf(input);
  return talliedNumbers(passage, (i) => focus.has(i) || predicates.has(i));
}

/**
 * Whether a passage gives a number that what happened to people, as news counts it (data TALLIED: deaths,
 * injuries, arrests), is said of right before or after it, where the question asks how many people that happened
 * to ("killed 14", "14 की मौत हुई", "৩ জন গ্রেফতার" asked how many people were killed, died or arrested; saidOf 2):
 * it counts the people asked of, whom news leaves unnamed. Not a number that says when, where or how old: a year,
 * a day of the month, a length of time, an age, or one a preposition sets apart ("died 3 days after", "died on 12
 * March", "died at 45", "held in 2 jails"); nor where the question counts things ("how many villages were flooded
 * where 12 died").
 */
export function saidCount(plan: QuestionPlan, passage: PassageText, numbers: readonly AnalyzedText['numbers'][number][]): boolean {
  if (plan.focus !== undefined && !asksPeopleCount(plan)) return false;
  const input = { ...passage, plan };
  const tallied = plan.units.filter((u) => u !== plan.focus && unitConcepts(u).some((c) => TALLIED_CONCEPTS.has(c)));
  if (tallied.length === 0) return false;
  const predicates = new Set(tallied.flatMap((u) => unitPositions(passage.text, { ...u, alts: u.alts.filter((a) => a.strength >= SURE_ALTERNATIVE) })));
  const { text } = passage;
  // (a preposition that sets the number in a time, a place, an age or a doer says something else of it: "died at
  // 45", "held in 2 jails"; not "killed more than 14", "the deaths of 14")
  const preposed = (n: AnalyzedText['numbers'][number]) => n.first > 0 && isSettingPreposition(text.tokens[n.first - 1]!.norm);
  const tells = (n: AnalyzedText['numbers'][number]) =>
    isOneInLetters(text, n) || (n.first === n.last && writtenAsYear(n.value, text.tokens[n.first]!)) || isDayOfMonth(input, n) || measuresTime(input, n) || readsAsAge(input, n) || preposed(n);
  return numbers.some((n) => !tells(n) && saidOf(input, n, predicates) === 2);
}

/**
 * What happens to people that news counts (data DONE_TO_PEOPLE: death, injury, arrest) said of each number of a
 * passage, as saidOf finds it ("Four people were killed", "17 injured", "তিন রোগীর মৃত্যু", "दो लोग गिरफ्तार"): the
 * people it counts are those it happened to. The passage's words of them are found once; each number's, once.
 */
function happeningsSaid(input: ExtractInput): (n: AnalyzedText['numbers'][number]) => ReadonlySet<string> {
  const at = new Map<string, Set<number>>();
  input.text.concepts.forEach((cs, k) => {
    for (const c of cs) if (DONE_TO_PEOPLE_CONCEPTS.has(c)) at.set(c, (at.get(c) ?? new Set()).add(k));
  });
  const found = new Map<AnalyzedText['numbers'][number], ReadonlySet<string>>();
  return (n) => {
    let said = found.get(n);
    if (said === undefined) found.set(n, (said = new Set([...at].filter(([, positions]) => saidOf(input, n, positions) === 2).map(([c]) => c))));
    return said;
  };
}

/** One happening to people is the other or a kind of it (a death is a casualty). */
const sameHappening = (a: string, b: string) => withParents(a).includes(b) || withParents(b).includes(a);

/** Of the happenings said of a number (happeningsSaid), whether one is the question's (happeningsCounted). */
function countedBy(plan: QuestionPlan, said: (n: AnalyzedText['numbers'][number]) => ReadonlySet<string>): (n: AnalyzedText['numbers'][number]) => 'asked' | 'other' | undefined {
  if (plan.happening === undefined) return () => undefined;
  const asked = unitConcepts(plan.happening).flatMap(withParents).filter((c) => DONE_TO_PEOPLE_CONCEPTS.has(c));
  return (n) => {
    const of = [...said(n)];
    if (of.length === 0) return undefined;
    return of.some((c) => asked.some((a) => sameHappening(a, c))) ? 'asked' : 'other';
  };
}

/**
 * For each number of a passage, whether what it counts is people that the happening the question counts the people
 * of (QuestionPlan.happening) happened to ('asked'), or only something else ('other'): asked how many were arrested
 * for the deaths, "তিন রোগীর মৃত্যু" (three patients died) counts the dead, and "Four people were killed and 17
 * injured" no one arrested. Undefined where the question asks by no happening, or none is said of the number.
 */
export const happeningsCounted = (plan: QuestionPlan, passage: PassageText) => countedBy(plan, happeningsSaid({ ...passage, plan }));

/**
 * How surely one of the question's words is said of a count: it stands right before the number ("injuring 37",
 * "killing at least 14 people") or right after it or what it counts ("30 से अधिक घायल", "9 श्रद्धालुओं की
 * मौत"), with only function words and qualifiers between, in the same phrase (not across "and"). Where the
 * verb comes last (Hindi, Bengali) what is said of a count follows it, and a word a postposition joins to it
 * before it sets the scene ("भूस्खलन में नौ लोगों की मौत हो गई, जबकि 14 लोग अब भी लापता हैं": the landslide
 * is said of both, missing of 14 only): that is a weaker saying (1) than one after it or right before it
 * (2: घायल 12 लोगों); in English all are 2. 0 when none is said of it.
 */
function saidOf(input: ExtractInput, n: AnalyzedText['numbers'][number], predicates: ReadonlySet<number>): number {
  const { tokens } = input.text;
  const between = (k: number) => (isFunctionWord(input, k) || conceptsAt(input.text, k).some((c) => QUALIFIERS.has(c))) && !isCoordinator(tokens[k]!.norm);
  let before = 0;
  let postposition = false;
  for (let k = n.first - 1; k >= Math.max(0, n.first - 1 - PREDICATE_REACH) && joinedIn(input, k, k + 1); k--) {
    if (predicates.has(k)) {
      // (where the verb comes last, a word a postposition joins to the count sets the scene, भूस्खलन में नौ;
      // one right before it qualifies it, घायल 12 लोगों)
      before = isVerbFinal(input.language) && postposition ? 1 : 2;
      break;
    }
    if (!between(k)) break;
    postposition ||= !conceptsAt(input.text, k).some((c) => QUALIFIERS.has(c));
  }
  if (before === 2) return before;
  // (after the number, past what it counts when the word after it is no function word, and past a few words
  // set off by commas: "Three people, including a child, drowned")
  const after = afterNumber(input, n.last);
  let from = after < tokens.length && !between(after) && !predicates.has(after) ? after + 1 : after;
  const opens = (k: number) => breaksPhrase(gap(input, k - 1, k)) && !endsSentenceBetween(gap(input, k - 1, k));
  if (from < tokens.length && from > 0 && opens(from)) {
    const close = Array.from({ length: PARENTHESIS_REACH }, (_v, j) => from + 1 + j).find((k) => k < tokens.length && breaksPhrase(gap(input, k - 1, k)));
    if (close === undefined || !opens(close)) return before;
    from = close;
  }
  for (let k = from; k < Math.min(tokens.length, from + PREDICATE_REACH) && (k === from || joinedIn(input, k - 1, k)); k++) {
    if (predicates.has(k)) return 2;
    if (!between(k)) break;
  }
  return before;
}

/** Whether a number measures a length of time: a unit of time after it (3 days, दो हफ्ते, data timeUnits and the lexicon's durations). */
function measuresTime(input: ExtractInput, n: AnalyzedText['numbers'][number]): boolean {
  const next = afterNumber(input, n.last);
  return next < input.text.tokens.length && (conceptsAt(input.text, next).some((c) => DURATION_CONCEPTS.has(c)) || isTimeUnit(input.text.tokens[next]!.norm));
}

/** Whether a number in a passage measures a length of time (measuresTime). */
export const measuresTimeIn = (plan: QuestionPlan, passage: PassageText, n: AnalyzedText['numbers'][number]) => measuresTime({ ...passage, plan }, n);

/** The position after a number and the Bengali classifier written onto it (৫০টির): where the words after it begin. */
function afterNumber(input: ExtractInput, last: number): number {
  const next = input.text.tokens[last + 1];
  return next && isClassifier(next.norm) && gap(input, last, last + 1) === '' ? last + 2 : last + 1;
}

/**
 * Whether a number counts times something happened: a word of frequency after it (times, बार, বার), past
 * its classifier and a qualifier written after it (1,600 से अधिक बार, "1,600 or more times") with the
 * function word that joins the qualifier.
 */
function countsTimes(input: ExtractInput, last: number): boolean {
  const { text } = input;
  const qualifier = (k: number) => k < text.tokens.length && conceptsAt(text, k).some((c) => QUALIFIERS.has(c));
  let k = afterNumber(input, last);
  while (qualifier(k) || (k < text.tokens.length && isFunctionWord(input, k) && qualifier(k + 1))) k++;
  return k < text.tokens.length && isFrequencyWord(text.tokens[k]!.norm, input.language);
}

/** How many words after a number of times hyphened onto its word ("Six-time Grammy winner") what they qualify may stand. */
const QUALIFIED_REACH = 2;

/**
 * How many words before a number (at the age of 39) and after the word after it (23 वर्ष की आयु में, 7 years
 * of age) an age word may stand to make it an age.
 */
const AGE_REACH_BEFORE = 2;
const AGE_REACH_AFTER = 2;
/** The lexicon's concept of years: a word between a number and the age word after it (39 years old). */
const YEARS = new Set(['year']);

/**
 * Whether a number reads as an age: an age word (data ageWordsBefore, ageWordsAfter) just before it or
 * after the years it counts, or years that are an age themselves right after it (ageUnits), in the same
 * phrase (aged 23, 39 years old, 19-year-old, उम्र 23 साल, 23 वर्षीय, ২৩ বছর বয়সী; not "aged 23, was jailed for
 * 7 years", the comma between, nor the 7 of ২৩ বছর বয়সী হ্যাকারকে ৭ বছরের কারাদণ্ড, nor "12 old computers");
 * or, as English news writes it, one number alone between commas after a word ("Ravi Rao, 23, was arrested").
 */
function readsAsAge(input: ExtractInput, n: AnalyzedText['numbers'][number]): boolean {
  const { tokens } = input.text;
  if (writesAgeInCommas(input.language) && n.first === n.last && n.first > 0 && n.last + 1 < tokens.length && !tokens[n.first - 1]!.numeric && commaBetween(input, n.first - 1, n.first) && commaBetween(input, n.last, n.last + 1)) return true;
  const age = (k: number, after: boolean) => isAgeWord(tokens[k]!.norm, input.language, after);
  for (let k = n.first - 1; k >= Math.max(0, n.first - AGE_REACH_BEFORE) && joinedIn(input, k, n.first); k--) if (age(k, false)) return true;
  const next = afterNumber(input, n.last);
  if (next >= tokens.length || !joinedIn(input, n.last, next)) return false;
  if (isAgeUnit(tokens[next]!.norm, input.language)) return true;
  // (its years or a joining word between: 39 years old, 7 years of age, 41 की उम्र में; not right after it, "12 old
  // computers", nor past a word that opens a noun phrase, "12 of the (its, these) old servers": in English only
  // the genitive's "of" joins)
  const between = (k: number) =>
    conceptsAt(input.text, k).some((c) => YEARS.has(c)) || (isVerbFinal(input.language) ? isFunctionWord(input, k) : isGenitivePreposition(tokens[k]!.norm));
  for (let k = next; k <= Math.min(tokens.length - 1, next + AGE_REACH_AFTER) && joinedIn(input, n.last, k); k++) {
    if (k > next && age(k, true)) return true;
    if (!between(k)) return false;
  }
  return false;
}

/**
 * The low end of a range, with the multiplier the high end carries when the low end has none: in
 * "30 to 50 thousand" the 30 is thousands too.
 */
function lowEnd(text: AnalyzedText, low: AnalyzedText['numbers'][number], high: AnalyzedText['numbers'][number]): number {
  const digits = Number(text.tokens[high.first]!.norm.replace(/,/g, ''));
  const multiplier = high.last > high.first && Number.isFinite(digits) && digits > 0 ? high.value / digits : 1;
  return low.first === low.last && multiplier > 1 && low.value * multiplier <= high.value ? low.value * multiplier : low.value;
}

/**
 * Whether a number designates a thing and counts nothing: joined by a hyphen to the letters before it
 * (KV-310, F-16), or by a slash to such a number (the 208 of AS-207/208); or with a designation word joined
 * to it, before it or after it (वार्ड नंबर 5, ৫ নম্বর ওয়ার্ড: data designationWords).
 */
function designates(input: ExtractInput, n: AnalyzedText['numbers'][number]): boolean {
  const { tokens } = input.text;
  const after = afterNumber(input, n.last);
  return (
    coded(input, n.first) ||
    (n.first > 0 && isDesignationWord(tokens[n.first - 1]!.norm) && joinedIn(input, n.first - 1, n.first)) ||
    (after < tokens.length && isDesignationWord(tokens[after]!.norm) && joinedIn(input, after - 1, after))
  );
}

/** Whether the token at `first` is joined by a hyphen to letters before it, or by a slash to a number so joined. */
function coded(input: ExtractInput, first: number): boolean {
  const before = input.text.tokens[first - 1];
  if (before === undefined) return false;
  const joiner = gap(input, first - 1, first);
  return (!before.numeric && joiner === '-') || (before.numeric && joiner === '/' && coded(input, first - 1));
}

/** Whether a number is an ordinal (the 20th century, 20 वीं शताब्दी, ২০তম, ৭ই): analysis gave it its rank (lang/ordinals.ts). */
const isOrdinal = (input: ExtractInput, n: AnalyzedText['numbers'][number]): boolean => input.text.concepts[n.last]!.some(isOrdinalConcept);

/**
 * Whether a number is the day of a month written beside it (1 मार्च 1979, March 5): a date, not a count.
 * Digits (writtenAsDayOfMonth) a space apart from the month (an English one is capitalized, or analysis reads no month:
 * "20 may have died" counts).
 */
function isDayOfMonth(input: ExtractInput, n: AnalyzedText['numbers'][number]): boolean {
  const { text } = input;
  if (n.first !== n.last || !writtenAsDayOfMonth(n.value, text.tokens[n.first]!.norm)) return false;
  const month = (k: number) => k < text.tokens.length && monthAt(text, k) !== undefined;
  const spaced = (a: number, b: number) => b < text.tokens.length && /^\s+$/.test(gap(input, a, b));
  return (spaced(n.last, n.last + 1) && month(n.last + 1)) || (n.first > 0 && spaced(n.first - 1, n.first) && month(n.first - 1));
}

/** Most words of the unit between a number and its restatement in brackets: "7,000,000 square kilometres (2,700,000 sq mi)". */
const RESTATED_UNIT_WORDS = 2;

/** A count: the number standing by what is counted; "1,200 of 5,000" where the source says so. */
function count(input: ExtractInput): ShortAnswer | undefined {
  const { text } = input;
  const asked = askedNumbers(input);
  // a share (12 percent, 40%) is not how many there are: "how many", कितने, কতগুলো count things one by
  // one; "how much more", कितनी अधिक may be answered by one (18% more), and a question about a share asks for it
  const { asksShare } = input.plan;
  const counting = input.plan.oneByOne && !asksShare;
  // (the sign % after a number, as analysis marks it: lang/concepts.ts signMatches)
  const share = (last: number) => conceptsAt(text, last).includes(PERCENT) || percentWordEnd(input, last) !== undefined;
  // (a length of time is asked when what is counted is a unit of time, "how many days", कितने घंटे; a time the
  // question sets its count in is no such unit: "pichle hafte kitne naye mareez", how many new patients last week)
  const countedUnit = input.plan.focus;
  const { countsTime } = input.plan;
  // (what is counted is a unit of measure: how many kilometres, कितने किलो)
  const countsUnits = countedUnit !== undefined && input.plan.query.tokens.slice(countedUnit.at, countedUnit.end + 1).some((t) => isMeasureUnit(t.norm));
  const asksLength = asksDuration(input.plan);
  // (what counts a length of time stands where a unit of time does, one the lexicon knows or a second after a
  // number, data timeUnits: not the second of an order, "the second half")
  const timeUnitsAt = countsTime ? text.numbers.map((n) => afterNumber(input, n.last)).filter((k) => k < text.tokens.length && isTimeUnit(text.tokens[k]!.norm)) : [];
  const focus = countedUnit ? [...ownSensePositions(text, countedUnit), ...timeUnitsAt] : [];
  // asked a measure's value (the magnitude, the speed), only a number by the measure's word or before a unit gives
  // it: "The car hit 4 pedestrians" gives no speed
  const measure = input.plan.asksMeasure;
  const measures = (n: (typeof text.numbers)[number]) =>
    isMeasureUnit(text.tokens[afterNumber(input, n.last)]?.norm ?? '') || focus.some((t) => t >= n.first - COUNT_REACH && t <= n.last + COUNT_REACH);
  // a number such as 2000 is a year unless what is counted follows it: "attended by 1950 guests"
  const counted = (n: (typeof text.numbers)[number]) => focus.includes(afterNumber(input, n.last));
  // a year the time reader is sure of (January 1756, in 1835, 1835 में) counts nothing; a day of the month
  // is judged more strictly below, as "20 may have died" counts
  const years = timeCandidates(input).filter((c) => c.sure && c.value.year !== undefined);
  // asked how old someone is, a number the writing makes an age (aged 23, 39 years old) answers before any
  // other: "jailed for 7 years" counts years too, but of something else
  const aged = new Set(input.plan.asksAge ? text.numbers.filter((n) => readsAsAge(input, n)) : []);
  const dated = (n: (typeof text.numbers)[number]) => years.some((c) => n.first >= c.first && n.last <= c.last && n.value === c.value.year);
  // asked how many people (or a kind of them: passengers, residents), a number before the plural of a noun
  // that names physical things and never people counts those things: "50 toilets were damaged" does not say
  // how many people were affected, nor "12 buses" how many passengers there were (words.ts namesThings)
  const focusKinds = input.plan.focus ? unitConcepts(input.plan.focus).flatMap(withParents) : [];
  // (or, counting no word of things, what happens to people that news counts: "how many were arrested?", কতজনকে
  // গ্রেফতার করা হয়েছে: people were, and "47 shops" counts none of them)
  const asksPeople = countsAnyPeople(input.plan);
  // (a Bengali number counts things by its classifier, written onto its word or after its digits: সাতচল্লিশটি, ৪৭টি দোকান)
  const thingClassified = (n: (typeof text.numbers)[number]) => endsInThingClassifier(text.tokens[afterNumber(input, n.last) - 1]!.norm);
  // (people or a body of them: an agency, a team, a company)
  const asksActors = focusKinds.some((c) => ACTOR_CONCEPTS.has(c));
  // (one that counts others something else happened to stays only where the sentence goes on to count those the asked
  // happened to, the writing leaving out who, as its next conjunct: "4 लोगों की मौत हो गई, जबकि 17 घायल हो गए"; it is
  // never the answer: see below, where it gives way to that one)
  const saidHappenings = happeningsSaid(input);
  const happeningCounted = countedBy(input.plan, saidHappenings);
  const askedCounts = text.numbers.filter((n) => happeningCounted(n) === 'asked');
  const leadsToAsked = (n: (typeof text.numbers)[number]) =>
    askedCounts.some((m) => m.first > n.last && !Array.from({ length: m.first - n.last }, (_v, k) => n.last + 1 + k).some((k) => endsSentenceBetween(gap(input, k - 1, k))));
  // (a thing: a concept the lexicon files under places (houses, villages) or whose English word names a physical
  // thing and never a person (trains, buses: english.ts isThingStem), or the plural of such a word; not a quality,
  // "কত নতুন আক্রান্ত", nor what is left of people, शव; and a number counts people by a word for a kind of them after
  // it, the Bengali counter of people, তিনজন, ৩ জন, or what happened to them said of it, "17 injured")
  const focusWord = input.plan.focus?.alts.find((a) => a.field === 'text')?.term;
  const focusOwn = input.plan.focus ? unitConcepts(input.plan.focus) : [];
  const thingConcept = (c: string) => PLACE_CONCEPTS.has(c) || isThingStem(stemEnglish(c));
  const asksThings =
    !asksPeople && !asksActors && (focusOwn.length > 0 ? focusOwn.some(thingConcept) : focusWord !== undefined && namesThings(focusWord, input.plan.reading.language));
  const countsSomePeople = (n: (typeof text.numbers)[number]) => {
    const next = afterNumber(input, n.last);
    const words = Array.from({ length: Math.min(next, text.tokens.length - 1) - n.last }, (_v, k) => n.last + 1 + k);
    return n.people || words.some((k) => conceptsAt(text, k).some((c) => withParents(c).includes(PERSON))) || saidHappenings(n).size > 0;
  };
  // (not a capitalized word, which names a people, "4 Afghans", nor one that qualifies a plural after it: "12 arms
  // smugglers", "15 railways employees")
  const countsThings = (n: (typeof text.numbers)[number]) => {
    const next = afterNumber(input, n.last);
    if (next >= text.tokens.length || focus.includes(next) || /^\p{Lu}/u.test(text.tokens[next]!.raw) || !namesThings(text.tokens[next]!.norm, input.language)) return false;
    const qualifies = next + 1 < text.tokens.length && /^\s+$/.test(gap(input, next, next + 1)) && isWrittenPlural(text.tokens[next + 1]!.norm, input.language);
    return !qualifies && !conceptsAt(text, next).some((c) => withParents(c).includes(PERSON));
  };
  // a number in brackets right after another one and its measure's unit restates it in another unit ("340 miles
  // (550 km)", "7,000,000 square kilometres (2,700,000 sq mi)"): the writer's own figure answers, the restatement
  // only a question that names its unit or asks a share ("412 (3.1%) couples"); chosen, it gives way to the figure
  // it restates (see below)
  const questionAt = questionPositions(input);
  const measured = (k: number) => k < text.tokens.length && (isMeasureUnit(text.tokens[k]!.norm) || isUnitModifier(text.tokens[k]!.norm));
  const restated = (n: (typeof text.numbers)[number]) => {
    if (asksShare || n.first === 0 || !/\(\s*$/.test(gap(input, n.first - 1, n.first))) return undefined;
    const end = rangeEnd(n);
    const unit = afterNumber(input, end);
    if (questionAt.has(unit) || !measured(unit) || !closesUnit(end)) return undefined;
    return text.numbers.find((m) => m.last < n.first - 1 && n.first - m.last <= RESTATED_UNIT_WORDS + 1 && measured(afterNumber(input, m.last)) && joinedIn(input, m.last, n.first - 1) && unitWords(m.last + 1, n.first - 1));
  };
  // (the words between are a unit's: no number or function word, "2000 to 2005 (22,392 km2" restates nothing)
  const unitWords = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_v, k) => a + k).every((k) => k < text.tokens.length && !text.tokens[k]!.numeric && !isFunctionWord(input, k));
  // (and the bracket closes right after the restated number's own unit, or its range's: "(3 of them children)",
  // "(300 in Ernakulam)" count a part, they restate nothing; "(160,000 to 227,000 sq mi)" does)
  const rangeEnd = (n: (typeof text.numbers)[number]) => {
    const joiner = n.last + 1;
    const high = joiner < text.tokens.length && isRangeJoiner(text.tokens[joiner]!.norm) ? text.numbers.find((m) => m.first === joiner + 1) : undefined;
    return (high ?? n).last;
  };
  const closesUnit = (last: number) =>
    [last + 1, last + 2].some((j) => j < text.tokens.length && unitWords(last + 1, j) && input.body.slice(input.offset + text.tokens[j]!.end).trimStart().startsWith(')'));
  const hyphenedTimes = (n: (typeof text.numbers)[number]) => {
    const next = afterNumber(input, n.last);
    return next === n.last + 1 && next < text.tokens.length && gap(input, n.last, next) === '-' && isFrequencyModifier(text.tokens[next]!.norm, input.language);
  };
  // (what the modifier qualifies, a word of the question, stands within a word or two after it, past the genitive:
  // 5-बार के प्रो बॉलर)
  const qualifiesFocus = (n: (typeof text.numbers)[number]) =>
    [...focus, ...questionAt].some((t) => t > n.last + 1 && t <= n.last + 1 + QUALIFIED_REACH && joinedIn(input, n.last + 1, t));
  const numbers = text.numbers.filter(
    (n) =>
      !inClockTime(text, n.first) &&
      (!measure || measures(n)) &&
      (!(isYear(n.value) || dated(n)) || counted(n)) &&
      !asked.has(canonicalNumber(n.value)) &&
      !(counting && share(n.last)) &&
      !designates(input, n) &&
      !isOrdinal(input, n) &&
      !(isDayOfMonth(input, n) && !counted(n)) &&
      // a number of times something happened (1,600 से अधिक बार, searched 1,600 times) answers how many times,
      // how often or how many of a thing there were (six times in the Super Bowl, won the title 5 times; though
      // "attacked the servers 5 times" does not say how many servers, which the writing alone cannot tell), not
      // how much of the thing it happened to (how much data was stolen); nor how many people or bodies of them:
      // times count what happened, and no one is a happening (asked how many patients' data was stolen,
      // "searched 1,600 times" counts searches; asked how many hackers attacked, "attacked 5 times by hackers"
      // counts attacks)
      !(countsTimes(input, n.last) && !input.plan.asksTimes && (!counting || asksActors)) &&
      !(aged.size > 0 && !aged.has(n)) &&
      // asked what share, only a share answers (91% of the land, not the 1970 it was cleared since, nor 1,200 servers)
      !(asksShare && !share(n.last)) &&
      // a sum of money counts no things one by one: "12 करोड़ रुपए दूसरे खातों में" does not say how many accounts
      // (but it says how many of its own scale or currency: कितने करोड़, 200 करोड़ रुपए)
      !(counting && isSum(input, n) && !focus.some((t) => t >= n.first && t <= afterNumber(input, n.last))) &&
      // (nor, asked how many people or those something happened to by their word, however it is asked: "घायलों की संख्या
      // कितनी है?" is not "घायलों को 50 हजार रुपये"; asked how much those people get, a sum answers)
      !(asksPeople && input.plan.focus !== undefined && isSum(input, n)) &&
      // a length of time (21 hours, ২১ ঘণ্টা) measures time, it counts no things: "Flights were suspended for 21
      // hours" does not say how many flights; it answers only a question that asks a time's length or its units
      !(measuresTime(input, n) && !asksLength) &&
      // a number before a unit of measure measures something ("1.4 किलोमीटर लंबा पुल", "a 40 kg bag"): it counts
      // nothing one by one, unless what the question counts is a unit of measure, in whatever spelling (how many
      // kilometres: 40 km; कितने किलो: 50 किलोग्राम)
      !(counting && !measure && !countsUnits && isMeasureUnit(text.tokens[afterNumber(input, n.last)]?.norm ?? '') && !counted(n)) &&
      // (and a digit written onto a unit is its power, "22,392 km2", no number of anything)
      !(n.first > 0 && gap(input, n.first - 1, n.first) === '' && isMeasureUnit(text.tokens[n.first - 1]!.norm)) &&
      !(asksPeople && (countsThings(n) || thingClassified(n))) &&
      // asked how many of a thing (trains, houses), a number that counts people counts none of it: "Four people were
      // killed" says nothing of how many trains were affected; and asked how many people something happened to, one
      // that counts those something else happened to counts others (asked how many were arrested, "তিন রোগীর মৃত্যু")
      !(asksThings && countsSomePeople(n)) &&
      !(happeningCounted(n) === 'other' && !leadsToAsked(n)) &&
      // a number of times hyphened onto its word makes a modifier (a 5-time Pro Bowler, 5-बार के प्रो बॉलर, ৫-বারের
      // চ্যাম্পিয়ন): it says how often someone was what it qualifies, and counts only that ("Six-time Grammy winner" won
      // six Grammys, the Grammy the question's word), never what the question counts that it stands apart from
      !(hyphenedTimes(n) && !qualifiesFocus(n)),
  );
  if (numbers.length === 0) return vagueCount(input, focus);
  let best: (typeof numbers)[number] | undefined;
  let bestDistance = Infinity;
  let bestSupport = -1;
  let target: number | undefined;
  // of the numbers within reach, the one in the clause that holds most of the question's words ("of which
  // 1,200 schools were closed by the floods"), then the nearest; "one" in letters last of all, as it is as
  // often an article (एक, একটি) or a pronoun ("one of them") as a count
  const clause = clauseNumbers(input);
  const support = clauseSupport(input, clause);
  const standing = (n: (typeof numbers)[number]) => (isOneInLetters(text, n) ? -1 : support[n.first]!);
  // (of two numbers as near, the one with more of the question's words between it and what it counts)
  // (and of two as near, one the question's other words are said of: "Three devotees died and 20 people were
  // injured", asked how many were injured; see saidOf)
  let bestSaid = 0;
  let bestOwnWord = false;
  const predicates = predicatesOf(input);
  const saidOfByQuestion = new Map(predicates.size === 0 ? [] : numbers.map((n) => [n, saidOf(input, n, predicates)] as const));
  const predicated = (n: (typeof numbers)[number] | undefined) => (n === undefined ? 0 : (saidOfByQuestion.get(n) ?? 0));
  // (and of two alike that nothing the question says is said of, one that counts the question's own word over one
  // that counts a kind of it: asked how many people were taken to hospital, "Two workers died and 40 people were
  // taken to hospital" answers 40; where both are said to be arrested, the first said still answers)
  const ownWords = new Set(input.plan.focus ? unitPositions(text, { ...input.plan.focus, alts: input.plan.focus.alts.filter((a) => a.field === 'text' || a.field === 'stem') }) : []);
  const ownWordAt = (t: number | undefined) => t !== undefined && ownWords.has(t);
  const better = (n: (typeof numbers)[number], d: number, said = 0, t?: number) =>
    standing(n) > bestSupport ||
    (standing(n) === bestSupport &&
      (d < bestDistance ||
        (d === bestDistance &&
          n !== best &&
          (predicated(n) > predicated(best) || (predicated(n) === predicated(best) && (said > bestSaid || (said === bestSaid && predicated(n) === 0 && ownWordAt(t) && !bestOwnWord)))))));
  const take = (n: (typeof numbers)[number], d: number, said = 0, t?: number) => {
    best = n;
    bestDistance = d;
    bestSupport = standing(n);
    bestSaid = said;
    bestOwnWord = ownWordAt(t);
  };
  // the things the question names, and the broader things they are kinds of: a number right before a plural
  // that names none of them counts something else (a plural is surely what it counts: "12 lakh patients"; a word
  // without the mark may be a qualifier of it, "पांच मुख्य सर्वरों", or a unit, "340 मील")
  const namedThings = new Set(input.plan.units.flatMap((u) => u.alts.filter((a) => a.field === 'concept').flatMap((a) => withParents(a.term))));
  // (where what is asked is not in the passage at all, only a place or a building: "Officials evacuated 25
  // villages" counts no people; the lexicon's kinds of person are too few to tell a suspect from a person)
  const countsOtherThing = (n: (typeof numbers)[number], placesOnly = false) => {
    const next = afterNumber(input, n.last);
    // (a number of times counts what happened: "attacked 5 times" is five attacks)
    if (next >= text.tokens.length || !isWrittenPlural(text.tokens[next]!.norm, input.language) || !/^\s+$/.test(gap(input, next - 1, next)) || countsTimes(input, n.last)) return false;
    const things = conceptsAt(text, next).filter((c) => !QUALIFIERS.has(c));
    return things.length > 0 && !things.some((c) => namedThings.has(c)) && (!placesOnly || things.some((c) => PLACE_CONCEPTS.has(c)));
  };
  // what the question counts is in the passage only as the broader thing it is a kind of ("Five patients died",
  // asked how many staff): no number there counts it
  const otherKind = focus.length === 0 && input.plan.focus !== undefined && unitPositions(text, input.plan.focus).length > 0;
  // what is counted is not in the passage: a number counts what the question asks only beside its other
  // words, and only when the question names what it counts: one that asks a measure by its phrase alone
  // (how old, how long: data phraseFocus) is not answered by a number of anything else (5 million dollars);
  // a number the writing makes an age is one of what "how old" counts, wherever its years are (23 वर्षीय)
  if ((focus.length === 0 && !input.plan.measured && !otherKind) || aged.size > 0) {
    // (a value in another conjunct, across "and", और, এবং, stands further from the question's words than its words count)
    const dist = distances(text.tokens.length, questionAt, (i) => (isCoordinator(text.tokens[i]!.norm) ? COORDINATOR_STEP : 1));
    // (asked how many people, whom news leaves unnamed, a number the question's words are said of counts them
    // before one they only stand near: "आगरा हादसे में 2 बसें टकराईं, 5 की मौत हो गई" asked how many died)
    const said = asksPeople ? numbers.filter((n) => predicated(n) === 2) : [];
    for (const n of said.length > 0 ? said : numbers) {
      // (and "one" in letters then counts nothing: एक बड़ी घटना is "a big event")
      const d = spanDistance(dist, n.first, afterNumber(input, n.last) - 1);
      if (d <= VALUE_REACH && !isOneInLetters(text, n) && !(focus.length === 0 && input.plan.focus !== undefined && countsOtherThing(n, true)) && better(n, d)) take(n, d);
    }
  }
  // the question's own words between a count and what it counts qualify what is counted, as they do in
  // the question: for "how many wool blankets", "six wool blankets" stands as close to "blankets" as "two
  // blankets" does, and of the two it is the surer, as it says more of what is asked
  // (the question's words as what it counts is found: not another kind of person, see ownSensePositions)
  const own = new Set(input.plan.units.flatMap((u) => ownSensePositions(text, u)));
  // none within reach of what is counted: the one number of its clause counts it, as a time does (time()),
  // unless it counts a word of its own, not one of the question's ("12 मैच खेले": matches, not goals)
  const countsAnother = (n: (typeof numbers)[number]) => {
    const next = afterNumber(input, n.last);
    return next < text.tokens.length && /^\s+$/.test(gap(input, next - 1, next)) && !text.tokens[next]!.numeric && !isFunctionWord(input, next) && !own.has(next) && !isOtherWord(text.tokens[next]!.norm);
  };
  const ownBetween = (a: number, b: number) => Array.from({ length: b - a - 1 }, (_v, k) => a + 1 + k).filter((k) => own.has(k)).length;
  // (a number after what the question asks about stands further across a coordinator, COORDINATOR_STEP words: "Three
  // people drowned and nearly 12,000 residents were moved" does not count the drowned by 12,000; before it, the
  // coordinator may join the words that qualify what is counted: "300 mud and thatched houses")
  const apart = (a: number, b: number) => 1 + Array.from({ length: b - a - 1 }, (_v, k) => (isCoordinator(text.tokens[a + 1 + k]!.norm) ? COORDINATOR_STEP : 1)).reduce((x, y) => x + y, 0);
  for (const n of numbers) {
    const end = afterNumber(input, n.last) - 1;
    for (const t of focus) {
      // (a number before a word of its own that names another thing counts that thing, not what is asked before or
      // after it: "12 lakh patients from Sunrise Hospitals" counts no hospitals, "Officials evacuated 25 villages" no people)
      if ((t < n.first || t > end + 1) && countsOtherThing(n)) continue;
      // before what it counts is how all three languages write a count; after it is second best
      const said = t > end ? ownBetween(end, t) : 0;
      // (what is counted may be the number's own scale word: "how many crore", 200 करोड़)
      const d = t > end ? t - end - said : n.first > t ? apart(t, n.first) * 1.5 : t >= n.first ? 0 : Infinity;
      if (d <= COUNT_REACH * 1.5 && better(n, d, said, t)) {
        take(n, d, said, t);
        target = t;
      }
    }
  }
  // a number a noun of count gives as how many of what is asked, or of what the question says of it, there are
  // counts it as surely as one right by it: "मरने वालों की संख्या मंगलवार शाम तक बढ़कर 14 हो गई", asked how many
  // died; "the death toll rose to 14"
  // (only where no number stands by what is counted, over one found only near the question's words or in the noun's
  // own clause, or where the question asks how many in all to now: "seven died on the spot … the death toll rose to
  // 11", asked how many have died so far; of those it gives, the first that counts nothing else and measures nothing: "rose from 9 to 14",
  // "মৃতের সংখ্যা ৯ থেকে বেড়ে ১৪", "in the 2 states rose to 30", "rose to 14, including 3 women")
  const tally = talliedCount(input.plan, input);
  let talliedBest = false;
  const inTally = (n: (typeof numbers)[number]) => tally.clauses.some((c) => n.first >= c.first && n.last <= c.last);
  // (a number before a unit or a measure's word measures it, one before a kind of place counts places: "the 6.4
  // magnitude earthquake", "২ জেলায় ৩০")
  const measureAfter = (n: (typeof numbers)[number]) => {
    const k = afterNumber(input, n.last);
    return k < text.tokens.length && (isMeasureUnit(text.tokens[k]!.norm) || conceptsAt(text, k).some((c) => MEASURE_CONCEPTS.has(c) || PLACE_CONCEPTS.has(c)));
  };
  // (asked how many in all to now, over a number that stands by what is counted as well, where the noun of count is
  // said of what is asked itself, or of what the question says of people it counts (a death toll counts the dead);
  // not where a name or place the question gives stands by the number found and not by the noun's: "In Bihar, 20
  // people have died, while the nationwide death toll rose to 150", asked how many have died in Bihar so far; nor
  // of a kind of people a count of all does not tell: "12 students tested positive, taking the number of infected
  // to 340", asked how many students)
  const focusConcepts = input.plan.focus?.alts.filter((a) => a.field === 'concept' && !a.broader) ?? [];
  const countsPeople = input.plan.focus === undefined || focusConcepts.some((a) => a.term === PERSON);
  const focusAt = new Set(focus);
  const totalAsked =
    input.plan.asksTotal && (countsPeople || tally.clauses.some((c) => focus.some((f) => f >= c.first && f <= c.last)) || talliedNumbers(input, (i) => focusAt.has(i)).numbers.length > 0);
  // (a name the question gives scopes the count found apart from the noun's when it stands by that count and not in
  // the noun's clause: "The BJP candidate got 45,000 votes. The total number of votes polled…"; a place, only when the
  // noun's clause names a wider one, "nationwide", देशभर में, not the same place again, राज्य में, শহরে)
  const scopeOf = (concepts: readonly string[]) => Math.max(0, ...concepts.flatMap(withParents).map((c) => PLACE_SCOPES[c] ?? 0));
  const named = input.plan.units.filter((u) => u.entity).map((u) => ({ at: unitPositions(text, u), scope: scopeOf(unitConcepts(u)) }));
  const scopedApart = (a: (typeof numbers)[number], b: (typeof numbers)[number]) => {
    const wider = Math.max(0, ...text.tokens.map((_t, k) => (clause[k] === clause[b.first] ? scopeOf(conceptsAt(text, k)) : 0)));
    // (the noun's own phrase: the words it is said of before it, and its clause after it up to the number)
    const own = tally.clauses.find((c) => b.first >= c.first && b.last <= c.last);
    const inOwn = (k: number) => own !== undefined && k >= own.first - TALLY_OF_REACH && k <= own.last;
    return named.some((p) => p.at.some((k) => Math.abs(k - a.first) < Math.abs(k - b.first)) && !p.at.some(inOwn) && (p.scope === 0 || wider > p.scope));
  };
  // (an increase, "2 more died", "3 और लोगों की मौत", is never how many there are in all: the noun of count in its
  // sentence gives that, "taking the death toll to 9")
  if (!best || target === undefined || inTally(best) || totalAsked || isIncrease(text, best)) {
    const total = tally.numbers.find(
      (n) => numbers.includes(n) && !countsOtherThing(n) && !isOneInLetters(text, n) && !measureAfter(n),
    );
    const byCount = best !== undefined && target !== undefined && !inTally(best) && !isIncrease(text, best);
    if (total && !(byCount && scopedApart(best!, total))) {
      take(total, TALLY_DISTANCE);
      target = undefined;
      talliedBest = true;
    }
  }
  // a number that counts no word of its own, after what is counted in its sentence, counts it again when the
  // question's other words are said of it and not of the count found: asked how many people were injured,
  // "killing 14 people and injuring 37" answers 37, "9 श्रद्धालुओं की मौत हो गई और 30 से अधिक घायल" 30 (the
  // writing leaves out what is counted, as it has named it already)
  // (only in the next conjunct of the same sentence, across "and", and one that says nothing the question does not:
  // not "25 people, after 4 died overnight", "…and 2 died later in hospital", "…and over 200 lost their homes",
  // a part of them, more of them or another thing)
  // (joined by "and", by a word that opens a clause beside it, "जबकि 17 घायल हो गए", or by a comma right before
  // the number that makes it the next item of a list, "Five people were killed, 12 injured and 3 are missing")
  const conjunctAfter = (a: (typeof numbers)[number], b: (typeof numbers)[number]) => {
    const between = Array.from({ length: b.first - a.last - 1 }, (_v, k) => a.last + 1 + k);
    const joiner = between.findLast((k) => isCoordinator(text.tokens[k]!.norm) || opensClause(text.tokens[k]!.norm)) ?? (commaBetween(input, b.first - 1, b.first) ? b.first - 1 : undefined);
    if (joiner === undefined || [...between, b.first].some((k) => endsSentenceBetween(gap(input, k - 1, k)))) return false;
    // (and "others", अन्य: the same people, "17 others injured")
    const plain = (k: number) =>
      (k >= b.first && k < afterNumber(input, b.last)) || own.has(k) || isFunctionWord(input, k) || isOtherWord(text.tokens[k]!.norm) || conceptsAt(text, k).some((c) => QUALIFIERS.has(c));
    // (the conjunct ends where another clause or conjunct opens within it: "Four people were killed and 17 injured when a
    // hoarding fell", "…, 12 injured and 3 are missing")
    const opens = (k: number) => opensClause(text.tokens[k]!.norm) || (k > joiner + 1 && isCoordinator(text.tokens[k]!.norm));
    for (let k = joiner + 1; k < text.tokens.length && (k === joiner + 1 || !breaksPhrase(gap(input, k - 1, k))) && !opens(k); k++) if (!plain(k)) return false;
    return true;
  };
  // (one conjunct before another: a coordinator between them in one sentence, and no other number)
  const conjunctBefore = (a: (typeof numbers)[number], b: (typeof numbers)[number]) => {
    const between = Array.from({ length: b.first - a.last - 1 }, (_v, k) => a.last + 1 + k);
    return (
      between.some((k) => isCoordinator(text.tokens[k]!.norm)) &&
      ![...between, b.first].some((k) => endsSentenceBetween(gap(input, k - 1, k))) &&
      !text.numbers.some((n) => n.first > a.last && n.last < b.first)
    );
  };
  // (asked a length of time, a number that measures none never takes the place of one that does: "बचाव में 3 घंटे लगे
  // और 4 लोगों को निकाला गया", asked how long the rescue took)
  const keepsTime = (found: (typeof numbers)[number], n: (typeof numbers)[number]) => !asksLength || !measuresTime(input, found) || measuresTime(input, n);
  if (best && predicated(best) < 2) {
    const found: (typeof numbers)[number] = best;
    const elliptic = numbers.find(
      (n) =>
        n.first > found.last &&
        conjunctAfter(found, n) &&
        focus.some((t) => t < n.first) &&
        standing(n) >= standing(found) &&
        !countsAnother(n) &&
        !isOneInLetters(text, n) &&
        predicated(n) > predicated(found) &&
        keepsTime(found, n),
    );
    if (elliptic) {
      take(elliptic, COUNT_REACH);
      target = undefined;
    }
  }
  // and the other way: a number found only by what it counts, that nothing the question says is said of, gives way
  // to one in the conjunct before it that counts no word of its own and that the question's words are said of
  // outright: asked how many people died, "At least 14 died and two passengers are still missing" answers 14,
  // "১৪ জন মারা গিয়েছেন এবং দু'জন যাত্রী এখনও নিখোঁজ" ১৪ (the writing leaves out who died, as the sentence is about them)
  let statedBest = false;
  if (best && target !== undefined && predicated(best) === 0) {
    const found: (typeof numbers)[number] = best;
    const stated = numbers.findLast(
      (n) =>
        n.last < found.first &&
        found.first - n.last <= STATED_REACH &&
        conjunctBefore(n, found) &&
        predicated(n) === 2 &&
        standing(n) >= standing(found) &&
        !countsAnother(n) &&
        !isOneInLetters(text, n) &&
        keepsTime(found, n),
    );
    if (stated) {
      take(stated, COUNT_REACH);
      target = undefined;
      statedBest = true;
    }
  }
  if (!best && focus.length > 0) {
    best = onlyInClause(clause, focus, numbers.filter((n) => !isOneInLetters(text, n) && !countsAnother(n)), (n) => n.first, (a, b) => a.value === b.value);
  }
  // (and none near what is counted, one the asked happening is said of counts those it happened to: asked how many
  // people were arrested, "पुलिस ने 6 आरोपियों को गिरफ्तार किया, जबकि 2 लोगों की मौत हो गई थी" is 6)
  best ??= askedCounts.find((n) => numbers.includes(n));
  if (!best) return vagueCount(input, focus);
  // one that counts others something else happened to gives way to the nearest that the asked is said of, or to none:
  // asked how many were injured, "At least 7 people died and 25 were injured" is 25
  if (happeningCounted(best) === 'other') {
    const found: (typeof numbers)[number] = best;
    const asked = askedCounts.filter((n) => numbers.includes(n)).sort((a, b) => Math.abs(a.first - found.first) - Math.abs(b.first - found.first))[0];
    if (!asked) return undefined;
    best = asked;
  }
  // a restatement found nearest what is counted answers by the figure it restates: asked how much rainfall, "120 mm
  // (4.7 inches) of rainfall" is 120 mm
  const original = restated(best);
  if (original) {
    best = original;
    target = undefined;
  }
  let chosen = best;
  let of: number | undefined;
  let partFirst = false;
  // "three of the twelve servers", "20 out of 50 servers": the count is the number before the joiner
  const part = numbers.find((n) => {
    if (n.last >= best!.first || best!.first - n.last > 4) return false;
    return best!.first - n.last > 1 && isPartJoiner(text.tokens[n.last + 1]!.norm);
  });
  if (part) {
    of = best.value;
    chosen = part;
    partFirst = true;
  } else {
    // "5,000 में से लगभग 1,200", "৫০টির মধ্যে ২০টি": the whole it is a part of comes first, in the same
    // phrase ("1810 में, 300 लोग" is a year and a count)
    const whole = numbers.find(
      (n) => n.last < chosen.first && chosen.first - n.last <= 5 && isPartOfWhole(text.tokens[afterNumber(input, n.last)]?.norm ?? '') && joinedIn(input, n.last, chosen.first),
    );
    if (whole) of = whole.value;
    else {
      // the whole chosen, its part after it, that the question's words are said of at least as surely as of the
      // whole: asked how many were taken to hospital, "চারজনের মধ্যে তিনজনকে হাসপাতালে ভর্তি" is 3 of 4, asked
      // how many villages were flooded, "বন্যায় ৪০টি গ্রামের মধ্যে ২৫টি গ্রাম প্লাবিত" 25 of 40; asked how many
      // died, "মৃত পাঁচজনের মধ্যে দুজন শিশু" is 5, as nothing asked is said of the two
      // (past what the whole counts, when that is what the question counts: ৪০টি গ্রামের মধ্যে)
      const counted = afterNumber(input, chosen.last);
      const after = counted + 1 < text.tokens.length && focus.includes(counted) && joinedIn(input, counted, counted + 1) ? counted + 1 : counted;
      // (right after the word of the whole, or after one function word, में से; and fewer than the whole: "39 में" is no whole)
      const partOf = isPartOfWhole(text.tokens[after]?.norm ?? '')
        ? numbers.find(
            (n) =>
              (n.first === after + 1 || (n.first === after + 2 && isFunctionWord(input, after + 1))) &&
              n.value < chosen.value &&
              !isOneInLetters(text, n) &&
              joinedIn(input, chosen.last, n.first) &&
              predicated(n) > 0 &&
              predicated(n) >= predicated(chosen),
          )
        : undefined;
      if (partOf) {
        of = chosen.value;
        chosen = partOf;
      }
    }
  }
  // "30 to 50 thousand", "30 से 50 हजार": a range is one answer, its low end first, whichever end stands by
  // what is counted ("from 30 to 50" is a change, not a range)
  const rangeAfter = (low: (typeof text.numbers)[number]) => {
    const joiner = afterNumber(input, low.last);
    if (joiner >= text.tokens.length || !isRangeJoiner(text.tokens[joiner]!.norm) || (low.first > 0 && isChangeMarker(text.tokens[low.first - 1]!.norm))) return undefined;
    return text.numbers.find((n) => n.first === joiner + 1 && n.value > low.value);
  };
  const lower = of === undefined ? text.numbers.find((n) => n.last < chosen.first && rangeAfter(n) === chosen) : undefined;
  const upper = of === undefined && !lower ? rangeAfter(chosen) : undefined;
  const first = lower ? lower.first : of !== undefined && !partFirst ? numbers.find((n) => n.value === of && n.last < chosen.first)!.first : chosen.first;
  // the span runs on to what is counted across adjectives and qualifiers ("पांच मुख्य सर्वरों", "1,600 से अधिक
  // बार"), but a postposition that is not part of a qualifier ends the phrase: "दो आरोपियों को गिरफ्तार" is "दो आरोपियों"
  const qualifier = (k: number) => conceptsAt(text, k).some((c) => MORE.has(c) || ABOUT.has(c));
  const functionWord = (k: number) => isFunctionWord(input, k);
  const breaks = (k: number) => functionWord(k) && !qualifier(k) && !qualifier(k + 1);
  const chosenEnd = afterNumber(input, (upper ?? chosen).last) - 1;
  let last = chosenEnd;
  // (a count whose classifier and case are written onto it, তিনজনকে, is a whole phrase: what follows is no part;
  // so is one whose cased classifier stands apart after its digits, ৪৫ জনকে হলদিয়া মহকুমা হাসপাতালে: ৪৫ জনকে)
  const casedApart = chosenEnd + 1 < text.tokens.length && /^\s+$/.test(gap(input, chosenEnd, chosenEnd + 1)) && isClassifier(text.tokens[chosenEnd + 1]!.norm) && endsInCasedClassifier(text.tokens[chosenEnd + 1]!.norm);
  const closed = endsInCasedClassifier(text.tokens[chosenEnd]!.norm) ? chosenEnd : casedApart ? chosenEnd + 1 : undefined;
  if (partFirst && target !== undefined) last = target;
  // (asked a measure's value, a measure ends at its unit, "5 metres", and is the number alone when the measure
  // stands before it: "भूकंप की तीव्रता 5.6 मापी गई" is 5.6, not "5.6 मापी")
  else if (measure && isMeasureUnit(text.tokens[chosenEnd + 1]?.norm ?? '')) last = chosenEnd + 1;
  // (and a count a noun of count gives is the number alone, what it counts said before it, "मृतकों की संख्या … 30 पहुंच
  // गई", unless what is asked is written after it again: "rose to 15 people")
  else if (closed !== undefined) last = closed;
  else if ((talliedBest && chosen === best && !focus.includes(chosenEnd + 1)) || (target !== undefined && target < first && measure)) last = chosenEnd;
  // (nor does it run across a bracket: "412 (3.1%) couples" is 412)
  else if (
    target !== undefined &&
    target > chosenEnd &&
    !Array.from({ length: target - chosenEnd - 1 }, (_v, k) => breaks(chosenEnd + 1 + k)).some(Boolean) &&
    !Array.from({ length: target - chosenEnd }, (_v, k) => breaksName(gap(input, chosenEnd + k, chosenEnd + k + 1))).some(Boolean)
  )
    last = target;
  // (but a count taken as what the question's words are said of ends before them: "14 died" is 14)
  else if (chosenEnd + 1 < text.tokens.length && !functionWord(chosenEnd + 1) && !text.tokens[chosenEnd + 1]!.numeric && !(statedBest && predicates.has(chosenEnd + 1)) && !breaksName(gap(input, chosenEnd, chosenEnd + 1))) last = chosenEnd + 1;
  // (a word that names a measure with its unit, square, वर्ग, মেট্রিক, takes the unit after it: "7,000,000 वर्ग
  // किलोमीटर", "1.2 metric tonnes"; cut after it, the answer named no unit)
  if (last > chosenEnd && isUnitModifier(text.tokens[last]!.norm) && last + 1 < text.tokens.length && !functionWord(last + 1) && !text.tokens[last + 1]!.numeric && !breaksName(gap(input, last, last + 1))) last++;
  // what is counted runs to the end of its phrase: "Twelve fire tenders", a lexicon phrase whose every word the
  // question's counts
  if (target !== undefined && last === target) while (focus.includes(last + 1) && !breaksPhrase(gap(input, last, last + 1))) last++;
  // what is counted may take the question's next word too: how many square kilometres, कितने वर्ग किलोमीटर
  const focusUnit = input.plan.focus;
  // (in Hindi and Bengali only after a word that names a measure with its unit, वर्ग: they put the verb right
  // after what is counted, "कितने सर्वर हैक हुए")
  const { units } = input.plan;
  const verbFinal = isVerbFinal(input.plan.reading.language);
  // (nor past a plural, which ends what English counts: "how many people died" counts "Three devotees", not
  // "Three devotees died")
  const endsCounted = (end: number) => {
    const norm = input.plan.query.tokens[end]?.norm ?? '';
    return verbFinal ? !isUnitModifier(norm) : isWrittenPlural(norm, input.plan.reading.language);
  };
  const nextOf = (end: number) => (endsCounted(end) ? undefined : units.find((u) => u.at === end + 1));
  let nextUnit = focusUnit && target !== undefined && last === target ? nextOf(focusUnit.end) : undefined;
  while (nextUnit && last + 1 < text.tokens.length && unitPositions(text, nextUnit).includes(last + 1) && !breaksPhrase(gap(input, last, last + 1))) {
    last++;
    nextUnit = nextOf(nextUnit.end);
  }
  const qualifiedFirst = qualifierBefore(input, first);
  // a share ends at its percent, the sign with it: "40%", "40 प्रतिशत" (not the verb after it: ৪০% হ্যাক)
  // (a range of shares too, its sign or word after its high end: "30 to 40 per cent")
  const shareEnd = upper ?? chosen;
  const shareOf = share(shareEnd.last);
  const percentAt = shareOf ? percentWordEnd(input, shareEnd.last) : undefined;
  const written = span(input, qualifiedFirst ?? first, shareOf ? (percentAt ?? shareEnd.last) : last);
  const sign = shareOf && percentAt === undefined ? percentSignLength(input.body.slice(written.end)) : 0;
  const s = sign > 0 ? { ...written, end: written.end + sign, text: input.body.slice(written.start, written.end + sign).replace(/\s+/g, ' ') } : written;
  const before = qualifiedFirst === undefined ? [] : conceptsAt(text, qualifiedFirst);
  const more = before.some((c) => MORE.has(c)) || hasConcept(text, chosen.last + 1, target ?? chosen.last + 2, MORE) !== undefined;
  const less = before.some((c) => LESS.has(c));
  const about = before.some((c) => ABOUT.has(c)) || hasConcept(text, chosen.first - 2, chosen.first - 1, ABOUT) !== undefined;
  // the ends of a range, the multiplier the high end carries applied to the low end too (30 से 50 हजार: 30,000–50,000)
  const ends = lower ? [lower, chosen] : upper ? [chosen, upper] : undefined;
  const low = ends ? lowEnd(text, ends[0]!, ends[1]!) : chosen.value;
  const range = ends ? { low, high: ends[1]!.value } : { low: chosen.value };
  // asked how much, a sum of money in a currency the readings know answers as an amount, read with it (200
  // करोड़ रुपए: ₹200 crore; "about $5 million"; 10 से 12 करोड़ रुपए: ₹10 crore–₹12 crore)
  const high = ends?.[1] ?? chosen;
  const currency = !counting && !shareOf && of === undefined ? currencyOf(input, high) : undefined;
  if (currency !== undefined) {
    // the amount as written: from its qualifier and its currency's word or sign before it (over Rs 5 crore,
    // करीब 12 करोड़, $5 million) to its currency after it (12 करोड़ रुपए, not the verb after), and what it is in
    // when the source says (৫০ লাখ টাকার ক্রিপ্টোকারেন্সি)
    const wordBefore = isCurrencyWord(text, first - 1) ? first - 1 : undefined;
    const opening = wordBefore ?? first;
    const qualifierFirst = qualifierBefore(input, opening);
    const after = afterNumber(input, high.last);
    const closing = isCurrencyWord(text, after) ? after : after - 1;
    const tender = tenderAfter(input, closing);
    const amount = span(input, qualifierFirst ?? opening, tender?.end ?? closing);
    const sign = wordBefore === undefined ? (currencySignBefore(input.body.slice(Math.max(input.offset, amount.start - 3), amount.start))?.length ?? 0) : 0;
    const start = amount.start - sign;
    const shown = { start, end: amount.end, text: input.body.slice(start, amount.end).replace(/\s+/g, ' ') };
    const around = qualifierFirst === undefined ? [] : conceptsAt(text, qualifierFirst);
    const qualifiedSum = qualifierOf([...around, ...(more ? MORE : []), ...(less ? LESS : []), ...(about ? ABOUT : [])], 'sum');
    // (in a currency the readings know, read in it: ₹200 crore, $5 million; in another, €5 million, as a count)
    if (!currency) return { ...shown, readout: { kind: 'count', ...qualifiedSum, ...range }, value: { kind: 'count', n: low } };
    return { ...shown, readout: { kind: 'money', ...qualifiedSum, sign: CURRENCY[currency] ?? '', ...range, ...(tender ? { tender: tender.tender } : {}), ...eachOf(high) }, value: { kind: 'money', amount: low } };
  }
  const qualified = qualifierOf([...before, ...(more ? MORE : []), ...(less ? LESS : []), ...(about ? ABOUT : [])], 'count');
  const readout: Readout = { kind: 'count', ...qualified, ...range, ...(shareOf ? { percent: true } : {}), ...(of !== undefined ? { of } : {}), ...eachOf(high) };
  // a range counts as its low end, whichever end stood by what is counted, so two sayings of it agree
  return { ...s, readout, value: { kind: 'count', n: low } };
}

/**
 * With no number to give, a word that says how many without one (लाखों मरीजों, hundreds of flights) before
 * what is counted, in the same phrase: the count as the source gives it, read in English.
 */
function vagueCount(input: ExtractInput, focus: readonly number[]): ShortAnswer | undefined {
  const { tokens } = input.text;
  for (const t of focus) {
    for (let k = t - 1; k >= Math.max(0, t - COUNT_REACH); k--) {
      const quantity = vagueQuantityOf(tokens[k]!.norm);
      if (quantity === undefined) continue;
      if (!joinedIn(input, k, t)) break;
      const s = span(input, k, t);
      return { ...s, readout: { kind: 'vague', quantity }, value: { kind: 'words', text: s.text.toLowerCase() } };
    }
  }
  return undefined;
}

/** The sign of each currency the readings know (data CURRENCY_SIGNS, read the other way). */
const CURRENCY: Record<string, string> = Object.fromEntries(Object.entries(CURRENCY_SIGNS).map(([sign, c]) => [c, sign]));

/** The currencies whose signs the readings know: a sign written before a number says which it is. */
const SIGNS: Readonly<Record<string, string>> = CURRENCY_SIGNS;

/**
 * The currency of a number that is a sum of money, '' when its currency is none the readings know: a
 * currency written right after it (12 करोड़ रुपए, 5 million dollars), its word right before it (Rs 50) or
 * its sign (₹12 crore, $5 million: any currency sign); undefined when the number is no sum.
 */
function currencyOf(input: ExtractInput, n: AnalyzedText['numbers'][number]): string | undefined {
  const { text } = input;
  const sign = signOfNumber(input, n);
  if (sign !== undefined) return SIGNS[sign.sign] ?? '';
  const at = [afterNumber(input, n.last), n.first - 1].find((k) => isCurrencyWord(text, k));
  return at === undefined ? undefined : (conceptsAt(text, at).find((c) => CURRENCIES.has(c)) ?? '');
}

/** The currency sign written right before a number ($50,000, ₹ 5 lakh), with its length and the spaces after it. */
const signOfNumber = (input: ExtractInput, n: AnalyzedText['numbers'][number]) => {
  const { text } = input;
  return currencySignBefore(input.body.slice(n.first > 0 ? input.offset + text.tokens[n.first - 1]!.end : input.offset, input.offset + text.tokens[n.first]!.start));
};

/** Whether a number is a sum of money (passage.ts writtenAsSum, as ranking reads it). */
const isSum = (input: ExtractInput, n: AnalyzedText['numbers'][number]) => writtenAsSum(input.text, n);

/** What a sum may be paid in, when the source says (the concepts the readings name: in cryptocurrency, in cash). */
const TENDER_SET: Set<string> = new Set(TENDERS);
const isTender = (c: string): c is Tender => TENDER_SET.has(c);

/** A number said for each one (4-4 लाख रुपये: ₹4 lakh each; NumberPhrase.each), as a readout marks it. */
const eachOf = (n: AnalyzedText['numbers'][number]) => (n.each ? { each: true as const } : {});

/**
 * What an amount ending at `last` is paid in, when the source says (200 करोड़ रुपए की अनुमानित क्रिप्टो करेंसी, $5
 * million in cash): where its words end, and what it is paid in (TENDERS).
 */
function tenderAfter(input: ExtractInput, last: number): { end: number; tender: Tender } | undefined {
  const { text } = input;
  let end = hasConcept(text, last + 1, last + 4, TENDER_SET);
  if (end === undefined) return undefined;
  // (in the amount's own phrase, not another item of a list nor a word it makes with a hyphen: "Rs 50,000 and
  // cash-strapped farmers", "₹9 lakh, with cash", "₹5 crore. Cash was not accepted")
  const between = Array.from({ length: end - last - 1 }, (_v, k) => text.tokens[last + 1 + k]!.norm);
  if (!joinedIn(input, last, end) || between.some((w) => isCoordinator(w) || isDisjunction(w)) || (end + 1 < text.tokens.length && gap(input, end, end + 1) === '-')) return undefined;
  const tender = conceptsAt(text, end).find(isTender)!;
  while (end + 1 < text.tokens.length && conceptsAt(text, end + 1).includes(tender)) end++;
  return { end, tender };
}

/** How many words an item of a list before a which answer may have, for a denial before the list to reach the answer. */
const LIST_ITEM_WORDS = 3;

/**
 * Whether a currency's word stands joined to the number after it: spaces between, or the full stop of its
 * abbreviation (Rs. 5,000, रु. 10,000, Rs.10,000: data abbreviatedCurrencies); the full stop after another
 * word or code ends its sentence ("paid in rupees. 5 people were arrested", "paid in INR. 5 men…").
 */
const beforeNumber = (input: ExtractInput, k: number, number: number) => {
  const between = gap(input, k, number);
  return /^\s*$/.test(between) || (/^\.\s*$/.test(between) && isAbbreviatedCurrency(input.text.tokens[k]!.norm));
};

/** How far (in words) from a sum the question's words may stand to be said of it. */
const SUM_REACH = 3;
/** What the question asks the sum of (ransom, compensation) counts this many of its other words, beside a sum. */
const FOCUS_SAYS = 2;

/** Whether a number is followed, in its phrase, by a word of its own that no question word is and that it counts: a plural or people ("12 lakh patients", "12 लाख मरीजों"). */
function countsOwnWord(input: ExtractInput, n: AnalyzedText['numbers'][number]): boolean {
  const next = afterNumber(input, n.last);
  if (next >= input.text.tokens.length || !/^\s+$/.test(gap(input, next - 1, next)) || questionPositions(input).has(next)) return false;
  // (what it counts is a plural, or people: not a verb after a sum, "lost 12 lakh saved over decades", "4.5 लाख उड़ा लिए", nor "each")
  return isWrittenPlural(input.text.tokens[next]!.norm, input.language) || conceptsAt(input.text, next).some((c) => withParents(c).includes(PERSON));
}

/** How many words may stand between two sums that a coordinator joins into a list (the second's recipient, its qualifiers). */
const LIST_GAP = 8;

/**
 * The sums a coordinator joins into a list that shares one head word: where the verb comes last, each sum
 * but the last closed by the coordinator right after its currency, the head after the last ("परिजनों को
 * 10-10 लाख रुपये और घायलों को 2.5 लाख रुपये मुआवजा"); in English, each sum but the first opened by it, the head
 * before the first ("compensation of Rs 10 lakh to the families and Rs 2.5 lakh to the injured"). A sum
 * with a word of its own between it and the coordinator has its own head ("20 लाख रुपये के गहने और 5 लाख
 * रुपये नकद", "Rs 20 lakh and cash of Rs 5 lakh"), and is no part of one. Each sum of a list of two or more
 * maps to the list, in order.
 */
function sumLists(input: ExtractInput, numbers: readonly AnalyzedText['numbers'][number][]): Map<AnalyzedText['numbers'][number], AnalyzedText['numbers'][number][]> {
  const { text } = input;
  const verbFinal = isVerbFinal(input.language);
  // (where a sum's words end and begin: its currency's word after it, past a classifier, or before it)
  const ends = (n: AnalyzedText['numbers'][number]) => (isCurrencyWord(text, afterNumber(input, n.last)) ? afterNumber(input, n.last) : n.last);
  const starts = (n: AnalyzedText['numbers'][number]) => (isCurrencyWord(text, n.first - 1) ? n.first - 1 : n.first);
  const coordinatorAt = (k: number) => k >= 0 && k < text.tokens.length && isCoordinator(text.tokens[k]!.norm);
  const commaAt = (k: number) => k > 0 && k < text.tokens.length && commaBetween(input, k - 1, k);
  const out = new Map<AnalyzedText['numbers'][number], AnalyzedText['numbers'][number][]>();
  let list: AnalyzedText['numbers'][number][] = [];
  /** How each sum of the list after the first joins it: by a coordinator, or by a comma. */
  let joins: ('coordinator' | 'comma')[] = [];
  // (a list's last sum joins it by a coordinator: "১০ লক্ষ টাকা, … আড়াই লক্ষ টাকা এবং … ৫০ হাজার টাকা", "Rs 10
  // lakh to the families, Rs 2.5 lakh to … and Rs 50,000 to …"; sums only a comma parts are as often two clauses)
  const close = () => {
    while (joins.at(-1) === 'comma') {
      joins.pop();
      list.pop();
    }
    if (list.length > 1) for (const n of list) out.set(n, list);
  };
  for (const n of numbers.filter((x) => isSum(input, x))) {
    const last = list.at(-1);
    const from = last === undefined ? 0 : ends(last) + 1;
    const at = verbFinal ? from : starts(n) - 1;
    const by = coordinatorAt(at) ? 'coordinator' : commaAt(verbFinal ? from : starts(n)) ? 'comma' : undefined;
    const joined =
      last !== undefined &&
      by !== undefined &&
      starts(n) - from <= LIST_GAP &&
      !Array.from({ length: Math.max(0, n.first - from + 1) }, (_v, k) => from + k).some((k) => endsSentenceBetween(gap(input, k - 1, k)));
    if (!joined) {
      close();
      list = [];
      joins = [];
    } else joins.push(by);
    list.push(n);
  }
  close();
  return out;
}

/** An amount: the number with its currency, and what it is in ("in cryptocurrency") when the source says. */
function money(input: ExtractInput): ShortAnswer | undefined {
  const { text } = input;
  const numbers = text.numbers.filter((n) => !inClockTime(text, n.first) && !isYear(n.value));
  // of the sums (a currency's word or sign by the number), the one the question's words stand around, what it
  // asks the sum of counting twice ("stole $200,000 …, then demanded a ransom of $1 million": the ransom; "the
  // hospital, which earns ₹50 crore, to pay compensation of ₹10 lakh": the compensation), then the nearest to
  // that, then to any of them, then the first; with no sum, the last large number
  const { focus } = input.plan;
  // (a word across "and", और, এবং, or a comma stands further: "gold worth Rs 20 lakh and cash of Rs 5 lakh", "केंद्र
  // ने 2 लाख रुपये, राज्य सरकार ने 5 लाख रुपये": the state government is the second sum's)
  const step = (i: number) => (isCoordinator(text.tokens[i]!.norm) ? COORDINATOR_STEP : 1);
  const comma = (i: number) => (i > 0 && gap(input, i - 1, i).includes(',') ? COORDINATOR_STEP - 1 : 0);
  // (a currency the question names, कितने रुपये, stands by every sum: it tells none of them apart)
  const verbFinal = isVerbFinal(input.language);
  const units = input.plan.units
    .filter((u) => !unitConcepts(u).some((c) => CURRENCIES.has(c)))
    .map((u) => {
      const at = unitPositions(text, u);
      // (whether the word's nearest place to a list's edge is outside the list: the nearest, as its distance is)
      const beyond = (list: readonly (typeof numbers)[number][]) => {
        const edge = verbFinal ? list.at(-1)! : list[0]!;
        const d = (k: number) => (k < edge.first ? edge.first - k : k > edge.last ? k - edge.last : 0);
        const near = at.reduce((b, k) => (b === undefined || d(k) < d(b) ? k : b), undefined as number | undefined);
        return near !== undefined && (verbFinal ? near > edge.last : near < edge.first);
      };
      return { dist: distances(text.tokens.length, new Set(at), step, comma), weight: u === focus ? FOCUS_SAYS : 1, beyond };
    });
  const lists = sumLists(input, numbers);
  // (a word said of a whole list of sums, after it where the verb comes last and before it in English, stands as
  // near each of them: "परिजनों को 10-10 लाख रुपये और घायलों को 2.5 लाख रुपये मुआवजा" is compensation both)
  const distanceOf = (u: (typeof units)[number], n: (typeof numbers)[number]) => {
    const own = spanDistance(u.dist, n.first, n.last);
    const list = lists.get(n);
    if (!list) return own;
    const edge = verbFinal ? list.at(-1)! : list[0]!;
    return Math.min(own, spanDistance(u.dist, edge.first, edge.last) + (u.beyond(list) ? 0 : Infinity));
  };
  const nearest = (of: readonly (typeof units)[number][], n: (typeof numbers)[number]) => Math.min(Infinity, ...of.map((u) => distanceOf(u, n)));
  const around = (n: (typeof numbers)[number]) => units.reduce((sum, u) => sum + (distanceOf(u, n) <= SUM_REACH ? u.weight : 0), 0);
  const rank = (n: (typeof numbers)[number]) => [-around(n), nearest(units.filter((u) => u.weight > 1), n), nearest(units, n)];
  const before = (a: readonly number[], b: readonly number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
    return false;
  };
  // (a currency's own word, after the number in its phrase or before it: "paid ₹4 crore" is no sum from "paid",
  // "Rs 10 crore as ransom" none that runs on to "ransom"; nor the next sum's, past a coordinator: "between Rs 8
  // lakh and Rs 15 lakh")
  const joinsTwo = (k: number) => isCoordinator(text.tokens[k]!.norm) || isDisjunction(text.tokens[k]!.norm);
  const currencyWordOf = (n: (typeof numbers)[number]) =>
    [n.last + 1, n.last + 2, n.first - 1].find(
      (k) => isCurrencyWord(text, k) && (k < n.first ? beforeNumber(input, k, n.first) : joinedIn(input, n.last, k) && (k === n.last + 1 || !joinsTwo(n.last + 1))),
    );
  let pick: { n: (typeof numbers)[number]; currencyAt: number | undefined; sign: ReturnType<typeof currencySignBefore>; rank: number[] } | undefined;
  for (const n of numbers) {
    const at = currencyWordOf(n);
    // (a currency's sign right before the number, $50,000, makes it a sum as its word does)
    const sign = at === undefined ? signOfNumber(input, n) : undefined;
    const sum = at !== undefined || sign !== undefined;
    const pickedSum = pick !== undefined && (pick.currencyAt !== undefined || pick.sign !== undefined);
    if (sum && (!pickedSum || before(rank(n), pick!.rank))) pick = { n, currencyAt: at, sign, rank: rank(n) };
    // (a large number that counts a word of its own is no sum: "records of about 12 lakh patients")
    else if (!sum && !pickedSum && n.value >= 1e5 && !countsOwnWord(input, n)) pick = { n, currencyAt: undefined, sign: undefined, rank: [] };
  }
  if (!pick) return undefined;
  const { n, currencyAt, sign } = pick;
  const currency = currencyAt === undefined ? (sign && SIGNS[sign.sign]) : conceptsAt(text, currencyAt).find((c) => CURRENCY[c] !== undefined);
  const amountEnd = Math.max(n.last, currencyAt ?? n.last);
  const tender = tenderAfter(input, amountEnd);
  const opening = Math.min(n.first, currencyAt ?? n.first);
  const amount = span(input, opening, tender?.end ?? amountEnd);
  // (with its qualifier before it, and the sign between: "about ₹12 crore", "कम से कम 5 करोड़ रुपये")
  const qualifierFirst = qualifierBefore(input, opening);
  const start = qualifierFirst === undefined ? amount.start - (sign?.length ?? 0) : span(input, qualifierFirst, qualifierFirst).start;
  const s = { start, end: amount.end, text: input.body.slice(start, amount.end).replace(/\s+/g, ' ') };
  const qualified = qualifierFirst === undefined ? {} : qualifierOf(conceptsAt(text, qualifierFirst), 'sum');
  // (in a currency the readings know, read in it: ₹200 crore, $5 million; in another, as written: €4 million)
  // (a number said twice, 10-10 लाख, पांच-पांच लाख, is so much each: lang/values.ts repeatedEach)
  const readout: Readout | null =
    currency || !sign ? { kind: 'money', ...qualified, sign: currency ? (CURRENCY[currency] ?? '') : '', low: n.value, ...(tender ? { tender: tender.tender } : {}), ...eachOf(n) } : null;
  return { ...s, readout, value: { kind: 'money', amount: n.value } };
}

/** A clock hour read with the part of the day the source names: রাত ১০টা is 22:00, রাত ২টা is 2:00. */
function withPartOfDay(hour: number, part: string | undefined): number {
  if (hour >= 12 || part === undefined || part === 'morning') return hour;
  if (part === 'night') return hour >= 6 ? hour + 12 : hour;
  if (part === 'evening') return hour >= 3 ? hour + 12 : hour;
  if (part === 'afternoon') return hour <= 6 ? hour + 12 : hour;
  return hour;
}


interface TimeCandidate {
  first: number;
  last: number;
  value: TimeValue;
  /** The moments it names, as a readout says them (its season and relation are the value's). */
  moments: readonly Moment[];
  /**
   * Whether the words around it make it a time beyond doubt: a clock time, a month or a weekday, a year
   * with its era, decade, season, relation or a word that places something in it (in 1835, 1835 में,
   * ১৮৩৫ সালে, 1321 से 1323): such a number counts nothing. A year standing alone ("the figure was
   * 1200.") may as well be a count.
   */
  sure: boolean;
  /** A year read only as the one that dates a name before it ("the Schools Act of 1996 recognises"). */
  datesName?: boolean;
  /** A date and a clock time joined (withDates): the spans they stand on apart, by which the question's words around it are counted. */
  parts?: readonly (readonly [number, number])[];
}

/**
 * A date or year with the words that qualify it, where the passage's language writes them: a season
 * (the summer of 1521, 1521 की गर्मी, ১৫২১ সালের গ্রীষ্মে: a genitive may join them) and a relation (after
 * 1850, 1850 के बाद, ১৮৫০ সালের পরে), unless `related` is false. Neither is read across a phrase or a
 * sentence end, and the तक or পর্যন্ত that closes a period (1321 से 1323 तक) places nothing. The
 * candidate grows to hold them, and its value with them.
 */
function qualified(input: ExtractInput, norms: readonly string[], c: TimeCandidate, related = true): TimeCandidate {
  const n = norms.length;
  const { language } = input;
  const unbroken = (a: number, b: number) =>
    a >= 0 && b < n && joinedIn(input, a, b);
  const joiner = (k: number) => k >= 0 && k < n && isYearJoiner(norms[k]!, language);
  const isSeason = (k: number) => k >= 0 && k < n && seasonOf(norms[k]!) !== undefined;
  let { first, last } = c;
  let season: Season | undefined;
  let relation: TimeRelation | undefined;
  if (timeWordsFollow(language)) {
    const at = [last + 1, last + 2].find((k) => isSeason(k) && (k === last + 1 || joiner(last + 1)) && unbroken(last, k));
    if (at !== undefined) [season, last] = [seasonOf(norms[at]!), at];
    // (a year with a range joiner just before it ends a period: 1321 से 1323 तक, ১৯৪৭ সাল থেকে ১৯৭১ সাল পর্যন্ত)
    const ending = [first - 1, first - 2, first - 3].some((k) => k >= 0 && isRangeJoiner(norms[k]!));
    for (const k of related && !ending ? [last + 1, last + 2] : []) {
      if (k === last + 2 && !joiner(last + 1)) break;
      const r = timeRelationBeside(language, norms, k);
      if (r && unbroken(last, k + r.length - 1)) {
        [relation, last] = [r.relation, k + r.length - 1];
        break;
      }
    }
  } else {
    const at = [first - 1, first - 2].find((k) => isSeason(k) && (k === first - 1 || joiner(first - 1)) && unbroken(k, first));
    if (at !== undefined) [season, first] = [seasonOf(norms[at]!), at];
    const r = related ? timeRelationBeside(language, norms, first) : undefined;
    if (r && unbroken(first - r.length, first)) [relation, first] = [r.relation, first - r.length];
  }
  if (!season && !relation) return c;
  return { first, last, moments: c.moments, sure: true, value: { ...c.value, ...(season ? { season } : {}), ...(relation ? { relation } : {}) } };
}

/**
 * The times a passage writes: clock times with the day or part of the day before them (বুধবার সকাল
 * ৬টা৪৫ → Wednesday 6:45 am), dates (8 February 2007, May 18, 1756, जुलाई 1961), days (Wednesday,
 * yesterday) and years (in 1998).
 */
function timeCandidates(input: ExtractInput): TimeCandidate[] {
  const { text } = input;
  const tokens = text.tokens;
  const dayOf = (i: number) => conceptsAt(text, i).find((c) => DATE_CONCEPTS.has(c));
  const partOf = (i: number) => conceptsAt(text, i).find((c) => DAY_PART_CONCEPTS.has(c));
  const asked = askedNumbers(input);
  const numberAt = (i: number) => (i >= 0 && i < tokens.length && tokens[i]!.numeric ? Number(tokens[i]!.norm) : undefined);
  const norms = tokens.map((t) => t.norm);
  const used = new Set<number>();
  const out: TimeCandidate[] = [];
  const dayNumber = (k: number) => numberAt(k) !== undefined && writtenAsDayOfMonth(numberAt(k)!, tokens[k]!.norm);
  const datedMonth = (k: number) => dayNumber(k - 1) || dayNumber(k + 1);
  for (const t of text.times) {
    let first = tokens.findIndex((x) => x.start >= t.start);
    let last = -1;
    tokens.forEach((x, i) => {
      if (x.end <= t.end) last = i;
    });
    if (first < 0 || last < first) continue;
    let day: string | undefined;
    let part: string | undefined;
    for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
      const d = dayOf(i);
      const p = partOf(i);
      // a connecting word ("on Sunday at", "सुबह के") or a word of about (बुधवार तड़के करीब साढ़े तीन बजे) may stand
      // between, but the span starts at a day or a part of the day
      // (a month with its day of the month is a date, 18 नवंबर को दोपहर 3:40 बजे, read whole below and then joined)
      if (endsSentenceBetween(gap(input, i, i + 1)) || (d && !WEEKDAY_OR_RELATIVE.has(d) && datedMonth(i)) || (!d && !p && !isTimeJoiner(tokens[i]!.norm) && !conceptsAt(text, i).some((c) => ABOUT.has(c)))) break;
      if (d) day = d;
      if (p) part = p;
      if (d || p) first = i;
    }
    // a word of about right before it, a word after it that makes it approximate (রাত পৌনে ১১টা নাগাদ: data
    // aroundWords), and a day after it with what joins them ("3.40 pm on Wednesday") are its own
    if (first > 0 && conceptsAt(text, first - 1).some((c) => ABOUT.has(c)) && joinedIn(input, first - 1, first)) first--;
    if (last + 1 < tokens.length && isAroundWord(norms[last + 1]!, input.language) && joinedIn(input, last, last + 1)) last++;
    if (!day) {
      const at = last + 1 < tokens.length && isTimeJoiner(norms[last + 1]!) ? last + 2 : last + 1;
      // (a weekday or a relative day alone: a month after it opens a date, "10 am on July 15", read as it was)
      // (past a.m. or p.m. and its full stop too: "6:45 a.m. Wednesday", which the sentence does not end at)
      const joined = joinedIn(input, last, at) || (at < tokens.length && clockStopAfter(input, last) && /^\.\s+$/.test(gap(input, last, last + 1)) && (at === last + 1 || joinedIn(input, last + 1, at)));
      const d = at < tokens.length && joined ? conceptsAt(text, at).find((c) => WEEKDAY_OR_RELATIVE.has(c)) : undefined;
      if (d) {
        day = d;
        last = at;
      }
    }
    const hour = withPartOfDay(t.hour, part);
    for (let i = first; i <= last; i++) used.add(i);
    const moments: Moment[] = [{ kind: 'clock', hour, minute: t.minute, ...(day ? { day } : {}), ...(part ? { part } : {}) }];
    out.push({ first, last, moments, sure: true, value: { kind: 'time', ...(day ? { day } : {}), clock: { hour, minute: t.minute }, ...(part ? { part } : {}) } });
  }
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const m = monthAt(text, i);
    const d = m ? undefined : dayOf(i);
    if (m) {
      let first = i;
      let last = i;
      let date: number | undefined;
      let year: number | undefined;
      const before = numberAt(i - 1);
      const after = numberAt(i + 1);
      if (before !== undefined && writtenAsDayOfMonth(before, tokens[i - 1]!.norm) && !used.has(i - 1)) {
        date = before;
        first = i - 1;
      } else if (after !== undefined && writtenAsDayOfMonth(after, tokens[i + 1]!.norm)) {
        date = after;
        last = i + 1;
      }
      const y = numberAt(last + 1);
      if (y !== undefined && yearLike(y, tokens[last + 1]!.norm) && !breaksName(gap(input, last, last + 1).replace(',', ''))) {
        year = y;
        last++;
      }
      for (let k = first; k <= last; k++) used.add(k);
      if (year !== undefined && asked.has(String(year)) && date === undefined) continue;
      const moments: Moment[] = [{ kind: 'date', month: m, ...(date !== undefined ? { date } : {}), ...(year !== undefined ? { year } : {}) }];
      const c = qualified(input, norms, { first, last, moments, sure: true, value: { kind: 'time', day: m, ...(date !== undefined ? { date } : {}), ...(year !== undefined ? { year } : {}) } });
      for (let k = c.first; k <= c.last; k++) used.add(k);
      out.push(c);
    } else if (d) {
      let last = i;
      let part: string | undefined;
      if (i + 1 < tokens.length && partOf(i + 1)) {
        part = partOf(i + 1);
        last = i + 1;
      }
      for (let k = i; k <= last; k++) used.add(k);
      const moments: Moment[] = [{ kind: 'day', day: d, ...(part ? { part } : {}) }];
      out.push({ first: i, last, moments, sure: true, value: { kind: 'time', day: d, ...(part ? { part } : {}) } });
    }
  }
  const joined = (k: number) => k < tokens.length && !breaksPhrase(gap(input, k - 1, k));
  const functionWord = (k: number) => isFunctionWord(input, k);
  // (the head of the name of a thing or an event, capitalized: a year after it dates it, data thingHeads)
  const thing = (k: number) => k >= 0 && k < tokens.length && isLatinName(tokens[k]!.raw) && !tokens[k]!.numeric && !functionWord(k) && isThingHead(tokens[k]!.norm);
  for (const n of text.numbers) {
    if (n.first !== n.last || used.has(n.first)) continue;
    const raw = tokens[n.first]!.norm;
    if (!yearLike(n.value, raw) || asked.has(raw)) continue;
    // a year stands alone: "in 1998", "1998 में"; a number with what it counts after it is a count
    const next = tokens[n.first + 1];
    // 300 BC: the era is part of the year
    const era = next !== undefined && isEraWord(next.norm) && joined(n.first + 1);
    // 1950s, 1950 के दशक, ১৯৫০-এর দশকে: a decade, as analysis marks it (lang/decades.ts), up to its decade word
    const decade = [n.first + 1, n.first + 2].find((k) => k < tokens.length && isDecadeWord(tokens[k]!.norm) && conceptsAt(text, k).some(isDecadeConcept));
    // 1321 to 1323, 1321 से 1323: a period, both ends years
    const endYear = next !== undefined && isRangeJoiner(next.norm) && joined(n.first + 1) && joined(n.first + 2) ? numberAt(n.first + 2) : undefined;
    const period = endYear !== undefined && yearLike(endYear, tokens[n.first + 2]!.norm) && endYear > n.value && endYear - n.value < 1000;
    // (after "in", "since": a year, whatever word follows it: "in 1873 Danish engineer Erik Holm")
    const placed = n.first > 0 && isYearPreposition(tokens[n.first - 1]!.norm) && joined(n.first);
    // (1835 में: placed by a postposition, unless it counts out of a whole: 1200 में से 300)
    const placedAfter = next !== undefined && isYearPostposition(next.norm) && joined(n.first + 1) && !(n.first + 2 < tokens.length && isSourceMarker(tokens[n.first + 2]!.norm));
    const timeWord = next !== undefined && joined(n.first + 1) && conceptsAt(text, n.first + 1).some((c) => TIME_WORDS.has(c));
    // (a year written right after the name of a thing or an event, or after one and the word that joins a year, dates
    // it whatever follows: "the Schools Act of 1996 recognises", "the Nationality Act 1981"; so does one written as
    // the possessor of such a name: "2008's Tropical Storm Fay"; not a number after another name, "Route 1700 bus",
    // "Windows 2000 users", "In Mumbai 1200 people": data thingHeads)
    const before = n.first - 1;
    const possessor = next !== undefined && isGenitiveMarker(gap(input, n.first, n.first + 1).replace('’', "'") + next.norm);
    const datesName =
      writtenAsYear(n.value, tokens[n.first]!) &&
      ((thing(before) && joined(n.first)) ||
        (before > 0 && isYearJoiner(tokens[before]!.norm, input.language) && joined(n.first) && joined(before) && thing(before - 1)) ||
        (possessor && Array.from({ length: MAX_NAMED_WORDS }, (_v, j) => n.first + 2 + j).some((k) => thing(k) && joinedIn(input, n.first + 1, k))));
    // (what makes it a year whatever it dates; without it, only dating a name makes it one)
    const yearAnyway = !next || era || decade !== undefined || period || placed || functionWord(n.first + 1) || !joined(n.first + 1) || timeWord;
    if (!yearAnyway && !datesName) continue;
    const last = era ? n.first + 1 : decade ?? (period ? n.first + 2 : n.last);
    for (let k = n.first; k <= last; k++) used.add(k);
    const moments: Moment[] = [{ kind: 'year', year: n.value, ...(era ? { era: next.raw } : decade !== undefined ? { decade: true } : period ? { until: endYear } : {}) }];
    // (a period has its ends: the तक of "1321 से 1323 तक" closes it, it does not place it)
    // (placed, it is sure as four digits: "in 1873 Danish engineers built the dam" dates; three are as often
    // a count: "in 300 government hospitals")
    const placedYear = (placed || placedAfter) && writtenAsYear(n.value, tokens[n.first]!);
    const sure = era || decade !== undefined || period || placedYear || timeWord;
    // (a number of fewer digits with nothing that makes it a year is a count: "300 were selected on Monday")
    if (!sure && !(placed || placedAfter) && !writtenAsYear(n.value, tokens[n.first]!)) continue;
    // (one read only as dating a name is marked so: time() takes it last)
    const c = qualified(input, norms, { first: n.first, last, moments, sure, value: { kind: 'time', year: n.value }, ...(yearAnyway ? {} : { datesName: true }) }, !period);
    for (let k = c.first; k <= c.last; k++) used.add(k);
    out.push(c);
  }
  return withDates(input, out);
}

/** How many capitalized words after a year written as their possessor the head of the name may stand ("2008's Tropical Storm Fay"). */
const MAX_NAMED_WORDS = 3;

/** Most words that may join a date and the clock time after it: "November 18 at 3.40 pm", "18 नवंबर को दोपहर 3:40 बजे". */
const DATE_CLOCK_GAP = 2;

/**
 * A date of the month written right before a clock time, only joining words between (at, को), is one moment
 * with it: "18 नवंबर को दोपहर 3:40 बजे" (18 November 3:40 pm; read apart, the time kept the month and lost its
 * 18), "on November 18 at around 3.40 pm"; and past a comma when the clock time opens with its weekday ("23
 * नवंबर, बुधवार को सुबह 6:45 बजे"). Not a date that ends a period before the hours of each day (till November
 * 30, 10 pm to 6 am; 30 नवंबर तक, रात 10 बजे से), nor a date after the clock time ("earlier set for 10 am on
 * July 15, now on July 20": the span would reach the next clause's words). A moment that opens a range is
 * joined whole: asked until when, the range's other end answers (১৫ নভেম্বর বিকেল ৫টা থেকে … ৩০ নভেম্বর). A weekday
 * right before the date is joined too.
 */
function withDates(input: ExtractInput, candidates: TimeCandidate[]): TimeCandidate[] {
  const { tokens } = input.text;
  const joins = (date: TimeCandidate, clock: TimeCandidate) => {
    const [a, b] = [date.last, clock.first];
    if (b <= a || b - a - 1 > DATE_CLOCK_GAP) return false;
    const comma = clock.value.day !== undefined;
    for (let k = a; k < b; k++) if (!(comma && k === a ? /^\s*,?\s*$/ : /^\s+$/).test(gap(input, k, k + 1))) return false;
    for (let k = a + 1; k < b; k++) if (!isTimeJoiner(tokens[k]!.norm)) return false;
    return true;
  };
  // (a day of a month: 18 November, with its weekday or clock time where joined)
  const monthDate = (d: TimeCandidate) => d.value.date !== undefined && MONTH_SET.has(d.value.day ?? '');
  const isDate = (d: TimeCandidate) => monthDate(d) && d.value.clock === undefined && d.value.relation === undefined;
  const out = [...candidates];
  for (const c of candidates) {
    const weekday = c.value.day !== undefined && WEEKDAY_OR_RELATIVE.has(c.value.day);
    if (c.value.clock === undefined || (c.value.day !== undefined && !weekday)) continue;
    const date = out.find((d) => isDate(d) && joins(d, c));
    if (!date) continue;
    const joined: TimeCandidate = {
      first: date.first,
      last: c.last,
      moments: [...date.moments, ...c.moments],
      sure: true,
      parts: [
        [date.first, date.last],
        [c.first, c.last],
      ],
      value: { ...date.value, clock: c.value.clock, ...(c.value.part ? { part: c.value.part } : {}) },
    };
    out.splice(out.indexOf(c), 1, joined);
    out.splice(out.indexOf(date), 1);
  }
  // a weekday written right before a date, a comma or nothing between, is that date's ("on Wednesday, November 23
  // at 6:45 am", "बुधवार, 23 नवंबर को सुबह 6:45 बजे"): one moment with it, which alone the weekday would stand for;
  // not a weekday that dates a saying ("announced on Thursday, November 30 would be a holiday") nor a date in the
  // genitive, which names another thing ("मंगलवार, 14 नवंबर के हमले के आरोपी")
  const weekdayOnly = (w: TimeCandidate) => WEEKDAY_SET.has(w.value.day ?? '') && w.value.clock === undefined && w.value.date === undefined;
  for (const w of [...out]) {
    if (!weekdayOnly(w) || datesSaying(input, w)) continue;
    const date = out.find((d) => d.first === w.last + 1 && monthDate(d) && /^\s*,?\s*$/.test(gap(input, w.last, d.first)) && !inGenitive(input, d));
    if (!date) continue;
    const joined: TimeCandidate = { first: w.first, last: date.last, moments: [...w.moments, ...date.moments], sure: true, parts: [[w.first, w.last], ...(date.parts ?? [[date.first, date.last] as const])], value: date.value };
    out.splice(out.indexOf(date), 1, joined);
    out.splice(out.indexOf(w), 1);
  }
  return out;
}

/** Concepts after a year that keep it a year ("1998 season" is not; "in 1998 the" is). */
const TIME_WORDS = new Set(['year', 'month', 'week']);

/** How much of a moment a time gives: a clock time with its day, a full date, a year alone. */
const completeness = (v: TimeValue) => (v.clock ? 2 : 0) + (v.day ? 1 : 0) + (v.date !== undefined ? 1 : 0) + (v.year !== undefined ? 1 : 0);

/**
 * How much of the question stands around a span: each of the question's units counts 1 when the span
 * holds it, less the further its nearest occurrence stands (1/2 a word away, 1/3 two words away…), and
 * nothing beyond NAME_REACH; a common word counts as much as a rare one, as all of them are words of the
 * question the passage was chosen for. Of two years each a word from one of the question's words, the
 * one beside most of them answers ("the Coastal Fisheries Act 1962 and the Harbour Safety Act 1987":
 * 1987 for the Harbour Safety Act). 0 when no unit stands within reach.
 */
function unitSupport(input: ExtractInput, byUnit: readonly number[][]): (first: number, last: number) => number {
  const dists = byUnit.map((at) => distances(input.text.tokens.length, new Set(at)));
  return (first, last) =>
    dists.reduce((sum, dist) => {
      const d = spanDistance(dist, first, last);
      return sum + (d <= NAME_REACH ? 1 / (1 + d) : 0);
    }, 0);
}

/**
 * Whether a time dates a saying rather than what was said: "officials said on Tuesday", "said Tuesday",
 * पुलिस ने मंगलवार को बताया, কর্তৃপক্ষ মঙ্গলবার জানিয়েছে (a word of telling, data sayingWords, right before
 * the time, or right after it in Hindi and Bengali, one joining word between at most). A news report dates
 * its telling so; a question that asks about no telling is not answered by it.
 */
function datesSaying(input: ExtractInput, c: TimeCandidate): boolean {
  const { tokens } = input.text;
  const saying = (k: number) => sayingAt(input, k);
  const joined = (a: number, b: number) => /^\s+$/.test(gap(input, a, b));
  if (isVerbFinal(input.language)) {
    let k = c.last + 1;
    if (k < tokens.length && isTimeJoiner(tokens[k]!.norm) && joined(c.last, k)) k++;
    return saying(k) && joined(k - 1, k);
  }
  let k = c.first - 1;
  if (k >= 0 && isTimeJoiner(tokens[k]!.norm) && joined(k, c.first)) k--;
  return (saying(k) && joined(k, k + 1)) || (saying(c.last + 1) && joined(c.last, c.last + 1));
}

/** How many words from a time its verb group's future form may stand (datesFuture). */
const FUTURE_REACH = 12;

/**
 * Whether a time dates what the passage says will happen: a future form (data futureForms: करेगी, হবে, will)
 * stands in its clause on its verb's side, after it where the verb comes last (সোমবার … একটি দল ঘটনাস্থল
 * পরিদর্শন করবে: on Monday a team will visit the site), before it in English ("a team will visit the site on
 * Monday"), within FUTURE_REACH words, with nothing between that the time may date instead: another time, a word
 * that joins or opens another clause or tells a saying (सोमवार रात आग लगी और मंगलवार को जांच होगी: Monday night is
 * the fire's), a past form (data pastForms; an English verb written as a past), which says what happened at the
 * time ("रविवार रात लगी आग की जांच फॉरेंसिक टीम करेगी", "families of those killed in the collapse on Monday"), or a
 * word of the question that names the event it asks the time of (`asked`: "the toll will rise after the attack on
 * Friday"; not any of its words, which the plan's own clause may hold: "The court will hear the case on Monday"), and
 * not a time in the genitive, which names its thing (১২ মার্চের সাইবার হামলার তদন্ত করবে). Asked when something
 * happened (QuestionPlan.asksPast, not asksFuture), a plan's date does not answer: "তেঁতুলতলা বাজারে আগুন কখন লাগলো?"
 * is not answered by the Monday the forensic team will come.
 */
function datesFuture(input: ExtractInput, c: TimeCandidate, clause: readonly number[], candidates: readonly TimeCandidate[], asked: ReadonlySet<number>): boolean {
  const { tokens } = input.text;
  const { language } = input;
  if (inGenitive(input, c) || endsAsGenitive(tokens[c.last]!.norm)) return false;
  const forward = isVerbFinal(language);
  const step = forward ? 1 : -1;
  const past = (norm: string) => isPastForm(norm, language) || (language === 'en' && isWrittenPast(norm, stemEnglish(norm), language));
  for (let k = forward ? c.last + 1 : c.first - 1, words = 0; k >= 0 && k < tokens.length && clause[k] === clause[c.first] && words < FUTURE_REACH; k += step, words++) {
    const norm = tokens[k]!.norm;
    if (isFutureForm(norm, language)) return true;
    if (joinsClauses(norm) || sayingAt(input, k) || past(norm) || asked.has(k) || candidates.some((d) => d !== c && d.first <= k && k <= d.last)) return false;
  }
  return false;
}

/** Whether a time is in the genitive, its marker written apart after it (1348-1350 के, 14 नवंबर के हमले): it names which thing is meant. */
const inGenitive = (input: ExtractInput, c: TimeCandidate) =>
  c.last + 1 < input.text.tokens.length && isGenitiveMarker(input.text.tokens[c.last + 1]!.norm) && /^\s+$/.test(gap(input, c.last, c.last + 1));

/** What a time in the genitive counts of the question's words around it (time()). */
const GENITIVE_TIME_SHARE = 0.5;

/** Whether a time gives the part of it a question asks for (QuestionPlan.timePart): a year or a month must be given; the hour need not be. */
const GIVES_PART: Partial<Record<TimePart, (value: TimeValue) => boolean>> = {
  year: (value) => value.year !== undefined,
  month: (value) => MONTH_SET.has(value.day ?? ''),
};

/**
 * A time: of the times a passage writes, the one most of the question's words stand around, then the
 * most complete; none beyond NAME_REACH of all of them, unless the passage holds none of the question's
 * words at all. A question asked by the year or the month ("what year", किस साल, কোন মাসে) is answered only
 * when that time gives one: another year further from its words (since 2008, the year a building was
 * built) is not the event's.
 */
function time(input: ExtractInput): ShortAnswer | undefined {
  const askedSaying = asksSaying(input.plan);
  const written = timeCandidates(input);
  const clause = clauseNumbers(input);
  // (where the question's words that name an event stand: a time beside one, before a future verb, dates that event)
  const asked = new Set(input.plan.units.filter(isEvent).flatMap((u) => unitPositions(input.text, u)));
  const candidates = written.filter((c) => (askedSaying || !datesSaying(input, c)) && (!input.plan.asksPast || input.plan.asksFuture || !datesFuture(input, c, clause, written, asked)));
  if (candidates.length === 0) return undefined;
  const byUnit = input.plan.units.map((u) => unitPositions(input.text, u));
  const anywhere = byUnit.some((at) => at.length > 0);
  const support = unitSupport(input, byUnit);
  let best: { c: TimeCandidate; support: number; complete: number } | undefined;
  // a time in the genitive, its marker written after it (1348-1350 के आखिरी प्लेग ने), names which thing is
  // meant rather than dating what the clause says happened (ओस्लो को 1654 में तबाह किया): it counts half the
  // question's words around it
  for (const c of candidates) {
    // (a date and a clock time joined stand by what each stands by, not by all that their span reaches: "earlier
    // scheduled on July 15 at 10 am, will now be held on July 20")
    const around = c.parts ? Math.max(...c.parts.map(([a, b]) => support(a, b))) : support(c.first, c.last);
    const held = around * (inGenitive(input, c) ? GENITIVE_TIME_SHARE : 1);
    if (anywhere && held === 0) continue;
    const complete = completeness(c.value);
    // (a year read only as dating a name answers when no other time stands by the question's words: "invoked the
    // Disaster Act 2005 empowering officials on Tuesday" was invoked on Tuesday)
    const order = !best ? 1 : Math.sign(Number(!c.datesName) - Number(!best.c.datesName)) || Math.sign(held - best.support) || Math.sign(complete - best.complete);
    if (order > 0) best = { c, support: held, complete };
  }
  // none within reach: a long verb-final clause may put its time far from the words it dates (the subject
  // first, the time just before the verb at the end): the one time of the one clause that holds the question's words
  if (!best && anywhere) {
    const only = onlyInClause(clause, byUnit.flat(), candidates, (c) => c.first, (a, b) => sameMoment(a.value, b.value));
    if (only) best = { c: only, support: 0, complete: completeness(only.value) };
  }
  if (!best) return undefined;
  let { c } = best;
  // asked until when, a time that another runs or was moved to from answers by that other: "extended the deadline
  // from July 15 to July 31", "15 जुलाई से बढ़ाकर 31 जुलाई", "১৫ জুলাই থেকে ৩১ জুলাই পর্যন্ত" (the joiner right after
  // the first, the second a few words on in its phrase)
  const joiner = c.last + 1;
  if (input.plan.asksUntil && joiner < input.text.tokens.length && isRangeJoiner(input.text.tokens[joiner]!.norm)) {
    const to = candidates.find((d) => d.first > joiner && d.first - joiner <= UNTIL_REACH && joinedIn(input, c.last, d.first));
    if (to) c = to;
  }
  // asked the hour, a day gives way to the clock time its clause writes with it ("on Wednesday (November 18) at
  // around 3.40 pm", "on Monday evening in the crowded market of the old city at 6.45 pm"; past commas only where
  // nothing but times stands between, "on Wednesday, November 18, at 3.40 pm"); not to one of another conjunct or
  // clause ("on Friday, two days after a meeting held at 4 pm", "मंगलवार रात को हुआ और घायलों को बुधवार सुबह 4 बजे");
  // a day alone still answers
  if (input.plan.timePart === 'hour' && c.value.clock === undefined) {
    const from = c;
    const timeWord = (k: number) =>
      isFunctionWord(input, k) || input.text.tokens[k]!.numeric || candidates.some((d) => d.first <= k && k <= d.last) || conceptsAt(input.text, k).some((x) => DATE_CONCEPTS.has(x) || DAY_PART_CONCEPTS.has(x));
    const withDay = (d: TimeCandidate) => {
      const [a, b] = d.last < from.first ? [d.last, from.first] : [from.last, d.first];
      if (b - a - 1 > TIME_PHRASE_GAP) return false;
      let comma = false;
      for (let k = a; k < b; k++) {
        if (endsSentenceBetween(gap(input, k, k + 1)) || (k > a && isCoordinator(input.text.tokens[k]!.norm))) return false;
        comma ||= gap(input, k, k + 1).includes(',');
      }
      return !comma || Array.from({ length: b - a - 1 }, (_v, j) => a + 1 + j).every(timeWord);
    };
    const clocked = candidates.find((d) => d.value.clock !== undefined && d !== from && withDay(d));
    if (clocked) c = clocked;
  }
  const gives = input.plan.timePart && GIVES_PART[input.plan.timePart];
  if (gives && !gives(c.value)) {
    // a weekday and the date written beside it are one time (Wednesday, 23 November 2022): the date's year or month answers
    const beside = candidates.find((d) => gives(d.value) && (d.first === c.last + 1 || d.last === c.first - 1) && /^[\s,]*$/.test(gap(input, Math.min(c.last, d.last), Math.max(c.first, d.first))));
    if (beside === undefined) return undefined;
    c = beside;
  }
  const s = span(input, c.first, c.last);
  const { relation, season } = c.value;
  return { ...s, readout: { kind: 'time', moments: c.moments, ...(relation ? { relation } : {}), ...(season ? { season } : {}) }, value: c.value };
}

/** The text between two adjacent tokens. */
function gap(input: ExtractInput, a: number, b: number): string {
  return input.body.slice(input.offset + input.text.tokens[a]!.end, input.offset + input.text.tokens[b]!.start);
}

/** Whether the text between two tokens is a comma alone (with spaces). */
function commaBetween(input: ExtractInput, a: number, b: number): boolean {
  return /^\s*,\s*$/.test(gap(input, a, b));
}

/** Whether tokens a to b stand in one phrase: no phrase break nor sentence end between any two of them. */
function joinedIn(input: ExtractInput, a: number, b: number): boolean {
  // (a position past the passage's last word joins nothing: "…Section 420 IPC and later arrested.")
  if (b >= input.text.tokens.length) return false;
  for (let k = a; k < b; k++) {
    const g = gap(input, k, k + 1);
    if (breaksPhrase(g) || endsSentenceBetween(g)) return false;
  }
  return true;
}

/**
 * For each token, how far (in tokens) the nearest of the given positions stands: two passes, linear in the
 * passage. `step` is what reaching a token costs (1 by default): a coordinator that opens another conjunct
 * may cost more.
 */
function distances(length: number, positions: ReadonlySet<number>, step: (i: number) => number = () => 1, crossing: (i: number) => number = () => 0): number[] {
  const out = new Array<number>(length).fill(Infinity);
  let d = Infinity;
  for (let i = 0; i < length; i++) {
    d = positions.has(i) ? 0 : d + step(i) + crossing(i);
    out[i] = d;
  }
  d = Infinity;
  for (let i = length - 1; i >= 0; i--) {
    d = positions.has(i) ? 0 : d + step(i) + (i + 1 < length ? crossing(i + 1) : 0);
    out[i] = Math.min(out[i]!, d);
  }
  return out;
}

/** How far a span stands from the nearest of the positions the distances were measured to (0 when it holds one). */
function spanDistance(dist: readonly number[], first: number, last: number): number {
  let d = Infinity;
  for (let i = first; i <= last; i++) d = Math.min(d, dist[i]!);
  return d;
}

/** Tokens of a passage that stand for one of the question's units. */
function questionPositions(input: ExtractInput): Set<number> {
  return new Set(input.plan.units.flatMap((u) => unitPositions(input.text, u)));
}

/** How far (in words) from the question's own words a name or a time may stand and still answer it. */
const NAME_REACH = 12;

/** How far (in words) a name may stand before or after the question's words to be their subject or object. */
const ROLE_REACH = 3;

/**
 * Whether the whole title the question calls someone by (as many words as the question writes it in) stands
 * right before `first`, and the name there opens with no title of its own: "Chief Secretary Rajiv Sinha" is
 * not called chief minister, nor "Director General of Police X" director.
 */
function titleBefore(input: ExtractInput, first: number, identity: QueryUnit): boolean {
  // (by the title itself, in any form, not a broader concept it is a kind of: "SP" is an official, and so is a
  // plant manager, but only पुलिस अधीक्षक is called SP)
  const at = new Set(unitPositions(input.text, { ...identity, alts: identity.alts.filter((a) => !a.broader) }));
  // (in another language the title may take fewer words: जिलाधिकारी, "district magistrate")
  const words = input.plan.reading.language === input.language ? identity.end - identity.at + 1 : 1;
  // (a title of address opening the name holds no office: "CEO Dr Kavitha Rao" is the CEO)
  const norm = input.text.tokens[first]?.norm ?? '';
  if (first < words || (isNameTitle(norm) && !isHonorific(norm))) return false;
  return Array.from({ length: words }, (_v, j) => first - 1 - j).every((k) => at.has(k));
}

/**
 * Whether the title that ends at `last` (the question's own words, `near`, written before a name) is qualified
 * by the word before it as another office or holder: former, deputy, पूर्व, উপ (data officeQualifiers), or, where
 * English capitalizes a title with its qualifiers (`capitalized`), any capitalized word the question does not
 * hold ("Deputy Chief Minister", "Assam Chief Minister": not surely the one asked).
 */
function qualifiedTitle(input: ExtractInput, last: number, near: ReadonlySet<number>, capitalized: boolean): boolean {
  const { tokens } = input.text;
  // (a qualifier may be joined by a hyphen, Ex-Chief Minister; one the question asks with is part of the title
  // asked, "who is the vice-chair": his vice-Chair X)
  const joinedTitle = (k: number) => gap(input, k - 1, k) !== '' && /^\s*-?\s*$/.test(gap(input, k - 1, k));
  let first = last;
  while (first > 0 && near.has(first - 1) && joinedTitle(first)) first--;
  if (first === 0 || !joinedTitle(first)) return false;
  const before = tokens[first - 1]!;
  return isOfficeQualifier(before.norm) || (capitalized && isLatinName(before.raw) && !isStopword(before.norm, 'en'));
}

/**
 * How many words may describe a doer between "by" and the name ("by cyber security researcher X"; "by the
 * security firm X"): written in small letters, each an article or a word of content, none a verb form
 * (so not "by hackers targeting Microsoft", whose name is what was targeted).
 */
const DESCRIPTION_REACH = 3;

/** The agent marker ("by") that a name's phrase opens with, right before it or before a short description of it; -1 when none is. */
function agentMarkerBefore(input: ExtractInput, first: number): number {
  const { tokens } = input.text;
  for (let k = first - 1; k >= Math.max(0, first - 1 - DESCRIPTION_REACH); k--) {
    if (!joinedIn(input, k, k + 1)) return -1;
    const { raw, norm } = tokens[k]!;
    if (isAgentMarker(norm)) return k;
    // (a word of a script with capitals, in small letters: Hindi and Bengali write their doer's marker after the name)
    const small = raw === raw.toLowerCase() && raw !== raw.toUpperCase();
    // (nor a word of time or of a place: "by the time the minister reached" says when, "found by the river Ganga"
    // where, not who)
    const setting = inClockTime(input.text, k) || isPlaceHead(norm) || conceptsAt(input.text, k).some((c) => TIME_HEADS.has(c) || DATE_CONCEPTS.has(c) || DAY_PART_CONCEPTS.has(c));
    const describes = small && !setting && (isArticle(norm) || (!isStopword(norm, input.language) && !isWrittenParticiple(norm, input.language)));
    // (the word before the name says what kind of actor it is, "researcher", "firm": not "a mob outside X")
    // (an article right before the name describes nothing: "by the Lazarus group")
    if (!describes || (k === first - 1 && !isArticle(norm) && !conceptsAt(input.text, k).some((c) => withParents(c).some((p) => ACTOR_CONCEPTS.has(p))))) return -1;
  }
  return -1;
}

/**
 * Where the passage writes the verb a who question asks who underwent (QuestionPlan.undergone); undefined
 * when it asks no such thing or the passage does not write that verb, whose doer may then answer as any
 * name does ("Who was involved in the hack?": लाजरस ग्रुप ने … हैक किया).
 */
function undergoneIn(input: ExtractInput): ReadonlySet<number> | undefined {
  const verb = input.plan.undergone;
  const at = verb ? unitPositions(input.text, verb) : [];
  return at.length > 0 ? new Set(at) : undefined;
}

/** Whether a token opens its passage or its sentence. */
function opensSentence(input: ExtractInput, k: number): boolean {
  return k === 0 || endsSentenceBetween(gap(input, k - 1, k));
}

/** Whether a name stands in apposition, set off by commas on both sides: "the company's operations manager, Sandeep Katoch, had been arrested". */
function inApposition(input: ExtractInput, n: NameSpan): boolean {
  return n.first > 0 && n.last + 1 < input.text.tokens.length && gap(input, n.first - 1, n.first).trim() === ',' && gap(input, n.last, n.last + 1).trim() === ',';
}

/**
 * Whether a name before the asked passive verb is its subject: nothing between them opens another clause
 * or names another one ("Chinese hackers behind the attack were arrested"), as a word of telling, a
 * coordinator, a postposition or the genitive, another's object marker, a comma or a sentence end, or
 * another name (not a day or a month) would ("Delhi Police on Monday said the gang leader was arrested",
 * "Delhi Police raided a flat and two men were arrested", दिल्ली पुलिस के मुताबिक…, দিল্লি পুলিশের দাবি…,
 * "…blamed after AIIMS was hacked").
 */
function subjectOfPassive(input: ExtractInput, n: NameSpan, verb: ReadonlySet<number>): boolean {
  const { text } = input;
  const v = Math.min(...[...verb].filter((k) => k > n.last));
  if (!Number.isFinite(v) || n.marker !== undefined) return false;
  // (a name in apposition is the subject its clause goes on from past the closing comma)
  const apposed = inApposition(input, n);
  for (let k = n.last + 1; k < v; k++) {
    const norm = text.tokens[k]!.norm;
    if ((breaksPhrase(gap(input, k - 1, k)) && !(apposed && k === n.last + 1)) || endsSentenceBetween(gap(input, k - 1, k)) || isSayingWord(norm) || isCoordinator(norm) || isCompoundPostposition(norm) || isGenitiveMarker(norm) || isObjectMarker(norm)) return false;
    // (a day or a month is no other name: "were on Monday arrested")
    const dated = conceptsAt(text, k).some((c) => DATE_CONCEPTS.has(c));
    if (!dated && (isLatinName(text.tokens[k]!.raw) || conceptsAt(text, k).some((c) => concept(c)?.entity))) return false;
  }
  return !breaksPhrase(gap(input, v - 1, v)) && !endsSentenceBetween(gap(input, v - 1, v));
}

/** How many words from the asked verb its auxiliary of the passive may stand: before it in English ("were on Monday arrested"), after it in Hindi and Bengali (गिरफ्तार किया गया). */
const PASSIVE_REACH = 3;

/** Whether the passage writes the verb a who question asks who underwent in the passive: an undergoing auxiliary beside it, in the same phrase. */
function writtenPassive(input: ExtractInput, verb: ReadonlySet<number>): boolean {
  const { tokens } = input.text;
  const after = isVerbFinal(input.language);
  for (const v of verb) {
    for (let d = 1; d <= PASSIVE_REACH; d++) {
      const k = after ? v + d : v - d;
      if (k < 0 || k >= tokens.length || !joinedIn(input, Math.min(k, v), Math.max(k, v))) break;
      if (undergoes(tokens[k]!.norm, tokens[k - 1]?.norm, input.language)) return true;
    }
  }
  return false;
}

/**
 * Whether a name, or the list it heads, is the one a word of telling tags its clause with, the clause ending at
 * most TAG_REACH words on: it tells of what is asked, it did not do it ("attacked by angry villagers, Ramesh and
 * Suresh said", "…, SDM Anil Rao told reporters.", "…carried out by hackers, Delhi Police said."); not the
 * subject telling what follows ("AIIMS director Dr Randeep Guleria said the servers were restored"), who may
 * be the one asked about, nor one a word of telling the question asks with tags.
 */
function tellsOf(input: ExtractInput, n: NameSpan, near: ReadonlySet<number>): boolean {
  const { tokens } = input.text;
  const joined = (a: number, b: number) => joinedIn(input, a, b);
  const saying = (k: number) => sayingAt(input, k);
  let told = n.last + 1;
  while (told + 1 < tokens.length && joined(told - 1, told) && (isCoordinator(tokens[told]!.norm) || (/^\p{Lu}/u.test(tokens[told]!.raw) && !saying(told)))) told++;
  const tagEnds = (k: number) => k >= tokens.length || !joined(k - 1, k);
  const tags = Array.from({ length: TAG_REACH + 1 }, (_v, j) => told + 1 + j).some((k) => tagEnds(k) && Array.from({ length: k - told - 1 }, (_w, i) => told + 1 + i).every((i) => !near.has(i)));
  return saying(told) && joined(told - 1, told) && !near.has(told) && tags;
}

/**
 * How surely the writing makes a name the one asked about, by its relation to the question's own words:
 * 3 when it has the case the question asks for (किसने: X ने; কাকে: Xকে) or is the doer of a passive verb
 * ("recovered by Harlan Ostrow", "नफ़्ज़र द्वारा"); 2 when it is the subject right before the question's words ("Nila
 * Sharma performed the opening song"), stands in apposition after them ("the last Prime Minister …,
 * Oskar Velden"), or, for a question word with no case, is closed by a doer's marker or a copula (X ने,
 * X थे); 1 when it follows them ("beat … Bluefield Rangers"); 0 when nothing ties it to
 * them; -1 when it has another case than the one asked, or, for who underwent a verb the passage writes
 * (`verb`: undergoneIn), when it is that verb's doer.
 */
function roleOf(input: ExtractInput, n: NameSpan, near: ReadonlySet<number>, wanted: ReadonlySet<string> | undefined, verb: ReadonlySet<number> | undefined, tells: boolean): number {
  const { text } = input;
  const tokens = text.tokens;
  const joined = (a: number, b: number) => joinedIn(input, a, b);
  // the positions within ROLE_REACH words before the "by" of a passive's doer; in English the function words
  // between count for nothing ("the attack was carried out by X": carry and out are function words), but a
  // coordinator or an article does, and another "by" ends the reach ("hit by a truck owned by X")
  const beforeBy = (by: number) => {
    const out: number[] = [];
    const skip = !isVerbFinal(input.language);
    for (let k = by - 1, words = 0; k >= 0 && words < ROLE_REACH; k--) {
      const norm = tokens[k]!.norm;
      if (skip && isAgentMarker(norm)) break;
      out.push(k);
      if (!skip || !isFunctionWord(input, k) || isCoordinator(norm) || isArticle(norm)) words++;
    }
    return out;
  };
  // a possessor ("sung in Maria Lund's translation") may stand where a doer does, but is no subject
  const possessor = isPossessor(n);
  // asked who underwent what the question says (who was arrested), the object is the one (X को, Xকে), and the
  // doer of that verb, where the passage writes it, is no answer
  const undergoer = verb !== undefined;
  // asked who someone is, the name the word the question calls them by stands right before is the one it calls
  // so, whatever its case: "the hospital's director Rajesh Mehta", अस्पताल के निदेशक राजेश मेहता को (not the
  // police who arrested him)
  const { identity } = input.plan;
  // (the name after a title a word before it qualifies holds another office: पूर्व मुख्यमंत्री अशोक गहलोत ने, "the
  // deputy director X" is no answer to who the chief minister or the director is, in any role)
  if (identity && n.first > 0 && joined(n.first - 1, n.first) && titleBefore(input, n.first, identity))
    return qualifiedTitle(input, n.first - 1, near, false) ? -1 : 3;
  // (a genitive before a noun of leading in its case is its doer: X के नेतृत्व में, X-এর নেতৃত্বে: led by X)
  // (it leads what the phrase after it names, which need not be what the question asks: "মমতা বন্দ্যোপাধ্যায়ের
  // সভাপতিত্বে মন্ত্রিসভার বৈঠকে অর্থমন্ত্রী … বাজেট পেশ করেন" chaired the meeting, the finance minister presented the
  // budget; so the least role, that a subject of the question's words outranks)
  // (and only what the question asks about right after it: নন্দীর নেতৃত্বে দুর্ঘটনার … তদন্ত)
  // (or, the question asking of the leading itself, नेतृत्व किसने किया, what it asks about right before the name, in
  // its phrase and clause: सेना मेजर जनरल … के नेतृत्व में पहुंची; not in another clause, रोहित शर्मा के नेतृत्व में भारत ने
  // … जीता और … तय करेंगे कि टीम का नेतृत्व कौन करेगा)
  const leads = n.marker !== undefined ? afterMarker(input.text.tokens, n.last, n.marker) : -1;
  const ledAfter = () => Array.from({ length: ROLE_REACH + 1 }, (_v, j) => leads + 1 + j).some((k) => k < tokens.length && near.has(k) && Array.from({ length: k - leads }, (_w, i) => leads + i).every((i) => joined(i, i + 1)));
  const ledBefore = () => {
    if (!near.has(leads)) return false;
    for (let k = n.first - 1; k >= Math.max(0, n.first - ROLE_REACH); k--) {
      const norm = tokens[k]!.norm;
      if (!joined(k, k + 1) || opensClause(norm) || isCoordinator(norm)) return false;
      if (near.has(k)) return true;
    }
    return false;
  };
  const ledBy = n.marker !== undefined && isGenitiveMarker(n.marker) && leadsAt(tokens, leads) && (ledAfter() || ledBefore());
  if (n.marker !== undefined && (wanted || !possessor || ledBy)) {
    if (wanted && isGenitiveMarker(n.marker) && wanted.has(n.marker)) return ownsWhatIsAsked(input, n) ? 3 : 0;
    if (ledBy && (!wanted || [...wanted].some(isDoerMarker))) return undergoer ? -1 : MIN_ROLE;
    if (wanted) return wanted.has(n.marker) ? 3 : -1;
    const doer = isDoerMarker(n.marker);
    if (input.plan.undergone && isObjectMarker(n.marker)) return 2;
    if (undergoer && doer) return -1;
    return doer || isCopula(n.marker) ? 2 : 0;
  }
  if (wanted) return -1;
  // asked who underwent a verb the passage writes, the one who tells of it is no answer: "Delhi Police said Ravi
  // Rao was arrested", পুলিশ জানিয়েছে, "…, said Delhi Police" (a word of telling right after the name, or before
  // it when the name ends the clause: "said Ravi Rao was arrested" tells of Ravi Rao)
  const saying = (k: number) => sayingAt(input, k);
  const endsClause = n.last + 1 >= tokens.length || !joined(n.last, n.last + 1);
  const tellsNext = saying(n.last + 1) && joined(n.last, n.last + 1);
  if (undergoer && (tellsNext || (saying(n.first - 1) && joined(n.first - 1, n.first) && endsClause))) return -1;
  // "by Harlan Ostrow": the doer of a passive verb, the question's words just before it; a few words may describe
  // the doer between the two ("spotted by cyber security researcher Rajshekhar Rajaharia"), but not a name that is
  // the subject of a word of telling right after it ("duped by cyber fraudsters Jharkhand Police said were …")
  const by = tells || tellsNext ? -1 : agentMarkerBefore(input, n.first);
  if (by >= 1) {
    for (const k of beforeBy(by)) {
      if (near.has(k)) return undergoer ? -1 : 3;
      if (!joined(k, k + 1)) break;
    }
  }
  // the question's word nearest before the name in its phrase, the verb whose object it may be; and whether that
  // verb's subject there is what the question makes its object (subjectReversed), worked out once
  const before = questionWordBefore(input, n, near);
  let reversedMemo: boolean | undefined;
  const reversed = () => (reversedMemo ??= before >= 0 && subjectReversed(input, before, n.first));
  // the object of such a verb, right after it or after an article ("Federer defeated Andy Murray in the final",
  // asked who defeated Federer), is no answer, whatever of the question's words follow it; not a name a
  // relative clause follows, whose subject it is ("Federer defeated Rafael Nadal, who had defeated Federer in
  // 2008"), nor one another word stands apart from the verb ("Federer defeated him and Andy Murray defeated
  // Federer": the subject rule below reads it; "defeated rival Pittsburgh Steelers": the object rule at the end)
  const relativeAfter = n.last + 1 < tokens.length && isRelativePronoun(tokens[n.last + 1]!.norm);
  const rightAfter = before >= 0 && Array.from({ length: n.first - before - 1 }, (_v, j) => before + 1 + j).every((k) => isArticle(tokens[k]!.norm));
  if (!possessor && !relativeAfter && rightAfter && reversed()) return -1;
  // the subject: the question's words follow within the same phrase; asked who underwent a verb, not the
  // subject of that verb in the active voice (police arrested…), only in a passive, its auxiliary before it
  // or after (Ravi Rao was arrested, रवि राव गिरफ्तार किए गए), or a participle with no auxiliary ("with Ravi
  // Rao appointed as his deputy")
  const after = (k: number, is: (norm: string) => boolean) => k < tokens.length && joined(k - 1, k) && is(tokens[k]!.norm);
  const undergoing = (k: number) => k < tokens.length && joined(k - 1, k) && undergoes(tokens[k]!.norm, tokens[k - 1]?.norm, input.language);
  let passive = false;
  // (a name in apposition goes on past its closing comma)
  const apposed = inApposition(input, n);
  for (let k = n.last + 1; !possessor && k <= Math.min(tokens.length - 1, n.last + ROLE_REACH); k++) {
    if (!joined(k - 1, k) && !(apposed && k === n.last + 1)) break;
    // (asked who underwent it, an object's marker closing the name's phrase makes it the one: चीनी हैकर्स को; not
    // one past a time, सोमवार को, "on Monday")
    if (undergoer && isObjectMarker(tokens[k]!.norm) && !conceptsAt(text, k - 1).some((c) => DATE_CONCEPTS.has(c))) return 2;
    // (the subject of the asked verb in the active voice did it: no answer, even a name the lexicon knows; asked
    // the doer in a case the passage's language does not mark, किसने over English, the subject of a passive
    // underwent it: "Sunil Yadav was attacked by a mob")
    if (near.has(k)) {
      const passiveHere = passive || undergoing(k + 1) || (joined(k, k + 1) && undergoing(k + 2)) || after(k + 1, isParticiplePreposition);
      if (passiveHere && asksDoer(input.plan)) return -1;
      return !verb?.has(k) || passiveHere ? 2 : -1;
    }
    passive ||= undergoing(k);
  }
  // in a verb-final language the subject opens its clause and the verb closes it, whatever stands between: an
  // unmarked name opening its sentence is the subject of the clause it opens (रीना कोहली पिछले दो सत्रों में … पहली
  // कप्तान बनीं), unless a doer's marker in that clause names another or its verb is in the passive; the clause
  // ends where a copula, a word of telling, a coordinator or a word that opens another clause stands (राहुल वर्मा
  // अस्पताल में भर्ती हैं और … गाड़ी उनका ड्राइवर चला रहा था: the driver was driving)
  if (!possessor && !undergoer && isVerbFinal(input.language) && opensSentence(input, n.first)) {
    let holds = false;
    for (let k = n.last + 1; k < tokens.length && joined(k - 1, k); k++) {
      const norm = tokens[k]!.norm;
      if (isDoerMarker(norm) || undergoing(k)) {
        holds = false;
        break;
      }
      if (isCopula(norm) || isSayingWord(norm) || isCoordinator(norm) || isDisjunction(norm) || opensClause(norm)) break;
      holds ||= near.has(k);
    }
    if (holds) return 2;
  }
  // the subject of a relative clause holding the question's words: "Tom Reyes, who scored four goals"
  const rel = n.last + 1;
  if (rel < tokens.length && isRelativePronoun(tokens[rel]!.norm) && /^\s*,?\s*$/.test(gap(input, n.last, rel))) {
    for (let k = rel + 1; k <= Math.min(tokens.length - 1, rel + ROLE_REACH + 1); k++) {
      if (!joined(k - 1, k)) break;
      if (near.has(k)) return 2;
    }
  }
  // apposition: "…, Joseph Shea," after a comma that closes a phrase holding the question's words
  if (!tells && n.first >= 2 && commaBetween(input, n.first - 1, n.first)) {
    for (let k = n.first - 1; k >= Math.max(0, n.first - APPOSITION_REACH); k--) {
      if (near.has(k)) return 2;
      if (k > 0 && !joined(k - 1, k)) break;
    }
  }
  // the object or complement: the question's words just before it (not asked who underwent the verb in Hindi
  // or Bengali, which put the object before its verb: after it stands its doer, গ্রেফতার করেছে দিল্লি পুলিশ)
  // (nor the object of a verb whose subject there is what the question makes its object: subjectReversed)
  if ((undergoer && isVerbFinal(input.language)) || tells) return 0;
  if (before >= 0) return reversed() ? -1 : 1;
  return 0;
}

/** The position of the question's word nearest before a name, within ROLE_REACH words of its phrase; -1 when none is. */
function questionWordBefore(input: ExtractInput, n: NameSpan, near: ReadonlySet<number>): number {
  for (let k = n.first - 1; k >= Math.max(0, n.first - ROLE_REACH); k--) {
    if (!joinedIn(input, k, k + 1)) return -1;
    if (near.has(k)) return k;
  }
  return -1;
}

/**
 * Whether the passage writes, right before the question's word at `k`, another of the question's words that
 * the question writes after it: English puts the subject before its verb and the object after, so the
 * question's object is there the verb's subject ("Who defeated the Broncos?" over "The Broncos defeated the
 * Steelers"), and the object after the verb answers the reverse question, whom the Broncos defeated. Read
 * where both the question and the passage are English, and not of a question of what someone underwent,
 * whose passive puts its object first (who was defeated by the Broncos), nor where a doer's "by" stands
 * between the verb and the name at `first`: a passive's subject underwent it ("The goal scored by striker
 * Lionel Messi").
 */
function subjectReversed(input: ExtractInput, k: number, first: number): boolean {
  const { plan, text } = input;
  if (plan.reading.language !== 'en' || plan.reading.romanized || input.language !== 'en' || plan.undergone !== undefined || k < 1 || !joinedIn(input, k - 1, k)) return false;
  if (Array.from({ length: first - k - 1 }, (_v, j) => k + 1 + j).some((j) => isAgentMarker(text.tokens[j]!.norm))) return false;
  const unitsAt = (i: number) => plan.units.filter((u) => unitPositions(text, u).includes(i));
  const verbs = unitsAt(k);
  return unitsAt(k - 1).some((u) => !verbs.includes(u) && verbs.some((v) => u.at > v.end));
}

/**
 * Whether a name in the genitive owns, or is governed by, what the question's genitive word does: the
 * word after the question word stands after the name's marker (किसकी गाड़ी: रीना की गाड़ी; किसके पास: X के
 * पास; whose bicycle: Tom's bicycle), with at most a few words between, in the same phrase (रीना की नई
 * गाड़ी), not another word (किसके पास is not answered by "क्लब के अध्यक्ष", the club's president). A
 * question word with nothing after it, or only a copula or an auxiliary (यह गाड़ी किसकी थी?, whose was
 * it?), asks for any owner; so does one whose next word, a function word (के लिए, के पास), is in another
 * script than the passage, where it cannot be compared word for word (romanized Hindi: kiske liye).
 */
function ownsWhatIsAsked(input: ExtractInput, n: NameSpan): boolean {
  const { query, units } = input.plan;
  const tokens = input.text.tokens;
  const nextAt = query.asksAt === undefined ? undefined : query.asksAt + 1;
  const next = nextAt === undefined ? undefined : query.tokens[nextAt];
  if (!next || isCopula(next.norm) || isQuestionAuxiliary(next.norm)) return true;
  const after = afterMarker(input.text.tokens, n.last, n.marker);
  if (after >= tokens.length) return false;
  const unit = units.find((u) => u.at === nextAt);
  if (unit) {
    const at = new Set(unitPositions(input.text, unit));
    for (let k = after; k < Math.min(tokens.length, after + ROLE_REACH); k++) {
      if (at.has(k)) return true;
      if (k + 1 >= tokens.length || !joinedIn(input, k, k + 1)) break;
    }
    return false;
  }
  if (scriptOf(next.norm[0] ?? '') !== scriptOf(tokens[after]!.norm[0] ?? '')) return true;
  return tokens[after]!.norm === next.norm;
}

/**
 * For each token, how many of the question's units its clause holds (a clause runs between commas,
 * dandas and sentence ends): a name in the clause that says most of the question is most likely its answer.
 */
function clauseSupport(input: ExtractInput, clause = clauseNumbers(input)): number[] {
  const { text } = input;
  const units = new Map<number, Set<number>>();
  input.plan.units.forEach((u, ui) => {
    for (const at of unitPositions(text, u)) {
      const set = units.get(clause[at]!) ?? new Set<number>();
      set.add(ui);
      units.set(clause[at]!, set);
    }
  });
  return clause.map((c) => units.get(c)?.size ?? 0);
}

/**
 * The one value of the one clause that holds all the given positions (the question's words, what is
 * counted), when the candidates standing in that clause all say it; undefined when the positions span
 * clauses, none stands there, or two differ.
 */
function onlyInClause<T>(clause: readonly number[], positions: readonly number[], candidates: readonly T[], at: (c: T) => number, same: (a: T, b: T) => boolean): T | undefined {
  const held = new Set(positions.map((k) => clause[k]!));
  if (held.size !== 1) return undefined;
  const within = candidates.filter((c) => held.has(clause[at(c)]!));
  return within.length > 0 && within.every((c) => same(c, within[0]!)) ? within[0] : undefined;
}

/**
 * For each token, the number of its clause in the passage: clauses run between phrase breaks (commas,
 * semicolons, colons, dandas: breaksPhrase) and sentence ends, and a short remark set off by commas does not
 * end the clause it interrupts.
 */
function clauseNumbers(input: ExtractInput): number[] {
  const n = input.text.tokens.length;
  const clause = new Array<number>(n).fill(0);
  const breaks = (i: number) => breaksPhrase(gap(input, i - 1, i));
  const ends = (i: number) => endsSentenceBetween(gap(input, i - 1, i));
  const comma = (i: number) => commaBetween(input, i - 1, i);
  const says = (a: number, b: number) => Array.from({ length: b - a }, (_v, j) => a + j).some((k) => isBeForm(input.text.tokens[k]!.norm, input.language) || isQuestionAuxiliary(input.text.tokens[k]!.norm));
  let last = 0;
  for (let i = 1; i < n; i++) {
    // (a remark set off by commas within a sentence is a clause of its own, and what follows it goes on with the
    // clause it interrupts: "Three people, including a child, drowned")
    // (not one that says something itself, a form of be in it, "23 people were injured", nor one after which a
    // coordinator opens another clause: "…, and five people are still missing", nor one after which a number opens
    // another item of a list: "factory fire, 6 workers dead, 19 injured", "आग, 6 मजदूरों की मौत, 19 घायल")
    const close = comma(i) ? Array.from({ length: PARENTHESIS_REACH }, (_v, j) => i + 1 + j).find((k) => k < n && (breaks(k) || ends(k))) : undefined;
    if (close !== undefined && comma(close) && !isCoordinator(input.text.tokens[close]!.norm) && !input.text.tokens[close]!.numeric && !says(i, close)) {
      const remark = ++last;
      for (let k = i; k < close; k++) clause[k] = remark;
      clause[close] = clause[i - 1]!;
      i = close;
      continue;
    }
    clause[i] = breaks(i) || ends(i) ? ++last : clause[i - 1]!;
  }
  return clause;
}


/**
 * Whether a "where" question asks where something comes from: a source marker beside its question word
 * (कहाँ से, কোথা থেকে, from where) or ending it ("where did they come from?").
 */
function asksFromWhere(plan: QuestionPlan): boolean {
  const { tokens, asksAt, reading } = plan.query;
  // (where the verb comes last the marker follows the question word: दिल्ली से कहाँ गए asks where to)
  const at = asksAt === undefined ? [] : isVerbFinal(reading.language) ? [asksAt + 1] : [asksAt - 1, asksAt + 1];
  return [...at, tokens.length - 1].some((k) => k >= 0 && k < tokens.length && isSourceMarker(tokens[k]!.norm));
}

/** Whether the writing says something comes from a name: its source marker after it where the verb comes last (चीन से), before it elsewhere (from China). */
function comesFrom(input: ExtractInput, n: NameSpan): boolean {
  const tokens = input.text.tokens;
  const at = isVerbFinal(input.language) ? n.last + 1 : n.first - 1;
  return at >= 0 && at < tokens.length && isSourceMarker(tokens[at]!.norm) && joinedIn(input, Math.min(at, n.first), Math.max(at, n.last));
}

/**
 * Whether a name in the genitive is whose the question's own words are: right before them with the
 * genitive's marker ("Britain's Halford Mackinder", ब्रिटेन के हैलफोर्ड) or right after them with its
 * preposition ("Halford Mackinder of Britain").
 */
function qualifiesAsked(input: ExtractInput, n: NameSpan, asked: (i: number) => boolean): boolean {
  const tokens = input.text.tokens;
  const of = n.first - 1;
  if (of >= 1 && isGenitivePreposition(tokens[of]!.norm) && asked(of - 1) && joinedIn(input, of - 1, n.first)) return true;
  if (n.marker === undefined || !isGenitiveMarker(n.marker)) return false;
  const after = afterMarker(input.text.tokens, n.last, n.marker);
  return after < tokens.length && joinedIn(input, n.last, after) && asked(after);
}

/**
 * The people a "where … from" question asks about, when it asks nothing else: its only word the lexicon
 * knows as an actor (hackers, हैकर्स), with no other word of its own (no "police", no "arrested", no
 * "AIIMS"), and its verb be or come (where were the hackers from, हैकर्स कहाँ से आए थे) or none at all
 * (হ্যাকাররা কোথা থেকে?). A question that says more may ask where something was done from (where were the
 * hackers arrested from, पुलिस ने हैकर्स कहाँ से पकड़े) or be about other people (the police who said it),
 * which no adjective of theirs answers.
 */
function peopleAskedAbout(plan: QuestionPlan): QueryUnit | undefined {
  const { tokens, asksAt } = plan.query;
  const { language } = plan.reading;
  const verb = (u: QueryUnit) => tokens.slice(u.at, u.end + 1).every((t) => isOriginVerb(t.norm, language));
  const [people, ...others] = plan.units.filter((u) => !verb(u));
  if (asksAt === undefined || people === undefined || others.length > 0 || !unitConcepts(people).some((c) => isKindOf(c, ACTOR_CONCEPTS))) return undefined;
  // nothing but them, the question word and its marker, be or come and the words that ask with them:
  // "where were the hackers taken from", हैकर्स कहाँ से नहीं थे ask something else
  const asking = (k: number) => {
    const norm = tokens[k]!.norm;
    return (k >= people.at && k <= people.end) || k === asksAt || isSourceMarker(norm) || isOriginVerb(norm, language) || isQuestionAuxiliary(norm) || isArticle(norm);
  };
  return tokens.every((_t, k) => asking(k)) ? people : undefined;
}

/**
 * Whether a name is the adjective of a place the lexicon knows (चीनी of चीन, ভারতীয় of ভারত, Chinese of
 * China, Russian of Russia, Nepalese of Nepal), one word written unmarked right before the people the
 * question asks about (`people`, peopleAskedAbout: चीनी हैकर्स, Chinese hackers; not the Russian embassy or the
 * Russian officials the hackers attacked, nor a sugar mill, चीनी मिल). It says where they come from.
 */
function placeAdjectiveOfAsked(input: ExtractInput, n: NameSpan, people: QueryUnit | undefined): boolean {
  const { tokens } = input.text;
  const after = n.last + 1;
  if (people === undefined || n.first !== n.last || n.marker !== undefined || after >= tokens.length || !/^\s+$/.test(gap(input, n.last, after))) return false;
  if (!unitPositions(input.text, people).includes(after)) return false;
  return demonymBases(tokens[n.first]!.norm).some((base) => conceptsWrittenAs(base).some((c) => isKindOf(c, PLACE_CONCEPTS)));
}

/** How far (in words) before the comma the question's words may stand for the name after it to stand in apposition to them. */
const APPOSITION_REACH = 8;


/** The role a name the lexicon knows as an actor of the asked kind has wherever it stands. */
const LEXICON_ROLE = 3;

/** The least role a name needs to be given as the answer: below it, the quotes alone answer. */
const MIN_ROLE = 1;

/** Whether a concept is one of a set of kinds, or a narrower kind of one. */
const isKindOf = (c: string, kinds: ReadonlySet<string>) => withParents(c).some((p) => kinds.has(p));

/** The lexicon's kinds a who question (actors) or a where question (places) asks for, and the kinds it does not. */
const askedKinds = (place: boolean) => (place ? { kinds: PLACE_CONCEPTS, other: ACTOR_CONCEPTS } : { kinds: ACTOR_CONCEPTS, other: PLACE_CONCEPTS });

/**
 * Whether a name is of the kind a who or where question asks for: 'known' when the lexicon knows its head
 * as one ("Delhi Police"), 'written' when the writing makes it one ("in X", "X में" places it, and a name
 * not so placed is a person's or organisation's), undefined when it is not. What a name is, its head says,
 * its last word: the New Delhi Strikers are a team, not a place (a name whose head comes first is read by
 * its last word too: the Bank of England, a place); the lexicon says what a name is, the writing says it
 * where the lexicon does not.
 */
function kindOfName(text: AnalyzedText, n: NameSpan, place: boolean): 'known' | 'written' | undefined {
  const { kinds, other } = askedKinds(place);
  const ids = conceptsAt(text, n.last).filter((c) => concept(c)?.entity);
  if (ids.some((c) => isKindOf(c, kinds))) return 'known';
  if (ids.some((c) => isKindOf(c, other))) return undefined;
  // (an institution's name is a place and an actor alike: "admitted to Apollo Hospital", "Apollo Hospital treated the injured")
  return n.place === place || (!place && isInstitutionHead(text.tokens[n.last]!.norm)) ? 'written' : undefined;
}

/** Whether a passage token stands for the question: one of its words, or a concept it names. */
const askedIn = (input: ExtractInput, near: ReadonlySet<number>) => (i: number) => near.has(i) || conceptsAt(input.text, i).some((c) => input.plan.asked.has(c));

/**
 * The case a who question's word asks for, as the passage's language marks it (किसने: ने; কাকে: কে; किसे over
 * Bengali: কে), undefined for one with none (who, कौन), for one the passage's language does not mark (किसने,
 * किसे over English), for the genitive a postposition governs where the passage's language has none (किसके
 * लिए over English: "for X", not X's) and for where.
 */
function askedCase(input: ExtractInput): ReadonlySet<string> | undefined {
  const { plan } = input;
  const { query } = plan;
  const markers = plan.type === 'place' || query.asksAt === undefined ? undefined : questionCase(query.tokens[query.asksAt]!.norm);
  if (markers === undefined) return undefined;
  const governed = [...markers].every(isGenitiveMarker) && !asksWhose(plan, markers);
  return governed && !hasGenitivePostpositions(input.language) ? undefined : caseIn(markers, input.language);
}

/** Whether a who question's word asks the doer's case (किसने): where the passage's language does not mark it, so that no case is wanted of a name there, the voice says who the doer is. */
function asksDoer(plan: QuestionPlan): boolean {
  const { query } = plan;
  const markers = query.asksAt === undefined ? undefined : questionCase(query.tokens[query.asksAt]!.norm);
  return markers !== undefined && [...markers].some(isDoerMarker);
}

/** The names a passage writes, read as the question asks for them (`wanted`: askedCase); `asked` tells the question's own words. */
function askedNames(input: ExtractInput, asked: (i: number) => boolean, wanted = askedCase(input)): NameSpan[] {
  const place = input.plan.type === 'place';
  // a question word with no case of its own ("who", कौन) asks for the doer or for what someone is: a name
  // before the doer's markers (कावन शॉर्ट ने, लीना कार्टर द्वारा) or a copula (मार्कस हेलर थे) is read as a name,
  // as if the question had asked for that case
  // (asked who underwent it, the object's: रवि राव को; asked who someone is, the object's too, as the one the
  // question's words call so may stand in any role: अस्पताल के निदेशक राजेश मेहता को गिरफ्तार किया)
  const caseMarkers = wanted ?? (place ? undefined : input.plan.undergone || input.plan.identity ? UNDERGOER_MARKERS : WHO_MARKERS);
  return nameSpans({ text: input.text, body: input.body, offset: input.offset, asked, ...(caseMarkers ? { caseMarkers } : {}), apposition: !place && wanted === undefined });
}

/**
 * A person, an organisation or a place: a name (names.ts: capitalized in English, marked and
 * repeated in Hindi and Bengali, or a named concept of the lexicon), of the asked kind as far as the
 * lexicon or the writing tells ("in X" is a place), tied to the question's own words by its role in the
 * sentence, then nearest to them. Nothing the question already names is its answer; a common word
 * (leader, team, सेना) never is, nor a name of a thing (Silver Harp Award), nor a title alone (Lord). When
 * no name is tied to the question's words, or two are tied as closely, there is no short answer.
 */
function named(input: ExtractInput, place: boolean): ShortAnswer | undefined {
  const found = namedSpan(input, place);
  // (who: not one that only tells of what is asked, unless the question asks who told it or its words call the name so:
  // "Municipal Commissioner Vivek Thakre said the firm had been fined" says who spoke, not who fined it, nor who owns
  // the firm)
  if (!place && found !== undefined && onlyTells(input, found.last) && !asksSaying(input.plan) && !calledByQuestion(input, found.first)) return undefined;
  return found?.answer;
}

/**
 * Whether the question's words stand within KIND_REACH words before a name in its phrase, as its title or what
 * it is of: "भरूच के मुख्य अग्निशमन अधिकारी दिनेश वसावा ने बताया", asked who the chief fire officer is; "जांच कर रही
 * दिल्ली पुलिस", asked who is investigating.
 */
function calledByQuestion(input: ExtractInput, first: number): boolean {
  const near = questionPositions(input);
  // (past a comma of apposition and a title's full stop: "The AIIMS director, Dr Randeep Guleria said", "मुख्य चिकित्सा
  // अधिकारी डॉ. आलोक रंजन श्रीवास्तव ने कहा"; not past the end of a sentence)
  const crossable = (j: number) => !endsSentenceBetween(gap(input, j, j + 1)) || isNameTitle(input.text.tokens[j]!.norm);
  for (let k = first - 1; k >= 0 && first - k <= KIND_REACH; k--) {
    if (!crossable(k)) return false;
    if (near.has(k)) return true;
  }
  return false;
}

/** Whether a name ending at `last` is the subject of a verb of saying, written right after it or after its doer's marker (X said, X ने बताया). */
function onlyTells(input: ExtractInput, last: number): boolean {
  const { tokens } = input.text;
  return sayingAt(input, last + 1) || (isDoerMarker(tokens[last + 1]?.norm ?? '') && sayingAt(input, last + 2));
}

/** Whether the question's own words ask about a telling (who said, किसने बताया): a request that frames it, "tell me when…", asks about none. */
function asksSaying(plan: QuestionPlan): boolean {
  const { query } = plan;
  return plan.units.some((u) => query.tokens.slice(u.at, u.end + 1).some((t) => isSayingWord(t.norm)));
}

/**
 * Which person of a kind (which chemist, किस खिलाड़ी ने): a name the passage calls by the kind ("chemist James
 * Dewar"), else one the writing ties to the question's words (TIED_ROLE), else what the passage says of the kind
 * as a which would ("the Prussian ruler"), else a name by any role as for who; never one that only tells of it.
 */
function personOfKind(input: ExtractInput): ShortAnswer | undefined {
  const found = namedSpan(input, false);
  if (found?.called) return found.answer;
  // (not one that only tells of it, which the passage does not call by the kind: "ऋषभ पंत को चोट लगी, टीम के फिजियो
  // नितिन पटेल ने बताया")
  const named = found && !onlyTells(input, found.last) ? found : undefined;
  // (one the writing ties to the question's words as their subject, in apposition, by a doer's marker or a copula, or
  // in the case asked: "विराट कोहली ने शतक बनाया", asked किस खिलाड़ी ने, before "वह एक शानदार खिलाड़ी हैं")
  if (named && named.role >= TIED_ROLE) return named.answer;
  // (only where the passage writes the kind itself: what it says of a word that translates the kind, चित्रकारी for
  // artist, may be of another of that word's senses, where a name it calls by it is someone)
  return (kindPositions(input, SURE_ALTERNATIVE).length > 0 ? which(input) : undefined) ?? named?.answer;
}

/** Where a passage writes the kind of person a which question asks for (QuestionPlan.personKind), by an alternative at least this strong (the word itself; its translation of one sense, DICTIONARY_STRENGTH). */
function kindPositions(input: ExtractInput, strength: number): number[] {
  const kind = input.plan.personKind;
  return kind ? unitPositions(input.text, { ...kind, alts: kind.alts.filter((a) => a.strength >= strength) }) : [];
}

/** The role of a name the writing ties to the question's words as their subject, in apposition, by a doer's marker or a copula (roleOf), or surer. */
const TIED_ROLE = 2;

/** The name named() answers with, the tokens it stands on, first to last, its role (roleOf), and whether the passage calls it by the kind of person asked (QuestionPlan.personKind). */
function namedSpan(input: ExtractInput, place: boolean): { answer: ShortAnswer; first: number; last: number; role: number; called: boolean } | undefined {
  const { text } = input;
  const inQuestion = input.plan.asked;
  const { kinds } = askedKinds(place);
  const near = questionPositions(input);
  if (near.size === 0) return undefined;
  const asked = askedIn(input, near);
  const entities = (i: number) => conceptsAt(text, i).filter((c) => concept(c)?.entity);
  const dist = distances(text.tokens.length, near);
  const wanted = askedCase(input);
  const support = clauseSupport(input);
  const spans = askedNames(input, asked, wanted);
  const verb = undergoneIn(input);
  const passive = verb !== undefined && writtenPassive(input, verb);
  const fromWhere = place && asksFromWhere(input.plan);
  const people = fromWhere ? peopleAskedAbout(input.plan) : undefined;
  const capitalizedAsked = (k: number) => k >= 0 && k < text.tokens.length && near.has(k) && isLatinName(text.tokens[k]!.raw);
  // (a place the question names, written into a name, says whose the name is: the Maharashtra Cyber police)
  const placeAsked = (k: number) => capitalizedAsked(k) && entities(k).some((c) => withParents(c).some((p) => PLACE_CONCEPTS.has(p))) && gap(input, k, k + 1) === ' ';
  const opposed = (n: NameSpan) => {
    const at = (k: number) => text.tokens[k]?.norm ?? '';
    const after = isGenitiveMarker(at(n.last + 1)) ? n.last + 2 : n.last + 1;
    return (n.first > 0 && isOpponentMarker(at(n.first - 1))) || isOpponentMarker(at(after));
  };
  const { identity } = input.plan;
  // (the title itself, not one a word before it qualifies: "Deputy Chief Minister X", "former Prime Minister Y"
  // hold another office than the one asked)
  const identityAt = (k: number) => identity !== undefined && titleBefore(input, k + 1, identity) && !qualifiedTitle(input, k, near, true);
  // (a number after a word designates it unless it counts or measures what follows: "Section 106 of", "Phase 2
  // market", but "Sonu 2 hours after", "Ramesh 4 km away", "Kohli 45 runs")
  const designatedBy = (k: number) => {
    const n = text.numbers.find((x) => x.first === k);
    if (n === undefined || gap(input, k - 1, k) !== ' ') return false;
    const after = afterNumber(input, n.last);
    if (after >= text.tokens.length || !joinedIn(input, n.last, after) || isFunctionWord(input, after)) return true;
    const norm = text.tokens[after]!.norm;
    return !isWrittenPlural(norm, input.language) && !isMeasureUnit(norm) && !conceptsAt(text, after).some((x) => DURATION_CONCEPTS.has(x));
  };
  // asked which person of a kind (which chemist), the kind's word where the passage calls someone by it
  const kindAt = new Set(kindPositions(input, DICTIONARY_STRENGTH));
  const calledByKind = (n: NameSpan) => [...kindAt].some((k) => k < n.first && n.first - k <= KIND_REACH && joinedIn(input, k, n.first));
  let best: { first: number; last: number; distance: number; role: number; known: number; support: number; placed: boolean; source: number; called: number } | undefined;
  let tied = false;
  for (const n of spans) {
    // (a number written in letters opening a sentence, "Two men were arrested", is no name; Two Rivers FC is)
    if (n.thing || text.numbers.some((p) => p.first <= n.first && n.last <= p.last)) continue;
    // (nor, asked who did something, the one it was done against: "India won the final against Australia",
    // मुंबई के खिलाफ, ভারতের বিরুদ্ধে; asked who underwent it, "an FIR against Ramesh", they may be the one)
    if (!place && verb === undefined && opposed(n)) continue;
    // (nor one capitalized word a number follows that counts nothing, which it designates: "arrested under Section
    // 106 of the BNS", "near Gate 4."; "arrested Sonu 2 hours after" names Sonu)
    if (!place && n.first === n.last && isLatinName(text.tokens[n.first]!.raw) && designatedBy(n.last + 1)) continue;
    // (nor a qualifier of an office alone, "Former" in "Former deputy chief minister X", nor an office with its
    // qualifiers and nothing else, "Additional Chief Secretary" before "(Labour) Meenakshi Ghosh": an office names
    // whoever holds it, and the holder's name is the answer)
    const office = (k: number) => conceptsAt(text, k).some(isOffice);
    if (Array.from({ length: n.last - n.first + 1 }, (_v, j) => n.first + j).every((k) => isOfficeQualifier(text.tokens[k]!.norm) || isNameTitle(text.tokens[k]!.norm) || office(k))) continue;
    // a name written into the question's own (Federal Minister, Lord Harrow) only qualifies it, unless what the
    // question names before it is a place, whose it is (the Maharashtra Cyber police)
    // (a possessor qualifies the name after it, it does not continue it: "Maria Lund's English translation")
    // (but asked who someone is, the name the word the question calls them by stands before is the one it
    // calls so: "Chief Minister Himanta Biswa Sarma", asked who the chief minister is)
    const qualifiesAskedBefore = capitalizedAsked(n.first - 1) && gap(input, n.first - 1, n.first) === ' ' && !placeAsked(n.first - 1) && !identityAt(n.first - 1);
    if ((!isPossessor(n) && capitalizedAsked(n.last + 1) && gap(input, n.last, n.last + 1) === ' ') || qualifiesAskedBefore) continue;
    // (nor, asked which person of a kind, a name that qualifies the kind: "Scottish chemist James Dewar")
    if (kindAt.has(n.last + 1) && gap(input, n.last, n.last + 1) === ' ') continue;
    // a "where … from" question asks for the place something comes from (from China, चीन से), or the place
    // whose adjective the words it asks about carry (चीनी हैकर्स, Chinese hackers: the adjective is of the
    // place, whatever the lexicon says the adjective itself is)
    const from = fromWhere && comesFrom(input, n);
    const adjective = fromWhere && !n.place && !from && placeAdjectiveOfAsked(input, n, people);
    const kind = adjective ? 'known' : kindOfName(text, n, place);
    if (kind === undefined) continue;
    // a place answers where only as the writing places something there ("in X", "X में"), or as whose the
    // question's own words are ("Britain's Halford Mackinder", ब्रिटेन के हैलफोर्ड मैकिंडर): a place beside
    // them in any other role (चीन के फुजियान क्षेत्र, "North America, and") says where something else is
    if (place && !n.place && !qualifiesAsked(input, n, asked) && !from && !adjective) continue;
    const ofKind = kind === 'known';
    const distance = spanDistance(dist, n.first, n.last);
    if (distance > NAME_REACH) continue;
    // a place is placed by its marker already and need only stand by the question's words; a person or
    // organisation needs a role beside them
    // a name the lexicon knows as an actor of the asked kind (Delhi Police, चीनी हैकर्स) needs no role to be one,
    // unless the writing makes it the doer where another case is asked (किसे गिरफ्तार किया गया?: दिल्ली पुलिस ने),
    // or the doer or the teller of what was undergone; asked who underwent a verb the passage writes and the
    // writing ties it to that verb in no role, only as the passive's subject: after the verb (गिरफ्तार किए गए
    // लोगों में दो चीनी हैकर्स) or before it with nothing between that opens another clause (subjectOfPassive):
    // otherwise a known actor is as likely the verb's doer or its teller ("Delhi Police on Monday night
    // arrested…", "Delhi Police on Monday said the gang leader was arrested", গ্রেফতার করেছে দিল্লি পুলিশ)
    const tells = tellsOf(input, n, near);
    const own = roleOf(input, n, near, wanted, verb, tells);
    const doerOfOther = own < 0 && wanted !== undefined && n.marker !== undefined && !wanted.has(n.marker) && isDoerMarker(n.marker);
    // (nor a known actor that tags the clause as its teller: "…carried out by hackers, Delhi Police said.")
    const lexiconRole = ofKind && !doerOfOther && !tells && (!verb || own > 0 || (own === 0 && passive && ([...verb].every((v) => v < n.first) || subjectOfPassive(input, n, verb))));
    const role = place ? (distance <= ROLE_REACH ? MIN_ROLE : 0) : lexiconRole ? Math.max(LEXICON_ROLE, own) : own;
    if (role < MIN_ROLE) continue;
    // (a name set off by commas names someone of the phrase before it: that phrase's clause holds the question's
    // words for it, "the last Prime Minister of Veldoria, Oskar Velden, and the Interior Minister, Tomas Berg")
    const held = inApposition(input, n) ? Math.max(support[n.first]!, support[n.first - 1]!) : support[n.first]!;
    // the surest role first, then a name the lexicon knows as of the asked kind, then the clause that
    // holds more of the question's words, then the nearest
    const known = ofKind ? 1 : 0;
    // (for "where … from", a place something is said to come from, "from Pakistan", first; then the place
    // of the adjective, चीनी हैकर्स; then a place only placed, "in Delhi", which is where they were)
    const source = from ? 2 : adjective ? 1 : 0;
    // (asked which person of a kind, one the passage calls by it first: "chemist James Dewar")
    const called = calledByKind(n) ? 1 : 0;
    const order =
      best === undefined
        ? 1
        : Math.sign(source - best.source) || Math.sign(called - best.called) || Math.sign(role - best.role) || Math.sign(known - best.known) || Math.sign(held - best.support) || Math.sign(best.distance - distance);
    if (order > 0) {
      best = { first: n.first, last: n.last, distance, role, known, support: held, placed: n.place, source, called };
      tied = false;
    } else if (order === 0) tied = true;
  }
  if (!best || tied) return undefined;
  let { first, last } = best;
  // (all of the place's words, Uttar Pradesh; not one the writing places, "In Pune Inspector Rao…")
  if (!best.placed && placeAsked(first - 1)) {
    let k = first - 1;
    while (placeAsked(k - 1)) k--;
    if (k === 0 || !isFunctionWord(input, k - 1) || isArticle(text.tokens[k - 1]!.norm)) first = k;
  }
  // a list of names answers as a whole: "Anna Ruiz and Tomas Berg", "Anna Ruiz, Tomas Berg and Lena Holm"
  const byFirst = new Map(spans.map((n) => [n.first, n]));
  const byLast = new Map(spans.map((n) => [n.last, n]));
  // the names before it, when a coordinator joins the one just before it with no comma (मीरा सावंत और
  // राघव शिंदे ने, with राघव शिंदे the nearer; "…praised Maria, and Tom Reyes scored" is two clauses), in
  // the same case, and commas the ones before that
  // (a serial comma before the coordinator joins a list of three or more: "Grissom, White, and Chaffee")
  const marker = byFirst.get(first)?.marker;
  const commaAfterName = (j: number) => j >= 0 && commaBetween(input, j, j + 1) && byLast.has(j);
  const serial = (j: number) => {
    const before = byLast.get(j);
    return before !== undefined && commaAfterName(before.first - 1) && commaAfterName(j);
  };
  // (a placed place heads its list where the marker follows the last of them: दिल्ली और मुंबई में, the ones
  // before it unmarked and placed by the same marker, unless the lexicon knows them as of another kind)
  const sharesPlace = (prev: NameSpan) => prev.marker === undefined && kindOfName(text, { ...prev, place: true }, true) !== undefined;
  for (let joiner = true; !place || (best.placed && isVerbFinal(input.language)); joiner = false) {
    const k = first - 1;
    const coordinated = k >= 1 && isCoordinator(text.tokens[k]!.norm) && /^\s+$/.test(gap(input, k, first)) && (/^\s+$/.test(gap(input, k - 1, k)) || serial(k - 1));
    if (joiner ? !coordinated : !coordinated && (k < 0 || !commaBetween(input, k, first))) break;
    const prev = byLast.get(coordinated ? k - 1 : k);
    if (!prev || prev.thing || prev.place || (place ? !sharesPlace(prev) : prev.marker !== marker)) break;
    first = prev.first;
  }
  // (a comma alone may part two clauses: the list holds only when a coordinator ends it; a place the
  // writing places heads a list as a name does, "in Paris and London", but one that answers as the
  // genitive of the question's words is read alone: "Britain and Meera Kulkarni of China")
  let listed = last;
  for (let serial = false; !place || best.placed; serial = true) {
    const item = nextListItem(input, listed, serial);
    const next = item && byFirst.get(item.at);
    if (!item || !next || next.thing || next.place) break;
    listed = next.last;
    if (item.coordinated) last = listed;
  }
  // the name with the kind it is of, when the source says it: चीनी हैकर्स, Delhi Police
  const kindOf = (k: number) => conceptsAt(text, k).filter((c) => kinds.has(c) && !inQuestion.has(c));
  const kindAfter = (k: number) => kindOf(k).length > 0;
  const closing = byLast.get(last)?.marker;
  // (not past a case other than the genitive that the name's last word is written in: রাহুল বর্মাকে পুলিশ
  // গ্রেফতার করেছে, the police arrested him; "Delhi's police" is one)
  // (what the question says in its own words, not one of their broader senses: asked who attacked, the hackers
  // of चीनी हैकर्स are whom the answer names, though an attacker may be a hacker)
  const saysAsked = (k: number) => conceptsAt(text, k).some((c) => inQuestion.has(c)) || input.plan.units.some((u) => unitPositions(text, { ...u, alts: u.alts.filter((a) => !a.broader) }).includes(k));
  const kindNamed = (closing === undefined || isGenitiveMarker(closing)) && last + 1 < text.tokens.length && !saysAsked(last + 1) && kindAfter(last + 1) && !breaksName(gap(input, last, last + 1));
  if (kindNamed) last++;
  const { name, shown } = inAskedCase(input, first, last, kindNamed ? undefined : closing, asksWhose(input.plan, wanted));
  // (a word that shares its stem with several of the lexicon's names is the one it is written as: चीनी is
  // Chinese, not also China)
  const writtenAs = (k: number) => {
    const cs = entities(k);
    const exact = conceptsWrittenAs(text.tokens[k]!.norm).filter((c) => cs.includes(c));
    return exact.length === 0 ? cs : cs.filter((c) => exact.some((e) => withParents(e).includes(c)));
  };
  // (the coordinators of a list, दिल्ली, पुणे और मुंबई, are no part of any name; one inside a name the
  // lexicon knows, इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय, is)
  const joiner = (k: number) => isCoordinator(text.tokens[k]!.norm) && entities(k).length === 0;
  // (the kind after the name is read as the lexicon names it: चीनी हैकर्स, Chinese hacker)
  const perToken = Array.from({ length: last - first + 1 }, (_v, k) => (joiner(first + k) ? undefined : kindNamed && first + k === last ? kindOf(last) : writtenAs(first + k)));
  const ids: string[] = [];
  const named = perToken.map((cs) => narrowest(cs ?? []));
  for (const cs of named) for (const c of cs) if (!ids.includes(c)) ids.push(c);
  // a name the lexicon knows word for word is that concept, in any script; another is its own words
  const known = perToken.every((cs) => cs === undefined || cs.length > 0);
  // the reading is the name's, in the genitive as the answer is (हरिदेव की: Haridev's); a list's, item by
  // item, with its commas and the reader's coordinator (Delhi, Pune and Mumbai)
  const possessive = shown.end !== name.end ? { possessive: true as const } : {};
  const listWords = () => {
    const words: NameWord[] = [];
    let previous: string | undefined;
    named.forEach((cs, k) => {
      if (perToken[k] !== undefined && cs[0] === previous) return;
      previous = cs[0];
      const comma = words.length > 0 && perToken[k] !== undefined && gap(input, first + k - 1, first + k).includes(',');
      if (comma) words[words.length - 1] = { ...words[words.length - 1]!, comma: true } as NameWord;
      words.push(perToken[k] === undefined ? { and: true } : { ids: cs });
    });
    return words;
  };
  const value: AnswerValue = known ? { kind: 'name', ids } : { kind: 'words', text: name.text.toLowerCase() };
  const said = (readout: Readout | null) => ({ answer: { ...shown, readout, value }, first, last, role: best.role, called: best.called === 1 });
  if (isAscii(shown.text)) return said(null);
  if (known) return said(ids.some((c) => label(c, 'en')) ? { kind: 'names', words: perToken.some((cs) => cs === undefined) ? listWords() : [{ ids }], ...possessive } : null);
  // a name no lexicon knows, in Devanagari or Bengali script: a Latin reading of it
  const latin = romanizeNames(name.text, scriptOf(name.text[0] ?? ''));
  return said(latin ? { kind: 'latin', text: latin, ...possessive } : null);
}

/**
 * Whether the question asks whose something is (whose, किसकी दीवार, কার অনুবাদ): its question word in the
 * genitive before a word of content, a copula or nothing, not the genitive a postposition governs (किसके
 * पास, किसके साथ, কার কাছে: with whom). A romanized question's postpositions cannot be told from its
 * words of content, so it is answered with the name alone.
 */
function asksWhose(plan: QuestionPlan, wanted: ReadonlySet<string> | undefined): boolean {
  const { query } = plan;
  if (wanted === undefined || ![...wanted].some(isGenitiveMarker) || query.asksAt === undefined) return false;
  const next = query.tokens[query.asksAt + 1];
  if (next === undefined || isCopula(next.norm) || isQuestionAuxiliary(next.norm)) return true;
  const { language, romanized } = query.reading;
  return !romanized && !isCompoundPostposition(next.norm) && !isStopword(next.norm, language);
}

/**
 * A name's span in the case the question asks for: a whose question's name keeps its genitive (Hadrian's,
 * हैड्रियन की, টিন্ডেলের), any other question's drops the marker written onto it (William Tyndale's, রহিম
 * শেখকে: William Tyndale, রহিম শেখ), so that the answer and its reading are the name itself.
 */
function inAskedCase(input: ExtractInput, first: number, last: number, marker: string | undefined, whose: boolean): { name: Span; shown: Span } {
  const tokens = input.text.tokens;
  const s = span(input, first, last);
  if (marker === undefined) return { name: s, shown: s };
  const genitive = whose && isGenitiveMarker(marker);
  // the marker written apart (हैड्रियन की): the whose question's answer takes it in
  if (afterMarker(input.text.tokens, last, marker) === last + 2) return { name: s, shown: genitive && joinedIn(input, last, last + 1) ? span(input, first, last + 1) : s };
  // the marker written onto the last word: as many characters as write it (a nukta may be one or two)
  const raw = tokens[last]!.raw;
  for (let k = 1; k < raw.length; k++) {
    if (normalizeWord(raw.slice(-k)) !== marker) continue;
    // an ending of one letter (-র) is as often the name's own last letter (বিহার, জয়পুর): it is cut only
    // when the article writes the name without it too (রিনার … রিনা), or what follows takes a genitive
    // (সুব্রত নন্দীর নেতৃত্বে, মনোজ ভার্মার নির্দেশে: names.ts takesGenitive)
    const genitiveAsked = isGenitiveMarker(marker) && takesGenitive(tokens, last + 1);
    if ([...marker].length === 1 && !genitiveAsked && !writtenAlone(input.body, raw.slice(0, -k))) break;
    const name = { start: s.start, end: s.end - k, text: s.text.slice(0, -k) };
    return { name, shown: genitive ? s : name };
  }
  return { name: s, shown: s };
}

/** Whether an article writes a word as a whole word somewhere: nothing of a word's letters right before or after it. */
function writtenAlone(body: string, word: string): boolean {
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
    const before = body[at - 1] ?? ' ';
    const after = body[at + word.length] ?? ' ';
    if (!/[\p{L}\p{M}]/u.test(before) && !/[\p{L}\p{M}]/u.test(after)) return true;
  }
  return false;
}

/**
 * A "which X" or "what X" answer: the kind of X the passage names (ProtonMail for "which email"), or
 * the words that qualify X there (ব্যাক-আপ সার্ভার for "which server").
 */
function which(input: ExtractInput): ShortAnswer | undefined {
  if (input.plan.designated) return designationAnswer(input, input.plan.designated);
  // a name a naming phrase calls by the asked kind says which one, over any words that qualify the kind: "a cloth
  // shop named Maa Tara Bastralaya", "মা তারা বস্ত্রালয় নামে একটি কাপড়ের দোকান", asked which shop
  const called = input.plan.which[0] === undefined ? undefined : calledByKind(input, input.plan.which[0]);
  if (called) return called;
  let qualified: ShortAnswer | undefined;
  for (const focus of input.plan.which) {
    const found = whichOf(input, focus);
    if (!found) continue;
    // (X qualified only by the question's words says not which, but a name the passage calls by X may: "a
    // Maoist group calling itself Red Corridor Front", asked which Maoist group)
    if (found.kind === 'restated' || found.kind === 'quoted') break;
    if (found.kind !== 'qualified') return found.kind === 'narrower' ? found.answer : undefined;
    qualified = found.answer;
    break;
  }
  // asked which of a kind of actor (which group, which company) where the passage names none by a kind the
  // lexicon knows, the name in the role the question's words give it, as for who: "A group calling itself
  // BlackVault has claimed responsibility"; the name the passage calls by the kind before the words that only
  // qualify it ("A ransomware group calling itself BlackLotus": BlackLotus, not "ransomware group")
  const head = input.plan.which[0];
  if (!head || !unitConcepts(head).some((c) => ACTOR_CONCEPTS.has(c))) return qualified;
  // (a name the passage calls by the asked kind, that word within KIND_REACH words before it or right after
  // it: "group calling itself BlackVault", "ransomware group LockBit", "the Lazarus group"; else one that
  // no title or kind of person marks as someone: not "Defence Minister Rajnath Singh", who spoke of the attack)
  const found = namedSpan(input, false);
  if (!found) return qualified;
  const { answer: name, first, last } = found;
  const { text } = input;
  // (the qualified kind already when the name is its qualifier: "the Three Rivers Power company")
  const inQualified = qualified !== undefined && name.start >= qualified.start && name.end <= qualified.end;
  if (!inQualified && unitPositions(text, head).some((k) => (k < first && first - k <= KIND_REACH) || k === last + 1)) return name;
  if (qualified) return qualified;
  const someone = (k: number) => k >= 0 && (isNameTitle(text.tokens[k]!.norm) || conceptsAt(text, k).some((c) => !isOrganisation(c) && withParents(c).some((p) => p === PERSON || ACTOR_CONCEPTS.has(p))));
  return Array.from({ length: last - first + 2 }, (_v, j) => first - 1 + j).some(someone) ? undefined : name;
}

/** How many words a cause may run to: the words after an English marker, before a Hindi or Bengali one. */
const CAUSE_WORDS = 7;

/** How far (in words) from the question's own words a cause's marker may stand and still say what caused them. */
const CAUSE_REACH = 8;

/** How many words after a noun of cause its clause may run to for its end to say what the cause is. */
const CAUSE_CLAUSE = 20;

/**
 * Why, or what caused something (QuestionPlan.asksCause): the words a phrase of cause ties to what the question
 * asks about, near the question's own words. In English the cause follows its marker ("due to a software fault",
 * "caused by heavy rain") or the copula after a noun of cause ("the cause of the fire was a short circuit"); in
 * Hindi and Bengali it precedes its marker, in the genitive ("भारी बारिश के कारण", "ঝড়ের কারণে"), or ends the clause
 * a noun of cause opens after the genitive of what it caused ("आग की वजह … बिजली का शॉर्ट सर्किट लग रही है",
 * "আগুনের কারণ শর্ট সার্কিট"). Only in the phrase of the question's words and of what it asks about (more than
 * half of its words, or a noun of cause that names it); never what the question already says (आग of "आग की वजह"),
 * never a cause its phrase denies: then the quotes alone answer.
 */
function cause(input: ExtractInput): ShortAnswer | undefined {
  const { text, language } = input;
  const { tokens } = text;
  const norms = tokens.map((t) => t.norm);
  const { plan } = input;
  // (the question's words of what was caused, not its own word of cause; each where the passage writes it or
  // one sense of it, not by a likeness of sound or a far sense, which may be a word of anything)
  const surely = (u: QueryUnit): QueryUnit => ({ ...u, alts: u.alts.filter((a) => a.strength >= DICTIONARY_STRENGTH) });
  const asked = plan.units.filter((u, i) => !plan.framing[i] && !unitConcepts(u).includes(CAUSE)).map((u) => unitPositions(text, surely(u)));
  const near = new Set(asked.flat());
  if (near.size === 0) return undefined;
  // (the text's edges part phrases too)
  const parted = (k: number) => k < 0 || k + 1 >= tokens.length || breaksPhrase(gap(input, k, k + 1));
  const verbal = (k: number) => isCopula(norms[k]!) || isPassiveAuxiliary(norms[k]!, language) || makesVerb(norms[k]!, language);
  // the words of a cause from `first` on, after an English marker: past its articles, up to CAUSE_WORDS words of
  // its own, to the end of its phrase or a clause it opens ("a software fault that surfaced…", "heavy rain and
  // poor maintenance": the first cause), ending on a word of its own
  const after = (from: number): { first: number; last: number } | undefined => {
    let first = from;
    while (first < tokens.length && isArticle(norms[first]!)) first++;
    let last = -1;
    let words = 0;
    for (let k = first; k < tokens.length && words < CAUSE_WORDS; k++) {
      if (k > first && parted(k - 1)) break;
      const norm = norms[k]!;
      if (opensClause(norm) || isRelativePronoun(norm) || isCoordinator(norm) || isDisjunction(norm)) break;
      if (isFunctionWord(input, k)) {
        // (its own possessive opens it: "because of their belief in…")
        if (k === first && !isPossessive(norm)) break;
        continue;
      }
      last = k;
      words++;
    }
    return last >= first ? { first, last } : undefined;
  };
  // the words of a cause that end at `last`, before a Hindi or Bengali marker: back over its words and the
  // genitives between them (बिजली का शॉर्ट सर्किट), to any other function word or a verb
  const before = (last: number, bound = 0): { first: number; last: number } | undefined => {
    if (last < bound || isFunctionWord(input, last) || verbal(last)) return undefined;
    let first = last;
    for (let k = last - 1; k >= bound && last - first + 1 < CAUSE_WORDS; k--) {
      if (parted(k)) break;
      // (a genitive or a negation between its words is part of it: बिजली का शॉर्ट सर्किट, वेतन न मिलने; another
      // marker or noun of cause ends it, भारी बारिश के कारण जलभराव के कारण)
      const joins = isGenitiveMarker(norms[k]!) || isNegationParticle(norms[k]!, language);
      if (joins && k - 1 >= bound && !parted(k - 1) && !isFunctionWord(input, k - 1) && !verbal(k - 1) && !isCauseNoun(norms[k - 1]!, language)) continue;
      if (isFunctionWord(input, k) || verbal(k) || isCauseNoun(norms[k]!, language)) break;
      first = k;
    }
    return { first, last };
  };
  // (a verbal noun before the marker writes the cause as a clause, its verb last: सिग्नल फेल होने के कारण,
  // সিগন্যাল বিকল হওয়ার কারণে; the words before the verb and the verb with them)
  const verbalCause = (last: number) => {
    let end = last;
    while (end >= 0 && last - end < 2 && !parted(end) && (isFunctionWord(input, end) || verbal(end))) end--;
    const found = end >= 0 && (end === last || !parted(end)) ? before(end) : undefined;
    return found && { first: found.first, last };
  };
  const genitiveBefore = (k: number) => k > 0 && !parted(k - 1) && (isGenitiveMarker(norms[k - 1]!) || endsAsGenitive(norms[k - 1]!) || endsAsVowelGenitive(norms[k - 1]!));
  // (a noun of cause tied by a copula says what the cause is outright: it is read before a marker's; `of` where it
  // says what it is the cause of in the question's words, आग की वजह, "the cause of the fire")
  const candidates: { first: number; last: number; at: number; said: boolean; of?: boolean }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const marker = causeMarkerAt(norms, k, language);
    if (marker > 0) {
      // (Hindi writes the cause's genitive as a word of the marker, के कारण; Bengali onto the cause, ঝড়ের কারণে,
      // হওয়ার কারণে, whose postposition takes no other case)
      const found = isVerbFinal(language) ? verbalCause(k - 1) : after(k + marker);
      if (found) candidates.push({ ...found, at: k, said: false });
      k += marker - 1;
      continue;
    }
    if (!isCauseNoun(norms[k]!, language)) continue;
    if (!isVerbFinal(language)) {
      // the cause (of the fire) was …: a noun of cause with its article, then a copula before the clause ends
      if (k === 0 || !(isArticle(norms[k - 1]!) || isPossessive(norms[k - 1]!))) continue;
      for (let j = k + 1; j < tokens.length && j - k <= CAUSE_REACH && !parted(j - 1); j++) {
        if (!isBeForm(norms[j]!, language)) continue;
        const found = after(j + 1);
        const of = Array.from({ length: j - k - 1 }, (_v, i) => k + 1 + i).some((i) => near.has(i));
        if (found) candidates.push({ ...found, at: k, said: true, of });
        break;
      }
      continue;
    }
    // आग की वजह … है, আগুনের কারণ …: the genitive of what was caused before the noun, the cause at the end of
    // its clause, before the verb and the auxiliaries that end it (लग रही है: a word an auxiliary other than a
    // copula follows is a verb, unless a verb of the language's own is there: ब्रेक फेल होना है)
    // (the noun is the subject, no postposition's: not वजह पर, वजह का, वजह जानने के लिए)
    if (!genitiveBefore(k) || k + 1 >= tokens.length || isFunctionWord(input, k + 1)) continue;
    // (the clause ends where a mark parts it, or before a quotative: শর্ট সার্কিট বলে মনে করা হচ্ছে; one that runs
    // on past CAUSE_CLAUSE words says more than what its noun is; and it ends in a copula or the quotative, as a
    // clause that says what the noun is does: not "…पता लगाने के लिए टीम मौके पर पहुंची")
    let end = k + 1;
    while (end + 1 < tokens.length && end - k < CAUSE_CLAUSE && !parted(end) && !isQuotative(norms[end + 1]!, language)) end++;
    if (end - k >= CAUSE_CLAUSE || !(isCopula(norms[end]!) || (end + 1 < tokens.length && isQuotative(norms[end + 1]!, language)))) continue;
    let k2 = end;
    let auxiliary = false;
    let verb = false;
    while (k2 > k && (isFunctionWord(input, k2) || verbal(k2))) {
      if (makesVerb(norms[k2]!, language)) verb = true;
      else if (!isCopula(norms[k2]!)) auxiliary = true;
      k2--;
    }
    if (auxiliary && !verb && k2 > k + 1) k2--;
    while (k2 > k && (isFunctionWord(input, k2) || verbal(k2))) k2--;
    const found = k2 > k ? before(k2, k + 1) : undefined;
    // (only a place may stand between the noun and its cause, "आग की वजह गोदाम में …": not a purpose, "वजह जानने के
    // लिए जांच कमेटी …")
    const between = (c: { first: number }) => Array.from({ length: c.first - k - 1 }, (_v, j) => k + 1 + j).every((j) => !isFunctionWord(input, j) || isGenitiveMarker(norms[j]!) || isPlaceMarker(norms[j]!));
    const of = near.has(k - 1) || (isGenitiveMarker(norms[k - 1]!) && near.has(k - 2));
    if (found && between(found)) candidates.push({ ...found, at: k, said: true, of });
  }
  // (within the phrase of the marker: no mark parts them, "The hospital, which was closed due to renovation,
  // said three patients died" gives no cause of the deaths)
  const phraseOf: number[] = [];
  tokens.forEach((_t, k) => phraseOf.push(k === 0 ? 0 : phraseOf[k - 1]! + (parted(k - 1) ? 1 : 0)));
  const distance = (at: number) => {
    let d = Infinity;
    for (const p of near) if (phraseOf[p] === phraseOf[at]) d = Math.min(d, Math.abs(p - at));
    return d;
  };
  // (a phrase that denies it gives no cause: "did not collapse due to overloading", ओवरलोडिंग के कारण नहीं गिरा; a
  // negation within the cause is the cause's own, वेतन न मिलने के कारण)
  const denials = tokens.flatMap((t, k) => (isDenial(t.norm) || isDeniedForm(t.norm, language) ? [k] : []));
  const denied = (c: { first: number; last: number; at: number }) => denials.some((k) => phraseOf[k] === phraseOf[c.at] && (k < c.first || k > c.last));
  // (nor one said to be unknown or still looked into: "the cause of the accident was unclear", "आग की वजह अज्ञात है")
  const unknown = (c: { first: number; last: number }) => Array.from({ length: c.last - c.first + 1 }, (_v, j) => c.first + j).some((k) => isUnknownWord(norms[k]!, language));
  // (the question's own words as written, not by a sense: one inside a cause runs it into another clause about
  // them, "because of traffic as the fire spread")
  const written = new Set(plan.units.flatMap((u) => unitPositions(text, { ...u, alts: u.alts.filter((a) => (a.field === 'text' || a.field === 'stem') && a.strength >= STRENGTH.stem) })));
  // (it is a cause of what the question asks about when the phrase holds more than half the question's words: "The
  // fire spread because of the wind" is no cause of the fire breaking out; or where a noun of cause says outright
  // that it is the cause of what the question names, "the cause of the fire was", आग की वजह asked why the fire started)
  const ofQuestion = (c: { at: number; of?: boolean }) => c.of === true || asked.filter((ps) => ps.some((p) => phraseOf[p] === phraseOf[c.at])).length * 2 > asked.length;
  // (what the question says already is not its cause: आग of "आग की वजह"; the question's words that open it are
  // left out, "आग शॉर्ट सर्किट" asked why the fire broke out, and one word left after them is the question's own
  // event as a verbal noun, आग लगने, सर्वर डाउन रहने; its words further in may be a sense of the question's, "a
  // fault in the grid" asked what caused the blackout)
  const own = (c: { first: number; last: number }): { first: number; last: number } | undefined => {
    // (nor a word that points back, इसी कारण: what it points to is in another sentence)
    if (c.first === c.last && isDefiniteDeterminer(norms[c.first]!, language)) return undefined;
    let first = c.first;
    while (first <= c.last && (near.has(first) || isGenitiveMarker(norms[first]!))) first++;
    // (what is left opens with a word of its own, not "at the temple" of "the stampede at the temple")
    if (first > c.last || (first > c.first && (first === c.last || isFunctionWord(input, first)))) return undefined;
    for (let k = first + 1; k <= c.last; k++) if (written.has(k)) return undefined;
    return { first, last: c.last };
  };
  const best = candidates
    .filter((c) => distance(c.at) <= CAUSE_REACH && !denied(c) && !unknown(c) && ofQuestion(c))
    .flatMap((c) => {
      const words = own(c);
      return words ? [{ ...c, ...words }] : [];
    })
    .sort((a, b) => Number(b.said) - Number(a.said) || distance(a.at) - distance(b.at) || a.at - b.at)[0];
  if (!best) return undefined;
  const s = span(input, best.first, best.last);
  return { ...s, readout: null, value: { kind: 'words', text: s.text.toLowerCase() } };
}

/** How many words before a name the kind a which asks for may stand to call it so ("a group calling itself X"). */
const KIND_REACH = 3;

/**
 * A name the passage calls by the kind a which asks for with a naming word (names.ts NameSpan.namingAt), the kind
 * being the noun the naming word is joined to: right before it in English ("a cloth shop named X", not "the shop
 * owner named X"); after it in Hindi and Bengali, within KIND_REACH words and past only an article and genitives
 * that qualify it ("X নামে একটি কাপড়ের দোকান", "X नाम की एक फैक्ट्री", not "দোকানের মালিক X নামে এক ব্যক্তি"). The
 * name as written, in no case of its own.
 */
function calledByKind(input: ExtractInput, head: QueryUnit): ShortAnswer | undefined {
  const kindAt = unitPositions(input.text, head);
  if (kindAt.length === 0) return undefined;
  const { tokens } = input.text;
  const qualifies = (k: number) => isArticle(tokens[k]!.norm) || endsAsGenitive(tokens[k]!.norm) || isGenitiveMarker(tokens[k]!.norm);
  const spans = askedNames(input, askedIn(input, questionPositions(input)));
  for (const n of spans) {
    const at = n.namingAt;
    if (at === undefined) continue;
    const joined = (k: number) => (k < at ? k === at - 1 : k > at && k - at <= KIND_REACH && Array.from({ length: k - at - 1 }, (_v, j) => at + 1 + j).every(qualifies));
    if (!kindAt.some((k) => joinedIn(input, Math.min(k, at), Math.max(k, at)) && joined(k))) continue;
    const s = span(input, n.first, n.last);
    return { ...s, readout: null, value: { kind: 'words', text: s.text.toLowerCase() } };
  }
  return undefined;
}

/**
 * How surely a passage holds a name of the kind a who or where question asks for, by the writing alone
 * (names.ts: capitalized in English, marked and repeated in Hindi and Bengali; a place where a marker
 * places it): as surely as one named actor of the lexicon (NAMED_ACTOR_STRENGTH) when it names someone
 * (or somewhere) of the asked kind the question does not, else 0. Most
 * names are in no lexicon, and a passage that names a person answers "who" better than one that only
 * says "the family".
 */
export function nameStrength(plan: QuestionPlan, passage: PassageText): number {
  if (plan.type !== 'person' && plan.type !== 'place') return 0;
  const input = { ...passage, plan };
  const place = plan.type === 'place';
  const names = askedNames(input, askedIn(input, questionPositions(input)));
  return names.some((n) => !n.thing && kindOfName(passage.text, n, place) !== undefined) ? NAMED_ACTOR_STRENGTH : 0;
}

/**
 * How surely a passage answering a "which X" holds its answer: a kind of X the lexicon names (ProtonMail
 * for "which email service") as surely as a date holds a time, X with words that qualify it (ডিজিটাল
 * হেলথকেয়ার সার্ভিস) half. Neither is as sure as a count or a clock time: the lexicon names few kinds of
 * anything, so the passage that names the answer (France for "what nation") often shows no sign of it,
 * and the words before X are as often a description as the answer.
 */
export const WHICH_NARROWER = 0.75;
const WHICH_QUALIFIED = 0.5;

/** How surely a passage answers a "which X": WHICH_NARROWER when it names a kind of X, WHICH_QUALIFIED when it only qualifies X, 0 when neither. */
export function whichStrength(plan: QuestionPlan, passage: PassageText): number {
  const input = { ...passage, plan };
  // (the number that designates the thing asked about is as sure a sign as a clock time)
  if (plan.designated) return designationAnswer(input, plan.designated) ? 1 : 0;
  let best = 0;
  for (const focus of plan.which) {
    const found = whichOf(input, focus);
    if (found) best = Math.max(best, found.kind === 'narrower' || found.kind === 'quoted' ? WHICH_NARROWER : WHICH_QUALIFIED);
  }
  return best;
}

/**
 * How a passage says which X: by a narrower kind of X (ProtonMail, an email), by words that qualify X (the
 * e-hospital server), or by words that say only that there are other X ('other') or that qualify X only with
 * the question's own words ('restated': "the Super Cup" asked which Super Cup, "state law" asked what state
 * law). A title quoted right after X ('quoted': the hymn "Ein neues Lied wir heben an") is as sure a sign for
 * ranking as a narrower kind, and no answer: a quote there is as often a word said of X (termed the budget
 * "Historic"). 'other' and 'restated' are signs for ranking, that the passage speaks of kinds of X, and no
 * answer. So are the words before the verb a question asks what was done by ('done': QuestionPlan.whichIsVerb,
 * क्या परोसा गया over "…आलू की सब्जी परोसी गई"), which a list or a clause may end as well as the thing done,
 * unless a genitive joins them to it as to a noun ("फिरौती की मांग की", "साइबर सुरक्षा का काम करती है"); a
 * narrower kind of it answers still (फिरौती, ransom, a kind of demand).
 */
type WhichKind = 'narrower' | 'qualified' | 'other' | 'restated' | 'done' | 'quoted';

function whichOf(input: ExtractInput, focus: QueryUnit): { answer: ShortAnswer; kind: WhichKind } | undefined {
  const { text } = input;
  const focusConcepts = new Set(unitConcepts(focus));
  // a kind asked about alone ("what type was it", "kis prakar ke …" read word by word) names nothing a
  // passage could qualify: a word of kind there is no kind of anything (बुरी तरह, badly)
  if (focusConcepts.has(KIND)) return undefined;
  const focusWords = new Set(focus.alts.filter((a) => a.field !== 'concept').map((a) => termKey(a.field, a.term)));
  const inQuestion = input.plan.asked;
  // (the passage's words that stand for the question's, read once for the name after a kind and for a restated X)
  const near = questionPositions(input);
  const titled = focus === input.plan.focus ? nameAfterKind(input, focus, near) : undefined;
  if (titled) return { answer: titled, kind: 'narrower' };
  const quoted = quotedAfterKind(input, focus, near);
  if (quoted) return { answer: quoted, kind: 'quoted' };
  // a narrower kind of what is asked about: ProtonMail is an email
  const narrowerOf = (i: number) => conceptsAt(text, i).find((c) => !focusConcepts.has(c) && !inQuestion.has(c) && withParents(c).slice(1).some((p) => focusConcepts.has(p)));
  for (let i = 0; i < text.tokens.length; i++) {
    const kind = narrowerOf(i);
    if (kind) {
      let last = i;
      while (last + 1 < text.tokens.length && conceptsAt(text, last + 1).includes(kind)) last++;
      const list = listAfter(input, last, narrowerOf);
      if (list.items.length > 0) {
        const s = span(input, i, list.last);
        const readings: NameWord[] = [{ ids: [kind] }, ...list.items.map((item) => (item.kind && label(item.kind, 'en') ? { ids: [item.kind] } : { text: span(input, item.first, item.last).text }))];
        const known = list.items.every((item) => item.kind !== undefined);
        const value: AnswerValue = known ? { kind: 'name', ids: [kind, ...list.items.map((item) => item.kind!)] } : { kind: 'words', text: s.text.toLowerCase() };
        return { answer: { ...s, readout: isAscii(s.text) ? null : { kind: 'names', words: listed(readings) }, value }, kind: 'narrower' };
      }
      return { answer: { ...span(input, i, last), readout: label(kind, 'en') ? { kind: 'names', words: [{ ids: [kind] }] } : null, value: { kind: 'name', ids: [kind] } }, kind: 'narrower' };
    }
  }
  const at = text.tokens.findIndex((_t, i) => [...text.keys[i]!].some((k) => focusWords.has(k)) || conceptsAt(text, i).some((c) => focusConcepts.has(c)));
  if (at < 0) return undefined;
  // a word that only qualifies what is asked about ("German" in "which German ruler") answers only where it ends
  // its phrase or the question's words go on from it: followed by a word of the passage's own it qualifies that
  // word ("prominent German officers"), and what qualifies it there says nothing of which ruler
  const next = at + 1;
  if (focus !== input.plan.which[0] && next < text.tokens.length && !isFunctionWord(input, next) && !near.has(next) && !breaksPhrase(gap(input, at, next))) return undefined;
  // a number that designates X says which one: "प्लेटफॉर्म नंबर चार", "৪ নম্বর প্ল্যাটফর্ম"
  const designation = designationOf(input, at);
  if (designation) {
    const s = span(input, designation.first, designation.last);
    return { answer: { ...s, readout: null, value: { kind: 'words', text: s.text.toLowerCase() } }, kind: 'qualified' };
  }
  if (at === 0) return undefined;
  let first = at;
  let other = false;
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const tok = text.tokens[i]!;
    // a qualifier may be joined by a genitive (विदेश के एक गिरोह) or an article-like "one"
    const joiner = isQualifierJoiner(tok.norm);
    if (joiner && i > 0 && i < at - 0) continue;
    // X with a question word right before it is asked about, not named (তবে ঠিক কী দাবি, তা স্পষ্ট হয়নি: what
    // exactly is demanded is not clear)
    if (i === at - 1 && isInterrogative(tok.norm)) return undefined;
    // (a count in letters too: "the utility's twelve servers" counts them, it says not which, though a number
    // joined into a word (five-star) or in a name (Three Rivers Power; not a count opening a sentence, "Two
    // servers") qualifies, and "one", as often an article, joins a qualifier in the genitive (বিদেশের একটি
    // চক্র) as एक does; and a postposition ends the phrase, सूत्रों के मुताबिक, সূত্র অনুযায়ী, "according to
    // sources", unless the genitive's marker after it makes it a qualifier of X itself, पीछे के दरवाजे, the
    // back door)
    const number = text.numbers.find((n) => n.first <= i && i <= n.last);
    // (opening a sentence, only before a name of two capitalized words or more, X itself among them, not an
    // acronym: "Three Rivers Power company", "Seven Hills Hospital", not "Two AIIMS servers" nor "Two Delhi hospitals")
    const capitalized = (k: number) => k <= at && isLatinName(text.tokens[k]!.raw);
    const named = isLatinName(tok.raw) && ((i > 0 && !endsSentenceBetween(gap(input, i - 1, i))) || (capitalized(i + 1) && capitalized(i + 2) && !isAcronym(text.tokens[i + 1]!)));
    if (number && isOneInLetters(text, number) && i > 0 && isSurelyGenitive(text.tokens[i - 1]!.norm)) continue;
    const counts = number !== undefined && gap(input, i, i + 1) !== '-' && !named;
    const postposition = isCompoundPostposition(tok.norm) && !(i + 1 < text.tokens.length && isGenitiveMarker(text.tokens[i + 1]!.norm));
    // (a function word capitalized inside a sentence is a name's: Hepatitis A virus, Class A shares, The Hindu)
    const ofName = isLatinName(tok.raw) && i > 0 && !endsSentenceBetween(gap(input, i - 1, i));
    // (how many of X says not which: the qualifier ends there, "several Indian players" is Indian players, and
    // "several players", कई खिलाड़ी, with nothing between, is as "other X", a sign for ranking and no answer; not
    // a word of a name, "All India Radio", nor of a compound, "all-party", nor one a comma parts from X)
    if (isQuantifier(tok.norm, input.language) && !named && !ofName && gap(input, i, i + 1) !== '-' && !breaksPhrase(gap(input, i, i + 1))) {
      if (first === at) {
        other = true;
        first = i;
      }
      break;
    }
    if (tok.numeric || counts || postposition || (isFunctionWord(input, i) && !ofName)) break;
    // a qualifier the question already has is not the answer, nor a word that only says "of the kind"
    // (যে ধরনের তথ্য, the kind of data that…: no kind named)
    if (conceptsAt(text, i).some((c) => inQuestion.has(c) || c === KIND)) break;
    // "other X" (अन्य एजेंसियों, other agencies) names no kind of X either, but says kinds of X are spoken of
    // there (other diseases, including typhus): a sign for ranking, no answer
    if (isOtherWord(tok.norm)) other = true;
    // only words joined to X: a comma or a danda in between ends the qualifier
    if (breaksPhrase(gap(input, i, i + 1))) break;
    first = i;
  }
  if (first === at) return undefined;
  // X denied right before its qualifier ("no customer data had been stolen"), or before the alternatives it ends
  // ("No passwords or payment data were compromised": the item before "or" right after the denial; "no
  // firewalls and customer data was leaked" joins clauses), is not what was
  const deniedAt = (k: number) => k >= 0 && isDenial(text.tokens[k]!.norm);
  if (deniedAt(first - 1)) return undefined;
  const joiner = first - 1;
  if (joiner >= 2 && isDisjunction(text.tokens[joiner]!.norm) && joinedIn(input, joiner - 1, first)) {
    for (let k = joiner - 1; k >= Math.max(1, joiner - LIST_ITEM_WORDS); k--) {
      if (isFunctionWord(input, k) || !joinedIn(input, k, k + 1)) break;
      if (deniedAt(k - 1)) return undefined;
    }
  }
  const s = span(input, first, at);
  const ids = Array.from({ length: at - first + 1 }, (_v, k) => conceptsAt(text, first + k)[0]).filter((c): c is string => c !== undefined);
  // (words of its own besides the question's, the joiners of a qualifier aside, tell which X it is)
  const restated = Array.from({ length: at - first }, (_v, k) => first + k).every((k) => near.has(k) || isFunctionWord(input, k) || isQualifierJoiner(text.tokens[k]!.norm));
  const done = input.plan.whichIsVerb && !isGenitiveMarker(text.tokens[at - 1]!.norm) && !isSurelyGenitive(text.tokens[at - 1]!.norm);
  if (done && !other && !restated && input.plan.asksDone) {
    const object = doneObject(input, at, near);
    if (object) return { answer: object, kind: 'qualified' };
  }
  const kind = other ? 'other' : restated ? 'restated' : done ? 'done' : 'qualified';
  return { answer: { ...s, readout: ids.length === at - first + 1 ? { kind: 'names', words: [{ ids }] } : null, value: { kind: 'words', text: s.text.toLowerCase() } }, kind };
}

/** The most words the object of a verb asked what was done by runs to, the verb's own word not counted (doneObject). */
const DONE_OBJECT_WORDS = 4;
/** The most words of a verb group after the verb's own word, up to its clause's end (doneObject: किया गया है, করা হয়েছে). */
const VERB_GROUP_WORDS = 5;

/**
 * What was done, where a what-word asks what a verb did (QuestionPlan.asksDone: पुलिस ने क्या बरामद किया, কী
 * উদ্ধার করা হয়েছে): the noun phrase a passage writes right before that verb's word, `at`. With the word where
 * a word that makes a verb of it follows (देसी पिस्तौल बरामद की: देसी पिस्तौल बरामद), as a which answer holds its
 * X: such a word is as often a noun the phrase qualifies as a root that takes it (सख्त कार्रवाई करेगी, बड़े बदलाव
 * किए), which nothing tells apart; without it where it is the verb itself (खिचड़ी परोसी गई: खिचड़ी). A currency sign
 * or an opening quote right before the phrase's first word comes with it (₹5 लाख, "स्वच्छ भारत" अभियान). Only
 * where the passage surely writes it so; four things must hold.
 * - `at` is the verb: from the word after it to its clause's end stand only function words and words that make
 *   a verb (करेगा), one of them making a verb or a passive (not উদ্ধার অভিযান শুরু, a rescue operation; not
 *   बरामद करने में नाकाम रही, failed to; not बरामद करने गया, went to).
 * - It was done: no denial nor hedge anywhere in its sentence (बरामद नहीं हुआ, किया था या नहीं, यह साफ नहीं है कि…,
 *   शायद, নাকি: data denials, hedges), no verb of its group denied by its ending (উদ্ধার হয়নি: denialEndings), and
 *   the passage's verb a future where the question's is, and only there (QuestionPlan.asksFuture: सरकार ने क्या
 *   शुरू किया? over "सरकार अगले महीने नई योजना शुरू करेगी", a plan, not a deed).
 * - A word marks where the phrase begins: a case marker or a postposition written apart (पुलिस ने आरोपी के पास से
 *   देसी पिस्तौल बरामद की; ঘটনাস্থল থেকে দুটি মোবাইল ফোন), an adverb of the verb or a conjunctive participle
 *   (फिर, আবার, छापा मारकर, অভিযান চালিয়ে: data clauseAdverbs, conjunctiveEndings), a word of time that is no
 *   count's unit nor a genitive (अगले महीने, not 24 घंटे हेल्पलाइन or দুই দিনের পুরনো লাশ). A Bengali locative
 *   written onto its word marks the phrase's start only before a count (স্থানীয়দের সহায়তায় দুটি লাশ):
 *   elsewhere it may be inside it (কাপড়ে মোড়া লাশ, a body wrapped in cloth); and a word of the question's
 *   elsewhere may be one of the object's name (संडे टाइम्स यूनिवर्सिटी ऑफ द ईयर पुरस्कार). None within
 *   DONE_OBJECT_WORDS, or a comma or a coordinator first (a list may end there: दाल-चावल और आलू की सब्जी), or a
 *   function word or a pronoun in the phrase (সেগুলো): no answer.
 * - A passive or a doer's marker sets its doer apart from the phrase, the question's doer where it names one
 *   (doneBy): a subject needs no marker (সোমবার পুলিশ দুটি ফোন উদ্ধার করেছে, পুলিশ সুপার দুটি পিস্তল উদ্ধার করেছেন),
 *   so without either the words before the verb may hold the doer as well as the object.
 */
function doneObject(input: ExtractInput, at: number, near: ReadonlySet<number>): ShortAnswer | undefined {
  const { text, language } = input;
  const norm = (k: number) => text.tokens[k]!.norm;
  const count = text.tokens.length;
  const clauseEndsAt = (k: number) => !joinedIn(input, k - 1, k) || joinsClauses(norm(k));
  // (a passive's auxiliary after a form of "do", किया गया, or right after the verb itself, परोसी गई; not after
  // an infinitive, बरामद करने गया, went to recover)
  const passiveAt = (k: number) => undergoes(norm(k), text.tokens[k - 1]?.norm, language) || (k === at + 1 && isPassiveAuxiliary(norm(k), language));
  let passive = false;
  let made = false;
  let future = false;
  for (let k = at + 1; !clauseEndsAt(k); k++) {
    const verbal = makesVerb(norm(k), language) || passiveAt(k);
    if (k - at > VERB_GROUP_WORDS || isDeniedForm(norm(k), language) || !(verbal || isFunctionWord(input, k))) return undefined;
    passive ||= passiveAt(k);
    made ||= makesVerb(norm(k), language);
    future ||= isFutureForm(norm(k), language);
  }
  // (the passage's verb a future where the question's is, and only there: सरकार ने क्या शुरू किया? over "सरकार अगले
  // महीने नई योजना शुरू करेगी" asks a deed, and the passage says a plan)
  if (!(made || passive) || future !== input.plan.asksFuture) return undefined;
  // (nor a denial or a hedge anywhere in the sentence: "किया था या नहीं", "यह साफ नहीं है कि…", "…তবে পুলিশ তা
  // অস্বীকার করেছে", "पुलिस ने शायद हथियार बरामद किया")
  let from = at;
  while (!opensSentence(input, from)) from--;
  for (let k = from; k < count && (k <= at || !opensSentence(input, k)); k++) if (isDenial(norm(k)) || isHedge(norm(k))) return undefined;
  // (a word of time that is no count's unit nor a genitive: अगले महीने, not 24 घंटे हेल्पलाइन, দুই দিনের পুরনো)
  const timed = (i: number) => wordOfTime(text, i) && !text.numbers.some((n) => n.last === i - 1) && !endsAsGenitive(norm(i)) && !(i + 1 < count && isGenitiveMarker(norm(i + 1)));
  // (a Bengali locative before a count is an adverbial's, স্থানীয়দের সহায়তায় দুটি লাশ, গোপন সংবাদে দুটি পিস্তল)
  const placedBeforeCount = (i: number) => inLocative(norm(i)) && text.numbers.some((n) => n.first === i + 1);
  const marks = (i: number) => caseMarkerAt(input, i) || isClauseAdverb(norm(i), language) || isConjunctive(norm(i), language) || timed(i) || placedBeforeCount(i);
  let first = at;
  for (let i = at - 1; ; i--) {
    if (i < 0 || !joinedIn(input, i, i + 1)) return undefined;
    if (marks(i)) break;
    if (isCoordinator(norm(i)) || isDisjunction(norm(i))) return undefined;
    // (a genitive's marker inside the phrase joins a word to it, साइबर सुरक्षा का काम; a number counts it, দুটি ফোন)
    const joins = isQualifierJoiner(norm(i)) && i < at - 1;
    const counts = text.numbers.some((n) => n.first <= i && i <= n.last);
    // (nor a pronoun, which names nothing: সেগুলো উদ্ধার করেছে)
    if (near.has(i) || isAnaphor(norm(i), language) || (isFunctionWord(input, i) && !joins && !counts)) return undefined;
    first = i;
    if (at - first > DONE_OBJECT_WORDS) return undefined;
  }
  if (first === at || isQualifierJoiner(norm(first)) || !doneBy(input, first, passive)) return undefined;
  // (the verb's word ends the answer where a word that makes a verb of it follows, a noun or a root it joins,
  // बरामद की, कार्रवाई करेगी; not where it is the verb itself, inflected before its auxiliary, परोसी गई, बताया गया)
  const s = span(input, first, makesVerb(norm(at + 1), language) ? at : at - 1);
  // (with the currency sign or the opening quote right before its first word: ₹5 लाख, "स्वच्छ भारत" अभियान)
  const before = input.body.slice(input.offset + text.tokens[first - 1]!.end, input.offset + text.tokens[first]!.start);
  const sign = currencySignBefore(before);
  const mark = /(\S)$/u.exec(before)?.[1];
  const opened = mark !== undefined && [...closingQuotes(mark)].some((c) => s.text.includes(c)) ? mark : '';
  const lead = sign ? sign.sign : opened;
  const shown = lead ? { ...s, start: s.start - (sign ? sign.length : opened.length), text: lead + s.text } : s;
  return { ...shown, readout: null, value: { kind: 'words', text: shown.text.toLowerCase() } };
}

/** Whether a word joins two clauses or parts of one (doneObject, doneBy): a coordinator, an "or", a relative pronoun or a word that opens a clause (और, या, जो, कि, যে). */
const joinsClauses = (norm: string) => isCoordinator(norm) || isDisjunction(norm) || isRelativePronoun(norm) || opensClause(norm);

/** Whether a word is one of time: a date's, a part of the day's, a span's (month, घंटे), or a clock time's word (12:30 बजे; not its number, which a decimal may be read as: 0.25 प्रतिशत). */
function wordOfTime(text: AnalyzedText, i: number): boolean {
  const token = text.tokens[i]!;
  return (
    conceptsAt(text, i).some((c) => TIME_CONCEPTS.has(c)) ||
    isTimeUnit(token.norm) ||
    (!token.numeric && inClockTime(text, i))
  );
}

/**
 * Whether a word is a case marker or a postposition written apart (ने, को, से, में, থেকে, के खिलाफ), or a function
 * word after a genitive, a postposition too (के लिए, কৃষকদের জন্য); not one another genitive makes a noun's (पीछे के दरवाजे).
 */
function caseMarkerAt(input: ExtractInput, i: number): boolean {
  const norm = (k: number) => input.text.tokens[k]!.norm;
  if (i + 1 < input.text.tokens.length && isGenitiveMarker(norm(i + 1)) && !isDoerMarker(norm(i)) && !isObjectMarker(norm(i))) return false;
  return (
    isDoerMarker(norm(i)) ||
    isObjectMarker(norm(i)) ||
    isSourceMarker(norm(i)) ||
    isPlaceMarker(norm(i)) ||
    isCompoundPostposition(norm(i)) ||
    (i > 0 && isFunctionWord(input, i) && (isGenitiveMarker(norm(i - 1)) || endsAsGenitive(norm(i - 1))))
  );
}

/**
 * Whether the doer of the verb whose object's phrase begins at `first` is the one the question names
 * (QuestionPlan.doer), or stands apart from the phrase where it names none (doneObject), read in the phrase's
 * own clause. With a doer's marker (ने, द्वारा, দ্বারা, কর্তৃক), the words before the nearest must be the question's
 * doer, all of it where it names one (not विपक्ष ने, asked what the government did; not मुंबई पुलिस ने, asked what
 * the Delhi police did; not सेना द्वारा, asked what the police did). With a passive verb and no marker, the
 * question's doer must stand in the clause where it names one (পুলিশের হাতে). With neither, no doer stands apart:
 * a subject needs no marker, and the words before the verb may hold it as well as the object (সোমবার পুলিশ দুটি
 * ফোন উদ্ধার করেছে; পুলিশ সুপার দুটি পিস্তল উদ্ধার করেছেন, where পুলিশ opens the doer's own name; পুলিশ সদস্যদের সামনে
 * র‍্যাব দুটি পিস্তল উদ্ধার করেছে), so no answer.
 */
function doneBy(input: ExtractInput, first: number, passive: boolean): boolean {
  const { text } = input;
  const norm = (k: number) => text.tokens[k]!.norm;
  const { doer } = input.plan;
  // the phrase's clause: back to a comma, a sentence's end or a word that joins clauses
  let start = first;
  while (start > 0 && joinedIn(input, start - 1, start) && !joinsClauses(norm(start - 1))) start--;
  const clause = Array.from({ length: first - start }, (_v, i) => start + i);
  const markerAt = clause.findLast((i) => isDoerMarker(norm(i)));
  if (markerAt !== undefined) return doer.length === 0 || namedBefore(input, doer, markerAt, start);
  if (passive) return doer.length === 0 || clause.some((i) => unitPositions(text, doer[doer.length - 1]!).includes(i));
  return false;
}

/**
 * Whether the words right before `end` (down to `start`) are the doer a question names, all its units in order,
 * a genitive's marker between two as the question has it (दिल्ली पुलिस, सेना के जवानों).
 */
function namedBefore(input: ExtractInput, doer: readonly QueryUnit[], end: number, start: number): boolean {
  const { tokens } = input.text;
  const asked = input.plan.query.tokens;
  let k = end - 1;
  for (let u = doer.length - 1; u >= 0; u--) {
    const unit = doer[u]!;
    if (u < doer.length - 1 && k >= start && isQualifierJoiner(tokens[k]!.norm)) k--;
    // (a unit of several words, a name the lexicon knows, as the question writes each of them: दिल्ली पुलिस, not मुंबई पुलिस)
    const words = unit.end - unit.at + 1;
    const held = words === 1 ? unitPositions(input.text, unit).includes(k) : k - words + 1 >= start && Array.from({ length: words }, (_v, i) => tokens[k - words + 1 + i]!.norm === asked[unit.at + i]!.norm).every(Boolean);
    if (k < start || !held) return false;
    k -= words;
  }
  return true;
}

/** The most words a title quoted after its kind runs to: a longer quotation is something said, not a name. */
const QUOTED_TITLE_WORDS = 10;

/**
 * The title quoted right after a word of the asked kind in its own sense, which may name the one meant: the hymn
 * "Ein neues Lied wir heben an", the operation 'Sindoor', यह कथन “हम याचक हैं” जो…. A quotation is as often
 * words said or a word set apart ("called the attack "cowardly"", पार्टी "भारी बहुमत" से जीती), so only one a
 * title's form marks: in Latin script, one that opens with a capital and that no word of the passage's own
 * follows in its phrase (which the quote would qualify: the "ABC Circle" logo); in another, one a relative
 * pronoun or the phrase's end follows, as a name set in apposition is, since a verb or a postposition after
 * it reads as well as an adverb's. Not one the question's own words make up, nor one that runs past the
 * sentence or QUOTED_TITLE_WORDS words.
 */
function quotedAfterKind(input: ExtractInput, focus: QueryUnit, near: ReadonlySet<number>): ShortAnswer | undefined {
  const { text, body } = input;
  const last = text.tokens.length - 1;
  // (after the passage's last word, the body's next marks)
  const tail = (j: number) => body.slice(input.offset + text.tokens[j]!.end, input.offset + text.tokens[j]!.end + 3);
  const after = (j: number) => (j < last ? gap(input, j, j + 1) : tail(j));
  for (const k of unitPositions(text, focus).filter((i) => i < last && directlyOf(text, i, focus))) {
    const mark = quoteOpenedBy(gap(input, k, k + 1));
    if (mark === undefined) continue;
    for (let j = k + 1; j <= Math.min(last, k + QUOTED_TITLE_WORDS); j++) {
      const atEnd = j === last && input.offset + text.tokens[j]!.end + tail(j).length >= body.length;
      if (!closesQuote(after(j), mark, atEnd)) {
        if (endsSentenceBetween(after(j))) break;
        continue;
      }
      const ends = j === last || breaksPhrase(after(j)) || endsSentenceBetween(after(j));
      const opening = text.tokens[k + 1]!.raw;
      const titled = scriptOf(opening[0] ?? '') === 'latn' ? /^\p{Lu}/u.test(opening) && (ends || isFunctionWord(input, j + 1)) : ends || isRelativePronoun(text.tokens[j + 1]!.norm);
      if (!titled || Array.from({ length: j - k }, (_v, n) => k + 1 + n).every((n) => near.has(n))) break;
      const s = span(input, k + 1, j);
      return { ...s, readout: null, value: { kind: 'words', text: s.text.toLowerCase() } };
    }
  }
  return undefined;
}

/**
 * The name written right after a word of the asked kind in its own sense, which says which one it is: "chief
 * operating officer Rakesh Venkataraman" for "which official", or in apposition after a comma, up to the
 * clause's end, "the system's vendor, Ostrava Softlink Pvt Ltd." for "which company". Not a word that is the
 * kind only as a broader thing (an officer is no company, though police officers are an agency), nor a place
 * but where a place is asked, nor a name of a thing.
 */
function nameAfterKind(input: ExtractInput, focus: QueryUnit, near: ReadonlySet<number>): ShortAnswer | undefined {
  const { text } = input;
  const actor = unitConcepts(focus).some((c) => ACTOR_CONCEPTS.has(c));
  // (the word itself not part of a name, as an English one with a capital is: "Tropical Storm Beryl", "Fort
  // Caroline"; but a kind of actor with a capital before a name is its title: "Home Minister Amit Shah")
  const positions = unitPositions(text, focus).filter((i) => directlyOf(text, i, focus));
  const capitalized = (i: number) => /\p{Lu}/u.test(text.tokens[i]!.raw);
  const kinds = positions.filter((i) => actor || !capitalized(i));
  if (positions.length === 0) return undefined;
  const names = nameSpans({ text, body: input.body, offset: input.offset, asked: askedIn(input, near) });
  const next = (n: NameSpan) => text.tokens[n.last + 1]?.norm ?? '';
  // (a name that opens with a title or an office is someone of the X, not the X: "the district Collector Ravi Kumar",
  // "the airline CEO Campbell Wilson"; nor is one a list goes on from, "the company Infosys and Wipro")
  const someoneOf = (n: NameSpan) =>
    Array.from({ length: n.last - n.first + 1 }, (_v, j) => n.first + j).some(
      (j) => isNameTitle(text.tokens[j]!.norm) || isHonorific(text.tokens[j]!.norm) || conceptsAt(text, j).some((c) => ACTOR_CONCEPTS.has(c)),
    );
  // a kind of thing written with a capital inside a name that goes on past it is that name's own word: the name
  // is one of the kind, whole ("Cyclone Fani" for which cyclone, "Tropical Storm Beryl" for which storm)
  // (the name reader leaves the question's own word out of the names it reads: the name after it, with the
  // capitalized words the kind's own name opens with before it, "Tropical"; at the first place the passage
  // writes the kind, as for any which, not a later one another name only holds: "Northumbria University was
  // voted 'Best New University' by The Times Good University Guide")
  const at = positions[0]!;
  const ownName = actor || !capitalized(at) || at + 1 >= text.tokens.length || gap(input, at, at + 1) !== ' ' ? undefined : names.find((x) => x.first === at + 1);
  // (one word of its own: "University Grants Commission" is a commission; nor a function word or a place the
  // walk back reaches, "When Cyclone Fani", "Odisha Cyclone Fani")
  if (ownName && ownName.first === ownName.last && !ownName.thing && !someoneOf(ownName)) {
    let first = at;
    const opens = (k: number) => capitalized(k) && !isFunctionWord(input, k) && !isInterrogative(text.tokens[k]!.norm) && !conceptsAt(text, k).some((c) => concept(c)?.entity);
    while (first > 0 && opens(first - 1) && gap(input, first - 1, first) === ' ' && !endsSentenceBetween(gap(input, first - 1, first))) first--;
    const s = span(input, first, ownName.last);
    return { ...s, readout: null, value: { kind: 'words', text: s.text.toLowerCase() } };
  }
  for (const k of kinds) {
    const n = names.find((x) => x.first === k + 1);
    if (!n || n.thing || someoneOf(n) || isCoordinator(next(n))) continue;
    // (a name a place's marker or a source's follows is a place: "तीन प्रमुख नेटवर्क U.S. में", "मंत्री मुंबई से लौटने",
    // মন্ত্রী কলকাতায়; in Devanagari or Bengali script, where the reader of names guesses more, only a person's or a
    // body's after the kind of actor it is: कंपनी ओस्ट्रावा ने)
    const placed = n.place || isPlaceMarker(next(n)) || isSourceMarker(next(n)) || inLocative(text.tokens[n.last]!.norm);
    if ((placed && input.plan.type !== 'place') || (!isLatinName(text.tokens[n.first]!.raw) && !actor)) continue;
    const before = gap(input, k, k + 1);
    const after = n.last + 1 < text.tokens.length ? gap(input, n.last, n.last + 1) : '.';
    // (right after the word, or after its comma when the name ends its clause: "the vendor, Ostrava Softlink, said")
    if (!/^\s+$/.test(before) && !(/^,\s*$/.test(before) && (breaksPhrase(after) || endsSentenceBetween(after)))) continue;
    // (a name in Devanagari or Bengali script with a Latin reading of it, as who's names have)
    const s = span(input, n.first, n.last);
    const value: AnswerValue = { kind: 'words', text: s.text.toLowerCase() };
    const reading = isAscii(s.text) ? undefined : romanizeNames(s.text, scriptOf(s.text[0] ?? ''));
    return { ...s, readout: reading ? { kind: 'latin', text: reading } : null, value };
  }
  return undefined;
}

/** Whether the token at `i` is of the asked kind by its own concept or word, not only as a broader thing another of its concepts is a kind of. */
function directlyOf(text: AnalyzedText, i: number, focus: QueryUnit): boolean {
  const own = new Set(unitConcepts(focus));
  return narrowest(text.concepts[i]!).some((c) => own.has(c)) || focus.alts.some((a) => a.field !== 'concept' && a.strength >= SURE_ALTERNATIVE && text.keys[i]!.has(termKey(a.field, a.term)));
}

/**
 * The words that say which X the token at `at` is by a number: X, a designation word and the number after it
 * (प्लेटफॉर्म नंबर चार), or, as Bengali writes it, the number and the word before X (৪ নম্বর প্ল্যাটফর্ম). Data
 * designationWords.
 */
function designationOf(input: ExtractInput, at: number): { first: number; last: number } | undefined {
  const { text } = input;
  const designating = (k: number) => k >= 0 && k < text.tokens.length && isDesignationWord(text.tokens[k]!.norm);
  // (not number one, नंबर वन, ১ নম্বর দল: first in a ranking, which the name beside it answers)
  if (designating(at + 1) && at + 2 < text.tokens.length && joinedIn(input, at, at + 2)) {
    const n = text.numbers.find((x) => x.first === at + 2);
    if (n && n.value !== 1) return { first: at, last: n.last };
  }
  if (designating(at - 1) && at >= 2 && joinedIn(input, at - 2, at)) {
    const n = text.numbers.find((x) => x.last === at - 2);
    if (n && n.value !== 1) return { first: n.first, last: at };
  }
  return undefined;
}

/** How many words a designating code may run to ("WB 41 AB 1234", "1800 180 1104"). */
const CODE_WORDS = 6;
/** A word of a code: digits, or Latin capitals and digits as a registration writes them (WB, UP32, AS-207). */
const isCodeWord = (raw: string) => /^\p{Nd}+$|^[A-Z]{1,3}$|^(?=[A-Za-z]*[0-9])[A-Za-z0-9]+$/u.test(raw);
/** What joins two words of a code: nothing, a hyphen or a slash; or a space (1800 180 1104, WB 41 1234). */
const CODE_JOIN = /^(?:|-|\/| )$/;
/** What may stand between a designation noun and its code: a space or a colon (नंबर: 1070). */
const CODE_INTRO = /^\s*:?\s*$/;
/** Hours by days, written as a code is: round the clock (24x7, 24/7), no number to call. */
const ROUND_THE_CLOCK = /^24\s*[x×/]\s*7$/iu;

/**
 * The code that designates the thing a question asks the number of (plan.designated): the words of a code
 * right after a designation noun that follows the thing's word or its genitive in one phrase, past a colon or
 * a copula (हेल्पलाइन नंबर 0512-2333810, "the helpline number is 1800 180 1104", বাসের নম্বর WB 41 1234,
 * হেল্পলাইন নম্বর হল ১০৭০: data designationWords, designationNouns), as the passage writes them. It holds a
 * digit and opens with one or with the letters of a registration; a word glued to letters after a number
 * ("1077 24x7") is no part of it, and a number a unit, a time or a date follows measures or dates something
 * ("the helpline number is 10 digits long", "নম্বরটি হলো ২৪ ঘণ্টা খোলা").
 */
function designationAnswer(input: ExtractInput, thing: QueryUnit): ShortAnswer | undefined {
  const { text } = input;
  const { tokens } = text;
  const sure = { ...thing, alts: thing.alts.filter((a) => a.strength >= SURE_ALTERNATIVE) };
  const codeWord = (k: number) => k >= 0 && k < tokens.length && isCodeWord(tokens[k]!.raw);
  const digits = (k: number) => /\p{Nd}/u.test(tokens[k]!.raw);
  const glued = (k: number) => k + 1 < tokens.length && gap(input, k, k + 1) === '' && /\p{L}/u.test(tokens[k + 1]!.raw);
  const measures = (k: number) =>
    k < tokens.length && joinedIn(input, k - 1, k) && (isMeasureUnit(tokens[k]!.norm) || isYearPostposition(tokens[k]!.norm) || conceptsAt(text, k).some((c) => DURATION_CONCEPTS.has(c) || DATE_CONCEPTS.has(c)));
  for (const at of unitPositions(text, sure)) {
    const noun = at + 1 < tokens.length && isGenitiveMarker(tokens[at + 1]!.norm) ? at + 2 : at + 1;
    if (noun >= tokens.length || !isDesignationNoun(tokens[noun]!.norm) || !joinedIn(input, at, noun)) continue;
    let first = noun + 1;
    if (first < tokens.length && (isCopula(tokens[first]!.norm) || isBeForm(tokens[first]!.norm, input.language)) && joinedIn(input, noun, first)) first++;
    if (!codeWord(first) || !CODE_INTRO.test(gap(input, first - 1, first))) continue;
    // (letters open a code only before its digits: WB 41, not "A 24/7")
    if (!digits(first) && !(codeWord(first + 1) && digits(first + 1) && CODE_JOIN.test(gap(input, first, first + 1)))) continue;
    let last = first;
    while (codeWord(last + 1) && last + 1 - first < CODE_WORDS && CODE_JOIN.test(gap(input, last, last + 1))) {
      // (a number glued to letters after a space is another thing's: "1077 24x7")
      if (gap(input, last, last + 1) === ' ' && glued(last + 1) && !/\p{L}/u.test(tokens[last]!.raw)) break;
      last++;
    }
    const s = span(input, first, last);
    // (nor is one glued to letters after it: 24x7)
    if (ROUND_THE_CLOCK.test(s.text) || glued(last) || measures(last + 1)) continue;
    return { ...s, readout: null, value: { kind: 'words', text: s.text } };
  }
  return undefined;
}

/**
 * The items of a list that continues after `last` (Pune and Nashik; दिल्ली, पुणे और मुंबई): each a narrower
 * kind the lexicon knows (`kindAt`) or, in Latin script, a capitalized name, after a comma or a
 * coordinator; the list holds as far as its last item after a coordinator (a comma alone may part two
 * clauses), at most MAX_LIST_ITEMS of them.
 */
function listAfter(input: ExtractInput, last: number, kindAt: (i: number) => string | undefined): { last: number; items: { first: number; last: number; kind?: string }[] } {
  const { text } = input;
  const items: { first: number; last: number; kind?: string }[] = [];
  let end = last;
  let listed = 0;
  while (items.length < MAX_LIST_ITEMS) {
    const item = nextListItem(input, end, items.length > 0);
    if (!item) break;
    const { at, coordinated } = item;
    const kind = kindAt(at);
    let itemLast = at;
    if (kind !== undefined) while (itemLast + 1 < text.tokens.length && conceptsAt(text, itemLast + 1).includes(kind) && /^\s+$/.test(gap(input, itemLast, itemLast + 1))) itemLast++;
    else if (isLatinName(text.tokens[at]!.raw) && !isFunctionWord(input, at)) {
      while (itemLast + 1 < text.tokens.length && isLatinName(text.tokens[itemLast + 1]!.raw) && /^\s+$/.test(gap(input, itemLast, itemLast + 1))) itemLast++;
    } else break;
    items.push({ first: at, last: itemLast, ...(kind !== undefined && { kind }) });
    end = itemLast;
    if (coordinated) listed = items.length;
  }
  const kept = items.slice(0, listed);
  return { last: kept.at(-1)?.last ?? last, items: kept };
}

/**
 * Where the next item of a list begins after the item that ends at `end`: after a comma, or a coordinator
 * with a space before it, or a comma too when items were parted by commas before (`serial`: "Delhi, Pune,
 * and Mumbai"; "Delhi, and Mumbai police said…" is two clauses). Undefined where the list cannot go on.
 */
function nextListItem(input: ExtractInput, end: number, serial: boolean): { at: number; coordinated: boolean } | undefined {
  const { tokens } = input.text;
  const k = end + 1;
  if (k >= tokens.length) return undefined;
  const before = gap(input, end, k);
  const comma = /^\s*,\s*$/.test(before);
  const coordinated = isCoordinator(tokens[k]!.norm) && (/^\s+$/.test(before) || (serial && comma));
  if (!coordinated && !comma) return undefined;
  const at = coordinated ? k + 1 : k;
  if (at >= tokens.length || (at > k && !/^\s+$/.test(gap(input, k, at)))) return undefined;
  return { at, coordinated };
}

/** At most this many more items a list answer takes: a longer run of names is a passage of its own, not an answer. */
const MAX_LIST_ITEMS = 8;

/** Two parts of a day agree unless both are given and differ: a clock time and a part of the day differ. */
function sameMoment(a: TimeValue, b: TimeValue): boolean {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.date !== undefined && b.date !== undefined && a.date !== b.date) return false;
  if ((a.season && b.season && a.season !== b.season) || (a.relation && b.relation && a.relation !== b.relation)) return false;
  const x = a.clock ?? a.part;
  const y = b.clock ?? b.part;
  if (x === undefined || y === undefined) return true;
  if (typeof x === 'string' || typeof y === 'string') return x === y;
  return x.hour === y.hour && x.minute === y.minute;
}

/**
 * Whether two answers give the same value. Times agree unless a part both give differs: "Wednesday"
 * and "Wednesday 6:45 am" agree, "Wednesday" and "Friday" do not. Numbers agree to three decimals.
 */
export function sameValue(a: ShortAnswer, b: ShortAnswer): boolean {
  const x = a.value;
  const y = b.value;
  switch (x.kind) {
    case 'time':
      return y.kind === 'time' && (!x.day || !y.day || x.day === y.day) && sameMoment(x, y);
    case 'count':
      return y.kind === 'count' && canonicalNumber(x.n) === canonicalNumber(y.n);
    case 'money':
      return y.kind === 'money' && canonicalNumber(x.amount) === canonicalNumber(y.amount);
    case 'name':
      return y.kind === 'name' && x.ids.length === y.ids.length && x.ids.every((id, k) => id === y.ids[k]);
    case 'words':
      return y.kind === 'words' && x.text === y.text;
  }
}

/** The short answer a passage gives to a question of the type the plan asks for, if it gives one. */
export function extractAnswer(plan: QuestionPlan, passage: PassageText): ShortAnswer | undefined {
  const short = shortAnswer({ ...passage, plan });
  // a span that opens a bracket it does not close, or closes one it did not open, is cut out of a longer
  // name ("Treatment) (Scotland) Act" of "the Mental Health (Care and Treatment) (Scotland) Act 2003"): no
  // short answer is better than a broken one
  return short && bracketsBalance(short.text) ? short : undefined;
}

function shortAnswer(input: ExtractInput): ShortAnswer | undefined {
  switch (input.plan.type) {
    case 'count':
      return count(input);
    case 'money':
      return money(input);
    case 'time':
      return time(input);
    case 'person':
      return input.plan.personKind ? personOfKind(input) : named(input, false);
    case 'place':
      return named(input, true);
    case 'thing':
      return input.plan.asksCause ? cause(input) : which(input);
  }
}

/** Whether every bracket a text opens it closes, after it opens it and with its own kind: "(a)" and "[b (c)]", not "(a]". */
function bracketsBalance(text: string): boolean {
  const open: string[] = [];
  for (const ch of text) {
    if (ch === '(' || ch === '[') open.push(ch === '(' ? ')' : ']');
    else if ((ch === ')' || ch === ']') && open.pop() !== ch) return false;
  }
  return open.length === 0;
}
