/**
 * An article's URL as a browser reads it, or null when it is not an http(s) address. The front matter
 * is checked when a file is read, but a URL is parsed again here, where it is shown: what reaches a
 * reader is always the parsed form (`new URL(u).href`), never the text as typed.
 */
export function webUrl(url: string | null | undefined): URL | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
}
