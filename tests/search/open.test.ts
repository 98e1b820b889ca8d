import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/lang/analyze.js';
import { IndexFileError, indexFileLines } from '../../src/search/index-file.js';
import { SearchIndex } from '../../src/search/index.js';
import { CorpusError } from '../../src/corpus/load.js';
import { loadIndexFile, openIndex } from '../../src/search/open.js';
import { copyCorpus, tempDir, writeFiles } from '../helpers/corpus.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup() {
  const corpus = await copyCorpus();
  const out = await tempDir();
  cleanups.push(corpus.cleanup, out.cleanup);
  return { corpusDir: corpus.dir, indexPath: path.join(out.dir, 'index.json') };
}

const saved = (index: SearchIndex) => [...indexFileLines(index.contents())].join('');
const load = (text: string) => SearchIndex.load([text]);

const topIds = (index: SearchIndex, q: string) => index.search(analyzeQuery(q).units, 5).hits.map((h) => h.id);

describe('the saved index', () => {
  it('is built and saved on first open, then loaded while the corpus is unchanged', async () => {
    const opts = await setup();
    const first = await openIndex(opts);
    expect(first.origin).toBe('built');
    const second = await openIndex(opts);
    expect(second.origin).toBe('loaded');
    expect(second.index.stats).toEqual(first.index.stats);
    expect(topIds(second.index, 'सर्वर हैक')).toEqual(topIds(first.index, 'सर्वर हैक'));
  });

  it('is rebuilt when an article changes', async () => {
    const opts = await setup();
    await openIndex(opts);
    await writeFiles(opts.corpusDir, { 'extra.md': 'AIIMS restored all servers on Friday.' });
    const reopened = await openIndex(opts);
    expect(reopened.origin).toBe('built');
    expect(reopened.index.articles.map((a) => a.id)).toContain('extra');
  });

  it('turns a damaged file into a warning and a rebuild, never a crash', async () => {
    const opts = await setup();
    await openIndex(opts);
    const saved = await readFile(opts.indexPath, 'utf8');
    await writeFile(opts.indexPath, saved.slice(0, saved.length / 2));
    const warnings: string[] = [];
    const reopened = await openIndex({ ...opts, warn: (m) => warnings.push(m) });
    expect(reopened.origin).toBe('built');
    expect(warnings.join('\n')).toMatch(/cannot be loaded.*rebuilding/);
    expect(await loadIndexFile(opts.indexPath)).toBeInstanceOf(SearchIndex);
  });

  it('rejects a file that is JSON but not an index, and one whose passages point outside their article', async () => {
    await expect(load('{"format":"other"}\n{}')).rejects.toThrow(IndexFileError);
    await expect(load('no header line')).rejects.toThrow(/no header line/);
    const opts = await setup();
    const { index } = await openIndex(opts);
    const lines = saved(index).split('\n');
    const at = lines.findIndex((l) => l.startsWith('["passages"'));
    const table = new Uint32Array(new Uint8Array(Buffer.from(JSON.parse(lines[at]!)[1] as string, 'base64')).buffer);
    table[3] = 10 ** 9;
    const outside = lines.with(at, JSON.stringify(['passages', Buffer.from(table.buffer).toString('base64')]));
    await expect(load(outside.join('\n'))).rejects.toThrow(/outside its article/);
    const text = saved(index);
    await expect(load(text.slice(0, text.length / 2))).rejects.toThrow(/cut short/);
    expect((await load(saved(index))).stats).toEqual(index.stats);
  });

  it('is served, with a warning, when the corpus folder is missing at start', async () => {
    const opts = await setup();
    const built = await openIndex(opts);
    await rm(opts.corpusDir, { recursive: true });
    const warnings: string[] = [];
    const reopened = await openIndex({ ...opts, warn: (m) => warnings.push(m) });
    expect(reopened.origin).toBe('loaded');
    expect(reopened.index.fingerprint).toBe(built.index.fingerprint);
    expect(topIds(reopened.index, 'How many servers were hacked?')).toEqual(topIds(built.index, 'How many servers were hacked?'));
    expect(warnings).toEqual([expect.stringMatching(/^the corpus folder .* does not exist.*\. Serving the saved index \(2 articles, built .*\) until the folder is back\.$/)]);
  });

  it('cannot stand in for a missing corpus folder when there is none saved', async () => {
    const opts = await setup();
    await rm(opts.corpusDir, { recursive: true });
    await expect(openIndex(opts)).rejects.toThrow(CorpusError);
  });
});
