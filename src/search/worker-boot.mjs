// Worker threads do not inherit tsx's TypeScript hooks on Node 20: this entry registers them in the
// worker, then runs the TypeScript module named in workerData.entry.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
