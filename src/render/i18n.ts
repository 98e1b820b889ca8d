import type { Language } from '../lang/script.js';

/** The bot's own words, in each language it answers in. Quotes are never translated. */
export interface Messages {
  answer: string;
  sources: string;
  noAnswer: string;
  theyCover: string;
  /** When abstaining: the parts of the question no article covers, each already quoted for the medium. */
  notCovered: (parts: readonly string[]) => string;
  disagree: string;
  quotesOnly: string;
  languageName: Record<Language, string>;
}

/** Quoted parts in a sentence: “a”, “b” and “c”, with the language's own "and". */
function list(parts: readonly string[], and: string): string {
  const quoted = parts.map((p) => `“${p}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${and} ${quoted[quoted.length - 1]}`;
}

export const MESSAGES: Record<Language, Messages> = {
  en: {
    answer: 'Answer',
    sources: 'Sources',
    noAnswer: 'The articles do not answer this.',
    theyCover: 'They cover:',
    notCovered: (parts) => `The articles do not say anything about ${list(parts, 'and')}.`,
    disagree: 'The sources disagree:',
    quotesOnly: 'What the articles say:',
    languageName: { hi: 'Hindi', bn: 'Bengali', en: 'English' },
  },
  hi: {
    answer: 'उत्तर',
    sources: 'स्रोत',
    noAnswer: 'लेखों में इसका उत्तर नहीं है।',
    theyCover: 'इन लेखों में यह है:',
    notCovered: (parts) => `लेखों में ${list(parts, 'और')} के बारे में कुछ नहीं कहा गया है।`,
    disagree: 'स्रोत अलग-अलग बात कहते हैं:',
    quotesOnly: 'लेखों में लिखा है:',
    languageName: { hi: 'हिंदी', bn: 'बांग्ला', en: 'अंग्रेज़ी' },
  },
  bn: {
    answer: 'উত্তর',
    sources: 'সূত্র',
    noAnswer: 'প্রতিবেদনগুলিতে এর উত্তর নেই।',
    theyCover: 'প্রতিবেদনগুলিতে আছে:',
    notCovered: (parts) => `প্রতিবেদনগুলিতে ${list(parts, 'ও')} সম্পর্কে কিছু বলা নেই।`,
    disagree: 'সূত্রগুলি ভিন্ন কথা বলছে:',
    quotesOnly: 'প্রতিবেদনে যা বলা হয়েছে:',
    languageName: { hi: 'হিন্দি', bn: 'বাংলা', en: 'ইংরেজি' },
  },
};

export const messages = (language: Language): Messages => MESSAGES[language];
