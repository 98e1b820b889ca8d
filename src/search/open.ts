import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { CorpusError, readCorpus, type Corpus } from '../corpus/load.js';
import { IndexFileError } from './index-file.js';
import { SearchIndex } from './index.js';
import { ReindexRefused, reindexCorpus } from './reindex.js';

/** Where the index of a corpus folder is kept when no path is configured: one file per folder. */
export function defaultIndexPath(corpusDir: string): string {
  const key = createHash('sha256').update(path.resolve(corpusDir)).digest('hex').slice(0, 12);
  return path.resolve('.sakshi', `index-${key}.json`);
}

/**
 * The saved index, or undefined when there is none; a damaged or outdated file is an IndexFileError.
 * Loaded in batches that let the event loop run, so a large index does not stop the bot meanwhile.
 */
export async function loadIndexFile(file: string): Promise<SearchIndex | undefined> {
  // read as a stream: the file is never held whole, each line is decoded and dropped in turn
  try {
    return await SearchIndex.load(createReadStream(file, { highWaterMark: 1 << 20 }));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (typeof code === 'string' && !(err instanceof IndexFileError)) throw new IndexFileError(`the index file ${file} cannot be read (${code})`);
    throw err;
  }
}

export interface OpenOptions {
  corpusDir: string;
  indexPath?: string;
  warn?: (message: string) => void;
}

export interface Opened {
  index: SearchIndex;
  /** Whether the saved index was used or a new one was built (and saved). */
  origin: 'loaded' | 'built';
}

/** The corpus read now and the saved index if it matches; or, when the folder cannot be read, the saved index alone. */
export type MatchingIndex = { corpus: Corpus; saved?: SearchIndex } | { corpus?: undefined; saved: SearchIndex };

/**
 * The corpus as it is now, and the saved index when it was built from exactly these files by this
 * analyzer. A damaged or outdated file is a warning (the caller rebuilds), never a failure. When the
 * corpus folder is missing or unreadable, a saved index that loads is served as it is, with a warning
 * (an unmounted volume should not take the bot down); without one, the CorpusError is thrown on.
 */
export async function loadMatchingIndex(corpusDir: string, file: string, warn: (message: string) => void): Promise<MatchingIndex> {
  let corpus: Corpus;
  try {
    corpus = await readCorpus(corpusDir);
  } catch (err) {
    if (!(err instanceof CorpusError)) throw err;
    const saved = await loadIndexFile(file).catch(() => undefined);
    if (!saved) throw err;
    warn(`${err.message}. Serving the saved index (${saved.articles.length} articles, built ${saved.builtAt}) until the folder is back.`);
    return { saved };
  }
  try {
    const saved = await loadIndexFile(file);
    if (saved && saved.fingerprint === corpus.fingerprint) return { corpus, saved };
  } catch (err) {
    if (!(err instanceof IndexFileError)) throw err;
    warn(`${err.message}; rebuilding it from ${corpusDir}`);
  }
  for (const f of corpus.failures) warn(`skipped ${f.file}: ${f.reason}`);
  return { corpus };
}

/**
 * The index of a corpus: the saved one when it matches (or when the corpus folder cannot be read:
 * see loadMatchingIndex), else a new one built here and saved (the bot builds in a worker instead:
 * see IndexService).
 */
export async function openIndex(opts: OpenOptions): Promise<Opened> {
  const warn = opts.warn ?? (() => {});
  const file = opts.indexPath ?? defaultIndexPath(opts.corpusDir);
  const matching = await loadMatchingIndex(opts.corpusDir, file, warn);
  if (matching.corpus === undefined) return { index: matching.saved, origin: 'loaded' };
  const { corpus, saved } = matching;
  if (saved) return { index: saved, origin: 'loaded' };
  try {
    const { index } = await reindexCorpus({ corpusDir: opts.corpusDir, indexPath: file, force: true, corpus });
    return { index: index!, origin: 'built' };
  } catch (err) {
    if (err instanceof ReindexRefused) throw err;
    warn(`the index could not be saved to ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)}); it will be rebuilt next time`);
    return { index: SearchIndex.build(corpus), origin: 'built' };
  }
}
