import type { Passage } from '../corpus/passages.js';
import { KEY_FIELDS, keyStrength, termKey, unitConcepts, type AnalyzedText, type Alt, type QueryUnit } from '../lang/analyze.js';
import { keyConsonants } from '../lang/keys.js';
import { PERSON } from '../lang/data/concepts.js';
import { writtenAsNumeral, writtenAsYear } from '../lang/numbers.js';
import { acrossEnglish } from '../lang/reading.js';
import { endsAsQuestion, isAnaphor, isDefiniteDeterminer, isRelativePronoun, isSayingWord } from '../lang/words.js';
import { isTextFunctionWord } from '../lang/stopwords.js';
import { tokenTerms } from '../lang/terms.js';
import { scriptOf, type Language } from '../lang/script.js';
import type { Hit, SearchIndex, SearchResults } from '../search/index.js';
import { happeningsCounted, measuresTimeIn, nameStrength, saidCount, talliedCount, whichStrength } from './extract.js';
import { COUNT_REACH, inClockTime, isOneInLetters, unitPositions, writtenAsSum, type PassageText } from './passage.js';
import { MONEY_CONCEPTS, TIME_CONCEPTS, VALUE_TYPES, answerTypeStrength, asksDuration, countsAnyPeople, type QuestionPlan } from './question.js';

export interface Ranked {
  hit: Hit;
  /** The passage analyzed token by token. */
  text: AnalyzedText;
  /** The `field:term` keys the passage itself holds (not its title or article). */
  found: Set<string>;
  /** Share of the question's weight the passage covers, 0 to 1. */
  coverage: number;
  /** How well the passage holds each of the question's units (in the order of `plan.units`), 0 to 1, its title and article counting for less. */
  matches: number[];
  /** How surely the passage itself holds each unit: its strongest alternative there, without its title, neighbours or article (see SURE_ALTERNATIVE). */
  held: number[];
  /** How surely the passage holds a value of the kind the question asks for, 0 to 1. */
  typed: number;
  /** How much of what the question names (places, institutions) its article names, 0 to 1. */
  named: number;
  score: number;
}

/**
 * A word found only in the article's title counts this much of being in the passage itself: the title
 * says what the whole article is about (AIIMS, the power utility), so such topic words tell its
 * articles apart from others but barely tell its passages apart from each other; names count more.
 * A word found elsewhere in the article gives the passage some context, less.
 */
const TITLE_CREDIT = 0.85;
const ENTITY_TITLE_CREDIT = 0.95;
const ARTICLE_CREDIT = 0.4;
/**
 * A word in the sentence before or after, in the same paragraph: it is often what "he" or "the team"
 * refers to, so it counts for more than the same word further off in the article (ARTICLE_CREDIT), and
 * for much less than in the title or the passage itself. (At ARTICLE_CREDIT it counted for nothing
 * more; a little over half put the evidence of XQuAD's pronoun-led answers in the first three for 0.5
 * to 1.6 points more of each dev set, and first for 0.3 to 0.8 more, except English questions over
 * Hindi text, 0.8 fewer.)
 */
const NEIGHBOUR_CREDIT = 0.55;
/**
 * A word in the sentence a passage goes on from (continuedKeys: it opens with "These", "They", यह, जिसने, or with
 * "the" or इस before a word that sentence writes): the passage goes on about what the sentence names, so those
 * words are nearly the passage's own. Measured on the XQuAD dev sets (evidence@1, hi-on-hi/en-on-en/en-on-hi/
 * hi-on-en, gained and lost against NEIGHBOUR_CREDIT), pronouns alone: 0.7 +0 −1/0/+0 −1/+1; 0.8 +3 −1/+1/+1
 * −1/+3; 0.85 +4 −2/+1/+3 −3/+4; 0.95 +5 −2/+1 −1/+4 −3/+4. At 0.8 with the relative pronouns, the article and
 * the demonstratives as they are: +5 −1/+1/+1/+5.
 */
const CONTINUED_CREDIT = 0.8;
/**
 * A question that asks for a kind of value (a count, a time, a person…) is answered only by a passage
 * that holds one: one that does not keeps this share of its score.
 */
