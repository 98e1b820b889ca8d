import type { QuestionWordType, QuestionWords } from './data/types.js';
import { tokenize } from './tokenize.js';
import { LANGUAGE_WORDS } from './words.js';

/** What kind of answer a question asks for. */
export type AnswerType = QuestionWordType | 'money';

/**
 * Question words and phrases of every language (src/lang/data/{en,hi,bn}.ts), read whatever the
 * question's language: people mix them. They shape the answer, not the search: a passage need not
 * contain "how many".
 */
const TYPES: QuestionWordType[] = ['count', 'time', 'person', 'place', 'thing'];
const languages = Object.values(LANGUAGE_WORDS);
const normalized = (pick: (w: QuestionWords) => readonly string[] | undefined) =>
  languages.flatMap((l) => (pick(l.questionWords) ?? []).map((w) => tokenize(w)[0]?.norm).filter((w): w is string => w !== undefined));

/** Question words by the kind of answer they ask for, normalized. */
export const INTERROGATIVES: [QuestionWordType, Set<string>][] = TYPES.map((type) => [type, new Set(normalized((q) => q[type]))]);

export interface QuestionPhrase {
  /** Its words, normalized. */
  words: string[];
  asks: QuestionWordType;
}

/** Question phrases of several words, longest first. */
export const QUESTION_PHRASES: QuestionPhrase[] = languages
  .flatMap((l) => TYPES.flatMap((asks) => (l.questionPhrases[asks] ?? []).map((p) => ({ words: tokenize(p).map((t) => t.norm), asks }))))
  .filter((p) => p.words.length >= 2)
  .sort((a, b) => b.words.length - a.words.length);

/** What a question phrase counts when it names nothing (how old: the lexicon concept age), by the phrase's normalized words. */
const PHRASE_FOCUS = new Map(languages.flatMap((l) => Object.entries(l.phraseFocus).map(([p, c]) => [tokenize(p).map((t) => t.norm).join(' '), c] as const)));

/** The lexicon concepts a question phrase counts without naming them, if it is one that does (how old: age). */
export const phraseFocus = (phrase: string): readonly string[] | undefined => PHRASE_FOCUS.get(phrase);

/** The lexicon concept of age: what "how old" counts (data phraseFocus), and বয়স, उम्र, age name. */
const AGE_CONCEPT = 'age';
/** Whether a lexicon concept is age: a count whose focus holds it asks how old someone is. */
export const isAgeConcept = (id: string): boolean => id === AGE_CONCEPT;

/** Noun-phrase heads that ask when a query opens with them, longest first. */
export const QUERY_HEADS: QuestionPhrase[] = languages
  .flatMap((l) => TYPES.flatMap((asks) => (l.queryHeads[asks] ?? []).map((p) => ({ words: tokenize(p).map((t) => t.norm), asks }))))
  .sort((a, b) => b.words.length - a.words.length);

/** The query head a query opens with, if it opens with one. */
export function queryHeadAt(norms: readonly string[]): QuestionPhrase | undefined {
  return QUERY_HEADS.find((p) => p.words.every((w, k) => norms[k] === w));
}

/** English words that make one question phrase with the "how" before them, and the type it asks. */
export const HOW_PHRASES: Record<string, QuestionWordType> = Object.fromEntries(
  QUESTION_PHRASES.filter((p) => p.words.length === 2 && p.words[0] === 'how').map((p) => [p.words[1]!, p.asks]),
);

const ALL = new Set(INTERROGATIVES.flatMap(([, s]) => [...s]));

export function isInterrogative(norm: string): boolean {
  return ALL.has(norm);
}

/** The answer type an interrogative word asks for, if it is one. */
export function interrogativeType(norm: string): QuestionWordType | undefined {
  for (const [type, words] of INTERROGATIVES) if (words.has(norm)) return type;
  return undefined;
}

/** The question phrase that starts at a token, given every token's normalized form, if one does. */
export function questionPhraseAt(norms: readonly string[], at: number): QuestionPhrase | undefined {
  return QUESTION_PHRASES.find((p) => p.words.every((w, k) => norms[at + k] === w));
}
