import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, evaluateSets, plainMiniSearch, readManifest, type EvalQuestion } from '../src/eval.js';
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
    expect(sets.map((s) => path.resolve(s.questions)).sort()).toEqual(shipped.sort());
    for (const s of sets) expect((await readdir(s.corpus)).some((f) => f.endsWith('.md')), s.corpus).toBe(true);
  });

  it('asks the incident questions of the bundled corpus and each XQuAD file of the corpus its README names', async () => {
    const corpusOf = Object.fromEntries((await readManifest(MANIFEST)).map((s) => [s.name, path.relative(ROOT, s.corpus)]));
    expect(corpusOf).toEqual({
      'dev-questions': 'corpus',
      'paraphrase-dev': 'corpus',
      'hi-on-hi': 'eval/xquad-dev/corpus-hi',
      'en-on-en': 'eval/xquad-dev/corpus-en',
      'en-on-hi': 'eval/xquad-dev/corpus-hi',
      'hi-on-en': 'eval/xquad-dev/corpus-en',
      'hi-unanswerable': 'eval/xquad-dev/corpus-hi-second-half',
      'en-unanswerable': 'eval/xquad-dev/corpus-en-second-half',
    });
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
      if (r.set.endsWith('-unanswerable')) expect(r.overall.answerable, r.set).toBe(0);
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
