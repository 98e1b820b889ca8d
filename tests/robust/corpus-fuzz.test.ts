import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/load.js';
import { ask } from '../../src/qa/answer.js';
import { reindexCorpus } from '../../src/search/reindex.js';
import { tempDir } from '../helpers/corpus.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});
async function folder() {
  const t = await tempDir('sakshi-fuzz-');
  cleanups.push(t.cleanup);
  const dir = path.join(t.dir, 'corpus');
  await mkdir(dir);
  return { root: t.dir, dir };
}

describe('a bad corpus', () => {
  it('has every bad file reported with its reason, none crashing the reindex, and every good file indexed', async () => {
    const { root, dir } = await folder();
    const w = (name: string, content: string | Uint8Array) => writeFile(path.join(dir, name), content);
    await w('random-bytes.md', Uint8Array.from({ length: 4096 }, (_v, i) => (i * 7919 + 13) % 256));
    await w('invalid-utf8.txt', new Uint8Array([0x68, 0x69, 0xc3, 0x28, 0xa0, 0xa1]));
    await w('bom.md', '\uFEFF---\nlanguage: en\ntitle: With a byte order mark\n---\nFive servers were restored on Friday.');
    await w('crlf.md', '---\r\nlanguage: hi\r\n---\r\nएम्स के सर्वर फिर से शुरू हुए।\r\nपुलिस जांच कर रही है।\r\n');
    await w('list.md', '---\n- one\n- two\n---\nText.');
    await w('number-title.md', '---\ntitle: 42\n---\nText.');
    await w('bad-date.md', '---\npublished: yesterday evening\n---\nText.');
    await w('huge-title.md', `---\ntitle: "${'x'.repeat(100_000)}"\n---\nText.`);
    await w('big.md', '');
    await truncate(path.join(dir, 'big.md'), 50 * 1024 * 1024);
    await writeFile(path.join(root, 'secret.txt'), 'Outside the corpus: never read.');
    await symlink(path.join(root, 'secret.txt'), path.join(dir, 'link-out.md'));
    await symlink(root, path.join(dir, 'link-dir.md'));
    await mkdir(path.join(dir, 'nested', 'deeper', 'deepest'), { recursive: true });
    await writeFile(path.join(dir, 'nested', 'deeper', 'deepest', 'hidden-article.md'), 'Servers were hacked.');
    for (let i = 0; i < 2000; i++) await w(`tiny-${i}.txt`, `Tiny report ${i}: ${i % 97} servers were checked.`);

    const { report, index } = await reindexCorpus({ corpusDir: dir, indexPath: path.join(root, 'index.json') });
    const reason = Object.fromEntries(report.failed.map((f) => [f.file, f.reason]));
    expect(Object.keys(reason).sort()).toEqual(['bad-date.md', 'big.md', 'huge-title.md', 'invalid-utf8.txt', 'link-dir.md', 'link-out.md', 'list.md', 'nested', 'number-title.md', 'random-bytes.md'].sort());
    expect(reason['random-bytes.md']).toMatch(/binary|UTF-8/);
    expect(reason['invalid-utf8.txt']).toMatch(/not valid UTF-8/);
    expect(reason['list.md']).toMatch(/field: value/);
    expect(reason['number-title.md']).toMatch(/title.*string/);
    expect(reason['bad-date.md']).toMatch(/ISO 8601/);
    expect(reason['huge-title.md']).toMatch(/longer than 500/);
    expect(reason['big.md']).toMatch(/50\.0 MB, over the 5 MB limit/);
    expect(reason['link-out.md']).toMatch(/outside the corpus folder/);
    expect(reason['link-dir.md']).toMatch(/outside the corpus folder|not a regular file/);
    expect(reason.nested).toMatch(/sub-folders/);
    expect(report.articles).toBe(2002);
    expect(index!.article('bom')!.title).toBe('With a byte order mark');
    const crlf = ask(index!, 'एम्स के सर्वर कब शुरू हुए?').citations.find((c) => c.source === 'crlf');
    expect(crlf?.quote).toBe('एम्स के सर्वर फिर से शुरू हुए।');
    expect(ask(index!, 'outside the corpus never read').citations.every((c) => c.source !== 'link-out')).toBe(true);
  }, 60_000);

  it('any set of files gives, for each, an article or a reason, never both and never neither', async () => {
    const file = fc.record({
      name: fc.stringMatching(/^[a-z0-9_-]{1,12}$/).chain((n) => fc.constantFrom(`${n}.md`, `${n}.txt`, `${n}.docx`)),
      content: fc.oneof(
        fc.uint8Array({ maxLength: 600 }),
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.tuple(fc.constantFrom('title: x', 'language: bn', 'language: fr', 'url: ftp://x', 'published: 2022-13-45', '- a', 'title: [x', 'source: 5'), fc.string({ maxLength: 200 })).map(([fm, body]) => `---\n${fm}\n---\n${body}`),
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(file, { selector: (f) => f.name, maxLength: 12 }), async (files) => {
        const { dir } = await folder();
        for (const f of files) await writeFile(path.join(dir, f.name), f.content);
        const corpus = await readCorpus(dir);
        for (const f of files) {
          const id = f.name.replace(/\.[^.]+$/, '');
          const asArticle = corpus.articles.some((a) => a.file === f.name);
          const asFailure = corpus.failures.some((x) => x.file === f.name);
          // two files may share an id (a.md, a.txt): one is the article, the other a failure naming it
          expect(asArticle !== asFailure, `${f.name} (${id})`).toBe(true);
        }
        await cleanups.pop()!();
      }),
      { numRuns: Number(process.env.SAKSHI_PROPERTY_RUNS ?? 2000) >= 10_000 ? 500 : 60 },
    );
  }, 120_000);
});