const UNTYPED_SHARE = 0.7;
/**
 * How surely a passage holds the asked kind counts squared: a clock time, a named actor or a number by
 * what is counted (1) lifts a passage fully, but weak signs (a kind of actor such as "staff", a day
 * part, a number away from what is counted: about 0.6) lift it much less, so they do not put a passage
 * that misses the question's rare words above one that holds them: the name, place or thing that
 * answers is often a word no lexicon knows, and then the passage that holds it has no sign at all.
 */
const TYPE_EXPONENT = 2;
/** What a word that only restates the question ("behind", "name of") weighs, against a content word. */
export const FRAMING_WEIGHT = 0.2;
/**
 * BM25 (term rarity with saturation and passage length) breaks near-ties between passages that cover
 * the question alike: the short passage that holds its rare words before a long one.
 */
const BM25_SHARE = 0.08;
/** A headline matches as well as the sentence it summarizes; the sentence, with its attribution, is the better evidence. */
const HEADLINE_WEIGHT = 0.85;
/** A passage that is itself a question ("কী চাইছে হ্যাকার?") asks what the reader asks; it does not answer. */
const QUESTION_WEIGHT = 0.6;
/** Between passages that answer alike, one in the asker's own language is easier to check. */
const SAME_LANGUAGE_BONUS = 0.03;
/** Names say which incident is meant: they weigh this much more than a common word of the same rarity. */
const ENTITY_WEIGHT = 1.5;
/**
 * A question that names a place or institution is about the incident there: a passage whose article
 * never names it keeps only this share of its score (another hospital's servers are not AIIMS's).
 */
const UNNAMED_SHARE = 0.4;

/**
 * How much a unit says about which passage is meant: the inverse document frequency of its most
 * common alternative (a word every passage has, in any form, says little), more for names.
 */
export function unitWeight(index: SearchIndex, unit: QueryUnit, frequency = unitFrequency(index, unit)): number {
  const n = index.passages.length;
  return Math.log(1 + (n - frequency + 0.5) / (frequency + 0.5)) * (unit.entity && !unit.guessed ? ENTITY_WEIGHT : 1);
}

/**
 * How many passages hold the unit's most common alternative: 0 when no passage holds it in any form.
 * A broader concept (ransom → demand) does not count: it says how common the wider thing is, not the word.
 */
export function unitFrequency(index: SearchIndex, unit: QueryUnit): number {
  return Math.max(0, ...unit.alts.filter((a) => !a.broader).map((a) => index.documentFrequency(a.field, a.term)));
}

/** How strongly finding an alternative counts in a passage of an English article or of another (see `Alt.inEnglish`). */
const strengthIn = (a: Alt, english: boolean) => (english && a.inEnglish !== undefined ? a.strength * a.inEnglish : a.strength);

/** How surely a set of `field:term` keys holds a unit: its strongest alternative there, 0 when none is. */
export function heldStrength(unit: QueryUnit, keys: ReadonlySet<string>, english: boolean): number {
  let best = 0;
  for (const a of unit.alts) {
    const strength = strengthIn(a, english);
    if (strength > best && keys.has(termKey(a.field, a.term))) best = strength;
  }
  return best;
}

/**
 * How surely a passage holds each unit by its sound together with the unit next to it: two words side by side
 * in the question whose own sound keys the passage holds side by side in another script, in the same order, with
 * nothing but a space or a hyphen between ("Super Bowl", सुपर बाउल; "John Elway", जॉन एलवे), are held as surely as
 * one key of all their consonants, which a passage seldom holds by chance, however short each word's own key is
 * (Bowl's bl, एलवे's lb). Only the words' own keys pair, not their translations'; within one script a word's key
 * finds other words of its sound, not the word. 0 for a unit no such pair holds.
 */
