import { mkdtemp, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS = path.join(ROOT, 'corpus');
export const SEEDS = path.join(ROOT, 'eval/seeds');
export const DEV_QUESTIONS = path.join(ROOT, 'eval/dev-questions.jsonl');
export const HI_ID = '000_9b279fca6304d5ce';
export const BN_ID = '001_ac28f1257580f053';

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempDir(prefix = 'sakshi-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Write files (name → text or bytes) into a folder. */
export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
}

/**
 * A copy of the bundled corpus, as a `corpus` folder inside a temporary folder of its own (so that what
 * goes beside the corpus, like `removed/`, stays in it and goes with the cleanup).
 */
export async function copyCorpus(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const t = await tempDir('sakshi-corpus-');
  const dir = path.join(t.dir, 'corpus');
  await cp(CORPUS, dir, { recursive: true });
  return { dir, cleanup: t.cleanup };
}
