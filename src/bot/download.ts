import { UploadRefused, checkUploadSize } from './corpus-files.js';

/** What the download needs of a Discord attachment. */
export interface AttachmentRef {
  name: string;
  /** The size Discord declares; the bytes received are checked again, whatever it claims. */
  size: number;
  url: string;
}

/** Where Discord serves attachments from. */
export const DISCORD_CDN_HOSTS: readonly string[] = ['cdn.discordapp.com', 'media.discordapp.net'];

/** How long an attachment may take to arrive, all of it. */
export const DOWNLOAD_TIMEOUT_MS = 15_000;

export interface DownloadOptions {
  /** DISCORD_API_URL when set (a local Discord-compatible server): its host, on its protocol, is trusted too. */
  apiUrl?: string | undefined;
  timeoutMs?: number;
}

/**
 * Whether an attachment URL points where Discord keeps attachments: https on Discord's CDN hosts, or
 * the host (and protocol) of DISCORD_API_URL when one is set. The URL comes in the interaction, but the
 * bot is what fetches it: anything else could make the bot request addresses of someone's choosing.
 */
export function attachmentUrlAllowed(url: string, apiUrl?: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  if (u.protocol === 'https:' && DISCORD_CDN_HOSTS.includes(u.hostname) && (u.port === '' || u.port === '443')) return true;
  if (!apiUrl) return false;
  const api = new URL(apiUrl);
  return u.protocol === api.protocol && u.host === api.host;
}

/**
 * The bytes of an uploaded article. Only from Discord's attachment hosts, with no redirect followed,
 * within a time limit for the whole download. One over MAX_UPLOAD_BYTES is refused (UploadRefused) by
 * its declared size before anything is fetched, and by the bytes received as soon as they pass the
 * limit: never more than the limit is taken in.
 */
export async function downloadAttachment(attachment: AttachmentRef, opts: DownloadOptions = {}): Promise<Uint8Array> {
  checkUploadSize(attachment.name, attachment.size);
  if (!attachmentUrlAllowed(attachment.url, opts.apiUrl)) throw new UploadRefused('the attachment does not come from Discord; it was not downloaded');
  const timeoutMs = opts.timeoutMs ?? DOWNLOAD_TIMEOUT_MS;
  try {
    // the signal covers the body too: a server that sends headers and then stalls is cut off as well
    const res = await fetch(attachment.url, { redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok || !res.body) throw new UploadRefused(`the attachment could not be downloaded (HTTP ${res.status})`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      checkUploadSize(attachment.name, size);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  } catch (err) {
    if (err instanceof UploadRefused) throw err;
    if (err instanceof Error && err.name === 'TimeoutError') throw new UploadRefused(`the attachment did not arrive within ${timeoutMs / 1000} s`);
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
    throw new UploadRefused(`the attachment could not be downloaded (${cause})`);
  }
}
