import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerEmbed, escapeText, fragmentLink } from '../../src/bot/embed.js';
import { UNCOVERED_CHARS, UNCOVERED_SHOWN } from '../../src/render/answer-parts.js';
import { MESSAGES } from '../../src/render/i18n.js';
import { renderText } from '../../src/render/text.js';
import { truncate, withinLimits } from '../../src/bot/limits.js';
import { LANGUAGES } from '../../src/lang/script.js';
import type { Answer, Citation } from '../../src/qa/types.js';

const graphemes = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((x) => x.segment);

/** Text as hostile as article text and questions get: scripts, emoji sequences, markdown, mentions, long words. */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 400 }),
  fc.array(fc.constantFrom('क्षत्रिय', 'হ্যাকার', '👩‍👩‍👧‍👦', '🇮🇳', '**', '__', '`', '> ', '@everyone', '<@123456789012345678>', '[x](http://e.x)', 'https://e.x/a_b_', '\u200d', 'a'.repeat(50), '\n', '|| ||', '# ', '- '), { maxLength: 80 }).map((a) => a.join('')),
);

const citation: fc.Arbitrary<Citation> = fc
  .record({
    source: fc.constantFrom('a', 'b', 'c', 'd'),
    title: nasty,
    outlet: fc.option(nasty),
    language: fc.constantFrom(...LANGUAGES),
    url: fc.option(fc.webUrl()),
    published: fc.option(fc.constant('2022-11-26')),
    quote: nasty.filter((q) => q.length > 0),
    start: fc.nat(),
    end: fc.nat(),
  })
  .chain((c) => fc.option(fc.tuple(fc.nat({ max: c.quote.length }), fc.nat({ max: c.quote.length }))).map((h) => ({ ...c, highlight: h ? { start: Math.min(...h), end: Math.max(...h) } : null })));

const answer: fc.Arbitrary<Answer> = fc.record({
  question: nasty,
  language: fc.constantFrom(...LANGUAGES),
  answer: fc.option(nasty),
  reading: fc.option(nasty, { nil: undefined }),
  abstained: fc.boolean(),
  conflict: fc.boolean(),
  citations: fc.array(citation, { minLength: 1, maxLength: 3 }),
  suggestions: fc.array(fc.record({ source: fc.string(), title: nasty, outlet: fc.option(nasty), language: fc.constantFrom(...LANGUAGES) }), { maxLength: 3 }),
  uncovered: fc.array(nasty, { maxLength: 6 }),
});

describe('the answer embed', () => {
  it('keeps every Discord limit for any answer and any article text', () => {
    fc.assert(
      fc.property(answer, (a) => {
        const e = answerEmbed(a);
        expect(withinLimits(e), JSON.stringify(e).slice(0, 300)).toBe(true);
        if (!a.abstained) expect(e.description!.split('\n').filter((l) => l.startsWith('> '))).toHaveLength(a.citations.length);
      }),
      { numRuns: Number(process.env.SAKSHI_PROPERTY_RUNS ?? 2000) },
    );
  });

  it('escapes markdown in quotes so that article text cannot format, link or hide', () => {
    const a: Answer = {
      question: 'q',
      language: 'en',
      answer: null,
      abstained: false,
      conflict: false,
      citations: [{ source: 's', title: 'T', outlet: null, language: 'en', url: null, published: null, quote: '**bold** [link](http://evil.example) ||spoiler|| `code`', start: 0, end: 1, highlight: null }],
    };
    const d = answerEmbed(a).description!;
    expect(d).toContain('\\*\\*bold\\*\\*');
    expect(d).toContain('\\[link\\]');
    expect(d).toContain('\\|\\|spoiler\\|\\|');
    expect(d).toContain('\\`code\\`');
  });

  it('links a source to the quoted passage with a URL text fragment', () => {
    expect(fragmentLink('https://example.org/a#top', 'The officer said six servers of the hospital had been hacked, not five')).toBe(
      'https://example.org/a#:~:text=The%20officer%20said%20six,been%20hacked%2C%20not%20five',
    );
    expect(fragmentLink('https://example.org/a', 'ব্যাক-আপ সার্ভার')).toContain('%2D');
  });
});

/** An abstaining answer in `language` whose question the articles do not cover in `uncovered`. */
const abstaining = (language: Answer['language'], uncovered: string[]): Answer => ({
  question: 'q',
  language,
  answer: null,
  abstained: true,
  conflict: false,
  citations: [],
  suggestions: [{ source: 's', title: 'AIIMS servers hacked', outlet: null, language: 'en' }],
  uncovered,
});

