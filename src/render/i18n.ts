import type { Language } from '../lang/script.js';

/** The bot's own words, in each language it answers in. Quotes are never translated. */
export interface Messages {
  answer: string;
  sources: string;
  noAnswer: string;
  theyCover: string;
  disagree: string;
  quotesOnly: string;
  languageName: Record<Language, string>;
}

export const MESSAGES: Record<Language, Messages> = {
  en: {
    answer: 'Answer',
    sources: 'Sources',
    noAnswer: 'The articles do not answer this.',
    theyCover: 'They cover:',
    disagree: 'The sources disagree:',
    quotesOnly: 'What the articles say:',
    languageName: { hi: 'Hindi', bn: 'Bengali', en: 'English' },
  },
  hi: {
    answer: 'उत्तर',
    sources: 'स्रोत',
    noAnswer: 'लेखों में इसका उत्तर नहीं है।',
    theyCover: 'इन लेखों में यह है:',
    disagree: 'स्रोत अलग-अलग बात कहते हैं:',
    quotesOnly: 'लेखों में लिखा है:',
    languageName: { hi: 'हिंदी', bn: 'बांग्ला', en: 'अंग्रेज़ी' },
  },
  bn: {
    answer: 'উত্তর',
    sources: 'সূত্র',
    noAnswer: 'প্রতিবেদনগুলিতে এর উত্তর নেই।',
    theyCover: 'প্রতিবেদনগুলিতে আছে:',
    disagree: 'সূত্রগুলি ভিন্ন কথা বলছে:',
    quotesOnly: 'প্রতিবেদনে যা বলা হয়েছে:',
    languageName: { hi: 'হিন্দি', bn: 'বাংলা', en: 'ইংরেজি' },
  },
};

export const messages = (language: Language): Messages => MESSAGES[language];
