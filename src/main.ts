import { COMMANDS } from '../commands/index.js';
import { createBot } from './bot/bot.js';
import { IndexService } from './bot/index-service.js';
import { Store } from './data/store.js';
import { loadConfigOrExit } from './config.js';
import { createLogger } from './log.js';

/**
 * `npm start`: connect to Discord while the index loads (or is built in a worker thread), answering
 * "still loading" until it is ready. SIGINT and SIGTERM close the connection and exit 0. Commands
 * are registered by `npm run deploy-commands`, never here.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit({ require: ['DISCORD_TOKEN'] });
  const logger = createLogger({ level: config.LOG_LEVEL, production: config.NODE_ENV === 'production' });
  const service = new IndexService({ corpusDir: config.CORPUS_DIR, indexPath: config.INDEX_PATH, logger });
  const store = new Store(config.DATA_DIR, config.RETENTION_DAYS);
  const pruning = setInterval(() => logger.info({ removed: store.prune() }, 'old records pruned'), 86_400_000);
  pruning.unref();
  const bot = createBot({ config, service, logger, commands: COMMANDS, store });
  // the index loads (or builds, in a worker) while the bot connects; until it is ready, /ask says so
  const loading = service.load().then(() => service.watch());
  loading.catch((err: unknown) => {
    logger.fatal({ err: (err as Error).message }, 'the index could not be loaded or built');
    process.exit(1);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await service.close();
    await bot.stop();
    store.close();
    logger.flush();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.on('unhandledRejection', (reason) => logger.error({ err: String(reason) }, 'unhandled rejection'));

  await bot.start();
}

main().catch((err: unknown) => {
  process.stderr.write(`sakshi: could not start: ${(err as Error).message}\n`);
  process.exit(1);
});
