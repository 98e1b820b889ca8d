import { analyzeText } from '../lang/analyze.js';
import { concept, label } from '../lang/lexicon.js';
import type { Language } from '../lang/script.js';
import { EVENTS, questionTemplates, type QuestionTemplates } from '../lang/words.js';
import type { SearchIndex } from '../search/index.js';
import { ask } from './answer.js';
import { MONEY_CONCEPTS, TIME_CONCEPTS } from './question.js';

/** Passages read to find what the corpus counts: enough to see its topics, bounded for large corpora. */
const SAMPLE = 2000;
const PER_KIND = 6;

const cache = new WeakMap<SearchIndex, Record<Language, string[]>>();

/**
 * Questions the corpus can answer, in each language: templates filled with what the articles count
 * and report, each kept only if Sakshi answers it (not abstaining, with a short answer).
 */
export function suggestQuestions(index: SearchIndex, language: Language): string[] {
  let all = cache.get(index);
  if (!all) {
    all = build(index);
    cache.set(index, all);
  }
  return all[language];
}

function build(index: SearchIndex): Record<Language, string[]> {
  const counted = new Map<string, number>();
  const present = new Set<string>();
  const step = Math.max(1, Math.floor(index.passages.length / SAMPLE));
  for (let p = 0; p < index.passages.length; p += step) {
    const passage = index.passages[p]!;
    const article = index.article(passage.articleId)!;
    const text = analyzeText(article.body.slice(passage.start, passage.end), article.language);
    const conceptsAt = (i: number) => text.concepts[i] ?? [];
    text.concepts.forEach((cs) => cs.forEach((c) => present.add(c)));
    for (const n of text.numbers) {
      for (const i of [n.last + 1, n.last + 2]) {
        for (const c of conceptsAt(i)) {
          if (concept(c)?.entity || MONEY_CONCEPTS.has(c) || TIME_CONCEPTS.has(c)) continue;
          counted.set(c, (counted.get(c) ?? 0) + 1);
        }
      }
    }
  }
  const topCounted = [...counted].sort((a, b) => b[1] - a[1]).slice(0, PER_KIND).map(([c]) => c);
  const events = EVENTS.filter((e) => present.has(e)).slice(0, PER_KIND);
  const out = { en: [], hi: [], bn: [] } as Record<Language, string[]>;
  for (const language of ['en', 'hi', 'bn'] as const) {
    const templates = questionTemplates(language);
    const fill = (kind: Exclude<keyof QuestionTemplates, 'money'>, c: string) => {
      const word = label(c, language);
      return word ? templates[kind](word) : undefined;
    };
    const candidates = [
      ...topCounted.map((c) => fill('count', c)),
      ...events.map((c) => fill('when', c)),
      ...(present.has('investigate') ? events.map((c) => fill('who', c)) : []),
      ...([...present].some((c) => MONEY_CONCEPTS.has(c)) && (present.has('demand') || present.has('ransom')) ? [templates.money()] : []),
    ].filter((q): q is string => q !== undefined);
    for (const q of new Set(candidates)) {
      const a = ask(index, q);
      if (!a.abstained && a.answer !== null) out[language].push(q);
    }
  }
  return out;
}
