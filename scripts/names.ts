/**
 * How well cross-script keys match a name or loanword to its spelling in another script, measured on
 * the parallel XQuAD dev sets (npm run names). The ground truth does not come from any key: the English
 * and Hindi sets share question ids, and where a question asks for a person or a place (or both gold
 * answers are short and the English one is written as a name), the two gold answers are the same name
 * in two scripts; their words are paired by position when the counts agree (A. Name ↔ ए. नेम).
 *
 * - recall: the share of pairs whose English word matches its Hindi word;
 * - precision: of every match between the English word and the distinct words of the Hindi paragraph
 *   that holds the Hindi answer, the share that are the paired word (or a form of it: a shared stem).
 *
 * Deterministic: files are read in a fixed order, pairs are counted once each.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { paragraphs, spanText } from '../src/corpus/clean.js';
import { splitFrontMatter } from '../src/corpus/article.js';
import { nearKeys, soughtKeys } from '../src/lang/keys.js';
import { scriptOf, type Script } from '../src/lang/script.js';
import { bengaliBases, stems } from '../src/lang/stem.js';
import { tokenTerms } from '../src/lang/terms.js';
import { tokenize, type Token } from '../src/lang/tokenize.js';
import { skeletonKey } from './names/skeleton-keys.js';

const Question = z.object({
  id: z.string(),
  answerable: z.boolean(),
  answer: z.array(z.string()).optional(),
  evidence: z.array(z.string()).optional(),
  source: z.array(z.string()).optional(),
  kind: z.string().optional(),
});
type Question = z.infer<typeof Question>;

/** A name's word in English and in Hindi, with the Hindi paragraph it was found in. */
export interface NamePair {
  en: Token;
  hi: Token;
  paragraph: Token[];
}

/** A matcher gives a word its keys; two words match when they share one. */
type Matcher = (token: Token) => Set<string>;

const skeleton: Matcher = (t) => {
  const script = scriptOf(t.norm[0]!);
  const bases = script === 'beng' ? bengaliBases(t.norm) : [t.norm];
  return new Set(bases.map((b) => skeletonKey(b, script)).filter((k): k is string => k !== undefined));
};
/** An English word's keys as it seeks the Hindi words of its sound (keys.ts `soughtKeys`), a Hindi word's as they are indexed. */
const ownKeys = (t: Token) => {
  const keys = tokenTerms(t).keys;
  return scriptOf(t.norm[0]!) === 'latn' ? keys.flatMap(soughtKeys) : keys;
};
const sound: Matcher = (t) => new Set(ownKeys(t));
const soundNear: Matcher = (t) => {
  const keys = ownKeys(t);
  return new Set([...keys, ...nearKeys(keys)]);
};

const MATCHERS: [string, Matcher][] = [
  ['consonant skeleton (before)', skeleton],
  ['sound keys', sound],
  ['sound keys + near keys', soundNear],
];

/** Kinds whose answer is a name. */
const NAME_KINDS = new Set(['person', 'place']);
/** Longest answer, in words, taken as a name when the set gives no kind. */
const SHORT_ANSWER = 3;

async function readSet(file: string): Promise<Map<string, Question>> {
  const out = new Map<string, Question>();
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    if (line.trim().length === 0) continue;
    const q = Question.parse(JSON.parse(line));
    out.set(q.id.replace(/^xq-\w\w-\w\w-/, ''), q);
  }
  return out;
}

const words = (text: string, script: Script) => tokenize(text).filter((t) => !t.numeric && scriptOf(t.norm[0]!) === script);

function isNameAnswer(en: Question, enWords: Token[], hiWords: Token[]): boolean {
  if (en.kind !== undefined && NAME_KINDS.has(en.kind)) return true;
  return enWords.length <= SHORT_ANSWER && hiWords.length <= SHORT_ANSWER && enWords.every((t) => /^\p{Lu}/u.test(t.raw));
}

/** The Hindi paragraph that holds a question's evidence (or answer), as words; the whole article if none does. */
function paragraphOf(body: string, needles: string[]): Token[] {
  const spans = paragraphs(body).map((s) => spanText(body, s));
  const holder = needles.map((n) => spans.find((p) => p.includes(n))).find((p) => p !== undefined);
  return words(holder ?? body, 'deva');
}

