import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_EXTENSIONS, ArticleError, checkArticleSize, decodeArticleBytes, parseArticle, type Article } from './article.js';

export interface CorpusFailure {
  file: string;
  reason: string;
}

export interface Corpus {
  /** The folder, resolved. */
  dir: string;
  articles: Article[];
  failures: CorpusFailure[];
  /** sha256 of every article file's name and bytes, in name order: equal fingerprints, equal corpus. */
  fingerprint: string;
}

/** The corpus folder itself cannot be read: nothing can be indexed from it. */
export class CorpusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusError';
  }
}

/**
 * The form in which two article ids are compared: after Unicode normalization (NFC) and case folding.
 * `report.md` beside `report.MD`, or one name spelled in NFC and in NFD, would otherwise be two
 * articles with look-alike ids.
 */
export function articleIdKey(id: string): string {
  // upper then lower case folds what lower case alone leaves apart (final sigma, ß and the like)
  return id.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
}

function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

/**
 * Read every `.md` and `.txt` file at the top of a folder. A bad file becomes a failure with its name
 * and reason; the others are still read. Hidden files are passed over; a sub-folder or a file of another
 * type is reported, so that a moderator who put articles there knows they are not read.
 */
export async function readCorpus(dirArg: string): Promise<Corpus> {
  const dir = path.resolve(dirArg);
  let entries;
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new CorpusError(`the corpus path ${dirArg} is not a folder`);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new CorpusError(
      code === 'ENOENT'
        ? `the corpus folder ${dirArg} does not exist; create it or point CORPUS_DIR / --corpus at the folder of articles`
        : `the corpus folder ${dirArg} cannot be read (${code ?? String(err)})`,
    );
  }
  const realDir = await realpath(dir);
  const names = entries
    .map((e) => e.name)
    .filter((n) => !n.startsWith('.'))
    .sort();
  const articles: Article[] = [];
  const failures: CorpusFailure[] = [];
  const hash = createHash('sha256');
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      const info = await lstat(file);
      if (info.isDirectory()) throw new ArticleError(name, 'a folder: articles must be directly in the corpus folder, not in sub-folders');
      if (!isArticleFile(name)) throw new ArticleError(name, 'not an article: only .md and .txt files are read');
      if (info.isSymbolicLink()) {
        const target = await realpath(file).catch(() => null);
        if (!target) throw new ArticleError(name, 'a link to a file that does not exist');
        if (path.dirname(target) !== realDir) throw new ArticleError(name, 'a link to a file outside the corpus folder; copy the file in instead');
      }
      const real = await stat(file);
      if (!real.isFile()) throw new ArticleError(name, 'not a regular file');
      checkArticleSize(name, real.size);
      const bytes = await readFile(file);
      hash.update(`${name}\0${bytes.length}\0`).update(bytes);
      articles.push(parseArticle(name, decodeArticleBytes(name, bytes)));
    } catch (err) {
      if (err instanceof ArticleError) failures.push({ file: err.file, reason: err.reason });
      else failures.push({ file: name, reason: `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
    }
  }
  const fileOf = new Map<string, string>();
  const unique = articles.filter((a) => {
    const key = articleIdKey(a.id);
    const other = fileOf.get(key);
    if (other) {
      failures.push({ file: a.file, reason: `has the same id "${a.id}" as ${other} (ids are compared ignoring case and Unicode spelling); rename one of them` });
      return false;
    }
    fileOf.set(key, a.file);
    return true;
  });
  return { dir, articles: unique, failures, fingerprint: hash.digest('hex') };
}
