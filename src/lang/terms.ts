import { phoneticKey } from './keys.js';
import { scriptOf, type Script } from './script.js';
import { bengaliBases, stems } from './stem.js';
import type { Token } from './tokenize.js';

/**
 * The word stages of the pipeline, token by token: its script, its stems (spelling folded, then
 * endings stripped: stem.ts) and its cross-script keys (keys.ts). A number keeps its digits as its
 * stem and has no key.
 */
export interface TokenTerms {
  token: Token;
  script: Script | undefined;
  stems: string[];
  keys: string[];
}

export function tokenTerms(token: Token): TokenTerms {
  const script = scriptOf(token.norm[0]!);
  if (token.numeric) return { token, script, stems: [token.norm], keys: [] };
  return { token, script, stems: stems(token.norm, script), keys: keysOf(token.norm, script) };
}

/** A word's cross-script keys: one per base, for a Bengali word whose ending may be its own. */
function keysOf(norm: string, script: Script | undefined): string[] {
  const bases = script === 'beng' ? bengaliBases(norm) : [norm];
  return [...new Set(bases.map((b) => phoneticKey(b, script)).filter((k): k is string => k !== undefined))];
}
