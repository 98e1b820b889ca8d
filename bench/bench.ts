import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Command } from 'commander';
import MiniSearch from 'minisearch';
import { spanText } from '../src/corpus/clean.js';
import { ask } from '../src/qa/answer.js';
import { renderText } from '../src/render/text.js';
import { writeAtomically } from '../src/files.js';
import { indexFileLines } from '../src/search/index-file.js';
import { SearchIndex } from '../src/search/index.js';
import { loadIndexFile } from '../src/search/open.js';
import { syntheticCorpus, zipfCorpus } from './corpus.js';
import { LINEAR_BOUND, linearity, sentenceLinearity } from './linear.js';

/**
 * `npm run bench -- [--json] [--sizes 1000,10000,100000] [--shape synthetic|zipf|both] [--no-reindex]`:
 * for each corpus shape and size, a generated corpus (fixed seed); index build time, saved size, load
 * time, longest event-loop hold and memory (in a fresh process), answer latency of Sakshi's whole ask
 * path against plain MiniSearch on the same passages and questions, in this run, and a forced reindex
 * in a fresh process (its peak memory) while this one goes on answering. Then, unless --no-linear,
 * how the cost of reading hostile text (an article of one line, a question) grows with its length
 * (bench/linear.ts).
 * One JSON object per shape and size on standard output with --json, then one per hostile shape;
 * everything else goes to standard error.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);
const log = (s: string) => process.stderr.write(`${s}\n`);

const program = new Command('bench')
  .option('--json', 'one JSON object per size on standard output')
  .option('--sizes <list>', 'passages per corpus, comma-separated', '1000,10000,100000')
  .option('--shape <shape>', 'synthetic (pseudo-words), zipf (real words of the repository) or both', 'both')
  .option('--questions <n>', 'questions timed per measurement (at least)', '1000')
  .option('--no-reindex', 'skip the latency-during-reindex measurement')
  .option('--no-linear', 'skip the measurement of how reading hostile text grows with its length')
  .option('--linear-chars <n>', 'characters of the smaller hostile article (its question is a tenth of it)', '100000')
  .parse();
const opts = program.opts<{ json?: boolean; sizes: string; shape: string; questions: string; reindex: boolean; linear: boolean; linearChars: string }>();
const SHAPES = { synthetic: syntheticCorpus, zipf: zipfCorpus };
if (!['synthetic', 'zipf', 'both'].includes(opts.shape)) program.error(`--shape is synthetic, zipf or both, not ${opts.shape}`);
const shapes = (opts.shape === 'both' ? ['synthetic', 'zipf'] : [opts.shape]) as (keyof typeof SHAPES)[];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Latencies of answering each question once (after a warm-up), in milliseconds, sorted. */
function latencies(questions: string[], answer: (q: string) => void): number[] {
  for (const q of questions.slice(0, 50)) answer(q);
  return questions.map((q) => time(() => answer(q))).sort((a, b) => a - b);
}

/** Latencies while something else runs, until it ends (at least one round of the questions). */
async function latenciesWhile(questions: string[], answer: (q: string) => void, running: Promise<unknown>): Promise<number[]> {
  let done = false;
  void running.finally(() => (done = true));
  const out: number[] = [];
  for (let i = 0; !done || i < questions.length; i++) {
    out.push(time(() => answer(questions[i % questions.length]!)));
    // yield to the event loop as a bot does between interactions
    await new Promise((r) => setImmediate(r));
  }
  return out.sort((a, b) => a - b);
}

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

const tsx = (script: string, args: string[]) => run(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(ROOT, script), ...args], { cwd: ROOT, maxBuffer: 1 << 20 });

