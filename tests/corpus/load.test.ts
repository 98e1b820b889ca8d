import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusError, readCorpus } from '../../src/corpus/load.js';
import { tempDir, writeFiles } from '../helpers/corpus.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

describe('readCorpus', () => {
  it('indexes the good files and reports each bad one by name and reason', async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    await writeFiles(t.dir, {
      'good-hi.md': '---\ntitle: ठीक\n---\nएम्स के सर्वर हैक हुए।',
      'good-en.txt': 'Five servers were hacked.',
      'bad-front.md': '---\nlanguage: klingon\n---\nText.',
      'empty.md': '',
      'binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
      'notes.docx': 'x',
      '.hidden.md': 'ignored',
    });
    const corpus = await readCorpus(t.dir);
    expect(corpus.articles.map((a) => a.id).sort()).toEqual(['good-en', 'good-hi']);
    const failures = Object.fromEntries(corpus.failures.map((f) => [f.file, f.reason]));
    expect(Object.keys(failures).sort()).toEqual(['bad-front.md', 'binary.md', 'empty.md', 'latin1.txt', 'notes.docx']);
    expect(failures['bad-front.md']).toMatch(/language/);
    expect(failures['empty.md']).toMatch(/empty/);
    expect(failures['binary.md']).toMatch(/binary/);
    expect(failures['latin1.txt']).toMatch(/UTF-8/);
    expect(failures['notes.docx']).toMatch(/only \.md and \.txt/);
  });

  it('refuses a link to a file outside the corpus folder', async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    await writeFiles(t.dir, { 'outside.txt': 'Secret text outside.' });
    const corpus = path.join(t.dir, 'corpus');
    await (await import('node:fs/promises')).mkdir(corpus);
    await symlink(path.join(t.dir, 'outside.txt'), path.join(corpus, 'link.md'));
    const read = await readCorpus(corpus);
    expect(read.articles).toEqual([]);
    expect(read.failures[0]).toMatchObject({ file: 'link.md', reason: expect.stringMatching(/outside the corpus folder/) });
  });

  it('changes its fingerprint when any file changes, and only then', async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    await writeFiles(t.dir, { 'a.md': 'One server.', 'b.md': 'Two servers.' });
    const first = (await readCorpus(t.dir)).fingerprint;
    expect((await readCorpus(t.dir)).fingerprint).toBe(first);
    await writeFiles(t.dir, { 'b.md': 'Three servers.' });
    expect((await readCorpus(t.dir)).fingerprint).not.toBe(first);
  });

  it('says clearly when the folder does not exist', async () => {
    await expect(readCorpus('/nonexistent/sakshi-corpus')).rejects.toThrow(CorpusError);
    await expect(readCorpus('/nonexistent/sakshi-corpus')).rejects.toThrow(/does not exist/);
  });
});
