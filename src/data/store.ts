import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Language } from '../lang/script.js';
import { gapKey } from '../qa/gaps.js';
import type { Outcome } from '../qa/types.js';
import { isAlive } from '../files.js';

/**
 * Versioned migrations: each runs once, in order, inside a `BEGIN IMMEDIATE` transaction that also
 * reads the database's user_version (how many have run), so that processes starting together on one
 * folder run each exactly once.
 */
const MIGRATIONS: string[] = [
  `CREATE TABLE question (
     id INTEGER PRIMARY KEY,
     at INTEGER NOT NULL,
     text TEXT NOT NULL,
     language TEXT NOT NULL,
     outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'abstained', 'conflict')),
     asker TEXT NOT NULL
   );
   CREATE INDEX question_at ON question (at);
   CREATE TABLE feedback (
     question INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
     voter TEXT NOT NULL,
     vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
     at INTEGER NOT NULL,
     PRIMARY KEY (question, voter)
   );`,
  // where a question was asked (a keyed hash of the server; '' for those stored before: shown nowhere),
  // whether it was asked privately, and what it asks (gapKey), so that /gaps groups in SQL
  `ALTER TABLE question ADD COLUMN server TEXT NOT NULL DEFAULT '';
   ALTER TABLE question ADD COLUMN private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1));
   ALTER TABLE question ADD COLUMN gap_key TEXT NOT NULL DEFAULT '';
   CREATE INDEX question_server_at ON question (server, at);`,
];

/** How a question asked in a direct message is stored in place of a server hash. */
export const DIRECT_MESSAGE = 'dm';

/** A key is 32 random bytes, kept as 64 hex characters. */
const KEY_HEX = /^[0-9a-f]{64}$/i;

export interface AskedQuestion {
  id: number;
  at: number;
  text: string;
  language: Language;
  outcome: Outcome;
  /** 👎 presses on its answer. */
  down: number;
}

/** Questions of one server that ask the same thing (one gapKey), as /gaps lists them. */
export interface GapGroup {
  key: string;
  /** The most recent wording asked in the open; null when every question of the group was private. */
  example: string | null;
  count: number;
  /** How many were asked with `private: true`: counted, never shown. */
  privately: number;
  /** Most recently asked first. */
  languages: Language[];
  abstained: number;
  down: number;
  latest: number;
}

/** How long opening the database waits for another process that holds it (its busy timeout, and the WAL switch's retries). */
const OPEN_TIMEOUT_MS = 10_000;
/** A word to wait on: `Atomics.wait` sleeps the constructor, which must be synchronous, between tries. */
const SLEEPER = new Int32Array(new SharedArrayBuffer(4));

/** The data folder cannot be used as it is; the message names the file and what to do. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/**
 * What Sakshi keeps: the questions asked (text, language, outcome, time, a keyed hash of the server,
 * whether asked privately, and what they ask), and 👍/👎 on answers. No Discord user or server id is
 * stored: an asker, voter or server is a keyed hash (HMAC-SHA256) of the id, enough to count a user
 * once or to tell servers apart and nothing more. Records older than the retention are pruned, and
 * deleted records are overwritten (secure_delete). The folder is its owner's only (0700, files 0600).
 */
export class Store {
  private readonly db: Database.Database;
  private readonly key: Buffer;

