import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Store } from '../data/store.js';
import type { Cooldown } from './cooldown.js';
import type { IndexService } from './index-service.js';

/** What every command handler is given. */
export interface BotContext {
  config: Config;
  service: IndexService;
  logger: Logger;
  cooldown: Cooldown;
  store: Store;
}

/** A slash command: its definition, as registered with Discord, and its handlers. */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
