/**
 * A child process for the concurrent-start test: loads the Store, says "ready", waits for a line on
 * standard input (so that every child opens the folder at the same moment), then opens the Store on
 * the folder given as its argument, records one question, and prints what it made of the folder.
 */
import { once } from 'node:events';
import { Store } from '../../src/data/store.js';

const dir = process.argv[2]!;
process.stdout.write('ready\n');
await once(process.stdin, 'data');
const store = new Store(dir, 90);
store.recordQuestion({ text: `started as ${process.pid}`, language: 'en', outcome: 'abstained', userId: '800000000000000001', server: '900000000000000002' });
process.stdout.write(`${JSON.stringify({ version: store.schemaVersion, user: store.userHash('800000000000000001') })}\n`);
store.close();
process.stdin.destroy();
