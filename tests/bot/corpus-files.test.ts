import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UploadRefused, addArticle } from '../../src/bot/corpus-files.js';
import { readCorpus } from '../../src/corpus/load.js';
import { tempDir, writeFiles } from '../helpers/corpus.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function folder(files: Record<string, string> = {}) {
  const t = await tempDir('sakshi-files-');
  cleanups.push(t.cleanup);
  await writeFiles(t.dir, files);
  return t.dir;
}

const OLD = '---\nlanguage: en\n---\nThe old text about the servers.\n';
const NEW = '---\nlanguage: en\n---\nThe new text about the servers.\n';
const upload = (name: string, text = NEW) => ({ name, bytes: new TextEncoder().encode(text) });
const CAFE_NFC = 'caf\u00e9';
const CAFE_NFD = 'cafe\u0301';

describe('an uploaded article name', () => {
  it.each(['.md', '.MD', '.txt', ' .md'])('needs a name before the extension: "%s" is refused and nothing is written', async (name) => {
    const dir = await folder();
    await expect(addArticle(dir, upload(name), false)).rejects.toThrow(/has nothing before \.(md|txt)/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps its stem as the id', async () => {
    const dir = await folder();
    expect(await addArticle(dir, upload('Report.MD'), false)).toEqual({ file: 'Report.md', replaced: false });
  });
});

describe('article ids', () => {
  it('are compared ignoring case: report.md is the id of an existing report.MD, refused unless replace is asked', async () => {
    const dir = await folder({ 'report.MD': OLD });
    await expect(addArticle(dir, upload('report.md'), false)).rejects.toThrow(/an article report\.MD already exists; upload again with replace: true/);
    expect(await readdir(dir)).toEqual(['report.MD']);
    expect(await addArticle(dir, upload('report.md'), true)).toEqual({ file: 'report.MD', replaced: true });
    expect(await readdir(dir)).toEqual(['report.MD']);
    expect(await readFile(path.join(dir, 'report.MD'), 'utf8')).toBe(NEW);
  });

  it('are compared after Unicode normalization: an NFC name is the id of an existing NFD one', async () => {
    const dir = await folder({ [`${CAFE_NFD}.md`]: OLD });
    await expect(addArticle(dir, upload(`${CAFE_NFC}.md`), false)).rejects.toThrow(UploadRefused);
    expect(await addArticle(dir, upload(`${CAFE_NFC}.md`), true)).toEqual({ file: `${CAFE_NFD}.md`, replaced: true });
    expect(await readdir(dir)).toEqual([`${CAFE_NFD}.md`]);
  });

  it('of another type are still refused, whatever the case: REPORT.txt beside report.md', async () => {
    const dir = await folder({ 'report.md': OLD });
    await expect(addArticle(dir, upload('REPORT.txt'), true)).rejects.toThrow(/report\.md already has the id "REPORT"/);
    expect(await readdir(dir)).toEqual(['report.md']);
  });

  it('that collide in the corpus folder: the second file is reported as failed with the reason, the first is read', async () => {
    const dir = await folder({ 'report.MD': OLD, 'report.md': NEW, [`${CAFE_NFC}.md`]: OLD, [`${CAFE_NFD}.txt`]: NEW });
    const corpus = await readCorpus(dir);
    expect(corpus.articles).toHaveLength(2);
    expect(corpus.failures).toHaveLength(2);
    for (const f of corpus.failures) expect(f.reason).toMatch(/has the same id .* as .*ignoring case and Unicode spelling/);
    const ids = corpus.articles.map((a) => a.id.normalize('NFC').toLowerCase());
    expect(ids.sort()).toEqual([CAFE_NFC, 'report']);
  });
});
