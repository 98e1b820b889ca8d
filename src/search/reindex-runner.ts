import { Worker } from 'node:worker_threads';
import { ReindexRefused, type Progress, type ReindexOptions, type ReindexReport } from './reindex.js';

/** The build stopped before it finished (the worker died or was stopped): nothing was replaced. */
export class ReindexFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReindexFailed';
  }
}

export interface ReindexJob {
  /** The report, once the new index is written; a refusal or failure leaves the old index in place. */
  done: Promise<ReindexReport>;
  /** Stop the build now (the old index and files stay as they are). */
  cancel(): Promise<void>;
}

/** Run as TypeScript (through tsx) or as built JavaScript, whichever this module is. */
const TYPESCRIPT = import.meta.url.endsWith('.ts');
const ENTRY = new URL(TYPESCRIPT ? './reindex-worker.ts' : './reindex-worker.js', import.meta.url);
const BOOT = new URL('./worker-boot.mjs', import.meta.url);

/**
 * How long a reindex may take before its worker is stopped and the reindex refused. Every pass over an
 * article is linear, so a healthy corpus takes seconds; this is the backstop for anything that is not.
 */
export const REINDEX_TIME_LIMIT_MS = 10 * 60_000;

export interface StartReindexOptions extends Omit<ReindexOptions, 'onProgress' | 'corpus'> {
  /** Stop the build and refuse the reindex after this long (default REINDEX_TIME_LIMIT_MS). */
  timeLimitMs?: number;
}

function describeLimit(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} minute${ms === 60_000 ? '' : 's'}`;
  return `${Number((ms / 1000).toFixed(3))} seconds`;
}

/** Run a reindex in a worker thread, so that the event loop goes on answering from the old index. */
export function startReindex(startOpts: StartReindexOptions, onProgress: (p: Progress) => void = () => {}): ReindexJob {
  const { timeLimitMs = REINDEX_TIME_LIMIT_MS, ...opts } = startOpts;
  const worker = TYPESCRIPT ? new Worker(BOOT, { workerData: { ...opts, entry: ENTRY.href } }) : new Worker(ENTRY, { workerData: opts });
  let settled = false;
  let phase: Progress['phase'] | undefined;
  const done = new Promise<ReindexReport>((resolve, reject) => {
    const refuseOverdue = () => {
      settled = true;
      reject(
        new ReindexRefused(
          `the reindex took longer than its ${describeLimit(timeLimitMs)} limit and was stopped; the old index is unchanged and keeps serving. An article added or changed since the last reindex is likely the cause: check the newest files`,
        ),
      );
      void worker.terminate();
    };
    let deadline = setTimeout(() => {
      if (settled) return;
      // the writing has begun: it is a linear copy of what is built, and stopping it between the index
      // and its analysis would leave the two files from different builds; it is given one more period,
      // and a write stalled past that (a full disk, a hung network folder) is stopped all the same, so
      // that one stuck build cannot hold every later reindex
      if (phase !== 'writing') return refuseOverdue();
      deadline = setTimeout(() => {
        if (settled) return;
        settled = true;
        reject(new ReindexFailed(`the reindex was still writing the index ${describeLimit(timeLimitMs)} after its time limit and was stopped; the index being served is unchanged`));
        void worker.terminate();
      }, timeLimitMs);
      deadline.unref();
    }, timeLimitMs);
    deadline.unref();
    worker.on('exit', () => clearTimeout(deadline));
    worker.on('message', (msg: { type: string; progress?: Progress; report?: ReindexReport; message?: string }) => {
      if (settled) return;
      if (msg.type === 'progress') {
        phase = msg.progress!.phase;
        return onProgress(msg.progress!);
      }
      settled = true;
      clearTimeout(deadline);
      if (msg.type === 'done') resolve(msg.report!);
      else if (msg.type === 'refused') reject(new ReindexRefused(msg.message!));
      else reject(new ReindexFailed(`the reindex failed: ${msg.message}`));
      void worker.terminate();
    });
    worker.on('error', (err) => {
      if (settled) return;
      settled = true;
      reject(new ReindexFailed(`the reindex worker crashed: ${err.message}`));
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new ReindexFailed(`the reindex was stopped before it finished (worker exit ${code}); the old index is unchanged`));
    });
  });
  return {
    done,
    async cancel() {
      await worker.terminate();
    },
  };
}
