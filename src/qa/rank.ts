import type { Passage } from '../corpus/passages.js';
import { analyzePassage, type QueryUnit } from '../lang/analyze.js';
import type { Language } from '../lang/script.js';
import { termKey, type Hit, type SearchIndex } from '../search/index.js';
import { FRAMING_CONCEPTS, answerTypeStrength, type AnswerType } from './question.js';

export interface Ranked {
  hit: Hit;
  /** Share of the question's weight the passage covers, 0 to 1. */
  coverage: number;
  /** How surely the passage holds a value of the kind the question asks for, 0 to 1. */
  typed: number;
  score: number;
}

/**
 * A word found only in the article's title counts this much of being in the passage itself; a name
 * in the title (AIIMS, Delhi Police) says what the whole article is about, so it counts nearly fully.
 */
const TITLE_CREDIT = 0.5;
const ENTITY_TITLE_CREDIT = 0.9;
/**
 * A question that asks for a kind of value (a count, a time, a person…) is answered only by a passage
 * that holds one: one that does not keeps this share of its score.
 */
const UNTYPED_SHARE = 0.55;
/** What a word that only restates the question ("behind", "name of") weighs, against a content word. */
const FRAMING_WEIGHT = 0.2;
/** BM25 only breaks near-ties between passages that cover the question alike. */
const BM25_SHARE = 0.05;
/** A headline matches as well as the sentence it summarizes; the sentence, with its attribution, is the better evidence. */
const HEADLINE_WEIGHT = 0.85;
/** A passage that is itself a question ("কী চাইছে হ্যাকার?") asks what the reader asks; it does not answer. */
const QUESTION_WEIGHT = 0.6;
/** Between passages that answer alike, one in the asker's own language is easier to check. */
const SAME_LANGUAGE_BONUS = 0.03;

/** Names say which incident is meant: they weigh this much more than a common word of the same rarity. */
const ENTITY_WEIGHT = 1.5;

/**
 * How much a unit says about which passage is meant: the inverse document frequency of its most
 * common alternative (a word every passage has, in any form, says little), more for names.
 */
export function unitWeight(index: SearchIndex, unit: QueryUnit): number {
  const n = index.passages.length;
  const df = Math.max(0, ...unit.alts.map((a) => index.documentFrequency(a.field, a.term)));
  return Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (unit.entity ? ENTITY_WEIGHT : 1);
}

function typeStrength(index: SearchIndex, passage: Passage, type: AnswerType): number {
  if (type === 'thing') return 0;
  const article = index.article(passage.article)!;
  return answerTypeStrength(analyzePassage(article.body.slice(passage.start, passage.end), article.language), type);
}

function isFraming(unit: QueryUnit, type: AnswerType): boolean {
  const concepts = unit.alts.filter((a) => a.field === 'concept').map((a) => a.term);
  return concepts.length > 0 && concepts.every((c) => FRAMING_CONCEPTS[type].has(c));
}

function isQuestion(index: SearchIndex, passage: Passage): boolean {
  return /[?？]\s*$/.test(index.article(passage.article)!.body.slice(passage.start, passage.end));
}

/** How well one passage holds one unit: its best alternative, in the passage or (for less) in its article's title. */
function unitMatch(unit: QueryUnit, found: Set<string>, title: Set<string>): number {
  let best = 0;
  for (const a of unit.alts) {
    const key = termKey(a.field, a.term);
    if (found.has(key)) best = Math.max(best, a.strength);
    else if (title.has(key)) best = Math.max(best, a.strength * (unit.entity ? ENTITY_TITLE_CREDIT : TITLE_CREDIT));
  }
  return best;
}

/** Order candidate passages by how much of the question they cover, then by answer type and BM25. */
export function rank(index: SearchIndex, units: readonly QueryUnit[], type: AnswerType, language: Language, hits: readonly Hit[]): Ranked[] {
  const weights = units.map((u) => unitWeight(index, u) * (isFraming(u, type) ? FRAMING_WEIGHT : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const maxScore = Math.max(1e-9, ...hits.map((h) => h.score));
  return hits
    .map((hit) => {
      const title = index.titleTerms(hit.passage.article);
      const covered = units.reduce((sum, u, i) => sum + weights[i]! * unitMatch(u, hit.found, title), 0);
      const coverage = total === 0 ? 0 : covered / total;
      const typed = typeStrength(index, hit.passage, type);
      const sameLanguage = index.article(hit.passage.article)!.language === language;
      const evidence = (hit.passage.headline ? HEADLINE_WEIGHT : 1) * (isQuestion(index, hit.passage) ? QUESTION_WEIGHT : 1);
      const typeFactor = type === 'thing' ? 1 : UNTYPED_SHARE + (1 - UNTYPED_SHARE) * typed;
      const score = (coverage + BM25_SHARE * (hit.score / maxScore) + (sameLanguage ? SAME_LANGUAGE_BONUS : 0)) * typeFactor * evidence;
      return { hit, coverage, typed, score };
    })
    .sort((a, b) => b.score - a.score);
}
