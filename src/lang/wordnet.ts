import { WORDNET_EN } from './data/wordnet-en.js';
import { stemOfKey } from './lexicon.js';
import { parseWordnetData, type WordnetEntry } from './wordnet-format.js';

/**
 * English WordNet as the question reader uses it: an English word or phrase the concept lexicon does
 * not know, by its stems, to the lexicon concepts its synonyms, derived words and hypernyms name, each
 * with how strongly it counts as the word (weaker for a word of many senses). The table is compiled by
 * `npm run build:wordnet` and parsed on first use, by the first English question.
 */

export type WordnetConcepts = WordnetEntry['concepts'];

export { WORDNET_MAX_WORDS } from './wordnet-format.js';

let table: Map<string, WordnetConcepts> | undefined;
const wordnet = () => (table ??= new Map(parseWordnetData(WORDNET_EN).map((e) => [e.key, e.concepts])));

/** The concepts a word or phrase reaches through WordNet, given the concept key of each of its words (lexicon.ts conceptKeys); empty if none. */
export function wordnetConcepts(keys: readonly string[]): WordnetConcepts {
  return wordnet().get(keys.join(' ')) ?? [];
}

/** Every English word the table has an entry for, by its stem (its phrases' words are not entries). */
export function wordnetStems(): Iterable<string> {
  return [...wordnet().keys()].filter((k) => !k.includes(' ')).map(stemOfKey);
}

/** Parse the table now rather than on the first English question (see `prepareQuestionReading`). */
export function loadWordnet(): void {
  wordnet();
}
