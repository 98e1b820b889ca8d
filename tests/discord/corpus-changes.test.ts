import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReindexReport } from '../../src/bot/index-service.js';
import { copyCorpus, tempDir } from '../helpers/corpus.js';
import { MODERATOR_ROLE } from './fake-discord.js';
import { startBot, str, type Running } from './harness.js';

const MOD = { roles: [MODERATOR_ROLE] };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  while (cleanups.length) await cleanups.pop()!();
});

async function start() {
  const corpus = await copyCorpus();
  const tmp = await tempDir('sakshi-changes-');
  const r = await startBot({ CORPUS_DIR: corpus.dir, MODERATOR_ROLE_IDS: MODERATOR_ROLE }, { tmp });
  cleanups.push(corpus.cleanup, tmp.cleanup, () => r.stop());
  return { r, corpus: corpus.dir };
}

const ARTICLE = '---\ntitle: AIIMS restores e-hospital\nlanguage: en\nsource: Test Wire\n---\nAIIMS restored its e-hospital servers on Saturday at 9:30 am after a week.\n';

function sendAdd(r: Running, name: string, content: string) {
  const a = r.discord.attachment(name, content);
  return r.discord.command('corpus', [{ name: 'add', type: 1, options: [a.option] }], MOD, a.resolved);
}

/** Add, and wait for the reply that ends it: a refusal, or the report. */
function add(r: Running, name: string, content: string) {
  const id = sendAdd(r, name, content);
  return r.discord.waitFor(() => r.discord.repliesTo(id).find((x) => x.kind === 'edit' && (x.data.embeds?.length || /^Not done/.test(x.data.content))));
}

describe('/corpus add during a running reindex', () => {
  it('says the article waits for that reindex and one more, then reports the one more, and the article is searchable', async () => {
    const { r } = await start();
    const before = r.service.builds;
    // a reindex (another moderator's) is running at the moment the added article asks for its build
    let running: Promise<ReindexReport> | undefined;
    const real = r.service.reindexAfterChange.bind(r.service);
    vi.spyOn(r.service, 'reindexAfterChange').mockImplementationOnce(() => {
      running = r.service.reindex({ force: true });
      return real();
    });
    const id = sendAdd(r, 'e-hospital.md', ARTICLE);
    const note = await r.discord.waitFor(() => r.discord.repliesTo(id).find((x) => x.kind === 'edit' && !x.data.embeds?.length));
    expect(note.data.content).toBe('Added e-hospital.md. It will be searchable after the reindex that is running now and one more; the report follows here.');
    const report = await r.discord.waitFor(() => r.discord.repliesTo(id).find((x) => x.kind === 'edit' && x.data.embeds?.length));
    expect(report.data.content).toBe('Added e-hospital.md.');
    expect(report.data.embeds[0].title).toBe('Reindex');
    await running;
    expect(r.service.builds - before).toBe(2);
    const answer = await r.discord.finalReply(r.discord.command('ask', [str('question', 'When did AIIMS restore its e-hospital servers?')]));
    expect(answer.data.embeds[0].title).toBe('Answer: Saturday at 9:30 am');
  });
});

describe('/corpus add names', () => {
  it('refuses an upload named only ".md", and writes nothing', async () => {
    const { r, corpus } = await start();
    const before = await readdir(corpus);
    const reply = await add(r, '.md', ARTICLE);
    expect(reply.data.content).toMatch(/^Not done, nothing was written: the file name "\.md" has nothing before \.md/);
    expect(await readdir(corpus)).toEqual(before);
  });

  it('takes a name differing only in case as the same article', async () => {
    const { r, corpus } = await start();
    await add(r, 'e-hospital.md', ARTICLE);
    const before = await readdir(corpus);
    const again = await add(r, 'E-Hospital.MD', ARTICLE);
    expect(again.data.content).toMatch(/an article e-hospital\.md already exists; upload again with replace: true/);
    expect(await readdir(corpus)).toEqual(before);
  });
});
