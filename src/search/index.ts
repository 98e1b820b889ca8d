import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { z } from 'zod';
import type { Article } from '../corpus/article.js';
import type { CorpusFailure } from '../corpus/load.js';
import { passagesOf, type Passage } from '../corpus/passages.js';
import { ANALYZER_VERSION, FIELDS, analyzePassage, analyzeText, termKey, type AnalyzedText, type Field, type FieldTerms, type QueryUnit } from '../lang/analyze.js';

export { termKey };
import { LANGUAGES } from '../lang/script.js';

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
/** MiniSearch terms per line of the saved index: each line parses in a few milliseconds. */
const TERMS_PER_LINE = 2000;

/** Postings a question may have MiniSearch score: its rarest alternatives first, until this many. */
const POSTING_BUDGET = 1000;

/** The document frequency above which a term is common in a corpus of n passages. */
export const commonAbove = (n: number) => Math.max(COMMON_MIN, Math.floor(n * COMMON_SHARE));

/** Fields are analyzed before they reach MiniSearch: it only splits on the spaces we joined them with. */
const splitTerms = (text: string): string[] => (text.length === 0 ? [] : text.split(' '));
const MINISEARCH_OPTIONS = {
  fields: [...FIELDS],
  idField: 'id',
  tokenize: splitTerms,
  processTerm: (term: string) => term,
  searchOptions: { tokenize: splitTerms, processTerm: (term: string) => term },
};

export interface Hit {
  /** The passage's number in the index. */
  id: number;
  passage: Passage;
  /** MiniSearch's BM25 score over every field. */
  score: number;
  /** The query terms it holds, as `field:term` keys. */
  found: Set<string>;
}



/** A passage analyzed token by token, and every `field:term` key it holds. */
export interface AnalyzedPassage {
  text: AnalyzedText;
  keys: Set<string>;
}

/** Passages whose analysis is kept at once (a few megabytes). */
const ANALYZED_CACHE = 5000;

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

export const INDEX_FORMAT = 'sakshi-index';
/** Bumped whenever the file layout changes. */
export const INDEX_FILE_VERSION = 4;

const ArticleSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  language: z.enum(LANGUAGES),
  source: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  body: z.string(),
});

const count = z.number().int().nonnegative();

const IndexHeaderSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  fileVersion: z.literal(INDEX_FILE_VERSION),
  analyzerVersion: z.number().int(),
  fingerprint: z.string(),
  builtAt: z.string(),
  articles: z.array(ArticleSchema),
  failures: z.array(z.object({ file: z.string(), reason: z.string() })),
  /** [article number, paragraph, start, end, headline 0|1] per passage; the passage id is its position. */
  passages: z.array(z.tuple([count, count, count, count, z.union([z.literal(0), z.literal(1)])])),
  /** How many passages hold each `field:term`. */
  df: z.record(z.string(), count),
  /** For each term too common to index, a sample of the passages that hold it. */
  common: z.record(z.string(), z.array(count)),
});
export type IndexHeader = z.infer<typeof IndexHeaderSchema>;

/** The index file cannot be used: damaged, of another version, or not an index at all. */
export class IndexFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexFileError';
  }
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

/** The searchable corpus: articles, their passages and the MiniSearch index over them. */
export class SearchIndex {
  private readonly articleById: Map<string, Article>;
  private readonly titleTermCache = new Map<string, Set<string>>();
  private readonly analyzedCache = new Map<number, AnalyzedPassage>();

  private constructor(
    readonly articles: readonly Article[],
    readonly passages: readonly Passage[],
    readonly failures: readonly CorpusFailure[],
    readonly fingerprint: string,
    readonly builtAt: string,
    private readonly df: Map<string, number>,
    private readonly common: Map<string, number[]>,
    private readonly mini: MiniSearch,
  ) {
    this.articleById = new Map(articles.map((a) => [a.id, a]));
  }

