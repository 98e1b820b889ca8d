import { z } from 'zod';
import { spanText } from './corpus/clean.js';
import { keyedWords, STRENGTH } from './lang/analyze.js';
import { keyCollisions } from './lang/keys.js';
import { normalize } from './lang/normalize.js';
import { ask } from './qa/answer.js';
import type { Answer } from './qa/types.js';
import type { SearchIndex } from './search/index.js';

export const EvalQuestion = z.object({
  id: z.string(),
  lang: z.string(),
  question: z.string().min(1),
  answerable: z.boolean(),
  evidence: z.array(z.string()).optional(),
  answer: z.array(z.string()).optional(),
  source: z.array(z.string()).optional(),
});
export type EvalQuestion = z.infer<typeof EvalQuestion>;

export function parseQuestions(text: string, name: string): EvalQuestion[] {
  return text
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim().length > 0)
    .map(([line, n]) => {
      try {
        return EvalQuestion.parse(JSON.parse(line));
      } catch (err) {
        throw new Error(`${name} line ${n}: ${err instanceof z.ZodError ? err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : 'not JSON'}`);
      }
    });
}

/** Compare as a reader would: NFC, digits folded, case and whitespace runs ignored. */
const fold = (s: string) => normalize(s).replace(/\s+/g, ' ').trim();

export interface Outcome {
  id: string;
  lang: string;
  answerable: boolean;
  abstained: boolean;
  evidenceAt1: boolean;
  evidenceAt3: boolean;
  /** undefined when the question lists no expected answer. */
  answerCorrect?: boolean;
  quotesVerbatim: number;
  quotes: number;
  answer: Answer;
}

export interface Figures {
  questions: number;
  answerable: number;
  evidenceAt1: number;
  evidenceAt3: number;
  answerAccuracy: number | null;
  answerScored: number;
  abstainedUnanswerable: string;
  falseAbstentions: number;
  missedAbstentions: number;
  quotesVerbatim: number;
}

export interface Report {
  overall: Figures;
  byLanguage: Record<string, Figures>;
  outcomes: Outcome[];
  seconds: number;
}

function hasEvidence(answer: Answer, q: EvalQuestion, upTo: number): boolean {
  const wanted = (q.evidence ?? []).map(fold);
  return answer.citations.slice(0, upTo).some((c) => wanted.some((e) => fold(c.quote).includes(e)) && (!q.source || q.source.includes(c.source)));
}

function score(index: SearchIndex, q: EvalQuestion): Outcome {
  const answer = ask(index, q.question, { id: q.id });
  let verbatim = 0;
  for (const c of answer.citations) {
    const body = index.article(c.source)?.body;
    if (body !== undefined && spanText(body, c) === c.quote && c.quote.length > 0) verbatim++;
  }
  const expected = (q.answer ?? []).map(fold);
  return {
    id: q.id,
    lang: q.lang,
    answerable: q.answerable,
    abstained: answer.abstained,
    evidenceAt1: q.answerable && hasEvidence(answer, q, 1),
    evidenceAt3: q.answerable && hasEvidence(answer, q, 3),
    ...(q.answerable && expected.length > 0 ? { answerCorrect: answer.answer !== null && expected.some((e) => fold(answer.answer!).includes(e)) } : {}),
    quotesVerbatim: verbatim,
    quotes: answer.citations.length,
    answer,
  };
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

function figures(outcomes: Outcome[]): Figures {
  const answerable = outcomes.filter((o) => o.answerable);
  const unanswerable = outcomes.filter((o) => !o.answerable);
  const scored = answerable.filter((o) => o.answerCorrect !== undefined);
  const quotes = outcomes.reduce((n, o) => n + o.quotes, 0);
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    evidenceAt1: ratio(answerable.filter((o) => o.evidenceAt1).length, answerable.length),
    evidenceAt3: ratio(answerable.filter((o) => o.evidenceAt3).length, answerable.length),
    answerAccuracy: scored.length === 0 ? null : ratio(scored.filter((o) => o.answerCorrect).length, scored.length),
    answerScored: scored.length,
    abstainedUnanswerable: `${unanswerable.filter((o) => o.abstained).length}/${unanswerable.length}`,
    falseAbstentions: answerable.filter((o) => o.abstained).length,
    missedAbstentions: unanswerable.filter((o) => !o.abstained).length,
    quotesVerbatim: quotes === 0 ? 1 : ratio(outcomes.reduce((n, o) => n + o.quotesVerbatim, 0), quotes),
  };
}

export function evaluate(index: SearchIndex, questions: EvalQuestion[]): Report {
  const started = performance.now();
  const outcomes = questions.map((q) => score(index, q));
  const langs = [...new Set(outcomes.map((o) => o.lang))].sort();
  return {
    overall: figures(outcomes),
    byLanguage: Object.fromEntries(langs.map((l) => [l, figures(outcomes.filter((o) => o.lang === l))])),
    outcomes,
    seconds: (performance.now() - started) / 1000,
  };
}

const pct = (x: number | null) => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

export function formatReport(report: Report, verbose: boolean): string {
  const rows = [['overall', report.overall] as const, ...Object.entries(report.byLanguage)];
  const out = ['group      n   evidence@1  evidence@3  answer  abstained(unans.)  false-abst.  verbatim'];
  for (const [name, f] of rows) {
    out.push(
      `${name.padEnd(9)} ${String(f.questions).padStart(3)}   ${pct(f.evidenceAt1)}      ${pct(f.evidenceAt3)}     ${pct(f.answerAccuracy)}  ${f.abstainedUnanswerable.padStart(8)}           ${String(f.falseAbstentions).padStart(3)}        ${pct(f.quotesVerbatim)}`,
    );
  }
  out.push(`${report.outcomes.length} questions in ${report.seconds.toFixed(2)} s`);
  if (verbose) {
    for (const o of report.outcomes) {
      const misses = [
        o.answerable && !o.evidenceAt1 ? 'evidence not first' : '',
        o.answerCorrect === false ? `answer ${JSON.stringify(o.answer.answer)} not expected` : '',
        o.answerable && o.abstained ? 'abstained on an answerable question' : '',
        !o.answerable && !o.abstained ? 'answered an unanswerable question' : '',
      ].filter(Boolean);
      if (misses.length === 0) continue;
      out.push(`- ${o.id} (${misses.join('; ')}): ${o.answer.citations[0]?.quote ?? '(no quote)'}`);
    }
  }
  return out.join('\n');
}

/** How often cross-script keys of each length are shared by different words of one script, in the indexed passages. */
export function formatKeyCollisions(index: SearchIndex): string {
  const words = index.passages.flatMap((p) => keyedWords(index.article(p.article)!.body.slice(p.start, p.end)));
  const rows = keyCollisions(words);
  const out = ['key length   keys   colliding   rate    strength'];
  for (const r of rows) {
    const example = 'b'.repeat(r.length);
    out.push(`${(r.length >= 5 ? '5+' : String(r.length)).padStart(10)}  ${String(r.keys).padStart(5)}  ${String(r.colliding).padStart(10)}  ${(r.rate * 100).toFixed(1).padStart(5)}%   ${STRENGTH.key(example)}`);
  }
  return out.join('\n');
}
