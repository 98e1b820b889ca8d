import type MiniSearch from 'minisearch';
import { z } from 'zod';
import type { Article } from '../corpus/article.js';
import type { CorpusFailure } from '../corpus/load.js';
import type { Passage } from '../corpus/passages.js';
import { ANALYZER_VERSION, FIELDS, termKey, type Field } from '../lang/analyze.js';
import { LANGUAGES } from '../lang/script.js';
import { PostingList, addDocuments, addTerm, emptyEngine, engineShape, engineTerms, fieldLengths, type LoadedPostings } from './engine.js';

/**
 * The saved index, one JSON array per line, each line decoded and dropped in turn, so that loading
 * never holds the whole file nor a parsed copy of it, and yields to the event loop between lines:
 *
 *   header          {format, fileVersion, analyzerVersion, fingerprint, builtAt, failures, counts…}
 *   ["articles", Article[]]                         in lines of about ARTICLE_CHARS characters
 *   ["passages", base64 Uint32 table]               PASSAGE_COLUMNS numbers a passage
 *   ["lengths", base64 Uint32 table]                each passage's length in each field (for BM25)
 *   ["outside", [field, term, df, sample|null][]]   terms MiniSearch does not hold (see SearchIndex)
 *   ["terms", base64 Uint32 postings, term[]]       MiniSearch's term index, in lines of bounded size
 *
 * Numbers go in little-endian Uint32 tables (every platform Node runs on): a passage table of 100,000
 * passages decodes in milliseconds and is checked by shape and bounds, not tuple by tuple.
 */
export const INDEX_FORMAT = 'sakshi-index';
/** Bumped whenever the file layout changes. */
export const INDEX_FILE_VERSION = 7;

/** Rows of a passage or length table a line holds, and postings (numbers) a terms line holds: each line decodes in a few milliseconds. */
const ROWS_PER_LINE = 20_000;
const POSTING_NUMBERS_PER_LINE = 100_000;
const ARTICLE_CHARS = 250_000;

/** The index file cannot be used: damaged, of another version, or not an index at all. */
export class IndexFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexFileError';
  }
}

export const count = z.number().int().nonnegative();
/** The analyzer that produced a file's terms: a file made by another is rebuilt. */
export const AnalyzerVersionSchema = z.union([z.number(), z.string()]);

const ArticleSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  language: z.enum(LANGUAGES),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  body: z.string(),
});

const HeaderSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  fileVersion: z.literal(INDEX_FILE_VERSION),
  analyzerVersion: AnalyzerVersionSchema,
  fingerprint: z.string(),
  builtAt: z.string(),
  failures: z.array(z.object({ file: z.string(), reason: z.string() })),
  articles: count,
  passages: count,
  outside: count,
  terms: count,
  averageFieldLength: z.array(z.number().nonnegative()).length(FIELDS.length),
});
type Header = z.infer<typeof HeaderSchema>;

const LineSchemas = {
  articles: z.tuple([z.literal('articles'), z.array(ArticleSchema)]),
  passages: z.tuple([z.literal('passages'), z.string()]),
  lengths: z.tuple([z.literal('lengths'), z.string()]),
  outside: z.tuple([z.literal('outside'), z.array(z.tuple([z.enum(FIELDS), z.string(), count, z.array(count).nullable()]))]),
  terms: z.tuple([z.literal('terms'), z.string(), z.array(z.string())]),
};
type Kind = keyof typeof LineSchemas;
const KINDS = Object.keys(LineSchemas) as Kind[];

/** Everything an index is: what SearchIndex is built from and saved as. */
export interface IndexContents {
  fingerprint: string;
  builtAt: string;
  articles: readonly Article[];
  failures: readonly CorpusFailure[];
  passages: readonly Passage[];
  /** Document frequency of each `field:term` MiniSearch does not hold (it counts the others itself). */
  outsideDf: ReadonlyMap<string, number>;
  /** For each term too common to index, a sample of the passages that hold it. */
  common: ReadonlyMap<string, readonly number[]>;
  mini: MiniSearch;
}

// ---- the passage table, shared with the reindex's analysis file

/** A passage in a table: article number, paragraph, start, end, headline (0 or 1). */
const PASSAGE_COLUMNS = 5;

