import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/corpus.js';
import { ANALYZER_VERSION, FIELDS, analyzeQuery } from '../../src/lang/analyze.js';
import { ask } from '../../src/qa/answer.js';
import { IndexFileError, indexFileLines } from '../../src/search/index-file.js';
import { SearchIndex } from '../../src/search/index.js';
import { loadIndexFile } from '../../src/search/open.js';
import { tempDir } from '../helpers/corpus.js';
import { fixtureIndex, fixtureQuestions } from '../helpers/index.js';

const linesOf = (index: SearchIndex) => [...indexFileLines(index.contents())].map((l) => l.replace(/\n$/, ''));
const load = (lines: string[]) => SearchIndex.load([lines.join('\n')]);
const lineOf = (lines: string[], kind: string) => lines.findIndex((l) => l.startsWith(`["${kind}"`));
/** A base64 Uint32 table of a line, to damage it, and back. */
const tableOf = (line: string) => new Uint32Array(new Uint8Array(Buffer.from(JSON.parse(line)[1] as string, 'base64')).buffer);
const withTable = (line: string, table: Uint32Array) => {
  const value = JSON.parse(line) as unknown[];
  value[1] = Buffer.from(table.buffer).toString('base64');
  return JSON.stringify(value);
};

describe('the index file, round trip', () => {
  // large enough that some terms are too common for MiniSearch and go in the file on their own
  const corpus = syntheticCorpus(12_000);
  let built: SearchIndex;
  let loaded: SearchIndex;
  beforeAll(async () => {
    built = SearchIndex.build({ articles: corpus.articles, failures: [{ file: 'bad.md', reason: 'empty' }], fingerprint: 'round-trip' });
    loaded = await load(linesOf(built));
  }, 120_000);

  it('gives the same answers, word for word, to the needle questions and to the others', () => {
    const questions = [...corpus.needles.flatMap((n) => Object.values(n.questions)), ...corpus.others.slice(0, 60)];
    for (const q of questions) expect(JSON.stringify(ask(loaded, q)), q).toBe(JSON.stringify(ask(built, q)));
  });

  it('keeps the articles, passages, failures, fingerprint and build time', () => {
    expect(loaded.articles).toEqual(built.articles);
    expect(loaded.passages).toEqual(built.passages);
    expect(loaded.failures).toEqual(built.failures);
    expect(loaded.fingerprint).toBe('round-trip');
    expect(loaded.stats).toEqual(built.stats);
  });

  it('counts the passages of every term alike, common ones and the others', () => {
    const words = corpus.articles.slice(0, 40).flatMap((a) => a.body.split(/[\s।.]+/)).filter(Boolean);
    const units = analyzeQuery(words.join(' ')).units;
    const alts = units.flatMap((u) => u.alts);
    expect(alts.some((a) => built.documentFrequency(a.field, a.term) > 600)).toBe(true);
    for (const a of alts) expect(loaded.documentFrequency(a.field, a.term), `${a.field}:${a.term}`).toBe(built.documentFrequency(a.field, a.term));
    for (const f of FIELDS) expect(loaded.documentFrequency(f, 'no-such-term')).toBe(0);
  });

  it('lists the same passages as holding a term, common or not, each of them holding it', () => {
    const words = corpus.articles.slice(0, 40).flatMap((a) => a.body.split(/[\s।.]+/)).filter(Boolean);
    const alts = analyzeQuery(words.join(' ')).units.flatMap((u) => u.alts).filter((a) => built.documentFrequency(a.field, a.term) > 0);
    expect(alts.some((a) => built.documentFrequency(a.field, a.term) > 600)).toBe(true);
    for (const a of alts) {
      const holders = built.holders(a.field, a.term, 20);
      expect(holders.length).toBe(Math.min(20, built.documentFrequency(a.field, a.term)));
      expect(loaded.holders(a.field, a.term, 20), `${a.field}:${a.term}`).toEqual(holders);
      for (const id of holders.slice(0, 2)) expect(built.analyzed(id).keys.has(`${a.field}:${a.term}`)).toBe(true);
    }
  });

  it('finds the same candidates for a question of nothing but common words', () => {
    const words = [...new Set(corpus.articles.slice(0, 40).flatMap((a) => a.body.split(/[\s।.]+/)))];
    // a word's common alternatives alone (its translations into the other language may be rare): a query
    // of such units makes no passage a candidate by search, only by the kept sample of a common term
    const commonOnly = (w: string) =>
      analyzeQuery(w)
        .units.map((u) => ({ ...u, alts: u.alts.filter((a) => built.documentFrequency(a.field, a.term) > 600) }))
        .filter((u) => u.alts.length > 0);
    const common = words.find((w) => commonOnly(w).length > 0)!;
    expect(common).toBeDefined();
    const units = commonOnly(common);
    expect(built.search(units, 50).hits.length).toBeGreaterThan(0);
    expect(loaded.search(units, 50).hits.map((h) => h.id)).toEqual(built.search(units, 50).hits.map((h) => h.id));
  });

  it('is the same on the test fixtures, for every fixture question', async () => {
    const index = await fixtureIndex();
    const again = await load(linesOf(index));
    for (const q of await fixtureQuestions()) expect(JSON.stringify(ask(again, q.question))).toBe(JSON.stringify(ask(index, q.question)));
  });
});

