import { MAX_PASSAGE, type Passage } from '../corpus/passages.js';
import { sentences, type Span } from '../corpus/clean.js';
import type { SearchIndex } from '../search/index.js';
import type { Considered } from './consider.js';
import { SURE_ALTERNATIVE } from './passage.js';
import { heldStrength, typeStrength, type Ranked } from './rank.js';
import type { AnalyzedText } from '../lang/analyze.js';
import { isAnaphor } from '../lang/words.js';

/** A quote is one or two sentences: a passage of two short ones (a heading and its sentence) takes no third. */
const MAX_SENTENCES = 2;
/**
 * How surely the sentence beside must hold a value of the kind asked, when the best passage holds none, to be
 * quoted with it for that alone: a name the passage writes (0.85) or a number by what is counted (1), not a
 * kind of actor ("staff", 0.5). Measured on the XQuAD dev sets (first quote): joined for 3 Hindi questions,
 * each before a passage that opens with a pronoun, 2 of them to their evidence, none lost; beside any passage
 * whose strength is below 0.9 instead of none, for 48 questions, 5 of them to their evidence.
 */
const TYPED_BESIDE = 0.8;

/**
 * The best passage quoted with the sentence before or after it in its paragraph, when that sentence surely
 * holds words of the question the passage lacks and the headline does not say: the question was asked of both
 * ("How old was Peyton Manning when he played…": "Peyton Manning became…" and "He is also the oldest
 * quarterback… at age 39"), and the reader checks the answer against both. The two are quoted together only
 * when they fit in one passage's length (MAX_PASSAGE) and make two sentences, as a quote is. So is the
 * sentence before a passage that opens with a pronoun and holds no value of the kind asked, when that sentence
 * holds one: "Who was the oldest quarterback…?" is answered by "He is also the oldest quarterback… at 39", and
 * the name "he" stands for is in the sentence before it; that value counts as much as the question's
 * weightiest word. Of two such neighbours, the one that holds more of the question's weight, the one before on
 * a tie (what "he" or "it" refers to stands before), and only the one before a passage that opens with a
 * pronoun. A neighbour quoted already as a citation of its own is not taken again, nor one that gives another
 * value of the kind asked.
 */
export function contextOf(
  index: SearchIndex,
  considered: Considered,
  best: Ranked,
  quoted: readonly Passage[],
  /** Whether a passage gives a value of the asked kind other than the short answer's: it answers another question, or disagrees. */
  givesOther: (passage: Passage, text: AnalyzedText) => boolean,
): Passage | undefined {
  const { plan, content } = considered;
  const passage = best.hit.passage;
  const article = index.article(passage.articleId)!;
  const { body } = article;
  const english = article.language === 'en';
  // (a word the headline holds is what the whole article is about, AIIMS in every sentence of its report: the
  // sentence beside adds nothing the reader needs for it)
  const title = index.titleTerms(article.id);
  const lacks = plan.units.map((unit, i) => best.held[i]! < SURE_ALTERNATIVE && heldStrength(unit, title, english) < SURE_ALTERNATIVE);
  // (a sentence that opens with a pronoun, "He scored 12 runs", is of what the one before it names: the one after
  // may name another, and would make the answer read as its)
  const opening = best.text.tokens[0];
  const anaphoric = opening !== undefined && isAnaphor(opening.norm, article.language);
  // (a question that asks for a kind of value, of a passage that holds none and opens with a pronoun: the value is
  // whom or what the pronoun stands for, in the sentence before, and weighs as the question's weightiest word; a value
  // beside a passage that names none of its own may be of anything else, "Expedition leader Rohan Mehta said…")
  const valueWeight = anaphoric && plan.type !== 'thing' && best.typed === 0 ? Math.max(0, ...content) : 0;
  let chosen: { other: Passage; adds: number } | undefined;
  for (const id of index.besideInParagraph(best.hit.id)) {
    const other = index.passages[id]!;
    if (anaphoric && id > best.hit.id) continue;
    if (quoted.some((q) => q.articleId === other.articleId && q.start === other.start)) continue;
    const span = joined(passage, other);
    if (span.end - span.start > MAX_PASSAGE || sentences(body, span).length > MAX_SENTENCES) continue;
    const { keys, text } = index.analyzed(id);
    const supplies = valueWeight > 0 && typeStrength(plan, { text, body, offset: other.start, language: article.language }) >= TYPED_BESIDE;
    const adds = plan.units.reduce(
      (sum, unit, i) => sum + (lacks[i] && heldStrength(unit, keys, english) >= SURE_ALTERNATIVE ? content[i]! : 0),
      supplies ? valueWeight : 0,
    );
    // (nor one that gives another value of the kind asked, unmarked in the quote: "Last year, a similar collapse in
    // Sitapur killed 12" beside the five who died now; a disagreement is quoted apart, as one)
    if (adds > 0 && (chosen === undefined || adds > chosen.adds) && !givesOther(other, text)) chosen = { other, adds };
  }
  return chosen?.other;
}

/** Two neighbouring passages as one span of the body, from the first's start to the second's end. */
export const joined = (a: Span, b: Span): Span => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
