import { STRENGTH, analyzeQuery, namesPerson, unitConcepts, type Alt, type AnalyzedQuery, type AnalyzedText, type CorpusNames, type QueryUnit, type Reading } from '../lang/analyze.js';
import type { Token } from '../lang/tokenize.js';
import { isAgeConcept, phraseFocus, type AnswerType } from '../lang/interrogatives.js';
import { concept, withParents } from '../lang/lexicon.js';
import { isYear, writtenAsNumeral, writtenAsYear } from '../lang/numbers.js';
import { WORDNET_STRENGTH } from '../lang/wordnet-format.js';
import { PERSON } from '../lang/data/concepts.js';
import { breaksPhrase, endsAsGenitive, isClauseAdverb, isFutureForm, isPastForm, isQualifierJoiner, isUntilWord, runningTotalAt, DATE_CONCEPTS, DAY_PARTS, DAY_PART_CONCEPTS, DONE_TO_PEOPLE, DURATION_CONCEPTS, isPeopleCountingQuestionWord, isTallyWord, isTimeUnit, EVENTS, MEASURES, TALLIED, MONTHS, RELATIVE_DAYS, WEEKDAYS, beWrittenOnto, isArticle, isDesignationNoun, isBeForm, isCompoundPostposition, isCopula, isGenitiveMarker, isGenitivePreposition, isObjectMarker, isPercentWord, holdsPercentSign, isCountingQuestionWord, isObliqueGenitive, isWhatWord, isQuestionAuxiliary, isUnitModifier, undergoes, isFrequencyQuestion, isFrequencyWord, isVerbAdverb, isVerbFinal, isWrittenPast, isWrittenPlural, isWrittenPossessor, makesVerb, isReasonWord, isWhyWord, causeMarkerAt, isAgentCase, isPassiveAuxiliary } from '../lang/words.js';
import { caseIn, inLocative, isDoerMarker, questionCase } from '../lang/names.js';
import { stemEnglish } from '../lang/stem.js';
import { isStopword } from '../lang/stopwords.js';
import { inClockTime, SURE_ALTERNATIVE } from './passage.js';

export type { AnswerType };

/**
 * Lexicon concepts by the kind of answer they can be. They decide what a question asks for when its
 * question word does not say (What ransom…? asks for money) and which passages hold such an answer.
 */
const MONEY_NAMES = ['money', 'cash', 'rupee', 'dollar', 'amount', 'ransom', 'fine', 'compensation', 'grant', 'cryptocurrency', 'transaction', 'wallet'];
/**
 * Acts done with a sum (paying): how much of one asks a sum, and a passage that says one speaks of money, but
 * the word is no mere restating of what a money question asks ("how much did the hospital pay?" is not
 * answered by what the hackers demanded). Paying is no kind of money in the lexicon, so a question's word of
 * it does not widen to every sum; nor to giving, whose Hindi forms are also auxiliaries (भेज दिया).
 */
const MONEY_ACTS = ['pay'];
export const MONEY_CONCEPTS = new Set([...MONEY_NAMES, ...MONEY_ACTS]);
/** The kinds of value a passage writes as a number or a time: how many, how much, when. */
export const VALUE_TYPES: ReadonlySet<AnswerType> = new Set<AnswerType>(['count', 'money', 'time']);
export const TIME_CONCEPTS = new Set<string>(['time', 'date', ...RELATIVE_DAYS, ...DAY_PARTS, 'hour', 'minute', 'week', 'month', 'year', ...WEEKDAYS, ...MONTHS]);
/** Named places reach these through their parent in the lexicon (@delhi>city). */
export const PLACE_CONCEPTS = new Set(['country', 'city', 'state', 'capital', 'office', 'hospital', 'village', 'district', 'area', 'house', 'world', 'dark-web', 'internet', 'website', 'social-media']);
export const ACTOR_CONCEPTS = new Set([
  'person', 'vip', 'politician', 'celebrity', 'journalist', 'public', 'user', 'family', 'student', 'hacker', 'police', 'official',
  'director', 'minister', 'prime-minister', 'chief-minister', 'spokesperson', 'government', 'agency', 'committee', 'team', 'expert',
  'doctor', 'nurse', 'staff', 'patient', 'accused', 'gang', 'group', 'state-actor', 'company', 'army', 'court', 'ministry',
  'commissioner', 'chairman', 'secretary',
]);

/** How surely one named actor alone holds a "who" answer (two or more together are surer). */
export const NAMED_ACTOR_STRENGTH = 0.85;

/** A named actor (Delhi Police, IFSO, the Chinese) answers "who" better than a kind of actor (an attacker, patients). */
function actorStrength(id: string): number {
  const chain = withParents(id);
  if (!chain.some((c) => ACTOR_CONCEPTS.has(c))) return 0;
  return concept(id)?.entity ? 1 : 0.7;
}

/** Whether a unit is a number: it may date or qualify what is counted (how many 1998 goals), never be it. */
const isNumberUnit = (u: QueryUnit) => u.alts.some((a) => a.field === 'num');

/** The units that follow one another from token `start` on, with nothing between them: a phrase of content words. */
function unitsFrom(query: AnalyzedQuery, start: number): QueryUnit[] {
  const phrase: QueryUnit[] = [];
  let next = start;
  for (const u of query.units) {
    if (u.at < next) continue;
    if (u.at !== next) break;
    phrase.push(u);
    next = u.end + 1;
  }
  return phrase;
}

/** Where the question phrase that asks ends: "how many" at its "many", कितने at itself. */
function askingEnd(query: AnalyzedQuery): number | undefined {
  const at = query.asksAt;
  if (at === undefined) return undefined;
  const lengths = query.interrogatives.map((p) => p.split(' ')).filter((words) => words.every((w, k) => query.tokens[at + k]?.norm === w)).map((words) => words.length);
  return at + Math.max(1, ...lengths) - 1;
}

/**
 * The units that end right before the question word, in a language that writes the question word after
 * what it asks about (पुल की लंबाई कितनी, কোন শহরের জনসংখ্যা কত; data verbFinal); none in English.
 */
function unitsBefore(query: AnalyzedQuery): QueryUnit[] {
  const at = query.asksAt;
  return at === undefined || !isVerbFinal(query.reading.language) ? [] : query.units.filter((u) => u.end === at - 1);
}

/**
 * The noun a word of "the number of" counts, right before it or before its genitive marker, past other such words
 * (घायलों की संख्या, আহতদের সংখ্যা, गिरफ्तार लोगों की कुल संख्या: लोगों).
 */
function numberOf(query: AnalyzedQuery, number: QueryUnit): QueryUnit | undefined {
  const marker = query.tokens[number.at - 1];
  const end = marker !== undefined && isGenitiveMarker(marker.norm) ? number.at - 2 : number.at - 1;
  const of = query.units.find((u) => u.end === end && !u.entity && !isNumberUnit(u));
  return of && isFraming(of, 'count') ? numberOf(query, of) : of;
}

/** The lexicon's concept of saying (said, according to, के मुताबिक): a source the question names, not what it counts. */
const SAYING = 'say';

/**
 * What a question counts: the first content word after its question word that is neither a name nor a
 * number (how many city buses → buses; কতগুলো সার্ভার → সার্ভার). Where the language marks plurals (data
 * pluralEndings) and an auxiliary closes the noun phrase right after the question word (how many 1998
 * league goals did…, how many wool blankets were…), what is counted is that phrase's last plural, the
 * words before it qualifying it; with no auxiliary after it the phrase may run on into the verb and its
 * object (how many students receive grants), so the first plural is. With a word that names a measure
 * before it, that word, which the count runs on from (how many square kilometres → square). In Hindi and
 * Bengali, with no word after the question word but a copula, the word just before it (पुल की लंबाई कितनी है?).
 */
