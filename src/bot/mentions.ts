/** Every reply, whatever it quotes, pings nobody. */
export const NO_MENTIONS = { parse: [] as [] };

/**
 * Text in which no @ can start a mention and no < a Discord reference (<@id>, <#channel>, <t:time>,
 * </command:id> all begin with "<"), for words of a question shown where markdown renders: an embed
 * shows <@id> as a name though it pings nobody. A zero-width space follows every @ and <.
 */
export const unmention = (text: string): string => text.replace(/[@<]/g, (c) => `${c}\u200b`);
