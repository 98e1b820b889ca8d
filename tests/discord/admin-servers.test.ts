import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { GAPS_LIMIT } from '../../commands/gaps.js';
import { BOT_MESSAGES } from '../../src/bot/i18n.js';
import { ROOT, copyCorpus, tempDir } from '../helpers/corpus.js';
import { FakeDiscord, MODERATOR_ROLE } from './fake-discord.js';
import { bool, startBot, str, TOKEN, type Running } from './harness.js';

/** A server the bot was invited to that is not one of the deployment's admin servers. */
const OTHER_SERVER = '900000000000000555';
const MANAGE_SERVER = String(1 << 5);
const EPHEMERAL = 64;
const MOD = { roles: [MODERATOR_ROLE] };
/** A manager of the other server: Manage Server and a role with the moderator role's id there. */
const OTHER_MANAGER = { guildId: OTHER_SERVER, permissions: MANAGE_SERVER, roles: [MODERATOR_ROLE] };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function start(env: Record<string, string> = {}) {
  const corpus = await copyCorpus();
  const tmp = await tempDir('sakshi-admin-');
  const r = await startBot({ CORPUS_DIR: corpus.dir, MODERATOR_ROLE_IDS: MODERATOR_ROLE, ...env }, { tmp });
  cleanups.push(corpus.cleanup, tmp.cleanup, () => r.stop());
  return { r, corpus: corpus.dir };
}

/** The reply someone finally sees: the refusal, or the edit of a deferred reply. */
const seen = (r: Running, id: string) =>
  r.discord.waitFor(() => [...r.discord.repliesTo(id)].reverse().find((x) => (x.kind === 'edit' && (x.data.embeds?.length || x.data.content)) || (x.kind === 'callback' && x.type === 4)));

const ARTICLE = '---\ntitle: AIIMS restores e-hospital\nlanguage: en\nsource: Test Wire\n---\nAIIMS restored its e-hospital servers on Saturday at 9:30 am after a week.\n';

describe('moderator commands from a server that is not an admin server', () => {
  it('are refused to a member with Manage Server, privately, and change nothing', async () => {
    const { r, corpus } = await start();
    const before = await readdir(corpus);
    const builds = r.service.builds;
    const index = r.service.current;

    const a = r.discord.attachment('e-hospital.md', ARTICLE);
    const add = await seen(r, r.discord.command('corpus', [{ name: 'add', type: 1, options: [a.option] }], OTHER_MANAGER, a.resolved));
    expect(add.data).toMatchObject({ content: BOT_MESSAGES.en.notAdminServer, flags: EPHEMERAL });
    expect(await readdir(corpus)).toEqual(before);
    // nor did it download the file
    expect(r.discord.requests.some((q) => q.path.startsWith('/attachments/'))).toBe(false);

    const remove = await seen(r, r.discord.command('corpus', [{ name: 'remove', type: 1, options: [str('article', '001_ac28f1257580f053')] }], OTHER_MANAGER));
    expect(remove.data.content).toBe(BOT_MESSAGES.en.notAdminServer);
    expect(await readdir(corpus)).toEqual(before);

    // an article dropped in the folder: a reindex would take it in
    await writeFile(path.join(corpus, 'e-hospital.md'), ARTICLE);
    const reindex = await seen(r, r.discord.command('reindex', [], { ...OTHER_MANAGER, locale: 'hi' }));
    expect(reindex.data).toMatchObject({ content: BOT_MESSAGES.hi.notAdminServer, flags: EPHEMERAL });
    expect(r.service.builds).toBe(builds);
    expect(r.service.current).toBe(index);

    await r.discord.finalReply(r.discord.command('ask', [str('question', 'Who won the cricket world cup?')]));
    const gaps = await seen(r, r.discord.command('gaps', [], OTHER_MANAGER));
    expect(gaps.data).toMatchObject({ content: BOT_MESSAGES.en.notAdminServer, flags: EPHEMERAL });
    expect(JSON.stringify(gaps.data)).not.toContain('cricket');

    const suggestions = await r.discord.finalReply(r.discord.autocomplete('corpus', [{ name: 'remove', type: 1, options: [str('article', '001', true)] }], OTHER_MANAGER));
    expect(suggestions.data.choices).toEqual([]);
    expect(r.logs.join('')).toMatch(/"precondition":"adminServer".*"guild":"900000000000000555".*"msg":"command refused by a precondition"/);

    // the same moderator command in the admin server runs
    await seen(r, r.discord.command('reindex', [], MOD));
    expect(r.service.builds).toBe(builds + 1);
  });
});

describe('with no admin server set', () => {
  it('refuses the moderator commands everywhere, in the asker’s language, naming the variable to set', async () => {
    const { r } = await start({ ADMIN_GUILD_IDS: '' });
    const builds = r.service.builds;
    for (const [command, locale] of [['gaps', 'en-US'], ['reindex', 'hi'], ['corpus', 'en-US']] as const) {
      const options = command === 'corpus' ? [{ name: 'remove', type: 1, options: [str('article', '001_ac28f1257580f053')] }] : [];
      const reply = await seen(r, r.discord.command(command, options, { permissions: MANAGE_SERVER, locale }));
      expect(reply.data.content).toBe(locale === 'hi' ? BOT_MESSAGES.hi.noAdminServers : BOT_MESSAGES.en.noAdminServers);
      expect(reply.data.content).toContain('ADMIN_GUILD_IDS');
    }
    expect(r.service.builds).toBe(builds);
  });
});

