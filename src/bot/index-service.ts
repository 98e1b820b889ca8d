import { createHash } from 'node:crypto';
import { CorpusError, readCorpus } from '../corpus/load.js';
import type { Article } from '../corpus/article.js';
import type { CorpusFailure } from '../corpus/load.js';
import { SearchIndex } from '../search/index.js';
import { defaultIndexPath, openIndex, saveIndex } from '../search/store.js';
import type { Logger } from '../log.js';

export interface ReindexReport {
  added: string[];
  changed: string[];
  removed: string[];
  failed: CorpusFailure[];
  articles: number;
  passages: number;
  seconds: number;
}

/** A reindex that did not replace the index: the old one keeps serving. */
export class ReindexRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReindexRefused';
  }
}

/** What an article's answers depend on: its text and its metadata. */
export function articleHash(a: Article): string {
  return createHash('sha256').update(JSON.stringify([a.title, a.language, a.source, a.url, a.published, a.body])).digest('hex');
}

/**
 * The index the bot answers from. It is replaced in one step, only by a complete new one; a reindex
 * while another runs joins it instead of starting a second.
 */
export class IndexService {
  private index: SearchIndex | undefined;
  private running: Promise<ReindexReport> | undefined;

  constructor(
    private readonly opts: { corpusDir: string; indexPath?: string | undefined; logger: Logger },
  ) {}

  get current(): SearchIndex | undefined {
    return this.index;
  }

  get indexPath(): string {
    return this.opts.indexPath ?? defaultIndexPath(this.opts.corpusDir);
  }

  /** Load the saved index, or build it from the corpus: before the bot takes questions. */
  async load(): Promise<SearchIndex> {
    const { index, source } = await openIndex({ corpusDir: this.opts.corpusDir, indexPath: this.indexPath, warn: (m) => this.opts.logger.warn(m) });
    this.index = index;
    this.opts.logger.info({ source, articles: index.articles.length, passages: index.passages.length }, 'index ready');
    return index;
  }

  /** Whether a reindex is running now. */
  get reindexing(): boolean {
    return this.running !== undefined;
  }

  /** Rebuild from the corpus folder and swap; concurrent calls share one build. */
  reindex(): Promise<ReindexReport> {
    this.running ??= this.build().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async build(): Promise<ReindexReport> {
    const started = performance.now();
    const old = this.index;
    let corpus;
    try {
      corpus = await readCorpus(this.opts.corpusDir);
    } catch (err) {
      if (err instanceof CorpusError) throw new ReindexRefused(err.message);
      throw err;
    }
    if (corpus.articles.length === 0 && old && old.articles.length > 0) {
      throw new ReindexRefused(`no valid article is left in the corpus folder (${corpus.failures.length} failed); fix the files and reindex again`);
    }
    const next = SearchIndex.build(corpus);
    await saveIndex(next, this.indexPath);
    this.index = next;
    const before = new Map((old?.articles ?? []).map((a) => [a.id, articleHash(a)]));
    const report: ReindexReport = {
      added: next.articles.filter((a) => !before.has(a.id)).map((a) => a.id),
      changed: next.articles.filter((a) => before.has(a.id) && before.get(a.id) !== articleHash(a)).map((a) => a.id),
      removed: [...before.keys()].filter((id) => !next.article(id)),
      failed: corpus.failures,
      articles: next.articles.length,
      passages: next.passages.length,
      seconds: (performance.now() - started) / 1000,
    };
    this.opts.logger.info({ ...report, failed: report.failed.length }, 'reindexed');
    return report;
  }
}
