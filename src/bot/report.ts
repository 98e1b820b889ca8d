import type { APIEmbed, APIEmbedField } from 'discord.js';
import { escapeText } from './embed.js';
import type { BotMessages } from './i18n.js';
import { ReindexFailed, ReindexRefused, type ReindexReport } from './index-service.js';
import { LIMITS, fitLines, truncate } from './limits.js';
import { NO_MENTIONS } from './mentions.js';

/** A list that fits one field: long lists are summarized, never cut off mid-line. */
function listField(name: string, items: string[], words: BotMessages): APIEmbedField {
  if (items.length === 0) return { name, value: words.none, inline: false };
  return { name: `${name} (${items.length})`, value: fitLines(items.map((item) => `- ${escapeText(truncate(item, 200))}`), LIMITS.fieldValue, words.andMore) };
}

/** What a reindex changed: the counts, then the articles added, changed, removed and failed. */
export function reportEmbed(report: ReindexReport, words: BotMessages): APIEmbed {
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

/**
 * The edit that ends a moderator's reindex (by /reindex, or after /corpus changed a file): `done`
 * (what was already done, if anything) with the report, or with why the reindex was refused while the
 * current index keeps serving. Errors other than a refused or failed reindex are thrown on.
 */
export async function reindexOutcome(reindex: Promise<ReindexReport>, words: BotMessages, done = '') {
  try {
    const report = await reindex;
    return { content: done, embeds: [reportEmbed(report, words)], allowedMentions: NO_MENTIONS };
  } catch (err) {
    if (!(err instanceof ReindexRefused) && !(err instanceof ReindexFailed)) throw err;
    const refused = words.reindexRefused(err.message);
    return { content: truncate(done ? `${done}\n${refused}` : refused, LIMITS.content), allowedMentions: NO_MENTIONS };
  }
}
