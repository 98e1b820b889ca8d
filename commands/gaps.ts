import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { Command } from '../src/bot/command.js';
import { escapeText } from '../src/bot/embed.js';
import { LIMITS, fitLines, truncate } from '../src/bot/limits.js';
import { NO_MENTIONS } from '../src/bot/mentions.js';
import { FOR_MODERATORS } from '../src/bot/preconditions.js';
import { messages } from '../src/render/i18n.js';

const Days = z.number().int().min(1).max(3650).nullable().transform((d) => d ?? 7);

/** Most groups /gaps reads: more would not fit in one embed anyway. */
export const GAPS_LIMIT = 50;

const data = new SlashCommandBuilder()
  .setName('gaps')
  .setNameLocalizations({ hi: 'कमियां' })
  .setDescription('Moderators: what people asked that the articles could not answer, or that got 👎')
  .setDescriptionLocalizations({ hi: 'मॉडरेटर: लोगों ने क्या पूछा जिसका उत्तर लेखों में नहीं मिला, या जिसे 👎 मिला' })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addIntegerOption((o) =>
    o.setName('days').setNameLocalizations({ hi: 'दिन' }).setDescription('How far back to look (default 7)').setDescriptionLocalizations({ hi: 'कितने दिन पीछे तक (स्वतः 7)' }).setMinValue(1).setMaxValue(3650),
  )
  .toJSON();

/**
 * The questions asked in this server (an admin server: the preconditions say so) that the articles
 * could not answer or that got 👎, grouped by what they ask. Only this server's: what one server
 * asked is never shown to another; a question asked with `private` is counted, its wording never shown.
 */
const command: Command = {
  data,
  preconditions: FOR_MODERATORS,
  async execute(interaction, ctx, { language, words }) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const days = Days.parse(interaction.options.getInteger('days'));
    const { groups, total } = ctx.store.gapGroups(days, { server: interaction.guildId, limit: GAPS_LIMIT });
    const names = messages(language).languageName;
    const lines = groups.map((g) => {
      const example = g.example === null ? words.gapsPrivateExample : `**${escapeText(truncate(g.example, 200))}**`;
      const counts = words.gapsLine({ ...g, languages: g.languages.map((l) => names[l]).join(', ') }) + (g.privately ? words.gapsPrivate(g.privately) : '');
      return `${example}\n${counts}`;
    });
    // groups past the limit were never read: "… and N more" counts them too
    const unread = total - groups.length;
    const more = (n: number) => words.andMore(n + unread);
    const fitted = fitLines(lines, LIMITS.description - (unread > 0 ? more(0).length + 1 : 0), more);
    const description = unread > 0 && fitted === lines.join('\n') ? `${fitted}\n${more(0)}` : fitted;
    await interaction.editReply({ embeds: [{ title: words.gapsTitle(days), description: description || words.gapsEmpty }], allowedMentions: NO_MENTIONS });
  },
};

export default command;
