import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/corpus.js';

// Everything the tests, `npm run eval` and `npm run bench` use lives in the repository: a clone with no
// folder beside it must work. Spelled in pieces so that this file does not name what it looks for; the
// last two catch the old help text that named the dev set without the leading "..".
const SIBLING = ['..', 'shared'].join('/');
const NEEDLES = [SIBLING, ['shared', 'eval'].join('/'), ['shared', 'seeds'].join('/')];
const CHECKED = ['src', 'tests', 'bench', 'scripts', 'commands'];

describe('the repository stands on its own', () => {
  it(`names no ${SIBLING} folder in code, tests, scripts or package.json`, async () => {
    const files = ['package.json'];
    for (const dir of CHECKED) {
      const entries = await readdir(path.join(ROOT, dir), { recursive: true, withFileTypes: true });
      files.push(...entries.filter((e) => e.isFile()).map((e) => path.relative(ROOT, path.join(e.parentPath, e.name))));
    }
    expect(files.filter((f) => f.startsWith('src/')).length).toBeGreaterThan(10);
    const naming: string[] = [];
    for (const f of files) {
      const text = await readFile(path.join(ROOT, f), 'utf8');
      if (NEEDLES.some((n) => text.includes(n))) naming.push(f);
    }
    expect(naming).toEqual([]);
  });
});
