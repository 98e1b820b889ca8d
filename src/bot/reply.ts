import { MessageFlags, type APIEmbed } from 'discord.js';
import type { Answer } from '../qa/types.js';
import { NO_MENTIONS } from './bot.js';
import { answerEmbed } from './embed.js';

export interface AnswerReply {
  embeds: APIEmbed[];
  allowedMentions: typeof NO_MENTIONS;
  flags?: MessageFlags.Ephemeral;
}

/** The whole reply to /ask: one embed, no message content, and mentions of nobody, whatever is quoted. */
export function answerReply(answer: Answer, privately = false): AnswerReply {
  return { embeds: [answerEmbed(answer)], allowedMentions: NO_MENTIONS, ...(privately ? { flags: MessageFlags.Ephemeral } : {}) };
}
