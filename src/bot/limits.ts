import type { APIEmbed } from 'discord.js';

/** Discord's limits on a message's embeds (characters, counted as Discord counts: UTF-16 units). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  total: 6000,
  embeds: 10,
  content: 2000,
  choiceName: 100,
  choices: 25,
} as const;

// shared with the terminal's rendering, which shows the same bounded parts
export { truncate } from '../render/truncate.js';

/** The characters of an embed that count towards Discord's 6000. */
export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Whether an embed keeps every one of Discord's limits. */
export function withinLimits(e: APIEmbed): boolean {
  return (
    (e.title?.length ?? 0) <= LIMITS.title &&
    (e.description?.length ?? 0) <= LIMITS.description &&
    (e.footer?.text.length ?? 0) <= LIMITS.footer &&
    (e.author?.name.length ?? 0) <= LIMITS.author &&
    (e.fields?.length ?? 0) <= LIMITS.fields &&
    (e.fields ?? []).every((f) => f.name.length <= LIMITS.fieldName && f.value.length <= LIMITS.fieldValue && f.name.length > 0 && f.value.length > 0) &&
    embedLength(e) <= LIMITS.total
  );
}

/**
 * As many lines as fit in `max` characters, joined by newlines, then `more(n)` for the n left out:
 * long lists are summarized, never cut off mid-line.
 */
export function fitLines(lines: readonly string[], max: number, more: (n: number) => string): string {
  let text = '';
  let shown = 0;
  for (const line of lines) {
    if (text.length + line.length + more(lines.length - shown - 1).length + 2 > max) break;
    text = text ? `${text}\n${line}` : line;
    shown++;
  }
  return shown < lines.length ? `${text}\n${more(lines.length - shown)}` : text;
}
