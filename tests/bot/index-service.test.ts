import { writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexService, type ReindexReport } from '../../src/bot/index-service.js';
import { createLogger } from '../../src/log.js';
import type { Progress } from '../../src/search/reindex.js';
import { copyCorpus, tempDir } from '../helpers/corpus.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const article = (what: string) => `---\nlanguage: en\n---\nAIIMS restored its ${what} servers on Saturday.\n`;

async function setup(onProgress?: (p: Progress) => void) {
  const corpus = await copyCorpus();
  const out = await tempDir('sakshi-service-');
  const service = new IndexService({ corpusDir: corpus.dir, indexPath: path.join(out.dir, 'index.json'), logger: createLogger({ level: 'silent', production: true }), onProgress: (p) => onProgress?.(p) });
  cleanups.push(corpus.cleanup, out.cleanup, () => service.close());
  await service.load();
  return { service, corpusDir: corpus.dir };
}

describe('a change to the corpus folder during a reindex', () => {
  it('queues one more build after the running one, shared by every change made meanwhile, and nothing is lost', async () => {
    let hook: ((p: Progress) => void) | undefined;
    const { service, corpusDir } = await setup((p) => hook?.(p));
    const queued: { done: Promise<ReindexReport>; queued: boolean }[] = [];
    // three articles arrive after the running build has read the folder, while it still runs
    hook = (p) => {
      if (p.phase !== 'reading' || p.total === 0) return;
      hook = undefined;
      for (const name of ['one', 'two', 'three']) {
        writeFileSync(path.join(corpusDir, `${name}.md`), article(name));
        queued.push(service.reindexAfterChange());
      }
    };
    const before = service.builds;
    const running = await service.reindex({ force: true });
    expect(running.added).toEqual([]);
    expect(queued.map((q) => q.queued)).toEqual([true, true, true]);
    const reports = await Promise.all(queued.map((q) => q.done));
    expect(reports[0]!.added.sort()).toEqual(['one', 'three', 'two']);
    expect(new Set(reports).size).toBe(1);
    expect(service.builds - before).toBe(2);
    expect(service.current!.article('two')).toBeDefined();
  });

  it('starts a build at once when none is running', async () => {
    const { service, corpusDir } = await setup();
    const before = service.builds;
    writeFileSync(path.join(corpusDir, 'one.md'), article('one'));
    const change = service.reindexAfterChange();
    expect(change.queued).toBe(false);
    expect((await change.done).added).toEqual(['one']);
    expect(service.builds - before).toBe(1);
  });
});

describe('start-up', () => {
  it('with the corpus folder missing, serves the saved index and warns', async () => {
    const { service, corpusDir } = await setup();
    const saved = service.current!;
    await rm(corpusDir, { recursive: true });
    const logs: string[] = [];
    const logger = createLogger({ level: 'info', production: true, destination: new Writable({ write: (c: Buffer, _e, done) => (logs.push(c.toString()), done()) }) });
    const restarted = new IndexService({ corpusDir, indexPath: service.indexPath, logger });
    cleanups.push(() => restarted.close());
    const index = await restarted.load();
    expect(index.fingerprint).toBe(saved.fingerprint);
    expect(index.articles.map((a) => a.id)).toEqual(saved.articles.map((a) => a.id));
    const warnings = logs.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.level === 40);
    expect(warnings.map((w) => w.msg)).toEqual([expect.stringMatching(/does not exist.*Serving the saved index/)]);
  });
});
