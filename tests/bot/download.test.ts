import { once } from 'node:events';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UploadRefused } from '../../src/bot/corpus-files.js';
import { attachmentUrlAllowed, downloadAttachment } from '../../src/bot/download.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

/** A server on 127.0.0.1 answering with `handler`; returns its base URL. */
async function serve(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const ARTICLE = 'AIIMS restored its servers on Saturday.';
const attachment = (url: string) => ({ name: 'a.md', size: ARTICLE.length, url });

describe('an attachment download', () => {
  it('takes the bytes from the host of DISCORD_API_URL (the local test server)', async () => {
    const base = await serve((_req, res) => res.end(ARTICLE));
    const bytes = await downloadAttachment(attachment(`${base}/attachments/1/a.md`), { apiUrl: `${base}/api` });
    expect(Buffer.from(bytes).toString('utf8')).toBe(ARTICLE);
  });

  it('refuses another host, and fetches nothing from it', async () => {
    let asked = 0;
    const other = await serve((_req, res) => (asked++, res.end(ARTICLE)));
    const api = await serve((_req, res) => res.end('the API'));
    await expect(downloadAttachment(attachment(`${other}/attachments/1/a.md`), { apiUrl: `${api}/api` })).rejects.toThrow(/does not come from Discord/);
    await expect(downloadAttachment(attachment(`${other}/attachments/1/a.md`))).rejects.toThrow(UploadRefused);
    expect(asked).toBe(0);
  });

  it('follows no redirect, even to an allowed host', async () => {
    let followed = 0;
    const base = await serve((req, res) => {
      if (req.url === '/final') return (followed++, res.end(ARTICLE));
      res.writeHead(302, { location: '/final' }).end();
    });
    await expect(downloadAttachment(attachment(`${base}/start`), { apiUrl: base })).rejects.toThrow(/could not be downloaded/);
    expect(followed).toBe(0);
  });

  it('gives up on a server that never answers', async () => {
    const base = await serve(() => {});
    await expect(downloadAttachment(attachment(`${base}/a.md`), { apiUrl: base, timeoutMs: 50 })).rejects.toThrow(/did not arrive within 0\.05 s/);
  });

  it('gives up on a server that sends the headers and then stalls', async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200);
      res.write('AIIMS');
    });
    await expect(downloadAttachment(attachment(`${base}/a.md`), { apiUrl: base, timeoutMs: 50 })).rejects.toThrow(/did not arrive/);
  });

  it.each([
    ['https://cdn.discordapp.com/attachments/1/2/a.md', undefined, true],
    ['https://media.discordapp.net/attachments/1/2/a.md', undefined, true],
    ['http://cdn.discordapp.com/attachments/1/2/a.md', undefined, false],
    ['https://cdn.discordapp.com.evil.example/a.md', undefined, false],
    ['https://evil.example/cdn.discordapp.com/a.md', undefined, false],
    ['https://user@cdn.discordapp.com/a.md', undefined, false],
    ['https://cdn.discordapp.com:8443/a.md', undefined, false],
    ['http://127.0.0.1:9/a.md', undefined, false],
    ['http://127.0.0.1:9/a.md', 'http://127.0.0.1:9/api', true],
    ['http://127.0.0.1:10/a.md', 'http://127.0.0.1:9/api', false],
    ['https://127.0.0.1:9/a.md', 'http://127.0.0.1:9/api', false],
    ['file:///etc/passwd', 'http://127.0.0.1:9/api', false],
    ['not a url', undefined, false],
  ])('%s (API %s) is allowed: %s', (url, api, allowed) => {
    expect(attachmentUrlAllowed(url, api)).toBe(allowed);
  });
});
