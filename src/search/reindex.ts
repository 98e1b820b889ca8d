import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { z } from 'zod';
import type { Article } from '../corpus/article.js';
import { CorpusError, readCorpus, type Corpus, type CorpusFailure } from '../corpus/load.js';
import { ANALYZER_VERSION, FIELDS } from '../lang/analyze.js';
import { SearchIndex, analyzeArticle, type AnalyzedArticle } from './index.js';
import { writeAtomically } from '../files.js';
import { AnalyzerVersionSchema, IndexFileError, count, decodePassages, encodePassages, indexFileLines, readLines } from './index-file.js';

/** What an article's passages and terms depend on: its text and its metadata. */
export function articleHash(a: Article): string {
  return createHash('sha256').update(JSON.stringify([a.title, a.language, a.outlet, a.url, a.published, a.body])).digest('hex');
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

const ANALYSIS_FORMAT = 'sakshi-analysis';
/**
 * The analysis file, one JSON value per line: a header, then per article its id, the hash of what it
 * was analyzed from, its passage table (as in the index file, article number 0) and its terms field by
 * field. Read line by line, so that the file is never held whole beside what is kept of it.
 */
const AnalysisHeader = z.object({ format: z.literal(ANALYSIS_FORMAT), analyzerVersion: AnalyzerVersionSchema, fingerprint: z.string(), articles: count });
const AnalysisLine = z.tuple([z.string(), z.string(), z.string(), z.array(z.array(z.string()).length(FIELDS.length))]);
type KeptArticle = { id: string; hash: string; passages: string; docs: string[][] };
type Analysis = { fingerprint: string; articles: KeptArticle[] };

/** The kept analysis, or undefined when there is none or it is unusable (then everything is analyzed). */
async function readAnalysis(file: string): Promise<Analysis | undefined> {
  try {
    let header: z.infer<typeof AnalysisHeader> | undefined;
    const articles: KeptArticle[] = [];
    for await (const line of readLines(createReadStream(file, { highWaterMark: 1 << 20 }))) {
      if (line.length === 0) continue;
      const raw: unknown = JSON.parse(line.toString('utf8'));
      if (!header) {
        header = AnalysisHeader.parse(raw);
        if (header.analyzerVersion !== ANALYZER_VERSION) return undefined;
        continue;
      }
      const [id, hash, passages, docs] = AnalysisLine.parse(raw);
      articles.push({ id, hash, passages, docs });
    }
    return header && articles.length === header.articles ? { fingerprint: header.fingerprint, articles } : undefined;
  } catch {
    return undefined;
  }
}

function* analysisLines(fingerprint: string, articles: { id: string; hash: string; analyzed: AnalyzedArticle }[]): Generator<string> {
  yield `${JSON.stringify({ format: ANALYSIS_FORMAT, analyzerVersion: ANALYZER_VERSION, fingerprint, articles: articles.length })}\n`;
  for (const a of articles) yield `${JSON.stringify([a.id, a.hash, encodePassages(a.analyzed.passages, () => 0), a.analyzed.docs])}\n`;
}

/** A kept article's passages and terms, when they fit the article as it is now (else it is analyzed anew). */
function reuse(kept: KeptArticle, article: Article): AnalyzedArticle | undefined {
  try {
    const passages = decodePassages(kept.passages, [article], 'the kept analysis');
    return passages.length === kept.docs.length ? { passages, docs: kept.docs } : undefined;
  } catch (err) {
    if (err instanceof IndexFileError) return undefined;
    throw err;
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

  const previous = await readAnalysis(analysisPath(opts.indexPath));
  const before = new Map((previous?.articles ?? []).map((a) => [a.id, a]));
  const byHash = new Map((previous?.articles ?? []).map((a) => [a.hash, a]));
  const hashes = new Map(corpus.articles.map((a) => [a.id, articleHash(a)]));
  const diff = {
    added: corpus.articles.filter((a) => !before.has(a.id)).map((a) => a.id),
    changed: corpus.articles.filter((a) => before.has(a.id) && before.get(a.id)!.hash !== hashes.get(a.id)).map((a) => a.id),
    removed: [...before.keys()].filter((id) => !hashes.has(id)),
    failed: corpus.failures,
  };
  const seconds = () => (performance.now() - started) / 1000;

  if (previous && previous.fingerprint === corpus.fingerprint && !opts.force) {
    const passages = previous.articles.reduce((n, a) => n + a.docs.length, 0);
    return { report: { unchanged: true, ...diff, reanalyzed: 0, articles: total, passages, seconds: seconds() } };
  }
  if (total === 0 && before.size > 0) {
    throw new ReindexRefused(`no valid article is left in ${opts.corpusDir} (${corpus.failures.length} files failed); fix them and reindex again`);
  }

  const analyzed = new Map<string, AnalyzedArticle>();
  let reanalyzed = 0;
  let passages = 0;
  for (const article of corpus.articles) {
    const keptOne = byHash.get(hashes.get(article.id)!);
    let a = keptOne && reuse(keptOne, article);
    if (!a) {
      a = analyzeArticle(article);
      reanalyzed++;
    }
    analyzed.set(article.id, a);
    passages += a.passages.length;
    progress({ phase: 'analyzing', done: analyzed.size, total, passages });
  }

  const index = SearchIndex.build(corpus, (article) => analyzed.get(article.id)!);
  progress({ phase: 'writing', done: total, total, passages });
  await writeAtomically(opts.indexPath, indexFileLines(index.contents()));
  const kept = corpus.articles.map((article) => ({ id: article.id, hash: hashes.get(article.id)!, analyzed: analyzed.get(article.id)! }));
  await writeAtomically(analysisPath(opts.indexPath), analysisLines(corpus.fingerprint, kept));
  return { report: { unchanged: false, ...diff, reanalyzed, articles: total, passages: index.passages.length, seconds: seconds() }, index };
}
