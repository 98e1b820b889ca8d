/**
 * The front matter an article may have is small and flat: at most MAX_FRONT_MATTER_BYTES of
 * `field: value` lines, each value one scalar (plain, "double-quoted" or 'single-quoted'). This
 * scanner checks that, in one pass over the text, BEFORE the YAML parser sees it: a general YAML
 * parser recurses into nested flow collections (`[[[[…` overflows its stack and can take V8 down
 * with it), expands aliases and honours tags, none of which an article needs.
 */

/** Largest front matter accepted, in UTF-8 bytes: five short fields fit many times over. */
export const MAX_FRONT_MATTER_BYTES = 4 * 1024;

/** A field name: a plain word (title, language, source, url, published, or an unknown one zod names). */
const FIELD_LINE = /^([A-Za-z_][A-Za-z0-9_-]{0,63})[ \t]*:(?:[ \t]+|$)/;

/** What a value may not start with, and what that character would make of it in YAML. */
const REFUSED_START: Record<string, string> = {
  '[': 'a list ("[")',
  '{': 'a mapping ("{")',
  '&': 'an anchor ("&")',
  '*': 'an alias ("*")',
  '!': 'a tag ("!")',
  '|': 'a block of lines ("|")',
  '>': 'a folded block of lines (">")',
};

/** Where a quoted value starting at `from` closes (the index after its closing quote), or -1. */
function closingQuote(line: string, from: number): number {
  const quote = line[from]!;
  for (let i = from + 1; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && line[i + 1] === "'") i++; // '' is an escaped quote
      else return i + 1;
    }
  }
  return -1;
}

function problemOnLine(line: string): string | undefined {
  if (line.trim().length === 0 || line.startsWith('#')) return undefined;
  if (/^[ \t]/.test(line)) return 'an indented line (a nested or continued value)';
  if (/^(?:---|\.\.\.)(?:[ \t]|$)/.test(line)) return 'a document marker ("---" or "...")';
  if (line.startsWith('%')) return 'a YAML directive ("%")';
  if (/^-(?:[ \t]|$)/.test(line)) return 'a list item ("-")';
  if (line.startsWith('<<')) return 'a merge key ("<<")';
  if (line.startsWith('?')) return 'a complex key ("?")';
  const field = FIELD_LINE.exec(line);
  if (!field) return 'a line that is not "field: value"';
  const valueAt = field[0].length;
  const first = line[valueAt];
  if (first === undefined || first === '#') return undefined; // an empty value, maybe with a comment
  const refused = REFUSED_START[first];
  if (refused) return `${refused} as the value of "${field[1]}"`;
  if (first === '"' || first === "'") {
    const end = closingQuote(line, valueAt);
    if (end < 0) return `a quoted value of "${field[1]}" that does not close on its line`;
    if (!/^[ \t]*(?:#.*)?$/.test(line.slice(end))) return `text after the quoted value of "${field[1]}"`;
  }
  return undefined;
}

/**
 * What is wrong with a front matter's text for an article, or undefined when it is flat `field: value`
 * lines within the size limit. Linear in the text; the size is checked before any line is looked at.
 */
export function frontMatterProblem(yaml: string): string | undefined {
  const bytes = Buffer.byteLength(yaml, 'utf8');
  if (bytes > MAX_FRONT_MATTER_BYTES) {
    return `it is ${(bytes / 1024).toFixed(1)} KB, over the ${MAX_FRONT_MATTER_BYTES / 1024} KB limit for front matter`;
  }
  // YAML also ends a line at a lone carriage return (and some readers at U+2028, U+2029, U+0085): the
  // lines checked here must be the lines the parser would read
  const odd = /\r(?!\n)|[\u2028\u2029\u0085]/.exec(yaml);
  if (odd) return `it has a line break other than a newline (U+${odd[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}); save it with ordinary line ends`;
  const lines = yaml.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const problem = problemOnLine(lines[n]!);
    if (problem) return `${problem} on line ${n + 1} of the front matter`;
  }
  return undefined;
}