/** The longest sentence naming the uncovered parts could be: its words, and the parts shown, each quoted, escaped (at most doubled) and unmentioned. */
const SENTENCE_BOUND = 120 + UNCOVERED_SHOWN * (3 * UNCOVERED_CHARS + 4);

describe('an abstaining reply', () => {
  it('names the parts of the question the articles do not cover, in the asker’s language', () => {
    const first = (a: Answer) => answerEmbed(a).description!.split('\n')[0];
    expect(first(abstaining('en', ['Mumbai']))).toBe('The articles do not say anything about “Mumbai”.');
    expect(first(abstaining('en', ['won', 'cricket world cup']))).toBe('The articles do not say anything about “won” and “cricket world cup”.');
    expect(first(abstaining('hi', ['गिरफ्तार']))).toBe('लेखों में “गिरफ्तार” के बारे में कुछ नहीं कहा गया है।');
    expect(first(abstaining('bn', ['মুম্বই', 'মুক্তিপণ', 'পুলিশ']))).toBe('প্রতিবেদনগুলিতে “মুম্বই”, “মুক্তিপণ” ও “পুলিশ” সম্পর্কে কিছু বলা নেই।');
    expect(renderText(abstaining('hi', ['गिरफ्तार'])).split('\n')).toEqual([
      'लेखों में इसका उत्तर नहीं है।',
      'लेखों में “गिरफ्तार” के बारे में कुछ नहीं कहा गया है।',
      'इन लेखों में यह है:',
      '- AIIMS servers hacked',
    ]);
  });

  it('without uncovered parts, says only that the articles do not answer, and what they cover', () => {
    expect(answerEmbed(abstaining('en', [])).description).toBe('They cover:\n- AIIMS servers hacked');
    expect(renderText(abstaining('en', []))).toBe('The articles do not answer this.\nThey cover:\n- AIIMS servers hacked');
  });

  it('for any parts: a bounded sentence, markdown escaped, no mention, Discord reference or link, and the terminal shows each part as typed', () => {
    // every character a backslash stands before, taken out: what is left must hold no markdown
    const escapedAway = (s: string) => s.replace(/(?<=\\)./gu, '');
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), fc.array(nasty, { minLength: 1, maxLength: 8 }), (language, parts) => {
        const a = abstaining(language, parts);
        const shown = parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
        const m = MESSAGES[language];
        const description = answerEmbed(a).description!;
        if (shown.length === 0) {
          expect(description.startsWith(m.theyCover)).toBe(true);
          return;
        }
        const sentence = description.split('\n')[0]!;
        expect(sentence.length).toBeLessThanOrEqual(SENTENCE_BOUND);
        // nothing in it formats: every markdown character is escaped, and the sentence is one line
        expect(escapedAway(sentence)).not.toMatch(/\*|_|`|~~|\|\||\[|\]/u);
        // no @ or < that Discord could read as a mention, a channel, a role or a timestamp, and no link
        expect(sentence).not.toMatch(/[@<](?!\u200b)/u);
        expect(sentence).not.toContain('://');
        expect(description.split('\n')[1]).toBe(m.theyCover);

        const text = renderText(a).split('\n');
        expect(text[0]).toBe(m.noAnswer);
        expect(text[1]!.length).toBeLessThanOrEqual(120 + UNCOVERED_SHOWN * (UNCOVERED_CHARS + 4));
        // the first parts, as typed (whitespace made single spaces), whole or cut with a mark
        for (const p of shown.slice(0, UNCOVERED_SHOWN)) expect(text[1]).toContain(p.length <= UNCOVERED_CHARS ? p : truncate(p, UNCOVERED_CHARS));
      }),
      { numRuns: Number(process.env.SAKSHI_PROPERTY_RUNS ?? 1000) },
    );
  });
});

/** The one source line of an answer citing one article with this URL (title "T", no outlet, no date). */
function sourceLine(url: string): string {
  const c: Citation = { source: 's', title: 'T', outlet: null, language: 'en', url, published: null, quote: 'Five servers were hacked (officials said).', start: 0, end: 1, highlight: null };
  return answerEmbed({ question: 'q', language: 'en', answer: null, abstained: false, conflict: false, citations: [c] }).fields![0]!.value;
}

/** Written out here, apart from the code: the characters that may not appear raw in a markdown link target, percent-encoded. */
const ENCODED: Record<string, string> = { '(': '%28', ')': '%29', '[': '%5B', ']': '%5D', '<': '%3C', '>': '%3E', '\\': '%5C', '`': '%60', ' ': '%20' };
const parsedHref = (u: string): string | null => {
  try {
    const p = new URL(u);
    return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : null;
  } catch {
    return null;
  }
};

/** URL-ish strings: real web URLs with hostile tails, strings that merely start like one, and anything at all. */
const urlish = fc.oneof(
  fc.tuple(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ unit: 'binary', maxLength: 40 })).map(([u, tail]) => u + tail),
  fc.tuple(fc.constantFrom('https://example.com/', 'http://a.b/', 'https://example.com/a)', 'javascript:', 'ftp://x/', 'https://'), fc.string({ unit: 'binary', maxLength: 60 })).map(([a, b]) => a + b),
  fc.array(fc.constantFrom('(', ')', '[', ']', '<', '>', '\\', '`', ' ', '\n', '#', '?', '%', 'https://e.x/', 'a', '»', '\u2028'), { maxLength: 30 }).map((a) => `https://example.com/${a.join('')}`),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

describe('a source link', () => {
  it('is one link to the parsed URL: a ")" in the front matter cannot start a second, attacker-chosen link', () => {
    const line = sourceLine('https://example.com/a)[Verify your account](https://evil.example/login');
    expect(line.match(/\]\(/g)).toHaveLength(1);
    expect(line).toMatch(/^\[1\] \[T\]\(https:\/\/example\.com\/a%29%5BVerify%20your%20account%5D%28https:\/\/evil\.example\/login#:~:text=[^\s()]*\) · English$/);
  });

  it('for any string: exactly one markdown link whose target is the parsed http(s) URL, or no link at all', () => {
    fc.assert(
      fc.property(urlish, (u) => {
        const line = sourceLine(u);
        const href = parsedHref(u);
        if (href === null) {
          expect(line).toBe('[1] T · English');
          return;
        }
        const m = line.match(/^\[1\] \[T\]\(([^\s()[\]<>\\`]+)\) · English$/u);
        expect(m, line).not.toBeNull();
        const target = m![1]!;
        // the page part is the parsed URL, its unsafe characters percent-encoded; the fragment is the quote's
        const page = href.split('#')[0]!.replace(/[()[\]<>\\` ]/g, (c) => ENCODED[c]!);
        expect(target.startsWith(`${page}#:~:text=`) || target === page).toBe(true);
        expect(new URL(target).origin).toBe(new URL(href).origin);
      }),
      { numRuns: Number(process.env.SAKSHI_PROPERTY_RUNS ?? 2000) },
    );
  });

  it('in the terminal, is the parsed URL, and a URL that does not parse as http(s) is left out', () => {
    const cite = (url: string): Citation => ({ source: 's', title: 'T', outlet: null, language: 'en', url, published: null, quote: 'Q', start: 0, end: 1, highlight: null });
    const text = (url: string) => renderText({ question: 'q', language: 'en', answer: null, abstained: false, conflict: false, citations: [cite(url)] }).split('\n').at(-1);
    expect(text('HTTPS://Example.COM/a b')).toBe('[1] T · English · https://example.com/a%20b');
    expect(text('javascript:alert(1)')).toBe('[1] T · English');
  });
});

describe('truncate', () => {
  it('cuts only between graphemes, within the limit, marking the cut', () => {
    fc.assert(
      fc.property(nasty, fc.integer({ min: 1, max: 300 }), (text, max) => {
        const out = truncate(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (out === text) return;
        expect(out.endsWith('…')).toBe(true);
        const kept = graphemes(out.slice(0, -1));
        expect(graphemes(text).slice(0, kept.length)).toEqual(kept);
      }),
      { numRuns: 2000 },
    );
  });

  it('never splits a Devanagari conjunct or an emoji family', () => {
    // a conjunct is one grapheme: it is kept whole or left out, never cut after its virama
    for (let max = 2; max < 12; max++) expect(truncate('नमस्ते दुनिया', max)).not.toMatch(/\u094D…$/);
    expect(truncate('ab👩‍👩‍👧‍👦cd', 5)).toBe('ab…');
    expect(truncate('👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 12)).toBe('👩‍👩‍👧‍👦…');
  });
});

describe('escapeText', () => {
  it('leaves plain text of any script as it is', () => {
    expect(escapeText('IFSO के सूत्रों ने खुलासा किया है। এইমস-এর সার্ভার')).toBe('IFSO के सूत्रों ने खुलासा किया है। এইমস-এর সার্ভার');
  });
  it('is never longer than a small multiple of the text, so limits stay predictable', () => {
    fc.assert(
      fc.property(nasty, (t) => {
        expect(escapeText(t).length).toBeLessThanOrEqual(t.length * 2 + 1);
      }),
    );
  });
});
