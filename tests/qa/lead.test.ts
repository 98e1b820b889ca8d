import { describe, expect, it } from 'vitest';
import { article } from '../helpers/index.js';
import type { Article } from '../../src/corpus/article.js';
import { ask } from '../../src/qa/answer.js';
import { leadValue, type Answering } from '../../src/qa/lead.js';
import type { Ranked } from '../../src/qa/rank.js';
import type { Answer } from '../../src/qa/types.js';
import { SearchIndex } from '../../src/search/index.js';

/** A passage that answers a count, as leadValue reads it: where it stands, how it matches the question, its score. */
interface Said {
  article: string;
  start: number;
  n: number;
  score: number;
  headline?: boolean;
  /** How well it holds each of the question's words. */
  matches?: number[];
  typed?: number;
}

function said(s: Said): Answering {
  const r = {
    hit: { id: s.start, score: s.score, found: new Set<string>(), passage: { articleId: s.article, start: s.start, end: s.start + 40, paragraph: 0, headline: s.headline ?? false } },
    found: new Set<string>(),
    coverage: 1,
    matches: s.matches ?? [1, 1],
    typed: s.typed ?? 1,
    named: 1,
    score: s.score,
  } as unknown as Ranked;
  return { r, answer: { start: s.start, end: s.start + 1, text: String(s.n), readout: null, value: { kind: 'count', n: s.n } } };
}

const values = (xs: readonly Answering[]) => xs.map((x) => (x.answer.value.kind === 'count' ? x.answer.value.n : NaN));

describe('the value the articles lead with', () => {
  it('is the one the headline and several sentences give, over a minor one said once that ranks first', () => {
    const minor = said({ article: 'a', start: 900, n: 20, score: 1 });
    const sentence = said({ article: 'a', start: 100, n: 5, score: 0.98 });
    const lead = leadValue([minor, sentence, said({ article: 'a', start: 400, n: 5, score: 0.95 }), said({ article: 'a', start: 0, n: 5, score: 0.85, headline: true })])!;
    // the sentence is cited first, not the headline that says the same
    expect(lead.lead).toBe(sentence);
    expect(lead.clear).toBe(true);
    expect(lead.others).toEqual([minor]);
  });

  it('stays the best-ranked value when another is said only once more or only first', () => {
    const top = said({ article: 'a', start: 500, n: 2, score: 1 });
    const lead = leadValue([top, said({ article: 'a', start: 100, n: 1, score: 0.99 }), said({ article: 'a', start: 700, n: 1, score: 0.98 })])!;
    expect(lead.lead).toBe(top);
    expect(lead.clear).toBe(false);
    expect(values(lead.others)).toEqual([1]);
  });

  it('is the value the question chooses by its words: a passage that lacks one of them is not compared', () => {
    // the question says "scanned": only the first passage holds it, the others have it elsewhere in the article
    const scanned = said({ article: 'a', start: 900, n: 20, score: 1, matches: [1, 1] });
    const lead = leadValue([
      scanned,
      said({ article: 'a', start: 100, n: 5, score: 0.95, matches: [1, 0.4] }),
      said({ article: 'a', start: 400, n: 5, score: 0.9, matches: [1, 0.4] }),
      said({ article: 'a', start: 0, n: 5, score: 0.85, matches: [1, 0.4], headline: true }),
    ])!;
    expect(lead).toEqual({ lead: scanned, others: [], clear: false });
  });

  it('takes a word of the title as held: the article is about it', () => {
    const top = said({ article: 'a', start: 900, n: 20, score: 1, matches: [1, 1] });
    const lead = leadValue([top, said({ article: 'a', start: 100, n: 5, score: 0.95, matches: [1, 0.85] }), said({ article: 'a', start: 0, n: 5, score: 0.85, headline: true, matches: [1, 1] })])!;
    expect(values([lead.lead])).toEqual([5]);
    expect(lead.others).toEqual([top]);
  });

  it('does not quote as another thing a value only other articles give: that is a disagreement between sources', () => {
    const lead = leadValue([
      said({ article: 'a', start: 100, n: 5, score: 1 }),
      said({ article: 'b', start: 100, n: 6, score: 0.97 }),
      said({ article: 'a', start: 0, n: 5, score: 0.85, headline: true }),
    ])!;
    expect(values([lead.lead])).toEqual([5]);
    expect(lead.others).toEqual([]);
  });

  it('compares only passages as surely of the asked kind and close in score', () => {
    const top = said({ article: 'a', start: 100, n: 5, score: 1 });
    const lead = leadValue([
      top,
      said({ article: 'a', start: 300, n: 7, score: 0.9, typed: 0.6 }),
      said({ article: 'a', start: 400, n: 7, score: 0.9, typed: 0.6 }),
      said({ article: 'a', start: 500, n: 8, score: 0.5 }),
      said({ article: 'a', start: 600, n: 8, score: 0.5 }),
    ])!;
    expect(lead).toEqual({ lead: top, others: [], clear: false });
  });

  it('counts a headline that says a value again as a saying of it, though it covers the question less and is not compared', () => {
    // "Local residents put the death toll at 16" ranks first; "11 workers were killed" as well; the headline
    // "Blast at factory kills 11" names no people, yet repeats 11
    const residents = said({ article: 'a', start: 900, n: 16, score: 1 });
    const workers = said({ article: 'a', start: 100, n: 11, score: 1 });
    const lead = leadValue([residents, workers, said({ article: 'a', start: 0, n: 11, score: 0.8, headline: true, matches: [0.3, 1], typed: 0.6 })])!;
    expect(lead.lead).toBe(workers);
    expect(lead.others).toEqual([residents]);
    // but not one of another article, nor one that scores far below
    const alone = leadValue([
      residents,
      workers,
      said({ article: 'b', start: 0, n: 11, score: 0.8, headline: true, matches: [0.3, 1], typed: 0.6 }),
      said({ article: 'a', start: 0, n: 11, score: 0.3, headline: true, matches: [0.3, 1], typed: 0.6 }),
    ])!;
    expect(alone.lead).toBe(residents);
    // nor a sentence further down that repeats the number
    const recap = leadValue([residents, workers, said({ article: 'a', start: 1200, n: 11, score: 0.8, matches: [0.3, 1], typed: 0.6 }), said({ article: 'a', start: 1400, n: 11, score: 0.8, matches: [0.3, 1], typed: 0.6 })])!;
    expect(recap.lead).toBe(residents);
  });

  it('is undefined when nothing answers', () => {
    expect(leadValue([])).toBeUndefined();
  });
});

