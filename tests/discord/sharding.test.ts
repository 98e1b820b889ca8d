import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/corpus.js';
import { FakeDiscord } from './fake-discord.js';
import { TOKEN } from './harness.js';

it('runs sharded: each shard process loads the index and connects as its own shard, and all stop on SIGTERM', async () => {
  const discord = await new FakeDiscord().start();
  const tmp = await tempDir();
  try {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/shard.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl, SHARD_COUNT: '2', INDEX_PATH: path.join(tmp.dir, 'index.json'), DATA_DIR: path.join(tmp.dir, 'data'), NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    await discord.waitFor(() => (discord.identified >= 2 ? true : undefined), 40_000);
    const count = (msg: string) => (out.match(new RegExp(`"msg":"${msg}"`, 'g')) ?? []).length;
    await discord.waitFor(() => (count('connected to Discord') >= 2 && count('index ready') >= 2 ? true : undefined), 30_000);
    expect(count('index ready')).toBe(2);
    child.kill('SIGTERM');
    expect((await once(child, 'exit'))[0]).toBe(0);
    expect(out).not.toContain(TOKEN);
  } finally {
    await discord.stop();
    await tmp.cleanup();
  }
}, 60_000);
