import { normalize } from './normalize.js';

export interface Token {
  /** The token as written, a slice of the input. */
  raw: string;
  /** The normalized form used for matching. */
  norm: string;
  /** Offsets into the input (UTF-16 code units). */
  start: number;
  end: number;
  /** Digits only (grouping commas and a decimal point allowed): 1,600 / ১,২০০ / 6.5. */
  numeric: boolean;
}

/**
 * Words are runs of letters and combining marks (so Devanagari and Bengali matras and viramas stay
 * inside their word), with zero-width joiners allowed inside. Numbers are runs of digits of any
 * script, with group separators and one decimal point. A number and a letter touching each other are
 * two tokens (৬টা৪৫ is ৬, টা, ৪৫). Apostrophes inside Latin words are kept (don't).
 */
const TOKEN = /\p{Nd}+(?:[,.]\p{Nd}+)*|[\p{L}\p{M}](?:[\p{L}\p{M}\u200C\u200D]|['’](?=\p{L}))*/gu;

/** A word's normalized form, as a token of it is matched: NFC and the rest of `normalize`, a curly apostrophe straight. */
export const normalizeWord = (raw: string) => normalize(raw).replace(/’/g, "'");

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const numeric = /^\p{Nd}/u.test(raw);
    const norm = numeric ? normalize(raw).replace(/,/g, '') : normalizeWord(raw);
    if (norm.length === 0) continue;
    tokens.push({ raw, norm, start, end: start + raw.length, numeric });
  }
  return tokens;
}
