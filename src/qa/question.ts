import type { AnalyzedQuery } from '../lang/analyze.js';
import { interrogativeType, type AnswerType } from '../lang/interrogatives.js';

export type { AnswerType };

const EN_COUNT = /\bhow\s+(?:many|much)\b/i;
const EN_TIME = /\b(?:what|which)\s+(?:time|day|date|month|year)\b/i;

/** The answer type a question asks for; "thing" when no interrogative says otherwise. */
export function answerType(question: string, query: AnalyzedQuery): AnswerType {
  if (EN_COUNT.test(question)) return 'count';
  if (EN_TIME.test(question)) return 'time';
  const types = query.interrogatives.map((w) => interrogativeType(w)).filter((t) => t !== undefined);
  return types.find((t) => t !== 'thing') ?? 'thing';
}
