import { readdir, readFile } from 'node:fs/promises';
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

async function start() {
  const corpus = await copyCorpus();
  const tmp = await tempDir('sakshi-mod-');
  const r = await startBot({ CORPUS_DIR: corpus.dir, MODERATOR_ROLE_IDS: MODERATOR_ROLE }, { tmp });
  cleanups.push(corpus.cleanup, tmp.cleanup, () => r.stop());
  return { r, corpus: corpus.dir, tmp };
}

const ARTICLE = '---\ntitle: AIIMS restores e-hospital\nlanguage: en\nsource: Test Wire\n---\nAIIMS restored its e-hospital servers on Saturday at 9:30 am after a week.\n';

async function add(r: Running, name: string, content: string | Uint8Array, opts = MOD, declaredSize?: number) {
  const a = r.discord.attachment(name, content, declaredSize);
  const id = r.discord.command('corpus', [{ name: 'add', type: 1, options: [a.option] }], opts, a.resolved);
  return r.discord.waitFor(() => [...r.discord.repliesTo(id)].reverse().find((x) => x.kind === 'edit' || (x.kind === 'callback' && x.type === 4)));
}

describe('/corpus add', () => {
  it('adds an article from an attachment, reindexes, and answers from it right after', async () => {
    const { r, corpus } = await start();
    const reply = await add(r, 'e-hospital.md', ARTICLE);
    expect(reply.data.content).toBe('Added e-hospital.md.');
    expect(reply.data.embeds[0].fields[0]).toEqual({ name: 'Added (1)', value: '- e-hospital' });
    expect(await readFile(path.join(corpus, 'e-hospital.md'), 'utf8')).toBe(ARTICLE);
    const answer = await r.discord.finalReply(r.discord.command('ask', [str('question', 'When did AIIMS restore its e-hospital servers?')]));
    expect(answer.data.embeds[0].title).toBe('Answer: Saturday at 9:30 am');
    expect(answer.data.embeds[0].fields[0].value).toMatch(/AIIMS restores e-hospital · Test Wire/);
  });

  it('is refused for a member who is not a moderator, and writes nothing', async () => {
    const { r, corpus } = await start();
    const before = await readdir(corpus);
    const reply = await add(r, 'e-hospital.md', ARTICLE, { roles: [] } as never);
    expect(reply.data.content).toBe('Only moderators (Manage Server, or a moderator role) can do this.');
    expect(await readdir(corpus)).toEqual(before);
  });

  it.each([
    ['bad front matter', 'bad.md', '---\ntitle: [unclosed\n---\nText.', undefined, /not valid YAML/],
    ['a binary file', 'image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), undefined, /binary/],
    ['a 2 MB file', 'huge.md', 'a'.repeat(2 * 1024 * 1024), undefined, /2\.0 MB, over the 1 MB limit/],
    ['a file that claims 2 MB', 'claims.md', ARTICLE, 2 * 1024 * 1024, /over the 1 MB limit/],
    // the download stops as soon as the bytes pass the limit, whatever size was claimed
    ['a 2 MB file that claims 10 bytes', 'liar.md', 'a'.repeat(2 * 1024 * 1024), 10, /liar\.md is 1\.\d MB, over the 1 MB limit/],
    ['a name with a path', '../../etc/x.md', ARTICLE, undefined, /has a path in it/],
    ['another type', 'notes.docx', ARTICLE, undefined, /not a \.md or \.txt file/],
  ])('refuses %s with the reason and writes nothing', async (_what, name, content, declared, reason) => {
    const { r, corpus } = await start();
    const before = await readdir(corpus);
    const reply = await add(r, name, content, MOD, declared);
    expect(reply.data.content).toMatch(/^Not done, nothing was written: /);
    expect(reply.data.content).toMatch(reason);
    expect(await readdir(corpus)).toEqual(before);
    expect(await readdir(path.dirname(corpus))).not.toContain('x.md');
  });

  it('does not overwrite an article without saying so', async () => {
    const { r } = await start();
    await add(r, 'e-hospital.md', ARTICLE);
    const again = await add(r, 'e-hospital.md', ARTICLE.replace('Saturday', 'Sunday'));
    expect(again.data.content).toMatch(/already exists; upload again with replace: true/);
    const a = r.discord.attachment('e-hospital.md', ARTICLE.replace('Saturday', 'Sunday'));
    const id = r.discord.command('corpus', [{ name: 'add', type: 1, options: [a.option, { name: 'replace', type: 5, value: true }] }], MOD, a.resolved);
    const replaced = await r.discord.waitFor(() => r.discord.repliesTo(id).find((x) => x.kind === 'edit' && x.data.embeds?.length));
    expect(replaced.data.content).toBe('Replaced e-hospital.md.');
    expect(replaced.data.embeds[0].fields[1]).toEqual({ name: 'Changed (1)', value: '- e-hospital' });
  });
});

describe('/corpus remove', () => {
  it('moves the article to removed/ with a timestamp, and its passages stop being cited', async () => {
    const { r, corpus } = await start();
    const before = await r.discord.finalReply(r.discord.command('ask', [str('question', 'When did the cyber attack on AIIMS happen?')]));
    expect(before.data.embeds[0].fields[0].value).toMatch(/Zee 24 Ghanta/);
    const choices = await r.discord.finalReply(r.discord.autocomplete('corpus', [{ name: 'remove', type: 1, options: [str('article', '001', true)] }], MOD));
    expect(choices.data.choices.map((c: { value: string }) => c.value)).toEqual(['001_ac28f1257580f053']);
    const id = r.discord.command('corpus', [{ name: 'remove', type: 1, options: [str('article', '001_ac28f1257580f053')] }], MOD);
    const reply = await r.discord.waitFor(() => r.discord.repliesTo(id).find((x) => x.kind === 'edit' && x.data.embeds?.length));
    expect(reply.data.content).toMatch(/^Moved 001_ac28f1257580f053\.md to removed\/\d{4}-\d\d-\d\dT[\d-]+Z-001_ac28f1257580f053\.md; it can be put back from there\.$/);
    expect(await readdir(corpus)).not.toContain('001_ac28f1257580f053.md');
    expect((await readdir(path.join(path.dirname(corpus), 'removed'))).some((f) => f.endsWith('001_ac28f1257580f053.md'))).toBe(true);
    const after = await r.discord.finalReply(r.discord.command('ask', [str('question', 'When did the cyber attack on AIIMS happen?')]));
    expect(JSON.stringify(after.data.embeds[0])).not.toMatch(/Zee 24 Ghanta|বুধবার/);
  });
});

describe('feedback and /gaps', () => {
  it('lists a 👎 answer and an abstained question, keeps feedback across a restart, and takes presses on old answers', async () => {
    const { r, corpus, tmp } = await start();
    const answered = await r.discord.finalReply(r.discord.command('ask', [str('question', 'How many servers were hacked?')]));
    const [up, down] = answered.data.components[0].components.map((c: { custom_id: string }) => c.custom_id);
    expect(up).toMatch(/^fb:\d+:up$/);
    const thanks = await r.discord.finalReply(r.discord.press(down, { user: { id: '850000000000000001', username: 'reader' } }));
    expect(thanks.data).toMatchObject({ content: 'Thank you: your feedback is recorded.', flags: 64 });
    await r.discord.finalReply(r.discord.command('ask', [str('question', 'When were the hackers arrested?')]));
    await r.discord.finalReply(r.discord.command('ask', [str('question', 'हैकर्स को कब गिरफ्तार किया गया?')]));
    const gaps = async (bot: Running) => (await bot.discord.finalReply(bot.discord.command('gaps', [], MOD))).data.embeds[0].description as string;
    const listed = await gaps(r);
    expect(listed).toMatch(/\*\*हैकर्स को कब गिरफ्तार किया गया\?\*\*\n2× · Hindi, English · not answered 2/);
    expect(listed).toMatch(/\*\*How many servers were hacked\?\*\*\n1× · English · 👎 1/);
    expect(listed.indexOf('गिरफ्तार')).toBeLessThan(listed.indexOf('How many servers'));

    // a restart: the same data folder, a new process
    await r.stop();
    cleanups.pop();
    const again = await startBot({ CORPUS_DIR: corpus, MODERATOR_ROLE_IDS: MODERATOR_ROLE }, { tmp });
    cleanups.push(() => again.stop());
    expect(await gaps(again)).toBe(listed);
    const late = await again.discord.finalReply(again.discord.press(up, { user: { id: '850000000000000002', username: 'late' } }));
    expect(late.data.content).toBe('Thank you: your feedback is recorded.');
    const refused = await again.discord.finalReply(again.discord.command('gaps', [], { roles: [] } as never));
    expect(refused.data.content).toMatch(/^Only moderators/);
  });
});
