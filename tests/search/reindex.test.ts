import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexService } from '../../src/bot/index-service.js';
import { createLogger } from '../../src/log.js';
import { ask } from '../../src/qa/answer.js';
import { ReindexRefused, reindexCorpus } from '../../src/search/reindex.js';
import { ReindexFailed } from '../../src/search/reindex-runner.js';
import { CORPUS, ROOT, tempDir, writeFiles } from '../helpers/corpus.js';
import { writeSyntheticCorpus } from '../helpers/synthetic.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup() {
  const t = await tempDir('sakshi-reindex-');
  cleanups.push(t.cleanup);
  const corpusDir = path.join(t.dir, 'corpus');
  await cp(CORPUS, corpusDir, { recursive: true });
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', production: true, destination: new Writable({ write: (c: Buffer, _e, done) => (logs.push(c.toString()), done()) }) });
  const indexPath = path.join(t.dir, 'index', 'index.json');
  const service = new IndexService({ corpusDir, indexPath, logger });
  cleanups.push(() => service.close());
  return { dir: t.dir, corpusDir, indexPath, service, logs };
}

describe('a reindex', () => {
  it('indexes the good files and reports a broken, an empty and a binary file by name and reason', async () => {
    const s = await setup();
    await s.service.load();
    await writeFiles(s.corpusDir, {
      'broken.md': '---\ntitle: [unclosed\n---\nText.',
      'empty.md': '',
      'binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0x0a]),
      'new-one.md': '---\nlanguage: en\n---\nAIIMS restored all its servers on Friday.',
    });
    const report = await s.service.reindex();
    expect(report.added).toEqual(['new-one']);
    expect(report.failed.map((f) => f.file).sort()).toEqual(['binary.md', 'broken.md', 'empty.md']);
    const reason = Object.fromEntries(report.failed.map((f) => [f.file, f.reason]));
    expect(reason['broken.md']).toMatch(/not valid YAML/);
    expect(reason['empty.md']).toMatch(/empty/);
    expect(reason['binary.md']).toMatch(/binary/);
    expect(s.service.current!.articles.map((a) => a.id).sort()).toEqual(['000_9b279fca6304d5ce', '001_ac28f1257580f053', 'new-one']);
  });

  it('does not re-analyze an unchanged corpus, and re-analyzes only what changed', async () => {
    const s = await setup();
    await s.service.load();
    const unchanged = await s.service.reindex();
    expect(unchanged).toMatchObject({ unchanged: true, reanalyzed: 0, added: [], changed: [], removed: [] });
    await writeFiles(s.corpusDir, { 'extra.md': 'Five more servers were restored on Friday.' });
    const file = path.join(s.corpusDir, '001_ac28f1257580f053.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('source: Zee 24 Ghanta', 'source: Zee 24 Ghanta Digital'));
    await rm(path.join(s.corpusDir, '000_9b279fca6304d5ce.md'));
    const changed = await s.service.reindex();
    expect(changed).toMatchObject({ unchanged: false, reanalyzed: 2, added: ['extra'], changed: ['001_ac28f1257580f053'], removed: ['000_9b279fca6304d5ce'] });
    expect(s.service.current!.article('001_ac28f1257580f053')!.outlet).toBe('Zee 24 Ghanta Digital');
    const again = await reindexCorpus({ corpusDir: s.corpusDir, indexPath: s.indexPath, force: true });
    expect(again.report.reanalyzed).toBe(0);
  });

  it('killed halfway leaves the old index serving and on disk', async () => {
    const s = await setup();
    let cancelled = false;
    const service = new IndexService({
      corpusDir: s.corpusDir,
      indexPath: s.indexPath,
      logger: createLogger({ level: 'silent', production: true }),
      onProgress: (p) => {
        if (p.phase === 'analyzing' && p.done > 5 && !cancelled) {
          cancelled = true;
          void service.job!.cancel();
        }
      },
    });
    cleanups.push(() => service.close());
    const old = await service.load();
    const before = await readFile(s.indexPath);
    await writeSyntheticCorpus(s.corpusDir, 150);
    await expect(service.reindex()).rejects.toThrow(ReindexFailed);
    expect(cancelled).toBe(true);
    expect(service.current).toBe(old);
    expect(ask(service.current!, 'How many servers were hacked?').citations[0]!.quote).toContain('पांच');
    expect(await readFile(s.indexPath)).toEqual(before);
    expect((await readdir(path.dirname(s.indexPath))).filter((f) => f.endsWith('.json')).sort()).toEqual(['index.analysis.json', 'index.json']);
  });

  it('builds once for two concurrent calls, and both get the report', async () => {
    const s = await setup();
    await s.service.load();
    await writeFiles(s.corpusDir, { 'extra.md': 'Five more servers were restored on Friday.' });
    const before = s.service.builds;
    const [a, b] = await Promise.all([s.service.reindex(), s.service.reindex()]);
    expect(a).toBe(b);
    expect(s.service.builds - before).toBe(1);
    expect(a.added).toEqual(['extra']);
  });

  it('is refused, keeping the old index, when the corpus folder is gone or nothing valid is left', async () => {
    const s = await setup();
    const old = await s.service.load();
    for (const f of await readdir(s.corpusDir)) await writeFile(path.join(s.corpusDir, f), '---\nlanguage: xx\n---\nText.');
    await expect(s.service.reindex()).rejects.toThrow(/no valid article is left/);
    expect(s.service.current).toBe(old);
    await rm(s.corpusDir, { recursive: true });
    await expect(s.service.reindex()).rejects.toThrow(ReindexRefused);
    expect(s.service.current).toBe(old);
    expect((await IndexService.prototype.load.call(new IndexService({ corpusDir: CORPUS, indexPath: s.indexPath, logger: createLogger({ level: 'silent', production: true }) }))).fingerprint).toBe(old.fingerprint);
  });

  it('goes on answering questions while it builds', async () => {
    const s = await setup();
    await s.service.load();
    await writeSyntheticCorpus(s.corpusDir, 80);
    const building = s.service.reindex();
    let answeredDuring = 0;
    let finished = false;
    void building.finally(() => (finished = true));
    while (!finished) {
      await new Promise((r) => setImmediate(r));
      if (!finished && ask(s.service.current!, 'How many servers were hacked?').citations.length > 0) answeredDuring++;
    }
    expect(answeredDuring).toBeGreaterThan(0);
    expect((await building).added).toHaveLength(80);
  });
});

describe('one reindex, two doors', () => {
  it('npm run reindex in a shell is picked up by a running service, which then answers from it', async () => {
    const s = await setup();
    await s.service.load();
    s.service.watch();
    await writeFiles(s.corpusDir, { 'restored.md': '---\nlanguage: en\ntitle: AIIMS restores e-hospital\n---\nAIIMS restored its e-hospital servers on Saturday at 9:30 am.' });
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli.ts'), 'reindex', '--corpus', s.corpusDir, '--index', s.indexPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    expect((await once(child, 'exit'))[0]).toBe(0);
    // not a terminal: a plain summary, no progress bar
    expect(out).toMatch(/^Reindexed .* in \d+\.\d\d s: 3 articles \(1 analyzed anew\), \d+ passages\.\nAdded: restored\nChanged: none\nRemoved: none\nFailed: none\n$/);
    for (let i = 0; i < 100 && !s.logs.some((l) => l.includes('index reloaded')); i++) await new Promise((r) => setTimeout(r, 50));
    expect(s.logs.some((l) => l.includes('index reloaded'))).toBe(true);
    expect(ask(s.service.current!, 'When did AIIMS restore its e-hospital servers?').citations[0]!.source).toBe('restored');
  });
});

