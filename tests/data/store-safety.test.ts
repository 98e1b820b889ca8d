import { chmod, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DIRECT_MESSAGE, Store, StoreError } from '../../src/data/store.js';
import { tempDir } from '../helpers/corpus.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});
const USER = '812345678901234567';
const HERE = '900000000000000002';
const ELSEWHERE = '900000000000000777';
const DAY = 86_400_000;

async function folder() {
  const t = await tempDir('sakshi-store-');
  cleanups.push(t.cleanup);
  return path.join(t.dir, 'data');
}

function open(dir: string, now = () => Date.now(), retention = 90) {
  const store = new Store(dir, retention, now);
  cleanups.push(() => store.close());
  return store;
}

const mode = async (file: string) => (await stat(file)).mode & 0o777;

describe('the hash key', () => {
  it('is made on first start as 32 random bytes in hex, readable by its owner only, with nothing left beside it', async () => {
    const dir = await folder();
    open(dir);
    const key = (await readFile(path.join(dir, 'hash.key'), 'utf8')).trim();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await mode(path.join(dir, 'hash.key'))).toBe(0o600);
    expect((await readdir(dir)).filter((f) => f.startsWith('hash.key'))).toEqual(['hash.key']);
  });

  it.each([
    ['empty', ''],
    ['short', 'abcdef0123'],
    ['not hex', 'z'.repeat(64)],
    ['too long', 'a'.repeat(66)],
  ])('is refused when %s, naming the file, and never used', async (_what, content) => {
    const dir = await folder();
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'hash.key'), content);
    expect(() => open(dir)).toThrow(StoreError);
    expect(() => open(dir)).toThrow(path.join(dir, 'hash.key'));
    // nothing was stored under a bad key: the database was not even created
    expect(await readdir(dir)).toEqual(['hash.key']);
  });

  it('removes a key a crashed start left half-placed, and leaves a live process’s alone', async () => {
    const dir = await folder();
    await mkdir(dir, { recursive: true });
    // no process has this id (Linux ids stop at 4,194,304); this process's own id is alive
    const dead = path.join(dir, 'hash.key.999999999.abcdef012345.tmp');
    const live = path.join(dir, `hash.key.${process.ppid}.abcdef012345.tmp`);
    await writeFile(dead, 'a'.repeat(64));
    await writeFile(live, 'b'.repeat(64));
    open(dir);
    const left = (await readdir(dir)).filter((f) => f.startsWith('hash.key'));
    expect(left.sort()).toEqual(['hash.key', path.basename(live)].sort());
  });

  it('is read as it is when valid, a trailing newline allowed, so hashes stay the same across restarts', async () => {
    const dir = await folder();
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'hash.key'), `${'0123456789abcdef'.repeat(4)}\n`);
    const first = open(dir).userHash(USER);
    const other = await folder();
    await mkdir(other, { recursive: true });
    await writeFile(path.join(other, 'hash.key'), '0123456789abcdef'.repeat(4));
    expect(open(other).userHash(USER)).toBe(first);
    expect(await readFile(path.join(dir, 'hash.key'), 'utf8')).toBe(`${'0123456789abcdef'.repeat(4)}\n`);
  });
});

describe('what the data folder lets others read', () => {
  it('is nothing: the folder is 0700 and the database and its log files 0600', async () => {
    const dir = await folder();
    const store = open(dir);
    store.recordQuestion({ text: 'q', language: 'en', outcome: 'answered', userId: USER });
    expect(await mode(dir)).toBe(0o700);
    for (const f of await readdir(dir)) expect([f, await mode(path.join(dir, f))]).toEqual([f, 0o600]);
    expect(await readdir(dir)).toEqual(expect.arrayContaining(['sakshi.sqlite', 'sakshi.sqlite-wal', 'hash.key']));
  });

  it('is nothing for a folder made by an earlier version either: its modes are tightened on start', async () => {
    const dir = await folder();
    open(dir).close();
    cleanups.pop();
    await chmod(dir, 0o755);
    await chmod(path.join(dir, 'sakshi.sqlite'), 0o644);
    await chmod(path.join(dir, 'hash.key'), 0o644);
    open(dir);
    expect(await mode(dir)).toBe(0o700);
    expect(await mode(path.join(dir, 'sakshi.sqlite'))).toBe(0o600);
    expect(await mode(path.join(dir, 'hash.key'))).toBe(0o600);
  });
});

