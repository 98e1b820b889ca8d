import type { Answer } from '../qa/types.js';

/** The answer as a person reads it in a terminal: the short answer, the quotes, and their sources. */
export function renderText(answer: Answer): string {
  const lines: string[] = [];
  if (answer.abstained) {
    lines.push('The articles do not answer this.');
    return lines.join('\n');
  }
  if (answer.answer !== null) lines.push(`Answer: ${answer.answer}`);
  answer.citations.forEach((c, i) => lines.push(`> ${c.quote} [${i + 1}]`));
  lines.push('Sources');
  answer.citations.forEach((c, i) => {
    const about = [c.outlet, c.published?.slice(0, 10), c.url].filter(Boolean).join(' · ');
    lines.push(`[${i + 1}] ${c.title}${about ? ` · ${about}` : ''}`);
  });
  return lines.join('\n');
}
