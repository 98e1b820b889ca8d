import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type APIEmbedField } from 'discord.js';
import { NO_MENTIONS } from '../src/bot/bot.js';
import type { Command } from '../src/bot/command.js';
import { escapeText } from '../src/bot/embed.js';
import { botMessages, type BotMessages } from '../src/bot/i18n.js';
import { ReindexFailed, ReindexRefused, type ReindexReport } from '../src/bot/index-service.js';
import { replyLanguage } from '../src/bot/language.js';
import { LIMITS, fitLines, truncate } from '../src/bot/limits.js';
import { requireModerator } from '../src/bot/permissions.js';

const data = new SlashCommandBuilder()
  .setName('reindex')
  .setNameLocalizations({ hi: 'रीइंडेक्स' })
  .setDescription('Moderators: rebuild the index from the corpus folder and report what changed')
  .setDescriptionLocalizations({ hi: 'मॉडरेटर: लेखों के फ़ोल्डर से इंडेक्स फिर बनाएं और बदलाव बताएं' })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .toJSON();

/** A list that fits one field: long lists are summarized, never cut off mid-line. */
function listField(name: string, items: string[], words: BotMessages): APIEmbedField {
  if (items.length === 0) return { name, value: words.none, inline: false };
  return { name: `${name} (${items.length})`, value: fitLines(items.map((item) => `- ${escapeText(truncate(item, 200))}`), LIMITS.fieldValue, words.andMore) };
}

export function reportEmbed(report: ReindexReport, words: BotMessages) {
  return {
    title: words.reindexTitle,
    description: report.unchanged ? `${words.reindexUnchanged} ${words.reindexSummary(report)}` : `${words.reindexSummary(report)} ${words.reanalyzed(report.reanalyzed)}`,
    fields: [
      listField(words.added, report.added, words),
      listField(words.changed, report.changed, words),
      listField(words.removed, report.removed, words),
      listField(words.failed, report.failed.map((f) => `${f.file}: ${f.reason}`), words),
    ],
  };
}

const command: Command = {
  data,
  async execute(interaction, ctx) {
    const words = botMessages(replyLanguage(null, undefined, interaction.locale));
    if (!(await requireModerator(interaction, ctx, words))) return;
    // start (or join) the build before anything is awaited, so that a second command arriving meanwhile joins it
    const joining = ctx.service.reindexing;
    const running = ctx.service.reindex();
    running.catch(() => {});
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    if (joining) await interaction.editReply({ content: words.reindexRunning, allowedMentions: NO_MENTIONS });
    try {
      const report = await running;
      await interaction.editReply({ content: '', embeds: [reportEmbed(report, words)], allowedMentions: NO_MENTIONS });
    } catch (err) {
      if (!(err instanceof ReindexRefused) && !(err instanceof ReindexFailed)) throw err;
      await interaction.editReply({ content: truncate(words.reindexRefused(err.message), LIMITS.content), allowedMentions: NO_MENTIONS });
    }
  },
};

export default command;
