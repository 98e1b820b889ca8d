import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spanText } from '../src/corpus/clean.js';
import { readCorpus } from '../src/corpus/load.js';
import type { Answer } from '../src/qa/types.js';
import { DEV_QUESTIONS, HI_ID, ROOT, copyCorpus, tempDir } from './helpers/corpus.js';

const run = promisify(execFile);
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
let indexDir: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  indexDir = await tempDir('sakshi-cli-');
});
afterAll(async () => indexDir.cleanup());

async function cli(args: string[], input?: string): Promise<{ stdout: string; stderr: string }> {
  const child = run(TSX, [path.join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, maxBuffer: 1 << 24 });
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

  it('explains a missing corpus folder and exits 2', async () => {
    await expect(cli(['ask', '--corpus', '/nonexistent/folder', 'x'])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/does not exist/) });
  });
});
