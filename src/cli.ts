#!/usr/bin/env node
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Command, InvalidArgumentError } from 'commander';
import { z } from 'zod';
import { ConfigError, loadConfig } from './config.js';
import { CorpusError } from './corpus/load.js';
import { DEFAULT_MANIFEST, evaluateSets, formatKeyCollisions, formatReport, formatSummary, readManifest, type EvalSet, type SetReport } from './eval.js';
import { ask } from './qa/answer.js';
import type { Answer } from './qa/types.js';
import { renderText } from './render/text.js';
import { defaultIndexPath, openIndex } from './search/open.js';
import { ReindexRefused, type ReindexReport } from './search/reindex.js';
import { ReindexFailed, startReindex } from './search/reindex-runner.js';
import cliProgress from 'cli-progress';

const { SingleBar, Presets } = cliProgress;

/** The reindex report as plain lines. */
export function formatReindexReport(r: ReindexReport, corpus: string): string {
  const list = (xs: string[]) => (xs.length === 0 ? 'none' : xs.join(', '));
  const head = r.unchanged
    ? `Index already up to date with ${corpus}: ${r.articles} articles, ${r.passages} passages (${r.seconds.toFixed(2)} s).`
    : `Reindexed ${corpus} in ${r.seconds.toFixed(2)} s: ${r.articles} articles (${r.reanalyzed} analyzed anew), ${r.passages} passages.`;
  return [
    head,
    `Added: ${list(r.added)}`,
    `Changed: ${list(r.changed)}`,
    `Removed: ${list(r.removed)}`,
    `Failed: ${r.failed.length === 0 ? 'none' : r.failed.map((f) => `\n  ${f.file}: ${f.reason}`).join('')}`,
  ].join('\n');
}

const warn = (message: string) => process.stderr.write(`sakshi: ${message}\n`);

/** Longest question the command line takes (Discord's /ask takes 300): analysis stays quick and bounded. */
export const CLI_MAX_QUESTION = 2000;
/** Longest batch line read as JSON: a question and its id fit many times over. */
const MAX_BATCH_LINE = 64 * 1024;

const BatchLine = z.object({
  id: z.union([z.string().max(200), z.number()]).optional(),
  question: z.string().trim().min(1, 'question is empty').max(CLI_MAX_QUESTION, `question is longer than ${CLI_MAX_QUESTION} characters`),
});

/** One batch line as a question, or why it is not one; an over-long line is refused before it is parsed. */
function readBatchLine(line: string): { input: z.infer<typeof BatchLine> } | { reason: string } {
  if (line.length > MAX_BATCH_LINE) return { reason: `the line is longer than ${MAX_BATCH_LINE} characters` };
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { reason: 'not JSON' };
  }
  const parsed = BatchLine.safeParse(json);
  if (!parsed.success) return { reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ') };
  return { input: parsed.data };
}

function answerJSON(a: Answer): string {
  return JSON.stringify(a);
}

async function* batchLines(file: string): AsyncGenerator<string> {
  const input = file === '-' ? process.stdin : (await import('node:fs')).createReadStream(file, 'utf8');
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) if (line.trim().length > 0) yield line;
}

interface CommonOpts {
  corpus: string;
  index?: string;
}

async function open(opts: CommonOpts) {
  const { index } = await openIndex({ corpusDir: opts.corpus, indexPath: opts.index, warn });
  return index;
}

const program = new Command('sakshi')
  .description('Sakshi answers questions about an incident from news articles, with the evidence.')
  .showHelpAfterError()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

let config;
try {
  config = loadConfig();
} catch (err) {
  warn((err as ConfigError).message);
  process.exit(2);
}
const corpusOption = ['--corpus <dir>', 'the folder of articles (CORPUS_DIR)', config.CORPUS_DIR] as const;
const indexOption = ['--index <file>', 'where the index is kept (INDEX_PATH; default .sakshi/index-<folder hash>.json)', config.INDEX_PATH] as const;

program
  .command('ask')
  .description('answer a question, or a batch of questions, from the corpus')
  .argument('[question...]', 'the question, in Hindi, Bengali or English')
  .option(...corpusOption)
  .option(...indexOption)
  .option('--json', 'print the Answer as JSON')
  .option('--batch <file>', 'answer one {"id","question"} JSON object per line of FILE (- for standard input); needs --json')
  .action(async (words: string[], opts: CommonOpts & { json?: boolean; batch?: string }) => {
    const question = words.join(' ').trim();
    if (opts.batch && question) throw new InvalidArgumentError('give either a question or --batch, not both');
    if (opts.batch && !opts.json) throw new InvalidArgumentError('--batch prints JSON lines: add --json');
    if (!opts.batch && !question) throw new InvalidArgumentError('no question: npm run ask -- "How many servers were hacked?"');
    if (question.length > CLI_MAX_QUESTION) throw new InvalidArgumentError(`the question is ${question.length} characters long; at most ${CLI_MAX_QUESTION}`);
    const index = await open(opts);
    if (!opts.batch) {
      const a = ask(index, question);
      process.stdout.write(`${opts.json ? answerJSON(a) : renderText(a)}\n`);
      return;
    }
    let n = 0;
    for await (const line of batchLines(opts.batch)) {
      n++;
      const read = readBatchLine(line);
      if ('reason' in read) {
        warn(`batch line ${n}: ${read.reason}; expected {"id": "...", "question": "..."}`);
        process.stdout.write(`${JSON.stringify({ line: n, error: read.reason })}\n`);
        continue;
      }
      const input = read.input;
      const a = ask(index, input.question, input.id === undefined ? {} : { id: String(input.id) });
      process.stdout.write(`${answerJSON(a)}\n`);
    }
  });

