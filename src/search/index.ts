import type MiniSearch from 'minisearch';
import type { Query, SearchResult } from 'minisearch';
import type { Article } from '../corpus/article.js';
import type { CorpusFailure } from '../corpus/load.js';
import { passagesOf, type Passage } from '../corpus/passages.js';
import { FIELDS, analyzePassage, termKey, type AnalyzedText, type Field, type QueryUnit } from '../lang/analyze.js';
import { AnalysisCache, type AnalyzedPassage } from './analysis-cache.js';
import { engineFrequency, engineHolders, newEngine, splitTerms } from './engine.js';
import { readIndex, type IndexContents } from './index-file.js';

export type { AnalyzedPassage } from './analysis-cache.js';

/**
 * A term held by more than this share of passages (unless the corpus is so small that this is only a
 * few passages) is too common to tell passages apart: it is not put in MiniSearch at all, which keeps
 * the index small and quick to load, and never makes passages candidates; its document frequency is
 * kept for weighting, and the few best candidates are checked for it word by word.
 */
const COMMON_SHARE = 0.05;
const COMMON_MIN = 500;
/** For each common term, this many of its passages (evenly spread) are kept: candidates for a question of nothing but common words. */
const COMMON_SAMPLE = 256;

/** Postings a question may have MiniSearch score: its rarest alternatives first, until this many. */
const POSTING_BUDGET = 1000;

/** The document frequency above which a term is common in a corpus of n passages. */
export const commonAbove = (n: number) => Math.max(COMMON_MIN, Math.floor(n * COMMON_SHARE));

export interface Hit {
  /** The passage's number in the index. */
  id: number;
  passage: Passage;
  /** MiniSearch's BM25 score over every field. */
  score: number;
  /** The query terms it holds, as `field:term` keys. */
  found: Set<string>;
}

export interface SearchResults {
  /** The best passages by BM25. */
  hits: Hit[];
  /** For each article with a matching passage, every query term any of its passages holds. */
  articleFound: Map<string, Set<string>>;
}

export interface IndexStats {
  articles: number;
  passages: number;
  builtAt: string;
}

/** An article's passages and, for each, its analyzed terms field by field (space-joined, in FIELDS order). */
export interface AnalyzedArticle {
  passages: Passage[];
  docs: string[][];
}

/** Split an article into passages and analyze each: the costly part of indexing. */
export function analyzeArticle(article: Article): AnalyzedArticle {
  const passages = passagesOf(article);
  const docs = passages.map((p) => {
    const terms = analyzePassage(article.body.slice(p.start, p.end), article.language);
    return FIELDS.map((f) => terms[f].join(' '));
  });
  return { passages, docs };
}

export interface BuildInput {
  articles: Article[];
  failures: CorpusFailure[];
  fingerprint: string;
}

/**
 * The searchable corpus: articles, their passages and the MiniSearch index over them, with the query
 * planning that keeps a question's cost proportional to what is informative in it.
 */
export class SearchIndex {
  readonly articles: readonly Article[];
  readonly passages: readonly Passage[];
  readonly failures: readonly CorpusFailure[];
  readonly fingerprint: string;
  readonly builtAt: string;
  private readonly articleById: Map<string, Article>;
  private readonly outsideDf: ReadonlyMap<string, number>;
  private readonly common: ReadonlyMap<string, readonly number[]>;
  private readonly mini: MiniSearch;
  private readonly analysis: AnalysisCache;

  private constructor(c: IndexContents) {
    this.articles = c.articles;
    this.passages = c.passages;
    this.failures = c.failures;
    this.fingerprint = c.fingerprint;
    this.builtAt = c.builtAt;
    this.outsideDf = c.outsideDf;
    this.common = c.common;
    this.mini = c.mini;
    this.articleById = new Map(c.articles.map((a) => [a.id, a]));
    this.analysis = new AnalysisCache(this.passages, (id) => this.articleById.get(id));
  }

  /**
   * Build from articles. `analyzed` gives an article's passages and analyzed terms; by default they
   * are computed, but a reindex passes the ones it kept for articles that did not change.
   */
  static build(input: BuildInput, analyzed: (article: Article) => AnalyzedArticle = analyzeArticle): SearchIndex {
    const passages: Passage[] = [];
    const docs: string[][] = [];
    const df = new Map<string, number>();
    for (const article of input.articles) {
      const a = analyzed(article);
      a.passages.forEach((p, i) => {
        const fields = a.docs[i]!;
        FIELDS.forEach((f, k) => {
          for (const t of new Set(splitTerms(fields[k]!))) df.set(termKey(f, t), (df.get(termKey(f, t)) ?? 0) + 1);
        });
        passages.push(p);
        docs.push(fields);
      });
    }
    // the terms are split again passage by passage rather than kept split: far less memory on a large corpus
    const cap = commonAbove(passages.length);
    const common = new Map<string, number[]>();
    const seen = new Map<string, number>();
    const mini = newEngine();
    docs.forEach((fields, id) => {
      const doc: Record<string, string | number> = { id };
      FIELDS.forEach((f, k) => {
        const terms = splitTerms(fields[k]!);
        for (const t of new Set(terms)) {
          const key = termKey(f, t);
          const n = df.get(key)!;
          if (n <= cap) continue;
          const i = seen.get(key) ?? 0;
          seen.set(key, i + 1);
          if (i % Math.ceil(n / COMMON_SAMPLE) !== 0) continue;
          const list = common.get(key) ?? [];
          list.push(id);
          common.set(key, list);
        }
        doc[f] = terms.filter((t) => df.get(termKey(f, t))! <= cap).join(' ');
      });
      mini.add(doc);
    });
    // MiniSearch counts the passages of every term it holds; only the others' counts are kept here
    // (the common terms, and an empty term, which MiniSearch skips)
    const outsideDf = new Map<string, number>();
    for (const [key, n] of df) if (n > cap || key.endsWith(':')) outsideDf.set(key, n);
    return new SearchIndex({ ...input, builtAt: new Date().toISOString(), passages, outsideDf, common, mini });
  }

