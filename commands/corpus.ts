import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { NO_MENTIONS } from '../src/bot/bot.js';
import type { BotContext, Command } from '../src/bot/command.js';
import { MAX_UPLOAD_BYTES, UploadRefused, addArticle, removeArticle } from '../src/bot/corpus-files.js';
import { botMessages, type BotMessages } from '../src/bot/i18n.js';
import { replyLanguage } from '../src/bot/language.js';
import { LIMITS, truncate } from '../src/bot/limits.js';
import { isModerator, requireModerator } from '../src/bot/permissions.js';
import { ReindexFailed, ReindexRefused } from '../src/bot/index-service.js';
import { reportEmbed } from './reindex.js';

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

async function download(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new UploadRefused(`the attachment could not be downloaded (HTTP ${res.status})`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    // never take more than the limit, whatever the attachment claims
    if (size > MAX_UPLOAD_BYTES) return new Uint8Array(size);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function reindexAndReport(interaction: ChatInputCommandInteraction, ctx: BotContext, words: BotMessages, done: string): Promise<void> {
  try {
    const report = await ctx.service.reindex();
    await interaction.editReply({ content: done, embeds: [reportEmbed(report, words)], allowedMentions: NO_MENTIONS });
  } catch (err) {
    if (!(err instanceof ReindexRefused) && !(err instanceof ReindexFailed)) throw err;
    await interaction.editReply({ content: truncate(`${done}\n${words.reindexRefused(err.message)}`, LIMITS.content), allowedMentions: NO_MENTIONS });
  }
}

const command: Command = {
  data,
  async execute(interaction, ctx) {
    const words = botMessages(replyLanguage(null, undefined, interaction.locale));
    if (!(await requireModerator(interaction, ctx, words))) return;
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    try {
      if (interaction.options.getSubcommand() === 'add') {
        const attachment = interaction.options.getAttachment('file', true);
        if (attachment.size > MAX_UPLOAD_BYTES) throw new UploadRefused(`${attachment.name} is ${(attachment.size / 1048576).toFixed(1)} MB, over the 1 MB limit`);
        const bytes = await download(attachment.url);
        const { file, replaced } = await addArticle(ctx.config.CORPUS_DIR, { name: attachment.name, bytes }, interaction.options.getBoolean('replace') ?? false);
        ctx.logger.info({ file, replaced }, 'article added from Discord');
        return await reindexAndReport(interaction, ctx, words, words.corpusAdded(file, replaced));
      }
      const id = interaction.options.getString('article', true);
      const article = ctx.service.current?.article(id);
      if (!article) throw new UploadRefused(`there is no article "${truncate(id, 100)}"`);
      const moved = await removeArticle(ctx.config.CORPUS_DIR, article.file);
      ctx.logger.info({ file: article.file, moved }, 'article removed from Discord');
      await reindexAndReport(interaction, ctx, words, words.corpusRemoved(article.file, moved));
    } catch (err) {
      if (!(err instanceof UploadRefused)) throw err;
      await interaction.editReply({ content: truncate(words.corpusRefused(err.message), LIMITS.content), allowedMentions: NO_MENTIONS });
    }
  },
  async autocomplete(interaction, ctx) {
    if (!interaction.inGuild() || !isModerator(interaction, ctx.config.MODERATOR_ROLE_IDS)) return void (await interaction.respond([]));
    const typed = interaction.options.getFocused().toLowerCase();
    const articles = ctx.service.current?.articles ?? [];
    const matches = articles.filter((a) => a.id.toLowerCase().includes(typed) || a.title.toLowerCase().includes(typed)).slice(0, LIMITS.choices);
    await interaction.respond(matches.map((a) => ({ name: truncate(`${a.id} · ${a.title}`, LIMITS.choiceName), value: truncate(a.id, LIMITS.choiceName) })));
  },
};

export default command;
