import type { Answer, Citation } from '../qa/types.js';
import { truncate } from './truncate.js';

/** One source an answer cites, numbered once however many of its passages are quoted. */
export interface SourceRef {
  n: number;
  citation: Citation;
}

/** Number the cited articles in order of first citation. */
export function numberSources(answer: Answer): { sources: SourceRef[]; numberOf: (c: Citation) => number } {
  const order = new Map<string, number>();
  const sources: SourceRef[] = [];
  for (const c of answer.citations) {
    if (order.has(c.source)) continue;
    order.set(c.source, order.size + 1);
    sources.push({ n: order.size, citation: c });
  }
  return { sources, numberOf: (c) => order.get(c.source)! };
}

/** A quote with its answer span marked by `mark` (which gets the span and returns its marked form); `escape` applies to every other part. */
export function markedQuote(c: Citation, mark: (span: string) => string, escape: (text: string) => string = (t) => t): string {
  if (!c.highlight) return escape(c.quote);
  const { start, end } = c.highlight;
  return `${escape(c.quote.slice(0, start))}${mark(c.quote.slice(start, end))}${escape(c.quote.slice(end))}`;
}

/** The short answer as a reply shows it: as the source writes it, then the asker's reading in brackets (पांच सर्वर (5)); null when there is none. `escape` applies to both. */
export function shownAnswer(answer: Answer, escape: (text: string) => string = (t) => t): string | null {
  if (answer.answer === null) return null;
  return answer.reading === undefined ? escape(answer.answer) : `${escape(answer.answer)} (${escape(answer.reading)})`;
}

/** The date part of an ISO date or date-time. */
export const day = (published: string | null): string | null => (published ? published.slice(0, 10) : null);

/** Parts of the question a reply names as not covered, and how long each may be: a long question keeps the reply short. */
export const UNCOVERED_SHOWN = 3;
export const UNCOVERED_CHARS = 60;

/**
 * The parts of the question an abstaining answer says the articles do not cover, as the reply shows
 * them: whitespace runs made single spaces, each cut (between graphemes) to UNCOVERED_CHARS, at most
 * UNCOVERED_SHOWN. Empty for an answer that does not abstain.
 */
export function shownUncovered(answer: Answer): string[] {
  if (!answer.abstained) return [];
  return (answer.uncovered ?? [])
    .map((p) => truncate(p.replace(/\s+/g, ' ').trim(), UNCOVERED_CHARS))
    .filter((p) => p.length > 0)
    .slice(0, UNCOVERED_SHOWN);
}
