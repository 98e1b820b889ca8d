import { REST, Routes } from 'discord.js';
import { COMMANDS } from '../commands/index.js';
import { ConfigError, loadConfig } from '../src/config.js';

/**
 * `npm run deploy-commands`: register the slash commands, with one server when DISCORD_GUILD_ID is set
 * (instant, for development), else globally (for production; Discord may take a while to show them).
 * Registration replaces the whole set, so running it again is safe.
 */
async function main(): Promise<void> {
  const config = loadConfig({ require: ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID'] });
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN!);
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID!, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_CLIENT_ID!);
  const registered = (await rest.put(route, { body: COMMANDS.map((c) => c.data) })) as unknown[];
  process.stdout.write(
    `Registered ${registered.length} commands (${COMMANDS.map((c) => `/${c.data.name}`).join(', ')}) ${config.DISCORD_GUILD_ID ? `in server ${config.DISCORD_GUILD_ID}` : 'globally'}.\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`sakshi: ${err instanceof ConfigError ? err.message : `could not register the commands: ${(err as Error).message}`}\n`);
  process.exit(1);
});