export function focusUnit(query: AnalyzedQuery): QueryUnit | undefined {
  if (query.asksAt === undefined) return undefined;
  // a question phrase that says what it counts without naming it (how old): the concept a passage writes it with (at age 39)
  for (const phrase of query.interrogatives) {
    const ids = phraseFocus(phrase);
    if (ids === undefined) continue;
    // (it stands where the phrase does: the question's own words, at the question word)
    const end = query.asksAt + phrase.split(' ').length - 1;
    return { raw: phrase, at: query.asksAt, end, alts: ids.map((id) => ({ field: 'concept' as const, term: id, strength: STRENGTH.concept })), entity: false };
  }
  const after = query.units.filter((u) => u.at > query.asksAt!);
  // Hindi and Bengali may ask how many or how much of a noun before the question word, with nothing after
  // it but a copula (पुल की लंबाई कितनी है?, গ্রামের জনসংখ্যা কত?): that noun is what is counted; where it only says
  // "the number of", the noun it is the number of (घायलों की संख्या कितनी है?: घायलों; আহতদের সংখ্যা কত?: আহতদের)
  const nearest = query.asks !== 'count' || after.length > 0 ? undefined : unitsBefore(query).find((u) => !u.entity && !isNumberUnit(u));
  // (not a number that names a thing, হেল্পলাইন নম্বর কত?, which asks the number itself)
  const numberWord = nearest !== undefined && isFraming(nearest, 'count') && !isDesignationNoun(query.tokens[nearest.end]!.norm);
  const before = numberWord ? (numberOf(query, nearest) ?? nearest) : nearest;
  const first = after.find((u) => !u.entity && !isNumberUnit(u)) ?? after[0] ?? before;
  if (query.asks !== 'count') return first;
  const next = askingEnd(query)! + 1;
  const phrase = unitsFrom(query, next);
  const language = query.reading.language;
  // an auxiliary right after the question phrase (how much did the hackers demand, how many were arrested)
  // opens the clause: its subject is no count, and what is counted goes unnamed
  if (phrase.length === 0 && !isVerbFinal(language) && isQuestionAuxiliary(query.tokens[next]?.norm ?? '')) return undefined;
  // so does a verb's past right after it that ends its phrase (how many died, how many drowned in Assam): the
  // ones who did it are what is counted, unnamed, not a noun after the verb ("how many died according to
  // residents"); a past before a noun qualifies it (how many forced fumbles, how many hacked servers)
  const verb = query.tokens[next];
  const beyond = query.tokens[next + 1];
  const endsPhrase = beyond === undefined || isStopword(beyond.norm, language) || query.units.some((u) => u.at === next + 1 && unitConcepts(u).includes(SAYING));
  if (!isVerbFinal(language) && !query.reading.romanized && phrase[0]?.at === next && verb !== undefined && verb.raw === verb.norm && isWrittenPast(verb.norm, stemEnglish(verb.norm), language) && endsPhrase) return undefined;
  const plural = (u: QueryUnit) => !u.entity && !isNumberUnit(u) && u.at === u.end && isWrittenPlural(query.tokens[u.at]!.norm, language);
  const closed = phrase.length > 0 && isQuestionAuxiliary(query.tokens[phrase[phrase.length - 1]!.end + 1]?.norm ?? '');
  const at = closed ? phrase.findLastIndex(plural) : phrase.findIndex(plural);
  if (at < 0) return first;
  const modifier = phrase[at - 1];
  return modifier && modifier.at === modifier.end && isUnitModifier(query.tokens[modifier.at]!.norm) ? modifier : phrase[at];
}

/** What a "which" or "what" asks about (whichPhrase). */
export interface WhichPhrase {
  /** The noun phrase, head first; empty for "what did … do". */
  units: QueryUnit[];
  /**
   * Whether its one word is the verb of what was done, as a word that makes a verb follows it in Hindi or
   * Bengali (क्या परोसा गया, কী উদ্ধার করা হয়েছে: what was served, what was recovered). A passage that writes
   * that verb with words before it most likely says what, as "which X" is said by words before X; but those
   * words are no short answer, as a list or a clause may end there as well as the thing done: none is given,
   * as to "what was served", unless they are joined to it as to a noun, by a genitive (फिरौती की मांग की), or name
   * a narrower kind of it (extract.ts whichOf).
   */
  verb: boolean;
  /**
   * Whether a what-word asks it (क्या बरामद किया, কী উদ্ধার করেছে: what was recovered), not a word of manner
   * (कैसे विनियमित किया जाता है, how it is regulated): the thing done is then a noun phrase a passage writes
   * before the verb, which may answer (extract.ts doneObject).
   */
  what: boolean;
}

/**
 * The noun phrase a "which" or "what" asks about, when it stands right after the question word
 * (which hospital services, what email address, কোন কোন পোর্টাল), head first: the head noun ends the
 * phrase in all three languages, and the words before it qualify it. Empty for "what did … do".
 */
