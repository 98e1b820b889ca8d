import { ENGLISH_WORDS } from './data/english-words.js';

let englishWords: Set<string> | undefined;

/** Whether a stem is one of an English word WordNet knows (data/english-words.ts), read on first use. */
export const isEnglishStem = (stem: string): boolean => (englishWords ??= new Set(ENGLISH_WORDS.split(' '))).has(stem);
