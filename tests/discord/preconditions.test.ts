import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import type { Command } from '../../src/bot/command.js';
import { BOT_MESSAGES } from '../../src/bot/i18n.js';
import { FOR_MODERATORS } from '../../src/bot/preconditions.js';
import { MEMBER_ROLE, MODERATOR_ROLE } from './fake-discord.js';
import { startBot, str, type Running } from './harness.js';

const EPHEMERAL = 64;

/** A command that only records that it ran, and says so. */
function probe(name: string, preconditions?: Command['preconditions']) {
  const ran: string[] = [];
  const command: Command = {
    data: { name, description: 'test command' },
    ...(preconditions ? { preconditions } : {}),
    async execute(interaction) {
      ran.push(interaction.user.id);
      await interaction.reply({ content: `${name} ran` });
    },
  };
  return { command, ran };
}

const open = probe('open');
const moderators = probe('moderators', FOR_MODERATORS);
let r: Running;
let user = 820000000000000000n;
const someone = () => ({ id: String(++user), username: 'someone' });

beforeAll(async () => {
  r = await startBot({ MODERATOR_ROLE_IDS: MODERATOR_ROLE, ASK_COOLDOWN_SECONDS: '30' }, { commands: [open.command, moderators.command, ...COMMANDS] });
});
afterAll(async () => r.stop());

describe('declared preconditions, on the wire', () => {
  it('refuse a moderator command to a member, privately, in their language, pinging nobody, before it runs', async () => {
    const reply = await r.discord.finalReply(r.discord.command('moderators', [], { roles: [MEMBER_ROLE], locale: 'hi', user: someone() }));
    expect(reply.type).toBe(4);
    expect(reply.data).toMatchObject({ content: BOT_MESSAGES.hi.notModerator, flags: EPHEMERAL, allowed_mentions: { parse: [] } });
    expect(moderators.ran).toEqual([]);
    expect(r.logs.join('')).toMatch(/"precondition":"moderatorOnly".*"msg":"command refused by a precondition"/);
  });

  it('refuse a server-only command in a direct message', async () => {
    const reply = await r.discord.finalReply(r.discord.command('moderators', [], { dm: true, user: someone() }));
    expect(reply.data).toMatchObject({ content: BOT_MESSAGES.en.guildOnly, flags: EPHEMERAL });
    expect(moderators.ran).toEqual([]);
  });

  it('let a moderator run it, and let anyone run a command that declares none, even in a direct message', async () => {
    const mod = someone();
    expect((await r.discord.finalReply(r.discord.command('moderators', [], { roles: [MODERATOR_ROLE], user: mod }))).data.content).toBe('moderators ran');
    expect(moderators.ran).toEqual([mod.id]);
    expect((await r.discord.finalReply(r.discord.command('open', [], { dm: true, user: someone() }))).data.content).toBe('open ran');
    expect(open.ran).toHaveLength(1);
  });
});

describe('the /ask cooldown', () => {
  it('does not start for a question refused for its form; a real question starts it', async () => {
    const asker = someone();
    const ask = (question: string) => r.discord.finalReply(r.discord.command('ask', [str('question', question)], { user: asker }));
    const tooLong = await ask('a'.repeat(301));
    expect(tooLong.data.content).toBe(BOT_MESSAGES.en.tooLong(300));
    const answered = await ask('How many servers were hacked?');
    expect(answered.data.embeds).toHaveLength(1);
    const waiting = await ask('When did the attack happen?');
    expect(waiting.data).toMatchObject({ flags: EPHEMERAL, allowed_mentions: { parse: [] } });
    expect(waiting.data.content).toMatch(/^Please wait (29|30) s before asking again\.$/);
  });
});
