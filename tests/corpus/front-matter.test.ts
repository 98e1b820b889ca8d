import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle } from '../../src/corpus/article.js';
import { MAX_FRONT_MATTER_BYTES, frontMatterProblem } from '../../src/corpus/front-matter.js';

const reason = (text: string): string => {
  try {
    parseArticle('hostile.md', text);
  } catch (err) {
    if (err instanceof ArticleError) return err.reason;
    throw err;
  }
  throw new Error('expected an ArticleError');
};
const withFront = (yaml: string) => `---\n${yaml}\n---\nThe police said five servers were hacked.\n`;

describe('front matter is vetted before the YAML parser sees it', () => {
  it('refuses an 800 KB nested value by its size, at once, naming the file and the limit', () => {
    const nested = `title: ${'['.repeat(400_000)}${']'.repeat(400_000)}`;
    let error: unknown;
    try {
      parseArticle('nested.md', withFront(nested));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ArticleError);
    expect((error as ArticleError).message).toMatch(/^nested\.md: front matter is not valid YAML for an article: it is 781\.3 KB, over the 4 KB limit for front matter/);
  });

  it.each([
    ['a nested list under the size limit', `title: ${'['.repeat(1500)}${']'.repeat(1500)}`, /a list \("\["\) as the value of "title" on line 1/],
    ['a flow mapping', 'title: {a: 1}', /a mapping \("\{"\) as the value of "title"/],
    ['an anchor', 'title: &t Servers hacked\nsource: *t', /an anchor \("&"\) as the value of "title" on line 1/],
    ['an alias', 'source: *t', /an alias \("\*"\) as the value of "source"/],
    ['a tag', 'published: !!str 2022-11-26', /a tag \("!"\) as the value of "published"/],
    ['a block scalar', 'title: |\n  Servers hacked', /a block of lines \("\|"\) as the value of "title"/],
    ['an indented continuation', 'title: Servers\n  hacked at AIIMS', /an indented line \(a nested or continued value\) on line 2/],
    ['a nested mapping', 'title:\n  en: Servers hacked', /an indented line/],
    ['a block sequence', 'title:\n- a\n- b', /a list item \("-"\) on line 2/],
    ['a merge key', '<<: {title: x}', /a merge key \("<<"\) on line 1/],
    ['a second document', 'title: x\n...\ntitle: y', /a document marker/],
    ['a directive', '%YAML 1.2', /a YAML directive/],
    ['a complex key', '? title\n: x', /a complex key/],
    ['a quoted value left open', 'title: "Servers hacked', /a quoted value of "title" that does not close on its line/],
    ['text after a quoted value', 'title: "Servers" hacked', /text after the quoted value of "title"/],
    ['a line that is not field: value', 'just some words', /a line that is not "field: value" on line 1/],
  ])('refuses %s with the reason, before parsing', (_what, yaml, why) => {
    const text = reason(withFront(yaml));
    expect(text).toMatch(/^front matter is not valid YAML for an article: /);
    expect(text).toMatch(why);
  });

  it.each([
    ['a lone carriage return hiding an anchor and an alias', 'title: x\rfoo: &a [1]\rbar: *a', 'U+000D'],
    ['a lone carriage return hiding a nested list', `title: x\r  ${'['.repeat(1000)}`, 'U+000D'],
    ['a line separator', 'title: x\u2028foo: [1]', 'U+2028'],
    ['a paragraph separator', 'title: x\u2029foo: [1]', 'U+2029'],
  ])('refuses %s: the parser would read other lines than the ones checked', (_what, yaml, code) => {
    expect(frontMatterProblem(yaml)).toContain(code);
    expect(reason(withFront(yaml))).toContain('line break other than a newline');
  });

  it('takes Windows line ends', () => {
    expect(frontMatterProblem('title: A\r\nlanguage: en\r\n')).toBeUndefined();
  });

  it('names the field that makes a front matter too large, when one is over its own limit', () => {
    expect(reason(withFront(`title: "${'x'.repeat(5000)}"`))).toMatch(/over the 4 KB limit for front matter \(title is longer than 500 characters\)/);
  });

  it('measures the limit in UTF-8 bytes', () => {
    const hindi = 'स'.repeat(1400); // 4,200 bytes in 1,400 characters
    expect(frontMatterProblem(`title: ${hindi}`)).toMatch(/over the 4 KB limit/);
    expect(frontMatterProblem(`title: ${'s'.repeat(MAX_FRONT_MATTER_BYTES - 'title: '.length)}`)).toBeUndefined();
  });

  it('takes flat fields with plain and quoted values, comments and blank lines', () => {
    const yaml = [
      '# written by the scraper',
      'title: "Cyber Attack on AIIMS: এইমসে সাইবার হানা! \\"quoted\\""',
      '',
      "source: 'Zee 24 Ghanta''s desk'   # the outlet",
      'language: bn',
      'url: https://example.com/a?x=[1]&y=*',
      'published: 2022-11-26T15:22:00+05:30',
    ].join('\n');
    const a = parseArticle('ok.md', `---\n${yaml}\n---\nএইমসে সাইবার হানা।\n`);
    expect(a).toMatchObject({
      title: 'Cyber Attack on AIIMS: এইমসে সাইবার হানা! "quoted"',
      outlet: "Zee 24 Ghanta's desk",
      language: 'bn',
      url: 'https://example.com/a?x=[1]&y=*',
      published: '2022-11-26T15:22:00+05:30',
    });
  });
});
