import type { Answer } from '../qa/types.js';
import { day, markedQuote, numberSources, shownAnswer, shownUncovered } from './answer-parts.js';
import { messages } from './i18n.js';
import { webUrl } from './url.js';

/**
 * The answer as a person reads it in a terminal, in the asker's language: the short answer, the quotes
 * with the answer marked, and the sources. The Discord embed says the same in the same words.
 */
export function renderText(answer: Answer): string {
  const m = messages(answer.language);
  const lines: string[] = [];
  if (answer.abstained) {
    lines.push(m.noAnswer);
    const uncovered = shownUncovered(answer);
    if (uncovered.length > 0) lines.push(m.notCovered(uncovered));
    const suggested = answer.suggestions ?? [];
    if (suggested.length > 0) {
      lines.push(m.theyCover);
      for (const s of suggested) lines.push(`- ${s.title}${s.outlet ? ` · ${s.outlet}` : ''}`);
    }
    return lines.join('\n');
  }
  const { sources, numberOf } = numberSources(answer);
  const shown = shownAnswer(answer);
  lines.push(shown !== null ? `${m.answer}: ${shown}` : m.quotesOnly);
  if (answer.conflict) lines.push(m.disagree);
  for (const c of answer.citations) lines.push(`> ${markedQuote(c, (s) => `**${s}**`)} [${numberOf(c)}]`);
  lines.push(m.sources);
  for (const { n, citation: c } of sources) {
    const about = [c.outlet, day(c.published), m.languageName[c.language], webUrl(c.url)?.href].filter(Boolean).join(' · ');
    lines.push(`[${n}] ${c.title} · ${about}`);
  }
  return lines.join('\n');
}
