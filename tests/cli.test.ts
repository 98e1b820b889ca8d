import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spanText } from '../src/corpus/clean.js';
import { readCorpus } from '../src/corpus/load.js';
import type { SetReport } from '../src/eval.js';
import type { Answer } from '../src/qa/types.js';
import { DEV_QUESTIONS, HI_ID, ROOT, copyCorpus, tempDir, writeFiles } from './helpers/corpus.js';

const run = promisify(execFile);
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
let indexDir: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  indexDir = await tempDir('sakshi-cli-');
});
afterAll(async () => indexDir.cleanup());

async function cli(args: string[], input?: string, cwd = ROOT): Promise<{ stdout: string; stderr: string }> {
  const child = run(TSX, [path.join(ROOT, 'src/cli.ts'), ...args], { cwd, maxBuffer: 1 << 24 });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  return child;
}

const askJSON = async (question: string, corpus = path.join(ROOT, 'corpus'), index = 'corpus.json') =>
  JSON.parse((await cli(['ask', '--json', '--corpus', corpus, '--index', path.join(indexDir.dir, index), question])).stdout) as Answer;

describe('ask', () => {
  it('answers the Hindi servers question from the Hindi article with the sentence that says पांच', async () => {
    const answer = await askJSON('एम्स के कितने सर्वर हैक हुए?');
    expect(answer.abstained).toBe(false);
    expect(answer.language).toBe('hi');
    expect(answer.citations[0]!.source).toBe(HI_ID);
    expect(answer.citations[0]!.quote).toContain('पांच');
  });

  it('reads any folder in the corpus format with --corpus', async () => {
    const copy = await copyCorpus();
    try {
      // its own index file, so that the answer comes from an index built from the copy
      const answer = await askJSON('एम्स के कितने सर्वर हैक हुए?', copy.dir, 'copy.json');
      expect(answer.citations[0]!.quote).toContain('पांच');
    } finally {
      await copy.cleanup();
    }
  });

  it('prints the answer for a person without --json: quotes, then sources', async () => {
    const { stdout } = await cli(['ask', '--index', path.join(indexDir.dir, 'corpus.json'), 'एम्स के कितने सर्वर हैक हुए?']);
    expect(stdout).toMatch(/^> .*पांच.*\[1\]$/m);
    expect(stdout).toMatch(/^\[1\] चीन के इशारे पर/m);
    expect(stdout).not.toMatch(/"citations"/);
  });

  it('answers a batch in one process, one JSON line per question, in order, ids echoed', async () => {
    const questions = (await readFile(DEV_QUESTIONS, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { id: string; question: string });
    const input = questions.map((q) => JSON.stringify({ id: q.id, question: q.question })).join('\n');
    const { stdout } = await cli(['ask', '--json', '--index', path.join(indexDir.dir, 'corpus.json'), '--batch', '-'], input);
    const answers = stdout.trim().split('\n').map((l) => JSON.parse(l) as Answer);
    expect(answers.map((a) => a.id)).toEqual(questions.map((q) => q.id));
    expect(answers.map((a) => a.question)).toEqual(questions.map((q) => q.question));
  });

  it('quotes every dev answer verbatim: each quote is its article’s body between its offsets', async () => {
    const corpus = await readCorpus(path.join(ROOT, 'corpus'));
    const questions = (await readFile(DEV_QUESTIONS, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { id: string; question: string });
    const input = questions.map((q) => JSON.stringify({ id: q.id, question: q.question })).join('\n');
    const { stdout } = await cli(['ask', '--json', '--index', path.join(indexDir.dir, 'corpus.json'), '--batch', '-'], input);
    let quotes = 0;
    for (const answer of stdout.trim().split('\n').map((l) => JSON.parse(l) as Answer)) {
      for (const c of answer.citations) {
        const body = corpus.articles.find((a) => a.id === c.source)!.body;
        expect(c.quote).toBe(spanText(body, c));
        expect(body.slice(c.start, c.end).replace(/\s+/g, ' ')).toBe(c.quote);
        expect(c.quote).not.toMatch(/ये भी पढ़ें|আরও পড়ুন|Zee 24 Ghanta App/);
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThan(20);
  });

  it('reports a malformed batch line in place and goes on', async () => {
    const input = '{"id":"a","question":"How many servers were hacked?"}\nnot json\n{"id":"c"}\n{"id":"d","question":"Who is investigating?"}';
    const { stdout, stderr } = await cli(['ask', '--json', '--index', path.join(indexDir.dir, 'corpus.json'), '--batch', '-'], input);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id ?? l.line)).toEqual(['a', 2, 3, 'd']);
    expect(lines[1]!.error).toBe('not JSON');
    expect(stderr).toMatch(/batch line 3: question/);
  });

  it('refuses an over-long question or batch line with the limit, before analysing it, and goes on', async () => {
    const long = 'kitne server '.repeat(200);
    await expect(cli(['ask', '--index', path.join(indexDir.dir, 'corpus.json'), long])).rejects.toMatchObject({ stderr: expect.stringMatching(/at most 2000/) });
    const input = `${JSON.stringify({ id: 'a', question: long })}\n${JSON.stringify({ id: 'b', question: 'x'.repeat(70_000) })}\n{"id":"c","question":"How many servers were hacked?"}`;
    const { stdout, stderr } = await cli(['ask', '--json', '--index', path.join(indexDir.dir, 'corpus.json'), '--batch', '-'], input);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id ?? l.line)).toEqual([1, 2, 'c']);
    expect(lines[0]!.error).toMatch(/longer than 2000 characters/);
    expect(lines[1]!.error).toMatch(/line is longer than/);
    expect(stderr).toMatch(/batch line 2: the line is longer/);
  });

  it('explains a missing corpus folder and exits 2', async () => {
    await expect(cli(['ask', '--corpus', '/nonexistent/folder', 'x'])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/does not exist/) });
  });
});