export function whichPhrase(query: AnalyzedQuery): WhichPhrase {
  // (why and how ask a reason or a manner, not which thing: क्यों तानाशाह सेना भेज रहा था)
  if (query.asksAt === undefined || (query.asks === 'thing' && isReasonWord(query.tokens[query.asksAt]!.norm, query.reading.language))) return { units: [], verb: false, what: false };
  // (a phrase that asks which names what it asks about after its last word: कौन से मंत्री, कौन सा सर्वर; one that
  // asks a count, a time or a place by a word of its own, कितना समय, कहाँ से, asks no which)
  const phraseEnd = askingEnd(query)!;
  let next = (query.asks === 'thing' ? phraseEnd : query.asksAt) + 1;
  // repeated or compound question words: কোন কোন, किस तरह
  while (next < query.tokens.length && query.interrogatives.includes(query.tokens[next]!.norm)) next++;
  // "what happened at…", "what caused the…", "what exactly happened": a verb's past right after the question
  // word (or after an adverb there), a function word or nothing after it, asks what the verb did ("which
  // hacked servers" still names servers, "what data leaked at…" the data; a name is no verb: "Which Ahmed…")
  const language = query.reading.language;
  // (a past written in lower case: a name is no verb)
  const writtenPastAt = (k: number) => {
    const t = query.tokens[k];
    return t !== undefined && t.raw === t.norm && isWrittenPast(t.norm, stemEnglish(t.norm), language);
  };
  const pastVerb = (k: number) => {
    const after = query.tokens[k + 1];
    return writtenPastAt(k) && (!after || isStopword(after.norm, language));
  };
  const adverb = (k: number) => query.tokens[k] !== undefined && isVerbAdverb(query.tokens[k]!.norm, language);
  if (!query.reading.romanized && (pastVerb(next) || (adverb(next) && pastVerb(next + 1)))) return { units: [], verb: false, what: false };
  let phrase = unitsFrom(query, next);
  // in English the question's verb, a past after the head, ends the noun phrase: "which group claimed
  // responsibility" asks which group; the last such past, as one before the head qualifies it ("which
  // flood affected district received…", "which state-owned bank collapsed"); a name written with a capital
  // is none ("Which Ahmed Raised…")
  if (!isVerbFinal(language) && !query.reading.romanized) {
    // (not one an auxiliary follows, which is the subject's head: "which tax cut was announced")
    const auxiliaryAfter = (u: QueryUnit) => isQuestionAuxiliary(query.tokens[u.end + 1]?.norm ?? '');
    const verbAt = phrase.findLastIndex((u, k) => k > 0 && u.at === u.end && writtenPastAt(u.at) && !auxiliaryAfter(u));
    // (with the adverbs right before it, which are the verb's: "what researcher first used", "which team finally won")
    if (verbAt > 0) phrase = phrase.slice(0, verbAt);
    while (verbAt > 0 && phrase.length > 1 && phrase.at(-1)!.at === phrase.at(-1)!.end && adverb(phrase.at(-1)!.at)) phrase = phrase.slice(0, -1);
    // and so does a present in -s an article follows: "what principle highlights the significance of primes"
    // asks which principle; not a plural whose clause follows the article, its subject and a past ("which Indian
    // states the monsoon hit first", as Indian English asks without "did")
    const clauseAfter = (k: number) => writtenPastAt(k + 3) || writtenPastAt(k + 4);
    const presentAt = phrase.findIndex((u, k) => k > 0 && u.at === u.end && isWrittenPlural(query.tokens[u.at]!.norm, language) && isArticle(query.tokens[u.end + 1]?.norm ?? '') && !clauseAfter(u.end));
    if (presentAt > 0) phrase = phrase.slice(0, presentAt);
  }
  // "what type of servers", "which kind of attack": a word of kind alone asks the kind of what follows it, past
  // the genitive that joins them (কী ধরনের সার্ভার writes them as one phrase already; Hindi's किस प्रकार is a
  // question phrase of its own, "how", and asks no which)
  const joiner = phrase.length === 1 ? query.tokens[phrase[0]!.end + 1] : undefined;
  if (joiner && unitConcepts(phrase[0]!).includes(KIND) && (isGenitivePreposition(joiner.norm) || isGenitiveMarker(joiner.norm))) {
    const kindOf = unitsFrom(query, phrase[0]!.end + 2);
    if (kindOf.length > 0) phrase = kindOf;
  }
  // "which state's electricity company": the possessor is what is asked about (which state), not what it owns
  const owner = phrase.findIndex((u) => u.at === u.end && isWrittenPossessor(query.tokens[u.at]!.norm));
  if (owner >= 0) phrase.splice(owner + 1);
  // Hindi and Bengali put the verb last: a phrase that runs to the question's last word, or to the end of its
  // clause, ends in its verb (কোন ইমেল ঠিকানা পাওয়া গেছে: the address, not "found"; "কোন কর্মী ইমেল খুলেছিলেন, তাঁর
  // নাম কী?": not "opened")
  const last = phrase[phrase.length - 1];
  const clauseEnds = last !== undefined && (last === query.units[query.units.length - 1] || breaksPhrase(query.text.slice(query.tokens[last.end]!.end, query.tokens[last.end + 1]?.start ?? query.text.length)));
  // (one word alone that ends it is that verb when a word that makes a verb follows it: पुलिस ने क्या बरामद किया,
  // কী উদ্ধার করা হয়েছে; not a noun a copula follows, क्या कारण था. Right after "what" a passive's auxiliary makes
  // one too, क्या परोसा गया, क्या कहा जाता है, as after "which" it is a verb of going, किस शहर गए, किस स्कूल जाते
  // हैं; and so does ending the question where a doer's case stands before it, हैकर्स ने क्या मांगा, what the
  // doer did, where "हमले में क्या नुकसान?" asks a noun with no verb)
  const afterWhat = last !== undefined && last.at === phraseEnd + 1 && isWhatWord(query.tokens[phraseEnd]!.norm, language);
  const after = last === undefined ? undefined : query.tokens[last.end + 1]?.norm;
  const doer = query.tokens.slice(0, phraseEnd).some((t) => isAgentCase(t.norm));
  // (so is the one word before a word that makes a verb and is a content word of its own, as the future of करना
  // is: अस्पताल क्या शुरू करेगा, read as अस्पताल ने क्या शुरू किया is, what it will start)
  const madeVerb = phrase.length === 2 && last!.at === last!.end && makesVerb(query.tokens[last!.at]!.norm, language);
  const verb =
    isVerbFinal(language) &&
    clauseEnds &&
    ((phrase.length === 1 && (makesVerb(after ?? '', language) || (afterWhat && (isPassiveAuxiliary(after ?? '', language) || (after === undefined && doer))))) || madeVerb);
  if (isVerbFinal(language) && phrase.length >= 2 && clauseEnds) phrase.pop();
  // after a question phrase of two words (कौन सी, कौन से), Hindi and Bengali read surely only a noun alone: more
  // words may be a compound (हैकर समूह) or run on into the verb's object (कौन सी पार्टी चुनाव जीती: the party,
  // not the election), which no ending tells apart, and a wrong "which" answer is worse than none
  if (isVerbFinal(language) && phrase.length >= 2 && phraseEnd > query.asksAt) return { units: [], verb: false, what: false };
  return { units: phrase.reverse(), verb, what: verb && isWhatWord(query.tokens[phraseEnd]!.norm, language) };
}

/** The last of the units written together from the one at `k` on: the head of the noun phrase they make. */
function runEnd(units: readonly QueryUnit[], k: number): number {
  while (k + 1 < units.length && units[k + 1]!.at === units[k]!.end + 1) k++;
  return k;
}

/** The measures a number gives (data MEASURES: magnitude, speed, depth): what is their value asks a number. */
export const MEASURE_CONCEPTS: ReadonlySet<string> = new Set(MEASURES);
/** Whether a unit names a measure (the magnitude, तीव्रता, how deep). */
const isMeasure = (u: QueryUnit | undefined) => u !== undefined && unitConcepts(u).some((c) => MEASURE_CONCEPTS.has(c));

/** The lexicon's concept of a name (name, नाम, নাম). */
const NAME = 'name';

/**
 * What a name the question asks for is the name of: the head of the noun phrase after "of" ("the name of the
 * hospital CEO"), or the possessor before it ("the CEO's name", सीईओ का नाम, সিইও-র নাম). Undefined when the
 * unit is no word of name, or names nothing.
 */
export function nameBearer(query: AnalyzedQuery, name: QueryUnit): QueryUnit | undefined {
  if (!unitConcepts(name).includes(NAME)) return undefined;
  const { units, tokens } = query;
  const at = units.indexOf(name);
  const of = tokens[name.end + 1];
  if (of !== undefined && isGenitivePreposition(of.norm)) {
    const k = units.findIndex((u) => u.at > name.end + 1);
    if (k < 0 || !tokens.slice(name.end + 2, units[k]!.at).every((t) => isArticle(t.norm))) return undefined;
    return units[runEnd(units, k)];
  }
  const owner = units[at - 1];
  if (owner === undefined) return undefined;
  // (its genitive written onto it, Sharma's, সিইও-র, or after it, सीईओ का)
  // (or nothing at all, as a query with no question word is typed: "hacker name?")
  if (owner.end === name.at - 1) return isWrittenPossessor(tokens[owner.end]!.norm) || isVerbFinal(query.reading.language) || query.asksAt === undefined ? owner : undefined;
  return owner.end === name.at - 2 && isGenitiveMarker(tokens[owner.end + 1]!.norm) ? owner : undefined;
}

/** The lexicon's concept of a kind or type (type, प्रकार, ধরন): what kind of X asks about X, and it qualifies nothing itself. */
export const KIND = 'kind';

/**
 * The answer type a question asks for, with the word it was read from when it was read from one
 * (AskedKind): its question word's, made precise by what it asks about. A
 * question that asks how much (how much, कितना, কত) asks for money when a word of money is in it (how
 * much did they pay in compensation). One that asks how many (कितने, কতজন), what or which asks for money
 * only when what it names is money (what ransom, what amount of money): the noun phrase after the
 * question word, or in Hindi and Bengali, which put the question word after it, the one just before;
 * not when a word of money stands elsewhere ("what town was granted…"). With no question word (ransom?),
 * any word of money makes it one; but an English question that asks yes or no (did AIIMS pay the
 * ransom?, were five servers hacked?: query.ts `yesNo`) asks for no kind of value, which no span of the
 * articles is, and its quotes answer it. Hindi and Bengali ask yes or no with the particle that also asks
 * what (क्या, কি), and are left to ask what they name.
 */