describe('/gaps in the admin server', () => {
  it('never shows another server’s question, nor the wording of a private one, and counts the private one', async () => {
    const { r } = await start();
    const ask = (question: string, opts: Record<string, unknown> = {}, extra: unknown[] = []) =>
      r.discord.finalReply(r.discord.command('ask', [str('question', question), ...extra], opts));
    await ask('Who won the cricket world cup?', { guildId: OTHER_SERVER });
    await ask('What did the informant Ramesh say about the ransom?', { dm: true });
    await ask('When were the hackers arrested?');
    await ask('हैकर्स को कब गिरफ्तार किया गया?', {}, [bool('private', true)]);
    await ask('Where does the whistleblower live?', {}, [bool('private', true)]);

    const id = r.discord.command('gaps', [], MOD);
    const reply = await r.discord.finalReply(id);
    // deferred first, privately
    expect(r.discord.repliesTo(id)[0]).toMatchObject({ kind: 'callback', type: 5, data: { flags: EPHEMERAL } });
    const listed = reply.data.embeds[0].description as string;
    expect(listed).not.toMatch(/cricket|informant|Ramesh|गिरफ्तार|whistleblower/);
    expect(listed).toMatch(/\*\*When were the hackers arrested\?\*\*\n2× · Hindi, English · not answered 2 · asked privately 1/);
    expect(listed).toContain(`${BOT_MESSAGES.en.gapsPrivateExample}\n1× · English · not answered 1 · asked privately 1`);
  });

  it('reads at most its limit of groups out of 10,000 stored questions, and says how many more there are', async () => {
    const { r } = await start();
    await r.discord.finalReply(r.discord.command('ask', [str('question', 'Who won the cricket world cup?')]));
    const raw = new Database(path.join(r.config.DATA_DIR, 'sakshi.sqlite'));
    const insert = raw.prepare('INSERT INTO question (at, text, language, outcome, asker, server, private, gap_key) VALUES (?, ?, ?, ?, ?, ?, 0, ?)');
    const here = r.store.serverHash(r.discord.guildId);
    raw.transaction(() => {
      for (let i = 0; i < 9_999; i++) insert.run(Date.now() - 1000 - i, `stored question ${i}`, 'en', 'abstained', 'x', here, `thing|q${i}`);
    })();
    raw.close();
    const read: number[] = [];
    const gapGroups = r.store.gapGroups.bind(r.store);
    r.store.gapGroups = (days, where) => {
      const result = gapGroups(days, where);
      read.push(result.groups.length);
      return result;
    };
    const reply = await r.discord.finalReply(r.discord.command('gaps', [], MOD));
    expect(read).toEqual([GAPS_LIMIT]);
    const lines = (reply.data.embeds[0].description as string).split('\n');
    const shown = lines.filter((l) => /^\d+× · /.test(l)).length;
    expect(shown).toBeLessThanOrEqual(GAPS_LIMIT);
    expect(lines.at(-1)).toBe(BOT_MESSAGES.en.andMore(10_000 - shown));
  });
});

/** Run deploy-commands as its own process against the fake server. */
async function deploy(env: Record<string, string>) {
  const discord = await new FakeDiscord().start();
  cleanups.push(() => discord.stop());
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/deploy-commands.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: discord.appId, DISCORD_API_URL: discord.apiUrl, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  const [code] = await once(child, 'exit');
  const puts = discord.requests.filter((q) => q.method === 'PUT').map((q) => ({ path: q.path, names: (q.body as { name: string }[]).map((c) => c.name) }));
  return { code: code as number, stdout, puts, discord };
}

describe('npm run deploy-commands', () => {
  it('registers the public commands globally and the moderator commands in the admin servers only', async () => {
    const { code, stdout, puts, discord } = await deploy({ ADMIN_GUILD_IDS: `${OTHER_SERVER}, 900000000000000666` });
    expect(code).toBe(0);
    const app = `/applications/${discord.appId}`;
    expect(puts).toEqual([
      { path: `${app}/commands`, names: ['ask', 'sources', 'help'] },
      { path: `${app}/guilds/${OTHER_SERVER}/commands`, names: ['reindex', 'corpus', 'gaps'] },
      { path: `${app}/guilds/900000000000000666/commands`, names: ['reindex', 'corpus', 'gaps'] },
    ]);
    expect(stdout).toMatch(/Registered 3 commands \(\/ask, \/sources, \/help\) globally\./);
    expect(stdout).toMatch(/Registered 3 commands \(\/reindex, \/corpus, \/gaps\) in server 900000000000000666\./);
  });

  it('puts the public commands in the development server, and the moderator ones there only when it is an admin server', async () => {
    const dev = await deploy({ DISCORD_GUILD_ID: '900000000000000002', ADMIN_GUILD_IDS: OTHER_SERVER });
    expect(dev.code).toBe(0);
    expect(dev.puts.map((p) => [p.path.replace(/^\/applications\/\d+/, ''), p.names])).toEqual([
      ['/guilds/900000000000000002/commands', ['ask', 'sources', 'help']],
      [`/guilds/${OTHER_SERVER}/commands`, ['reindex', 'corpus', 'gaps']],
    ]);
  });

  it('registers the moderator commands nowhere when no admin server is set, and says which variable to set', async () => {
    const { code, stdout, puts } = await deploy({});
    expect(code).toBe(0);
    expect(puts.map((p) => p.names)).toEqual([['ask', 'sources', 'help']]);
    expect(stdout).toMatch(/registered nowhere: set ADMIN_GUILD_IDS/);
  });
});
