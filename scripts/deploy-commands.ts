import { REST, Routes } from 'discord.js';
import { COMMANDS } from '../commands/index.js';
import { adminServer } from '../src/bot/preconditions.js';
import { ConfigError, loadConfig } from '../src/config.js';

/**
 * `npm run deploy-commands`: register the slash commands. The public ones (/ask, /sources, /help) go
 * to one server when DISCORD_GUILD_ID is set (instant, for development), else globally (production;
 * Discord may take a while to show them). The moderator commands (/reindex, /corpus, /gaps) go to the
 * admin servers only (ADMIN_GUILD_IDS, else DISCORD_GUILD_ID), as server commands: other servers never
 * see them (and the bot refuses them there anyway). A registration replaces a whole set, so each
 * place gets every command it should have in one request, and running it again is safe.
 */
async function main(): Promise<void> {
  const config = loadConfig({ require: ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID'] });
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN!);
  const appId = config.DISCORD_CLIENT_ID!;
  const forModerators = (c: (typeof COMMANDS)[number]) => c.preconditions?.includes(adminServer) ?? false;

  /** Where each command goes: a server id, or undefined for global; in the order COMMANDS lists them. */
  const places = new Map<string | undefined, typeof COMMANDS>();
  const publicPlace = config.DISCORD_GUILD_ID;
  places.set(publicPlace, COMMANDS.filter((c) => !forModerators(c) || (publicPlace !== undefined && config.ADMIN_GUILD_IDS.includes(publicPlace))));
  for (const server of config.ADMIN_GUILD_IDS) if (server !== publicPlace) places.set(server, COMMANDS.filter(forModerators));

  for (const [server, commands] of places) {
    const route = server ? Routes.applicationGuildCommands(appId, server) : Routes.applicationCommands(appId);
    const registered = (await rest.put(route, { body: commands.map((c) => c.data) })) as unknown[];
    process.stdout.write(`Registered ${registered.length} commands (${commands.map((c) => `/${c.data.name}`).join(', ')}) ${server ? `in server ${server}` : 'globally'}.\n`);
  }
  if (config.ADMIN_GUILD_IDS.length === 0) {
    process.stdout.write('The moderator commands (/reindex, /corpus, /gaps) were registered nowhere: set ADMIN_GUILD_IDS to the servers whose moderators may run them.\n');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`sakshi: ${err instanceof ConfigError ? err.message : `could not register the commands: ${(err as Error).message}`}\n`);
  process.exit(1);
});
