/** Every reply, whatever it quotes, pings nobody. */
export const NO_MENTIONS = { parse: [] as [] };

/**
 * Text in which no @ can start a mention, for words of a question shown where markdown renders (an
 * embed shows <@id> as a name, though it pings nobody): a zero-width space follows every @.
 */
export const unmention = (text: string): string => text.replace(/@/g, '@\u200b');
