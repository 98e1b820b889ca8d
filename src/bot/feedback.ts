import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { BotContext } from './command.js';
import { botMessages } from './i18n.js';
import { replyLanguage } from './language.js';
import { NO_MENTIONS } from './mentions.js';

/** A feedback button's custom id: the stored question it is about, so it works after a restart too. */
export const feedbackId = (questionId: number, vote: 'up' | 'down') => `fb:${questionId}:${vote}`;
const FEEDBACK_ID = /^fb:(\d{1,15}):(up|down)$/;

/**
 * A press of 👍/👎 under an answer: the vote is stored against the question (one per user, the last
 * one counts) and the presser is thanked privately, or told the answer is too old to judge. Any
 * other button is not ours and is left alone.
 */
export async function takeFeedback(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const m = FEEDBACK_ID.exec(interaction.customId);
  if (!m) return;
  const result = ctx.store.recordFeedback(Number(m[1]), interaction.user.id, m[2] === 'up' ? 1 : -1);
  const words = botMessages(replyLanguage(null, undefined, interaction.locale));
  await interaction.reply({ content: result ? words.feedbackThanks : words.feedbackGone, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  ctx.logger.info({ question: Number(m[1]), vote: m[2], result: result ?? 'gone' }, 'feedback');
}
