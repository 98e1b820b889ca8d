import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from './command.js';
import type { BotMessages } from './i18n.js';
import { isModerator } from './permissions.js';

/** Why a command may not run for this asker now. */
export interface Refusal {
  /** What the asker is told, privately, in their language. */
  say(words: BotMessages): string;
  /** Fields for the log line, beyond who asked, where, and which command and precondition refused. */
  detail?: Record<string, unknown>;
}

/**
 * Something that must hold before a command runs, declared by the command (`Command.preconditions`)
 * and checked by the dispatcher, the way Sapphire's preconditions work: a new rule is one more of
 * these, listed by the commands it applies to, and no handler changes.
 */
export interface Precondition {
  /** Names it in the log when it refuses. */
  readonly name: string;
  /**
   * Whether it also hides the command's autocomplete suggestions (they are refused with an empty
   * list): true for rules about who and where, false for checks that cost something, like a cooldown.
   */
  readonly guardsAutocomplete: boolean;
  /** How loudly a refusal is logged: `warn` for someone trying what they may not do. */
  readonly logLevel: 'info' | 'warn';
  /** Undefined when the command may go on; otherwise why not. */
  check(interaction: ChatInputCommandInteraction | AutocompleteInteraction, ctx: BotContext): Refusal | undefined | Promise<Refusal | undefined>;
}

/** Only in a server, not in a direct message. */
export const guildOnly: Precondition = {
  name: 'guildOnly',
  guardsAutocomplete: true,
  logLevel: 'info',
  check: (interaction) => (interaction.inGuild() ? undefined : { say: (words) => words.guildOnly }),
};

/** Only moderators, as `isModerator` tells them. */
export const moderatorOnly: Precondition = {
  name: 'moderatorOnly',
  guardsAutocomplete: true,
  logLevel: 'warn',
  check: (interaction, ctx) => (isModerator(interaction, ctx.config.MODERATOR_ROLE_IDS) ? undefined : { say: (words) => words.notModerator }),
};

/**
 * Only in one of the deployment's admin servers (ADMIN_GUILD_IDS, else DISCORD_GUILD_ID). The corpus,
 * the index and the question log are shared by every server the bot is in, so Manage Server in any
 * server is no right over them. Checked on every interaction, whatever servers the command was
 * registered in: a command can reach the bot from anywhere. With no admin server set, it refuses
 * everywhere and names the variable to set.
 */
export const adminServer: Precondition = {
  name: 'adminServer',
  guardsAutocomplete: true,
  logLevel: 'warn',
  check: (interaction, ctx) => {
    const admins = ctx.config.ADMIN_GUILD_IDS;
    if (admins.length === 0) return { say: (words) => words.noAdminServers, detail: { set: 'ADMIN_GUILD_IDS' } };
    return interaction.guildId !== null && admins.includes(interaction.guildId) ? undefined : { say: (words) => words.notAdminServer };
  },
};

/**
 * The per-user pause between questions (ASK_COOLDOWN_SECONDS): a burst from one user cannot crowd
 * out everyone else. Passing it starts the user's pause, so list it after the checks that cost nothing.
 */
export const cooldown: Precondition = {
  name: 'cooldown',
  guardsAutocomplete: false,
  logLevel: 'info',
  check: (interaction, ctx) => {
    const wait = ctx.cooldown.take(interaction.user.id);
    return wait > 0 ? { say: (words) => words.cooldown(wait), detail: { wait } } : undefined;
  },
};

/**
 * What every moderator command requires, in order: a server, one of the deployment's admin servers,
 * and a moderator there. A rule for all of them is one more precondition added here.
 */
export const FOR_MODERATORS: readonly Precondition[] = [guildOnly, adminServer, moderatorOnly];

/**
 * The first precondition that refuses, with its refusal; undefined when all hold. For autocomplete,
 * only those that guard it are checked.
 */
export async function firstRefusal(
  preconditions: readonly Precondition[],
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
  ctx: BotContext,
): Promise<{ precondition: Precondition; refusal: Refusal } | undefined> {
  for (const precondition of preconditions) {
    if (interaction.isAutocomplete() && !precondition.guardsAutocomplete) continue;
    const refusal = await precondition.check(interaction, ctx);
    if (refusal) return { precondition, refusal };
  }
  return undefined;
}
