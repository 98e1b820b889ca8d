import { escapeMarkdown, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Answer, Citation } from '../qa/types.js';
import { day, markedQuote, numberSources, shownAnswer, shownUncovered } from '../render/answer-parts.js';
import { messages } from '../render/i18n.js';
import { webUrl } from '../render/url.js';
import { LIMITS, embedLength, truncate } from './limits.js';
import { unmention } from './mentions.js';

export const COLORS = { answered: 0x2e7d32, conflict: 0xef6c00, abstained: 0x757575 } as const;

/** Markdown in article text and questions is shown as typed: formatting, masked links and headings are escaped. */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { bulletedList: true, heading: true, numberedList: true, maskedLink: true })
    .replace(/[[\]]/g, (c) => `\\${c}`)
    .replace(/\n/g, ' ');
}

/**
 * Words of the question shown where markdown renders (the parts the articles do not cover): as typed,
 * but formatting nothing (every markdown character escaped, one by one: escapeMarkdown leaves the last
 * of "****" bare, which could pair with a star of the next part), linking nowhere (a zero-width space
 * breaks "://") and mentioning nobody.
 */
function questionWords(text: string): string {
  return unmention(text.replace(/:\/\//g, ':\u200b//').replace(/[\\*_`~|[\]]/g, (c) => `\\${c}`));
}

/**
 * A URL text fragment that points the browser at the quoted sentence itself, on the parsed URL; null
 * when the URL is not an http(s) address.
 */
export function fragmentLink(url: string, quote: string): string | null {
  const parsed = webUrl(url);
  if (!parsed) return null;
  const words = quote.split(/\s+/).filter(Boolean);
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const fragment = words.length <= 8 ? enc(words.join(' ')) : `${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}`;
  parsed.hash = '';
  return `${parsed.href}#:~:text=${fragment}`;
}

/**
 * A parsed URL made safe as a markdown link target: every character that could end the target or
 * start other markdown there (parentheses, brackets, angle brackets, backslash, backtick, whitespace)
 * is percent-encoded, which a browser reads as the same address. `new URL` leaves parentheses as they
 * are, and one `)` would close the link and let the rest of the URL become a link of its own.
 */
export function linkTarget(href: string): string {
  return href.replace(/[()[\]<>\\`\s]/gu, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}

/** `[text](url)` for an http(s) URL, escaped, with the quoted passage as its fragment when the whole fits in `max`; else the text alone. */
function sourceLink(text: string, url: string | null, quote: string, max: number): string {
  const parsed = webUrl(url);
  if (!parsed) return text;
  parsed.hash = '';
  // the fragment is a convenience: a link too long for the field keeps the page without it, and one
  // still too long is left out rather than cut (a cut target would be a broken link)
  for (const target of [fragmentLink(parsed.href, quote)!, parsed.href].map(linkTarget)) {
    const link = `[${text}](${target})`;
    if (link.length <= max) return link;
  }
  return text;
}

function quoteLine(c: Citation, n: number, max: number): string {
  const marked = markedQuote(c, (s) => `**${escapeText(s)}**`, escapeText);
  const suffix = ` [${n}]`;
  // a quote over its share is cut on a grapheme, keeping its source number
  const body = marked.length + suffix.length + 2 > max ? truncate(escapeText(c.quote), Math.max(1, max - suffix.length - 2)) : marked;
  return `> ${body}${suffix}`;
}

function sourceLines(answer: Answer): string[] {
  const m = messages(answer.language);
  const { sources } = numberSources(answer);
  return sources.map(({ n, citation: c }) => {
    const title = escapeText(truncate(c.title, 150));
    const about = [c.outlet ? escapeText(truncate(c.outlet, 60)) : null, day(c.published), m.languageName[c.language]].filter(Boolean).join(' · ');
    const linked = sourceLink(title, c.url, c.quote, LIMITS.fieldValue - `[${n}]  · ${about}`.length);
    return truncate(`[${n}] ${linked} · ${about}`, LIMITS.fieldValue);
  });
}

/** Lines packed into fields of at most 1024 characters, each field named once. */
function packFields(name: string, lines: string[]): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let value = '';
  for (const line of lines) {
    if (value && value.length + 1 + line.length > LIMITS.fieldValue) {
      fields.push({ name: fields.length === 0 ? name : '\u200b', value });
      value = '';
    }
    value = value ? `${value}\n${line}` : line;
  }
  if (value) fields.push({ name: fields.length === 0 ? name : '\u200b', value });
  return fields.slice(0, LIMITS.fields);
}

/**
 * One embed per answer, in the asker's language: the short answer as the title, the quotes as block
 * quotes with the answer in bold and their source numbers, the sources (linked to the quoted passage
 * where the article has a URL), and the question in the footer. Every Discord limit holds for any
 * answer and any article text.
 */
export function answerEmbed(answer: Answer): APIEmbed {
  const m = messages(answer.language);
  // footers are plain text in Discord: the question is shown as typed, with no markdown to escape
  const footer = { text: truncate(`❓ ${answer.question.replace(/\s+/g, ' ')}`, LIMITS.footer) };
  if (answer.abstained) {
    const lines = (answer.suggestions ?? []).map((s) => `- ${escapeText(truncate(s.title, 200))}${s.outlet ? ` · ${escapeText(truncate(s.outlet, 60))}` : ''}`);
    const uncovered = shownUncovered(answer).map(questionWords);
    const gap = uncovered.length > 0 ? [m.notCovered(uncovered)] : [];
    return shrink({
      title: truncate(m.noAnswer, LIMITS.title),
      description: truncate([...gap, m.theyCover, ...lines].join('\n'), LIMITS.description),
      color: COLORS.abstained,
      footer,
    });
  }
  const { numberOf } = numberSources(answer);
  const shown = shownAnswer(answer, escapeText);
  const title = shown !== null ? `${m.answer}: ${shown}` : m.quotesOnly;
  const share = Math.floor((LIMITS.description - 100) / Math.max(1, answer.citations.length));
  const quotes = answer.citations.map((c) => quoteLine(c, numberOf(c), share));
  const description = [answer.conflict ? `**${m.disagree}**` : null, ...quotes].filter(Boolean).join('\n');
  return shrink({
    title: truncate(title, LIMITS.title),
    description: truncate(description, LIMITS.description),
    color: answer.conflict ? COLORS.conflict : COLORS.answered,
    fields: packFields(m.sources, sourceLines(answer)),
    footer,
  });
}

/** Keep the whole embed under 6000 characters: the footer gives way first, then the description. */
function shrink(e: APIEmbed): APIEmbed {
  let over = embedLength(e) - LIMITS.total;
  if (over > 0 && e.footer) {
    e.footer = { text: truncate(e.footer.text, Math.max(1, e.footer.text.length - over)) };
    over = embedLength(e) - LIMITS.total;
  }
  if (over > 0 && e.description) e.description = truncate(e.description, Math.max(1, e.description.length - over));
  return e;
}