export function encodePassages(passages: readonly Passage[], articleNumber: (p: Passage) => number): string {
  const table = new Uint32Array(passages.length * PASSAGE_COLUMNS);
  passages.forEach((p, i) => table.set([articleNumber(p), p.paragraph, p.start, p.end, p.headline ? 1 : 0], i * PASSAGE_COLUMNS));
  return encodeTable(table);
}

/** A passage table read back, checked against the articles it points into; `what` names the file in errors. */
export function decodePassages(encoded: string, articles: readonly Pick<Article, 'id' | 'body'>[], what = 'the index file'): Passage[] {
  const table = decodeTable(encoded, PASSAGE_COLUMNS, `${what}'s passage table`);
  const passages: Passage[] = [];
  for (let i = 0; i < table.length; i += PASSAGE_COLUMNS) {
    const [a, paragraph, start, end, headline] = table.subarray(i, i + PASSAGE_COLUMNS) as unknown as [number, number, number, number, number];
    const article = articles[a];
    if (!article) throw new IndexFileError(`${what} has a passage of article number ${a}, but only ${articles.length} articles`);
    if (end < start || end > article.body.length) throw new IndexFileError(`${what} has a passage that points outside its article (${article.id}: ${start}–${end} of ${article.body.length})`);
    if (headline > 1) throw new IndexFileError(`${what} has a passage whose headline mark is ${headline}, not 0 or 1`);
    passages.push({ articleId: article.id, paragraph, start, end, headline: headline === 1 });
  }
  return passages;
}

function encodeTable(table: Uint32Array): string {
  return Buffer.from(table.buffer, table.byteOffset, table.byteLength).toString('base64');
}

function decodeTable(encoded: string, columns: number, what: string): Uint32Array {
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length % (4 * columns) !== 0) throw new IndexFileError(`${what} is damaged (${bytes.length} bytes is not a whole number of rows)`);
  // a Uint32Array needs its bytes aligned to 4; a small Buffer may sit anywhere in Node's shared pool
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
}

// ---- writing

/** The index file's lines (each ending in a newline), made one at a time as they are written. */
export function* indexFileLines(c: IndexContents): Generator<string> {
  const shape = engineShape(c.mini);
  if (shape.documentCount !== c.passages.length) throw new Error(`MiniSearch holds ${shape.documentCount} documents for ${c.passages.length} passages`);
  let terms = 0;
  for (const _ of engineTerms(c.mini)) terms++;
  const header: Header = {
    format: INDEX_FORMAT,
    fileVersion: INDEX_FILE_VERSION,
    analyzerVersion: ANALYZER_VERSION,
    fingerprint: c.fingerprint,
    builtAt: c.builtAt,
    failures: [...c.failures],
    articles: c.articles.length,
    passages: c.passages.length,
    outside: c.outsideDf.size,
    terms,
    averageFieldLength: shape.averageFieldLength,
  };
  const line = (value: unknown) => `${JSON.stringify(value)}\n`;
  yield line(header);

  let batch: Article[] = [];
  let chars = 0;
  for (const a of c.articles) {
    batch.push(a);
    chars += a.body.length;
    if (chars >= ARTICLE_CHARS) {
      yield line(['articles', batch]);
      batch = [];
      chars = 0;
    }
  }
  if (batch.length > 0) yield line(['articles', batch]);

  const number = new Map(c.articles.map((a, i) => [a.id, i]));
  for (let from = 0; from < c.passages.length; from += ROWS_PER_LINE) {
    yield line(['passages', encodePassages(c.passages.slice(from, from + ROWS_PER_LINE), (p) => number.get(p.articleId)!)]);
  }
  for (let from = 0; from < c.passages.length; from += ROWS_PER_LINE) {
    yield line(['lengths', encodeTable(fieldLengths(c.mini, from, Math.min(c.passages.length, from + ROWS_PER_LINE)))]);
  }

  const outside = [...c.outsideDf].map(([key, df]) => {
    const colon = key.indexOf(':');
    return [key.slice(0, colon), key.slice(colon + 1), df, c.common.get(key) ?? null];
  });
  for (let from = 0; from < outside.length; from += 1000) yield line(['outside', outside.slice(from, from + 1000)]);

  let names: string[] = [];
  let numbers: number[] = [];
  for (const [term, postings] of engineTerms(c.mini)) {
    names.push(term);
    numbers.push(postings.size);
    for (const [field, docs] of postings) {
      numbers.push(field, docs.size);
      for (const id of docs.keys()) numbers.push(id);
      for (const frequency of docs.values()) numbers.push(frequency);
    }
    if (numbers.length >= POSTING_NUMBERS_PER_LINE) {
      yield line(['terms', encodeTable(Uint32Array.from(numbers)), names]);
      names = [];
      numbers = [];
    }
  }
  if (names.length > 0) yield line(['terms', encodeTable(Uint32Array.from(numbers)), names]);
}