export function answerType(query: AnalyzedQuery, focus: QueryUnit | undefined, which: readonly QueryUnit[], measured: boolean, oneByOne: boolean): AskedKind {
  const asks = query.asks ?? 'thing';
  const asksAt = query.asksAt;
  if (query.yesNo) return { type: 'thing' };
  // a question phrase that names its own measure (how long, how old: `measured`) asks for it, whatever they paid
  if (measured) return { type: asks };
  const before = unitsBefore(query);
  // "how much" asks for an amount; "how many" (कितने, কতজন) counts things one by one, whatever they paid
  const howMuch = asks === 'count' && !oneByOne;
  const about = asksAt === undefined || howMuch ? query.units : [...(focus ? [focus] : []), ...which, ...before];
  const aboutMoney = about.some(namesMoney);
  // (how or why a sum was given asks no sum: "how are the schools funded", "why was the fine imposed", फिरौती कैसे दी
  // गई; the way or the cause answers. What kind of one still asks the sum, which says its kind: asked "what type of
  // crypto currency was demanded", the which reader gives a fragment of "200 करोड़ रुपए की अनुमानित क्रिप्टो करेंसी")
  const reason = asks === 'thing' && asksAt !== undefined && isReasonWord(query.tokens[asksAt]!.norm, query.reading.language);
  if (aboutMoney && (asks === 'count' || (asks === 'thing' && !reason))) return { type: 'money' };
  const valueOf = asks === 'thing' ? askedValueOf(query, focus, before) : undefined;
  // asked what number designates something (what is the helpline number, हेल्पलाइन नंबर क्या है, হেল্পলাইন নম্বর কত),
  // the number written after it answers, as which X would by one ("platform number 4")
  const designated = designatedBy(query, asks === 'thing' ? valueOf : !oneByOne && isVerbFinal(query.reading.language) ? focus : undefined);
  if (designated) return { type: 'thing', designated };
  // asked the name of someone or of somewhere (what is the name of the hospital CEO, जिलाधिकारी का नाम क्या है),
  // a name of its kind answers, as who or where would
  const bearer = valueOf ? nameBearer(query, valueOf) : undefined;
  const kinds = bearer ? unitConcepts(bearer).flatMap(withParents) : [];
  if (kinds.some((c) => ACTOR_CONCEPTS.has(c)) || (bearer !== undefined && namesPerson(bearer))) return { type: 'person', head: valueOf };
  if (kinds.some((c) => PLACE_CONCEPTS.has(c))) return { type: 'place', head: valueOf };
  // asked the value of a measure (what was the magnitude, भूकंप की तीव्रता क्या थी), a number answers it
  if (isMeasure(valueOf)) return { type: 'count', head: valueOf };
  if (valueOf && unitConcepts(valueOf).some((c) => TIME_HEADS.has(c)) && query.units.some((u) => u !== valueOf && isEvent(u))) return { type: 'time', head: valueOf };
  // asked which person of a kind (which player, what German ruler, किस खिलाड़ी ने), a name answers, as who would; not
  // asked what kind of person ("what kind of farmers": a kind of them answers), and a kind of actor the lexicon
  // knows (which group, which company) is read as a which (extract.ts which)
  const whichHead = which[0];
  const kindAsked = whichHead !== undefined && query.units.some((u) => u.at > (asksAt ?? -1) && u.at < whichHead.at && unitConcepts(u).includes(KIND));
  if (asks === 'thing' && whichHead !== undefined && !kindAsked && !unitConcepts(whichHead).some((c) => ACTOR_CONCEPTS.has(c)) && namesPerson(whichHead)) return { type: 'person', head: whichHead, personKind: whichHead };
  // "what percentage of the land", "which percentage": a share is a number
  if (asks === 'thing' && which[0] !== undefined && isPercentWord(query.tokens[which[0].at]!.norm)) return { type: 'count', head: which[0] };
  return { type: asks };
}

/**
 * The concepts a unit surely means: the lexicon's own and WordNet's synonyms (WORDNET_STRENGTH.synonym), not a
 * broader word or a derived one, which may make a question ask for money that asks none ("what brought
 * down the servers": bring, earn, transaction; "what optional soundtracks": option, a financial instrument).
 */
const sureConcepts = (unit: QueryUnit): string[] => unit.alts.filter((a) => a.field === 'concept' && !a.broader && a.strength >= WORDNET_STRENGTH.synonym).map((a) => a.term);
/** Whether a question word surely means money or an act done with it (a ransom, paying). */
const namesMoney = (unit: QueryUnit) => sureConcepts(unit).some((c) => MONEY_CONCEPTS.has(c));

/** The kind of value a question asks for, and the word that names it when the kind was read from one ("the time of the attack"). */
export interface AskedKind {
  type: AnswerType;
  head?: QueryUnit;
  /** The thing whose designating number is asked (the helpline of "what is the helpline number"). */
  designated?: QueryUnit;
  /** The kind of person a which question asks for (which player: player), its head too. */
  personKind?: QueryUnit;
}

/** The unit that ends a query with no question word ("helpline number?", "rssb chairman name?", "dengue deaths"): what such a query names last is what it asks about. */
function closingUnit(query: AnalyzedQuery): QueryUnit | undefined {
  const last = query.units.at(-1);
  return query.asksAt === undefined && last !== undefined && last.end === query.tokens.length - 1 ? last : undefined;
}

/**
 * The thing a question asks the designating number of: the noun the question asks what it is (what is the
 * helpline number, हेल्पलाइन नंबर क्या है), or in Hindi and Bengali how much it is (হেল্পলাইন নম্বর কত), or that
 * ends a query with no question word (helpline number?), is a designation noun (data designationWords,
 * designationNouns) right after the thing's noun or its genitive (बस का नंबर), not before "of" (the number
 * of dead counts them).
 */
function designatedBy(query: AnalyzedQuery, asked: QueryUnit | undefined): QueryUnit | undefined {
  const noun = asked ?? closingUnit(query);
  if (noun === undefined || noun.at !== noun.end || !isDesignationNoun(query.tokens[noun.at]!.norm)) return undefined;
  if (isGenitivePreposition(query.tokens[noun.at + 1]?.norm ?? '')) return undefined;
  const genitive = isGenitiveMarker(query.tokens[noun.at - 1]?.norm ?? '');
  const end = noun.at - (genitive ? 2 : 1);
  return query.units.find((u) => u.end === end && !isNumberUnit(u));
}

/** Concepts whose value a question asks for when it asks what they are: the time, the date, the year of something. */
export const TIME_HEADS: ReadonlySet<string> = new Set(['time', 'date', 'year', 'month', 'hour']);
const EVENT_CONCEPTS: ReadonlySet<string> = new Set(EVENTS);
/**
 * Whether a unit names an event the lexicon knows (an attack, a flood, an arrest): a question asks the time
 * of one (the date of the AIIMS attack, the exact time of the attack, हमले का सही समय, the date the attack
 * happened), where the time of an activity or a state is a length (waiting time, response time, इंतजार का
 * समय), and a time word in a question that names no event places what is asked (उस समय, সেই সময়).
 */
export const isEvent = (unit: QueryUnit) => unitConcepts(unit).some((c) => EVENT_CONCEPTS.has(c));

/**
 * What a "what" question asks the value of, when it asks what something is (data whatWords, beForms): in
 * English the head of the noun phrase after the question word, a form of be and function words only between
 * them (what was the time of the attack?, what was the attack date?; not "what did the year bring?", "what
 * were the annual fees?", fees, nor "the year-on-year growth"); in Hindi and Bengali, which put it first,
 * the word right before the question word, a form of be or nothing after it (हमले का समय क्या था?, হামলার
 * সময় কী ছিল?, "attack ka time kya tha"; not हमले के समय क्या था?, what was there at the time of the attack,
 * nor হামলার সময় কী হল?, what happened). Only "what" does (data whatWords): not "how" or "why" (How was
 * the date found?), nor yet "which" (Which was the year of the attack?).
 */
function askedValueOf(query: AnalyzedQuery, focus: QueryUnit | undefined, before: readonly QueryUnit[]): QueryUnit | undefined {
  const at = query.asksAt;
  const { language } = query.reading;
  // (a query with no question word that ends in a word of name asks for that name: "rssb chairman name?")
  const closing = closingUnit(query);
  if (closing !== undefined && unitConcepts(closing).includes(NAME)) return closing;
  if (at === undefined || !isWhatWord(query.tokens[at]!.norm, language)) return undefined;
  const next = query.tokens[at + 1]?.norm;
  // (or written onto the question word: what's, whats)
  const be = (next !== undefined && isBeForm(next, language)) || beWrittenOnto(query.tokens[at]!.raw, language);
  if (isVerbFinal(language)) {
    const head = before[0];
    if (!head || !(next === undefined || be) || query.units.some((u) => u.at > at)) return undefined;
    return isObliqueGenitive(query.tokens[head.at - 1]?.norm ?? '', language) ? undefined : head;
  }
  // (a name may qualify the phrase: "what is the RSSB chairman's name")
  const named = (k: number) => query.units.some((u) => u.entity && u.at <= k && k <= u.end);
  if (!focus || !be || !query.tokens.slice(at + 1, focus.at).every((t, j) => isStopword(t.norm, language) || named(at + 1 + j))) return undefined;
  // the noun phrase's last word is its head ("the annual fees" asks for fees, "the attack date" for a date),
  // in a phrase of at most two words ("the biggest hack last year" asks for no year); a word joined by a
  // hyphen to the next is none ("year-on-year growth")
  // (past a possessor, whose phrase qualifies none of it: "the hospital CEO's name" asks for a name)
  const all = unitsFrom(query, focus.at);
  const owner = all.findLastIndex((u) => u.at === u.end && isWrittenPossessor(query.tokens[u.at]!.norm));
  const phrase = all.slice(owner + 1);
  if (phrase.length === 0) return undefined;
  const head = phrase.at(-1)!;
  const after = query.tokens[head.end + 1];
  return phrase.length > 2 || (after && query.text.slice(query.tokens[head.end]!.end, after.start) === '-') ? undefined : head;
}

