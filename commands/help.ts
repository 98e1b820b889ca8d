import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/bot/command.js';
import { LANGUAGE_CHOICES, replyLanguage } from '../src/bot/language.js';
import { NO_MENTIONS } from '../src/bot/mentions.js';
import { suggestQuestions } from '../src/qa/suggest.js';
import { LANGUAGES } from '../src/lang/script.js';
import { z } from 'zod';

const data = new SlashCommandBuilder()
  .setName('help')
  .setNameLocalizations({ hi: 'मदद' })
  .setDescription('What Sakshi does, the languages it reads, and example questions')
  .setDescriptionLocalizations({ hi: 'साक्षी क्या करता है, कौन-सी भाषाएं, और उदाहरण प्रश्न' })
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption((o) =>
    o
      .setName('language')
      .setNameLocalizations({ hi: 'भाषा' })
      .setDescription('Language of the help (Bengali is not a Discord locale: choose it here)')
      .setDescriptionLocalizations({ hi: 'मदद की भाषा' })
      .addChoices(...LANGUAGE_CHOICES),
  )
  .toJSON();

const Language = z.enum(LANGUAGES).nullable().transform((l) => l ?? undefined);

const command: Command = {
  data,
  language: (interaction) => replyLanguage(null, Language.parse(interaction.options.getString('language')), interaction.locale),
  async execute(interaction, ctx, { language, words }) {
    const index = ctx.service.current;
    const examples = index ? suggestQuestions(index, language).slice(0, 3) : [];
    await interaction.reply({
      embeds: [
        {
          title: words.helpTitle,
          description: [words.helpBody, '', words.helpLanguages, '', words.helpCommands].join('\n'),
          fields: examples.length > 0 ? [{ name: words.helpExamples, value: examples.map((q) => `- /ask ${q}`).join('\n') }] : [],
        },
      ],
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
  },
};

export default command;