export function pairedBySound(units: readonly QueryUnit[], text: AnalyzedText): number[] {
  const paired = units.map(() => 0);
  // each unit's own keys, by their `field:term` key: how many consonants, and the script of the word they are of
  const sounds = units.map((u) => new Map(u.alts.flatMap((a) => (KEY_FIELDS.has(a.field) && a.soundOf ? [[termKey(a.field, a.term), { consonants: keyConsonants(a.term), script: a.soundOf.script }] as const] : []))));
  const scripts = text.tokens.map((t) => scriptOf(t.norm[0] ?? ''));
  // for a unit, the most consonants of its keys each token of another script holds (0 where none), read once
  const heard = new Map<number, number[]>();
  const heardIn = (i: number) => {
    let at = heard.get(i);
    if (at === undefined) {
      at = text.keys.map((keys, t) => {
        let most = 0;
        for (const key of keys) {
          const s = sounds[i]!.get(key);
          if (s !== undefined && s.script !== scripts[t] && s.consonants > most) most = s.consonants;
        }
        return most;
      });
      heard.set(i, at);
    }
    return at;
  };
  for (let i = 0; i + 1 < units.length; i++) {
    if (units[i]!.end + 1 !== units[i + 1]!.at || sounds[i]!.size === 0 || sounds[i + 1]!.size === 0) continue;
    const first = heardIn(i);
    const second = heardIn(i + 1);
    for (let t = 0; t + 1 < text.tokens.length; t++) {
      if (first[t] === 0 || second[t + 1] === 0 || text.tokens[t + 1]!.start - text.tokens[t]!.end !== 1) continue;
      const strength = keyStrength(first[t]! + second[t + 1]!);
      paired[i] = Math.max(paired[i]!, strength);
      paired[i + 1] = Math.max(paired[i + 1]!, strength);
    }
  }
  return paired;
}

/** How well one passage holds one unit: its best alternative in the passage, else in its title or article, for less. */
function unitMatch(
  unit: QueryUnit,
  english: boolean,
  found: Set<string>,
  title: Set<string>,
  inArticle: Set<string> | undefined,
  around: Set<string> | undefined,
  continued?: Set<string>,
): number {
  let best = 0;
  // (a compound's parts each held as well as the passage holds it, the word as well as their mean: স্বাস্থ্যমন্ত্রী
  // is held half by a passage of health that names no minister)
  const parts: number[] = [];
  for (const a of unit.alts) {
    const key = termKey(a.field, a.term);
    const strength = strengthIn(a, english);
    let held = 0;
    if (found.has(key)) held = strength;
    else if (title.has(key)) held = strength * (unit.entity ? ENTITY_TITLE_CREDIT : TITLE_CREDIT);
    else if (continued?.has(key)) held = strength * CONTINUED_CREDIT;
    else if (around?.has(key)) held = strength * NEIGHBOUR_CREDIT;
    else if (inArticle?.has(key)) held = strength * ARTICLE_CREDIT;
    if (a.part === undefined) best = Math.max(best, held);
    else parts[a.part] = Math.max(parts[a.part] ?? 0, held);
  }
  if (parts.length === 0) return best;
  const mean = Array.from({ length: parts.length }, (_v, k) => parts[k] ?? 0).reduce((x, y) => x + y, 0) / parts.length;
  return Math.max(best, mean);
}

/**
 * How surely a passage holds a sum of the asked kind when it holds a currency away from any number, or a sum
 * while it nowhere writes the kind of sum the question names (QuestionPlan.sumKinds).
 */
const OTHER_SUM = 0.5;

/** How surely a passage holds a count when its numbers stand away from what the question counts, which it writes elsewhere. */
const COUNTED_APART_SHARE = 0.6;
/**
 * And when it nowhere writes what is counted, in the question's own language (or Hindi and Bengali), where it
 * would be found as the question words it: the passage speaks of other things, and its numbers count those
 * ("How many universities are in Newcastle?" over a passage of the Duke of Newcastle's generals, 1756). Not
 * people, whom news counts without the word ("Seven died", "7 की मौत", "three accused"), nor across English and
 * an Indic language, where the word may only want a translation the dictionary lacks. Measured (npm run
 * calibrate, unanswerable abstained, Hindi/English/English over Hindi/Hindi over English, refitted): at 0.6 as
 * apart 291/299/261/253; 0.3 293/299/261/253, with evidence@1 of hi-on-hi and en-on-en −2 and 0 (asked tons,
 * the answer's "1.5 gigatons" writes no tons); 0.3 across languages too, 293/299/258/253; people aside, as
 * it is, 292/299/261/252 (a count of the dead in Baghdad asked of articles without it is answered again);
 * people and the kinds of them aside, 292/298/261/252 (passengers carried by a rail network).
 */
