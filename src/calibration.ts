import { readFile } from 'node:fs/promises';
import { parseQuestions, type EvalSet } from './eval.js';
import { ABSTENTION_FEATURES, abstentionFeatures, answeredPair, FEATURE_SIGNS, LANGUAGE_PAIRS, languagePair, namesOnlyUnmentioned, SAME_LANGUAGE_PAIRS, modelProbability, type AbstentionFeature, type AbstentionModel, type AbstentionModels, type LanguagePair } from './qa/abstain.js';
import { consider } from './qa/consider.js';
import type { Language } from './lang/script.js';
import { fitLogistic, type Example } from './qa/logistic.js';
import type { SearchIndex } from './search/index.js';

/**
 * The operating point is chosen for people: at most this share of the answerable calibration questions,
 * all sets together and each large set alone, is abstained (a person who asks something the articles answer gets the answer)…
 */
export const MAX_FALSE_ABSTENTION = 0.03;
/**
 * A question answered from an article in another language matches fewer of its words by nature; its
 * model's operating point allows at most this share of the answerable cross-language questions abstained.
 */
export const MAX_FALSE_ABSTENTION_ACROSS = 0.1;
/** …and the fit is judged by the share of unanswerable questions abstained, which should be at least this. */
export const MIN_UNANSWERABLE_ABSTAINED = 0.9;
/**
 * How much more the answerable questions weigh in the fit, in total, than the unanswerable ones. The
 * operating point keeps nearly every answerable question (MAX_FALSE_ABSTENTION), so what decides it is
 * how well the fit orders the hardest answerable questions above the unanswerable ones; weighed alike,
 * the fit spends itself on the easy unanswerable ones. Measured (npm run calibrate, XQuAD dev): 4 against
 * 1 abstains on 6 more unanswerable Hindi questions, 4 more English over Hindi, 5 more Hindi over
 * English, 1 fewer English; fitted without one language and scored on it, as well or better (English
 * over Hindi: 155 answerable abstained against 198). 2, 8 and 16 give about the same. The weight moves
 * the rest of the fit with it: the features are standardized by their weighted means and spreads, which
 * lean to the answerable questions, the penalty weighs less against the heavier data, and the model's
 * output is a probability under these weighted classes, read only against its threshold.
 */
export const ANSWERABLE_WEIGHT = 4;
/** The L2 penalty of the fit: small, as the features are few and the examples many. */
const L2 = 1e-3;

/** One calibration question: its set, whether the articles answer it, the language pair that judges it, and its features. */
export interface CalibrationExample {
  set: string;
  answerable: boolean;
  pair: LanguagePair;
  /** Its features; undefined when it is always abstained: the search found nothing, or it names only what no article names (namesOnlyUnmentioned). */
  x: Record<AbstentionFeature, number> | undefined;
}

/** The features of every question of the sets marked for calibration, each set over its own corpus. */
export async function collectExamples(sets: readonly EvalSet[], open: (corpusDir: string) => Promise<SearchIndex>): Promise<CalibrationExample[]> {
  const out: CalibrationExample[] = [];
  const indexes = new Map<string, SearchIndex>();
  for (const set of sets.filter((s) => s.calibrate)) {
    const questions = parseQuestions(await readFile(set.questions, 'utf8'), set.questions);
    let index = indexes.get(set.corpus);
    if (!index) indexes.set(set.corpus, (index = await open(set.corpus)));
    const languages = [...new Set(index.articles.map((a) => a.language))];
    // a question of which nothing was found is always abstained; it counts with the questions of the pair
    // its language makes with the corpus's: its own when the corpus has articles in it (or the other Indic one)
    const pairWithCorpus = (language: Language, romanized: boolean) => {
      const pairs = languages.map((l) => languagePair(language, l, romanized));
      return pairs.find((p) => SAME_LANGUAGE_PAIRS.includes(p)) ?? pairs[0] ?? languagePair(language, language, romanized);
    };
    for (const q of questions) {
      const considered = consider(index, q.question);
      const pair = considered.ranked.length > 0 ? answeredPair(index, considered) : pairWithCorpus(considered.plan.reading.language, considered.plan.reading.romanized);
      out.push({ set: set.name, answerable: q.answerable, pair, x: namesOnlyUnmentioned(index, considered) ? undefined : abstentionFeatures(index, considered) });
    }
  }
  return out;
}

/** How one set fares at a threshold. */
export interface SetFit {
  set: string;
  answerable: number;
  falseAbstentions: number;
  unanswerable: number;
  unanswerableAbstained: number;
}

const score = (model: Parameters<typeof modelProbability>[0], e: CalibrationExample) => (e.x ? modelProbability(model, e.x) : 0);

/** Whether this many answerable questions can show a bound: it allows at least one of them abstained (34 at 3%). */
const showsBound = (answerable: number, maxFalse: number) => Math.floor(maxFalse * answerable) >= 1;

