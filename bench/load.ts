import { loadIndexFile } from '../src/search/open.js';

/** Measured in a fresh process: how long a saved index takes to load, and the memory it then holds. */
const file = process.argv[2]!;
const started = performance.now();
// loading yields to the event loop between lines: also measure the longest the loop was held
let longest = 0;
let last = performance.now();
const tick = setInterval(() => {
  const now = performance.now();
  longest = Math.max(longest, now - last);
  last = now;
}, 1);
const index = await loadIndexFile(file);
clearInterval(tick);
longest = Math.max(longest, performance.now() - last);
const loadS = (performance.now() - started) / 1000;
(globalThis as { gc?: () => void }).gc?.();
process.stdout.write(`${JSON.stringify({ loadS, loadBlockMs: longest, rssMB: process.memoryUsage().rss / 1048576, peakRssMB: process.resourceUsage().maxRSS / 1024, passages: index!.passages.length })}\n`);
