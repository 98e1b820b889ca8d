const MEGABYTE = 1024 * 1024;

/**
 * The one wording for a file refused for its size, wherever it is refused (the corpus loader, an
 * article's bytes, a Discord upload before and after download): "NAME is 2.0 MB, over the 1 MB limit".
 */
export function overSizeLimit(name: string, bytes: number, limitBytes: number): string {
  return `${name} is ${(bytes / MEGABYTE).toFixed(1)} MB, over the ${Number((limitBytes / MEGABYTE).toFixed(1))} MB limit`;
}
