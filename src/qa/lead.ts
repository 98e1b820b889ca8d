import { sameValue, type ShortAnswer } from './extract.js';
import type { Ranked } from './rank.js';

/** A ranked passage and the short answer it gives. */
export interface Answering {
  r: Ranked;
  answer: ShortAnswer;
}

/** The value an answer leads with, and the other values the same articles give for a thing of the same kind. */
export interface Lead {
  /** The best-ranked passage of the value the articles lead with: cited first, its answer is the answer. */
  lead: Answering;
  /**
   * One passage of each other value that an article giving the lead value also gives ("20 of 50 servers
   * scanned" beside "five servers hacked"), most prominent first: quoted below the lead so the reader
   * sees what the question did not choose. A value only other articles give is not here: it is a
   * disagreement between sources, which the caller weighs as a conflict.
   */
  others: Answering[];
  /**
   * Whether the passages compared give several values and the lead is said clearly more often than
   * every other: the articles plainly lead with it, whatever ranked first.
   */
  clear: boolean;
}

/**
 * Two passages cover the question alike when each of its words one holds the other holds at least this
 * share as well: the question's words do not choose between them. A word in the article's title
 * (TITLE_CREDIT in rank.ts), and a translation a little weaker than the word itself, stay alike; a word
 * the other has only around the sentence or elsewhere in the article (NEIGHBOUR_CREDIT, ARTICLE_CREDIT)
 * or not at all ("scanned", "hacked") is one the question chooses by.
 */
const ALIKE = 0.5;
/**
 * How surely a passage must hold the asked kind, at most, to be compared: a number away from what is
 * counted (about 0.6) is less surely the thing asked than one beside it (1), as in the conflict rule.
 */
export const SURE_TYPED = 0.9;
/**
 * Passages compared score at least this share of the best answering one. Among passages that cover the
 * question alike, score differs only by the evidence weights of ranking (HEADLINE_WEIGHT) and its BM25
 * tie-break (BM25_SHARE in rank.ts): the share keeps a headline that states the value, and leaves out
 * what ranks lower for other reasons (a question, another incident's unnamed place).
 */
const POOL_SHARE = 0.6;

/**
 * How much a saying weighs. Writers put what matters most in the headline and say it again; a minor
 * figure ("20 of 50 scanned") is mentioned once, further down. Every passage that gives a value is one
 * saying of it (repetition, within and across articles); the headline is what the article as a whole is
 * about and weighs as two, so a value the headline and one sentence give leads over one that two
 * sentences give.
 */
const PASSAGE_SAYING = 1;
const HEADLINE_SAYING = 2;
/** How many sayings more another value needs to lead instead of the best-ranked one's: a headline, or two sentences. */
const OVERRULE_SAYINGS = 2;

interface ValueGroup {
  members: Answering[];
  /** How often the passages compared say the value, a headline counting as two. */
  sayings: number;
  /** In how many articles the value is the first of those compared. */
  firstMentions: number;
  /** The articles that give the value. */
  articles: Set<string>;
}

/** Whether two passages cover the question alike: neither holds one of its words that the other lacks. */
export function alike(a: Ranked, b: Ranked): boolean {
  return a.matches.every((x, i) => {
    const y = b.matches[i] ?? 0;
    return Math.min(x, y) >= Math.max(x, y) * ALIKE;
  });
}

/**
 * Among the answering passages (best ranked first), the value the articles lead with when the question
 * does not choose among several values for the same thing. The passages that cover the question as the
 * best answering one does, as surely of the asked kind and close in score, are grouped by value; a value
 * said clearly more often (a headline, repeated sentences, other articles) leads over the best-ranked
 * one's, and the others that the lead's articles also give are quoted below it. When those passages
 * give one value, or the question's words choose one (its passages cover the question better), the best
 * answering passage leads alone. Undefined when no passage answers.
 */
export function leadValue(answering: readonly Answering[]): Lead | undefined {
  const top = answering[0];
  if (!top) return undefined;
  // words that qualify what a "which" asks about ("state route") are a wording, not a value: two
  // passages that write them alike may speak of different things (routes 41 and 180), so neither
  // repetition nor difference says anything
  if (top.answer.value.kind === 'words') return { lead: top, others: [], clear: false };
  const sure = Math.min(top.r.typed, SURE_TYPED);
  const pool = answering.filter((c) => c === top || (c.answer.value.kind !== 'words' && alike(c.r, top.r) && c.r.typed >= sure && c.r.score >= top.r.score * POOL_SHARE));
  const groups: ValueGroup[] = [];
  for (const c of pool) {
    const group = groups.find((g) => sameValue(g.members[0]!.answer, c.answer));
    if (group) group.members.push(c);
    else groups.push({ members: [c], sayings: 0, firstMentions: 0, articles: new Set() });
  }
  if (groups.length === 1) return { lead: top, others: [], clear: false };

  // the first mention of each article among the values compared: the passage that starts earliest
  const first = new Map<string, Answering>();
  for (const c of pool) {
    const p = c.r.hit.passage;
    const seen = first.get(p.articleId);
    if (!seen || p.start < seen.r.hit.passage.start) first.set(p.articleId, c);
  }
  for (const g of groups) {
    for (const c of g.members) {
      g.articles.add(c.r.hit.passage.articleId);
      g.sayings += c.r.hit.passage.headline ? HEADLINE_SAYING : PASSAGE_SAYING;
      if (first.get(c.r.hit.passage.articleId) === c) g.firstMentions++;
    }
    // the headline of one of its articles that says the value again is a saying of it, though it covers the question
    // less ("Blast at factory kills 11" names no people): it is what the article leads with; a sentence further
    // down that repeats the number may well speak of another time ("In 2021 a blast at the unit killed 11")
    for (const c of answering) {
      const p = c.r.hit.passage;
      if (!p.headline || pool.includes(c) || !g.articles.has(p.articleId) || c.r.score < top.r.score * POOL_SHARE || !sameValue(g.members[0]!.answer, c.answer)) continue;
      g.sayings += HEADLINE_SAYING;
    }
  }
  // the values by prominence: said more often, then mentioned first in more articles; groups are in
  // the order of their best passage's rank and the sort is stable, so rank decides what is left
  const topGroup = groups[0]!;
  const byProminence = [...groups].sort((a, b) => b.sayings - a.sayings || b.firstMentions - a.firstMentions);
  // ranking weighed the question's words: another value overrules the best-ranked one only when it is
  // said clearly more often. A first mention alone, or a single saying more, is too weak a sign (an
  // encyclopedia gives each number once, the first no more the answer than the next, and "one of the
  // leading universities" reads as a count as well as "two universities")
  const leading = byProminence[0]!.sayings >= topGroup.sayings + OVERRULE_SAYINGS ? byProminence[0]! : topGroup;
  const ordered = [leading, ...byProminence.filter((g) => g !== leading)];
  // the passage cited first is the best-ranked one of the value, a sentence before its headline when both give it
  const lead = leading.members.find((c) => !c.r.hit.passage.headline) ?? leading.members[0]!;
  const others = ordered
    .slice(1)
    .filter((g) => [...g.articles].some((id) => leading.articles.has(id)))
    .map((g) => g.members.find((c) => leading.articles.has(c.r.hit.passage.articleId))!);
  const clear = ordered.slice(1).every((g) => leading.sayings >= g.sayings + OVERRULE_SAYINGS);
  return { lead, others, clear };
}
