import { parseDocument } from 'yaml';
import { z } from 'zod';
import { LANGUAGES, languageFromScript, type Language } from '../lang/script.js';
import { frontMatterProblem } from './front-matter.js';
import { overSizeLimit } from './size.js';

export interface Article {
  /** The file name without its extension. */
  id: string;
  /** The file name, as found in the corpus folder. */
  file: string;
  title: string;
  language: Language;
  /** The outlet that published it (front matter `source:`). */
  outlet: string | null;
  url: string | null;
  /** ISO 8601, as the front matter gives it. */
  published: string | null;
  /** Everything after the front matter, exactly as in the file. Offsets point into it. */
  body: string;
}

/** Largest article file accepted. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export const ARTICLE_EXTENSIONS = ['.md', '.txt'] as const;

/** Why a file could not become an article; the message says what to do. */
export class ArticleError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ArticleError';
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v, ctx) => {
    const text = v instanceof Date ? v.toISOString() : v.trim();
    if (!ISO_DATE.test(text) || Number.isNaN(Date.parse(text.replace(' ', 'T')))) {
      ctx.addIssue({ code: 'custom', message: `"${String(v)}" is not an ISO 8601 date such as 2022-11-26 or 2022-11-26T15:22:00+05:30` });
      return z.NEVER;
    }
    return text;
  });

/** The longest value each text field may have, in characters. */
const FIELD_MAX = { title: 500, source: 200, url: 2000 } as const;

/** Which field makes an oversized front matter too large, when one is over its own limit: said with the size. */
function overlongField(yaml: string): string | undefined {
  for (const line of yaml.split(/\r?\n/)) {
    const field = /^(title|source|url)[ \t]*:/.exec(line)?.[1] as keyof typeof FIELD_MAX | undefined;
    if (field && line.length - field.length - 1 > FIELD_MAX[field] + 2) return `${field} is longer than ${FIELD_MAX[field]} characters`;
  }
  return undefined;
}

export const FrontMatter = z
  .object({
    title: z.string().trim().min(1, 'title is empty').max(FIELD_MAX.title, `title is longer than ${FIELD_MAX.title} characters`).optional(),
    language: z.enum(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` }).optional(),
    source: z.string().trim().min(1, 'source is empty').max(FIELD_MAX.source, `source is longer than ${FIELD_MAX.source} characters`).optional(),
    url: z
      .url({ protocol: /^https?$/, message: 'url must be an http or https address' })
      .max(FIELD_MAX.url, `url is longer than ${FIELD_MAX.url} characters`)
      .optional(),
    published: isoDate.optional(),
  })
  .strict();
export type FrontMatter = z.infer<typeof FrontMatter>;

const FENCE = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*(?:\r?\n|$)/m;

/** Split a file's text into its front matter (YAML text, or null) and its body. */
export function splitFrontMatter(text: string): { yaml: string | null; body: string } {
  const open = FENCE.exec(text);
  if (!open) return { yaml: null, body: text };
  const rest = text.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) return { yaml: null, body: text };
  return { yaml: rest.slice(0, close.index), body: rest.slice(close.index + close[0].length) };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown front matter field ${issue.keys.map((k) => `"${k}"`).join(', ')} (known: title, language, source, url, published)`;
  }
  const field = issue.path.join('.');
  if (issue.code === 'invalid_type') return `front matter "${field}" must be a ${issue.expected}`;
  return field ? `front matter "${field}": ${issue.message}` : issue.message;
}

/**
 * Turn a file's name and decoded text into an article, or throw an ArticleError that names the file
 * and what is wrong with it.
 */
export function parseArticle(file: string, text: string): Article {
  const id = file.replace(/\.[^.]+$/, '');
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const { yaml, body } = splitFrontMatter(withoutBom);

  let meta: FrontMatter = {};
  if (yaml !== null) {
    // vetted before the parser sees it: a nested or oversized front matter never reaches it
    let problem = frontMatterProblem(yaml);
    if (problem) {
      const field = problem.includes('limit for front matter') ? overlongField(yaml) : undefined;
      if (field) problem += ` (${field})`;
      throw new ArticleError(file, `front matter is not valid YAML for an article: ${problem}; front matter must be a list of "field: value" lines, at most 4 KB, one plain or quoted value each`);
    }
    const doc = parseDocument(yaml, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const first = doc.errors[0]!.message.split('\n')[0];
      throw new ArticleError(file, `front matter is not valid YAML (${first}); fix it or remove the lines between the two "---"`);
    }
    const data: unknown = doc.toJS() ?? {};
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new ArticleError(file, 'front matter must be a list of "field: value" lines (title, language, source, url, published)');
    }
    const parsed = FrontMatter.safeParse(data);
    if (!parsed.success) throw new ArticleError(file, describeIssue(parsed.error.issues[0]!));
    meta = parsed.data;
  }

  if (!/[\p{L}\p{Nd}]/u.test(body)) {
    throw new ArticleError(file, 'the article has no text after its front matter');
  }
  const language = meta.language ?? languageFromScript(body);
  if (!language) {
    throw new ArticleError(file, 'cannot tell its language: the text is not mostly Devanagari, Bengali or Latin script; set "language: hi|bn|en" in the front matter');
  }
  const firstLine = body.split(/\r?\n/).find((l) => l.trim().length > 0)!.trim();
  return {
    id,
    file,
    title: meta.title ?? (firstLine.length > 200 ? `${firstLine.slice(0, 199)}…` : firstLine),
    language,
    outlet: meta.source ?? null,
    url: meta.url ?? null,
    published: meta.published ?? null,
    body,
  };
}

/** Throw an ArticleError for a file over MAX_ARTICLE_BYTES: checked before reading a file, and again on its bytes. */
export function checkArticleSize(file: string, bytes: number): void {
  if (bytes > MAX_ARTICLE_BYTES) throw new ArticleError(file, `${overSizeLimit('the file', bytes, MAX_ARTICLE_BYTES)}; split it into several articles`);
}

/** Decode bytes as UTF-8, or throw an ArticleError. */
export function decodeArticleBytes(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ArticleError(file, 'the file is empty');
  checkArticleSize(file, bytes.length);
  if (bytes.includes(0)) throw new ArticleError(file, 'the file is binary (it contains NUL bytes), not UTF-8 text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(file, 'the file is not valid UTF-8 text; save it as UTF-8');
  }
}
