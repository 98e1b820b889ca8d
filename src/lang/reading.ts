import { dominantScript, type Language } from './script.js';
import { tellsLanguage, type StopLanguage } from './stopwords.js';
import { tokenize, type Token } from './tokenize.js';
import { isLatinCue } from './words.js';

/** How a text is read: its language, and for Latin script whether it is romanized Hindi or Bengali. */
export interface Reading {
  language: Language;
  romanized: boolean;
  /** False when the text gives too little to tell (only names, no function or question words). */
  confident: boolean;
}

/**
 * How a question is read. Devanagari is Hindi and Bengali script is Bengali; Latin script is English
 * unless more of its function and question words are romanized Hindi's or Bengali's, and then it is
 * that language, romanized.
 */
export function readingOf(text: string, tokens: Token[] = tokenize(text)): Reading {
  switch (dominantScript(text)) {
    case 'deva':
      return { language: 'hi', romanized: false, confident: true };
    case 'beng':
      return { language: 'bn', romanized: false, confident: true };
    case 'latn': {
      const count = (test: (n: string) => boolean) => tokens.filter((t) => test(t.norm)).length;
      const english = count((n) => tellsLanguage(n, 'en') || isLatinCue(n, 'en'));
      const hindi = count((n) => tellsLanguage(n, 'hi-latn') || isLatinCue(n, 'hi'));
      const bengali = count((n) => tellsLanguage(n, 'bn-latn') || isLatinCue(n, 'bn'));
      if (hindi > english && hindi >= bengali) return { language: 'hi', romanized: true, confident: true };
      if (bengali > english && bengali > hindi) return { language: 'bn', romanized: true, confident: true };
      return { language: 'en', romanized: false, confident: english > 0 };
    }
    default:
      return { language: 'en', romanized: false, confident: false };
  }
}

/** The function words a text is read against. */
export function stopLanguage(r: Reading): StopLanguage {
  return r.romanized ? (r.language === 'bn' ? 'bn-latn' : 'hi-latn') : r.language;
}

/**
 * Whether a question so read and a passage of a language stand across English and an Indic language, and meet
 * only through names, numbers, the lexicon and the dictionary. A romanized Hindi or Bengali question is written
 * as English is and reaches Hindi text as an English one does (the lexicon's romanized column, English words
 * typed among its own, sound keys); Hindi and Bengali are not across each other.
 */
export const acrossEnglish = (question: Pick<Reading, 'language' | 'romanized'>, passage: Language) => ((question.romanized ? 'en' : question.language) === 'en') !== (passage === 'en');