/**
 * Words that only restate what is asked ("who is behind…", "what is the name of…", "is believed"):
 * they say nothing about which passage is meant, so they weigh little.
 */
export const FRAMING_CONCEPTS: Record<AnswerType, Set<string>> = {
  person: new Set(['origin', 'name', 'believe', 'say']),
  place: new Set(['name', 'believe', 'say']),
  count: new Set(['number', 'total', 'believe', 'say']),
  money: new Set(['number', 'believe', 'say', ...MONEY_NAMES]),
  time: new Set(['time', 'date', 'believe', 'say', 'start', 'happen']),
  thing: new Set(['name', 'kind', 'believe', 'say']),
};

/**
 * How surely a passage holds a value of the kind a question asks for, from 0 (not at all) to 1:
 * a clock time, a weekday or a year is a time, a bare "hour" only perhaps; a named actor more than a kind of one.
 */
export function answerTypeStrength(text: AnalyzedText, type: AnswerType, part?: TimePart): number {
  const concepts = [...new Set(text.concepts.flat())];
  switch (type) {
    case 'count':
      return text.numbers.some((n) => !isYear(n.value) && !inClockTime(text, n.first)) ? 1 : 0;
    case 'money':
      return text.numbers.length > 0 && concepts.some((c) => MONEY_CONCEPTS.has(c)) ? 1 : 0;
    case 'time': {
      const clock = text.times.length > 0;
      const day = concepts.some((c) => DATE_CONCEPTS.has(c));
      // (asked the hour, the clock time answers in full with or without its day)
      if (clock) return day || part === 'hour' ? 1 : 0.9;
      // asked the hour, the part of a day gives a rough one and a day none, though it dates the event (what time
      // is the re-exam: Sunday, January 18); a year dates it less
      if (part === 'hour') return day || concepts.some((c) => DAY_PART_CONCEPTS.has(c)) ? 0.6 : concepts.some((c) => TIME_CONCEPTS.has(c)) ? 0.3 : 0;
      // a year dates as a weekday or a month does ("launched in 1998", "the spring of 1349")
      if (day || text.numbers.some((n) => n.first === n.last && writtenAsYear(n.value, text.tokens[n.first]!))) return 0.75;
      if (concepts.some((c) => DAY_PART_CONCEPTS.has(c))) return 0.6;
      return concepts.some((c) => TIME_CONCEPTS.has(c)) ? 0.3 : 0;
    }
    case 'person': {
      // the actors named, each once (Delhi Police is not also "police"); more of them, surer
      const parents = new Set(concepts.flatMap((c) => withParents(c).slice(1)));
      const actors = concepts.filter((c) => !parents.has(c) && actorStrength(c) > 0);
      if (actors.length === 0) return 0;
      return Math.min(1, NAMED_ACTOR_STRENGTH * Math.max(...actors.map(actorStrength)) + (actors.length >= 2 ? 0.15 : 0));
    }
    case 'place':
      return concepts.some((c) => PLACE_CONCEPTS.has(c)) ? 1 : 0;
    case 'thing':
      return 0;
  }
}

/**
 * Everything the answering steps need to know of a question, read once: what it asks for, what it
 * counts, which noun phrase a "which" asks about, its units and how much each restates the question.
 * Ranking and extraction read the plan; none of them reads the question again.
 */
export interface QuestionPlan {
  query: AnalyzedQuery;
  /** Its language, and whether it is romanized Hindi or Bengali. */
  reading: Reading;
  type: AnswerType;
  /** Content units, in the order of the question. */
  units: readonly QueryUnit[];
  /** The unit a count or amount question counts ("how many servers"). */
  focus: QueryUnit | undefined;
  /**
   * For a money question, its words of money or of an act done with it that do not merely restate what is
   * asked (framing): a word of paying ("how much did they pay"), or the kind of sum when it is all the
   * question names ("how much was the fine?", "what was the ransom?"); each kept to the alternatives that say
   * that kind (sumKindsOf). A passage that holds none of them holds a sum of another kind (rank.ts OTHER_SUM).
   */
  sumKinds: readonly QueryUnit[];
  /** The noun phrase a which/what question asks about, head first ("which email address": address, email). */
  which: readonly QueryUnit[];
  /** Whether `which` is the verb of what was done (WhichPhrase.verb): it ranks the passages that say what, and the words before it there answer only as WhichPhrase.verb says. */
  whichIsVerb: boolean;
  /** Whether a what-word asks what was done by `which`, its verb (WhichPhrase.what): the noun phrase a passage writes as that verb's object answers (extract.ts doneObject). */
  asksDone: boolean;
  /** For a question that asks what was done, the doer it names, its units in order, the head last (doerOf: दिल्ली पुलिस in दिल्ली पुलिस ने क्या बरामद किया; empty for none). */
  doer: readonly QueryUnit[];
  /** Whether its verb is a future (data futureForms: सरकार क्या शुरू करेगी): a passage's plan answers it, not a deed, and the other way round. */
  asksFuture: boolean;
  /**
   * Whether it asks what happened: it holds a past form (data pastForms: था, হয়েছিল, did, was) or, in English, a verb
   * written as a past (broke out). Asked so, a time a passage gives to what will happen does not answer (extract.ts
   * datesFuture); asked "When is the hearing?", सुनवाई कब है?, শুনানি কবে?, the date the hearing will be held does.
   */
  asksPast: boolean;
  /** Every concept the question names: an answer is never what the question already says. */
  asked: ReadonlySet<string>;
  /** For each unit, whether it only restates what is asked ("who is behind", "name of"). */
  framing: readonly boolean[];
  /** For each unit, whether it is a year the question dates what it asks by ("in 2010", "2010 में"). */
  year: readonly boolean[];
  /**
   * For each unit that is a Roman numeral numbering one of a series (Super Bowl XLIX, Henry III), the unit of the
   * series' word before it (Bowl, Henry); undefined for any other unit, and for a numeral that follows no word
   * of the question's (an acronym: "put on IV drip").
   */
  series: readonly (QueryUnit | undefined)[];
  /**
   * The part of a time the question asks for, when it asks for one that not every time gives ("what year",
   * কত সালে, "the month of the attack": year, month): a weekday or a clock time does not answer it.
   */
  timePart?: TimePart;
  /**
   * Whether it asks a cause: why (data whyWords), or what caused something, what its reason was (आग की वजह क्या,
   * কী কারণে): a word of cause it asks about, not one that gives a cause ("what went down because of the
   * attack": data causeMarkers). A cause a passage ties to the question's words answers it (extract.ts cause).
   */
  asksCause: boolean;
  /** Whether a question phrase names the measure asked for (how old, how long: data phraseFocus), the focus it counts. */
  measured: boolean;
  /** Whether the question counts an age (how old, हैकर की उम्र कितनी है, হ্যাকারের বয়স কত: its focus is the concept age): a number read as an age answers before any other. */
  asksAge: boolean;
  /** Whether what a count question counts is a unit of time (how many days, कितने घंटे, কত মিনিট: the lexicon's durations, data timeUnits). */
  countsTime: boolean;
  /** Whether the question asks for a share (what percentage, कितने प्रतिशत, 40% of what): a share answers it, and nothing else does. */
  asksShare: boolean;
  /** Whether the question asks how many times (how often, कितनी बार, কতবার: data frequencyWords, frequencyQuestions). */
  asksTimes: boolean;
  /** Whether a time question asks until when: till when, कब तक, কবে পর্যন্ত (data timeRelations). */
  asksUntil: boolean;
  /** Whether the question asks a running total, how many in all to now ("so far", अब तक, এখন পর্যন্ত: data runningTotalPhrases). */
  asksTotal: boolean;
  /** Whether its question word counts things one by one (how many, कितने, কতজন, in any case: isCountingQuestionWord), not how much. */
  oneByOne: boolean;
  /**
   * Whether it asks a measure's value (data MEASURES: what was the magnitude, भूकंप की तीव्रता क्या थी, how deep): its
   * focus is the measure, and only a number by the measure's word or before a unit gives it.
   */
  asksMeasure: boolean;
  /**
   * For a count question, its word of what happens to people that news counts (data DONE_TO_PEOPLE), or of a kind
   * or a count of it (bodies, a death toll: namesHappening), that it counts the people of: the first after its
   * question word, where all three languages say it ("How many were arrested for the deaths", "मौतों के लिए कितने
   * लोग गिरफ्तार हुए": arrested), or the last before it; the last of a query with no question word ("hospital
   * deaths?"). Undefined when it names none, or asks an age or a measure (happeningOf).
   */
  happening?: QueryUnit;
  /** The verb a who question asks who underwent, never who did it (who was arrested: arrested; asksUndergone). */
  undergone?: QueryUnit;
  /** For a who question that asks who someone is, the word it calls them by (who is the hospital's director, निदेशक कौन है: director; identityOf). */
  identity?: QueryUnit;
  /** For a which question that asks for a person of a kind, that kind (which player, किस खिलाड़ी ने: player; answerType): a name the passage calls by it answers. */
  personKind?: QueryUnit;
  /** For a question that asks the number that designates something (what is the helpline number: designatedBy), that thing, the `which` it asks about; only the number written after it answers. */
  designated?: QueryUnit;
}

