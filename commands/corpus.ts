import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext, Command } from '../src/bot/command.js';
import { UploadRefused, addArticle, removeArticle } from '../src/bot/corpus-files.js';
import { downloadAttachment } from '../src/bot/download.js';
import type { BotMessages } from '../src/bot/i18n.js';
import { LIMITS, truncate } from '../src/bot/limits.js';
import { NO_MENTIONS } from '../src/bot/mentions.js';
import { FOR_MODERATORS } from '../src/bot/preconditions.js';
import { reindexOutcome } from '../src/bot/report.js';

const data = new SlashCommandBuilder()
  .setName('corpus')
  .setNameLocalizations({ hi: 'लेख' })
  .setDescription('Moderators: add or remove an article, then reindex')
  .setDescriptionLocalizations({ hi: 'मॉडरेटर: लेख जोड़ें या हटाएं, फिर रीइंडेक्स' })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    s
      .setName('add')
      .setNameLocalizations({ hi: 'जोड़ें' })
      .setDescription('Add an article: a .md or .txt file of at most 1 MB, in the corpus format')
      .setDescriptionLocalizations({ hi: 'लेख जोड़ें: अधिकतम 1 MB की .md या .txt फ़ाइल' })
      .addAttachmentOption((o) => o.setName('file').setNameLocalizations({ hi: 'फ़ाइल' }).setDescription('The article file').setRequired(true))
      .addBooleanOption((o) => o.setName('replace').setNameLocalizations({ hi: 'बदलें' }).setDescription('Replace an article of the same name')),
  )
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setNameLocalizations({ hi: 'हटाएं' })
      .setDescription('Remove an article (it is moved to removed/, and can be put back)')
      .setDescriptionLocalizations({ hi: 'लेख हटाएं (removed/ में रखा जाता है, वापस लाया जा सकता है)' })
      .addStringOption((o) => o.setName('article').setNameLocalizations({ hi: 'लेख' }).setDescription('The article id').setRequired(true).setAutocomplete(true).setMaxLength(200)),
  )
  .toJSON();

/**
 * Reindex after a change to the folder and reply with the report. A reindex running already may have
 * read the folder before the change: the reply says the change waits for it and one more, then gives
 * the report of that one more.
 */
async function reportAfterChange(interaction: ChatInputCommandInteraction, ctx: BotContext, words: BotMessages, done: string, queuedNote: string): Promise<void> {
  const { done: reindexed, queued } = ctx.service.reindexAfterChange();
  reindexed.catch(() => {});
  if (queued) await interaction.editReply({ content: truncate(`${done} ${queuedNote}`, LIMITS.content), allowedMentions: NO_MENTIONS });
  await interaction.editReply(await reindexOutcome(reindexed, words, done));
}

const command: Command = {
  data,
  preconditions: FOR_MODERATORS,
  async execute(interaction, ctx, { words }) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    try {
      if (interaction.options.getSubcommand() === 'add') {
        const attachment = interaction.options.getAttachment('file', true);
        const bytes = await downloadAttachment(attachment, { apiUrl: ctx.config.DISCORD_API_URL });
        const { file, replaced } = await addArticle(ctx.config.CORPUS_DIR, { name: attachment.name, bytes }, interaction.options.getBoolean('replace') ?? false);
        ctx.logger.info({ file, replaced }, 'article added from Discord');
        await reportAfterChange(interaction, ctx, words, words.corpusAdded(file, replaced), words.corpusAddQueued);
      } else {
        const articleId = interaction.options.getString('article', true);
        const article = ctx.service.current?.article(articleId);
        if (!article) throw new UploadRefused(`there is no article "${truncate(articleId, 100)}"`);
        const moved = await removeArticle(ctx.config.CORPUS_DIR, article.file);
        ctx.logger.info({ file: article.file, moved }, 'article removed from Discord');
        await reportAfterChange(interaction, ctx, words, words.corpusRemoved(article.file, moved), words.corpusRemoveQueued);
      }
    } catch (err) {
      if (!(err instanceof UploadRefused)) throw err;
      await interaction.editReply({ content: truncate(words.corpusRefused(err.message), LIMITS.content), allowedMentions: NO_MENTIONS });
    }
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused().toLowerCase();
    const articles = ctx.service.current?.articles ?? [];
    const matches = articles.filter((a) => a.id.toLowerCase().includes(typed) || a.title.toLowerCase().includes(typed)).slice(0, LIMITS.choices);
    await interaction.respond(matches.map((a) => ({ name: truncate(`${a.id} · ${a.title}`, LIMITS.choiceName), value: truncate(a.id, LIMITS.choiceName) })));
  },
};

export default command;
