import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Answer } from '../qa/types.js';
import { NO_MENTIONS } from './mentions.js';
import { answerEmbed } from './embed.js';
import { feedbackId } from './feedback.js';

export interface AnswerReply {
  embeds: APIEmbed[];
  allowedMentions: typeof NO_MENTIONS;
  components?: APIActionRowComponent<APIButtonComponent>[];
  flags?: MessageFlags.Ephemeral;
}

/**
 * The whole reply to /ask: one embed, no message content, mentions of nobody whatever is quoted, and
 * 👍/👎 buttons when there is an answer to judge.
 */
export function answerReply(answer: Answer, privately = false, questionId?: number): AnswerReply {
  const buttons =
    questionId !== undefined && !answer.abstained
      ? [
          {
            type: ComponentType.ActionRow as const,
            components: (['up', 'down'] as const).map((vote) => ({
              type: ComponentType.Button as const,
              style: ButtonStyle.Secondary as const,
              custom_id: feedbackId(questionId, vote),
              emoji: { name: vote === 'up' ? '👍' : '👎' },
            })),
          },
        ]
      : undefined;
  return { embeds: [answerEmbed(answer)], allowedMentions: NO_MENTIONS, ...(buttons ? { components: buttons } : {}), ...(privately ? { flags: MessageFlags.Ephemeral } : {}) };
}