const UNCOUNTED_SHARE = 0.3;

/**
 * For a count or an amount, a number must stand by what is counted: "how many servers" wants the
 * number next to "servers", "how much ransom" the number next to the ransom or the currency.
 */
function countStrength(plan: QuestionPlan, passage: PassageText, type: 'count' | 'money'): number {
  const { text } = passage;
  const { focus } = plan;
  const oneByOne = type === 'count' && plan.oneByOne;
  // (asked how many, कितने, কতজন, a sum of money counts nothing one by one: "মৃতদের পরিবারকে দুই লক্ষ টাকা" is no count of the dead)
  const targets = focus ? unitPositions(text, focus) : [];
  // (the hour and minute of a clock time count nothing: "detected at 4:15 am, when staff found"; nor does a year,
  // unless what is counted follows it, as the extractor reads it: "(1008–1074)", but "1850 guests")
  const yearOnly = (n: AnalyzedText['numbers'][number]) => n.first === n.last && writtenAsYear(n.value, text.tokens[n.first]!) && !targets.includes(n.last + 1);
  const told = text.numbers.filter((n) => !inClockTime(text, n.first) && !yearOnly(n));
  // (but a sum counts its own scale word, when that is what is asked: "how many crore", 200 करोड़ रुपए)
  // (nor, unless a length of time is asked, does one that measures one: "অক্সিজেন সরবরাহ প্রায় ৪০ মিনিট বন্ধ", asked how many were arrested)
  const counts = (n: AnalyzedText['numbers'][number]) => type !== 'count' || asksDuration(plan) || !measuresTimeIn(plan, passage, n);
  // (nor, asked how many people however it is asked, "घायलों की संख्या कितनी है?": "घायलों को 50 हजार रुपये" counts none)
  const numbers = (oneByOne || (type === 'count' && focus !== undefined && countsAnyPeople(plan)) ? told.filter((n) => !writtenAsSum(text, n) || targets.some((t) => t >= n.first && t <= n.last)) : told).filter(counts);
  if (numbers.length === 0) return 0;
  // (one in letters is as often an article as a count: it is a number, but stands by nothing it counts)
  const near = (at: number[]) => numbers.some((n) => !isOneInLetters(text, n) && at.some((i) => i >= n.first - COUNT_REACH && i <= n.last + COUNT_REACH));
  if (type === 'money') {
    const currency = text.concepts.flatMap((cs, i) => (cs.some((c) => MONEY_CONCEPTS.has(c)) ? [i] : []));
    if (!near(currency) && !(targets.length > 0 && near(targets))) return currency.length > 0 ? OTHER_SUM : 0;
    // (a question that names the kind of sum it asks, "how much was paid", is answered where the passage speaks
    // of that kind: in one that only says a sum was demanded, the sum is only a sign of a payment. The kind is
    // looked for in the whole passage, not by the number: a Hindi verb ends its clause, often far from the sum)
    return plan.sumKinds.length === 0 || plan.sumKinds.some((u) => unitPositions(text, u).length > 0) ? 1 : OTHER_SUM;
  }
  // (asked how many something happened to, a number only others something else happened to are said to be counts
  // none of them: asked how many were arrested, "তিন রোগীর মৃত্যু", three patients died)
  if (!focus) {
    const counted = happeningsCounted(plan, passage);
    return numbers.some((n) => counted(n) !== 'other') ? 1 : COUNTED_APART_SHARE;
  }
  // (or one a noun of count gives as how many of it, or of what the question says of it, there are: मरने वालों की संख्या … 14)
  // (or one the question's own words are said of: "killed 14" asked how many people were killed)
  if (near(targets) || talliedCount(plan, passage).numbers.some((n) => numbers.includes(n)) || saidCount(plan, passage, numbers)) return 1;
  // (people in general go unwritten, "Seven died"; a kind of them, news names: "5 passengers were hurt")
  const unwritten = targets.length === 0 && !unitConcepts(focus).includes(PERSON) && !acrossEnglish(plan.reading, passage.language);
  return unwritten ? UNCOUNTED_SHARE : COUNTED_APART_SHARE;
}

