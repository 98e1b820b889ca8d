import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/bot/command.js';
import { escapeText } from '../src/bot/embed.js';
import { LIMITS, fitLines, truncate } from '../src/bot/limits.js';
import { NO_MENTIONS } from '../src/bot/mentions.js';
import { messages } from '../src/render/i18n.js';

const data = new SlashCommandBuilder()
  .setName('sources')
  .setNameLocalizations({ hi: 'स्रोत' })
  .setDescription('The articles Sakshi answers from, and when the index was built')
  .setDescriptionLocalizations({ hi: 'वे लेख जिनसे साक्षी उत्तर देता है, और इंडेक्स कब बना' })
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .toJSON();

const command: Command = {
  data,
  async execute(interaction, ctx, { language, words }) {
    const index = ctx.service.current;
    if (!index) return void (await interaction.reply({ content: words.stillLoading, allowedMentions: NO_MENTIONS }));
    const counts = new Map<string, number>();
    for (const p of index.passages) counts.set(p.articleId, (counts.get(p.articleId) ?? 0) + 1);
    const lines = index.articles.map((a) =>
      [
        `**${escapeText(truncate(a.title, 200))}**`,
        a.outlet ? escapeText(truncate(a.outlet, 60)) : null,
        a.published?.slice(0, 10) ?? null,
        messages(language).languageName[a.language],
        words.passages(counts.get(a.id) ?? 0),
      ]
        .filter(Boolean)
        .join(' · '),
    );
    const description = fitLines(lines, LIMITS.description, words.andMore);
    await interaction.reply({
      embeds: [
        {
          title: words.sourcesTitle,
          description: description || words.sourcesEmpty,
          footer: { text: words.sourcesBuilt(index.builtAt.replace('T', ' ').slice(0, 16) + ' UTC') },
        },
      ],
      allowedMentions: NO_MENTIONS,
    });
  },
};

export default command;
