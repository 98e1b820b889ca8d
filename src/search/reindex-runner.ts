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

/** Run a reindex in a worker thread, so that the event loop goes on answering from the old index. */
export function startReindex(opts: Omit<ReindexOptions, 'onProgress' | 'corpus'>, onProgress: (p: Progress) => void = () => {}): ReindexJob {
  const worker = TYPESCRIPT ? new Worker(BOOT, { workerData: { ...opts, entry: ENTRY.href } }) : new Worker(ENTRY, { workerData: opts });
  let settled = false;
  const done = new Promise<ReindexReport>((resolve, reject) => {
    worker.on('message', (msg: { type: string; progress?: Progress; report?: ReindexReport; message?: string }) => {
      if (msg.type === 'progress') return onProgress(msg.progress!);
      settled = true;
      if (msg.type === 'done') resolve(msg.report!);
      else if (msg.type === 'refused') reject(new ReindexRefused(msg.message!));
      else reject(new ReindexFailed(`the reindex failed: ${msg.message}`));
      void worker.terminate();
    });
    worker.on('error', (err) => {
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
