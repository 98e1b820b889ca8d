import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { z } from 'zod';
import type { Article } from '../corpus/article.js';
import type { CorpusFailure } from '../corpus/load.js';
import { passagesOf, type Passage } from '../corpus/passages.js';
import { ANALYZER_VERSION, FIELDS, analyzePassage, termKey, type Field, type FieldTerms, type QueryUnit } from '../lang/analyze.js';

export { termKey };
import { LANGUAGES } from '../lang/script.js';

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
export const INDEX_FILE_VERSION = 1;

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

const IndexFileSchema = z.object({
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
  minisearch: z.record(z.string(), z.unknown()),
});
type IndexFile = z.infer<typeof IndexFileSchema>;

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

  private constructor(
    readonly articles: readonly Article[],
    readonly passages: readonly Passage[],
    readonly failures: readonly CorpusFailure[],
    readonly fingerprint: string,
    readonly builtAt: string,
    private readonly df: Map<string, number>,
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
    const docs: Record<string, string | number>[] = [];
    for (const article of input.articles) {
      const a = analyzed(article);
      a.passages.forEach((p, i) => {
        const doc: Record<string, string | number> = { id: passages.length };
        FIELDS.forEach((f, k) => {
          const terms = a.docs[i]![k]!;
          doc[f] = terms;
          for (const t of new Set(splitTerms(terms))) df.set(termKey(f, t), (df.get(termKey(f, t)) ?? 0) + 1);
        });
        passages.push(p);
        docs.push(doc);
      });
    }
    mini.addAll(docs);
    return new SearchIndex(input.articles, passages, input.failures, input.fingerprint, new Date().toISOString(), df, mini);
  }

  static fromJSON(text: string): SearchIndex {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new IndexFileError('the index file is not valid JSON (it may have been cut short)');
    }
    const parsed = IndexFileSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new IndexFileError(`the index file does not have the expected layout (${issue.path.join('.') || 'top level'}: ${issue.message})`);
    }
    const file = parsed.data;
    if (file.analyzerVersion !== ANALYZER_VERSION) {
      throw new IndexFileError(`the index file was built by analyzer version ${file.analyzerVersion}, this is version ${ANALYZER_VERSION}`);
    }
    const passages: Passage[] = file.passages.map(([a, paragraph, start, end, headline]) => {
      const article = file.articles[a];
      if (!article || end < start || end > article.body.length) throw new IndexFileError('the index file has a passage that points outside its article');
      return { article: article.id, paragraph, start, end, headline: headline === 1 };
    });
    let mini: MiniSearch;
    try {
      mini = MiniSearch.loadJS(file.minisearch as never, MINISEARCH_OPTIONS);
    } catch (err) {
      throw new IndexFileError(`the search index inside the file cannot be loaded (${(err as Error).message})`);
    }
    if (mini.documentCount !== passages.length) throw new IndexFileError('the index file lists a different number of passages than it indexes');
    return new SearchIndex(file.articles, passages, file.failures, file.fingerprint, file.builtAt, new Map(Object.entries(file.df)), mini);
  }

  toJSON(): IndexFile {
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
      minisearch: this.mini.toJSON() as unknown as Record<string, unknown>,
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

  /**
   * Passages holding any alternative of any unit, best first by BM25, each field searched with its
   * own sub-query. `weight` scales each unit's terms.
   */
  search(units: readonly QueryUnit[], limit = 50, weight: (u: QueryUnit) => number = () => 1): SearchResults {
    const byField = new Map<Field, Map<string, number>>();
    for (const u of units) {
      const w = weight(u);
      for (const a of u.alts) {
        const terms = byField.get(a.field) ?? new Map<string, number>();
        terms.set(a.term, Math.max(terms.get(a.term) ?? 0, w * a.strength));
        byField.set(a.field, terms);
      }
    }
    if (byField.size === 0) return { hits: [], articleFound: new Map() };
    const queries: Query[] = [...byField].map(([field, terms]) => ({
      queries: [...terms.keys()],
      fields: [field],
      combineWith: 'OR',
      boostTerm: (term: string) => terms.get(term) ?? 1,
    }));
    const results: SearchResult[] = this.mini.search({ combineWith: 'OR', queries });
    const articleFound = new Map<string, Set<string>>();
    const hits = results.map((r) => {
      const found = new Set<string>();
      for (const [term, fields] of Object.entries(r.match)) for (const f of fields) found.add(termKey(f as Field, term));
      const passage = this.passages[r.id as number]!;
      const inArticle = articleFound.get(passage.article) ?? new Set<string>();
      for (const k of found) inArticle.add(k);
      articleFound.set(passage.article, inArticle);
      return { id: r.id as number, passage, score: r.score, found };
    });
    return { hits: hits.slice(0, limit), articleFound };
  }
}
