import { spanText } from '../corpus/clean.js';
import type { Language } from '../lang/script.js';
import { isDenial } from '../lang/words.js';
import type { SearchIndex } from '../search/index.js';
import { extractAnswer, sameValue, type ShortAnswer } from './extract.js';
import { shouldAbstain } from './abstain.js';
import { consider } from './consider.js';
import type { QuestionPlan } from './question.js';
import type { Ranked } from './rank.js';
import type { Answer, Citation } from './types.js';
import { uncoveredParts } from './uncovered.js';

/** Most citations an answer carries. */
export const MAX_CITATIONS = 3;
/** A further citation must score at least this share of the best one. */
const SUPPORT_SHARE = 0.75;
/** A passage from another source that answers differently must be this close to the best to count as disagreement. */
const DISSENT_COVERAGE = 0.75;
/** Articles suggested when the corpus has no answer. */
const SUGGESTIONS = 3;

export interface AskOptions {
  id?: string;
  /** The asker's language when the question itself does not tell (only names, say): a choice or a locale. */
  fallbackLanguage?: Language;
}

/** Where a span of the body stands in the quote, whose whitespace runs are single spaces. */
function inQuote(body: string, passageStart: number, span: ShortAnswer): { start: number; end: number } {
  const start = body.slice(passageStart, span.start).replace(/\s+/g, ' ').length;
  return { start, end: start + span.text.length };
}

function cite(index: SearchIndex, r: Ranked, answer: ShortAnswer | undefined): Citation {
  const article = index.article(r.hit.passage.articleId)!;
  return {
    source: article.id,
    title: article.title,
    outlet: article.outlet,
    language: article.language,
    url: article.url,
    published: article.published,
    quote: spanText(article.body, r.hit.passage),
    start: r.hit.passage.start,
    end: r.hit.passage.end,
    highlight: answer ? inQuote(article.body, r.hit.passage.start, answer) : null,
  };
}

function extract(index: SearchIndex, r: Ranked, plan: QuestionPlan): ShortAnswer | undefined {
  const article = index.article(r.hit.passage.articleId)!;
  return extractAnswer(plan, { text: r.text, body: article.body, offset: r.hit.passage.start, language: article.language });
}

/** A source that says "no ransom was demanded" answers "none": a word of denial, or the lexicon's concept of it. */
const denies = (r: Ranked) => r.text.tokens.some((t) => isDenial(t.norm)) || r.text.concepts.some((cs) => cs.includes('deny'));

/** The articles nearest the question, then the first others: what the reader can ask about instead. */
function suggestions(index: SearchIndex, ranked: Ranked[]) {
  const articleIds = new Set<string>();
  for (const r of ranked) {
    if (articleIds.size >= SUGGESTIONS) break;
    articleIds.add(r.hit.passage.articleId);
  }
  for (const a of index.articles) {
    if (articleIds.size >= SUGGESTIONS) break;
    articleIds.add(a.id);
  }
  return [...articleIds].map((articleId) => {
    const a = index.article(articleId)!;
    return { source: a.id, title: a.title, outlet: a.outlet, language: a.language };
  });
}

/** Answer a question from the index: a short answer, the sentences that give it, where they come from. */
export function ask(index: SearchIndex, question: string, opts: AskOptions = {}): Answer {
  const considered = consider(index, question);
  const { plan, ranked } = considered;
  const { type, reading } = plan;
  const base = {
    ...(opts.id !== undefined ? { id: opts.id } : {}),
    question,
    language: reading.confident ? reading.language : (opts.fallbackLanguage ?? reading.language),
  };
  const best = ranked[0];
  // whether the articles answer it: a model fitted on the dev sets' answerable and unanswerable questions (npm run calibrate)
  if (!best || shouldAbstain(index, considered)) {
    const uncovered = uncoveredParts(index, considered, question);
    return { ...base, answer: null, abstained: true, conflict: false, citations: [], suggestions: suggestions(index, ranked), uncovered };
  }

  const short = extract(index, best, plan);
  const chosen: { r: Ranked; answer: ShortAnswer | undefined }[] = [{ r: best, answer: short }];
  const quoted = new Set([spanText(index.article(best.hit.passage.articleId)!.body, best.hit.passage)]);
  const take = (r: Ranked, answer: ShortAnswer | undefined) => {
    const quote = spanText(index.article(r.hit.passage.articleId)!.body, r.hit.passage);
    if (quoted.has(quote) || chosen.length >= MAX_CITATIONS) return false;
    quoted.add(quote);
    chosen.push({ r, answer });
    return true;
  };

  // another source on the same incident that gives a different count, amount or time, or denies it, is shown second;
  // two sources naming different people or things need not disagree, so names are not compared
  let conflict = false;
  const comparable = type === 'count' || type === 'money' || type === 'time';
  for (const r of ranked.slice(1)) {
    if (!comparable || r.hit.passage.articleId === best.hit.passage.articleId) continue;
    if (r.coverage < best.coverage * DISSENT_COVERAGE || r.named < best.named) continue;
    const other = extract(index, r, plan);
    // a different value counts only when it is as surely the thing asked about (six servers, not 1,200 computers)
    const differs = short !== undefined && other !== undefined && !sameValue(other, short) && r.typed >= Math.min(best.typed, 0.9);
    const denial = short !== undefined && other === undefined && denies(r) && !denies(best);
    if ((differs || denial) && take(r, other)) {
      conflict = true;
      break;
    }
  }
  for (const r of ranked.slice(1)) {
    if (chosen.length >= MAX_CITATIONS || r.score < best.score * SUPPORT_SHARE) break;
    if (type !== 'thing' && r.typed === 0) continue;
    const answer = extract(index, r, plan);
    // a further quote supports the answer; one that gives another value is a conflict, handled above
    if (short && answer && !sameValue(answer, short)) continue;
    take(r, answer);
  }

  const article = index.article(best.hit.passage.articleId)!;
  const answerText =
    short === undefined
      ? null
      : short.normalized && (article.language !== reading.language || reading.romanized) && short.normalized !== short.text
        ? `${short.text} (${short.normalized})`
        : short.text;
  return {
    ...base,
    answer: answerText,
    abstained: false,
    conflict,
    citations: chosen.map(({ r, answer }) => cite(index, r, answer)),
  };
}
