/** The three languages Sakshi reads and answers in. */
export const LANGUAGES = ['hi', 'bn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Script = 'deva' | 'beng' | 'latn' | 'other';

/** The script each language is written in. */
export const LANGUAGE_SCRIPTS: Readonly<Record<Language, Script>> = { hi: 'deva', bn: 'beng', en: 'latn' };

export function scriptOf(ch: string): Script | undefined {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x0900 && cp <= 0x097f) return 'deva';
  if (cp >= 0xa8e0 && cp <= 0xa8ff) return 'deva';
  if (cp >= 0x0980 && cp <= 0x09ff) return 'beng';
  if (/\p{Script=Latin}/u.test(ch)) return 'latn';
  if (/\p{L}/u.test(ch)) return 'other';
  return undefined;
}

/** How many letters of each script a text has. Digits, marks of no script and punctuation do not count. */
export function scriptCounts(text: string): Record<Script, number> {
  const counts: Record<Script, number> = { deva: 0, beng: 0, latn: 0, other: 0 };
  for (const ch of text) {
    const s = scriptOf(ch);
    if (s) counts[s]++;
  }
  return counts;
}

/** The script most of a text's letters are written in, or undefined when it has no letters. */
export function dominantScript(text: string): Script | undefined {
  const counts = scriptCounts(text);
  let best: Script | undefined;
  let bestCount = 0;
  for (const s of ['deva', 'beng', 'latn', 'other'] as const) {
    if (counts[s] > bestCount) {
      best = s;
      bestCount = counts[s];
    }
  }
  return best;
}

/**
 * An article's language from its script: Devanagari is Hindi, Bengali script is Bengali, Latin is
 * English. Undefined when the text is mostly in another script or has no letters.
 */
export function languageFromScript(text: string): Language | undefined {
  return languageOfScript(dominantScript(text));
}

/** The language a script writes: Devanagari Hindi, Bengali script Bengali, Latin English; undefined for another. */
export function languageOfScript(script: Script | undefined): Language | undefined {
  switch (script) {
    case 'deva':
      return 'hi';
    case 'beng':
      return 'bn';
    case 'latn':
      return 'en';
    default:
      return undefined;
  }
}
