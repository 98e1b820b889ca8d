import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyCorpus, tempDir } from '../helpers/corpus.js';
import { MODERATOR_ROLE } from './fake-discord.js';
import { startBot, str, type Running } from './harness.js';

const MOD = { roles: [MODERATOR_ROLE] };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** About 800 KB of `title: [[[[…]]]]`: under the 1 MB upload limit, deep enough to overflow a YAML parser's stack. */
const NESTED = `---\ntitle: ${'['.repeat(400_000)}${']'.repeat(400_000)}\n---\nThe servers were hacked.\n`;

async function start(tmp?: { dir: string; cleanup: () => Promise<void> }, corpusDir?: string) {
  const corpus = corpusDir ? undefined : await copyCorpus();
  const own = tmp ?? (await tempDir('sakshi-hostile-'));
  const r = await startBot({ CORPUS_DIR: corpusDir ?? corpus!.dir, MODERATOR_ROLE_IDS: MODERATOR_ROLE }, { tmp: own });
  cleanups.push(() => r.stop());
  if (corpus) cleanups.push(corpus.cleanup);
  if (!tmp) cleanups.push(own.cleanup);
  return { r, corpus: corpusDir ?? corpus!.dir, tmp: own };
}

function add(r: Running, name: string, content: string) {
  const a = r.discord.attachment(name, content);
  const id = r.discord.command('corpus', [{ name: 'add', type: 1, options: [a.option] }], MOD, a.resolved);
  return r.discord.waitFor(() => [...r.discord.repliesTo(id)].reverse().find((x) => x.kind === 'edit' || (x.kind === 'callback' && x.type === 4)), 60_000);
}

async function expectAnswers(r: Running) {
  const answer = await r.discord.finalReply(r.discord.command('ask', [str('question', 'How many servers were hacked at AIIMS?')]));
  expect(answer.data.embeds[0].title).toBe('Answer: पांच सर्वर (5)');
}

describe('hostile files', () => {
  it('refuses three 800 KB nested front matters with the reason, and answers right after', async () => {
    const { r, corpus } = await start();
    const before = await readdir(corpus);
    for (const name of ['nested-1.md', 'nested-2.md', 'nested-3.md']) {
      const reply = await add(r, name, NESTED);
      expect(reply.data.content).toMatch(/^Not done, nothing was written: /);
      expect(reply.data.content).toMatch(new RegExp(`${name.replace('.', '\\.')}.*front matter is not valid YAML for an article: it is 781\\.3 KB, over the 4 KB limit for front matter`));
    }
    expect(await readdir(corpus)).toEqual(before);
    await expectAnswers(r);
  });

  it('starts and serves, across a restart, with the same files in the corpus folder, reporting them as failed', async () => {
    const corpus = await copyCorpus();
    cleanups.push(corpus.cleanup);
    for (const n of [1, 2, 3]) await writeFile(path.join(corpus.dir, `nested-${n}.md`), NESTED);
    const tmp = await tempDir('sakshi-hostile-');
    cleanups.push(tmp.cleanup);
    const first = await start(tmp, corpus.dir);
    const failed = (r: Running) => r.service.current!.failures.map((f) => [f.file, f.reason.replace(/:.*/, '')]);
    const expected = [1, 2, 3].map((n) => [`nested-${n}.md`, 'front matter is not valid YAML for an article']);
    expect(failed(first.r)).toEqual(expected);
    await expectAnswers(first.r);
    await first.r.stop();
    const again = await start(tmp, corpus.dir);
    expect(failed(again.r)).toEqual(expected);
    await expectAnswers(again.r);
  });

  it('indexes or refuses a 1 MB one-line article within 60 s, acknowledging /ask within 3 s throughout', async () => {
    const { r } = await start();
    let line = '';
    for (let i = 0; line.length < 1_000_000 - 100; i++) line += `The police said that ${i} servers were hacked on day ${i % 7}. `;
    const started = Date.now();
    const added = add(r, 'one-line.md', `---\nlanguage: en\n---\n${line}\n`);
    let settled = false;
    void added.finally(() => (settled = true));
    const asks: string[] = [];
    while (!settled) {
      asks.push(r.discord.command('ask', [str('question', 'How many servers were hacked at AIIMS?')], { user: { id: String(840000000000000000n + BigInt(asks.length)), username: `u${asks.length}` } }));
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const reply = await added;
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(reply.data.content).toMatch(/^Added one-line\.md\.$|^Not done/);
    expect(asks.length).toBeGreaterThan(0);
    for (const id of asks) {
      const ack = await r.discord.waitFor(() => r.discord.repliesTo(id).find((x) => x.kind === 'callback'));
      expect(ack.at - r.discord.sentAt.get(id)!).toBeLessThan(3000);
    }
  }, 90_000);
});
