import type { ConceptMatch } from './lexicon.js';
import type { NumberPhrase } from './numbers.js';
import type { Language } from './script.js';
import { isTextFunctionWord } from './stopwords.js';
import type { Token } from './tokenize.js';
import { breaksPhrase, isDecadeWord, isPossessive } from './words.js';

/**
 * Decades: a year or a number of tens with a word that makes it a decade (1970s, the 70's, 1970 के दशक, 70
 * के दशक, ১৯৭০-এর দশকে) carries the concept of its decade within a century, so that "the 70s" finds "the
 * 1970s" and "1970 के दशक में" (the year itself finds the year as before).
 */

const DECADE = 'decade-';
/** The concept of one decade of a century (70 for the 1970s and the 70s). */
export const decadeConcept = (tens: number) => `${DECADE}${tens}`;
/** Whether a concept is a decade's. */
export const isDecadeConcept = (concept: string) => concept.startsWith(DECADE);

/**
 * The decades of a text, as concept matches over the number and its decade word: the s written onto it (1950s,
 * 70s; after an apostrophe, the 70's, only on two digits: "the 2020's budget" is the budget of 2020), or the
 * word after it or after one function word between (1950 के दशक, ১৯৫০-এর দশকে), with nothing that breaks a
 * phrase between. The number is a whole number of tens: a year (1950) or two digits (70). Two digits with an
 * s after a possessive, with at most one word between and no word of the text's own after, are an age ("in
 * his 70s", "in her early 70s"), not a decade; with a word after they date it ("their 70s albums", "its 80s
 * heyday"), and a year after a possessive ("their 1970s albums") or a number before दशक or দশক is a decade.
 */
export function decadeMatches(text: string, tokens: readonly Token[], numbers: readonly NumberPhrase[], language: Language): ConceptMatch[] {
  const out: ConceptMatch[] = [];
  const gap = (k: number) => text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  const joined = (k: number) => k < tokens.length && !breaksPhrase(gap(k));
  for (const n of numbers) {
    if (n.first !== n.last || !Number.isInteger(n.value) || n.value % 10 !== 0 || n.value < 10 || (n.value >= 100 && n.value < 1000) || n.value >= 10000) continue;
    const at = n.first;
    const last = [at + 1, at + 2].find(
      (k) =>
        joined(k) &&
        isDecadeWord(tokens[k]!.norm) &&
        (k === at + 1 ? tokens[k]!.norm !== 's' || gap(k) === '' || (gap(k) === "'" && n.value < 100) : tokens[k]!.norm !== 's' && joined(k - 1) && isTextFunctionWord(tokens[k - 1]!.norm, language)),
    );
    if (last === undefined) continue;
    // (two digits with an s after a possessive are an age, "in his 70s", "in her early 70s", where no word of the
    // text's own follows, which they would date: "their 70s albums", "its 80s heyday")
    const dates = joined(last + 1) && !isTextFunctionWord(tokens[last + 1]!.norm, language);
    const aged = last === at + 1 && tokens[last]!.norm === 's' && n.value < 100 && !dates && [at - 1, at - 2].some((k) => k >= 0 && isPossessive(tokens[k]!.norm) && (k === at - 1 || (joined(at - 1) && joined(at))));
    if (!aged) out.push({ first: at, last, concepts: [decadeConcept(n.value % 100)] });
  }
  return out;
}
