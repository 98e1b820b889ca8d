import { readingOf } from '../lang/analyze.js';
import type { Language } from '../lang/script.js';

/** Discord locales that are one of Sakshi's languages (Bengali is not a Discord locale). */
export function localeLanguage(locale: string | null | undefined): Language | undefined {
  if (!locale) return undefined;
  if (locale === 'hi') return 'hi';
  if (locale.startsWith('en')) return 'en';
  return undefined;
}

/**
 * The language of the bot's own words: the question's own language when it tells, then the language
 * the asker chose, then their Discord locale, then English.
 */
export function replyLanguage(text: string | null | undefined, choice: Language | undefined, locale: string | null | undefined): Language {
  if (text) {
    const reading = readingOf(text);
    if (reading.confident) return reading.language;
  }
  return choice ?? localeLanguage(locale) ?? 'en';
}

/** The languages offered as a command option's choices, each named in its own script (Bengali is not a Discord locale, so it is chosen here). */
export const LANGUAGE_CHOICES: readonly { name: string; value: Language }[] = [
  { name: 'हिंदी (Hindi)', value: 'hi' },
  { name: 'বাংলা (Bengali)', value: 'bn' },
  { name: 'English', value: 'en' },
];
