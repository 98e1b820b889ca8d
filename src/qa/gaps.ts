import { analyzeQuery, unitConcepts } from '../lang/analyze.js';
import { withoutVowelMark } from '../lang/keys.js';
import type { Language } from '../lang/script.js';
import type { Outcome } from './types.js';

export interface GapQuestion {
  text: string;
  language: Language;
  outcome: Outcome;
  down: number;
  at: number;
}

export interface Gap {
  /** The most recent wording. */
  example: string;
  count: number;
  languages: Language[];
  abstained: number;
  down: number;
}

/**
 * What a question is about, whatever its language: its concepts (or, for a word the lexicon lacks,
 * its cross-script key or stem) and what it asks for. Questions with the same key are one gap.
 */
export function gapKey(text: string): string {
  const q = analyzeQuery(text);
  const terms = q.units.map((u) => {
    const key = u.alts.find((a) => a.field === 'key');
    const num = u.alts.find((a) => a.field === 'num');
    // (a key without the marks of its vowels, which English and Hindi spelling tell apart: Luther, लूथर)
    return unitConcepts(u)[0] ?? (num ? num.term : key ? withoutVowelMark(key.term) : u.alts[0]!.term);
  });
  return `${q.asks ?? 'thing'}|${[...new Set(terms)].sort().join(' ')}`;
}

/** Questions grouped by what they ask, most asked first. */
export function groupGaps(questions: readonly GapQuestion[]): Gap[] {
  const groups = new Map<string, Gap & { latest: number }>();
  for (const q of questions) {
    const key = gapKey(q.text);
    const g = groups.get(key) ?? { example: q.text, latest: q.at, count: 0, languages: [], abstained: 0, down: 0 };
    g.count++;
    if (!g.languages.includes(q.language)) g.languages.push(q.language);
    if (q.outcome === 'abstained') g.abstained++;
    g.down += q.down;
    if (q.at >= g.latest) {
      g.latest = q.at;
      g.example = q.text;
    }
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || b.latest - a.latest)
    .map(({ latest: _latest, ...g }) => g);
}