  constructor(
    dataDir: string,
    private readonly retentionDays: number,
    private readonly now: () => number = Date.now,
  ) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    ownerOnly(dataDir, 0o700);
    this.key = Store.hashKey(dataDir);
    const file = path.join(dataDir, 'sakshi.sqlite');
    // made 0600 before SQLite opens it: SQLite gives its -wal and -shm files the database file's mode
    closeSync(openSync(file, 'a', 0o600));
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) ownerOnly(f, 0o600);
    this.db = new Database(file, { timeout: OPEN_TIMEOUT_MS });
    Store.toWal(this.db);
    this.db.pragma('foreign_keys = ON');
    // a deleted record's bytes are overwritten with zeros, not left readable in free pages
    this.db.pragma('secure_delete = ON');
    this.migrate();
    this.prune();
  }

  /**
   * Switch the database to WAL. On a fresh file several processes starting together race for this
   * switch, and SQLite answers SQLITE_BUSY to the losers at once, without waiting its busy timeout, so
   * the switch is tried again, a little later each time, until the same timeout has passed.
   */
  private static toWal(db: Database.Database): void {
    const deadline = Date.now() + OPEN_TIMEOUT_MS;
    for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
      try {
        db.pragma('journal_mode = WAL');
        return;
      } catch (e) {
        if ((e as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() + wait > deadline) throw e;
        Atomics.wait(SLEEPER, 0, 0, wait);
      }
    }
  }

  /**
   * The key of the hashes: 32 random bytes made on first start, kept beside the database, readable by
   * its owner only. A key that is not 64 hex characters is refused, never used as it is. A new key is
   * written whole to a file of its own and hard-linked into place, which fails if a key is already
   * there: of processes starting together, one key wins and every process reads the winner.
   */
  private static hashKey(dataDir: string): Buffer {
    const file = path.join(dataDir, 'hash.key');
    const read = (): Buffer | undefined => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8').trim();
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
      if (!KEY_HEX.test(text)) {
        throw new StoreError(
          `${file} does not hold a key (64 hex characters, 32 bytes): it holds ${text.length === 0 ? 'nothing' : `${text.length} characters${/^[0-9a-f]*$/i.test(text) ? '' : ', not all hex'}`}. Restore it from a backup, or delete it to make a new one (the hashes already stored will then no longer match).`,
        );
      }
      ownerOnly(file, 0o600);
      return Buffer.from(text, 'hex');
    };
    const existing = read();
    if (existing) return existing;
    // a key a crashed start left half-placed is a secret lying about: removed
    for (const name of readdirSync(path.dirname(file))) {
      const m = /^hash\.key\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
      if (m && !isAlive(Number(m[1]))) rmSync(path.join(path.dirname(file), name), { force: true });
    }
    const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(tmp, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    try {
      linkSync(tmp, file);
    } catch (err) {
      // another process (a second shard) put its key there first: the one in place is the key
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      unlinkSync(tmp);
    }
    return read()!;
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /** Run the migrations not yet run, one transaction each; the version is read under the write lock. */
  private migrate(): void {
    const step = this.db.transaction((): boolean => {
      const v = this.schemaVersion;
      if (v >= MIGRATIONS.length) return false;
      this.db.exec(MIGRATIONS[v]!);
      this.db.pragma(`user_version = ${v + 1}`);
      return true;
    });
    let ran = true;
    while (ran) ran = step.immediate();
  }

  /** A user as stored: a keyed hash of the Discord id, never the id. */
  userHash(userId: string): string {
    return createHmac('sha256', this.key).update(userId).digest('hex').slice(0, 32);
  }

  /** Where a question was asked, as stored: a keyed hash of the server id, or DIRECT_MESSAGE. */
  serverHash(serverId: string | null): string {
    if (serverId === null) return DIRECT_MESSAGE;
    // a prefix keeps the server hashes apart from the user hashes under the same key
    return createHmac('sha256', this.key).update(`server:${serverId}`).digest('hex').slice(0, 32);
  }

  /**
   * Keep a question and how it was answered; the id goes into the answer's feedback buttons. `server`
   * is the server it was asked in (null or absent: a direct message); `private` that it was asked with
   * the `private` option, so that /gaps counts it without showing it. What it asks (gapKey) is worked
   * out here, once, so that /gaps never analyzes stored questions.
   */
  recordQuestion(q: { text: string; language: Language; outcome: Outcome; userId: string; server?: string | null; private?: boolean }): number {
    const r = this.db
      .prepare('INSERT INTO question (at, text, language, outcome, asker, server, private, gap_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(this.now(), q.text, q.language, q.outcome, this.userHash(q.userId), this.serverHash(q.server ?? null), q.private ? 1 : 0, gapKey(q.text));
    return Number(r.lastInsertRowid);
  }

  /** A 👍 or 👎, once per user and answer (a second press changes it). Undefined when the question is gone. */
  recordFeedback(questionId: number, userId: string, vote: 1 | -1): 'recorded' | 'changed' | undefined {
    if (!this.db.prepare('SELECT 1 FROM question WHERE id = ?').get(questionId)) return undefined;
    const voter = this.userHash(userId);
    const before = this.db.prepare('SELECT vote FROM feedback WHERE question = ? AND voter = ?').get(questionId, voter) as { vote: number } | undefined;
    this.db
      .prepare('INSERT INTO feedback (question, voter, vote, at) VALUES (?, ?, ?, ?) ON CONFLICT (question, voter) DO UPDATE SET vote = excluded.vote, at = excluded.at')
      .run(questionId, voter, vote, this.now());
    return before ? 'changed' : 'recorded';
  }

  /**
   * Questions of the last `days` days that were abstained on or got a 👎, newest first, at most
   * `limit`, from every server and private ones included: for the operator, never for a Discord reply
   * (/gaps uses `gapGroups`).
   */
  gaps(days: number, limit = 1000): AskedQuestion[] {
    const since = this.now() - days * 86_400_000;
    return this.db
      .prepare(
        `SELECT q.id, q.at, q.text, q.language, q.outcome, COALESCE(SUM(f.vote = -1), 0) AS down
           FROM question q LEFT JOIN feedback f ON f.question = q.id
          WHERE q.at >= ?
          GROUP BY q.id
         HAVING q.outcome = 'abstained' OR down > 0
          ORDER BY q.at DESC
          LIMIT ?`,
      )
      .all(since, limit) as AskedQuestion[];
  }

  /**
   * What /gaps shows: the questions asked in one server over the last `days` days that were abstained
   * on or got a 👎, grouped by what they ask (gapKey, stored with each question), most asked first,
   * at most `limit` groups, all in SQL. A private question counts in its group; its wording is never
   * the example. Also how many groups there are in all.
   */
  gapGroups(days: number, where: { server: string | null; limit: number }): { groups: GapGroup[]; total: number } {
    const since = this.now() - days * 86_400_000;
    const server = this.serverHash(where.server);
    const gaps = `
      asked AS (
        SELECT q.id, q.at, q.text, q.language, q.outcome, q.private, q.gap_key,
               (SELECT COUNT(*) FROM feedback f WHERE f.question = q.id AND f.vote = -1) AS down
          FROM question q
         WHERE q.server = @server AND q.at >= @since
      ),
      gap AS (SELECT * FROM asked WHERE outcome = 'abstained' OR down > 0)`;
    const rows = this.db
      .prepare(
        `WITH ${gaps},
         ranked AS (
           SELECT *,
                  ROW_NUMBER() OVER (PARTITION BY gap_key, private ORDER BY at DESC, id DESC) AS wording,
                  ROW_NUMBER() OVER (PARTITION BY gap_key, language ORDER BY at DESC, id DESC) AS latest_in_language
             FROM gap
         )
         SELECT gap_key AS key,
                MAX(CASE WHEN private = 0 AND wording = 1 THEN text END) AS example,
                COUNT(*) AS count,
                SUM(private) AS privately,
                group_concat(CASE WHEN latest_in_language = 1 THEN language END, ',' ORDER BY at DESC, id DESC) AS languages,
                SUM(outcome = 'abstained') AS abstained,
                SUM(down) AS down,
                MAX(at) AS latest
           FROM ranked
          GROUP BY gap_key
          ORDER BY count DESC, latest DESC, key
          LIMIT @limit`,
      )
      .all({ server, since, limit: where.limit }) as (Omit<GapGroup, 'languages'> & { languages: string })[];
    const { total } = this.db.prepare(`WITH ${gaps} SELECT COUNT(DISTINCT gap_key) AS total FROM gap`).get({ server, since }) as { total: number };
    return { groups: rows.map((r) => ({ ...r, languages: r.languages.split(',') as Language[] })), total };
  }

  /**
   * Drop records older than the retention, then fold the write-ahead log into the database and empty
   * it, so that what was deleted does not stay readable there either.
   */
  prune(): number {
    const before = this.now() - this.retentionDays * 86_400_000;
    const removed = this.db.prepare('DELETE FROM question WHERE at < ?').run(before).changes;
    if (removed > 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return removed;
  }

  close(): void {
    this.db.close();
  }
}

/** Make a file or folder its owner's only; one that cannot be is refused, naming it. */
function ownerOnly(file: string, mode: number): void {
  try {
    chmodSync(file, mode);
  } catch (err) {
    throw new StoreError(`could not make ${file} private to its owner (mode ${mode.toString(8)}): ${(err as Error).message}`);
  }
}
