import { termKey, type Alt, type CorpusNames } from '../lang/analyze.js';
import { endsSentenceBetween } from '../lang/words.js';
import { isWord } from '../lang/spelling.js';
import { stemEnglish } from '../lang/stem.js';
import type { SearchIndex } from '../search/index.js';

/** How many passages that hold a key are looked through (by their article's language only) for those of English articles. */
const HOLDERS_SCANNED = 2000;
/**
 * How many passages of English articles are read for a name, for all of a question's words together: a long
 * question of made-up words costs no more.
 */
const QUESTION_READS = 30;
/** A passage more than this share of whose words are capitalized is a heading in title case ("Fire At Plastics Factory Godown Kills Two Workers"): its capitals name nothing. */
const TITLE_CASE_SHARE = 0.5;

/** How many keys' answers are remembered for an index, at most: a corpus asked about keeps reading few passages. */
const REMEMBERED = 10_000;
/** What each index's keys were found to be, read once for all its questions (an index never changes: a reindex makes another). */
const decided = new WeakMap<SearchIndex, Map<string, boolean>>();

/** How a passage writes a key: on a word capitalized as a name is, on a word in lower case, or not at all. */
type Writing = 'name' | 'word' | undefined;

/**
 * The names of a corpus, as the question reader asks for them (lang/query.ts CorpusNames): a sound key is written as
 * a name where passages of English articles hold it on a capitalized word inside a sentence (Itarsi in "…a full
 * audit of the Itarsi installation…"; not a word opening a sentence, nor one after a colon or an opening quote,
 * nor one of a heading in title case, nor an English word capitalized beside another capital, as a word of a longer
 * name is: "the Ordnance Factory gate", "the Factory Inspector") and none of those read holds it on a word in lower
 * case ("the factory"). Read off at most QUESTION_READS such passages a question. Measured (npm run eval, the
 * abstention model refitted): incident-dev evidence@1 70.8 -> 72.9% ("ইটারসি তদন্ত কমিটির প্রধান কে?" found the
 * Itarsi committee, not Nagpur's), XQuAD Hindi over English 56.0 -> 56.7% and its unanswerable abstained 254 -> 256
 * of 325, nothing else moved. Counting every capital inside a sentence gave 56.9% and 259, but a Hindi question
 * about a फैक्ट्री went to an English article of the Ordnance Factory (helper-175); counting no English word at all,
 * 55.9% (Broncos, Panthers are English words); keys of three consonants without their vowel read मानक as Monacan
 * and दौरान as Duran (55.6%).
 */
export function corpusNames(index: SearchIndex): CorpusNames {
  let reads = QUESTION_READS;
  let known = decided.get(index);
  if (known === undefined) decided.set(index, (known = new Map()));
  const remembered = known;
  const isEnglish = (id: number) => index.article(index.passages[id]!.articleId)!.language === 'en';
  const writing = (id: number, a: Alt): Writing => {
    const passage = index.passages[id]!;
    const { body } = index.article(passage.articleId)!;
    const { text } = index.analyzed(id);
    const key = termKey(a.field, a.term);
    const capitalized = (raw: string) => /^\p{Lu}/u.test(raw);
    if (text.tokens.filter((t) => capitalized(t.raw)).length > text.tokens.length * TITLE_CASE_SHARE) return undefined;
    const gap = (i: number) => body.slice(passage.start + text.tokens[i - 1]!.end, passage.start + text.tokens[i]!.start);
    // (a capitalized word right beside another, a space apart: "Ordnance Factory", "Factory Inspector")
    const inName = (i: number) => [i - 1, i + 1].some((k) => k >= 0 && k < text.tokens.length && capitalized(text.tokens[k]!.raw) && /^ $/.test(gap(Math.max(i, k))));
    let found: Writing;
    text.tokens.forEach((t, i) => {
      if (!text.keys[i]!.has(key) || found === 'word') return;
      if (!capitalized(t.raw)) found = 'word';
      else if (i > 0 && !endsSentenceBetween(gap(i)) && !/[:"“‘(]\s*$/u.test(gap(i)) && !(inName(i) && isWord(stemEnglish(t.norm), 'latn'))) found = 'name';
    });
    return found;
  };
  return {
    writtenAsName(keys) {
      for (const a of keys) {
        const key = termKey(a.field, a.term);
        const before = remembered.get(key);
        if (before !== undefined) {
          if (before) return true;
          continue;
        }
        let named = false;
        let complete = true;
        for (const id of index.holders(a.field, a.term, HOLDERS_SCANNED).filter(isEnglish)) {
          if (reads <= 0) {
            complete = false;
            break;
          }
          reads--;
          const w = writing(id, a);
          if (w === 'word') {
            named = false;
            break;
          }
          named ||= w === 'name';
        }
        // (what was read to the end is remembered for the index's later questions; a read the budget cut short, only where it
        // found the name already)
        if (complete || named) {
          if (remembered.size >= REMEMBERED) remembered.clear();
          remembered.set(key, named);
        }
        if (named) return true;
      }
      return false;
    },
  };
}
