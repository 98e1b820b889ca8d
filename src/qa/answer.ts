import { spanText } from '../corpus/clean.js';
import type { Passage } from '../corpus/passages.js';
import { analyzeQuery } from '../lang/analyze.js';
import type { SearchIndex } from '../search/index.js';
import { answerType } from './question.js';
import { rank, unitWeight } from './rank.js';
import type { Answer, Citation } from './types.js';

/** Most citations an answer carries. */
export const MAX_CITATIONS = 3;
/** Candidates taken from the index for ranking. */
const CANDIDATES = 50;

export interface AskOptions {
  id?: string;
}

function cite(index: SearchIndex, passage: Passage): Citation {
  const article = index.article(passage.article)!;
  return {
    source: article.id,
    title: article.title,
    outlet: article.source,
    language: article.language,
    url: article.url,
    published: article.published,
    quote: spanText(article.body, passage),
    start: passage.start,
    end: passage.end,
  };
}

/** Answer a question from the index: the best passages, quoted, with where they come from. */
export function ask(index: SearchIndex, question: string, opts: AskOptions = {}): Answer {
  const query = analyzeQuery(question);
  const type = answerType(query);
  const results = index.search(query.units, CANDIDATES, (u) => unitWeight(index, u));
  const ranked = rank(index, query, type, query.reading.language, results);
  const citations: Citation[] = [];
  const quoted = new Set<string>();
  for (const r of ranked) {
    const c = cite(index, r.hit.passage);
    if (quoted.has(c.quote)) continue;
    quoted.add(c.quote);
    citations.push(c);
    if (citations.length === MAX_CITATIONS) break;
  }
  return {
    ...(opts.id !== undefined ? { id: opts.id } : {}),
    question,
    language: query.reading.language,
    answer: null,
    abstained: citations.length === 0,
    conflict: false,
    citations,
  };
}
