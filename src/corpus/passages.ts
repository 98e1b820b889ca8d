import type { Article } from './article.js';
import { paragraphs, sentences, spanText, type Span } from './clean.js';

export interface Passage extends Span {
  /** The id of the article it belongs to. */
  articleId: string;
  /** Its paragraph's number within the article, counting from 0. */
  paragraph: number;
  /** Part of the headline printed at the top of the body: indexed, but weaker evidence than the text. */
  headline: boolean;
}

/** A passage is at most this long (UTF-16 units), so that it can always be quoted whole. */
export const MAX_PASSAGE = 300;
/** A sentence shorter than this (a heading, a fragment) is joined to the next one in its paragraph. */
const MIN_PASSAGE = 25;

/** Cut an over-long sentence at clause boundaries (comma, semicolon, colon, dash) near the limit. */
function cutLong(body: string, s: Span): Span[] {
  const out: Span[] = [];
  let start = s.start;
  while (s.end - start > MAX_PASSAGE) {
    const window = body.slice(start, start + MAX_PASSAGE);
    let cut = -1;
    for (const m of window.matchAll(/[,;:–—]\s+|\s+/gu)) {
      if (m.index > MAX_PASSAGE / 3) cut = m.index + m[0].length;
      if (/^[,;:–—]/u.test(m[0]) && m.index > MAX_PASSAGE / 2) break;
    }
    if (cut <= 0) cut = MAX_PASSAGE;
    // never split a surrogate pair
    if (/[\uD800-\uDBFF]/.test(body[start + cut - 1] ?? '')) cut--;
    let end = start + cut;
    while (end > start && /\s/.test(body[end - 1]!)) end--;
    out.push({ start, end });
    start += cut;
    while (start < s.end && /\s/.test(body[start]!)) start++;
  }
  if (start < s.end) out.push({ start, end: s.end });
  return out;
}

/** Split an article into passages of one or a few sentences, each with offsets into its body. */
export function passagesOf(article: Pick<Article, 'id' | 'body' | 'title'>): Passage[] {
  const out: Passage[] = [];
  const title = article.title.normalize('NFC').replace(/\s+/g, ' ');
  paragraphs(article.body).forEach((para, paragraph) => {
    const headline = paragraph === 0 && spanText(article.body, para).normalize('NFC') === title;
    const parts = sentences(article.body, para).flatMap((s) => cutLong(article.body, s));
    let pending: Span | undefined;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (pending && part.end - pending.start > MAX_PASSAGE) {
        out.push({ articleId: article.id, paragraph, headline, ...pending });
        pending = undefined;
      }
      const span: Span = pending ? { start: pending.start, end: part.end } : part;
      pending = undefined;
      if (span.end - span.start < MIN_PASSAGE && !last) pending = span;
      else out.push({ articleId: article.id, paragraph, headline, ...span });
    });
    if (pending) out.push({ articleId: article.id, paragraph, headline, ...pending });
  });
  return out;
}