/** The highest threshold at which at most `maxFalse` of these answerable questions' scores fall below it. */
function thresholdFor(scores: readonly number[], maxFalse: number): number {
  const sorted = [...scores].sort((a, b) => a - b);
  const allowed = Math.floor(maxFalse * sorted.length);
  if (allowed === 0) return sorted[0]! - 1e-6;
  // halfway between the last score abstained on and the first answered, so rounding the model cannot move a
  // question across; where the two are too close for a number between them (subnormal scores), the first answered
  const lower = sorted[allowed - 1]!;
  const upper = sorted[allowed]!;
  const half = (lower + upper) / 2;
  return half > lower ? half : upper;
}

/**
 * The highest threshold at which at most `maxFalse` of the answerable calibration questions are abstained,
 * all together and in each set large enough for the bound to allow one (a set of 20 questions cannot show
 * 3%): the most unanswerable questions abstained that the bound allows. Held to each set, the bound holds
 * for each kind of question, not only on average over kinds that fare differently.
 */
export function chooseThreshold(scored: readonly { set?: string; answerable: boolean; p: number }[], maxFalse = MAX_FALSE_ABSTENTION): number {
  const answerable = scored.filter((e) => e.answerable);
  if (answerable.length === 0) return 0;
  const bySet = new Map<string, number[]>();
  for (const e of answerable) {
    const scores = bySet.get(e.set ?? '') ?? bySet.set(e.set ?? '', []).get(e.set ?? '')!;
    scores.push(e.p);
  }
  const sets = [...bySet.values()].filter((ps) => showsBound(ps.length, maxFalse));
  return Math.min(thresholdFor(answerable.map((e) => e.p), maxFalse), ...sets.map((ps) => thresholdFor(ps, maxFalse)));
}

/** Figures per set at the models' thresholds, each question judged by the model for its language pair. */
export function fitBySet(models: AbstentionModels, examples: readonly CalibrationExample[]): SetFit[] {
  const out = new Map<string, SetFit>();
  for (const e of examples) {
    const f = out.get(e.set) ?? out.set(e.set, { set: e.set, answerable: 0, falseAbstentions: 0, unanswerable: 0, unanswerableAbstained: 0 }).get(e.set)!;
    const model = models[e.pair];
    const abstains = score(model, e) < model.threshold;
    if (e.answerable) {
      f.answerable++;
      if (abstains) f.falseAbstentions++;
    } else {
      f.unanswerable++;
      if (abstains) f.unanswerableAbstained++;
    }
  }
  return [...out.values()];
}

/**
 * Fit the abstention models: one on the questions answered from their own language (English, or Hindi and
 * Bengali), at MAX_FALSE_ABSTENTION, its operating point chosen for each language apart; and one for each
 * direction across English and an Indic language, at MAX_FALSE_ABSTENTION_ACROSS. A direction with no
 * answerable or no unanswerable question to fit on is judged by the model of its question's own language.
 */
export function fitAbstentionModels(examples: readonly CalibrationExample[]): AbstentionModels {
  const same = fitAbstention(examples.filter((e) => SAME_LANGUAGE_PAIRS.includes(e.pair)), MAX_FALSE_ABSTENTION);
  // a language with too few answerable questions for the bound to allow one abstained (fewer than 34 at 3%)
  // cannot show where its operating point lies: it takes the one of all same-language questions
  const atOwnPoint = (pair: LanguagePair): AbstentionModel => {
    const of = examples.filter((e) => e.pair === pair);
    return showsBound(of.filter((e) => e.answerable).length, MAX_FALSE_ABSTENTION) ? { ...same, threshold: chooseThreshold(of.map((e) => ({ set: e.set, answerable: e.answerable, p: score(same, e) })), MAX_FALSE_ABSTENTION) } : same;
  };
  const english = atOwnPoint('english');
  const indic = atOwnPoint('indic');
  const across = (pair: LanguagePair, own: AbstentionModel) => {
    // (a question of which nothing was found is fitted on by no model, but it is abstained, and it counts against the bound)
    const of = examples.filter((e) => e.pair === pair);
    const found = of.filter((e) => e.x !== undefined);
    return found.some((e) => e.answerable) && found.some((e) => !e.answerable) ? fitAbstention(of, MAX_FALSE_ABSTENTION_ACROSS) : own;
  };
  return { english, indic, fromEnglish: across('fromEnglish', english), intoEnglish: across('intoEnglish', indic) };
}

/**
 * Fit one abstention model: a logistic regression of "the articles answer it" on the features, the
 * answerable questions weighing ANSWERABLE_WEIGHT times the unanswerable in total, then the threshold for people.
 */
