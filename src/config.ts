import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');
/** A comma-separated list of Discord ids; empty when unset. */
const snowflakes = z
  .string()
  .default('')
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(snowflake));

/** Every setting Sakshi reads from the environment (or `.env`); `.env.example` documents each. */
const Env = z.object({
  DISCORD_TOKEN: z.string().trim().min(1).optional(),
  DISCORD_CLIENT_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://discord.com/api' })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  CORPUS_DIR: z.string().trim().min(1).default('corpus'),
  INDEX_PATH: z.string().trim().min(1).optional(),
  /**
   * The servers whose moderators may run /reindex, /corpus and /gaps (the corpus and the question log
   * are the deployment's, shared by every server the bot is in). Empty: DISCORD_GUILD_ID's server.
   */
  ADMIN_GUILD_IDS: snowflakes,
  MODERATOR_ROLE_IDS: snowflakes,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
  ASK_COOLDOWN_SECONDS: z.coerce.number({ message: 'must be a number of seconds' }).min(0).max(3600).default(5),
  SHARD_COUNT: z
    .union([z.literal('auto'), z.coerce.number({ message: 'must be a whole number of shards or auto' }).int().min(1).max(1000)])
    .default('auto'),
  DATA_DIR: z.string().trim().min(1).default('data'),
  RETENTION_DAYS: z.coerce.number({ message: 'must be a number of days' }).int().min(1).max(3650).default(90),
  NODE_ENV: z.string().optional(),
});
export type Config = z.infer<typeof Env>;

/** What a command needs set before it can run, and what to do about each. */
const NEEDED = {
  DISCORD_TOKEN: 'set it to the bot token from the Discord developer portal (Bot → Reset Token)',
  DISCORD_CLIENT_ID: 'set it to the application id from the Discord developer portal (General Information)',
} as const;

/** A variable is missing or malformed; the message names it and says what to do, and never holds its value. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Read `.env` (if any) into the environment, then validate it, requiring what the caller needs.
 * Values already set in the environment win over `.env`.
 */
export function loadConfig(opts: { env?: NodeJS.ProcessEnv; require?: (keyof typeof NEEDED)[]; dotenvPath?: string } = {}): Config {
  const env = opts.env ?? process.env;
  if (env === process.env) loadDotenv({ quiet: true, ...(opts.dotenvPath ? { path: opts.dotenvPath } : {}) });
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`${name} ${issue.message.replace(/^Invalid input: /, 'is invalid: ')}; fix it in .env or the environment (see .env.example)`);
  }
  for (const key of opts.require ?? []) {
    if (!parsed.data[key]) throw new ConfigError(`${key} is not set; ${NEEDED[key]}, in .env or the environment (see .env.example)`);
  }
  const config = parsed.data;
  // the development server is the admin server unless others are named
  if (config.ADMIN_GUILD_IDS.length === 0 && config.DISCORD_GUILD_ID) config.ADMIN_GUILD_IDS = [config.DISCORD_GUILD_ID];
  // a server's @everyone role has the server's id: as a moderator role it would make every member a moderator
  const servers = new Set([...config.ADMIN_GUILD_IDS, ...(config.DISCORD_GUILD_ID ? [config.DISCORD_GUILD_ID] : [])]);
  const everyone = config.MODERATOR_ROLE_IDS.find((id) => servers.has(id));
  if (everyone) {
    throw new ConfigError(
      `MODERATOR_ROLE_IDS holds ${everyone}, the id of a server (its @everyone role), which would make every member a moderator; remove it and list only moderator roles, in .env or the environment (see .env.example)`,
    );
  }
  return config;
}

/** For entry points: the configuration, or one line on standard error naming what is wrong, and exit 1. */
export function loadConfigOrExit(opts: Parameters<typeof loadConfig>[0] = {}): Config {
  try {
    return loadConfig(opts);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`sakshi: ${err.message}\n`);
    process.exit(1);
  }
}