  /** Load a saved index (see index-file.ts), yielding to the event loop as it reads; a damaged or outdated one is an IndexFileError. */
  static async load(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): Promise<SearchIndex> {
    return new SearchIndex(await readIndex(source));
  }

  /** What is saved of it (see indexFileLines). */
  contents(): IndexContents {
    const { articles, failures, passages, fingerprint, builtAt, outsideDf, common, mini } = this;
    return { articles, failures, passages, fingerprint, builtAt, outsideDf, common, mini };
  }

  article(id: string): Article | undefined {
    return this.articleById.get(id);
  }

  get stats(): IndexStats {
    return { articles: this.articles.length, passages: this.passages.length, builtAt: this.builtAt };
  }

  /** How many passages hold a term in a field. */
  documentFrequency(field: Field, term: string): number {
    return this.outsideDf.get(termKey(field, term)) ?? engineFrequency(this.mini, field, term);
  }

  /**
   * Passages that hold a term in a field, at most `limit`, the first in the corpus (for a common term,
   * of its kept sample).
   */
  holders(field: Field, term: string, limit: number): number[] {
    const out: number[] = [];
    for (const id of this.common.get(termKey(field, term)) ?? engineHolders(this.mini, field, term)) {
      if (out.length >= limit) break;
      out.push(id);
    }
    return out;
  }

  /**
   * A passage analyzed token by token, with every `field:term` key it holds: for the few best
   * candidates of a question. Kept for the passages asked about most recently.
   */
  analyzed(id: number): AnalyzedPassage {
    return this.analysis.passage(id);
  }

  /** The ids of the passages just before and after a passage in its own paragraph (the one before first), those there are. */
  besideInParagraph(id: number): number[] {
    const passage = this.passages[id]!;
    return [id - 1, id + 1].filter((k) => {
      const p = this.passages[k];
      return p !== undefined && p.articleId === passage.articleId && p.paragraph === passage.paragraph;
    });
  }

  /** An article's title analyzed token by token, for words of the question that must stand side by side in it. */
  titleText(articleId: string): AnalyzedText {
    return this.analysis.titleText(articleId);
  }

  /** The `field:term` keys of an article's title, for matching a question's words against the article as a whole. */
  titleTerms(articleId: string): Set<string> {
    return this.analysis.titleTerms(articleId);
  }

  /** Candidates for a question of nothing but common words: the kept sample of its rarest common term's passages. */
  private sampled(units: readonly QueryUnit[]): SearchResults {
    let best: { key: string; df: number } | undefined;
    for (const u of units) {
      for (const a of u.alts) {
        const key = termKey(a.field, a.term);
        const df = this.documentFrequency(a.field, a.term);
        if (this.common.has(key) && (!best || df < best.df)) best = { key, df };
      }
    }
    if (!best) return { hits: [], articleFound: new Map() };
    const hits = this.common.get(best.key)!.map((id) => ({ id, passage: this.passages[id]!, score: 0, found: new Set([best!.key]) }));
    return { hits, articleFound: new Map() };
  }

  /**
   * Candidate passages for a question, best first by BM25, each field searched with its own sub-query.
   * Query planning keeps the cost proportional to what is informative: an alternative held by more
   * than `COMMON_SHARE` of the passages (a word nearly every passage has) does not make passages
   * candidates; it is checked later, on the few best candidates only. Each unit's weight scales its terms.
   */
  search(units: readonly QueryUnit[], limit = 200, weight: (u: QueryUnit) => number = () => 1): SearchResults {
    const cap = commonAbove(this.passages.length);
    const byField = new Map<Field, Map<string, number>>();
    const add = (field: Field, term: string, boost: number) => {
      const terms = byField.get(field) ?? new Map<string, number>();
      terms.set(term, Math.max(terms.get(term) ?? 0, boost));
      byField.set(field, terms);
    };
    // the rarest alternatives first, until the budget of postings is spent; common ones are not indexed
    const selective: { field: Field; term: string; boost: number; df: number }[] = [];
    for (const u of units) {
      const w = weight(u);
      for (const a of u.alts) {
        const df = this.documentFrequency(a.field, a.term);
        if (df > 0 && df <= cap) selective.push({ field: a.field, term: a.term, boost: w * a.strength, df });
      }
    }
    let spent = 0;
    for (const c of selective.sort((a, b) => a.df - b.df)) {
      if (spent > 0 && spent + c.df > POSTING_BUDGET) break;
      add(c.field, c.term, c.boost);
      spent += c.df;
    }
    if (byField.size === 0) return this.sampled(units);
    const queries: Query[] = [...byField].map(([field, terms]) => ({
      queries: [...terms.keys()],
      fields: [field],
      combineWith: 'OR',
      boostTerm: (term: string) => terms.get(term) ?? 1,
    }));
    const results: SearchResult[] = this.mini.search({ combineWith: 'OR', queries });
    const articleFound = new Map<string, Set<string>>();
    const hits: Hit[] = [];
    for (const r of results) {
      const passage = this.passages[r.id as number]!;
      const found = new Set<string>();
      for (const [term, fields] of Object.entries(r.match)) for (const f of fields) found.add(termKey(f as Field, term));
      const inArticle = articleFound.get(passage.articleId) ?? new Set<string>();
      for (const k of found) inArticle.add(k);
      articleFound.set(passage.articleId, inArticle);
      if (hits.length < limit) hits.push({ id: r.id as number, passage, score: r.score, found });
    }
    return { hits, articleFound };
  }
}