export function fitAbstention(examples: readonly CalibrationExample[], maxFalse = MAX_FALSE_ABSTENTION): AbstentionModel {
  const usable = examples.filter((e): e is CalibrationExample & { x: Record<AbstentionFeature, number> } => e.x !== undefined);
  // each set weighs by the square root of its size, so the small incident sets count for more than their share of
  // questions without their few questions deciding alone; then answerable and unanswerable weigh ANSWERABLE_WEIGHT to 1 in total
  const sizes = new Map<string, number>();
  for (const e of usable) sizes.set(`${e.set}:${e.answerable}`, (sizes.get(`${e.set}:${e.answerable}`) ?? 0) + 1);
  const raw = (e: CalibrationExample) => 1 / Math.sqrt(sizes.get(`${e.set}:${e.answerable}`)!);
  const classTotal = (answerable: boolean) => usable.reduce((sum, e) => sum + (e.answerable === answerable ? raw(e) : 0), 0);
  const positives = classTotal(true);
  const negatives = classTotal(false);
  if (positives === 0 || negatives === 0) throw new Error('calibration needs answerable and unanswerable questions');
  const weighted = usable.map((e): Example => ({ x: ABSTENTION_FEATURES.map((name) => e.x[name]), y: e.answerable ? 1 : 0, weight: ((raw(e) * usable.length) / (2 * (e.answerable ? positives : negatives))) * (e.answerable ? ANSWERABLE_WEIGHT : 1) }));
  // fit, then leave out the feature whose weight most contradicts its sign, until none does; a feature
  // that is the same for every question (one defined only across languages, in a one-language fit) tells nothing
  let kept = ABSTENTION_FEATURES.map((_f, j) => j).filter((j) => weighted.some((e) => e.x[j] !== weighted[0]!.x[j]));
  for (;;) {
    const fitted = fitLogistic(weighted.map((e) => ({ ...e, x: kept.map((j) => e.x[j]!) })), { l2: L2 });
    const wrong = kept
      .map((j, k) => ({ k, against: -FEATURE_SIGNS[ABSTENTION_FEATURES[j]!] * fitted.weights[k]! }))
      .filter((v) => v.against > 0)
      .sort((a, b) => b.against - a.against)[0];
    if (wrong) {
      kept = kept.filter((_j, k) => k !== wrong.k);
      continue;
    }
    const model = { features: kept.map((j) => ABSTENTION_FEATURES[j]!), ...fitted };
    return { ...model, threshold: chooseThreshold(examples.map((e) => ({ set: e.set, answerable: e.answerable, p: score(model, e) })), maxFalse) };
  }
}

/** The models as the TypeScript data module the bot imports. */
export function modelModule(models: AbstentionModels, about: string): string {
  const round = (xs: readonly number[]) => `[${xs.map((x) => Number(x.toPrecision(12))).join(', ')}]`;
  // a fit's lines without its operating point: pairs that share a fit (english and indic) share these
  const fitLines = (m: AbstentionModel, indent: string) => [
    `${indent}features: [${m.features.map((f) => `'${f}'`).join(', ')}],`,
    `${indent}means: ${round(m.means)},`,
    `${indent}scales: ${round(m.scales)},`,
    `${indent}weights: ${round(m.weights)},`,
    `${indent}bias: ${Number(m.bias.toPrecision(12))},`,
  ];
  const fitText = (pair: LanguagePair) => fitLines(models[pair], '').join('\n');
  const sharing = (pair: LanguagePair) => LANGUAGE_PAIRS.filter((p) => fitText(p) === fitText(pair));
  const sharedName = (pairs: readonly LanguagePair[]) => `${pairs.map((p, i) => (i === 0 ? p : p[0]!.toUpperCase() + p.slice(1))).join('And')}Fit`;
  // each shared fit once, where its first pair stands
  const shared = LANGUAGE_PAIRS.filter((p) => sharing(p).length > 1 && sharing(p)[0] === p).map(sharing);
  const threshold = (m: AbstentionModel) => `    threshold: ${Number(m.threshold.toPrecision(12))},`;
  const model = (pair: LanguagePair) => {
    const pairs = sharing(pair);
    const fit = pairs.length > 1 ? [`    ...${sharedName(pairs)},`] : fitLines(models[pair], '    ');
    return [`  ${pair}: {`, ...fit, threshold(models[pair]), '  },'];
  };
  return [
    '// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.',
    `// ${about}`,
    "import type { AbstentionModel, AbstentionModels } from '../abstain.js';",
    '',
    ...shared.flatMap((pairs) => [
      `/** The fit ${pairs.join(' and ')} share; each has its own operating point. */`,
      `const ${sharedName(pairs)}: Omit<AbstentionModel, 'threshold'> = {`,
      ...fitLines(models[pairs[0]!], '  '),
      '};',
      '',
    ]),
    '/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */',
    'export const ABSTENTION_MODELS: AbstentionModels = {',
    ...LANGUAGE_PAIRS.flatMap(model),
    '};',
    '',
  ].join('\n');
}
