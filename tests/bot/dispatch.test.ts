import { MessageFlags, PermissionFlagsBits, PermissionsBitField, type Interaction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import type { AskerWords, BotContext, Command } from '../../src/bot/command.js';
import { Cooldown } from '../../src/bot/cooldown.js';
import { createDispatcher } from '../../src/bot/dispatch.js';
import { BOT_MESSAGES } from '../../src/bot/i18n.js';
import { NO_MENTIONS } from '../../src/bot/mentions.js';
import { FOR_MODERATORS, cooldown, guildOnly, moderatorOnly, type Precondition } from '../../src/bot/preconditions.js';
import { loadConfig } from '../../src/config.js';

const MODERATOR_ROLE = '700000000000000001';

/** Who sends an interaction, and from where. */
interface Asker {
  user?: string;
  dm?: boolean;
  manageServer?: boolean;
  roles?: string[];
  locale?: string;
}

/** Just enough of a discord.js interaction for the dispatcher: what it reads, and a record of what it sends. */
function interaction(kind: 'command' | 'autocomplete', commandName: string, who: Asker = {}) {
  const sent: Record<string, unknown>[] = [];
  const inGuild = !who.dm;
  const fake = {
    id: '1000',
    commandName,
    locale: who.locale ?? 'en-US',
    user: { id: who.user ?? '800000000000000001' },
    guildId: inGuild ? '900000000000000002' : null,
    deferred: false,
    replied: false,
    isButton: () => false,
    isAutocomplete: () => kind === 'autocomplete',
    isChatInputCommand: () => kind === 'command',
    inGuild: () => inGuild,
    memberPermissions: inGuild ? new PermissionsBitField(who.manageServer ? PermissionFlagsBits.ManageGuild : 0n) : null,
    member: inGuild ? { roles: who.roles ?? [] } : null,
    async reply(payload: Record<string, unknown>) {
      sent.push(payload);
      fake.replied = true;
    },
    async followUp(payload: Record<string, unknown>) {
      sent.push(payload);
    },
    async respond(choices: unknown[]) {
      sent.push({ choices });
    },
  };
  return { interaction: fake as unknown as Interaction, sent };
}

/** The bot's context with a clock the test moves, and a logger that keeps what it is told. */
function context(cooldownSeconds = 30) {
  const logs: { level: string; fields: Record<string, unknown>; msg: string }[] = [];
  const logAt = (level: string) => (fields: Record<string, unknown>, msg: string) => void logs.push({ level, fields, msg });
  const clock = { now: 1_000_000 };
  const ctx = {
    config: loadConfig({ env: { MODERATOR_ROLE_IDS: MODERATOR_ROLE } }),
    logger: { debug: logAt('debug'), info: logAt('info'), warn: logAt('warn'), error: logAt('error') },
    cooldown: new Cooldown(cooldownSeconds, () => clock.now),
    service: {},
    store: {},
  } as unknown as BotContext;
  return { ctx, logs, clock };
}

/** A command whose handlers only record that they ran, and with which words. */
function probe(name: string, preconditions?: readonly Precondition[], extra: Partial<Command> = {}) {
  const ran: AskerWords[] = [];
  const suggested: string[] = [];
  const command: Command = {
    data: { name, description: 'test command' },
    ...(preconditions ? { preconditions } : {}),
    async execute(i, _ctx, asker) {
      ran.push(asker);
      await i.reply({ content: 'ran' });
    },
    async autocomplete(i) {
      suggested.push(i.commandName);
      await i.respond([{ name: 'a', value: 'a' }]);
    },
    ...extra,
  };
  return { command, ran, suggested };
}

const privateRefusal = (content: string) => ({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });

describe('the dispatcher', () => {
  it('runs a command that declares no preconditions, with the words of the asker’s locale', async () => {
    const { ctx } = context();
    const open = probe('open');
    const dispatch = createDispatcher(ctx, [open.command]);
    const { interaction: i, sent } = interaction('command', 'open', { dm: true, locale: 'hi' });
    await dispatch(i);
    expect(open.ran).toHaveLength(1);
    expect(open.ran[0]!.language).toBe('hi');
    expect(open.ran[0]!.words).toBe(BOT_MESSAGES.hi);
    expect(sent).toEqual([{ content: 'ran' }]);
  });

  it('refuses a moderator-only command for a member who is not one, privately, without running it, and logs the refusal', async () => {
    const { ctx, logs } = context();
    const mod = probe('mod', [guildOnly, moderatorOnly]);
    const dispatch = createDispatcher(ctx, [mod.command]);
    const { interaction: i, sent } = interaction('command', 'mod', { roles: ['700000000000000099'], user: '810000000000000007' });
    await dispatch(i);
    expect(mod.ran).toEqual([]);
    expect(sent).toEqual([privateRefusal(BOT_MESSAGES.en.notModerator)]);
    const refusal = logs.find((l) => l.fields.precondition === 'moderatorOnly');
    expect(refusal).toMatchObject({ level: 'warn', fields: { command: 'mod', user: '810000000000000007' } });
  });

  it('runs a moderator-only command for Manage Server or a moderator role', async () => {
    const { ctx } = context();
    const mod = probe('mod', [guildOnly, moderatorOnly]);
    const dispatch = createDispatcher(ctx, [mod.command]);
    await dispatch(interaction('command', 'mod', { manageServer: true }).interaction);
    await dispatch(interaction('command', 'mod', { roles: [MODERATOR_ROLE] }).interaction);
    expect(mod.ran).toHaveLength(2);
  });

  it('refuses a server-only command in a direct message, in the asker’s language, and checks nothing after it', async () => {
    const { ctx } = context();
    const checked: string[] = [];
    const spy: Precondition = { name: 'spy', guardsAutocomplete: true, logLevel: 'info', check: () => void checked.push('spy') };
    const server = probe('server', [guildOnly, spy]);
    const dispatch = createDispatcher(ctx, [server.command]);
    const { interaction: i, sent } = interaction('command', 'server', { dm: true, locale: 'hi' });
    await dispatch(i);
    expect(server.ran).toEqual([]);
    expect(checked).toEqual([]);
    expect(sent).toEqual([privateRefusal(BOT_MESSAGES.hi.guildOnly)]);
  });

  it('makes a user wait out the cooldown between runs, saying how long, without holding up others', async () => {
    const { ctx, clock } = context(30);
    const slow = probe('slow', [cooldown]);
    const dispatch = createDispatcher(ctx, [slow.command]);
    const run = async (user: string) => {
      const { interaction: i, sent } = interaction('command', 'slow', { user });
      await dispatch(i);
      return sent[0];
    };
    expect(await run('810000000000000001')).toEqual({ content: 'ran' });
    clock.now += 10_000;
    expect(await run('810000000000000001')).toEqual(privateRefusal(BOT_MESSAGES.en.cooldown(20)));
    expect(await run('810000000000000002')).toEqual({ content: 'ran' });
    clock.now += 20_000;
    expect(await run('810000000000000001')).toEqual({ content: 'ran' });
    expect(slow.ran).toHaveLength(3);
  });

  it('speaks a refusal in the language the command declares for its asker', async () => {
    const { ctx } = context(30);
    const bengali = probe('bengali', [cooldown], { language: () => 'bn' });
    const dispatch = createDispatcher(ctx, [bengali.command]);
    await dispatch(interaction('command', 'bengali').interaction);
    const { interaction: i, sent } = interaction('command', 'bengali');
    await dispatch(i);
    expect(sent).toEqual([privateRefusal(BOT_MESSAGES.bn.cooldown(30))]);
  });

  it('answers a precondition that fails with an error like a failing command: a private apology, and the command does not run', async () => {
    const { ctx, logs } = context();
    const broken: Precondition = { name: 'broken', guardsAutocomplete: false, logLevel: 'info', check: () => { throw new Error('precondition exploded'); } };
    const cmd = probe('cmd', [broken]);
    const dispatch = createDispatcher(ctx, [cmd.command]);
    const { interaction: i, sent } = interaction('command', 'cmd');
    await dispatch(i);
    expect(cmd.ran).toEqual([]);
    expect(sent).toEqual([privateRefusal(BOT_MESSAGES.en.apology)]);
    expect(logs.some((l) => l.level === 'error' && l.msg === 'command failed')).toBe(true);
  });
});

describe('autocomplete under preconditions', () => {
  it('offers nothing to someone a guarding precondition refuses, without asking the command', async () => {
    const { ctx } = context();
    const mod = probe('mod', [guildOnly, moderatorOnly]);
    const dispatch = createDispatcher(ctx, [mod.command]);
    const { interaction: i, sent } = interaction('autocomplete', 'mod', { roles: [] });
    await dispatch(i);
    expect(mod.suggested).toEqual([]);
    expect(sent).toEqual([{ choices: [] }]);
    const { interaction: allowed, sent: shown } = interaction('autocomplete', 'mod', { roles: [MODERATOR_ROLE] });
    await dispatch(allowed);
    expect(shown).toEqual([{ choices: [{ name: 'a', value: 'a' }] }]);
  });

  it('does not spend the cooldown on suggestions while typing', async () => {
    const { ctx } = context(30);
    const slow = probe('slow', [cooldown]);
    const dispatch = createDispatcher(ctx, [slow.command]);
    for (let n = 0; n < 3; n++) await dispatch(interaction('autocomplete', 'slow').interaction);
    expect(slow.suggested).toHaveLength(3);
    const { interaction: i, sent } = interaction('command', 'slow');
    await dispatch(i);
    expect(sent).toEqual([{ content: 'ran' }]);
  });
});

describe('the commands’ declarations', () => {
  it('make every command meant for moderators (Manage Server by default) declare what moderator commands require, and no other', () => {
    const forModerators = COMMANDS.filter((c) => c.data.default_member_permissions != null).map((c) => c.data.name);
    expect(forModerators.sort()).toEqual(['corpus', 'gaps', 'reindex']);
    for (const c of COMMANDS) expect(c.preconditions === FOR_MODERATORS).toBe(forModerators.includes(c.data.name));
  });

  it('make /ask wait out the cooldown, and only /ask', () => {
    expect(COMMANDS.filter((c) => c.preconditions?.includes(cooldown)).map((c) => c.data.name)).toEqual(['ask']);
  });
});
