import { Client, DiscordAPIError, Events, GatewayIntentBits, MessageFlags, RESTEvents, RESTJSONErrorCodes, type Interaction, type RepliableInteraction } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { BotContext, Command } from './command.js';
import { Cooldown } from './cooldown.js';
import { botMessages } from './i18n.js';
import type { Store } from '../data/store.js';
import type { IndexService } from './index-service.js';
import { NO_MENTIONS } from './mentions.js';
import { FEEDBACK_ID } from './reply.js';
import { replyLanguage } from './language.js';

export { NO_MENTIONS };

export interface Bot {
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
}

function isExpired(err: unknown): boolean {
  return err instanceof DiscordAPIError && (err.code === RESTJSONErrorCodes.UnknownInteraction || err.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged);
}

/** Tell the user privately that their command failed, by whatever way the interaction still allows. */
async function apologize(interaction: RepliableInteraction, logger: Logger): Promise<void> {
  const text = botMessages(replyLanguage(null, undefined, interaction.locale)).apology;
  const payload = { content: text, allowedMentions: NO_MENTIONS };
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
  } catch (err) {
    logger.warn({ err: (err as Error).message, interaction: interaction.id }, 'could not send the apology');
  }
}

/**
 * The Discord client with Sakshi's commands. Only the Guilds intent (no privileged ones); the REST
 * base URL can point at any Discord-compatible server. A failing command is logged and answered with
 * a private apology; an interaction Discord no longer knows (10062) is logged and dropped.
 */
export function createBot(opts: { config: Config; service: IndexService; logger: Logger; commands: readonly Command[]; store: Store }): Bot {
  const { config, logger } = opts;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
  });
  const ctx: BotContext = { config, service: opts.service, logger, cooldown: new Cooldown(config.ASK_COOLDOWN_SECONDS), store: opts.store };
  const byName = new Map(opts.commands.map((c) => [c.data.name, c]));

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

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    void handle(interaction);
  });

  async function handle(interaction: Interaction): Promise<void> {
    if (interaction.isButton()) {
      const m = FEEDBACK_ID.exec(interaction.customId);
      if (!m) return;
      try {
        const result = ctx.store.recordFeedback(Number(m[1]), interaction.user.id, m[2] === 'up' ? 1 : -1);
        const words = botMessages(replyLanguage(null, undefined, interaction.locale));
        await interaction.reply({ content: result ? words.feedbackThanks : words.feedbackGone, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
        logger.info({ question: Number(m[1]), vote: m[2], result: result ?? 'gone' }, 'feedback');
      } catch (err) {
        if (isExpired(err)) logger.warn({ interaction: interaction.id }, 'button press expired before it was answered; dropped');
        else logger.error({ err: (err as Error).message }, 'feedback failed');
      }
      return;
    }
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      try {
        await command?.autocomplete?.(interaction, ctx);
      } catch (err) {
        if (isExpired(err)) logger.warn({ interaction: interaction.id }, 'autocomplete expired before it was answered');
        else logger.error({ err: (err as Error).message, command: interaction.commandName }, 'autocomplete failed');
      }
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    const command = byName.get(interaction.commandName);
    if (!command) {
      logger.warn({ command: interaction.commandName }, 'unknown command');
      return;
    }
    const started = performance.now();
    try {
      await command.execute(interaction, ctx);
      logger.info({ command: interaction.commandName, ms: Math.round(performance.now() - started) }, 'command answered');
    } catch (err) {
      if (isExpired(err)) {
        logger.warn({ command: interaction.commandName, interaction: interaction.id }, 'interaction expired before it was answered; dropped');
        return;
      }
      logger.error({ err: (err as Error).stack ?? String(err), command: interaction.commandName }, 'command failed');
      await apologize(interaction, logger);
    }
  }

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
