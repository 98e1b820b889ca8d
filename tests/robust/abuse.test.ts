import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withinLimits } from '../../src/bot/limits.js';
import { copyCorpus } from '../helpers/corpus.js';
import { MEMBER_ROLE, MODERATOR_ROLE } from '../discord/fake-discord.js';
import { startBot, str, type Running } from '../discord/harness.js';

let r: Running;
let corpus: Awaited<ReturnType<typeof copyCorpus>>;
const LONG_WORD = 'ক'.repeat(5000);

beforeAll(async () => {
  corpus = await copyCorpus();
  await writeFile(
    path.join(corpus.dir, 'hostile.md'),
    `---\ntitle: "@everyone **Breaking** [click](https://evil.example) <@123456789012345678>"\nlanguage: en\n---\n` +
      `@everyone <@123456789012345678> <@&123456789012345678> The **ransomware** gang demanded 7 bitcoin from the Kolkata clinic ||spoiler|| [click](https://evil.example).\n` +
      `${LONG_WORD} clinic servers.\n`,
  );
  r = await startBot({ CORPUS_DIR: corpus.dir, MODERATOR_ROLE_IDS: MODERATOR_ROLE });
});
afterAll(async () => {
  await r.stop();
  await corpus.cleanup();
});

const reply = (question: string, opts = {}) => r.discord.finalReply(r.discord.command('ask', [str('question', question)], { user: { id: String(840000000000000000n + BigInt(Math.floor(Math.random() * 1e9))), username: 'x' }, ...opts }));

describe('getting past /reindex', () => {
  it.each([
    ['no permissions at all', { permissions: '0' }],
    ['the command made visible to them by a server override, without Manage Server held', { permissions: String((1 << 11) | (1 << 13)) }],
    ['a role that is not a moderator role', { roles: [MEMBER_ROLE] }],
    ['a direct message', { dm: true }],
  ])('fails safely for %s: refused privately, nothing rebuilt', async (_who, opts) => {
    const before = r.service.builds;
    const res = await r.discord.finalReply(r.discord.command('reindex', [], opts));
    expect(res.data.flags).toBe(64);
    expect(res.data.content).toMatch(/^(Only moderators|This command works only in a server)/);
    expect(r.service.builds).toBe(before);
  });
});

describe('pinging through Sakshi', () => {
  it.each(['@everyone how many servers?', '@here how many servers were hacked?', '<@123456789012345678> servers?', '<@&123456789012345678> servers hacked?'])(
    'does not ping for the question "%s"',
    async (question) => {
      const res = await reply(question);
      expect(res.data.allowed_mentions).toEqual({ parse: [] });
      expect(res.data.content ?? '').toBe('');
    },
  );

  it('does not ping, nor render markdown or links, when the article quoted holds mentions and markdown', async () => {
    const res = await reply('What did the ransomware gang demand from the Kolkata clinic?');
    expect(res.data.allowed_mentions).toEqual({ parse: [] });
    const embed = res.data.embeds[0];
    expect(embed.description).toContain('@everyone');
    expect(embed.description).toContain('\\*\\*ransomware\\*\\*');
    expect(embed.description).toContain('\\|\\|spoiler\\|\\|');
    expect(embed.description).toContain('\\[click\\]');
    expect(embed.fields[0].value).toContain('\\*\\*Breaking\\*\\*');
    expect(withinLimits(embed)).toBe(true);
  });
});

describe('breaking the embed', () => {
  it('keeps every limit for a very long unbroken word in an article and in a question', async () => {
    for (const q of ['clinic servers', 'क'.repeat(300), `${'🙂'.repeat(140)}?`]) {
      const res = await reply(q);
      const embed = res.data.embeds?.[0];
      if (embed) expect(withinLimits(embed)).toBe(true);
      else expect(res.data.content.length).toBeLessThanOrEqual(2000);
    }
  });
});

describe('reading outside the corpus', () => {
  it.each(['../../etc/passwd', '../corpus/000_9b279fca6304d5ce', '/etc/hosts', '000_9b279fca6304d5ce/../../x'])(
    'refuses to remove "%s": an article id is looked up among the indexed articles, never used as a path',
    async (id) => {
      const before = await readdir(corpus.dir);
      const cmd = r.discord.command('corpus', [{ name: 'remove', type: 1, options: [str('article', id)] }], { roles: [MODERATOR_ROLE] });
      const res = await r.discord.waitFor(() => r.discord.repliesTo(cmd).find((x) => x.kind === 'edit'));
      expect(res.data.content).toMatch(/^Not done, nothing was written: there is no article/);
      expect(await readdir(corpus.dir)).toEqual(before);
      expect(await readdir(path.dirname(corpus.dir))).not.toContain('removed');
    },
  );

  it('treats a path in a question as words, not as a file to read', async () => {
    const res = await reply('../../../etc/passwd');
    const text = JSON.stringify(res.data);
    expect(text).not.toMatch(/root:x:0:0/);
  });
});
