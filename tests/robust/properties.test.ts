import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withinLimits } from '../../src/bot/limits.js';
import { answerReply } from '../../src/bot/reply.js';
import { parseArticle } from '../../src/corpus/article.js';
import { spanText } from '../../src/corpus/clean.js';
import { analyzePassage, analyzeQuery, analyzeText } from '../../src/lang/analyze.js';
import { normalize } from '../../src/lang/normalize.js';
import { tokenize } from '../../src/lang/tokenize.js';
import { ask } from '../../src/qa/answer.js';
import type { Answer } from '../../src/qa/types.js';
import { renderText } from '../../src/render/text.js';
import { SearchIndex } from '../../src/search/index.js';
import { bundledIndex } from '../helpers/index.js';

/** Cases per property: thousands in CI; SAKSHI_PROPERTY_RUNS=100000 for a long run. */
const RUNS = Number(process.env.SAKSHI_PROPERTY_RUNS ?? 2000);

const pieces = [
  '\u0301', '\u093C', '\u09BC', '\u094D', '\u09CD', '\u200D', '\u200C', '\uFEFF', '\u202E', '\u2066',
  '👩‍💻', '🇮🇳', '👍🏽', 'مرحبا', 'שלום', 'кибератака', '中文',
  'सर्वर', 'हैक', 'পাঁচ', '৬টা৪৫', 'AIIMS', 'कुल पांच सर्वर', '200 करोड़', '1,00,000', '1850', ' के', ' बाद', 'after ', '।', '?', '!', '...', '\n', '\r\n', '\t', ' ',
  '@everyone', '@here', '<@123456789012345678>', '<@&123456789012345678>', '**', '__', '`', '```', '> ', '# ', '[x](http://e.x)', '||',
  '\uD800', '\uDC00', 'a'.repeat(3000), '-'.repeat(500),
];
/** Text as hostile as a question or an article can be. */
export const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 200 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')),
  fc.array(fc.constantFrom(...pieces.slice(0, 10)), { minLength: 1, maxLength: 20 }).map((a) => a.join('')),
);

const index = await bundledIndex();

function checkQuotes(idx: SearchIndex, a: Answer) {
  expect(a.citations.length).toBeLessThanOrEqual(3);
  if (a.abstained) expect(a.citations).toEqual([]);
  for (const c of a.citations) {
    const body = idx.article(c.source)!.body;
    expect(c.quote).toBe(spanText(body, c));
    if (c.highlight) {
      expect(c.highlight.start).toBeGreaterThanOrEqual(0);
      expect(c.highlight.end).toBeLessThanOrEqual(c.quote.length);
    }
  }
}

describe('with arbitrary Unicode', () => {
  it('language analysis never throws and gives the same result twice', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(normalize(text)).toBe(normalize(text));
        expect(tokenize(text)).toEqual(tokenize(text));
        expect(analyzeQuery(text)).toEqual(analyzeQuery(text));
        for (const l of ['hi', 'bn', 'en'] as const) {
          expect(analyzePassage(text, l)).toEqual(analyzePassage(text, l));
          expect(analyzeText(text, l).keys.length).toBe(tokenize(text).length);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the QA core answers any question without throwing, quoting only spans of its articles', () => {
    fc.assert(
      fc.property(hostile, (question) => {
        const a = ask(index, question);
        expect(a.question).toBe(question);
        checkQuotes(index, a);
      }),
      { numRuns: RUNS },
    );
  });

  it('any article, however odd, is indexed and quoted only as spans of its body', () => {
    const article = fc.tuple(fc.constantFrom('hi', 'bn', 'en'), hostile, hostile).map(([language, a, b]) => `---\nlanguage: ${language}\n---\n${a}\nसर्वर हैक हुए। ${b}`);
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), hostile, (texts, question) => {
        const articles = texts.map((t, i) => parseArticle(`a${i}.md`, t));
        const idx = SearchIndex.build({ articles, failures: [], fingerprint: 'x' });
        for (const q of [question, 'कितने सर्वर हैक हुए?', 'How many servers were hacked?', 'सर्वर कब हैक हुए?', 'When were the servers hacked?', 'सर्वर किसने हैक किए?']) checkQuotes(idx, ask(idx, q));
      }),
      { numRuns: Math.max(100, Math.floor(RUNS / 10)) },
    );
  });

  it('every reply keeps Discord’s limits, has no message content, and can mention nobody', () => {
    fc.assert(
      fc.property(hostile, fc.boolean(), (question, privately) => {
        const a = ask(index, question);
        const reply = answerReply(a, privately);
        expect(reply.allowedMentions).toEqual({ parse: [] });
        expect('content' in reply).toBe(false);
        expect(reply.embeds).toHaveLength(1);
        expect(withinLimits(reply.embeds[0]!)).toBe(true);
        expect(typeof renderText(a)).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });
});
