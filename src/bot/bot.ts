import { Client, Events, GatewayIntentBits, RESTEvents, type Interaction } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Store } from '../data/store.js';
import type { BotContext, Command } from './command.js';
import { Cooldown } from './cooldown.js';
import { createDispatcher } from './dispatch.js';
import type { IndexService } from './index-service.js';
import { NO_MENTIONS } from './mentions.js';

export interface Bot {
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The Discord client with Sakshi's commands. Only the Guilds intent (no privileged ones); the REST
 * base URL can point at any Discord-compatible server. Interactions go to the dispatcher (dispatch.ts).
 */
export function createBot(opts: { config: Config; service: IndexService; logger: Logger; commands: readonly Command[]; store: Store }): Bot {
  const { config, logger } = opts;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
  });
  const ctx: BotContext = { config, service: opts.service, logger, cooldown: new Cooldown(config.ASK_COOLDOWN_SECONDS), store: opts.store };

  client.once(Events.ClientReady, (c) => logger.info({ user: c.user.tag, guilds: c.guilds.cache.size }, 'connected to Discord'));
  client.on(Events.Error, (err) => logger.error({ err: err.message }, 'client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'gateway resumed'));
  client.rest.on(RESTEvents.RateLimited, (info) => logger.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'rate limited by Discord; waiting'));
  client.rest.on(RESTEvents.Debug, (message) => {
    if (/5\d\d|retry|429/i.test(message)) logger.debug({ message }, 'discord rest');
  });

  const dispatch = createDispatcher(ctx, opts.commands);
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    void dispatch(interaction);
  });

  return {
    client,
    async start() {
      await client.login(config.DISCORD_TOKEN);
    },
    async stop() {
      await client.destroy();
    },
  };
}
