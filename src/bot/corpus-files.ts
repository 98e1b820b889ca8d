import { mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_EXTENSIONS, ArticleError, decodeArticleBytes, parseArticle } from '../corpus/article.js';
import { articleIdKey } from '../corpus/load.js';
import { overSizeLimit } from '../corpus/size.js';
import { writeAtomically } from '../files.js';

/** Largest upload accepted as an article. */
export const MAX_UPLOAD_BYTES = 1024 * 1024;

/** A file name that stays inside the corpus folder: letters and digits of any script, - and _, at most 80. */
export function safeName(upload: string, title: string): string {
  const ext = path.extname(upload).toLowerCase();
  const slug = (s: string) =>
    s
      .normalize('NFC')
      .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-_.]+|[-_.]+$/g, '')
      .slice(0, 80);
  const base = slug(path.basename(upload, path.extname(upload))) || slug(title) || `article-${Date.now()}`;
  return `${base}${ext}`;
}

export class UploadRefused extends Error {}

/** Refuse an upload over MAX_UPLOAD_BYTES: checked on the size Discord declares, and again on the bytes received. */
export function checkUploadSize(name: string, bytes: number): void {
  if (bytes > MAX_UPLOAD_BYTES) throw new UploadRefused(overSizeLimit(name, bytes, MAX_UPLOAD_BYTES));
}

/**
 * Check an uploaded article completely before anything is written: type, size, UTF-8, front matter,
 * language. Then write it atomically under a safe name inside the corpus folder; an existing article
 * is replaced only when asked. Returns the file name and whether it replaced one.
 */
export async function addArticle(corpusDir: string, upload: { name: string; bytes: Uint8Array }, replace: boolean): Promise<{ file: string; replaced: boolean }> {
  // a name with a path in it is refused, not quietly cut down: whoever sent it meant something else
  if (/[/\\]|(?:^|[/\\])\.\.|[\u0000-\u001f]/.test(upload.name)) throw new UploadRefused(`the file name "${upload.name}" has a path in it; upload a plain file name`);
  const uploadExt = ARTICLE_EXTENSIONS.find((e) => upload.name.toLowerCase().endsWith(e));
  if (!uploadExt) throw new UploadRefused(`${upload.name} is not a .md or .txt file`);
  // ".md" alone is a hidden file with no name, not an article named "md"
  if (upload.name.slice(0, -uploadExt.length).trim() === '') throw new UploadRefused(`the file name "${upload.name}" has nothing before ${uploadExt}; name the file, e.g. report${uploadExt}`);
  checkUploadSize(upload.name, upload.bytes.length);
  let title: string;
  try {
    title = parseArticle(upload.name, decodeArticleBytes(upload.name, upload.bytes)).title;
  } catch (err) {
    if (err instanceof ArticleError) throw new UploadRefused(err.message);
    throw err;
  }
  let file = safeName(upload.name, title);
  const dir = path.resolve(corpusDir);
  const target = path.resolve(dir, file);
  if (path.dirname(target) !== dir) throw new UploadRefused(`the name ${upload.name} does not make a file inside the corpus folder`);
  const articleId = file.replace(/\.[^.]+$/, '');
  const ext = path.extname(file);
  // ids are compared as readCorpus compares them: a look-alike of an existing id is that article
  const key = articleIdKey(articleId);
  const sameId = (await articleFiles(dir)).filter((f) => articleIdKey(f.slice(0, -path.extname(f).length)) === key);
  const otherType = sameId.find((f) => path.extname(f).toLowerCase() !== ext);
  if (otherType) throw new UploadRefused(`${otherType} already has the id "${articleId}"; remove it first or upload under another name`);
  const existing = sameId[0];
  if (existing && !replace) throw new UploadRefused(`an article ${existing} already exists; upload again with replace: true to replace it`);
  // a replacement keeps the name on disk, so the article keeps its id
  if (existing) file = existing;
  const replaced = existing !== undefined;
  await writeAtomically(path.join(dir, file), Buffer.from(upload.bytes).toString('utf8'));
  return { file, replaced };
}

/** The article files (.md, .txt, any case) in the corpus folder; none when it does not exist yet. */
async function articleFiles(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names.filter((n) => !n.startsWith('.') && ARTICLE_EXTENSIONS.some((e) => n.toLowerCase().endsWith(e))).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** Move an article to `removed/` beside the corpus folder, with a timestamp, so that it can be put back. */
export async function removeArticle(corpusDir: string, file: string, now = new Date()): Promise<string> {
  const dir = path.resolve(corpusDir);
  const source = path.resolve(dir, file);
  if (path.dirname(source) !== dir) throw new UploadRefused(`${file} is not an article of the corpus folder`);
  const removedDir = path.join(path.dirname(dir), 'removed');
  await mkdir(removedDir, { recursive: true });
  const target = path.join(removedDir, `${now.toISOString().replace(/[:.]/g, '-')}-${file}`);
  await rename(source, target);
  return path.relative(path.dirname(dir), target);
}
