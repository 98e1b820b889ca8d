import { numberLanguages, numberPhrases, type NumberPhrase } from './numbers.js';
import type { Language } from './script.js';
import { timeExpressions, type TimeExpression } from './time.js';
import type { Token } from './tokenize.js';

/** The value stage: the numbers and clock times a text writes, in whatever language and script. */
export interface Values {
  numbers: NumberPhrase[];
  times: TimeExpression[];
}

/** Romanized Hindi and Bengali number words (ek, dui) are read only in a question written that way. */
export function valuesOf(text: string, tokens: readonly Token[], language: Language, romanized: boolean): Values {
  const langs = romanized ? numberLanguages('en', true) : numberLanguages(language, false);
  return { numbers: numberPhrases(tokens.map((t) => t.norm), langs), times: timeExpressions(text) };
}
