/**
 * The index fields, each filled by its own stage of analysis:
 * - text: the normalized word as written;
 * - stem: its stem(s) after spelling folds (सर्वरों → सर्वर, হামলার → হামলা, attacks → attack);
 * - key: its cross-script consonant skeleton (server, सर्वर, সার্ভার → srbr);
 * - native: the same skeleton of a Hindi word the dictionary translates into English words of another
 *   sound (कमल: lotus), kept apart from loanwords and names, as an English word of its sound is a
 *   coincidence far more often than the word (Kemal, कमल); Bengali words are not so marked (analyze.ts);
 * - voweled: a word's short keys marked with a vowel its spelling may be heard as (an English word's,
 *   Luther: ltr~U; a Bengali word's of এ or ও, জেলা: jl.~I; keys.ts `soughtKeys`), which only a word
 *   heard with that vowel seeks (लूथर, जिला); kept apart from `key`, which holds one key per reading of
 *   the word as before, so that a passage's key field neither grows by them nor finds a word twice;
 * - near, nearNative: a long word's keys one consonant away (keys.ts `nearKeys`), of the words whose own keys
 *   go to `key` and to `native`; kept apart from those, so that a word found only as a consonant away from a
 *   passage's word counts as such (STRENGTH.nearKey), not as one of its sound: फ्रेस्नो (prsn) is one consonant
 *   from प्रशांत (prsnt), not the same word;
 * - concept: the lexicon concepts it names (हमला, হামলা, attack → attack);
 * - num: numbers and clock times by value (पांच, ৫, five → 5; ৬টা৪৫, 6:45 → 6:45).
 */
export const FIELDS = ['text', 'stem', 'key', 'native', 'voweled', 'near', 'nearNative', 'concept', 'num'] as const;
export type Field = (typeof FIELDS)[number];

export type FieldTerms = Record<Field, string[]>;

/** The fields of sound keys: a word's own, and those a consonant away. */
export const KEY_FIELDS: ReadonlySet<Field> = new Set(['key', 'native', 'voweled', 'near', 'nearNative']);

/** The key of a term in a field, for looking it up in document frequencies and matches; never read back. */
export const termKey = (field: Field, term: string) => `${field}:${term}`;
