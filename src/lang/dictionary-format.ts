/**
 * The bilingual dictionary's text format and strengths, shared by its build
 * (scripts/build-dictionary.ts) and its reader (dictionary.ts).
 */

/** One English headword and its senses, each the Hindi words that translate it. */
export interface DictionaryEntry {
  english: string;
  senses: string[][];
}

/**
 * How strongly a translation counts as finding the question word, before its share of the word's
 * senses: below a lexicon concept (STRENGTH.concept, 0.85), which a person wrote for the word's own
 * sense, since the source says its quality is uneven.
 */
export const DICTIONARY_STRENGTH = 0.75;
/**
 * A word with more senses than this (set, run, take) is left out: its translations would reach most
 * passages of the other language and say nothing about which one is meant.
 */
export const DICTIONARY_MAX_SENSES = 6;

/** How much one sense of a word of `senses` senses counts: every sense alike, less the more there are. */
export const senseWeight = (senses: number) => DICTIONARY_STRENGTH / Math.sqrt(Math.max(1, senses));

export function formatDictionary(entries: readonly DictionaryEntry[]): string {
  return entries.map((e) => `${e.english}|${e.senses.map((s) => s.join(' ')).join(';')}`).join('\n');
}

/** Parse the table; a malformed line is skipped (the file is generated, so none is expected). */
export function parseDictionary(text: string): DictionaryEntry[] {
  const out: DictionaryEntry[] = [];
  for (const line of text.split('\n')) {
    const bar = line.indexOf('|');
    if (bar <= 0) continue;
    const senses = line
      .slice(bar + 1)
      .split(';')
      .map((s) => s.split(' ').filter(Boolean))
      .filter((s) => s.length > 0);
    if (senses.length > 0) out.push({ english: line.slice(0, bar), senses });
  }
  return out;
}