export async function namePairs(dir: string): Promise<NamePair[]> {
  const en = await readSet(path.join(dir, 'en-on-en.jsonl'));
  const hi = await readSet(path.join(dir, 'hi-on-hi.jsonl'));
  const articles = new Map<string, string>();
  const pairs: NamePair[] = [];
  const seen = new Set<string>();
  for (const [id, e] of [...en].sort(([a], [b]) => a.localeCompare(b))) {
    const h = hi.get(id);
    if (!h || !e.answerable || !h.answerable || !e.answer?.[0] || !h.answer?.[0] || !h.source?.[0]) continue;
    const enWords = tokenize(e.answer[0]).filter((t) => !t.numeric);
    const hiWords = tokenize(h.answer[0]).filter((t) => !t.numeric);
    if (enWords.length === 0 || enWords.length !== hiWords.length || !isNameAnswer(e, enWords, hiWords)) continue;
    const source = h.source[0];
    if (!articles.has(source)) articles.set(source, splitFrontMatter(await readFile(path.join(dir, 'corpus-hi', `${source}.md`), 'utf8')).body);
    const paragraph = paragraphOf(articles.get(source)!, [...(h.evidence ?? []), h.answer[0]]);
    enWords.forEach((w, i) => {
      const v = hiWords[i]!;
      if (scriptOf(w.norm[0]!) !== 'latn' || scriptOf(v.norm[0]!) !== 'deva') return;
      const key = `${w.norm} ${v.norm}`;
      if (seen.has(key)) return;
      seen.add(key);
      pairs.push({ en: w, hi: v, paragraph });
    });
  }
  return pairs;
}

export interface MatcherScore {
  pairs: number;
  found: number;
  matches: number;
  right: number;
}

const sameWord = (a: Token, b: Token) => a.norm === b.norm || stems(a.norm, 'deva').some((s) => stems(b.norm, 'deva').includes(s));
const meet = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));

export function score(pairs: NamePair[], matcher: Matcher, misses?: (p: NamePair) => void, wrong?: (p: NamePair, t: Token) => void): MatcherScore {
  const s: MatcherScore = { pairs: pairs.length, found: 0, matches: 0, right: 0 };
  for (const p of pairs) {
    const keys = matcher(p.en);
    if (meet(keys, matcher(p.hi))) s.found++;
    else misses?.(p);
    const distinct = new Map(p.paragraph.map((t) => [t.norm, t]));
    for (const t of distinct.values()) {
      if (!meet(keys, matcher(t))) continue;
      s.matches++;
      if (sameWord(t, p.hi)) s.right++;
      else wrong?.(p, t);
    }
  }
  return s;
}

const pct = (n: number, of: number) => (of === 0 ? '    -' : `${((100 * n) / of).toFixed(1).padStart(5)}%`);

const program = new Command('names')
  .description('Precision and recall of cross-script name matching on the XQuAD dev name pairs')
  .option('--dir <dir>', 'the XQuAD dev sets', 'eval/xquad-dev')
  .option('--misses <matcher>', 'list the pairs a matcher (its number in the table, from 1) misses')
  .option('--wrong <matcher>', 'list the paragraph words a matcher (its number in the table) matches that are not the pair')
  .action(async (opts: { dir: string; misses?: string; wrong?: string }) => {
    const pairs = await namePairs(opts.dir);
    console.log('matcher                         pairs   recall   precision   matches');
    MATCHERS.forEach(([name, m], i) => {
      const show = (what: string, a: Token, b: Token) => console.log(`  ${what}: ${a.raw} ↔ ${b.raw}  ${[...m(a)].join(',')} / ${[...m(b)].join(',')}`);
      const misses = opts.misses === String(i + 1) ? (p: NamePair) => show('miss', p.en, p.hi) : undefined;
      const wrong = opts.wrong === String(i + 1) ? (p: NamePair, t: Token) => show(`not ${p.hi.raw}`, p.en, t) : undefined;
      const s = score(pairs, m, misses, wrong);
      console.log(`${name.padEnd(30)}  ${String(s.pairs).padStart(5)}   ${pct(s.found, s.pairs)}    ${pct(s.right, s.matches)}   ${String(s.matches).padStart(7)}`);
    });
  });

await program.parseAsync();
