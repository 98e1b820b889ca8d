import { mkdirSync, watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../log.js';
import type { SearchIndex } from '../search/index.js';
import type { Progress, ReindexReport } from '../search/reindex.js';
import { ReindexFailed, startReindex, type ReindexJob } from '../search/reindex-runner.js';
import { prepareAnswering } from '../qa/answer.js';
import { defaultIndexPath, loadIndexFile, loadMatchingIndex } from '../search/open.js';

export { ReindexRefused, type ReindexReport } from '../search/reindex.js';
export { ReindexFailed } from '../search/reindex-runner.js';

/** How long file events settle before the index file is looked at (a rename comes as several events). */
const SETTLE_MS = 250;

/**
 * The index the bot answers from. It is replaced in one step, only by a complete new one, built in a
 * worker thread while questions go on being answered from the old one; a reindex while another runs
 * joins it instead of starting a second. Every process serving the same index file picks up a new
 * one when it appears, whoever wrote it (another shard, or `npm run reindex` in a shell).
 */
export class IndexService {
  private index: SearchIndex | undefined;
  private running: Promise<ReindexReport> | undefined;
  /** The one build queued to follow the running one, for changes it may have missed. */
  private queued: Promise<ReindexReport> | undefined;
  private stamp = '';
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /** The build under way, if any: it can be stopped, leaving the old index. */
  job: ReindexJob | undefined;
  /** How many builds this service started (joined calls do not start one). */
  builds = 0;

  constructor(
    private readonly opts: { corpusDir: string; indexPath?: string | undefined; logger: Logger; onProgress?: (p: Progress) => void },
  ) {}

  get current(): SearchIndex | undefined {
    return this.index;
  }

  get indexPath(): string {
    return this.opts.indexPath ?? defaultIndexPath(this.opts.corpusDir);
  }

  /**
   * Load the saved index when it was built from exactly these files, else build it in the worker. Both
   * let the event loop run: the bot can be connected meanwhile and tell askers it is still loading.
   */
  async load(): Promise<SearchIndex> {
    const { saved } = await loadMatchingIndex(this.opts.corpusDir, this.indexPath, (m) => this.opts.logger.warn(m));
    // the question reader's tables, read once now, before the index serves: not by the first asker
    prepareAnswering();
    const source = saved ? 'loaded' : 'built';
    if (saved) this.index = saved;
    else await this.reindex({ force: true });
    this.stamp = await this.fileStamp();
    const index = this.index!;
    this.opts.logger.info({ source, articles: index.articles.length, passages: index.passages.length }, 'index ready');
    return index;
  }

  /** Whether a reindex is running now. */
  get reindexing(): boolean {
    return this.running !== undefined;
  }

  /** Rebuild from the corpus folder in a worker and swap when complete; concurrent calls share one build. */
  reindex(opts: { force?: boolean } = {}): Promise<ReindexReport> {
    this.running ??= this.build(opts.force ?? false).finally(() => {
      this.running = undefined;
      this.job = undefined;
    });
    return this.running;
  }

  /**
   * Rebuild after the corpus folder was changed (an article added or removed). A build already running
   * may have read the folder before the change, so joining it could report the change as done when it is
   * not: one more build is queued after it instead, shared by every change made meanwhile. `queued`
   * says whether the change waits for the running build and one more.
   */
  reindexAfterChange(): { done: Promise<ReindexReport>; queued: boolean } {
    if (!this.running) return { done: this.reindex(), queued: false };
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        if (this.closed) throw new ReindexFailed('the bot is shutting down; the change will be indexed at the next start');
        return this.reindex();
      });
    return { done: this.queued, queued: true };
  }

  private async build(force: boolean): Promise<ReindexReport> {
    this.builds++;
    this.job = startReindex({ corpusDir: this.opts.corpusDir, indexPath: this.indexPath, force }, (p) => this.opts.onProgress?.(p));
    const report = await this.job.done;
    if (!report.unchanged || !this.index) {
      const next = await loadIndexFile(this.indexPath);
      if (!next) throw new ReindexFailed('the new index file is missing after the reindex');
      this.index = next;
      this.stamp = await this.fileStamp();
    }
    this.opts.logger.info({ ...report, failed: report.failed.length, added: report.added.length, changed: report.changed.length, removed: report.removed.length }, 'reindexed');
    return report;
  }

  private async fileStamp(): Promise<string> {
    try {
      const s = await stat(this.indexPath);
      return `${s.mtimeMs}:${s.size}`;
    } catch {
      return '';
    }
  }

  /** Load the index file if another process replaced it since this one loaded or wrote it. */
  async reloadIfReplaced(): Promise<boolean> {
    if (this.running) return false;
    const stamp = await this.fileStamp();
    if (!stamp || stamp === this.stamp) return false;
    try {
      const next = await loadIndexFile(this.indexPath);
      if (!next || this.running) return false;
      this.stamp = stamp;
      if (next.builtAt === this.index?.builtAt) return false;
      this.index = next;
      this.opts.logger.info({ articles: next.articles.length, passages: next.passages.length, builtAt: next.builtAt }, 'index reloaded: another process reindexed');
      return true;
    } catch (err) {
      this.opts.logger.warn({ err: (err as Error).message }, 'the replaced index file could not be loaded; the current index keeps serving');
      return false;
    }
  }

  /** Watch the index file for replacement by another process. */
  watch(): void {
    const dir = path.dirname(this.indexPath);
    const base = path.basename(this.indexPath);
    mkdirSync(dir, { recursive: true });
    this.watcher = watch(dir, (_event, name) => {
      if (name !== base) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reloadIfReplaced(), SETTLE_MS);
    });
  }

  /** Stop watching and stop any build (its files are left as they were). */
  async close(): Promise<void> {
    this.closed = true;
    this.watcher?.close();
    clearTimeout(this.timer);
    await this.job?.cancel();
  }
}