/**
 * How surely a passage holds the kind of value the question asks for: a "which X" by what it says of X,
 * a count or an amount by a number beside what is counted, a person or a place by the lexicon's actors
 * and places or a name the passage writes, a time by the lexicon's times.
 */
export function typeStrength(plan: QuestionPlan, passage: PassageText): number {
  const { type } = plan;
  const { text } = passage;
  if (type === 'thing') return plan.which.length > 0 ? whichStrength(plan, passage) : 0;
  if (type === 'count' || type === 'money') return Math.min(answerTypeStrength(text, type) > 0 ? 1 : 0, countStrength(plan, passage, type));
  if (type === 'person' || type === 'place') return Math.max(answerTypeStrength(text, type), nameStrength(plan, passage), plan.personKind ? whichStrength(plan, passage) : 0);
  return answerTypeStrength(text, type, plan.timePart);
}

function isQuestion(body: string, passage: Passage): boolean {
  return endsAsQuestion(body.slice(passage.start, passage.end));
}

/**
 * The words of the sentence a passage goes on from: the one before it in its paragraph, when the passage opens
 * with a word that stands for what that sentence names ("These clades were found to be ancestral to…", "They
 * then beat…", "यह डुवल काउंटी की काउंटी सीट है"; data `anaphors`), or with a definite article or a demonstrative
 * before a word of its own that sentence writes ("The statement was in Latin", "इस प्रमेय की विशिष्टता…"; data
 * `definiteArticles`, `demonstratives`), or with a relative pronoun, as a clause split from it does ("जिसने वियतनाम
 * पर शासन किया…"; data `relativePronouns`). Not one that only sets a time ("This year…", "इस साल…", "उस समय…"), nor
 * one that shares with it only a function word or a word of saying ("The police said…" after "…, officials
 * said."). Undefined when the passage opens otherwise.
 */
function continuedKeys(index: SearchIndex, hit: Hit, text: AnalyzedText, language: Language): Set<string> | undefined {
  const opening = text.tokens[0];
  const before = index.besideInParagraph(hit.id).find((id) => id < hit.id);
  if (opening === undefined || before === undefined) return undefined;
  const keys = index.analyzed(before).keys;
  const written = (i: number) => {
    const token = text.tokens[i];
    return token !== undefined && !isTextFunctionWord(token.norm, language) && !isSayingWord(token.norm) && tokenTerms(token).stems.some((s) => keys.has(termKey('stem', s)));
  };
  // (a pronoun or a determiner before a time word only sets a time: "This year…", इस साल, এই বছর)
  if ((text.concepts[1] ?? []).some((c) => TIME_CONCEPTS.has(c))) return undefined;
  const pointsBack = isAnaphor(opening.norm, language) || isRelativePronoun(opening.norm);
  return pointsBack || (isDefiniteDeterminer(opening.norm, language) && (written(1) || written(2))) ? keys : undefined;
}

/** The words of the passages just before and after a passage in its paragraph. */
function neighbourKeys(index: SearchIndex, hit: Hit): Set<string> {
  const keys = new Set<string>();
  for (const id of index.besideInParagraph(hit.id)) for (const k of index.analyzed(id).keys) keys.add(k);
  return keys;
}

