import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  evaluate,
  evaluateSets,
  formatReport,
  formatSummary,
  parseQuestions,
  plainMiniSearch,
  readManifest,
  shortAnswerRight,
  type EvalQuestion,
  type Figures,
  type SetReport,
  type ShortAnswerFigures,
} from '../src/eval.js';
import type { SearchIndex } from '../src/search/index.js';
import { ROOT, tempDir, writeFiles } from './helpers/corpus.js';
import { buildIndex } from './helpers/index.js';

const MANIFEST = path.join(ROOT, 'eval/sets.json');

/** Every file under a folder, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('the manifest of dev sets', () => {
  it('lists every question file the project ships, each with a corpus folder that exists', async () => {
    const sets = await readManifest(MANIFEST);
    const shipped = (await filesUnder(path.join(ROOT, 'eval'))).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(ROOT, 'eval', f));
    // a file may be asked of two corpora (the unanswerable questions, in their own language and across)
    expect([...new Set(sets.map((s) => path.resolve(s.questions)))].sort()).toEqual(shipped.sort());
    for (const s of sets) expect((await readdir(s.corpus)).some((f) => f.endsWith('.md')), s.corpus).toBe(true);
  });

  it('asks the incident questions of the bundled corpus and of their own articles, and each XQuAD file of the corpus its README names', async () => {
    const corpusOf = Object.fromEntries((await readManifest(MANIFEST)).map((s) => [s.name, path.relative(ROOT, s.corpus)]));
    expect(corpusOf).toEqual({
      'dev-questions': 'corpus',
      'paraphrase-dev': 'corpus',
      'incident-dev': 'eval/incident-dev',
      'hi-on-hi': 'eval/xquad-dev/corpus-hi',
      'en-on-en': 'eval/xquad-dev/corpus-en',
      'en-on-hi': 'eval/xquad-dev/corpus-hi',
      'hi-on-en': 'eval/xquad-dev/corpus-en',
      'hi-unanswerable': 'eval/xquad-dev/corpus-hi-second-half',
      'en-unanswerable': 'eval/xquad-dev/corpus-en-second-half',
      'en-unanswerable-on-hi': 'eval/xquad-dev/corpus-hi-second-half',
      'hi-unanswerable-on-en': 'eval/xquad-dev/corpus-en-second-half',
    });
  });

  it('fits abstention on every set but the incidents it keeps apart, to show how the fit carries to them', async () => {
    const sets = await readManifest(MANIFEST);
    expect(sets.filter((s) => !s.calibrate).map((s) => s.name)).toEqual(['incident-dev']);
  });

  it('gives the incident set’s answerable questions evidence their source article writes, and its unanswerable ones none', async () => {
    const set = (await readManifest(MANIFEST)).find((s) => s.name === 'incident-dev')!;
    const questions = parseQuestions(await readFile(set.questions, 'utf8'), set.questions);
    const articles = new Map(await Promise.all((await readdir(set.corpus)).filter((f) => f.endsWith('.md')).map(async (f) => [f.slice(0, -3), await readFile(path.join(set.corpus, f), 'utf8')] as const)));
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const q of questions) {
      if (!q.answerable) {
        expect(q.evidence ?? q.answer ?? q.source, q.id).toBeUndefined();
        continue;
      }
      expect(q.source, q.id).toHaveLength(1);
      const body = articles.get(q.source![0]!);
      expect(body, q.id).toBeDefined();
      for (const e of q.evidence!) expect(body!.includes(e), `${q.id}: ${e}`).toBe(true);
    }
  });

  it('refuses a manifest with a misspelt field or two sets of one name, naming the file', async () => {
    const t = await tempDir();
    try {
      await writeFiles(t.dir, {
        'typo.json': JSON.stringify({ sets: [{ name: 'a', questions: 'a.jsonl', corpsu: 'c' }] }),
        'twice.json': JSON.stringify({ sets: [{ name: 'a', questions: 'a.jsonl', corpus: 'c' }, { name: 'a', questions: 'b.jsonl', corpus: 'c' }] }),
      });
      await expect(readManifest(path.join(t.dir, 'typo.json'))).rejects.toThrow(/typo\.json: .*corpus/);
      await expect(readManifest(path.join(t.dir, 'twice.json'))).rejects.toThrow(/twice\.json: .*names must differ/);
    } finally {
      await t.cleanup();
    }
  });

  it('scores every shipped set, each question of its file on its own corpus, opening each corpus once', async () => {
    const sets = await readManifest(MANIFEST);
    const opened: string[] = [];
    const reports = await evaluateSets(sets, async (dir) => {
      opened.push(dir);
      return buildIndex(dir);
    });
    expect(reports.map((r) => r.set)).toEqual(sets.map((s) => s.name));
    expect(opened.sort()).toEqual([...new Set(sets.map((s) => s.corpus))].sort());
    for (const [i, r] of reports.entries()) {
      const lines = (await readFile(sets[i]!.questions, 'utf8')).split('\n').filter((l) => l.trim().length > 0);
      expect(r.overall.questions, r.set).toBe(lines.length);
      expect(r.outcomes.map((o) => o.id)).toEqual(lines.map((l) => (JSON.parse(l) as { id: string }).id));
      // every answerable set has evidence found by Sakshi and by the baseline; the unanswerable ones have no answerable question
      if (r.set.includes('-unanswerable')) expect(r.overall.answerable, r.set).toBe(0);
      else expect(Math.min(r.overall.evidenceAt3, r.overall.miniSearchAt3), r.set).toBeGreaterThan(0);
    }
  }, 300_000);
});

describe('plain MiniSearch beside Sakshi', () => {
  // Four one-sentence passages in two articles: which passage holds which words is known by construction.
  const FIRE = 'The warehouse fire started at midnight near the river port.';
  const HOURS = 'Firefighters needed six hours to control the blaze completely.';
  const FLOOD = 'The river flooded the lower town after three days of rain.';
  const HOUSES = 'Officials counted forty houses damaged by the water.';
  const article = (title: string, paragraphs: string[]) => `---\ntitle: ${title}\nlanguage: en\n---\n${paragraphs.join('\n\n')}\n`;
  let t: Awaited<ReturnType<typeof tempDir>>;
  let index: SearchIndex;

  beforeAll(async () => {
    t = await tempDir();
    await writeFiles(t.dir, { 'a-fire.md': article('A fire at the port', [FIRE, HOURS]), 'b-flood.md': article('A flood downstream', [FLOOD, HOUSES]) });
    index = await buildIndex(t.dir);
  });
  afterAll(async () => t.cleanup());

  it('searches the quotable text of every passage and returns its article id', () => {
    const search = plainMiniSearch(index);
    // only HOUSES holds "houses" and "damaged"
    expect(search('How many houses were damaged?', 3)).toEqual([{ quote: HOUSES, source: 'b-flood' }]);
    // FIRE holds both "river" and "port", FLOOD only "river": FIRE first, FLOOD second
    expect(search('Which river port?', 3)).toEqual([
      { quote: FIRE, source: 'a-fire' },
      { quote: FLOOD, source: 'b-flood' },
    ]);
    expect(search('Which river port?', 1)).toHaveLength(1);
  });

  it('scores its first and first three passages for evidence as Sakshi’s citations are: same fold, same source check', () => {
    const q = (id: string, question: string, evidence: string, source: string): EvalQuestion => ({ id, lang: 'en', question, answerable: true, evidence: [evidence], source: [source] });
    const questions: EvalQuestion[] = [
      // first passage holds the evidence; case and spacing differ from the text
      q('first', 'How many houses were damaged?', 'FORTY  houses', 'b-flood'),
      // the evidence is in the second passage only
      q('second', 'Which river port?', 'lower town', 'b-flood'),
      // the first passage holds the words, but the question expects them from another article
      q('wrong-source', 'How many houses were damaged?', 'forty houses', 'a-fire'),
      { id: 'unanswerable', lang: 'en', question: 'Which river port?', answerable: false },
    ];
    const report = evaluate(index, questions);
    const scored = Object.fromEntries(report.outcomes.map((o) => [o.id, [o.miniSearchAt1, o.miniSearchAt3]]));
    expect(scored).toEqual({ first: [true, true], second: [false, true], 'wrong-source': [false, false], unanswerable: [false, false] });
    expect(report.overall.miniSearchAt1).toBeCloseTo(1 / 3);
    expect(report.overall.miniSearchAt3).toBeCloseTo(2 / 3);
  });
});

describe('short answers to questions with a kind', () => {
  it('counts the gold span as right, alone or with at most three words around it', () => {
    expect(shortAnswerRight('308', '308')).toBe(true);
    expect(shortAnswerRight('308 points', '308')).toBe(true);
    expect(shortAnswerRight('only 308 points allowed', '308')).toBe(true);
    // four words around it: too many, on one side or on both
    expect(shortAnswerRight('the Panthers gave up 308', '308')).toBe(false);
    expect(shortAnswerRight('gave up just 308 points', '308')).toBe(false);
    expect(shortAnswerRight('defensive tackle Kawann Short', 'Kawann Short')).toBe(true);
  });

  it('compares after case, punctuation and digit folding', () => {
    expect(shortAnswerRight('KAWANN SHORT.', 'Kawann Short')).toBe(true);
    expect(shortAnswerRight('"Kawann Short",', 'kawann short')).toBe(true);
    expect(shortAnswerRight('12%', '12')).toBe(true);
    // Devanagari and Bengali digits read as the ASCII ones; a danda ends a sentence, not a word
    expect(shortAnswerRight('३०८ अंक', '308')).toBe(true);
    expect(shortAnswerRight('৩০৮', '308')).toBe(true);
    expect(shortAnswerRight('ल्यूक क्युचली', 'ल्यूक क्युचली।')).toBe(true);
  });

  it('compares whole words: part of a number or of a name is not the gold span', () => {
    expect(shortAnswerRight('30', '308')).toBe(false);
    expect(shortAnswerRight('30 points', '308')).toBe(false);
    expect(shortAnswerRight('3080', '308')).toBe(false);
    expect(shortAnswerRight('Short', 'Kawann Short')).toBe(false);
    expect(shortAnswerRight('Short Kawann', 'Kawann Short')).toBe(false);
    expect(shortAnswerRight('', '308')).toBe(false);
  });

  it('reads the kind a question asks for, and refuses a kind it does not know, naming the line', () => {
    const line = (kind: string) => JSON.stringify({ id: 'q', lang: 'en', question: 'How many?', answerable: true, answer: ['3'], kind });
    expect(parseQuestions(line('quantity'), 'f.jsonl')[0]!.kind).toBe('quantity');
    expect(() => parseQuestions(`${line('time')}\n${line('colour')}`, 'f.jsonl')).toThrow(/f\.jsonl line 2: kind/);
  });

  it('keeps the kind of every XQuAD question that has one', async () => {
    const file = path.join(ROOT, 'eval/xquad-dev/en-on-en.jsonl');
    const text = await readFile(file, 'utf8');
    const kinds = text
      .split('\n')
      .filter((l) => l.trim().length > 0)
      .map((l) => (JSON.parse(l) as { kind?: string }).kind);
    expect(kinds.filter(Boolean).length).toBeGreaterThan(0);
    expect(parseQuestions(text, file).map((q) => q.kind)).toEqual(kinds);
  });

  describe('scored by evaluate', () => {
    const article = (title: string, paragraphs: string[]) => `---\ntitle: ${title}\nlanguage: en\n---\n${paragraphs.join('\n\n')}\n`;
    let t: Awaited<ReturnType<typeof tempDir>>;
    let index: SearchIndex;

    beforeAll(async () => {
      t = await tempDir();
      await writeFiles(t.dir, {
        'a-fire.md': article('A fire at the port', ['The warehouse fire started at midnight near the river port.']),
        'b-flood.md': article('A flood downstream', ['The river flooded the lower town after three days of rain.', 'Officials counted 40 houses damaged by the water.']),
      });
      index = await buildIndex(t.dir);
    });
    afterAll(async () => t.cleanup());

    it('gives, per language and per kind, the share of answerable questions with a kind given a short answer and the share of those that are right', () => {
      const q = (id: string, question: string, extra: Partial<EvalQuestion>): EvalQuestion => ({ id, lang: 'en', question, answerable: true, ...extra });
      const houses = 'How many houses were damaged?';
      const report = evaluate(index, [
        // the only count of houses is 40: right, whatever words come with it
        q('counted', houses, { answer: ['40'], kind: 'quantity' }),
        // a gold span the text never says: whatever short answer is given is wrong
        q('other-number', houses, { answer: ['4'], kind: 'quantity' }),
        // no word of it is in the articles: no short answer
        q('unknown', 'What colour was the elephant?', { answer: ['grey'], kind: 'place' }),
        // neither counts: one is unanswerable, the other has no kind
        q('unanswerable', 'Who painted the lighthouse?', { answerable: false, kind: 'person' }),
        q('no-kind', houses, { answer: ['40'] }),
      ]);
      expect(Object.fromEntries(report.outcomes.map((o) => [o.id, o.shortAnswer]))).toEqual({
        counted: 'right',
        'other-number': 'wrong',
        unknown: 'none',
        unanswerable: undefined,
        'no-kind': undefined,
      });
      const all: ShortAnswerFigures = { asked: 3, given: 2, right: 1, givenShare: 2 / 3, rightShare: 1 / 2 };
      expect(report.overall.shortAnswers).toEqual(all);
      expect(report.byLanguage.en!.shortAnswers).toEqual(all);
      expect(report.overall.shortAnswersByKind).toEqual({
        quantity: { asked: 2, given: 2, right: 1, givenShare: 1, rightShare: 1 / 2 },
        place: { asked: 1, given: 0, right: 0, givenShare: 0, rightShare: null },
      });
    });
  });

  describe('in the printed tables', () => {
    const short = (asked: number, given: number, right: number): ShortAnswerFigures => ({
      asked,
      given,
      right,
      givenShare: asked === 0 ? null : given / asked,
      rightShare: given === 0 ? null : right / given,
    });
    const figures = (kinds: Figures['shortAnswersByKind']): Figures => {
      const all = Object.values(kinds).reduce((a, k) => short(a.asked + k.asked, a.given + k.given, a.right + k.right), short(0, 0, 0));
      return {
        questions: 10,
        answerable: 10,
        evidenceAt1: 0.5,
        evidenceAt3: 0.7,
        miniSearchAt1: 0.4,
        miniSearchAt3: 0.6,
        answerAccuracy: 0.3,
        answerScored: 10,
        abstainedUnanswerable: '0/0',
        falseAbstentions: 1,
        missedAbstentions: 0,
        quotesVerbatim: 1,
        shortAnswers: all,
        shortAnswersByKind: kinds,
      };
    };
    // 8 questions with a kind, 4 given a short answer, 1 of them right; and a set with no kind at all
    const kinded = figures({ quantity: short(4, 3, 1), person: short(4, 1, 0) });
    const report = (set: string, f: Figures, byLanguage: Record<string, Figures>): SetReport => ({
      set,
      questions: `${set}.jsonl`,
      corpus: 'corpus',
      overall: f,
      byLanguage,
      outcomes: [],
      seconds: 0,
      miniSearchSeconds: 0,
    });
    const xquad = report('xq', kinded, { hi: kinded });
    const incident = report('incident', figures({}), { en: figures({}) });

    it('end each row with the share given a short answer and the share of those right, a dash where no question has a kind', () => {
      const table = formatReport(xquad, false).split('\n');
      expect(table[0]).toMatch(/verbatim +short-ans\. +right$/);
      expect(table[1]).toMatch(/^overall .* 50\.0% +25\.0%$/);
      expect(formatReport(incident, false).split('\n')[1]).toMatch(/^overall .*100\.0% +- +- *$/);
      const summary = formatSummary([incident, xquad]).split('\n');
      expect(summary[0]).toMatch(/false-abst\. +short-ans\. +right$/);
      expect(summary[1]).toMatch(/^incident .* +- +- *$/);
      expect(summary[2]).toMatch(/^xq .* 50\.0% +25\.0%$/);
    });

    it('give the figures kind by kind with --verbose, and nothing of the kind without', () => {
      expect(formatReport(xquad, false)).not.toMatch(/quantity/);
      const verbose = formatReport(xquad, true);
      expect(verbose).toMatch(/^overall +quantity +4 +3 +75\.0% +1 +33\.3%$/m);
      expect(verbose).toMatch(/^overall +person +4 +1 +25\.0% +0 +0\.0%$/m);
      // one language: its rows would repeat the overall ones
      expect(verbose).not.toMatch(/^hi +quantity/m);
      expect(formatReport(incident, true)).not.toMatch(/by kind/);
    });
  });
});
