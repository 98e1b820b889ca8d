import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Article } from '../corpus/article.js';
import { CorpusError, readCorpus, type Corpus, type CorpusFailure } from '../corpus/load.js';
import type { Passage } from '../corpus/passages.js';
import { ANALYZER_VERSION, FIELDS } from '../lang/analyze.js';
import { SearchIndex, analyzeArticle, type AnalyzedArticle } from './index.js';
import { writeAtomically } from './files.js';

/** What an article's passages and terms depend on: its text and its metadata. */
export function articleHash(a: Article): string {
  return createHash('sha256').update(JSON.stringify([a.title, a.language, a.source, a.url, a.published, a.body])).digest('hex');
}

/** Where a reindex is: reading files, analyzing articles, writing the index. */
export interface Progress {
  phase: 'reading' | 'analyzing' | 'writing';
  /** Articles done in this phase, of total. */
  done: number;
  total: number;
  passages: number;
}

export interface ReindexReport {
  /** The corpus was exactly the one indexed: nothing was rebuilt or written. */
  unchanged: boolean;
  added: string[];
  changed: string[];
  removed: string[];
  failed: CorpusFailure[];
  /** Articles analyzed anew; the others' analysis was reused. */
  reanalyzed: number;
  articles: number;
  passages: number;
  seconds: number;
}

/** A reindex that did not replace the index: the one serving stays, on disk and in memory. */
export class ReindexRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReindexRefused';
  }
}

/** The analysis kept beside the index, so that articles that did not change are not analyzed again. */
export const analysisPath = (indexPath: string) => `${indexPath.replace(/\.json$/, '')}.analysis.json`;

const count = z.number().int().nonnegative();
const AnalysisFile = z.object({
  analyzerVersion: z.literal(ANALYZER_VERSION),
  fingerprint: z.string(),
  articles: z.array(
    z.object({
      id: z.string(),
      hash: z.string(),
      passages: z.array(z.tuple([count, count, count, z.union([z.literal(0), z.literal(1)])])),
      docs: z.array(z.array(z.string()).length(FIELDS.length)),
    }),
  ),
});
type AnalysisFile = z.infer<typeof AnalysisFile>;

/** The kept analysis, or an empty one when there is none or it is unusable (then everything is analyzed). */
async function readAnalysis(file: string): Promise<AnalysisFile | undefined> {
  try {
    const parsed = AnalysisFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export interface ReindexOptions {
  corpusDir: string;
  indexPath: string;
  onProgress?: (p: Progress) => void;
  /** Rebuild even when the corpus is the one indexed. */
  force?: boolean;
  /** The corpus, when the caller has just read it. */
  corpus?: Corpus;
}

export interface ReindexResult {
  report: ReindexReport;
  /** The new index, when one was built. */
  index?: SearchIndex;
}

/**
 * Validate every file of the corpus, reuse the analysis of articles whose content and metadata did not
 * change, build the new index, and write it (and the analysis) beside the old files, renaming them over
 * only when complete. Refused, leaving everything as it was, when the folder cannot be read or no valid
 * article is left while the index had some.
 */
export async function reindexCorpus(opts: ReindexOptions): Promise<ReindexResult> {
  const started = performance.now();
  const progress = opts.onProgress ?? (() => {});
  progress({ phase: 'reading', done: 0, total: 0, passages: 0 });
  let corpus = opts.corpus;
  try {
    corpus ??= await readCorpus(opts.corpusDir);
  } catch (err) {
    if (err instanceof CorpusError) throw new ReindexRefused(err.message);
    throw err;
  }
  const total = corpus.articles.length;
  progress({ phase: 'reading', done: total, total, passages: 0 });

  const kept = await readAnalysis(analysisPath(opts.indexPath));
  const before = new Map((kept?.articles ?? []).map((a) => [a.id, a]));
  const byHash = new Map((kept?.articles ?? []).map((a) => [a.hash, a]));
  const hashes = new Map(corpus.articles.map((a) => [a.id, articleHash(a)]));
  const diff = {
    added: corpus.articles.filter((a) => !before.has(a.id)).map((a) => a.id),
    changed: corpus.articles.filter((a) => before.has(a.id) && before.get(a.id)!.hash !== hashes.get(a.id)).map((a) => a.id),
    removed: [...before.keys()].filter((id) => !hashes.has(id)),
    failed: corpus.failures,
  };
  const seconds = () => (performance.now() - started) / 1000;

  if (kept && kept.fingerprint === corpus.fingerprint && !opts.force) {
    const passages = kept.articles.reduce((n, a) => n + a.passages.length, 0);
    return { report: { unchanged: true, ...diff, reanalyzed: 0, articles: total, passages, seconds: seconds() } };
  }
  if (total === 0 && before.size > 0) {
    throw new ReindexRefused(`no valid article is left in ${opts.corpusDir} (${corpus.failures.length} files failed); fix them and reindex again`);
  }

  const analyzed = new Map<string, AnalyzedArticle>();
  let reanalyzed = 0;
  let passages = 0;
  for (const article of corpus.articles) {
    const reuse = byHash.get(hashes.get(article.id)!);
    let a: AnalyzedArticle;
    if (reuse) {
      a = {
        passages: reuse.passages.map(([paragraph, start, end, headline]): Passage => ({ article: article.id, paragraph, start, end, headline: headline === 1 })),
        docs: reuse.docs,
      };
    } else {
      a = analyzeArticle(article);
      reanalyzed++;
    }
    analyzed.set(article.id, a);
    passages += a.passages.length;
    progress({ phase: 'analyzing', done: analyzed.size, total, passages });
  }

  const index = SearchIndex.build(corpus, (article) => analyzed.get(article.id)!);
  progress({ phase: 'writing', done: total, total, passages });
  await writeAtomically(opts.indexPath, index.serialize());
  const analysis: AnalysisFile = {
    analyzerVersion: ANALYZER_VERSION,
    fingerprint: corpus.fingerprint,
    articles: corpus.articles.map((article) => {
      const a = analyzed.get(article.id)!;
      return { id: article.id, hash: hashes.get(article.id)!, passages: a.passages.map((p) => [p.paragraph, p.start, p.end, p.headline ? 1 : 0]), docs: a.docs };
    }),
  };
  await writeAtomically(analysisPath(opts.indexPath), JSON.stringify(analysis));
  return { report: { unchanged: false, ...diff, reanalyzed, articles: total, passages: index.passages.length, seconds: seconds() }, index };
}
