import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { loadConfigOrExit } from './config.js';
import { createLogger } from './log.js';

/**
 * `npm run start:sharded`: the bot in several processes, one per shard (discord.js ShardingManager).
 * Each shard process loads the same index file and watches it: a /reindex in any shard writes a new
 * file, and every shard loads it.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit({ require: ['DISCORD_TOKEN'] });
  const logger = createLogger({ level: config.LOG_LEVEL, production: config.NODE_ENV === 'production' });
  const typescript = import.meta.url.endsWith('.ts');
  const manager = new ShardingManager(fileURLToPath(new URL(typescript ? './main.ts' : './main.js', import.meta.url)), {
    token: config.DISCORD_TOKEN,
    totalShards: config.SHARD_COUNT,
    execArgv: typescript ? ['--import', 'tsx'] : [],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => logger.info({ shard: shard.id }, 'shard started'));
  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping all shards');
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await manager.spawn({ timeout: 60_000 });
}

main().catch((err: unknown) => {
  process.stderr.write(`sakshi: could not start the shards: ${(err as Error).message}\n`);
  process.exit(1);
});