describe('deleted records', () => {
  const SECRET = 'Where does the whistleblower Ramesh Kumar live';

  /** Every byte Sakshi keeps in the folder: the database and its write-ahead log. */
  async function bytesOnDisk(dir: string): Promise<Buffer> {
    const files = (await readdir(dir)).filter((f) => f.startsWith('sakshi.sqlite'));
    return Buffer.concat(await Promise.all(files.map((f) => readFile(path.join(dir, f)))));
  }

  it('are overwritten, not left readable in the database file or its log, once pruned', async () => {
    let now = Date.UTC(2026, 0, 1);
    const dir = await folder();
    const store = open(dir, () => now, 90);
    store.recordQuestion({ text: SECRET, language: 'en', outcome: 'abstained', userId: USER, server: HERE });
    expect((await bytesOnDisk(dir)).includes(Buffer.from(SECRET))).toBe(true);
    now += 91 * DAY;
    store.recordQuestion({ text: 'new question', language: 'en', outcome: 'abstained', userId: USER, server: HERE });
    expect(store.prune()).toBe(1);
    // while the store is still open, and after it is closed
    expect((await bytesOnDisk(dir)).includes(Buffer.from(SECRET))).toBe(false);
    store.close();
    cleanups.pop();
    expect((await bytesOnDisk(dir)).includes(Buffer.from(SECRET))).toBe(false);
    const raw = new Database(path.join(dir, 'sakshi.sqlite'), { readonly: true });
    expect(raw.prepare('SELECT text FROM question').all()).toEqual([{ text: 'new question' }]);
    raw.close();
  });
});

describe('migrations', () => {
  it('bring a database of the first version up to date, keeping its records, and show them to no server', async () => {
    const dir = await folder();
    await mkdir(dir, { recursive: true });
    const old = new Database(path.join(dir, 'sakshi.sqlite'));
    old.exec(`CREATE TABLE question (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, text TEXT NOT NULL, language TEXT NOT NULL,
                outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'abstained', 'conflict')), asker TEXT NOT NULL);
              CREATE INDEX question_at ON question (at);
              CREATE TABLE feedback (question INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE, voter TEXT NOT NULL,
                vote INTEGER NOT NULL CHECK (vote IN (-1, 1)), at INTEGER NOT NULL, PRIMARY KEY (question, voter));
              PRAGMA user_version = 1;`);
    old.prepare('INSERT INTO question (at, text, language, outcome, asker) VALUES (?, ?, ?, ?, ?)').run(Date.now(), 'asked before the upgrade', 'en', 'abstained', 'x');
    old.close();
    const store = open(dir);
    expect(store.schemaVersion).toBeGreaterThan(1);
    expect(store.gaps(7).map((q) => q.text)).toEqual(['asked before the upgrade']);
    // where it was asked is not known: no server is shown it
    expect(store.gapGroups(7, { server: HERE, limit: 10 }).groups).toEqual([]);
    expect(store.gapGroups(7, { server: null, limit: 10 }).groups).toEqual([]);
    const version = store.schemaVersion;
    store.close();
    cleanups.pop();
    expect(open(dir).schemaVersion).toBe(version);
  });
});