  /**
   * Build from articles. `analyzed` gives an article's passages and analyzed terms; by default they
   * are computed, but a reindex passes the ones it kept for articles that did not change.
   */
  static build(input: BuildInput, analyzed: (article: Article) => AnalyzedArticle = analyzeArticle): SearchIndex {
    const passages: Passage[] = [];
    const mini = new MiniSearch(MINISEARCH_OPTIONS);
    const df = new Map<string, number>();
    const fieldTerms: string[][][] = [];
    for (const article of input.articles) {
      const a = analyzed(article);
      a.passages.forEach((p, i) => {
        const terms = FIELDS.map((f, k) => {
          const list = splitTerms(a.docs[i]![k]!);
          for (const t of new Set(list)) df.set(termKey(f, t), (df.get(termKey(f, t)) ?? 0) + 1);
          return list;
        });
        passages.push(p);
        fieldTerms.push(terms);
      });
    }
    const cap = commonAbove(passages.length);
    const common = new Map<string, number[]>();
    const seen = new Map<string, number>();
    fieldTerms.forEach((terms, id) => {
      FIELDS.forEach((f, k) => {
        for (const t of new Set(terms[k]!)) {
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
      });
    });
    mini.addAll(
      fieldTerms.map((terms, id) => {
        const doc: Record<string, string | number> = { id };
        FIELDS.forEach((f, k) => (doc[f] = terms[k]!.filter((t) => df.get(termKey(f, t))! <= cap).join(' ')));
        return doc;
      }),
    );
    return new SearchIndex(input.articles, passages, input.failures, input.fingerprint, new Date().toISOString(), df, common, mini);
  }

  /**
   * The index as saved, line by line: a header (articles, passages, document frequencies), MiniSearch's
   * own fields, then its term index in chunks. Each line is decoded and dropped in turn when loading, so
   * a large index is never held three times over, and no single step holds the event loop for long.
   */
  serialize(): string {
    const { index, ...meta } = this.mini.toJSON();
    const lines = [JSON.stringify(this.header()), JSON.stringify(meta)];
    for (let i = 0; i < index.length; i += TERMS_PER_LINE) lines.push(JSON.stringify(index.slice(i, i + TERMS_PER_LINE)));
    return lines.join('\n');
  }

  /** Load a saved index; a damaged or outdated one is an IndexFileError. */
  static deserialize(data: Buffer | string): SearchIndex {
    const { header, passages, lines } = SearchIndex.parts(data);
    const meta = SearchIndex.parseLine(lines, 1) as Record<string, unknown>;
    const index: unknown[] = [];
    for (let i = 2; i < lines.length; i++) index.push(...(SearchIndex.parseLine(lines, i) as unknown[]));
    return SearchIndex.assemble(header, passages, SearchIndex.loadMini(() => MiniSearch.loadJS({ ...meta, index } as never, MINISEARCH_OPTIONS)));
  }

  /** The same, yielding to the event loop between lines and between batches of MiniSearch's terms. */
  static async deserializeAsync(data: Buffer | string): Promise<SearchIndex> {
    const { header, passages, lines } = SearchIndex.parts(data);
    const meta = SearchIndex.parseLine(lines, 1) as Record<string, unknown>;
    const index: unknown[] = [];
    for (let i = 2; i < lines.length; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      index.push(...(SearchIndex.parseLine(lines, i) as unknown[]));
    }
    let mini: MiniSearch;
    try {
      mini = await MiniSearch.loadJSAsync({ ...meta, index } as never, MINISEARCH_OPTIONS);
    } catch (err) {
      throw new IndexFileError(`the search index inside the file cannot be loaded (it may have been cut short: ${(err as Error).message})`);
    }
    return SearchIndex.assemble(header, passages, mini);
  }

  private static parseLine(lines: (() => string)[], i: number): unknown {
    const line = lines[i];
    if (!line) throw new IndexFileError('the search index inside the file cannot be loaded (it may have been cut short: a line is missing)');
    try {
      return JSON.parse(line());
    } catch {
      throw new IndexFileError(`the search index inside the file cannot be loaded (it may have been cut short: line ${i + 1} is not JSON)`);
    }
  }

  private static parts(data: Buffer | string) {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const lines: (() => string)[] = [];
    for (let from = 0; from < buf.length; ) {
      const nl = buf.indexOf(10, from);
      const end = nl < 0 ? buf.length : nl;
      const start = from;
      lines.push(() => buf.subarray(start, end).toString('utf8'));
      from = end + 1;
    }
    if (lines.length < 2) throw new IndexFileError('the index file is not an index (it has no header line; it may have been cut short)');
    let raw: unknown;
    try {
      raw = JSON.parse(lines[0]!());
    } catch {
      throw new IndexFileError('the index file header is not valid JSON');
    }
    const parsed = IndexHeaderSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new IndexFileError(`the index file does not have the expected layout (${issue.path.join('.') || 'top level'}: ${issue.message})`);
    }
    const header = parsed.data;
    if (header.analyzerVersion !== ANALYZER_VERSION) {
      throw new IndexFileError(`the index file was built by analyzer version ${header.analyzerVersion}, this is version ${ANALYZER_VERSION}`);
    }
    const passages: Passage[] = header.passages.map(([a, paragraph, start, end, headline]) => {
      const article = header.articles[a];
      if (!article || end < start || end > article.body.length) throw new IndexFileError('the index file has a passage that points outside its article');
      return { article: article.id, paragraph, start, end, headline: headline === 1 };
    });
    if (Object.values(header.common).some((ids) => ids.some((id) => id >= passages.length))) throw new IndexFileError('the index file has a sampled passage that does not exist');
    return { header, passages, lines };
  }

