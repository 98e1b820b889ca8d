import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/**
 * Structured logs: one JSON object a line in production or when not on a terminal, readable lines on
 * a terminal in development. The token never appears: any field named token or authorization is
 * redacted wherever it is.
 */
export function createLogger(opts: { level: string; production?: boolean; destination?: NodeJS.WritableStream } = { level: 'info' }): Logger {
  const options = {
    level: opts.level,
    base: { app: 'sakshi' },
    redact: { paths: ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'authorization', '*.authorization', 'headers.authorization'], censor: '[redacted]' },
  };
  const destination = opts.destination ?? process.stdout;
  const readable = !opts.production && destination === process.stdout && process.stdout.isTTY;
  return readable ? pino(options, pretty({ colorize: true, destination: 1, sync: true })) : pino(options, destination as never);
}
