#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Command, InvalidArgumentError } from 'commander';
import { z } from 'zod';
import { ConfigError, loadConfig } from './config.js';
import { CorpusError } from './corpus/load.js';
import { evaluate, formatKeyCollisions, formatReport, parseQuestions } from './eval.js';
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

const BatchLine = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  question: z.string().trim().min(1, 'question is empty'),
});

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
    const index = await open(opts);
    if (!opts.batch) {
      const a = ask(index, question);
      process.stdout.write(`${opts.json ? answerJSON(a) : renderText(a)}\n`);
      return;
    }
    let n = 0;
    for await (const line of batchLines(opts.batch)) {
      n++;
      let input: z.infer<typeof BatchLine>;
      try {
        input = BatchLine.parse(JSON.parse(line));
      } catch (err) {
        const reason = err instanceof z.ZodError ? err.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ') : 'not JSON';
        warn(`batch line ${n}: ${reason}; expected {"id": "...", "question": "..."}`);
        process.stdout.write(`${JSON.stringify({ line: n, error: reason })}\n`);
        continue;
      }
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

program
  .command('eval')
  .description('score a question file (JSON lines as in shared/eval/dev-questions.jsonl)')
  .option('--questions <file>', 'the question file', '../shared/eval/dev-questions.jsonl')
  .option(...corpusOption)
  .option(...indexOption)
  .option('--json', 'print the figures as JSON')
  .option('--verbose', 'list every question that missed')
  .option('--keys', 'also measure how often cross-script keys of each length collide in the corpus')
  .action(async (opts: CommonOpts & { questions: string; json?: boolean; verbose?: boolean; keys?: boolean }) => {
    const questions = parseQuestions(await readFile(opts.questions, 'utf8'), opts.questions);
    const index = await open(opts);
    if (opts.keys) process.stdout.write(`${formatKeyCollisions(index)}\n`);
    const report = evaluate(index, questions);
    process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${formatReport(report, opts.verbose ?? false)}\n`);
  });

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
