import { readFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import { spanText } from './corpus/clean.js';
import { keyedWords, STRENGTH } from './lang/analyze.js';
import { keyCollisions } from './lang/keys.js';
import { normalize } from './lang/normalize.js';
import { ask } from './qa/answer.js';
import { shownAnswer } from './render/answer-parts.js';
import type { Answer } from './qa/types.js';
import type { SearchIndex } from './search/index.js';

/** The kinds of short answer a question may ask for (eval/xquad-dev/README.md: how many, when, who, where). */
export const ANSWER_KINDS = ['quantity', 'time', 'person', 'place'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export const EvalQuestion = z.object({
  id: z.string(),
  lang: z.string(),
  question: z.string().min(1),
  answerable: z.boolean(),
  evidence: z.array(z.string()).optional(),
  answer: z.array(z.string()).optional(),
  /** The ids of the articles the evidence may come from (named `source`, as in a Citation). */
  source: z.array(z.string()).optional(),
  /** The kind of short answer the question asks for, where its wording asks for one. */
  kind: z.enum(ANSWER_KINDS).optional(),
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

/**
 * A short answer's words as eval/xquad-dev/README.md compares them: NFC, digits of every script as
 * ASCII, lower case, and punctuation folded away. Punctuation is read widely, as every character
 * that is not a letter, mark or digit (Unicode P and S), so "$308" and "308." both read "308" and a
 * Hindi danda ends no word; what is left is split into words at whitespace.
 */
export function shortAnswerWords(text: string): string[] {
  return normalize(text)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** How many words around the gold span a short answer may hold and still be right ("308 points" for "308"). */
export const WORDS_AROUND_GOLD = 3;

/**
 * Whether a short answer is right for a gold span: the gold span's words, whole and in order, with
 * at most WORDS_AROUND_GOLD other words before and after it together. Words are compared whole, so
 * "30" is not right for "308".
 */
export function shortAnswerRight(given: string, gold: string): boolean {
  const words = shortAnswerWords(given);
  const wanted = shortAnswerWords(gold);
  if (wanted.length === 0 || words.length > wanted.length + WORDS_AROUND_GOLD) return false;
  for (let at = 0; at + wanted.length <= words.length; at++) {
    if (wanted.every((w, i) => words[at + i] === w)) return true;
  }
  return false;
}

/** One dev set the project ships: a question file and the corpus folder its questions are asked of. */
const EvalSetSchema = z.strictObject({
  name: z.string().regex(/^[\w.-]+$/, 'a name of letters, digits, dots and dashes'),
  questions: z.string().min(1),
  corpus: z.string().min(1),
  about: z.string().optional(),
  /** Whether `npm run calibrate` fits abstention on the set's questions. */
  calibrate: z.boolean().optional(),
});
export type EvalSet = z.infer<typeof EvalSetSchema>;

const ManifestSchema = z.strictObject({
  about: z.string().optional(),
  sets: z
    .array(EvalSetSchema)
    .min(1)
    .refine((sets) => new Set(sets.map((s) => s.name)).size === sets.length, 'set names must differ'),
});

/** The manifest of the dev sets `npm run eval` scores when no set is picked, relative to the project folder. */
export const DEFAULT_MANIFEST = 'eval/sets.json';

/** The sets a manifest lists, their question files and corpus folders resolved against the manifest's folder. */
export async function readManifest(file: string): Promise<EvalSet[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    if (err instanceof SyntaxError) throw new Error(`${file}: not JSON (${err.message})`);
    throw err;
  }
  const parsed = ManifestSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'manifest'}: ${i.message}`).join('; ')}`);
  const dir = path.dirname(file);
  return parsed.data.sets.map((s) => ({ ...s, questions: path.join(dir, s.questions), corpus: path.join(dir, s.corpus) }));
}

/** A passage offered as evidence: its quotable text and its article id (a Citation has both, so the same check reads either). */
export interface Quoted {
  quote: string;
  /** The article id, named as in a Citation. */
  source: string;
}

/**
 * Plain MiniSearch with its default options over the quotable text of every indexed passage, the
 * question searched as typed: what a user would pick instead of Sakshi, so every figure stands beside it.
 * Returns the passages it ranks first, best first.
 */
export function plainMiniSearch(index: SearchIndex): (question: string, top: number) => Quoted[] {
  const quoted = index.passages.map((p) => ({ quote: spanText(index.article(p.articleId)!.body, p), source: p.articleId }));
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  mini.addAll(quoted.map((q, id) => ({ id, text: q.quote })));
  return (question, top) => mini.search(question).slice(0, top).map((r) => quoted[r.id as number]!);
}

/** A question of a dev set and how Sakshi (and plain MiniSearch) did on it. */
export interface ScoredQuestion {
  id: string;
  lang: string;
  answerable: boolean;
  abstained: boolean;
  evidenceAt1: boolean;
  evidenceAt3: boolean;
  /** The same two checks on plain MiniSearch's first and first three passages. */
  miniSearchAt1: boolean;
  miniSearchAt3: boolean;
  /** undefined when the question lists no expected answer. */
  answerCorrect?: boolean;
  quotesVerbatim: number;
  quotes: number;
  /** The kind of short answer the question asks for, when it says. */
  kind?: AnswerKind;
  /**
   * For an answerable question with a kind: whether Sakshi gave a short answer and whether it is
   * right by shortAnswerRight against one of the gold spans.
   */
  shortAnswer?: 'right' | 'wrong' | 'none';
  answer: Answer;
}

/** Short answers to the answerable questions that have a kind. */
export interface ShortAnswerFigures {
  /** Answerable questions with a kind. */
  asked: number;
  /** Those Sakshi gave a short answer to, and those of them whose short answer is right. */
  given: number;
  right: number;
  /** given / asked, and right / given; null when there is nothing to divide by. */
  givenShare: number | null;
  rightShare: number | null;
}

export interface Figures {
  questions: number;
  answerable: number;
  evidenceAt1: number;
  evidenceAt3: number;
  miniSearchAt1: number;
  miniSearchAt3: number;
  answerAccuracy: number | null;
  answerScored: number;
  abstainedUnanswerable: string;
  falseAbstentions: number;
  missedAbstentions: number;
  quotesVerbatim: number;
  /** Short answers to the questions that have a kind, all kinds together and kind by kind (only the kinds asked). */
  shortAnswers: ShortAnswerFigures;
  shortAnswersByKind: Partial<Record<AnswerKind, ShortAnswerFigures>>;
}

export interface Report {
  overall: Figures;
  byLanguage: Record<string, Figures>;
  outcomes: ScoredQuestion[];
  /** Sakshi's time on the set, and plain MiniSearch's. */
  seconds: number;
  miniSearchSeconds: number;
}

/** Whether one of the first `upTo` quotes holds expected evidence, from an expected article when the question names them. */
function hasEvidence(quotes: readonly Quoted[], q: EvalQuestion, upTo: number): boolean {
  const wanted = (q.evidence ?? []).map(fold);
  return quotes.slice(0, upTo).some((c) => wanted.some((e) => fold(c.quote).includes(e)) && (!q.source || q.source.includes(c.source)));
}

type SakshiScore = Omit<ScoredQuestion, 'miniSearchAt1' | 'miniSearchAt3'>;

function score(index: SearchIndex, q: EvalQuestion): SakshiScore {
  const answer = ask(index, q.question, { id: q.id });
  let verbatim = 0;
  for (const c of answer.citations) {
    const body = index.article(c.source)?.body;
    if (body !== undefined && spanText(body, c) === c.quote && c.quote.length > 0) verbatim++;
  }
  const expected = (q.answer ?? []).map(fold);
  // the short answer is the span as the source writes it; its reading (the asker's digits or script) is a
  // gloss beside it: a gold span is in the article's words. What the reader is shown, both, must hold an
  // expected answer, which may be written either way
  const given = !answer.abstained && answer.answer !== null && answer.answer.trim().length > 0 ? answer.answer : null;
  const shown = shownAnswer(answer);
  return {
    id: q.id,
    lang: q.lang,
    answerable: q.answerable,
    abstained: answer.abstained,
    evidenceAt1: q.answerable && hasEvidence(answer.citations, q, 1),
    evidenceAt3: q.answerable && hasEvidence(answer.citations, q, 3),
    ...(q.answerable && expected.length > 0 ? { answerCorrect: shown !== null && expected.some((e) => fold(shown).includes(e)) } : {}),
    quotesVerbatim: verbatim,
    quotes: answer.citations.length,
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.kind && q.answerable
      ? { shortAnswer: given === null ? 'none' : (q.answer ?? []).some((gold) => shortAnswerRight(given, gold)) ? 'right' : 'wrong' }
      : {}),
    answer,
  };
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

function shortAnswerFigures(outcomes: readonly ScoredQuestion[]): ShortAnswerFigures {
  const asked = outcomes.filter((o) => o.shortAnswer !== undefined);
  const given = asked.filter((o) => o.shortAnswer !== 'none').length;
  const right = asked.filter((o) => o.shortAnswer === 'right').length;
  return {
    asked: asked.length,
    given,
    right,
    givenShare: asked.length === 0 ? null : given / asked.length,
    rightShare: given === 0 ? null : right / given,
  };
}

function figures(outcomes: ScoredQuestion[]): Figures {
  const answerable = outcomes.filter((o) => o.answerable);
  const unanswerable = outcomes.filter((o) => !o.answerable);
  const scored = answerable.filter((o) => o.answerCorrect !== undefined);
  const quotes = outcomes.reduce((n, o) => n + o.quotes, 0);
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    evidenceAt1: ratio(answerable.filter((o) => o.evidenceAt1).length, answerable.length),
    evidenceAt3: ratio(answerable.filter((o) => o.evidenceAt3).length, answerable.length),
    miniSearchAt1: ratio(answerable.filter((o) => o.miniSearchAt1).length, answerable.length),
    miniSearchAt3: ratio(answerable.filter((o) => o.miniSearchAt3).length, answerable.length),
    answerAccuracy: scored.length === 0 ? null : ratio(scored.filter((o) => o.answerCorrect).length, scored.length),
    answerScored: scored.length,
    abstainedUnanswerable: `${unanswerable.filter((o) => o.abstained).length}/${unanswerable.length}`,
    falseAbstentions: answerable.filter((o) => o.abstained).length,
    missedAbstentions: unanswerable.filter((o) => !o.abstained).length,
    quotesVerbatim: quotes === 0 ? 1 : ratio(outcomes.reduce((n, o) => n + o.quotesVerbatim, 0), quotes),
    shortAnswers: shortAnswerFigures(outcomes),
    shortAnswersByKind: Object.fromEntries(
      ANSWER_KINDS.map((k) => [k, shortAnswerFigures(outcomes.filter((o) => o.kind === k))] as const).filter(([, f]) => f.asked > 0),
    ),
  };
}

/** Score questions on an index; `miniSearch` is the plain baseline over the same passages (built here unless given). */
export function evaluate(index: SearchIndex, questions: EvalQuestion[], miniSearch = plainMiniSearch(index)): Report {
  const started = performance.now();
  const sakshi = questions.map((q) => score(index, q));
  const seconds = (performance.now() - started) / 1000;
  const baselineStarted = performance.now();
  const outcomes = sakshi.map((o, i): ScoredQuestion => {
    const q = questions[i]!;
    const top = q.answerable ? miniSearch(q.question, 3) : [];
    return { ...o, miniSearchAt1: q.answerable && hasEvidence(top, q, 1), miniSearchAt3: q.answerable && hasEvidence(top, q, 3) };
  });
  const miniSearchSeconds = (performance.now() - baselineStarted) / 1000;
  const langs = [...new Set(outcomes.map((o) => o.lang))].sort();
  return {
    overall: figures(outcomes),
    byLanguage: Object.fromEntries(langs.map((l) => [l, figures(outcomes.filter((o) => o.lang === l))])),
    outcomes,
    seconds,
    miniSearchSeconds,
  };
}

/** The figures of one dev set, with where its questions and corpus are. */
export interface SetReport extends Report {
  set: string;
  questions: string;
  corpus: string;
}

/**
 * Score each set on the index of its corpus. `open` gives a corpus folder's index; each folder is
 * opened once, and its plain MiniSearch built once, however many sets ask of it.
 */
export async function evaluateSets(
  sets: readonly EvalSet[],
  open: (corpusDir: string) => Promise<SearchIndex>,
  /** Called with each set's report as soon as it is scored, so that a long run shows figures as it goes. */
  onReport: (report: SetReport) => void = () => {},
): Promise<SetReport[]> {
  const opened = new Map<string, { index: SearchIndex; miniSearch: ReturnType<typeof plainMiniSearch> }>();
  const reports: SetReport[] = [];
  for (const set of sets) {
    const questions = parseQuestions(await readFile(set.questions, 'utf8'), set.questions);
    const key = path.resolve(set.corpus);
    let corpus = opened.get(key);
    if (!corpus) {
      const index = await open(set.corpus);
      corpus = { index, miniSearch: plainMiniSearch(index) };
      opened.set(key, corpus);
    }
    const report: SetReport = { set: set.name, questions: set.questions, corpus: set.corpus, ...evaluate(corpus.index, questions, corpus.miniSearch) };
    onReport(report);
    reports.push(report);
  }
  return reports;
}

const pct = (x: number | null) => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

/** The two short-answer columns, after the others: among answerable questions with a kind, the share given a short answer and the share of those that are right. */
const SHORT_ANSWER_HEADER = '  short-ans.   right';
// the last cells of a row: a dash for no figure leaves no trailing spaces
const shortAnswerCells = (f: ShortAnswerFigures) => `      ${pct(f.givenShare)}  ${pct(f.rightShare)}`.trimEnd();

/** Short answers kind by kind, for each group that has questions with a kind (none: no lines). */
function formatShortAnswersByKind(rows: readonly (readonly [string, Figures])[]): string[] {
  const lines = rows.flatMap(([name, f]) =>
    Object.entries(f.shortAnswersByKind).map(
      ([kind, k]) => `${name.padEnd(9)} ${kind.padEnd(9)} ${String(k.asked).padStart(3)}   ${String(k.given).padStart(5)}  ${pct(k.givenShare)}   ${String(k.right).padStart(5)}  ${pct(k.rightShare)}`,
    ),
  );
  if (lines.length === 0) return [];
  return ['short answers by kind (answerable questions with a kind: how many were given one, how many of those are right)', 'group     kind        n   given   share   right   share', ...lines];
}

/** Sakshi's figures, each evidence column followed by plain MiniSearch's on the same passages. */
export function formatReport(report: Report, verbose: boolean): string {
  const rows = [['overall', report.overall] as const, ...Object.entries(report.byLanguage)];
  const out = [`group      n   evidence@1  MiniSearch  evidence@3  MiniSearch  answer  abstained(unans.)  false-abst.  verbatim${SHORT_ANSWER_HEADER}`];
  for (const [name, f] of rows) {
    out.push(
      `${name.padEnd(9)} ${String(f.questions).padStart(3)}   ${pct(f.evidenceAt1)}      ${pct(f.miniSearchAt1)}      ${pct(f.evidenceAt3)}      ${pct(f.miniSearchAt3)}     ${pct(f.answerAccuracy)}  ${f.abstainedUnanswerable.padStart(8)}           ${String(f.falseAbstentions).padStart(3)}        ${pct(f.quotesVerbatim)}${shortAnswerCells(f.shortAnswers)}`,
    );
  }
  out.push(`${report.outcomes.length} questions in ${report.seconds.toFixed(2)} s (plain MiniSearch ${report.miniSearchSeconds.toFixed(2)} s)`);
  if (verbose) {
    for (const o of report.outcomes) {
      const misses = [
        o.answerable && !o.evidenceAt1 ? 'evidence not first' : '',
        o.answerCorrect === false ? `answer ${JSON.stringify(shownAnswer(o.answer))} not expected` : '',
        // a short answer can hold the expected words and still not be right: too many words around them
        o.shortAnswer === 'wrong' && o.answerCorrect !== false ? `short answer ${JSON.stringify(o.answer.answer)} not the gold span with at most ${WORDS_AROUND_GOLD} words around` : '',
        o.answerable && o.abstained ? 'abstained on an answerable question' : '',
        !o.answerable && !o.abstained ? 'answered an unanswerable question' : '',
      ].filter(Boolean);
      if (misses.length === 0) continue;
      out.push(`- ${o.id} (${misses.join('; ')}): ${o.answer.citations[0]?.quote ?? '(no quote)'}`);
    }
    // with one language its rows would repeat the overall ones
    out.push(...formatShortAnswersByKind(Object.keys(report.byLanguage).length > 1 ? rows : rows.slice(0, 1)));
  }
  return out.join('\n');
}

/** One line per set: Sakshi's overall figures beside plain MiniSearch's, for a glance over every set. */
export function formatSummary(reports: readonly SetReport[]): string {
  const width = Math.max(3, ...reports.map((r) => r.set.length));
  const out = [`${'set'.padEnd(width)}    n   evidence@1  MiniSearch  evidence@3  MiniSearch  answer  abstained(unans.)  false-abst.${SHORT_ANSWER_HEADER}`];
  for (const r of reports) {
    const f = r.overall;
    out.push(
      `${r.set.padEnd(width)}  ${String(f.questions).padStart(3)}   ${pct(f.evidenceAt1)}      ${pct(f.miniSearchAt1)}      ${pct(f.evidenceAt3)}      ${pct(f.miniSearchAt3)}     ${pct(f.answerAccuracy)}  ${f.abstainedUnanswerable.padStart(8)}           ${String(f.falseAbstentions).padStart(3)}${shortAnswerCells(f.shortAnswers)}`,
    );
  }
  return out.join('\n');
}

/** How often cross-script keys of each length are shared by different words of one script, in the indexed passages. */
export function formatKeyCollisions(index: SearchIndex): string {
  const words = index.passages.flatMap((p) => keyedWords(index.article(p.articleId)!.body.slice(p.start, p.end)));
  const rows = keyCollisions(words);
  const out = ['key length   keys   colliding   rate    strength'];
  for (const r of rows) {
    const example = 'b'.repeat(r.length);
    out.push(`${(r.length >= 5 ? '5+' : String(r.length)).padStart(10)}  ${String(r.keys).padStart(5)}  ${String(r.colliding).padStart(10)}  ${(r.rate * 100).toFixed(1).padStart(5)}%   ${STRENGTH.key(example)}`);
  }
  return out.join('\n');
}
