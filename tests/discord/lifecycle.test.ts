import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexService } from '../../src/bot/index-service.js';
import { ROOT, tempDir } from '../helpers/corpus.js';
import { FakeDiscord } from './fake-discord.js';
import { startBot, str, TOKEN, type Running } from './harness.js';

const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** Run one of Sakshi's entry points as its own process, with only the given environment. */
function run(script: string, env: Record<string, string>) {
  const child = spawn(TSX, [path.join(ROOT, script)], { cwd: ROOT, env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('npm run deploy-commands', () => {
  // globally, only the public commands are registered now (the moderator ones go to the admin
  // servers): see admin-servers.test.ts
  it.each([['in one server when DISCORD_GUILD_ID is set', true]])('registers /ask, /sources, /reindex, /help, /corpus and /gaps %s', async (_how, guild) => {
    const discord = await new FakeDiscord().start();
    cleanups.push(() => discord.stop());
    const p = run('scripts/deploy-commands.ts', {
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: discord.appId,
      DISCORD_API_URL: discord.apiUrl,
      ...(guild ? { DISCORD_GUILD_ID: discord.guildId } : {}),
    });
    expect(await p.exited).toBe(0);
    const put = discord.requests.find((q) => q.method === 'PUT')!;
    expect(put.path).toBe(guild ? `/applications/${discord.appId}/guilds/${discord.guildId}/commands` : `/applications/${discord.appId}/commands`);
    const commands = put.body as Record<string, any>[];
    expect(commands.map((c) => c.name)).toEqual(['ask', 'sources', 'reindex', 'help', 'corpus', 'gaps']);
    expect(commands.filter((c) => c.default_member_permissions === '32').map((c) => c.name)).toEqual(['reindex', 'corpus', 'gaps']);
    const byName = Object.fromEntries(commands.map((c) => [c.name, c]));
    expect(byName.ask.name_localizations).toEqual({ hi: 'पूछें' });
    expect(byName.ask.description_localizations.hi).toBeTruthy();
    const question = byName.ask.options.find((o: any) => o.name === 'question');
    expect(question).toMatchObject({ type: 3, required: true, max_length: 300, autocomplete: true, name_localizations: { hi: 'प्रश्न' } });
    expect(byName.ask.options.find((o: any) => o.name === 'language').choices.map((c: any) => c.value)).toEqual(['auto', 'hi', 'bn', 'en']);
    expect(byName.ask.options.find((o: any) => o.name === 'private').type).toBe(5);
    expect(byName.reindex.default_member_permissions).toBe('32');
    expect(byName.reindex.contexts).toEqual([0]);
    expect(p.output().stdout).toMatch(/^Registered 6 commands/);
  });

  it('says which variable is missing, and never prints the token', async () => {
    const p = run('scripts/deploy-commands.ts', { DISCORD_TOKEN: TOKEN });
    expect(await p.exited).toBe(1);
    expect(p.output().stderr.trim()).toBe('sakshi: DISCORD_CLIENT_ID is not set; set it to the application id from the Discord developer portal (General Information), in .env or the environment (see .env.example)');
    expect(p.output().stderr + p.output().stdout).not.toContain(TOKEN);
  });
});

describe('npm start', () => {
  it('says it is still loading until the index is ready, then serves /ask, and exits 0 on SIGTERM', async () => {
    const discord = await new FakeDiscord().start();
    const tmp = await tempDir();
    cleanups.push(() => discord.stop(), tmp.cleanup);
    const p = run('src/main.ts', {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: discord.apiUrl,
      INDEX_PATH: path.join(tmp.dir, 'index.json'),
      DATA_DIR: path.join(tmp.dir, 'data'),
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
    });
    await discord.waitFor(() => (p.output().stdout.includes('connected to Discord') && p.output().stdout.includes('index ready') ? true : undefined), 20_000);
    const reply = await discord.finalReply(discord.command('ask', [str('question', 'How many servers were hacked?')]));
    expect(reply.data.embeds[0].title).toBe('Answer: पांच सर्वर (5)');
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    const lines = p.output().stdout.trim().split('\n').map((l) => JSON.parse(l) as { msg: string });
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['index ready', 'connected to Discord', 'command answered', 'shutting down']));
    expect(p.output().stdout + p.output().stderr).not.toContain(TOKEN);
    // commands are registered by deploy-commands, never on start
    expect(discord.requests.some((q) => q.method === 'PUT')).toBe(false);
  });

  it('stops with one clear line when DISCORD_TOKEN is missing or a variable is malformed', async () => {
    const missing = run('src/main.ts', {});
    expect(await missing.exited).toBe(1);
    expect(missing.output().stderr.trim()).toMatch(/^sakshi: DISCORD_TOKEN is not set; set it to the bot token .*\(see \.env\.example\)$/);
    const bad = run('src/main.ts', { DISCORD_TOKEN: TOKEN, MODERATOR_ROLE_IDS: '123,abc' });
    expect(await bad.exited).toBe(1);
    expect(bad.output().stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.output().stderr).toMatch(/^sakshi: MODERATOR_ROLE_IDS must be a Discord id/);
    expect(bad.output().stderr).not.toContain(TOKEN);
  });
});

describe('when things go wrong', () => {
  let r: Running;
  afterEach(async () => r?.stop());

  it('makes a user wait out the cooldown, privately, without holding up others', async () => {
    r = await startBot({ ASK_COOLDOWN_SECONDS: '30' });
    const user = { id: '810000000000000001', username: 'eager' };
    const first = await r.discord.finalReply(r.discord.command('ask', [str('question', 'How many servers were hacked?')], { user }));
    expect(first.data.embeds).toHaveLength(1);
    const second = await r.discord.finalReply(r.discord.command('ask', [str('question', 'When did the attack happen?')], { user }));
    expect(second.data.flags).toBe(64);
    expect(second.data.content).toMatch(/^Please wait (29|30) s before asking again\.$/);
    const other = await r.discord.finalReply(r.discord.command('ask', [str('question', 'When did the attack happen?')], { user: { id: '810000000000000002', username: 'other' } }));
    expect(other.data.embeds).toHaveLength(1);
  });

  it('tells askers, privately, that it is still loading until the index is ready, then answers', async () => {
    r = await startBot({}, { load: false });
    const early = await r.discord.finalReply(r.discord.command('ask', [str('question', 'एम्स के कितने सर्वर हैक हुए?')]));
    expect(early.data.flags).toBe(64);
    expect(early.data.content).toBe('साक्षी अभी लेख लोड कर रहा है। कृपया थोड़ी देर में फिर पूछें।');
    await r.service.load();
    const later = await r.discord.finalReply(r.discord.command('ask', [str('question', 'एम्स के कितने सर्वर हैक हुए?')]));
    expect(later.data.embeds[0].title).toBe('उत्तर: पांच सर्वर');
  });

  it('answers an error inside a command with a private apology and keeps serving', async () => {
    r = await startBot();
    const real = Object.getOwnPropertyDescriptor(IndexService.prototype, 'current')!;
    Object.defineProperty(r.service, 'current', { get: () => { throw new Error('index exploded'); }, configurable: true });
    const failed = await r.discord.finalReply(r.discord.command('ask', [str('question', 'How many servers were hacked?')], { locale: 'hi' }));
    expect(failed.data.flags).toBe(64);
    expect(failed.data.content).toMatch(/^माफ़ कीजिए/);
    expect(r.logs.join('')).toMatch(/"msg":"command failed"/);
    Object.defineProperty(r.service, 'current', real);
    const ok = await r.discord.finalReply(r.discord.command('ask', [str('question', 'How many servers were hacked?')]));
    expect(ok.data.embeds).toHaveLength(1);
  });

  it('logs an interaction that expired (10062) at warn level and drops it', async () => {
    r = await startBot();
    r.discord.faults.push({ match: (q) => q.path.endsWith('/callback'), status: 404, body: { message: 'Unknown interaction', code: 10062 } });
    r.discord.command('ask', [str('question', 'How many servers were hacked?')]);
    await r.discord.waitFor(() => (r.logs.some((l) => l.includes('interaction expired')) ? true : undefined));
    const line = JSON.parse(r.logs.find((l) => l.includes('interaction expired'))!) as { level: number };
    expect(line.level).toBe(40);
    expect(r.logs.join('')).not.toMatch(/"msg":"command failed"/);
    const ok = await r.discord.finalReply(r.discord.command('ask', [str('question', 'How many servers were hacked?')]));
    expect(ok.data.embeds).toHaveLength(1);
  });
});