/**
 * A question dated by a year ("population in 2010") asks about that year: a passage that does not hold
 * it but writes another year ("in 2014, 853,382") most likely speaks of another time, and keeps this
 * share of its score. One that writes no year may be dated by its neighbours, and is left as it is.
 * Measured on the XQuAD dev sets (first passage, hi-on-hi/en-on-en/en-on-hi/hi-on-en, against 69.9/
 * 72.7/55.4/53.4% without): 0.85 +0.4/0/+0.3/0 points, 0.7 +0.5/+0.2/+0.3/0, 0.5 0/−0.2/+0.2/−0.1.
 * A question that numbers one of a series by a Roman numeral (Super Bowl XLIX, Henry III) is alike: a passage
 * that numbers the series otherwise (Super Bowl XXXIII) speaks of another of it (hi-on-hi +2, the others 0).
 */
const OTHER_YEAR_SHARE = 0.7;

/** Whether a passage writes a Roman numeral right after a word of a series the question numbers (QuestionPlan.series: Super Bowl XXXIII). */
const numbersAnother = (text: AnalyzedText, series: QueryUnit) => unitPositions(text, series).some((i) => i + 1 < text.tokens.length && writtenAsNumeral(text.tokens[i + 1]!));

/** Whether a passage writes a year: one number of four digits, as far back as history goes (1349, 2014; numbers.ts writtenAsYear). */
const writesAYear = (text: AnalyzedText) => text.numbers.some((n) => n.first === n.last && writtenAsYear(n.value, text.tokens[n.first]!));

/**
 * How near the best passage another must score to stand beside it as evidence: to be quoted as a further
 * citation, or to give the answer's value when the best passage gives none (answer.ts).
 */
export const SUPPORT_SHARE = 0.75;

/** How many of the candidates are looked at closely (analyzed word by word) after the first, cheap ranking. */
const SHORTLIST = 20;
/** How many of the best candidates lend the sentences beside them as candidates, for a question that asks a value (VALUE_TYPES). */
const LENDERS = 5;

/**
 * Order candidate passages by how much of the question they cover, kept to those that hold the kind of
 * answer asked for. First every candidate is scored from what the search found in it, its title and its
 * article; then the best few are analyzed word by word, which checks every alternative (common words
 * too), the answer type and what stands next to a number.
 */
