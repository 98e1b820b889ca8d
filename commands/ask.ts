import { InteractionContextType, MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { z } from 'zod';
import type { Command } from '../src/bot/command.js';
import { LANGUAGE_CHOICES, localeLanguage, replyLanguage } from '../src/bot/language.js';
import { LIMITS, truncate } from '../src/bot/limits.js';
import { NO_MENTIONS } from '../src/bot/mentions.js';
import { cooldown, type Precondition } from '../src/bot/preconditions.js';
import { answerReply } from '../src/bot/reply.js';
import { LANGUAGES } from '../src/lang/script.js';
import { ask } from '../src/qa/answer.js';
import { suggestQuestions } from '../src/qa/suggest.js';

/** Longest question accepted. */
export const MAX_QUESTION = 300;

/** The reply language the asker chose; "auto" (or nothing) leaves it to the question and the locale. */
const LanguageChoice = z.enum(['auto', ...LANGUAGES]).nullable().transform((l) => (l === 'auto' || l === null ? undefined : l));

const Options = z.object({
  question: z.string().trim(),
  language: LanguageChoice,
  private: z.boolean().nullable().transform((p) => p ?? false),
});

function readOptions(interaction: ChatInputCommandInteraction) {
  return Options.parse({
    question: interaction.options.getString('question', true),
    language: interaction.options.getString('language'),
    private: interaction.options.getBoolean('private'),
  });
}

/**
 * A question Sakshi will take: not empty, at most MAX_QUESTION characters. Declared before the
 * cooldown, so that a question refused for its form does not start the asker's pause.
 */
const questionFits: Precondition = {
  name: 'questionFits',
  guardsAutocomplete: false,
  logLevel: 'info',
  check(interaction) {
    if (!interaction.isChatInputCommand()) return undefined;
    const { question } = readOptions(interaction);
    if (question.length === 0) return { say: (words) => words.empty };
    if (question.length > MAX_QUESTION) return { say: (words) => words.tooLong(MAX_QUESTION), detail: { length: question.length } };
    return undefined;
  },
};

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
      .addChoices({ name: 'auto', value: 'auto', name_localizations: { hi: 'स्वतः' } }, ...LANGUAGE_CHOICES),
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
  preconditions: [questionFits, cooldown],
  // the question's own language, then the one chosen, then the asker's locale
  language(interaction) {
    const opts = readOptions(interaction);
    return replyLanguage(opts.question, opts.language, interaction.locale);
  },
  async execute(interaction, ctx, { words }) {
    const opts = readOptions(interaction);
    const index = ctx.service.current;
    if (!index) return void (await interaction.reply({ content: words.stillLoading, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }));
    const answer = ask(index, opts.question, { fallbackLanguage: opts.language ?? localeLanguage(interaction.locale) ?? 'en' });
    const questionId = ctx.store.recordQuestion({
      text: opts.question,
      language: answer.language,
      outcome: answer.abstained ? 'abstained' : answer.conflict ? 'conflict' : 'answered',
      userId: interaction.user.id,
      // where it was asked, and whether privately: /gaps shows a server only its own open questions
      server: interaction.guildId,
      private: opts.private,
    });
    await interaction.reply(answerReply(answer, opts.private, questionId));
  },
  async autocomplete(interaction, ctx) {
    const index = ctx.service.current;
    const typed = interaction.options.getFocused().trim();
    if (!index) return void (await interaction.respond([]));
    const chosen = LanguageChoice.safeParse(interaction.options.getString('language'));
    const language = replyLanguage(typed, chosen.success ? chosen.data : undefined, interaction.locale);
    const words = typed.toLowerCase().split(/\s+/).filter((w) => w.length > 1);
    const matches = suggestQuestions(index, language).filter((q) => words.length === 0 || words.some((w) => q.toLowerCase().includes(w)));
    await interaction.respond(
      matches.slice(0, LIMITS.choices).map((q) => ({ name: truncate(q, LIMITS.choiceName), value: truncate(q, LIMITS.choiceName) })),
    );
  },
};

export default command;
