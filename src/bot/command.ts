import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Language } from '../lang/script.js';
import type { Store } from '../data/store.js';
import type { Cooldown } from './cooldown.js';
import type { BotMessages } from './i18n.js';
import type { IndexService } from './index-service.js';
import type { Precondition } from './preconditions.js';

/** What every command handler is given. */
export interface BotContext {
  config: Config;
  service: IndexService;
  logger: Logger;
  cooldown: Cooldown;
  store: Store;
}

/** The language the bot speaks to this asker, and its words in that language. */
export interface AskerWords {
  language: Language;
  words: BotMessages;
}

/**
 * A slash command: its definition, as registered with Discord, what must hold before it runs, and
 * its handlers. The dispatcher (dispatch.ts) checks the preconditions, in order, before `execute`
 * and before `autocomplete`; the handlers only do the command's own work.
 */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Checked in this order; the first that refuses answers the asker privately and `execute` never runs. */
  preconditions?: readonly Precondition[];
  /** The language of the bot's words to this asker, refusals included; by default their Discord locale's. */
  language?(interaction: ChatInputCommandInteraction): Language;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext, asker: AskerWords): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
