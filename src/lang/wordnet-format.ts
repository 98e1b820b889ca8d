/**
 * The WordNet table's strengths and text format, shared by its build (scripts/build-wordnet.ts) and
 * its reader (wordnet.ts).
 */

/**
 * How strongly a concept reached through WordNet counts as finding the question word, before the
 * sense's share (the square root of its part of the word's tagged uses): always below a lexicon
 * concept (STRENGTH.concept in query.ts), which is the word's own sense, and weaker the further the
 * relation. Reached concepts under `floor` are left out.
 */
export const WORDNET_STRENGTH = {
  /** Another word of the same synset: hit → strike. */
  synonym: 0.7,
  /** A word derived from it: probe (noun) → investigate. */
  derived: 0.6,
  /** A synset one level broader; or a similar adjective. */
  hypernym: 0.55,
  /**
   * Measured on the English XQuAD dev set: lower floors let a word's minor senses reach common concepts
   * (season → staff, sacks → deny), and a unit that may be found by a common concept says less about
   * which passage is meant (evidence@1 64.7% at 0.2, 64.9% at 0.35, 65.5% at 0.5, then 65.2% once a
   * synset had to hold a lexicon form itself, not a word of the same stem; 65.0% without WordNet).
   * Two levels of hypernyms (laptop → portable computer → computer) never passed it, at 0.4 of a
   * sense, so they are not read.
   */
  floor: 0.5,
} as const;

/**
 * How much one sense of a word counts: the square root of its share of the word's uses tagged in
 * WordNet's sense-tagged corpora, each sense counted once more so an untagged sense is not nothing.
 * A word of one sense counts fully; its more frequent senses count more than its rare ones; and
 * every sense counts less the more other senses the word has.
 */
export function senseShare(tags: number, allTags: readonly number[]): number {
  const total = allTags.reduce((sum, t) => sum + t + 1, 0);
  return Math.sqrt((tags + 1) / total);
}

/** The longest WordNet phrase the table holds, in words: the build leaves longer ones out, the reader tries no longer span. */
export const WORDNET_MAX_WORDS = 3;

export interface WordnetEntry {
  /** The word's or phrase's stems, joined by spaces. */
  key: string;
  concepts: { concept: string; strength: number }[];
}

/** One line per entry, `stems|concept:hundredths …`, entries by key and concepts by strength then id: the same data, the same text. */
export function formatWordnetData(entries: readonly WordnetEntry[]): string {
  return [...entries]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((e) => {
      const concepts = [...e.concepts].sort((a, b) => b.strength - a.strength || (a.concept < b.concept ? -1 : 1));
      return `${e.key}|${concepts.map((c) => `${c.concept}:${Math.round(c.strength * 100)}`).join(' ')}`;
    })
    .join('\n');
}

export function parseWordnetData(text: string): WordnetEntry[] {
  return text
    .split('\n')
    .filter((line) => line.includes('|'))
    .map((line) => {
      const [key, rest] = line.split('|') as [string, string];
      const concepts = rest.split(' ').map((pair) => {
        const at = pair.lastIndexOf(':');
        return { concept: pair.slice(0, at), strength: Number(pair.slice(at + 1)) / 100 };
      });
      return { key, concepts };
    });
}
