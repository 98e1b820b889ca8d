import type { Passage } from '../corpus/passages.js';
import type { QueryUnit } from '../lang/analyze.js';
import { numberLanguages, numberPhrases } from '../lang/numbers.js';
import { tokenize } from '../lang/tokenize.js';
import { termKey, type Hit, type SearchIndex } from '../search/index.js';
import type { AnswerType } from './question.js';

export interface Ranked {
  hit: Hit;
  /** Share of the question's weight the passage covers, 0 to 1. */
  coverage: number;
  /** Whether the passage holds a value of the kind the question asks for. */
  typed: boolean;
  score: number;
}

/** A word found only in the article's title counts this much of being in the passage itself. */
const TITLE_CREDIT = 0.5;
/** How much holding the kind of value the question asks for adds to a passage's score. */
const TYPE_BONUS = 0.25;
/** BM25 only breaks near-ties between passages that cover the question alike. */
const BM25_SHARE = 0.05;
/** A headline matches as well as the sentence it summarizes; the sentence, with its attribution, is the better evidence. */
const HEADLINE_WEIGHT = 0.85;

/** Inverse document frequency of a unit: rare words say more about which passage is meant. */
export function unitWeight(index: SearchIndex, unit: QueryUnit): number {
  const n = index.passages.length;
  const df = Math.max(0, ...unit.alts.filter((a) => a.strength >= 1).map((a) => index.documentFrequency(a.field, a.term)));
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function holdsType(index: SearchIndex, passage: Passage, type: AnswerType): boolean {
  if (type !== 'count' && type !== 'money') return false;
  const article = index.article(passage.article)!;
  const norms = tokenize(article.body.slice(passage.start, passage.end)).map((t) => t.norm);
  return numberPhrases(norms, numberLanguages(article.language, false)).length > 0;
}

/** How well one passage holds one unit: its best alternative, in the passage or (for less) in its article's title. */
function unitMatch(unit: QueryUnit, found: Set<string>, title: Set<string>): number {
  let best = 0;
  for (const a of unit.alts) {
    const key = termKey(a.field, a.term);
    if (found.has(key)) best = Math.max(best, a.strength);
    else if (title.has(key)) best = Math.max(best, a.strength * TITLE_CREDIT);
  }
  return best;
}

/** Order candidate passages by how much of the question they cover, then by answer type and BM25. */
export function rank(index: SearchIndex, units: readonly QueryUnit[], type: AnswerType, hits: readonly Hit[]): Ranked[] {
  const weights = units.map((u) => unitWeight(index, u));
  const total = weights.reduce((a, b) => a + b, 0);
  const maxScore = Math.max(1e-9, ...hits.map((h) => h.score));
  return hits
    .map((hit) => {
      const title = index.titleTerms(hit.passage.article);
      const covered = units.reduce((sum, u, i) => sum + weights[i]! * unitMatch(u, hit.found, title), 0);
      const coverage = total === 0 ? 0 : covered / total;
      const typed = holdsType(index, hit.passage, type);
      const score = (coverage + (typed ? TYPE_BONUS : 0) + BM25_SHARE * (hit.score / maxScore)) * (hit.passage.headline ? HEADLINE_WEIGHT : 1);
      return { hit, coverage, typed, score };
    })
    .sort((a, b) => b.score - a.score);
}