export function rank(
  index: SearchIndex,
  plan: QuestionPlan,
  results: SearchResults,
  /** Each unit's weight in the index, when the caller has it already (it weighed the search by them). */
  unitWeights: readonly number[] = plan.units.map((u) => unitWeight(index, u)),
): Ranked[] {
  const { units, type } = plan;
  const language = plan.reading.language;
  const weights = units.map((_u, i) => unitWeights[i]! * (plan.framing[i] ? FRAMING_WEIGHT : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const entityTotal = units.reduce((sum, u, i) => sum + (u.entity ? weights[i]! : 0), 0);
  // (each passage's search score against the best of its own language's: a question matches its own language's
  // words literally and another's only through concepts and translations, so the search scores the two apart)
  const maxScore = new Map<string, number>();
  for (const h of results.hits) {
    const l = index.article(h.passage.articleId)!.language;
    maxScore.set(l, Math.max(maxScore.get(l) ?? 1e-9, h.score));
  }

  const pairedTitles = new Map<string, number[]>();
  const titlePairs = (articleId: string) => {
    let pairs = pairedTitles.get(articleId);
    if (pairs === undefined) pairedTitles.set(articleId, (pairs = pairedBySound(units, index.titleText(articleId))));
    return pairs;
  };
  const cover = (hit: Hit, found: Set<string>, around?: Set<string>, typed = 0, continued?: Set<string>, paired?: readonly number[]) => {
    const article = index.article(hit.passage.articleId)!;
    const title = index.titleTerms(article.id);
    const inArticle = results.articleFound.get(article.id);
    const english = article.language === 'en';
    // a word that only restates what is asked (the time, the name, the number of) is what a value of the
    // asked kind fills: a passage that holds one holds the word's meaning, as surely as it holds the value
    // (a pair the passage holds counts as held there; one its title holds, as a word of the title)
    const pairedInTitle = paired ? titlePairs(article.id) : undefined;
    const byPair = (u: QueryUnit, i: number) => Math.max(paired?.[i] ?? 0, (pairedInTitle?.[i] ?? 0) * (u.entity ? ENTITY_TITLE_CREDIT : TITLE_CREDIT));
    const matches = units.map((u, i) => Math.max(unitMatch(u, english, found, title, inArticle, around, continued), plan.framing[i] ? typed : 0, byPair(u, i)));
    const coverage = total === 0 ? 0 : units.reduce((sum, _u, i) => sum + weights[i]! * matches[i]!, 0) / total;
    const entityCovered = units.reduce((sum, u, i) => sum + (u.entity && matches[i]! > 0 ? weights[i]! : 0), 0);
    const named = entityTotal === 0 ? 1 : entityCovered / entityTotal;
    const evidence = (hit.passage.headline ? HEADLINE_WEIGHT : 1) * (isQuestion(article.body, hit.passage) ? QUESTION_WEIGHT : 1);
    const bonus = BM25_SHARE * (hit.score / maxScore.get(article.language)!) + (article.language === language ? SAME_LANGUAGE_BONUS : 0);
    const base = (coverage + bonus) * evidence * (UNNAMED_SHARE + (1 - UNNAMED_SHARE) * named);
    return { coverage, matches, named, base, english };
  };

  const shortlist = results.hits
    .map((hit) => ({ hit, first: cover(hit, hit.found).base }))
    .sort((a, b) => b.first - a.first)
    .slice(0, SHORTLIST);
  // asked for a value (how many, how much, when), the sentences beside the best candidates in their paragraphs are
  // candidates too, though they may hold none of the question's words: news writes the hour or the count in the
  // sentence before the one that says what happened ("दोपहर करीब 3:15 बजे … स्लैब की ढलाई चल रही थी" before
  // "… ढांचा नदी में जा गिरा"), and such a sentence holds the question's words by its neighbour and its title. One
  // the search found keeps what it found; one it did not takes NEIGHBOUR_CREDIT of its lender's search score, so
  // that of two sentences lent alike the one beside the better candidate comes first
  const lent = new Map<number, Hit>();
  if (VALUE_TYPES.has(type)) {
    const examinedIds = new Set(shortlist.map(({ hit }) => hit.id));
    const hitsById = new Map(results.hits.map((h) => [h.id, h]));
    for (const { hit } of shortlist.slice(0, LENDERS)) {
      for (const id of index.besideInParagraph(hit.id)) {
        if (examinedIds.has(id) || lent.has(id)) continue;
        lent.set(id, hitsById.get(id) ?? { id, passage: index.passages[id]!, score: hit.score * NEIGHBOUR_CREDIT, found: new Set() });
      }
    }
  }
  const examined = [...shortlist, ...[...lent.values()].map((hit) => ({ hit }))].map(({ hit }) => {
    const analyzed = index.analyzed(hit.id);
    return { hit, analyzed, found: new Set([...hit.found, ...analyzed.keys]) };
  });
  return examined
    .map(({ hit, analyzed, found }) => {
      const article = index.article(hit.passage.articleId)!;
      const typed = typeStrength(plan, { text: analyzed.text, body: article.body, offset: hit.passage.start, language: article.language });
      const paired = pairedBySound(units, analyzed.text);
      const { coverage, matches, named, base, english } = cover(hit, found, neighbourKeys(index, hit), typed, continuedKeys(index, hit, analyzed.text, article.language), paired);
      const held = units.map((u, i) => Math.max(heldStrength(u, found, english), paired[i]!));
      const typeFactor = type === 'thing' && plan.which.length === 0 ? 1 : UNTYPED_SHARE + (1 - UNTYPED_SHARE) * typed ** TYPE_EXPONENT;
      const dated =
        (plan.year.some((y, i) => y && held[i] === 0) && writesAYear(analyzed.text)) || plan.series.some((s, i) => s && held[i] === 0 && numbersAnother(analyzed.text, s)) ? OTHER_YEAR_SHARE : 1;
      return { hit, text: analyzed.text, found, coverage, matches, held, typed, named, score: base * typeFactor * dated };
    })
    .sort((a, b) => b.score - a.score);
}