describe('a damaged index file', () => {
  let lines: string[];
  beforeAll(async () => {
    lines = linesOf(await fixtureIndex());
  });

  it('cut short at a line break is refused, saying what is missing', async () => {
    await expect(load(lines.slice(0, -1))).rejects.toThrow(IndexFileError);
    await expect(load(lines.slice(0, -1))).rejects.toThrow(/cut short: it holds \d+ of \d+ terms/);
    await expect(load(lines.slice(0, lineOf(lines, 'passages')))).rejects.toThrow(/0 of \d+ passages/);
  });

  it('cut short inside a line is refused, naming the line', async () => {
    const at = lineOf(lines, 'terms');
    await expect(load([...lines.slice(0, at), lines[at]!.slice(0, 40)])).rejects.toThrow(new RegExp(`cut short: line ${at + 1} is not JSON`));
  });

  it('with a passage table pointing past its articles is refused, naming the passage', async () => {
    const at = lineOf(lines, 'passages');
    const beyondArticles = tableOf(lines[at]!);
    beyondArticles[0] = 999;
    await expect(load(lines.with(at, withTable(lines[at]!, beyondArticles)))).rejects.toThrow(/passage of article number 999, but only \d+ articles/);
    const beyondBody = tableOf(lines[at]!);
    beyondBody[3] = 10 ** 8;
    await expect(load(lines.with(at, withTable(lines[at]!, beyondBody)))).rejects.toThrow(/points outside its article \(.*: \d+–100000000 of \d+\)/);
    const ragged = tableOf(lines[at]!).subarray(0, 7);
    await expect(load(lines.with(at, withTable(lines[at]!, ragged.slice())))).rejects.toThrow(/passage table is damaged \(28 bytes is not a whole number of rows\)/);
  });

  it('with postings pointing past the passages is refused, naming the term', async () => {
    const at = lineOf(lines, 'terms');
    const table = tableOf(lines[at]!);
    // the first term's first field: [fields, field, n, ids…]
    table[3] = 10 ** 6;
    const term = (JSON.parse(lines[at]!) as [string, string, string[]])[2][0]!;
    await expect(load(lines.with(at, withTable(lines[at]!, table)))).rejects.toThrow(`the index file's term "${term}" points to passage 1000000`);
  });

  it('of another layout or analyzer version is refused, saying which version it is', async () => {
    const header = JSON.parse(lines[0]!) as Record<string, unknown>;
    await expect(load(lines.with(0, JSON.stringify({ ...header, fileVersion: 4 })))).rejects.toThrow(/has layout version 4, this program reads version \d+/);
    const other = typeof ANALYZER_VERSION === 'number' ? ANALYZER_VERSION + 1 : `${ANALYZER_VERSION}-other`;
    await expect(load(lines.with(0, JSON.stringify({ ...header, analyzerVersion: other })))).rejects.toThrow(`built by analyzer version ${other}, this is version ${ANALYZER_VERSION}`);
    await expect(load(lines.with(0, JSON.stringify({ ...header, format: 'other' })))).rejects.toThrow(/not a Sakshi index/);
  });

  it('with lines out of order is refused', async () => {
    const at = lineOf(lines, 'passages');
    const swapped = lines.with(at, lines[1]!).with(1, lines[at]!);
    await expect(load(swapped)).rejects.toThrow(/line 3 \(articles\) comes after the passages lines|lists 0 articles/);
  });

  it('on disk: a missing file is no index, a damaged one an IndexFileError', async () => {
    const dir = await tempDir();
    try {
      expect(await loadIndexFile(path.join(dir.dir, 'none.json'))).toBeUndefined();
      const file = path.join(dir.dir, 'index.json');
      await writeFile(file, lines.slice(0, -1).join('\n'));
      await expect(loadIndexFile(file)).rejects.toThrow(IndexFileError);
      await writeFile(file, `${lines.join('\n')}\n`);
      expect((await loadIndexFile(file))!.passages.length).toBeGreaterThan(0);
    } finally {
      await dir.cleanup();
    }
  });
});
