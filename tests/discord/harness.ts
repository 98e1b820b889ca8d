import { once } from 'node:events';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Events } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import { createBot, type Bot } from '../../src/bot/bot.js';
import type { Command } from '../../src/bot/command.js';
import { IndexService } from '../../src/bot/index-service.js';
import { loadConfig, type Config } from '../../src/config.js';
import { Store } from '../../src/data/store.js';
import { createLogger } from '../../src/log.js';
import { CORPUS, tempDir } from '../helpers/corpus.js';
import { FakeDiscord } from './fake-discord.js';

export const TOKEN = 'test-token.MTAwMDAw.secret-part-that-must-never-be-logged';

export interface Running {
  discord: FakeDiscord;
  bot: Bot;
  service: IndexService;
  store: Store;
  config: Config;
  /** Every log line the bot wrote, as text. */
  logs: string[];
  stop(): Promise<void>;
}

/** The real bot, in this process, connected to a fresh Discord-compatible server on 127.0.0.1. */
export async function startBot(
  env: Record<string, string> = {},
  opts: { load?: boolean; tmp?: { dir: string; cleanup: () => Promise<void> }; commands?: readonly Command[] } = {},
): Promise<Running> {
  const discord = await new FakeDiscord().start();
  // a folder the caller gives (to restart over the same data) is the caller's to remove
  const ownTmp = opts.tmp === undefined;
  const tmp = opts.tmp ?? (await tempDir('sakshi-bot-'));
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const config = loadConfig({
    env: {
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: discord.appId,
      DISCORD_API_URL: discord.apiUrl,
      CORPUS_DIR: CORPUS,
      INDEX_PATH: path.join(tmp.dir, 'index.json'),
      ASK_COOLDOWN_SECONDS: '0',
      DATA_DIR: path.join(tmp.dir, 'data'),
      LOG_LEVEL: 'debug',
      // the test server is the deployment's admin server, as DISCORD_GUILD_ID's would be
      ADMIN_GUILD_IDS: discord.guildId,
      ...env,
    },
  });
  const logger = createLogger({ level: config.LOG_LEVEL, production: true, destination: sink });
  const service = new IndexService({ corpusDir: config.CORPUS_DIR, indexPath: config.INDEX_PATH, logger });
  if (opts.load !== false) await service.load();
  const store = new Store(config.DATA_DIR, config.RETENTION_DAYS);
  const bot = createBot({ config, service, logger, commands: opts.commands ?? COMMANDS, store });
  const ready = once(bot.client, Events.ClientReady);
  await bot.start();
  await ready;
  return {
    discord,
    bot,
    service,
    config,
    logs,
    store,
    async stop() {
      await bot.stop();
      store.close();
      await discord.stop();
      if (ownTmp) await tmp.cleanup();
    },
  };
}

/** A string option of a slash command, as Discord sends it. */
export const str = (name: string, value: string, focused = false) => ({ name, type: 3, value, ...(focused ? { focused } : {}) });
export const bool = (name: string, value: boolean) => ({ name, type: 5, value });