describe('eval', () => {
  const MANIFEST = path.join(ROOT, 'eval/sets.json');
  const listing = async (dir: string) => (await readdir(dir, { recursive: true })).sort();
  const lineCount = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim().length > 0).length;

  it('scores the sets of the manifest, one JSON object per set, keeping each index in .sakshi/ of the working folder and nothing beside the corpora', async () => {
    const before = { corpus: await listing(path.join(ROOT, 'corpus')), eval: await listing(path.join(ROOT, 'eval')) };
    const work = await tempDir('sakshi-eval-');
    try {
      const { stdout } = await cli(['eval', '--sets', MANIFEST, '--only', 'hi-unanswerable', 'dev-questions', '--json'], undefined, work.dir);
      const reports = stdout.trim().split('\n').map((l) => JSON.parse(l) as SetReport);
      // in the manifest's order, whatever the order of --only
      expect(reports.map((r) => r.set)).toEqual(['dev-questions', 'hi-unanswerable']);
      expect(reports[0]!.overall.questions).toBe(await lineCount(path.join(ROOT, 'eval/dev-questions.jsonl')));
      expect(reports[1]!.overall.questions).toBe(await lineCount(path.join(ROOT, 'eval/xquad-dev/hi-unanswerable.jsonl')));
      expect(reports[0]!.overall.miniSearchAt3).toBeGreaterThan(0);
      expect((await readdir(path.join(work.dir, '.sakshi'))).filter((f) => /^index-\w+\.json$/.test(f))).toHaveLength(2);
      expect({ corpus: await listing(path.join(ROOT, 'corpus')), eval: await listing(path.join(ROOT, 'eval')) }).toEqual(before);
    } finally {
      await work.cleanup();
    }
  });

  it('prints a table per set, MiniSearch beside each evidence column, then one line per set', async () => {
    const work = await tempDir('sakshi-eval-');
    try {
      const { stdout } = await cli(['eval', '--sets', MANIFEST, '--only', 'dev-questions', 'paraphrase-dev'], undefined, work.dir);
      expect(stdout).toMatch(/^dev-questions: .*dev-questions\.jsonl over .*corpus\ngroup +n +evidence@1 +MiniSearch +evidence@3 +MiniSearch +answer/m);
      expect(stdout).toMatch(/^paraphrase-dev: .*paraphrase-dev\.jsonl over /m);
      expect(stdout).toMatch(/^set +n +evidence@1 +MiniSearch[^\n]*\ndev-questions +\d+ [^\n]*\nparaphrase-dev +\d+ /m);
      // the summary ends with the two short-answer columns; neither set has a question with a kind
      expect(stdout).toMatch(/^set .* false-abst\. +short-ans\. +right\ndev-questions .* +- +- *\n/m);
    } finally {
      await work.cleanup();
    }
  });

  it('scores one question file with --questions and --corpus', async () => {
    const file = path.join(ROOT, 'eval/xquad-dev/en-unanswerable.jsonl');
    const { stdout } = await cli(['eval', '--questions', file, '--corpus', path.join(ROOT, 'eval/xquad-dev/corpus-en-second-half'), '--index', path.join(indexDir.dir, 'en-second-half.json'), '--json']);
    const reports = stdout.trim().split('\n').map((l) => JSON.parse(l) as SetReport);
    expect(reports.map((r) => r.set)).toEqual(['en-unanswerable']);
    expect(reports[0]!.overall.questions).toBe(await lineCount(file));
  });

  it('gives the short answers to questions with a kind, kind by kind, with --verbose and in --json', async () => {
    const work = await tempDir('sakshi-eval-');
    try {
      await mkdir(path.join(work.dir, 'corpus'));
      await writeFiles(work.dir, {
        'corpus/flood.md': '---\ntitle: A flood downstream\nlanguage: en\n---\nThe river flooded the lower town after three days of rain.\n\nOfficials counted 40 houses damaged by the water.\n',
        'kinds.jsonl': [
          { id: 'right', lang: 'en', question: 'How many houses were damaged?', answerable: true, answer: ['40'], kind: 'quantity' },
          { id: 'wrong', lang: 'en', question: 'How many houses were damaged?', answerable: true, answer: ['4'], kind: 'quantity' },
        ]
          .map((q) => JSON.stringify(q))
          .join('\n'),
      });
      const args = ['eval', '--questions', path.join(work.dir, 'kinds.jsonl'), '--corpus', path.join(work.dir, 'corpus'), '--index', path.join(work.dir, 'index.json')];
      const { stdout } = await cli([...args, '--verbose']);
      // both given a short answer, one of them right
      expect(stdout).toMatch(/^overall .* 100\.0% +50\.0%$/m);
      expect(stdout).toMatch(/^short answers by kind/m);
      expect(stdout).toMatch(/^overall +quantity +2 +2 +100\.0% +1 +50\.0%$/m);
      const report = JSON.parse((await cli([...args, '--json'])).stdout) as SetReport;
      expect(report.overall.shortAnswersByKind).toEqual({ quantity: { asked: 2, given: 2, right: 1, givenShare: 1, rightShare: 0.5 } });
      expect(report.outcomes.map((o) => o.shortAnswer)).toEqual(['right', 'wrong']);
    } finally {
      await work.cleanup();
    }
  });

  it('explains a set the manifest does not have, and an --index with several sets, and exits 2', async () => {
    await expect(cli(['eval', '--only', 'nonesuch'])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/no set named nonesuch .*the sets are dev-questions, /) });
    await expect(cli(['eval', '--index', path.join(indexDir.dir, 'x.json')])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/--index .* with --questions or --corpus/) });
  });
});
