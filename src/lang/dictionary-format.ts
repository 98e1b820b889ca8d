/**
 * The bilingual dictionary's text format and strengths, shared by its build
 * (scripts/build-dictionary.ts) and its reader (dictionary.ts). The build analyzes every word as the
 * index does (stems and cross-script keys), so that reading the table is parsing only: the first
 * question asked does not wait for thirty thousand words to be analyzed.
 */

/** One Hindi translation as the index holds it: its stems, and its cross-script keys of three consonants or more. */
export interface DictionaryWord {
  stems: string[];
  keys: string[];
}

/**
 * An irregular form of a headword that its own stem is not (sought for seek, children for child): the same
 * word as English text writes it, in the senses of the form's part of speech (flew: fly the verb, not the
 * insect), by their places in the headword's list.
 */
export interface DictionaryForm {
  stem: string;
  senses: number[];
}

/** One English headword, by its stem, its irregular forms, and its senses, each the Hindi words that translate it. */
export interface DictionaryEntry {
  english: string;
  forms: DictionaryForm[];
  senses: DictionaryWord[][];
}

/**
 * How strongly a translation counts as finding the question word, before its share of the word's
 * senses: below a lexicon concept (STRENGTH.concept, 0.85), which a person wrote for the word's own
 * sense, since the source says its quality is uneven.
 */
export const DICTIONARY_STRENGTH = 0.75;
/**
 * A word with more senses than this (set, run, take) is left out: its translations would reach most
 * passages of the other language and say nothing about which one is meant.
 */
export const DICTIONARY_MAX_SENSES = 6;

/**
 * The table holds a translation's cross-script keys of this many consonants or more: shorter ones
 * collide too often to say which word is meant (`npm run eval -- --keys`).
 */
export const MIN_KEY_CONSONANTS = 3;

/** How much one sense of a word of `senses` senses counts: every sense alike, less the more there are. */
export const senseWeight = (senses: number) => DICTIONARY_STRENGTH / Math.sqrt(Math.max(1, senses));

/** `english+form:0,1|sense;sense`, a form with its senses' places, a sense its words space-separated, a word `stem+stem/key/key`. */
export function formatDictionary(entries: readonly DictionaryEntry[]): string {
  const word = (w: DictionaryWord) => [w.stems.join('+'), ...w.keys].join('/');
  const form = (f: DictionaryForm) => `${f.stem}:${f.senses.join(',')}`;
  return entries.map((e) => `${[e.english, ...e.forms.map(form)].join('+')}|${e.senses.map((s) => s.map(word).join(' ')).join(';')}`).join('\n');
}

/**
 * A form as `stem:0,1`, its places read as those of the senses kept (`kept[place]`, undefined for a
 * malformed sense that was skipped); none when it has no stem or no sense kept.
 */
function parseForm(text: string, kept: readonly (number | undefined)[]): DictionaryForm | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const places = text
    .slice(colon + 1)
    .split(',')
    .map((n) => (/^\d{1,3}$/.test(n) ? kept[Number(n)] : undefined))
    .filter((n) => n !== undefined);
  return places.length > 0 ? { stem: text.slice(0, colon), senses: [...new Set(places)] } : undefined;
}

/** Parse the table; a malformed line, word or form is skipped (the file is generated, so none is expected). */
export function parseDictionary(text: string): DictionaryEntry[] {
  const out: DictionaryEntry[] = [];
  for (const line of text.split('\n')) {
    const bar = line.indexOf('|');
    if (bar <= 0) continue;
    const written = line
      .slice(bar + 1)
      .split(';')
      .map((s) =>
        s
          .split(' ')
          .filter(Boolean)
          .map((w): DictionaryWord => {
            const [stems = '', ...keys] = w.split('/');
            return { stems: stems.split('+').filter(Boolean), keys };
          })
          .filter((w) => w.stems.length > 0),
      );
    const senses = written.filter((s) => s.length > 0);
    // each written place's place among the senses kept
    let next = 0;
    const kept = written.map((s) => (s.length > 0 ? next++ : undefined));
    const [english = '', ...forms] = line.slice(0, bar).split('+');
    if (senses.length > 0 && english) out.push({ english, forms: forms.map((f) => parseForm(f, kept)).filter((f) => f !== undefined), senses });
  }
  return out;
}
