import { execFile } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, copyCorpus, tempDir } from '../helpers/corpus.js';

const run = promisify(execFile);
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe('the compiled JavaScript (npm run build, npm run start:prod)', () => {
  it('reindexes in its worker thread and answers, with no TypeScript loader', async () => {
    const out = await tempDir('sakshi-build-');
    const corpus = await copyCorpus();
    cleanups.push(out.cleanup, corpus.cleanup);
    // the same compilation as npm run build, into a folder of its own; packages resolve through the link
    await run(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', path.join(out.dir, 'dist')], { cwd: ROOT });
    await symlink(path.join(ROOT, 'node_modules'), path.join(out.dir, 'node_modules'), 'dir');
    const cli = path.join(out.dir, 'dist/src/cli.js');
    const index = path.join(out.dir, 'index.json');
    const reindexed = await run(process.execPath, [cli, 'reindex', '--corpus', corpus.dir, '--index', index], { cwd: out.dir });
    expect(reindexed.stdout).toMatch(/^Reindexed .*: 2 articles \(2 analyzed anew\)/);
    const asked = await run(process.execPath, [cli, 'ask', '--corpus', corpus.dir, '--index', index, '--json', 'How many servers were hacked?'], { cwd: out.dir });
    const answer = JSON.parse(asked.stdout) as { answer: string; reading?: string; citations: { source: string }[] };
    expect(answer).toMatchObject({ answer: 'पांच सर्वर', reading: '5' });
    expect(answer.citations[0]!.source).toBe('000_9b279fca6304d5ce');
  }, 120_000);
});
