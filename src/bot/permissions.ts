import { PermissionFlagsBits, type Interaction } from 'discord.js';

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
