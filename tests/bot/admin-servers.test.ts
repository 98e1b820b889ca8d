import { PermissionFlagsBits, PermissionsBitField, type Interaction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/command.js';
import { isModerator } from '../../src/bot/permissions.js';
import { FOR_MODERATORS, adminServer, firstRefusal } from '../../src/bot/preconditions.js';
import { BOT_MESSAGES } from '../../src/bot/i18n.js';
import { ConfigError, loadConfig } from '../../src/config.js';

const ADMIN = '900000000000000002';
const OTHER = '900000000000000555';
const ROLE = '700000000000000001';

/** Just enough of an interaction for the preconditions: where it comes from, and who sends it. */
function from(guildId: string | null, who: { manageServer?: boolean; roles?: string[] } = {}) {
  return {
    guildId,
    inGuild: () => guildId !== null,
    isAutocomplete: () => false,
    memberPermissions: guildId ? new PermissionsBitField(who.manageServer ? PermissionFlagsBits.ManageGuild : 0n) : null,
    member: guildId ? { roles: who.roles ?? [] } : null,
  } as unknown as Interaction & Parameters<typeof adminServer.check>[0];
}

const ctx = (env: Record<string, string>) => ({ config: loadConfig({ env }) }) as unknown as BotContext;

describe('admin servers', () => {
  it('default to DISCORD_GUILD_ID, and ADMIN_GUILD_IDS names any number of them', () => {
    expect(loadConfig({ env: { DISCORD_GUILD_ID: ADMIN } }).ADMIN_GUILD_IDS).toEqual([ADMIN]);
    expect(loadConfig({ env: { DISCORD_GUILD_ID: ADMIN, ADMIN_GUILD_IDS: ` ${OTHER} ,900000000000000666` } }).ADMIN_GUILD_IDS).toEqual([OTHER, '900000000000000666']);
    expect(loadConfig({ env: {} }).ADMIN_GUILD_IDS).toEqual([]);
    expect(() => loadConfig({ env: { ADMIN_GUILD_IDS: 'my-server' } })).toThrow(/^ADMIN_GUILD_IDS must be a Discord id/);
  });

  it('are where moderator commands run: Manage Server elsewhere is refused, and with none set every server is', async () => {
    const words = BOT_MESSAGES.en;
    const set = ctx({ ADMIN_GUILD_IDS: ADMIN });
    expect(await adminServer.check(from(ADMIN), set)).toBeUndefined();
    expect((await adminServer.check(from(OTHER, { manageServer: true }), set))!.say(words)).toBe(words.notAdminServer);
    const none = ctx({});
    expect((await adminServer.check(from(ADMIN, { manageServer: true }), none))!.say(words)).toBe(words.noAdminServers);
    expect(words.noAdminServers).toContain('ADMIN_GUILD_IDS');
    const refused = await firstRefusal(FOR_MODERATORS, from(OTHER, { manageServer: true }), set);
    expect(refused?.precondition.name).toBe('adminServer');
  });
});

describe('a moderator role equal to a server id', () => {
  it('is refused at start, naming the id: it is @everyone there, and would make every member a moderator', () => {
    for (const env of [
      { DISCORD_GUILD_ID: ADMIN, MODERATOR_ROLE_IDS: `${ROLE},${ADMIN}` },
      { ADMIN_GUILD_IDS: `${OTHER},${ADMIN}`, MODERATOR_ROLE_IDS: OTHER },
    ]) {
      let message = '';
      try {
        loadConfig({ env });
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        message = (err as Error).message;
      }
      expect(message).toBe(
        `MODERATOR_ROLE_IDS holds ${env.MODERATOR_ROLE_IDS.split(',').at(-1)}, the id of a server (its @everyone role), which would make every member a moderator; remove it and list only moderator roles, in .env or the environment (see .env.example)`,
      );
      expect(message).toContain('@everyone');
    }
  });

  it('never makes a member a moderator in a server whose id it is, even one config did not know', () => {
    expect(isModerator(from(OTHER, { roles: [OTHER] }), [OTHER])).toBe(false);
    expect(isModerator(from(OTHER, { roles: [OTHER, ROLE] }), [OTHER, ROLE])).toBe(true);
  });
});
