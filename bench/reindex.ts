import { startReindex } from '../src/search/reindex-runner.js';

/**
 * Measured in a fresh process: a forced reindex of a corpus folder in the worker thread the bot uses,
 * and the peak memory of the process (its main thread does nothing else, so this is the worker's peak
 * plus Node's own few tens of megabytes).
 */
const [corpusDir, indexPath] = process.argv.slice(2) as [string, string];
const started = performance.now();
const report = await startReindex({ corpusDir, indexPath, force: true }).done;
process.stdout.write(`${JSON.stringify({ reindexS: (performance.now() - started) / 1000, peakRssMB: process.resourceUsage().maxRSS / 1024, passages: report.passages })}\n`);
