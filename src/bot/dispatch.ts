import { DiscordAPIError, MessageFlags, RESTJSONErrorCodes, type AutocompleteInteraction, type ChatInputCommandInteraction, type Interaction, type RepliableInteraction } from 'discord.js';
import type { Logger } from '../log.js';
import type { AskerWords, BotContext, Command } from './command.js';
import { takeFeedback } from './feedback.js';
import { botMessages } from './i18n.js';
import { replyLanguage } from './language.js';
import { NO_MENTIONS } from './mentions.js';
import { firstRefusal } from './preconditions.js';

/** An interaction Discord no longer knows, or one already answered: nothing more can be sent to it. */
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
 * Routes every interaction to what answers it: a feedback button, a command's autocomplete, or a
 * command, whose declared preconditions are checked here, in one place, before it runs. A refused
 * command gets a private reply in the asker's language saying why, and the refusal is logged; a
 * failing command is logged and answered with a private apology; an interaction Discord no longer
 * knows (10062) is logged and dropped.
 */
export function createDispatcher(ctx: BotContext, commands: readonly Command[]): (interaction: Interaction) => Promise<void> {
  const { logger } = ctx;
  const byName = new Map(commands.map((c) => [c.data.name, c]));

  async function suggest(interaction: AutocompleteInteraction): Promise<void> {
    const command = byName.get(interaction.commandName);
    try {
      if (!command?.autocomplete) return;
      const refused = await firstRefusal(command.preconditions ?? [], interaction, ctx);
      if (refused) {
        logger.debug({ command: interaction.commandName, precondition: refused.precondition.name, user: interaction.user.id }, 'autocomplete refused by a precondition');
        return void (await interaction.respond([]));
      }
      await command.autocomplete(interaction, ctx);
    } catch (err) {
      if (isExpired(err)) logger.warn({ interaction: interaction.id }, 'autocomplete expired before it was answered');
      else logger.error({ err: (err as Error).message, command: interaction.commandName }, 'autocomplete failed');
    }
  }

  async function run(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = byName.get(interaction.commandName);
    if (!command) {
      logger.warn({ command: interaction.commandName }, 'unknown command');
      return;
    }
    const started = performance.now();
    try {
      const language = command.language?.(interaction) ?? replyLanguage(null, undefined, interaction.locale);
      const asker: AskerWords = { language, words: botMessages(language) };
      const refused = await firstRefusal(command.preconditions ?? [], interaction, ctx);
      if (refused) {
        const { precondition, refusal } = refused;
        logger[precondition.logLevel]({ command: interaction.commandName, precondition: precondition.name, user: interaction.user.id, guild: interaction.guildId, ...refusal.detail }, 'command refused by a precondition');
        await interaction.reply({ content: refusal.say(asker.words), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
        return;
      }
      await command.execute(interaction, ctx, asker);
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

  return async function dispatch(interaction: Interaction): Promise<void> {
    if (interaction.isButton()) {
      try {
        await takeFeedback(interaction, ctx);
      } catch (err) {
        if (isExpired(err)) logger.warn({ interaction: interaction.id }, 'button press expired before it was answered; dropped');
        else logger.error({ err: (err as Error).message }, 'feedback failed');
      }
    } else if (interaction.isAutocomplete()) await suggest(interaction);
    else if (interaction.isChatInputCommand()) await run(interaction);
  };
}