const indexOf = (a: Article) => SearchIndex.build({ articles: [a], failures: [], fingerprint: `lead-${a.id}` });

/** The highlighted short answer of each citation, in order. */
const marked = (a: Answer) => a.citations.map((c) => (c.highlight ? c.quote.slice(c.highlight.start, c.highlight.end) : null));

// hand-made: a headline and two sentences give five servers hacked, one later sentence 20 of 50 scanned
const incidents = [
  {
    language: 'en' as const,
    article: article(
      'en-riverside',
      'en',
      'Hackers hit 5 servers at Riverside Hospital',
      'Hackers hit 5 servers at Riverside Hospital\n\nHackers broke into five servers at Riverside Hospital on Monday night, officials said. The attack shut down the billing desk for a day.\n\nThe hospital said the five servers held patient records and lab results. Police are investigating the attack.\n\nEngineers are checking every machine. So far 20 of 50 servers have been scanned for malware, a spokesperson said.\n',
    ),
    unchosen: 'How many servers at Riverside Hospital were affected?',
    minor: 'How many servers were scanned at Riverside Hospital?',
    lead: 'five servers',
    other: '20 of 50 servers',
  },
  {
    language: 'hi' as const,
    article: article(
      'hi-riverside',
      'hi',
      'रिवरसाइड अस्पताल के 5 सर्वर हैक',
      'रिवरसाइड अस्पताल के 5 सर्वर हैक\n\nहैकरों ने सोमवार रात रिवरसाइड अस्पताल के कुल पांच सर्वर हैक कर लिए। इससे बिलिंग का काम एक दिन ठप रहा।\n\nअस्पताल ने बताया कि इन पांच सर्वरों पर मरीजों का रिकॉर्ड था। पुलिस मामले की जांच कर रही है।\n\nइंजीनियर हर मशीन की जांच कर रहे हैं। अब तक 50 में से 20 सर्वरों को स्कैन किया जा चुका है।\n',
    ),
    unchosen: 'रिवरसाइड अस्पताल के कितने सर्वर प्रभावित हुए?',
    minor: 'रिवरसाइड अस्पताल के कितने सर्वर स्कैन किए गए?',
    lead: 'पांच सर्वर',
    other: '50 में से 20 सर्वरों',
  },
  {
    language: 'bn' as const,
    article: article(
      'bn-riverside',
      'bn',
      'রিভারসাইড হাসপাতালের ৫টি সার্ভার হ্যাক',
      'রিভারসাইড হাসপাতালের ৫টি সার্ভার হ্যাক\n\nসোমবার রাতে হ্যাকাররা রিভারসাইড হাসপাতালের মোট পাঁচটি সার্ভার হ্যাক করেছে। এর ফলে একদিন বিলিং বন্ধ ছিল।\n\nহাসপাতাল জানিয়েছে, ওই পাঁচটি সার্ভারে রোগীদের তথ্য ছিল। পুলিশ তদন্ত করছে।\n\nইঞ্জিনিয়াররা প্রতিটি যন্ত্র পরীক্ষা করছেন। এখনও পর্যন্ত ৫০টির মধ্যে ২০টি সার্ভার স্ক্যান করা হয়েছে।\n',
    ),
    unchosen: 'রিভারসাইড হাসপাতালের কতগুলি সার্ভার ক্ষতিগ্রস্ত হয়েছে?',
    minor: 'রিভারসাইড হাসপাতালের কয়টি সার্ভার স্ক্যান করা হয়েছে?',
    lead: 'পাঁচটি সার্ভার',
    other: '৫০টির মধ্যে ২০টি সার্ভার',
  },
];

describe.each(incidents)('ambiguity in a $language article', ({ article: a, unchosen, minor, lead, other }) => {
  const index = indexOf(a);

  it('answers a question that does not choose with the value the headline and the sentences repeat, and quotes the other below it', () => {
    const answer = ask(index, unchosen);
    expect(answer.answer).toBe(lead);
    expect(answer.conflict).toBe(false);
    expect(marked(answer)[0]).toBe(lead);
    // the minor value is shown, below the lead, never instead of it
    expect(marked(answer).indexOf(other)).toBeGreaterThan(0);
  });

  it('answers a question that names the minor thing with the minor value', () => {
    const answer = ask(index, minor);
    expect(answer.answer).toBe(other);
    expect(marked(answer)[0]).toBe(other);
    expect(answer.conflict).toBe(false);
  });
});

describe('ambiguity across articles', () => {
  const index = SearchIndex.build({ articles: incidents.map((i) => i.article), failures: [], fingerprint: 'lead-all' });

  it('is no disagreement: articles that each give both values do not conflict, whichever the question asks', () => {
    for (const { unchosen, minor } of incidents) {
      expect(ask(index, unchosen).conflict).toBe(false);
      expect(ask(index, minor).conflict).toBe(false);
    }
  });
});
