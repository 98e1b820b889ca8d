import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Language } from '../lang/script.js';
import type { Outcome } from '../qa/types.js';

/**
 * Versioned migrations: each runs once, in order, inside a transaction; the database's user_version
 * says how many have run.
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
];

export interface AskedQuestion {
  id: number;
  at: number;
  text: string;
  language: Language;
  outcome: Outcome;
  /** 👎 presses on its answer. */
  down: number;
}

/**
 * What Sakshi keeps: the questions asked (text, language, outcome, time), and 👍/👎 on answers. No
 * Discord user id is stored: an asker or voter is a keyed hash (HMAC-SHA256) of the id, enough to count
 * a user once and nothing more. Records older than the retention are pruned.
 */
export class Store {
  private readonly db: Database.Database;
  private readonly key: Buffer;

  constructor(
    dataDir: string,
    private readonly retentionDays: number,
    private readonly now: () => number = Date.now,
  ) {
    mkdirSync(dataDir, { recursive: true });
    this.key = Store.hashKey(dataDir);
    this.db = new Database(path.join(dataDir, 'sakshi.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
    this.prune();
  }

  /** The key of the user hash: made on first start, kept beside the database, readable by its owner only. */
  private static hashKey(dataDir: string): Buffer {
    const file = path.join(dataDir, 'hash.key');
    const read = () => Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    try {
      return read();
    } catch {
      try {
        const key = randomBytes(32);
        writeFileSync(file, key.toString('hex'), { mode: 0o600, flag: 'wx' });
        return key;
      } catch (err) {
        // another process (a second shard) made it first
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') return read();
        throw err;
      }
    }
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  private migrate(): void {
    for (let v = this.schemaVersion; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  /** A user as stored: a keyed hash of the Discord id, never the id. */
  userHash(userId: string): string {
    return createHmac('sha256', this.key).update(userId).digest('hex').slice(0, 32);
  }

  /** Keep a question and how it was answered; the id goes into the answer's feedback buttons. */
  recordQuestion(q: { text: string; language: Language; outcome: Outcome; userId: string }): number {
    const r = this.db
      .prepare('INSERT INTO question (at, text, language, outcome, asker) VALUES (?, ?, ?, ?, ?)')
      .run(this.now(), q.text, q.language, q.outcome, this.userHash(q.userId));
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

  /** Questions of the last `days` days that were abstained on or got a 👎, newest first. */
  gaps(days: number): AskedQuestion[] {
    const since = this.now() - days * 86_400_000;
    return this.db
      .prepare(
        `SELECT q.id, q.at, q.text, q.language, q.outcome, COALESCE(SUM(f.vote = -1), 0) AS down
           FROM question q LEFT JOIN feedback f ON f.question = q.id
          WHERE q.at >= ?
          GROUP BY q.id
         HAVING q.outcome = 'abstained' OR down > 0
          ORDER BY q.at DESC`,
      )
      .all(since) as AskedQuestion[];
  }

  /** Drop records older than the retention. */
  prune(): number {
    const before = this.now() - this.retentionDays * 86_400_000;
    return this.db.prepare('DELETE FROM question WHERE at < ?').run(before).changes;
  }

  close(): void {
    this.db.close();
  }
}
