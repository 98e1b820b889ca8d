import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { syntheticCorpus, zipfCorpus } from '../bench/corpus.js';
import { HOSTILE_SHAPES } from '../bench/linear.js';
import { realWords } from '../bench/words.js';
import { ROOT } from './helpers/corpus.js';

const run = promisify(execFile);

describe('the benchmark corpus', () => {
  it('is the same for the same seed, and another for another seed', () => {
    const a = syntheticCorpus(2000);
    expect(syntheticCorpus(2000)).toEqual(a);
    expect(syntheticCorpus(2000, 7).articles[0]!.body).not.toBe(a.articles[0]!.body);
  });

  it('has Hindi, Bengali and English articles with the needles planted where it says, and questions in all three languages', () => {
    const c = syntheticCorpus(5000);
    expect(new Set(c.articles.map((a) => a.language))).toEqual(new Set(['hi', 'bn', 'en']));
    expect(c.needles.length).toBeGreaterThan(10);
    for (const n of c.needles) {
      expect(c.articles.find((a) => a.id === n.articleId)!.body).toContain(n.sentence);
      expect(n.questions.hi).toMatch(/[\u0900-\u097f]/);
      expect(n.questions.bn).toMatch(/[\u0980-\u09ff]/);
      expect(n.questions.en).toMatch(/^How many servers/);
    }
  });

  it('has function words as its most frequent words, as real text does', () => {
    const words = syntheticCorpus(3000).articles.filter((a) => a.language === 'en').flatMap((a) => a.body.toLowerCase().split(/[\s.]+/));
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([w]) => w);
    expect(top).toContain('the');
  });
});

describe('the Zipf benchmark corpus', () => {
  it('is made of words the repository holds, each in the script of its language, and the same for the same seed', () => {
    const words = realWords();
    expect(words.hi).toContain('सर्वर');
    expect(words.en.slice(0, 10)).toContain('the');
    for (const w of words.bn) expect(w).toMatch(/^[\u0980-\u09ff]+$/);
    const c = zipfCorpus(3000);
    expect(zipfCorpus(3000)).toEqual(c);
    const known = new Set([...words.hi, ...words.bn, ...words.en]);
    const english = c.articles.find((a) => a.language === 'en')!;
    const sentence = english.body.split('\n')[1]!;
    for (const w of sentence.replace(/[.]$/, '').split(' ')) if (!/^\d+$/.test(w)) expect(known).toContain(w);
  });

  it('plants its needles as the synthetic corpus does, with questions in all three languages', () => {
    const c = zipfCorpus(5000);
    expect(new Set(c.articles.map((a) => a.language))).toEqual(new Set(['hi', 'bn', 'en']));
    expect(c.needles.length).toBeGreaterThan(10);
    for (const n of c.needles) {
      expect(c.articles.find((a) => a.id === n.articleId)!.body).toContain(n.sentence);
      expect(n.questions.bn).toMatch(/[\u0980-\u09ff]/);
    }
  });
});

describe('npm run bench', () => {
  it('prints one JSON object per size with every figure, and nothing else on standard output', async () => {
    const { stdout } = await run(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'bench/bench.ts'), '--json', '--sizes', '300,600', '--shape', 'synthetic', '--questions', '100', '--no-reindex', '--no-linear'], { cwd: ROOT, maxBuffer: 1 << 22 });
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>);
    expect(lines).toHaveLength(2);
    for (const l of lines) {
      for (const k of ['passages', 'buildS', 'indexMB', 'loadS', 'rssMB', 'askP50Ms', 'askP95Ms', 'askP99Ms', 'baseP50Ms', 'baseP99Ms', 'speedup', 'needleAt1']) expect(l[k], k).toEqual(expect.any(Number));
      expect(l.needleAt1).toBeGreaterThanOrEqual(0);
      expect(l.needleAt1).toBeLessThanOrEqual(1);
    }
    expect(lines[0]!.passages!).toBeLessThan(lines[1]!.passages!);
  }, 120_000);

  it('measures both corpus shapes by default, and the reindex in its own process with its peak memory', async () => {
    const { stdout } = await run(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'bench/bench.ts'), '--json', '--sizes', '300', '--questions', '50', '--no-linear'], { cwd: ROOT, maxBuffer: 1 << 22 });
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, number | string>);
    expect(lines.map((l) => l.shape)).toEqual(['synthetic', 'zipf']);
    for (const l of lines) {
      for (const k of ['loadBlockMs', 'loadPeakRssMB', 'reindexS', 'reindexPeakRssMB', 'askDuringReindexP50Ms', 'needleAt1']) expect(l[k], k).toEqual(expect.any(Number));
      expect(l.reindexPeakRssMB).toBeGreaterThan(0);
    }
  }, 180_000);

  it('ends with how reading each shape of hostile text grows with its length, one JSON object per shape', async () => {
    const { stdout } = await run(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'bench/bench.ts'), '--json', '--sizes', '300', '--shape', 'synthetic', '--questions', '50', '--no-reindex', '--linear-chars', '4000'], { cwd: ROOT, maxBuffer: 1 << 22 });
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, number | string>);
    expect(lines[0]!.shape).toBe('synthetic');
    const linear = lines.slice(1, -1);
    expect(linear.map((l) => l.linear)).toEqual(Object.keys(HOSTILE_SHAPES));
    for (const l of linear) for (const k of ['articleRatio', 'questionRatio']) expect(l[k], k).toBeGreaterThan(0);
    expect(lines.at(-1)!.lineRatio).toBeGreaterThan(0);
  }, 120_000);
});