describe('the questions /gaps reads', () => {
  it('are the server’s own: another server’s and direct messages’ are never among them', async () => {
    const store = open(await folder());
    store.recordQuestion({ text: 'Who won the cricket world cup?', language: 'en', outcome: 'abstained', userId: USER, server: ELSEWHERE });
    store.recordQuestion({ text: 'When were the hackers arrested?', language: 'en', outcome: 'abstained', userId: USER, server: HERE });
    store.recordQuestion({ text: 'What is the ransom demand?', language: 'en', outcome: 'abstained', userId: USER, server: null });
    expect(store.gapGroups(7, { server: HERE, limit: 10 }).groups.map((g) => g.example)).toEqual(['When were the hackers arrested?']);
    expect(store.gapGroups(7, { server: ELSEWHERE, limit: 10 }).groups.map((g) => g.example)).toEqual(['Who won the cricket world cup?']);
    expect(store.serverHash(null)).toBe(DIRECT_MESSAGE);
    expect(store.serverHash(HERE)).not.toContain(HERE);
  });

  it('count a private question in its group and never show its wording', async () => {
    let now = Date.UTC(2026, 0, 1);
    const store = open(await folder(), () => now);
    const ask = (text: string, language: 'en' | 'hi', priv: boolean) => {
      now += 1000;
      return store.recordQuestion({ text, language, outcome: 'abstained', userId: USER, server: HERE, private: priv });
    };
    ask('When were the hackers arrested?', 'en', false);
    ask('हैकर्स को कब गिरफ्तार किया गया?', 'hi', true);
    ask('Where does the informant live?', 'en', true);
    const { groups, total } = store.gapGroups(7, { server: HERE, limit: 10 });
    expect(total).toBe(2);
    expect(groups[0]).toMatchObject({ example: 'When were the hackers arrested?', count: 2, privately: 1, languages: ['hi', 'en'], abstained: 2, down: 0 });
    expect(groups[1]).toMatchObject({ example: null, count: 1, privately: 1 });
    expect(JSON.stringify(groups)).not.toMatch(/गिरफ्तार|informant/);
  });

  it('are grouped in SQL by the key stored with each question, most asked first, with their 👎', async () => {
    let now = Date.UTC(2026, 0, 1);
    const store = open(await folder(), () => now);
    const ask = (text: string, outcome: 'answered' | 'abstained') => {
      now += 1000;
      return store.recordQuestion({ text, language: 'en', outcome, userId: USER, server: HERE });
    };
    const liked = ask('How many servers were hacked?', 'answered');
    ask('Who won the cricket world cup?', 'abstained');
    ask('When were the hackers arrested?', 'abstained');
    ask('When were hackers arrested?', 'abstained');
    store.recordFeedback(liked, '899999999999999991', -1);
    store.recordFeedback(liked, '899999999999999992', -1);
    ask('Is the e-hospital working?', 'answered');
    const { groups } = store.gapGroups(7, { server: HERE, limit: 10 });
    expect(groups.map((g) => [g.example, g.count, g.abstained, g.down])).toEqual([
      ['When were hackers arrested?', 2, 2, 0],
      ['Who won the cricket world cup?', 1, 1, 0],
      ['How many servers were hacked?', 1, 0, 2],
    ]);
  });

  it('are at most the limit, out of 10,000 stored questions of 10,000 kinds', async () => {
    const dir = await folder();
    const store = open(dir);
    store.recordQuestion({ text: 'seed', language: 'en', outcome: 'abstained', userId: USER, server: HERE });
    // 10,000 more questions, written in one transaction beside the store (their keys made up: all different)
    const raw = new Database(path.join(dir, 'sakshi.sqlite'));
    const insert = raw.prepare('INSERT INTO question (at, text, language, outcome, asker, server, private, gap_key) VALUES (?, ?, ?, ?, ?, ?, 0, ?)');
    raw.transaction(() => {
      for (let i = 0; i < 10_000; i++) insert.run(Date.now() - i, `question number ${i}`, 'en', 'abstained', 'x', store.serverHash(HERE), `thing|q${i}`);
    })();
    raw.close();
    const { groups, total } = store.gapGroups(7, { server: HERE, limit: 50 });
    expect(groups).toHaveLength(50);
    expect(total).toBe(10_001);
    expect(store.gaps(7, 200)).toHaveLength(200);
  });
});
