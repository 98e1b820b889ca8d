/** Every reply, whatever it quotes, pings nobody. */
export const NO_MENTIONS = { parse: [] as [] };
