import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { NO_MENTIONS } from './mentions.js';
import type { BotContext } from './command.js';
import type { BotMessages } from './i18n.js';

/**
 * Whether the user of an interaction may run moderator commands: in a server, with Manage Server, or
 * with one of the configured moderator roles. Checked at run time whatever the command's default
 * permissions say, since a server can override those.
 */
export function isModerator(interaction: Interaction, moderatorRoleIds: readonly string[]): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const member = interaction.member;
  const roles: readonly string[] = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  return roles.some((r) => moderatorRoleIds.includes(r));
}

/**
 * For a moderator command: true when the user may run it; otherwise the user is told privately why
 * not (servers only, or moderators only), the refusal is logged, and false.
 */
export async function requireModerator(interaction: ChatInputCommandInteraction, ctx: BotContext, words: BotMessages): Promise<boolean> {
  const privately = { flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
  if (!interaction.inGuild()) {
    await interaction.reply({ content: words.guildOnly, ...privately });
    return false;
  }
  if (!isModerator(interaction, ctx.config.MODERATOR_ROLE_IDS)) {
    ctx.logger.warn({ user: interaction.user.id, guild: interaction.guildId, command: interaction.commandName }, 'moderator command refused: not a moderator');
    await interaction.reply({ content: words.notModerator, ...privately });
    return false;
  }
  return true;
}
