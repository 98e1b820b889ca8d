import type { SearchIndex, SearchResults } from '../search/index.js';
import { corpusNames } from './corpus-names.js';
import { planQuestion, type QuestionPlan } from './question.js';
import { rank, unitFrequency, unitWeight, type Ranked } from './rank.js';

/** Candidates taken from the index for ranking. */
const CANDIDATES = 200;

/** A question as the index sees it: its plan, each unit's weight, the candidates searched and their ranking. */
export interface Considered {
  plan: QuestionPlan;
  /** How many passages hold each unit in some form, in the order of `plan.units`. */
  frequencies: number[];
  /** Each unit's weight in the index, in the order of `plan.units`. */
  weights: number[];
  /** The same, 0 for a word that only restates what is asked ("the name of"): what a passage must say of the question. */
  content: number[];
  results: SearchResults;
  ranked: Ranked[];
}

/** Plan a question, search the index for it and rank the candidates: everything before deciding what to answer. */
export function consider(index: SearchIndex, question: string): Considered {
  // (its words read with the corpus's names: a Hindi or Bengali word nothing knows may be a name its English articles write)
  const plan = planQuestion(question, corpusNames(index));
  // how much each unit says about which passage is meant: weighed once, for the search and the ranking
  const frequencies = plan.units.map((u) => unitFrequency(index, u));
  const weights = plan.units.map((u, i) => unitWeight(index, u, frequencies[i]));
  const weightOf = new Map(plan.units.map((u, i) => [u, weights[i]!]));
  const results = index.search(plan.units, CANDIDATES, (u) => weightOf.get(u)!);
  const content = weights.map((w, i) => (plan.framing[i] ? 0 : w));
  return { plan, frequencies, weights, content, results, ranked: rank(index, plan, results, weights) };
}

