import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/bot/command.js';
import { NO_MENTIONS } from '../src/bot/mentions.js';
import { FOR_MODERATORS } from '../src/bot/preconditions.js';
import { reindexOutcome } from '../src/bot/report.js';

const data = new SlashCommandBuilder()
  .setName('reindex')
  .setNameLocalizations({ hi: 'रीइंडेक्स' })
  .setDescription('Moderators: rebuild the index from the corpus folder and report what changed')
  .setDescriptionLocalizations({ hi: 'मॉडरेटर: लेखों के फ़ोल्डर से इंडेक्स फिर बनाएं और बदलाव बताएं' })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .toJSON();

const command: Command = {
  data,
  preconditions: FOR_MODERATORS,
  async execute(interaction, ctx, { words }) {
    // start (or join) the build before anything is awaited, so that a second command arriving meanwhile joins it
    const joining = ctx.service.reindexing;
    const running = ctx.service.reindex();
    running.catch(() => {});
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    if (joining) await interaction.editReply({ content: words.reindexRunning, allowedMentions: NO_MENTIONS });
    await interaction.editReply(await reindexOutcome(running, words));
  },
};

export default command;
