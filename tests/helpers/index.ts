import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../src/corpus/article.js';
import { readCorpus } from '../../src/corpus/load.js';
import { parseQuestions, type EvalQuestion } from '../../src/eval.js';
import type { Language } from '../../src/lang/script.js';
import { SearchIndex } from '../../src/search/index.js';
import { CORPUS, DEV_QUESTIONS, ROOT } from './corpus.js';

export const FIXTURES = path.join(ROOT, 'tests/fixtures/incidents');
export const FIXTURE_QUESTIONS = path.join(ROOT, 'tests/fixtures/incidents-questions.jsonl');

/** A hand-made article, for an index built in memory. */
export const article = (id: string, language: Language, title: string, body: string): Article => ({
  id,
  file: `${id}.md`,
  title,
  language,
  outlet: null,
  url: null,
  published: null,
  body,
});

/** An index built in memory from a corpus folder. */
export async function buildIndex(dir: string): Promise<SearchIndex> {
  return SearchIndex.build(await readCorpus(dir));
}

export const bundledIndex = () => buildIndex(CORPUS);
export const fixtureIndex = () => buildIndex(FIXTURES);

export async function questions(file: string): Promise<EvalQuestion[]> {
  return parseQuestions(await readFile(file, 'utf8'), file);
}
export const devQuestions = () => questions(DEV_QUESTIONS);
export const fixtureQuestions = () => questions(FIXTURE_QUESTIONS);
/** Three more incidents of other kinds (a derailment, an earthquake, an exam paper leak), apart from the first set, whose Chamoli and building collapse they would make ambiguous. */
export const MORE_FIXTURES = path.join(ROOT, 'tests/fixtures/incidents-more');
export const MORE_FIXTURE_QUESTIONS = path.join(ROOT, 'tests/fixtures/incidents-more-questions.jsonl');
export const moreFixtureIndex = () => buildIndex(MORE_FIXTURES);
export const moreFixtureQuestions = () => questions(MORE_FIXTURE_QUESTIONS);
/**
 * Six incidents more, of other kinds again (a bus in a canal, dengue, municipal ransomware, a mid-day meal
 * poisoning, an elephant herd, a stalled ropeway), written by helpers who had not read the analyzer: the
 * questions whose evidence is found first, and every unanswerable one.
 */
export const THIRD_FIXTURES = path.join(ROOT, 'tests/fixtures/incidents-third');
export const THIRD_FIXTURE_QUESTIONS = path.join(ROOT, 'tests/fixtures/incidents-third-questions.jsonl');
export const thirdFixtureIndex = () => buildIndex(THIRD_FIXTURES);
export const thirdFixtureQuestions = () => questions(THIRD_FIXTURE_QUESTIONS);

export const CONFLICT_FIXTURES = path.join(ROOT, 'tests/fixtures/conflict');
export const conflictIndex = () => buildIndex(CONFLICT_FIXTURES);