// ---- reading

/** The lines of a byte stream, each as one Buffer (without its newline). */
export async function* readLines(chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      parts.push(buf.subarray(from, nl));
      yield parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      parts = [];
      from = nl + 1;
    }
    if (from < buf.length) parts.push(buf.subarray(from));
  }
  if (parts.length > 0) yield Buffer.concat(parts);
}

const CUT_SHORT = 'the search index inside the file cannot be loaded (it may have been cut short';

/** The lines whose second value is a base64 table: `["passages","…"`, and so on. */
const TABLE_PREFIXES = (['passages', 'lengths', 'terms'] as const).map((kind) => Buffer.from(`["${kind}","`));

/**
 * A line's JSON. A base64 table is cut out and decoded as Latin-1 first: were it left in a line that
 * also holds Hindi or Bengali terms, the whole line would be decoded as two-byte text, several times slower.
 */
function parseJson(line: Buffer, n: number): unknown {
  try {
    for (const prefix of TABLE_PREFIXES) {
      if (line.length <= prefix.length || line.compare(prefix, 0, prefix.length, 0, prefix.length) !== 0) continue;
      const close = line.indexOf(34, prefix.length);
      if (close < 0) break;
      const value = JSON.parse(`${prefix.toString('latin1')}${line.subarray(close).toString('utf8')}`) as unknown[];
      value[1] = line.subarray(prefix.length, close).toString('latin1');
      return value;
    }
    return JSON.parse(line.toString('utf8'));
  } catch {
    throw new IndexFileError(n === 1 ? 'the index file is not an index (it has no header line: its first line is not JSON; it may have been cut short)' : `${CUT_SHORT}: line ${n} is not JSON)`);
  }
}

function readHeader(raw: unknown): Header {
  const r = (raw ?? {}) as Record<string, unknown>;
  if (typeof raw !== 'object' || r.format !== INDEX_FORMAT) throw new IndexFileError('the index file is not a Sakshi index (its header has no "format": "sakshi-index")');
  if (r.fileVersion !== INDEX_FILE_VERSION) throw new IndexFileError(`the index file has layout version ${JSON.stringify(r.fileVersion)}, this program reads version ${INDEX_FILE_VERSION}`);
  const parsed = HeaderSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new IndexFileError(`the index file does not have the expected layout (${issue.path.join('.') || 'top level'}: ${issue.message})`);
  }
  if (parsed.data.analyzerVersion !== ANALYZER_VERSION) {
    throw new IndexFileError(`the index file was built by analyzer version ${parsed.data.analyzerVersion}, this is version ${ANALYZER_VERSION}`);
  }
  return parsed.data;
}

/**
 * Postings of the terms of one line: [fields, (field, n, ids…, frequencies…) per field] per term,
 * kept as views into the line's table; ids must ascend and point to passages that exist.
 */
