import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { NO_MENTIONS } from '../src/bot/bot.js';
import type { Command } from '../src/bot/command.js';
import { answerReply } from '../src/bot/reply.js';
import { botMessages } from '../src/bot/i18n.js';
import { localeLanguage, replyLanguage } from '../src/bot/language.js';
import { LIMITS, truncate } from '../src/bot/limits.js';
import { readingOf } from '../src/lang/analyze.js';
import { LANGUAGES } from '../src/lang/script.js';
import { ask } from '../src/qa/answer.js';
import { suggestQuestions } from '../src/qa/suggest.js';

/** Longest question accepted. */
export const MAX_QUESTION = 300;

const Options = z.object({
  question: z.string().trim(),
  language: z.enum(['auto', ...LANGUAGES]).nullable().transform((l) => (l === 'auto' || l === null ? undefined : l)),
  private: z.boolean().nullable().transform((p) => p ?? false),
});

const data = new SlashCommandBuilder()
  .setName('ask')
  .setNameLocalizations({ hi: 'पूछें' })
  .setDescription('Ask about the incident: a short answer, the quoted evidence and its source')
  .setDescriptionLocalizations({ hi: 'घटना के बारे में पूछें: छोटा उत्तर, लेख से सबूत और उसका स्रोत' })
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption((o) =>
    o
      .setName('question')
      .setNameLocalizations({ hi: 'प्रश्न' })
      .setDescription('Your question, in Hindi, Bengali or English')
      .setDescriptionLocalizations({ hi: 'आपका प्रश्न, हिंदी, बांग्ला या अंग्रेज़ी में' })
      .setRequired(true)
      .setMaxLength(MAX_QUESTION)
      .setAutocomplete(true),
  )
  .addStringOption((o) =>
    o
      .setName('language')
      .setNameLocalizations({ hi: 'भाषा' })
      .setDescription('Language of the reply when the question itself does not tell')
      .setDescriptionLocalizations({ hi: 'उत्तर की भाषा, जब प्रश्न से पता न चले' })
      .addChoices(
        { name: 'auto', value: 'auto', name_localizations: { hi: 'स्वतः' } },
        { name: 'हिंदी (Hindi)', value: 'hi' },
        { name: 'বাংলা (Bengali)', value: 'bn' },
        { name: 'English', value: 'en' },
      ),
  )
  .addBooleanOption((o) =>
    o
      .setName('private')
      .setNameLocalizations({ hi: 'निजी' })
      .setDescription('Only you see the answer')
      .setDescriptionLocalizations({ hi: 'उत्तर केवल आपको दिखे' }),
  )
  .toJSON();

const command: Command = {
  data,
  async execute(interaction, ctx) {
    const opts = Options.parse({
      question: interaction.options.getString('question', true),
      language: interaction.options.getString('language'),
      private: interaction.options.getBoolean('private'),
    });
    const language = replyLanguage(opts.question, opts.language, interaction.locale);
    const words = botMessages(language);
    const privately = (content: string) => interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    if (opts.question.length === 0) return void (await privately(words.empty));
    if (opts.question.length > MAX_QUESTION) return void (await privately(words.tooLong(MAX_QUESTION)));
    const wait = ctx.cooldown.take(interaction.user.id);
    if (wait > 0) return void (await privately(words.cooldown(wait)));
    const index = ctx.service.current;
    if (!index) return void (await privately(words.stillLoading));
    const answer = ask(index, opts.question, { fallbackLanguage: opts.language ?? localeLanguage(interaction.locale) ?? 'en' });
    const questionId = ctx.store.recordQuestion({
      text: opts.question,
      language: answer.language,
      outcome: answer.abstained ? 'abstained' : answer.conflict ? 'conflict' : 'answered',
      userId: interaction.user.id,
    });
    await interaction.reply(answerReply(answer, opts.private, questionId));
  },
  async autocomplete(interaction, ctx) {
    const index = ctx.service.current;
    const typed = interaction.options.getFocused().trim();
    if (!index) return void (await interaction.respond([]));
    const reading = typed ? readingOf(typed) : undefined;
    const chosen = interaction.options.getString('language');
    const language = reading?.confident ? reading.language : chosen && chosen !== 'auto' ? (chosen as (typeof LANGUAGES)[number]) : (localeLanguage(interaction.locale) ?? 'en');
    const words = typed.toLowerCase().split(/\s+/).filter((w) => w.length > 1);
    const matches = suggestQuestions(index, language).filter((q) => words.length === 0 || words.some((w) => q.toLowerCase().includes(w)));
    await interaction.respond(
      matches.slice(0, LIMITS.choices).map((q) => ({ name: truncate(q, LIMITS.choiceName), value: truncate(q, LIMITS.choiceName) })),
    );
  },
};

export default command;
