import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/data/store.js';
import { gapKey, groupGaps } from '../../src/qa/gaps.js';
import { tempDir } from '../helpers/corpus.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});
const USER = '812345678901234567';

async function open(now = () => Date.now(), retention = 90) {
  const t = await tempDir('sakshi-store-');
  cleanups.push(t.cleanup);
  const store = new Store(t.dir, retention, now);
  cleanups.push(() => store.close());
  return { dir: t.dir, store };
}

describe('the store', () => {
  it('is created on first start with its migrations, and opens again without running them twice', async () => {
    const { dir, store } = await open();
    expect(store.schemaVersion).toBe(2);
    store.recordQuestion({ text: 'q', language: 'en', outcome: 'answered', userId: USER });
    store.close();
    cleanups.pop();
    const again = new Store(dir, 90);
    cleanups.push(() => again.close());
    expect(again.schemaVersion).toBe(2);
    expect(again.gaps(1)).toEqual([]);
    expect(await readdir(dir)).toEqual(expect.arrayContaining(['sakshi.sqlite', 'hash.key']));
  });

  it('stores no Discord user id in clear: askers and voters are keyed hashes', async () => {
    const { dir, store } = await open();
    const id = store.recordQuestion({ text: 'How many servers?', language: 'en', outcome: 'answered', userId: USER });
    store.recordFeedback(id, USER, -1);
    store.close();
    cleanups.pop();
    const raw = new Database(path.join(dir, 'sakshi.sqlite'), { readonly: true });
    const rows = JSON.stringify([raw.prepare('SELECT * FROM question').all(), raw.prepare('SELECT * FROM feedback').all()]);
    raw.close();
    expect(rows).not.toContain(USER);
    const bytes = await readFile(path.join(dir, 'sakshi.sqlite'));
    expect(bytes.includes(Buffer.from(USER))).toBe(false);
  });

  it('records one vote per user and answer; a second press changes it', async () => {
    const { store } = await open();
    const id = store.recordQuestion({ text: 'q', language: 'en', outcome: 'answered', userId: USER });
    expect(store.recordFeedback(id, USER, 1)).toBe('recorded');
    expect(store.recordFeedback(id, USER, -1)).toBe('changed');
    expect(store.recordFeedback(id, '899999999999999999', -1)).toBe('recorded');
    expect(store.gaps(1)).toMatchObject([{ id, down: 2 }]);
    expect(store.recordFeedback(id + 100, USER, -1)).toBeUndefined();
  });

  it('prunes records older than the retention, on start and when asked', async () => {
    let now = Date.UTC(2026, 0, 1);
    const { dir, store } = await open(() => now, 90);
    store.recordQuestion({ text: 'old', language: 'en', outcome: 'abstained', userId: USER });
    now += 91 * 86_400_000;
    store.recordQuestion({ text: 'new', language: 'en', outcome: 'abstained', userId: USER });
    expect(store.prune()).toBe(1);
    expect(store.gaps(1000).map((q) => q.text)).toEqual(['new']);
    store.close();
    cleanups.pop();
    now += 91 * 86_400_000;
    const later = new Store(dir, 90, () => now);
    cleanups.push(() => later.close());
    expect(later.gaps(1000)).toEqual([]);
  });
});

describe('grouping coverage gaps', () => {
  it('puts the same question in any of the three languages together, most asked first', () => {
    expect(gapKey('When were the hackers arrested?')).toBe(gapKey('हैकर्स को कब गिरफ्तार किया गया?'));
    expect(gapKey('When were the hackers arrested?')).toBe(gapKey('হ্যাকারদের কখন গ্রেফতার করা হয়েছে?'));
    expect(gapKey('When were the hackers arrested?')).not.toBe(gapKey('How many hackers were arrested?'));
    // a name the lexicon lacks, by its sound key, whatever the vowel marks each script's spelling gives it
    expect(gapKey('लूथर कौन था?')).toBe(gapKey('Who was Luther?'));
    expect(gapKey('किम कौन है?')).toBe(gapKey('Who is Kim?'));
    const groups = groupGaps([
      { text: 'Who won the cricket world cup?', language: 'en', outcome: 'abstained', down: 0, at: 5 },
      { text: 'When were the hackers arrested?', language: 'en', outcome: 'abstained', down: 0, at: 1 },
      { text: 'हैकर्स को कब गिरफ्तार किया गया?', language: 'hi', outcome: 'answered', down: 2, at: 3 },
    ]);
    expect(groups[0]).toEqual({ example: 'हैकर्स को कब गिरफ्तार किया गया?', count: 2, languages: ['en', 'hi'], abstained: 1, down: 2 });
    expect(groups[1]!.example).toBe('Who won the cricket world cup?');
  });
});
