import { parentPort, workerData } from 'node:worker_threads';
import { ReindexRefused, reindexCorpus, type ReindexOptions } from './reindex.js';

/** Runs one reindex off the main thread, posting progress, then the report or the refusal. */
const { entry: _entry, ...opts } = workerData as Omit<ReindexOptions, 'onProgress'> & { entry?: string };
reindexCorpus({ ...opts, onProgress: (progress) => parentPort!.postMessage({ type: 'progress', progress }) })
  .then(({ report }) => parentPort!.postMessage({ type: 'done', report }))
  .catch((err: Error) => parentPort!.postMessage({ type: err instanceof ReindexRefused ? 'refused' : 'failed', message: err.message }));