for (const shape of shapes) for (const size of opts.sizes.split(',').map((s) => Number(s.trim()))) {
  log(`\n== ${shape}, ${size} passages`);
  const corpus = SHAPES[shape](size);
  const work = await mkdtemp(path.join(tmpdir(), 'sakshi-bench-'));
  try {
    let built!: SearchIndex;
    const buildMs = time(() => {
      built = SearchIndex.build({ articles: corpus.articles, failures: [], fingerprint: `bench-${size}` });
    });
    log(`built ${built.passages.length} passages in ${round(buildMs / 1000)} s`);
    const file = path.join(work, 'index.json');
    await writeAtomically(file, indexFileLines(built.contents()));
    // questions are asked of the index as the bot serves it: loaded from its file
    const index = (await loadIndexFile(file))!;
    const indexMB = (await stat(file)).size / 1048576;
    const loaded = JSON.parse((await tsx('bench/load.ts', [file])).stdout) as { loadS: number; loadBlockMs: number; rssMB: number; peakRssMB: number };
    log(`saved ${round(indexMB, 1)} MB, loaded in ${round(loaded.loadS)} s (event loop held at most ${round(loaded.loadBlockMs, 0)} ms), ${round(loaded.rssMB)} MB resident (peak ${round(loaded.peakRssMB, 0)} MB)`);

    const needleQuestions = corpus.needles.flatMap((n) => (['hi', 'bn', 'en'] as const).map((l) => ({ q: n.questions[l], needle: n })));
    const all = [...needleQuestions.map((x) => x.q), ...corpus.others];
    const questions = Array.from({ length: Math.max(Number(opts.questions), all.length) }, (_v, i) => all[i % all.length]!);

    const askOnce = (q: string) => void renderText(ask(index, q));
    const askMs = latencies(questions, askOnce);
    let found = 0;
    for (const { q, needle } of needleQuestions) {
      const first = ask(index, q).citations[0];
      if (first && first.source === needle.articleId && fold(first.quote).includes(fold(needle.sentence))) found++;
    }

    const mini = new MiniSearch({ fields: ['text'] });
    mini.addAll(index.passages.map((p, id) => ({ id, text: spanText(index.article(p.articleId)!.body, p) })));
    const baseMs = latencies(questions, (q) => void mini.search(q));

    const result: Record<string, number | string> = {
      shape,
      passages: index.passages.length,
      buildS: round(buildMs / 1000),
      indexMB: round(indexMB, 1),
      loadS: round(loaded.loadS),
      loadBlockMs: round(loaded.loadBlockMs, 0),
      rssMB: round(loaded.rssMB, 0),
      loadPeakRssMB: round(loaded.peakRssMB, 0),
      questions: questions.length,
      askP50Ms: round(percentile(askMs, 50)),
      askP95Ms: round(percentile(askMs, 95)),
      askP99Ms: round(percentile(askMs, 99)),
      baseP50Ms: round(percentile(baseMs, 50)),
      baseP95Ms: round(percentile(baseMs, 95)),
      baseP99Ms: round(percentile(baseMs, 99)),
      speedup: round(percentile(baseMs, 50) / percentile(askMs, 50), 1),
      needleQuestions: needleQuestions.length,
      needleAt1: round(found / Math.max(1, needleQuestions.length), 3),
    };

    if (opts.reindex) {
      const dir = path.join(work, 'corpus');
      await mkdir(dir);
      for (const a of corpus.articles) await writeFile(path.join(dir, a.file), `---\ntitle: ${a.title}\nlanguage: ${a.language}\n---\n${a.body}`);
      // the reindex runs in its own process (in the worker thread the bot uses), so that its peak memory is its own
      const reindex = tsx('bench/reindex.ts', [dir, path.join(work, 'reindexed.json')]);
      const during = await latenciesWhile(questions, askOnce, reindex);
      const reindexed = JSON.parse((await reindex).stdout) as { reindexS: number; peakRssMB: number };
      result.reindexS = round(reindexed.reindexS);
      result.reindexPeakRssMB = round(reindexed.peakRssMB, 0);
      result.askDuringReindexP50Ms = round(percentile(during, 50));
      result.askDuringReindexP99Ms = round(percentile(during, 99));
      result.askDuringReindexCount = during.length;
    }
    log(Object.entries(result).map(([k, v]) => `${k}=${v}`).join(' '));
    if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (opts.linear) {
  const chars = Number(opts.linearChars);
  log(`\n== reading hostile text: ${4 * chars} characters against ${chars} (a question: ${(4 * chars) / 10} against ${chars / 10}); linear is about 4, quadratic 16`);
  const report = (result: Record<string, string | number>, ratios: number[]) => {
    const flag = ratios.some((r) => r >= LINEAR_BOUND) ? `  more than linear? (at or above ${LINEAR_BOUND}: run again on a quiet machine)` : '';
    log(`${Object.entries(result).map(([k, v]) => `${k}=${v}`).join(' ')}${flag}`);
    if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  };
  for (const l of linearity(chars, chars / 10)) report({ linear: l.shape, articleRatio: round(l.articleRatio), questionRatio: round(l.questionRatio) }, [l.articleRatio, l.questionRatio]);
  const lineRatio = sentenceLinearity();
  report({ linear: 'one line of full stops, split into sentences', lineRatio: round(lineRatio) }, [lineRatio]);
}
