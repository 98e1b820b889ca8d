import { termKey, type Alt, type CorpusNames } from '../lang/analyze.js';
import { endsSentenceBetween } from '../lang/words.js';
import type { SearchIndex } from '../search/index.js';

/** How many passages that hold a key are looked through (by their article's language only) for those of English articles. */
const HOLDERS_SCANNED = 2000;
/**
 * How many passages of English articles are read for a name, for all of a question's words together: a long
 * question of made-up words costs no more.
 */
const QUESTION_READS = 30;

/**
 * The names of a corpus, as the question reader asks for them (lang/query.ts CorpusNames): a sound key is written as
 * a name where a passage of an English article holds it on a capitalized word that does not open its sentence
 * (Itarsi in "…a full audit of the Itarsi installation…"), read off at most QUESTION_READS such passages a
 * question. Measured (npm run eval, before the abstention model was refitted): incident-dev evidence@1 70.8 ->
 * 72.9% ("ইটারসি তদন্ত কমিটির প্রধান কে?" found the Itarsi committee, not Nagpur's), XQuAD Hindi over English
 * 56.0 -> 56.7% and 61 -> 58 answerable questions abstained, nothing else moved; with keys of three consonants
 * taken without their vowel (मानक: Monacan, दौरान: Duran), Hindi over English fell to 55.6%.
 */
export function corpusNames(index: SearchIndex): CorpusNames {
  let reads = QUESTION_READS;
  const isEnglish = (id: number) => index.article(index.passages[id]!.articleId)!.language === 'en';
  const namedIn = (id: number, a: Alt) => {
    const passage = index.passages[id]!;
    const { body } = index.article(passage.articleId)!;
    const { text } = index.analyzed(id);
    const key = termKey(a.field, a.term);
    return text.tokens.some((t, i) => {
      if (i === 0 || !text.keys[i]!.has(key) || !/^\p{Lu}/u.test(t.raw)) return false;
      return !endsSentenceBetween(body.slice(passage.start + text.tokens[i - 1]!.end, passage.start + t.start));
    });
  };
  return {
    writtenAsName(keys) {
      for (const a of keys) {
        for (const id of index.holders(a.field, a.term, HOLDERS_SCANNED).filter(isEnglish)) {
          if (reads <= 0) return false;
          reads--;
          if (namedIn(id, a)) return true;
        }
      }
      return false;
    },
  };
}