program
  .command('reindex')
  .description('rebuild the index from the corpus folder: the same reindex as /reindex, in a worker thread')
  .option(...corpusOption)
  .option(...indexOption)
  .option('--force', 'rebuild even when no article changed')
  .action(async (opts: CommonOpts & { force?: boolean }) => {
    const indexPath = opts.index ?? defaultIndexPath(opts.corpus);
    // a progress bar on a terminal; a plain summary when the output goes to a file or a pipe
    const bar = process.stderr.isTTY
      ? new SingleBar({ format: ' {phase} |{bar}| {value}/{total} articles · {passages} passages', hideCursor: true, stream: process.stderr }, Presets.shades_classic)
      : undefined;
    let started = false;
    const job = startReindex({ corpusDir: opts.corpus, indexPath, force: opts.force ?? false }, (p) => {
      if (!bar || p.total === 0) return;
      if (!started) bar.start(p.total, 0, { phase: p.phase, passages: 0 });
      started = true;
      bar.update(p.done, { phase: p.phase, passages: p.passages });
    });
    try {
      const report = await job.done;
      bar?.stop();
      process.stdout.write(`${formatReindexReport(report, opts.corpus)}\n`);
    } catch (err) {
      bar?.stop();
      if (err instanceof ReindexRefused || err instanceof ReindexFailed) {
        warn(`reindex refused, the index on disk is unchanged: ${err.message}`);
        process.exit(2);
      }
      throw err;
    }
  });

/** The question file scored when --corpus is given alone. */
const DEV_QUESTIONS = 'eval/dev-questions.jsonl';

program
  .command('eval')
  .description(`score every dev set the project ships (listed in ${DEFAULT_MANIFEST}), or one question file with --questions/--corpus; each figure beside plain MiniSearch on the same passages`)
  .option('--questions <file>', `score this question file alone (JSON lines as in ${DEV_QUESTIONS}; default with --corpus: that file)`)
  .option('--corpus <dir>', 'the folder of articles to score one question file over (default with --questions: CORPUS_DIR)')
  .option('--index <file>', 'with one question file: where its index is kept (INDEX_PATH; default .sakshi/index-<folder hash>.json)')
  .option('--sets <file>', 'the manifest of dev sets to score', DEFAULT_MANIFEST)
  .option('--only <name...>', 'score only the named sets of the manifest')
  .option('--json', 'print the figures as JSON, one object per set and line')
  .option('--verbose', 'list every question that missed, and the short answers to questions with a kind, kind by kind')
  .option('--keys', 'also measure how often cross-script keys of each length collide in each corpus')
  .action(
    async (opts: { questions?: string; corpus?: string; index?: string; sets: string; only?: string[]; json?: boolean; verbose?: boolean; keys?: boolean }) => {
      const single = opts.questions !== undefined || opts.corpus !== undefined;
      let sets: EvalSet[];
      if (single) {
        if (opts.only) throw new InvalidArgumentError('--only picks sets of the manifest; --questions and --corpus score one file instead: give one or the other');
        const questions = opts.questions ?? DEV_QUESTIONS;
        sets = [{ name: path.basename(questions, '.jsonl'), questions, corpus: opts.corpus ?? config.CORPUS_DIR }];
      } else {
        // one index file cannot serve several corpora: each keeps its own in .sakshi/
        if (opts.index) throw new InvalidArgumentError('--index names the index of one corpus: give it with --questions or --corpus');
        try {
          sets = await readManifest(opts.sets);
        } catch (err) {
          throw new InvalidArgumentError((err as Error).message);
        }
        const names = sets.map((s) => s.name);
        const unknown = (opts.only ?? []).filter((n) => !names.includes(n));
        if (unknown.length > 0) throw new InvalidArgumentError(`no set named ${unknown.join(', ')} in ${opts.sets}; the sets are ${names.join(', ')}`);
        if (opts.only) sets = sets.filter((s) => opts.only!.includes(s.name));
      }
      const indexPath = single ? (opts.index ?? config.INDEX_PATH) : undefined;
      const openCorpus = async (corpus: string) => {
        const index = await open({ corpus, index: indexPath });
        // with --json, standard output stays one JSON object per line
        if (opts.keys) (opts.json ? process.stderr : process.stdout).write(`${corpus}: cross-script keys\n${formatKeyCollisions(index)}\n\n`);
        return index;
      };
      const show = (r: SetReport) =>
        process.stdout.write(
          opts.json
            ? `${JSON.stringify(r)}\n`
            : `${r.set}: ${path.relative('.', r.questions)} over ${path.relative('.', r.corpus) || '.'}\n${formatReport(r, opts.verbose ?? false)}\n\n`,
        );
      const reports = await evaluateSets(sets, openCorpus, show);
      if (!opts.json && reports.length > 1) process.stdout.write(`every set, overall (MiniSearch: plain MiniSearch on the same passages, the question as typed; short-ans.: questions with a kind given a short answer; right: those of them right)\n${formatSummary(reports)}\n`);
    },
  );

program.parseAsync().catch((err: unknown) => {
  if (err instanceof InvalidArgumentError || err instanceof CorpusError) {
    warn(err.message);
    process.exit(2);
  }
  if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
    warn(`${(err as Error).message}`);
    process.exit(2);
  }
  throw err;
});
