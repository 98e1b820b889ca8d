import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/corpus.js';

const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CHILD = path.join(ROOT, 'tests/data/open-store.ts');
const PROCESSES = 5;
const ROUNDS = 2;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** Start a process that opens the Store on `dir` when told to; resolves once it is ready. */
async function child(dir: string) {
  const p = spawn(process.execPath, [TSX, CHILD, dir], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = once(p, 'exit').then(([code]) => code as number | null);
  const ready = new Promise<void>((resolve, reject) => {
    p.stdout.on('data', () => stdout.startsWith('ready\n') && resolve());
    void exited.then((code) => reject(new Error(`child exited ${code} before it was ready: ${stderr}`)));
  });
  await ready;
  return { go: () => p.stdin.write('go\n'), exited, output: () => ({ stdout, stderr }) };
}

describe('processes starting together on a fresh data folder', () => {
  it(`all start (${PROCESSES} at once, ${ROUNDS} times), with one key and each migration run once`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const t = await tempDir('sakshi-race-');
      cleanups.push(t.cleanup);
      const dir = path.join(t.dir, 'data');
      const children = await Promise.all(Array.from({ length: PROCESSES }, () => child(dir)));
      for (const c of children) c.go();
      const codes = await Promise.all(children.map((c) => c.exited));
      expect(codes, children.map((c) => c.output().stderr).join('\n')).toEqual(Array(PROCESSES).fill(0));

      const said = children.map((c) => JSON.parse(c.output().stdout.split('\n')[1]!) as { version: number; user: string });
      // every process hashed with the same key, the one in the folder
      expect(new Set(said.map((s) => s.user)).size).toBe(1);
      const key = (await readFile(path.join(dir, 'hash.key'), 'utf8')).trim();
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect((await readdir(dir)).filter((f) => f.startsWith('hash.key'))).toEqual(['hash.key']);

      const db = new Database(path.join(dir, 'sakshi.sqlite'), { readonly: true });
      const version = db.pragma('user_version', { simple: true }) as number;
      const questions = db.prepare('SELECT COUNT(*) AS n FROM question').get() as { n: number };
      db.close();
      expect(said.map((s) => s.version)).toEqual(Array(PROCESSES).fill(version));
      expect(questions.n).toBe(PROCESSES);
    }
  }, 120_000);
});
