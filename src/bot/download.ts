import { UploadRefused, checkUploadSize } from './corpus-files.js';

/** What the download needs of a Discord attachment. */
export interface AttachmentRef {
  name: string;
  /** The size Discord declares; the bytes received are checked again, whatever it claims. */
  size: number;
  url: string;
}

/**
 * The bytes of an uploaded article. One over MAX_UPLOAD_BYTES is refused (UploadRefused) by its
 * declared size before anything is fetched, and by the bytes received as soon as they pass the limit:
 * never more than the limit is taken in.
 */
export async function downloadAttachment(attachment: AttachmentRef): Promise<Uint8Array> {
  checkUploadSize(attachment.name, attachment.size);
  const res = await fetch(attachment.url);
  if (!res.ok || !res.body) throw new UploadRefused(`the attachment could not be downloaded (HTTP ${res.status})`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    checkUploadSize(attachment.name, size);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
