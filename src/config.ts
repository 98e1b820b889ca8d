import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

/** Settings that a variable in the environment (or `.env`) gives. */
const Env = z.object({
  CORPUS_DIR: z.string().trim().min(1).default('corpus'),
  INDEX_PATH: z.string().trim().min(1).optional(),
});
export type Config = z.infer<typeof Env>;

/** A variable is missing or malformed; the message names it and says what to do. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Read `.env` (if any) into the environment, then validate it. Values already set win over `.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dotenvPath?: string): Config {
  if (env === process.env) loadDotenv({ quiet: true, ...(dotenvPath ? { path: dotenvPath } : {}) });
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${issue.path.join('.')} is not valid (${issue.message}); fix it in .env or the environment (see .env.example)`);
  }
  return parsed.data;
}
