import { describe, expect, it } from 'vitest';
import { ArticleError, decodeArticleBytes, parseArticle } from '../../src/corpus/article.js';

const reason = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ArticleError) return err.reason;
    throw err;
  }
  throw new Error('expected an ArticleError');
};

describe('parseArticle', () => {
  it('reads front matter and keeps the body exactly as written after it', () => {
    const body = 'पहली पंक्ति\r\n\r\nदूसरी  पंक्ति।\n';
    const a = parseArticle('x.md', `---\ntitle: शीर्षक\nlanguage: hi\nsource: Outlet\nurl: https://example.com/a\npublished: 2022-11-26T15:22:00+05:30\n---\n${body}`);
    expect(a).toMatchObject({ id: 'x', title: 'शीर्षक', language: 'hi', outlet: 'Outlet', url: 'https://example.com/a', published: '2022-11-26T15:22:00+05:30' });
    expect(a.body).toBe(body);
  });

  it('defaults the title to the first non-empty line and the language to the script', () => {
    const a = parseArticle('y.txt', '\n\n  এইমসে সাইবার হানা  \nবাকি লেখা।');
    expect(a.title).toBe('এইমসে সাইবার হানা');
    expect(a.language).toBe('bn');
    expect(a.id).toBe('y');
    expect(parseArticle('z.txt', 'Servers at the hospital were hacked.').language).toBe('en');
  });

  it('drops a byte-order mark before the front matter', () => {
    expect(parseArticle('b.md', '\uFEFF---\nlanguage: en\n---\nText.').language).toBe('en');
  });

  it('names what is wrong with bad front matter', () => {
    expect(reason(() => parseArticle('a.md', '---\ntitle: [unclosed\n---\nText.'))).toMatch(/not valid YAML/);
    expect(reason(() => parseArticle('a.md', '---\n- a\n- b\n---\nText.'))).toMatch(/must be a list of "field: value" lines/);
    expect(reason(() => parseArticle('a.md', '---\ntitel: x\n---\nText.'))).toMatch(/unknown front matter field "titel"/);
    expect(reason(() => parseArticle('a.md', '---\nlanguage: fr\n---\nText.'))).toMatch(/language must be one of hi, bn, en/);
    expect(reason(() => parseArticle('a.md', '---\nurl: ftp://x.org/a\n---\nText.'))).toMatch(/http or https/);
    expect(reason(() => parseArticle('a.md', '---\npublished: last week\n---\nText.'))).toMatch(/not an ISO 8601 date/);
    expect(reason(() => parseArticle('a.md', '---\ntitle: 42\n---\nText.'))).toMatch(/"title" must be a string/);
  });

  it('refuses an empty body and a text in an unknown script', () => {
    expect(reason(() => parseArticle('a.md', '---\ntitle: x\n---\n \n.\n'))).toMatch(/no text/);
    expect(reason(() => parseArticle('a.md', 'Кибератака на больницу.'))).toMatch(/cannot tell its language/);
  });
});

describe('decodeArticleBytes', () => {
  it('refuses empty, binary, non-UTF-8 and over-large files with the reason', () => {
    expect(reason(() => decodeArticleBytes('e.md', new Uint8Array()))).toMatch(/empty/);
    expect(reason(() => decodeArticleBytes('b.md', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).toMatch(/binary/);
    expect(reason(() => decodeArticleBytes('l.md', new Uint8Array([0x63, 0x61, 0x66, 0xe9])))).toMatch(/not valid UTF-8/);
    expect(reason(() => decodeArticleBytes('h.md', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61)))).toMatch(/over the 5 MB limit/);
  });
});