/**
 * For a who question that asks who someone is (who was the hospital director?, who is the director of the
 * hospital?, अस्पताल का निदेशक कौन है?, হাসপাতালের পরিচালক কে?), the word it calls them by, the head of its
 * noun phrase: its question word has no case of its own and only a form of be follows it, with the phrase
 * after that in English (articles, then words written together, ending the question or before "of"), or nothing but the be-form after it in Hindi
 * and Bengali, which put the phrase first, its head last. A question of what someone underwent (who was
 * arrested) asks no identity. The name that word stands right before in a passage ("director Rajesh
 * Mehta", निदेशक राजेश मेहता) is the one it calls so.
 */
function identityOf(query: AnalyzedQuery, undergone: QueryUnit | undefined): QueryUnit | undefined {
  const at = query.asksAt;
  if (at === undefined || query.asks !== 'person' || undergone !== undefined || questionCase(query.tokens[at]!.norm) !== undefined) return undefined;
  const { language } = query.reading;
  const after = query.tokens.slice(at + 1);
  const be = (t: Token | undefined) => t !== undefined && (isBeForm(t.norm, language) || isCopula(t.norm));
  const { units, tokens } = query;
  if (isVerbFinal(language)) {
    // (the word right before the question word, not a postposition: हमले के पीछे कौन है asks who is behind it)
    const head = units.at(-1);
    return head !== undefined && head.end === at - 1 && units.every((u) => u.end < at) && after.every(be) && !isCompoundPostposition(tokens[head.end]!.norm) ? head : undefined;
  }
  // (the be-form may be written onto the question word: who's, whos)
  const onto = beWrittenOnto(tokens[at]!.raw, language);
  const phraseAt = onto ? at + 1 : at + 2;
  if (!(onto || be(after[0])) || units.length === 0 || !units.every((u) => u.at >= phraseAt)) return undefined;
  // the noun phrase right after the be-form and its articles, its words written together, and nothing after
  // it but "of" and what it is of ("who is behind the attack", "who was responsible for it" call no one by a noun)
  if (!tokens.slice(phraseAt, units[0]!.at).every((t) => isArticle(t.norm))) return undefined;
  const head = runEnd(units, 0);
  const next = tokens[units[head]!.end + 1];
  return next === undefined || isGenitivePreposition(next.norm) ? units[head] : undefined;
}

/** How many words after a Hindi or Bengali question word the auxiliary of its verb group may stand (कौन पुलिस द्वारा गिरफ्तार हुआ). */
const VERB_GROUP_REACH = 4;

/**
 * The verb a who question asks who underwent (who was arrested, who has been charged, कौन गिरफ्तार हुआ,
 * কারা গ্রেফতার হয়েছে: arrested, charged, गिरफ्तार, গ্রেফতার): its question word has no case of its own and is
 * the subject of a verb an undergoing auxiliary makes passive or one of becoming (data
 * undergoingAuxiliaries). Hindi and Bengali write the auxiliary after the verb; English right after the
 * question word, other auxiliaries beside it, with the verb's past participle after them ("who was the
 * leader" asks what someone is). A question word in the object's case (किसे, কাকে) asks who underwent the verb
 * after it, the last of the question's words there, as Hindi and Bengali write the verb last (ब्रोंकोस ने किसे
 * हराया: हराया; किसे सोमवार को गिरफ्तार किया गया: गिरफ्तार; কাকে গ্রেফতার করা হয়েছে: গ্রেফতার), which a passage in a
 * language that marks no object (English) writes its object after.
 */
function asksUndergone(query: AnalyzedQuery, personKind?: QueryUnit): QueryUnit | undefined {
  // (asked which person of a kind, the kind stands where the question word would: "which players were dropped",
  // किस खिलाड़ी को गिरफ्तार किया गया)
  const at = personKind?.end ?? query.asksAt;
  if (at === undefined || (personKind === undefined && query.asks !== 'person')) return undefined;
  // (the kind's case is the marker written after it, as a question word's is written onto it: किस खिलाड़ी को as किसे;
  // किस खिलाड़ी की आलोचना asks whose, as किसकी does)
  const marker = personKind === undefined ? undefined : query.tokens[at + 1]?.norm;
  const asked = personKind === undefined ? questionCase(query.tokens[at]!.norm) : marker === undefined ? undefined : caseIn(new Set([marker]), query.reading.language);
  if (asked !== undefined) return [...asked].some(isObjectMarker) && isVerbFinal(query.reading.language) ? query.units.findLast((u) => u.at > at) : undefined;
  const { language } = query.reading;
  const norms = query.tokens.map((t) => t.norm);
  const unitAt = (k: number) => query.units.find((u) => u.at <= k && k <= u.end);
  if (isVerbFinal(language)) {
    // the auxiliary closes the verb group by the question word, after it (कौन गिरफ्तार किया गया, कौन पुलिस
    // द्वारा गिरफ्तार हुआ) or just before it (गिरफ्तार कौन हुआ, গ্রেফতার হয়েছে কারা), not a verb of another clause
    // past a form of be (कौन है जिसकी वजह से डेटा लीक हुआ: what is asked is है), nor an active compound (चुरा ले गया,
    // जीत गया)
    const undergoesAt = (k: number) => undergoes(norms[k]!, norms[k - 1], language);
    let aux = at > 0 && undergoesAt(at - 1) ? at - 1 : undefined;
    for (let k = at + 1; aux === undefined && k < Math.min(norms.length, at + 1 + VERB_GROUP_REACH) && !isBeForm(norms[k]!, language); k++) if (undergoesAt(k)) aux = k;
    if (aux === undefined) return undefined;
    // (the verb is the question's last content word before the auxiliary, other than the question word)
    return query.units.findLast((u) => u.end < aux && (u.at > at || u.end < at));
  }
  let k = at + 1;
  let undergoing = false;
  for (; k < norms.length; k++) {
    const auxiliary = undergoes(norms[k]!, norms[k - 1], language);
    if (!auxiliary && !isQuestionAuxiliary(norms[k]!)) break;
    undergoing ||= auxiliary;
  }
  return undergoing && k < norms.length && isWrittenPast(norms[k]!, stemEnglish(norms[k]!), language) ? unitAt(k) : undefined;
}

