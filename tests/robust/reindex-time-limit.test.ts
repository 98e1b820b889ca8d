import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReindexRefused, analysisPath, reindexCorpus } from '../../src/search/reindex.js';
import { REINDEX_TIME_LIMIT_MS, startReindex } from '../../src/search/reindex-runner.js';
import { copyCorpus, tempDir, writeFiles } from '../helpers/corpus.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function indexedCorpus() {
  const corpus = await copyCorpus();
  const tmp = await tempDir('sakshi-limit-');
  cleanups.push(corpus.cleanup, tmp.cleanup);
  const indexPath = path.join(tmp.dir, 'index.json');
  await reindexCorpus({ corpusDir: corpus.dir, indexPath });
  // a change, so that a finished reindex would write a different index
  await writeFiles(corpus.dir, { 'new.md': '---\nlanguage: en\n---\nThe servers were restored on Saturday.\n' });
  return { corpusDir: corpus.dir, indexPath };
}

describe('the reindex time limit', () => {
  it('defaults to ten minutes', () => {
    expect(REINDEX_TIME_LIMIT_MS).toBe(10 * 60_000);
  });

  it('stops a reindex past its limit, refuses it saying so, and leaves the index files as they were', async () => {
    const { corpusDir, indexPath } = await indexedCorpus();
    const before = await readFile(indexPath);
    const analysisBefore = await readFile(analysisPath(indexPath));
    const job = startReindex({ corpusDir, indexPath, timeLimitMs: 20 });
    const err = await job.done.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReindexRefused);
    expect((err as Error).message).toMatch(/^the reindex took longer than its 0\.02 seconds limit and was stopped; the old index is unchanged and keeps serving/);
    expect((await readFile(indexPath)).equals(before)).toBe(true);
    expect((await readFile(analysisPath(indexPath))).equals(analysisBefore)).toBe(true);
  });

  it('does not stop a reindex that finishes within its limit', async () => {
    const { corpusDir, indexPath } = await indexedCorpus();
    const report = await startReindex({ corpusDir, indexPath, timeLimitMs: 120_000 }).done;
    expect(report.added).toEqual(['new']);
  });
});