function decodePostings(terms: readonly string[], numbers: Uint32Array, documents: number, n: number): [string, LoadedPostings][] {
  const out: [string, LoadedPostings][] = [];
  let at = 0;
  const need = (k: number) => {
    if (at + k > numbers.length) throw new IndexFileError(`the index file's term postings on line ${n} end too soon`);
  };
  for (const term of terms) {
    need(1);
    const fields = numbers[at++]!;
    const postings: LoadedPostings = new Map();
    for (let f = 0; f < fields; f++) {
      need(2);
      const field = numbers[at++]!;
      const size = numbers[at++]!;
      if (field >= FIELDS.length) throw new IndexFileError(`the index file's term "${term}" names field number ${field}, there are ${FIELDS.length}`);
      need(2 * size);
      const ids = numbers.subarray(at, at + size);
      for (let i = 0; i < size; i++) {
        if (ids[i]! >= documents) throw new IndexFileError(`the index file's term "${term}" points to passage ${ids[i]}, there are ${documents}`);
        if (i > 0 && ids[i]! <= ids[i - 1]!) throw new IndexFileError(`the index file's postings of "${term}" are out of order`);
      }
      postings.set(field, new PostingList(ids, numbers.subarray(at + size, at + 2 * size)));
      at += 2 * size;
    }
    out.push([term, postings]);
  }
  if (at !== numbers.length) throw new IndexFileError(`the index file's term postings on line ${n} do not match its terms`);
  return out;
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Read an index from its bytes (a file stream, or whole text in tests), yielding to the event loop
 * between lines. A damaged, truncated or outdated file is an IndexFileError saying what is wrong.
 */
export async function readIndex(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): Promise<IndexContents> {
  let header: Header | undefined;
  let mini: MiniSearch | undefined;
  const articles: Article[] = [];
  const passages: Passage[] = [];
  const outsideDf = new Map<string, number>();
  const common = new Map<string, number[]>();
  let lengths = 0;
  let terms = 0;
  let stage = 0;
  let n = 0;
  for await (const line of readLines(source)) {
    n++;
    if (line.length === 0) continue;
    const raw = parseJson(line, n);
    if (!header) {
      header = readHeader(raw);
      mini = emptyEngine({ documentCount: header.passages, averageFieldLength: header.averageFieldLength });
      continue;
    }
    const kind = Array.isArray(raw) ? KINDS.indexOf(raw[0] as Kind) : -1;
    if (kind < 0) throw new IndexFileError(`the index file's line ${n} is not one of ${KINDS.join(', ')}`);
    if (kind < stage) throw new IndexFileError(`the index file's line ${n} (${KINDS[kind]}) comes after the ${KINDS[stage]} lines`);
    // each kind of line relies on the ones before being complete
    if (kind > 0 && articles.length !== header.articles) throw new IndexFileError(`the index file lists ${articles.length} articles, its header says ${header.articles}`);
    if (kind > 1 && passages.length !== header.passages) throw new IndexFileError(`the index file lists ${passages.length} passages, its header says ${header.passages}`);
    if (kind > 2 && lengths !== header.passages) throw new IndexFileError(`the index file has field lengths for ${lengths} passages, its header says ${header.passages}`);
    stage = kind;
    const parsed = LineSchemas[KINDS[kind]!].safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new IndexFileError(`the index file's line ${n} (${KINDS[kind]}) does not have the expected layout (${issue.path.join('.')}: ${issue.message})`);
    }
    const data = parsed.data;
    if (data[0] === 'articles') articles.push(...data[1]);
    else if (data[0] === 'passages') passages.push(...decodePassages(data[1], articles));
    else if (data[0] === 'lengths') {
      const table = decodeTable(data[1], FIELDS.length, "the index file's field lengths");
      if (lengths + table.length / FIELDS.length > header.passages) throw new IndexFileError(`the index file has field lengths for more passages than its header's ${header.passages}`);
      addDocuments(mini!, lengths, table);
      lengths += table.length / FIELDS.length;
    } else if (data[0] === 'outside') {
      for (const [field, term, df, sample] of data[1]) {
        const key = termKey(field as Field, term);
        outsideDf.set(key, df);
        if (!sample) continue;
        if (sample.some((id) => id >= passages.length)) throw new IndexFileError(`the index file has a sampled passage that does not exist (for ${key})`);
        common.set(key, sample);
      }
    } else {
      for (const [term, postings] of decodePostings(data[2], decodeTable(data[1], 1, `the index file's terms on line ${n}`), header.passages, n)) addTerm(mini!, term, postings);
      terms += data[2].length;
    }
    await yieldToLoop();
  }
  if (!header) throw new IndexFileError('the index file is not an index (it has no header line; it may have been cut short)');
  const missing = [
    articles.length !== header.articles && `${articles.length} of ${header.articles} articles`,
    passages.length !== header.passages && `${passages.length} of ${header.passages} passages`,
    lengths !== header.passages && `field lengths for ${lengths} of ${header.passages} passages`,
    outsideDf.size !== header.outside && `${outsideDf.size} of ${header.outside} common terms`,
    terms !== header.terms && `${terms} of ${header.terms} terms`,
  ].filter(Boolean);
  if (missing.length > 0) throw new IndexFileError(`${CUT_SHORT}: it holds ${missing.join(', ')})`);
  return { fingerprint: header.fingerprint, builtAt: header.builtAt, articles, failures: header.failures, passages, outsideDf, common, mini: mini! };
}