/**
 * Parts of a time a question may ask for by name that a time need not give: a weekday has no month, and no
 * hour of the clock (कितने बजे, kitne baje: the concept hour). A year or a month must be given to answer; the
 * hour ranks the passages that write one first, but leaves a day to answer where none does ("रविवार देर रात").
 */
export const TIME_PARTS = ['year', 'month', 'hour'] as const;
export type TimePart = (typeof TIME_PARTS)[number];
const isTimePart = (concept: string | undefined): concept is TimePart => (TIME_PARTS as readonly (string | undefined)[]).includes(concept);

/** The part of a time a question asks for: by the time word after its question word, or by the word it asks the value of. */
function timePartOf(query: AnalyzedQuery, { type, head }: AskedKind): TimePart | undefined {
  if (type !== 'time') return undefined;
  const by = query.asksTimeBy ?? (head && unitConcepts(head).find(isTimePart));
  return isTimePart(by) ? by : undefined;
}

/** Whether a unit only restates what is asked: all its concepts are framing words of the answer type. */
function isFraming(unit: QueryUnit, type: AnswerType): boolean {
  const concepts = unitConcepts(unit);
  return concepts.length > 0 && concepts.every((c) => FRAMING_CONCEPTS[type].has(c));
}

/**
 * Words that restate what is asked of any question of its kind, whatever it is about: of all the framing
 * words of a question, these still frame when the others are all it has ("ransom amount?": the ransom is
 * what is asked, the amount only how).
 */
const GENERIC_FRAMING = new Set(['name', 'believe', 'number', 'total', 'time', 'date', 'money', 'amount']);

/**
 * Which units only restate what is asked. When all would, the generic ones still do and the rest are what
 * is asked ("ransom amount?"); none does when all of them are generic or none is ("ransom?", "what was the
 * ransom?": the word is the question).
 */
function framingOf(units: readonly QueryUnit[], { type, head }: AskedKind): boolean[] {
  // the word the kind was read from restates it, whatever else it may mean (time: "times"), when any value of
  // the kind fills it: a time or a date does, while a year or a month asks for that part of it alone (the
  // weekday and clock time of the attack are not its year)
  const restates = (u: QueryUnit) => u === head && unitConcepts(u).some((c) => FRAMING_CONCEPTS[type].has(c));
  const framing = units.map((u) => restates(u) || isFraming(u, type));
  if (!framing.every(Boolean)) return framing;
  const generic = units.map((u) => unitConcepts(u).every((c) => GENERIC_FRAMING.has(c)));
  return generic.every(Boolean) || !generic.some(Boolean) ? framing.map(() => false) : generic;
}

/**
 * The units of a money question that name a kind of sum without restating the kind (QuestionPlan.sumKinds),
 * each kept to the alternatives that say that kind: its sure forms and the broader kind it is of (a ransom
 * is a demand).
 */
function sumKindsOf(units: readonly QueryUnit[], framing: readonly boolean[]): QueryUnit[] {
  // (the concepts namesMoney read it by kept too, as sure as it read them)
  const says = (a: Alt) => a.strength >= SURE_ALTERNATIVE || a.broader || (a.field === 'concept' && a.strength >= WORDNET_STRENGTH.synonym);
  return units.filter((u, i) => !framing[i] && namesMoney(u)).map((u) => ({ ...u, alts: u.alts.filter(says) }));
}

/** Whether a unit is one number written as a year (four digits: 1991, २०१०). */
function isYearUnit(query: AnalyzedQuery, unit: QueryUnit): boolean {
  const token = query.tokens[unit.at];
  const value = unit.alts.length === 1 && unit.alts[0]!.field === 'num' ? Number(unit.alts[0]!.term) : NaN;
  return unit.at === unit.end && token !== undefined && token.numeric && writtenAsYear(value, token);
}

/** What happens to people that news counts (data TALLIED: deaths, injuries, arrests). */
export const TALLIED_CONCEPTS: ReadonlySet<string> = new Set(TALLIED);
/** Of those, what happens to a person, each one counted (data DONE_TO_PEOPLE): a question that counts one of them counts people. */
export const DONE_TO_PEOPLE_CONCEPTS: ReadonlySet<string> = new Set(DONE_TO_PEOPLE);
/**
 * Whether a question asks a length of time: a measure by its phrase (how long, how old), an age, or a count of a
 * unit of time. Only then does a number that measures one answer it ("Flights were suspended for 21 hours" does not
 * say how many flights).
 */
export const asksDuration = (plan: Pick<QuestionPlan, 'measured' | 'asksAge' | 'countsTime'>) => plan.measured || plan.asksAge || plan.countsTime;

/** Whether a question's unit names what happens to people that news counts, or a count of it (a death toll: its parent, death). */
export const namesHappening = (u: QueryUnit) => unitConcepts(u).flatMap(withParents).some((c) => DONE_TO_PEOPLE_CONCEPTS.has(c));

/** The happening to people a count question counts the people of (QuestionPlan.happening). */
function happeningOf(query: AnalyzedQuery, type: AnswerType): QueryUnit | undefined {
  if (type !== 'count') return undefined;
  const happenings = query.units.filter(namesHappening);
  const at = query.asksAt;
  return at === undefined ? happenings.at(-1) : (happenings.find((u) => u.at > at) ?? happenings.findLast((u) => u.end < at));
}

/**
 * Whether a question counts people, or a kind of them (passengers, residents): what it counts is a person by the
 * lexicon, or its question word counts people (কতজন গুরুতর আহত: how many are seriously injured).
 */
export const asksPeopleCount = (plan: Pick<QuestionPlan, 'focus' | 'query'>) =>
  (plan.focus !== undefined && unitConcepts(plan.focus).flatMap(withParents).includes(PERSON)) || plan.query.interrogatives.some(isPeopleCountingQuestionWord);
/**
 * Whether a count question counts people in any way: a kind of them (asksPeopleCount), or those something happened to,
 * named by the happening alone or by nothing ("how many were arrested?", घायलों की संख्या).
 */
export const countsAnyPeople = (plan: Pick<QuestionPlan, 'focus' | 'query' | 'happening'>) =>
  asksPeopleCount(plan) || ((plan.focus === undefined || namesHappening(plan.focus)) && plan.happening !== undefined);
/** The most words besides names a query that asks a count by a plural alone may have (talliedByQuery). */
const BARE_TALLY_WORDS = 3;

/**
 * What a query with no question word asks the count of: its last word, written in the plural, when it
 * names what happens to people that news counts (data TALLIED: "dengue deaths", "arrests?"; data pluralEndings),
 * in a query of content words alone, at most BARE_TALLY_WORDS of them besides names, as a noun phrase is typed
 * ("West Bengal dengue deaths"): one with a function word, or longer, asks of them something else ("cause of
 * deaths", "districts with most cases", "reason behind rising dengue cases").
 */
function talliedByQuery(query: AnalyzedQuery): QueryUnit | undefined {
  const last = closingUnit(query);
  if (query.yesNo || last === undefined) return undefined;
  // (or a lexicon phrase that ends in a noun of count of what news counts: "death toll", data tallyWords)
  const tally = isTallyWord(query.tokens[last.end]!.norm) && unitConcepts(last).flatMap(withParents).some((c) => TALLIED_CONCEPTS.has(c));
  if (last.at !== last.end && !tally) return undefined;
  const unitAt = (i: number) => query.units.find((u) => u.at <= i && i <= u.end);
  if (!query.tokens.every((_t, i) => unitAt(i) !== undefined) || query.tokens.filter((_t, i) => !unitAt(i)!.entity).length > BARE_TALLY_WORDS + last.end - last.at) return undefined;
  if (tally) return last;
  if (!isWrittenPlural(query.tokens[last.at]!.norm, query.reading.language)) return undefined;
  return unitConcepts(last).some((c) => TALLIED_CONCEPTS.has(c)) ? last : undefined;
}