  private static loadMini(load: () => MiniSearch): MiniSearch {
    try {
      return load();
    } catch (err) {
      throw new IndexFileError(`the search index inside the file cannot be loaded (it may have been cut short: ${(err as Error).message})`);
    }
  }

  private static assemble(header: IndexHeader, passages: Passage[], mini: MiniSearch): SearchIndex {
    if (mini.documentCount !== passages.length) throw new IndexFileError('the index file lists a different number of passages than it indexes');
    return new SearchIndex(header.articles, passages, header.failures, header.fingerprint, header.builtAt, new Map(Object.entries(header.df)), new Map(Object.entries(header.common)), mini);
  }

  /** Everything saved but MiniSearch's own index. */
  header(): IndexHeader {
    const number = new Map(this.articles.map((a, i) => [a.id, i]));
    return {
      format: INDEX_FORMAT,
      fileVersion: INDEX_FILE_VERSION,
      analyzerVersion: ANALYZER_VERSION,
      fingerprint: this.fingerprint,
      builtAt: this.builtAt,
      articles: [...this.articles],
      failures: [...this.failures],
      passages: this.passages.map((p) => [number.get(p.article)!, p.paragraph, p.start, p.end, p.headline ? 1 : 0]),
      df: Object.fromEntries(this.df),
      common: Object.fromEntries(this.common),
    };
  }

  article(id: string): Article | undefined {
    return this.articleById.get(id);
  }

  get stats(): IndexStats {
    return { articles: this.articles.length, passages: this.passages.length, builtAt: this.builtAt };
  }

  /** How many passages hold a term in a field. */
  documentFrequency(field: Field, term: string): number {
    return this.df.get(termKey(field, term)) ?? 0;
  }

  /**
   * A passage analyzed token by token, with every `field:term` key it holds: for the few best
   * candidates of a question. Kept for the passages asked about most recently.
   */
  analyzed(id: number): AnalyzedPassage {
    let a = this.analyzedCache.get(id);
    if (a) {
      // most recently used last, so that the oldest goes first
      this.analyzedCache.delete(id);
    } else {
      const p = this.passages[id]!;
      const article = this.articleById.get(p.article)!;
      const text = analyzeText(article.body.slice(p.start, p.end), article.language);
      a = { text, keys: new Set(text.keys.flatMap((k) => [...k])) };
      if (this.analyzedCache.size >= ANALYZED_CACHE) this.analyzedCache.delete(this.analyzedCache.keys().next().value!);
    }
    this.analyzedCache.set(id, a);
    return a;
  }

  /** The `field:term` keys of an article's title, for matching a question's words against the article as a whole. */
  titleTerms(articleId: string): Set<string> {
    let keys = this.titleTermCache.get(articleId);
    if (!keys) {
      const article = this.articleById.get(articleId);
      const terms: Partial<FieldTerms> = article ? analyzePassage(article.title, article.language) : {};
      keys = new Set(FIELDS.flatMap((f) => (terms[f] ?? []).map((t) => termKey(f, t))));
      this.titleTermCache.set(articleId, keys);
    }
    return keys;
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
      const inArticle = articleFound.get(passage.article) ?? new Set<string>();
      for (const k of found) inArticle.add(k);
      articleFound.set(passage.article, inArticle);
      if (hits.length < limit) hits.push({ id: r.id as number, passage, score: r.score, found });
    }
    return { hits, articleFound };
  }
}
