import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { Command } from '../src/bot/command.js';
import { escapeText } from '../src/bot/embed.js';
import { LIMITS, fitLines, truncate } from '../src/bot/limits.js';
import { NO_MENTIONS } from '../src/bot/mentions.js';
import { FOR_MODERATORS } from '../src/bot/preconditions.js';
import { groupGaps } from '../src/qa/gaps.js';
import { messages } from '../src/render/i18n.js';

const Days = z.number().int().min(1).max(3650).nullable().transform((d) => d ?? 7);

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

const command: Command = {
  data,
  preconditions: FOR_MODERATORS,
  async execute(interaction, ctx, { language, words }) {
    const days = Days.parse(interaction.options.getInteger('days'));
    const gaps = groupGaps(ctx.store.gaps(days));
    const names = messages(language).languageName;
    const lines = gaps.map((g) => `**${escapeText(truncate(g.example, 200))}**\n${words.gapsLine({ ...g, languages: g.languages.map((l) => names[l]).join(', ') })}`);
    const description = fitLines(lines, LIMITS.description, words.andMore);
    await interaction.reply({ embeds: [{ title: words.gapsTitle(days), description: description || words.gapsEmpty }], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  },
};

export default command;
