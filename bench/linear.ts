import type { Article } from '../src/corpus/article.js';
import { MAX_LINE, sentences } from '../src/corpus/clean.js';
import { analyzeQuery } from '../src/lang/analyze.js';
import { analyzeArticle } from '../src/search/index.js';

/**
 * How the cost of reading hostile text grows with its length: an article of one line, and a question,
 * four times as long against once, for the shapes of text that were once quadratic. A linear pass
 * gives about 4; a quadratic one 16. Timings are the fastest of several runs, so that the pauses of
 * the garbage collector and of other processes are left out.
 */

/** One-line texts of `size` characters, of the shapes that were quadratic. */
export const HOSTILE_SHAPES: Record<string, (size: number) => string> = {
  'running text': (size) => {
    let s = '';
    for (let i = 0; s.length < size; i++) s += `The police said that ${i} servers were hacked on Tuesday at 9:30 am. `;
    return s;
  },
  'full stops after long words': (size) => `${'कुलपांचसर्वरहैक'.repeat(8)}. `.repeat(Math.ceil(size / 122)),
  'app and download everywhere': (size) => 'app download '.repeat(Math.ceil(size / 13)),
  'stops and brackets': (size) => '. [ Dr. { A. : '.repeat(Math.ceil(size / 15)),
  // (each clock time once looked for a currency sign in all the text before it)
  'clock times everywhere': (size) => 'at 6.45 '.repeat(Math.ceil(size / 8)),
};

/** Above this ratio for four times the length, the growth is more than linear. */
export const LINEAR_BOUND = 8;

function fastestMs(fn: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export interface Linearity {
  shape: string;
  /** Time for an article four times as long, over the time for one `articleChars` long. */
  articleRatio: number;
  /** The same for a question of `questionChars`, read five times per timing. */
  questionRatio: number;
}

export function linearity(articleChars: number, questionChars: number): Linearity[] {
  return Object.entries(HOSTILE_SHAPES).map(([shape, make]) => {
    const article = (size: number): Article => ({ id: 'x', file: 'x.md', title: 't', language: 'en', outlet: null, url: null, published: null, body: make(size) });
    const small = article(articleChars);
    const large = article(4 * articleChars);
    analyzeArticle(small); // warm up the regex and lexicon caches
    const articleRatio = fastestMs(() => analyzeArticle(large), 5) / fastestMs(() => analyzeArticle(small), 5);
    const repeated = (text: string) => () => {
      for (let i = 0; i < 5; i++) analyzeQuery(text);
    };
    const smallQuestion = repeated(make(questionChars));
    const largeQuestion = repeated(make(4 * questionChars));
    smallQuestion();
    largeQuestion();
    const questionRatio = fastestMs(largeQuestion, 7) / fastestMs(smallQuestion, 7);
    return { shape, articleRatio, questionRatio };
  });
}

/**
 * Splitting one line of many full stops into sentences, the longest line kept whole (MAX_LINE) against
 * a quarter of it, fifty times each: lines are cut at MAX_LINE, so a pass that looked back over the
 * whole line would be quadratic only inside a line.
 */
export function sentenceLinearity(): number {
  const many = (size: number) => {
    const text = 'Dr. Sharma said five. '.repeat(Math.ceil(size / 22)).slice(0, size);
    return () => {
      for (let i = 0; i < 50; i++) sentences(text, { start: 0, end: text.length });
    };
  };
  const small = many(MAX_LINE / 4);
  const large = many(MAX_LINE);
  small();
  large();
  return fastestMs(large, 7) / fastestMs(small, 7);
}