/**
 * The doer a question that asks what was done names, before its question word: the unit a doer's marker
 * follows (पुलिस ने क्या…), or, with no marker, the last one that only words of time or adverbs part from the
 * question word (পুলিশ সোমবার কী উদ্ধার করেছে, सरकार क्या करेगी); never a word of time or place itself, a
 * genitive, or one another marker follows (बच्चों को क्या परोसा गया: no doer). With the units written right before
 * it, or joined to it by a genitive's marker, that name it with it (दिल्ली पुलिस, सेना के जवानों, প্রধানমন্ত্রী শেখ হাসিনা).
 */
function doerOf(query: AnalyzedQuery): QueryUnit[] {
  const head = doerHead(query);
  if (!head) return [];
  const units = [head];
  for (let u = query.units.indexOf(head) - 1; u >= 0; u--) {
    const unit = query.units[u]!;
    const between = units[0]!.at - unit.end - 1;
    if (between > 1 || (between === 1 && !isQualifierJoiner(query.tokens[unit.end + 1]!.norm)) || ofTime(unit)) break;
    units.unshift(unit);
  }
  return units;
}

/** Whether a question's unit is a word of time: a date's, a part of the day's, a span's (সোমবার, अगले महीने). */
const ofTime = (u: QueryUnit) => unitConcepts(u).some((c) => TIME_CONCEPTS.has(c));

/** The doer's head (doerOf): the unit a doer's marker follows, or the last that only words of time or adverbs part from the question word. */
function doerHead(query: AnalyzedQuery): QueryUnit | undefined {
  const asksAt = query.asksAt;
  if (asksAt === undefined) return undefined;
  const { language } = query.reading;
  const norm = (k: number) => query.tokens[k]!.norm;
  const adverbial = (k: number) => isClauseAdverb(norm(k), language) || query.units.some((u) => u.at <= k && k <= u.end && ofTime(u));
  const candidates = query.units.filter((u) => u.end < asksAt && !ofTime(u) && !endsAsGenitive(norm(u.end)) && !inLocative(norm(u.end)));
  return candidates.findLast((u) => isDoerMarker(norm(u.end + 1)) || Array.from({ length: asksAt - u.end - 1 }, (_v, i) => u.end + 1 + i).every(adverbial));
}

/** The lexicon's concept of a cause (cause, because, वजह, কারণ): a question's word of it asks a cause, or gives one. */
export const CAUSE = 'cause';

/**
 * Whether a thing question asks a cause (QuestionPlan.asksCause): its question word asks why, or a word of
 * cause is what it asks about: right beside its question word (what reason, किस वजह से, आग की वजह क्या, কী কারণে),
 * or anywhere after a what-word with no other noun its which (what caused), the word opening no phrase that
 * gives a cause.
 */
function asksCauseOf(query: AnalyzedQuery, which: readonly QueryUnit[]): boolean {
  const { asksAt, tokens } = query;
  const { language } = query.reading;
  if (asksAt === undefined) return false;
  if (isWhyWord(tokens[asksAt]!.norm, language)) return true;
  const norms = tokens.map((t) => t.norm);
  const causes = query.units.filter((u) => sureConcepts(u).includes(CAUSE));
  // (beside the question word, it is what is asked, whatever else the which phrase took: वजह क्या बताई जा रही,
  // কী কারণে, whose কারণে gives a cause elsewhere)
  if (causes.some((u) => u.end === asksAt - 1 || u.at === asksAt + 1)) return true;
  const cause = causes.find((u) => causeMarkerAt(norms, u.at, language) === 0 && !(u.at > 0 && causeMarkerAt(norms, u.at - 1, language) > 0));
  return cause !== undefined && isWhatWord(tokens[asksAt]!.norm, language) && (which.length === 0 || which.includes(cause));
}

/** Read a question once into the plan that ranking and extraction follow; `corpus`, where it is asked of one, tells which of its words that corpus writes as names. */
export function planQuestion(question: string, corpus?: CorpusNames): QuestionPlan {
  const query = analyzeQuery(question, corpus);
  const { units: which, verb: whichIsVerb, what: whatDone } = whichPhrase(query);
  const measured = query.interrogatives.some((i) => phraseFocus(i) !== undefined);
  const oneByOne = query.interrogatives.some(isCountingQuestionWord);
  const questionFocus = focusUnit(query);
  const asked = answerType(query, questionFocus, which, measured, oneByOne);
  // (a query that names money asks the sum: "compensation for fire victims?")
  const tallied = asked.type === 'thing' ? talliedByQuery(query) : undefined;
  const kind: AskedKind = tallied ? { type: 'count' } : asked;
  const focus = tallied ?? questionFocus;
  const timePart = timePartOf(query, kind);
  const runningTotal = runningTotalAt(query.tokens.map((t) => t.norm), query.reading.language);
  // (a which question for a person of a kind asks who, as "who" does: which player, किस खिलाड़ी ने)
  const { personKind } = kind;
  const undergone = asksUndergone(query, personKind);
  const identity = identityOf(query, undergone) ?? (kind.type === 'person' && kind.head ? nameBearer(query, kind.head) : undefined);
  // asked a measure's value, the measure is what is counted: भूकंप की तीव्रता क्या थी? counts the magnitude
  const counted = kind.type === 'count' && isMeasure(kind.head) ? kind.head : focus;
  const framing = framingOf(query.units, kind).map((f, i) => f || runningTotal.has(query.units[i]!.at));
  const asksAge = kind.type === 'count' && focus !== undefined && focus.alts.some((a) => a.field === 'concept' && isAgeConcept(a.term));
  // (a measure or an age is no count of people, whatever happened to them: मृतक की उम्र कितनी थी?)
  const happening = measured || asksAge ? undefined : happeningOf(query, kind.type);
  return {
    query,
    reading: query.reading,
    type: kind.type,
    units: query.units,
    focus: counted,
    which: kind.designated ? [kind.designated] : which,
    whichIsVerb: !kind.designated && whichIsVerb,
    asksDone: !kind.designated && whatDone,
    doer: whatDone && !kind.designated ? doerOf(query) : [],
    asksFuture: query.tokens.some((t) => isFutureForm(t.norm, query.reading.language)),
    asksPast: query.tokens.some((t) => isPastForm(t.norm, query.reading.language) || (query.reading.language === 'en' && !query.reading.romanized && isWrittenPast(t.norm, stemEnglish(t.norm), 'en'))),
    year: query.units.map((u) => isYearUnit(query, u)),
    series: query.units.map((u) => (u.at === u.end && writtenAsNumeral(query.tokens[u.at]!) ? query.units.find((w) => w.end === u.at - 1) : undefined)),
    asked: new Set(query.units.flatMap(unitConcepts)),
    // (and the words that ask a running total say how, not what: "so far")
    framing,
    sumKinds: kind.type === 'money' ? sumKindsOf(query.units, framing) : [],
    ...(timePart !== undefined && { timePart }),
    ...(undergone !== undefined && { undergone }),
    ...(happening !== undefined && { happening }),
    measured,
    asksCause: kind.type === 'thing' && asksCauseOf(query, which),
    countsTime: kind.type === 'count' && counted !== undefined && (unitConcepts(counted).some((c) => DURATION_CONCEPTS.has(c)) || counted.alts.some((a) => a.field === 'text' && isTimeUnit(a.term))),
    asksShare: query.tokens.some((t) => isPercentWord(t.norm) || holdsPercentSign(t.raw)),
    asksAge,
    asksTimes: query.tokens.some((t) => isFrequencyWord(t.norm, query.reading.language)) || query.interrogatives.some(isFrequencyQuestion),
    asksUntil: kind.type === 'time' && query.tokens.some((t) => isUntilWord(t.norm, query.reading.language)),
    asksTotal: runningTotal.size > 0,
    oneByOne,
    asksMeasure: isMeasure(counted),
    ...(identity !== undefined && { identity }),
    ...(personKind !== undefined && { personKind }),
    ...(kind.designated !== undefined && { designated: kind.designated }),
  };
}
