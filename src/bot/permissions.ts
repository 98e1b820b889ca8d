import { PermissionFlagsBits, type Interaction } from 'discord.js';

/**
 * Whether the user of an interaction may run moderator commands: in a server, with Manage Server, or
 * with one of the configured moderator roles (never @everyone). Where it may do so (the admin servers)
 * is the `adminServer` precondition's to say. Checked at run time whatever the command's default
 * permissions say, since a server can override those.
 */
export function isModerator(interaction: Interaction, moderatorRoleIds: readonly string[]): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const member = interaction.member;
  const roles: readonly string[] = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  // the @everyone role has the server's id and every member holds it (config refuses it for the admin
  // servers; this covers any other server the list might name)
  return roles.some((r) => r !== interaction.guildId && moderatorRoleIds.includes(r));
}
