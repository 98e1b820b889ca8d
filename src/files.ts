import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Write a file beside its final place and rename it over, so that a crash at any moment leaves the old
 * file or the new one, never half of one. Temporary files a killed writer left behind are removed.
 * The content is a string, or pieces written one after another (a large file is then never held whole).
 */
export async function writeAtomically(file: string, content: string | Iterable<string> | AsyncIterable<string>): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const base = path.basename(file);
  for (const name of await readdir(dir)) {
    const m = /^(.*)\.(\d+)\.\d+\.tmp$/.exec(name);
    // another live process's temporary file is left alone
    if (m && m[1] === base && !isAlive(Number(m[2]))) await rm(path.join(dir, name), { force: true });
  }
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    if (typeof content === 'string') await writeFile(tmp, content);
    else await pipeline(Readable.from(content, { objectMode: false }), createWriteStream(tmp));
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Whether another live process has this id: its temporary files are its own, and left alone. */
export function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
