import { matchConcepts, withParents, type ConceptMatch } from './lexicon.js';
import type { TokenTerms } from './terms.js';

/**
 * The concept stage: the lexicon phrases a text's stems name, each with its concepts and every
 * broader one (Delhi Police is also police). A phrase's tokens are not matched again.
 */
export function conceptMatches(terms: readonly TokenTerms[]): ConceptMatch[] {
  return matchConcepts(terms.map((t) => t.stems)).map((m) => ({ ...m, concepts: m.concepts.flatMap(withParents) }));
}

/** The concepts each token stands in, each once: a phrase's concepts go to each of its words. */
export function conceptsByToken(matches: readonly ConceptMatch[], tokens: number): string[][] {
  const out: string[][] = Array.from({ length: tokens }, () => []);
  for (const m of matches) {
    const concepts = [...new Set(m.concepts)];
    for (let i = m.first; i <= m.last; i++) out[i] = [...concepts];
  }
  return out;
}
