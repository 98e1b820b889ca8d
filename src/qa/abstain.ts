import { KEY_FIELDS, termKey, type AnalyzedText } from '../lang/analyze.js';
import { acrossEnglish } from '../lang/reading.js';
import { STRENGTH, type Alt } from '../lang/query.js';
import { DICTIONARY_STRENGTH } from '../lang/dictionary-format.js';
import { writtenConsonants } from '../lang/keys.js';
import { tokenTerms } from '../lang/terms.js';
import { LANGUAGE_SCRIPTS, scriptOf, type Language } from '../lang/script.js';
import { vagueQuantityOf } from '../lang/words.js';
import type { SearchIndex } from '../search/index.js';
import type { Considered } from './consider.js';
import { VALUE_TYPES } from './question.js';
import { ABSTENTION_MODELS } from './data/abstention-model.js';
import { probability, type LogisticModel } from './logistic.js';
import { SURE_ALTERNATIVE } from './passage.js';
import { SUPPORT_SHARE, typeStrength, type Ranked } from './rank.js';
import { unmentioned } from './uncovered.js';

/**
 * What tells a question the articles answer from one they do not, read off the question and its best
 * passage. Each is 0 to 1 unless said otherwise; `npm run calibrate` fits their weights.
 */
export const ABSTENTION_FEATURES = [
  /** Share of the question's weight the best passage covers (its title and article counting for less). */
  'coverage',
  /** The coverage on a log scale: the step from a fifth to a tenth of the question found says more than one from a half to three fifths. */
  'coverageLog',
  /** Share of the question's weight the best passage itself holds, each word by how sure its form there is, without its title, neighbours or article. */
  'passage',
  /** How well the best passage holds the question's rarest content word. */
  'rarest',
  /** The largest share of the question's weight that one unit the best passage misses carries. */
  'missing',
  /** Share of the question's weight whose words some passage of the corpus holds in a sure form or by a broader concept (KNOWN_BY). */
  'known',
  /** Share of the question's weight that the best passage's article holds anywhere, its title included. */
  'article',
  /** The largest share of the question's weight that one word no passage holds in a sure form (KNOWN_BY) carries. */
  'unknown',
  /** Share of the names the question gives that the best passage's article names. */
  'named',
  /**
   * Across English and an Indic language, share of the weight of the question's words found only by their
   * sound (no translation, no concept: names and loanwords) that the best passage itself holds by a
   * likeness of its whole key (SOUNDS_ALIKE), each by how surely; 1 when the question has none, or asks
   * in the passage's own language.
   */
  'sounded',
  /**
   * 1 when the question asks for a number, a sum or a time and no passage the answer may draw on holds one of
   * the kind (`valueNear`: the best, those scoring near enough it to give the answer's value, and the sentences
   * beside the best); 0 otherwise. A number or a time is written in a form no reader misses, unlike a name or
   * a place, so a passage that writes none does not answer how many or when ("How long will the servers stay
   * down?" over articles that say only that they are down). Measured (npm run calibrate, unanswerable
   * abstained, Hindi/English/English over Hindi/Hindi over English): 292/298/258/248 without; 293/298/267/244
   * from the best passage alone, which abstained "How many servers were hit?" (the best passage says the
   * affected servers, the one below it the five); 292/298/265/247 as it is, with paraphrase-dev's fourth
   * unanswerable question abstained. Passages down to the share read for a short answer (answer.ts
   * CONSIDERED_SHARE) nearly always hold some number: the fit left the feature out.
   */
  'valueless',
  /** How surely the best passage holds the kind of value asked for (1 when the question asks for no kind: a thing, unless by the number that designates it). */
  'typed',
  /** How far the best passage's score stands above the best passage of any other article (a passage worded as one of the best article's counts as the best article's). */
  'margin',
  /** How many content units the question has, on a log scale. */
  'units',
  /** Share of the question's content words (each alike, whatever its weight) the best passage itself surely holds (rank.ts SURE_ALTERNATIVE). */
  'together',
  /**
   * The largest share of what the best passage itself holds of the question (each content word by its weight
   * and how surely the passage holds it) that one word carries: 1 when one word alone makes the match (or
   * nothing does); 0 unless the question and the passage stand across English and an Indic language (its
   * language pair: a romanized Hindi question over Hindi text is across, as it reaches that text as English
   * does; Hindi over Bengali is not). Across them an article that answers meets the question in several of
   * its words at once, while a passage found by one word only (a word that sounds like the asked one, one
   * sense of a word of many) is often found by chance. Within a language one word found as written is no
   * chance likeness ("ransom?" over English text).
   */
  'alone',
  /**
   * How many articles the best SPREAD_OF passages of different wording come from, as a share of them (a
   * passage worded as one of the best article's counting as the best article's): a question about one
   * article finds its passages there, one about an article the corpus lacks finds its words scattered.
   * With fewer ranked, the share is of those (one passage alone reads 1; divided by SPREAD_OF instead, 6
   * fewer unanswerable Hindi-over-English questions were abstained).
   */
  'spread',
] as const;

/**
 * Which way each feature may move the answer, if at all: more of the question found can only make an
 * answer likelier, more of it missing only less. A fit that gives a feature the other sign has learnt
 * something of its dev sets, not of questions, so calibration leaves that feature out.
 */
export const FEATURE_SIGNS: Record<(typeof ABSTENTION_FEATURES)[number], 1 | -1 | 0> = {
  coverage: 1,
  coverageLog: 1,
  passage: 1,
  rarest: 1,
  missing: -1,
  known: 1,
  article: 1,
  unknown: -1,
  named: 1,
  sounded: 1,
  valueless: -1,
  typed: 1,
  margin: 1,
  units: 0,
  together: 1,
  alone: -1,
  spread: -1,
};

export type AbstentionFeature = (typeof ABSTENTION_FEATURES)[number];

/** A fitted abstention model: the features it reads, in order, its weights, and the probability below which Sakshi abstains. */
export interface AbstentionModel extends LogisticModel {
  features: readonly AbstentionFeature[];
  threshold: number;
}

/**
 * Which model judges a question, by the languages of the question and of its best passage: `english` for
 * an English question answered from English text, `indic` for a Hindi or Bengali one answered from Hindi
 * or Bengali text (which share the lexicon and most of their Sanskrit-derived words, so they meet nearly as
 * well as one language does); `fromEnglish` for an English question over Hindi or Bengali text and
 * `intoEnglish` for the reverse. Across English and an Indic language fewer words can match by nature
 * (names, numbers, lexicon concepts and dictionary translations only), and not alike both ways (the
 * dictionary is English–Hindi, and a Hindi question writes English names in its own spelling), so each
 * direction has its own fit and operating point. Within one language what tells an answerable question
 * is alike, so `english` and `indic` share one fit; each has its own operating point, so that the bound
 * on answerable questions abstained holds for the askers of each language, not only on average.
 */
export type LanguagePair = 'english' | 'indic' | 'fromEnglish' | 'intoEnglish';
export const LANGUAGE_PAIRS: readonly LanguagePair[] = ['english', 'indic', 'fromEnglish', 'intoEnglish'];
/** The pairs of a question and a passage in one language (or Hindi and Bengali). */
export const SAME_LANGUAGE_PAIRS: readonly LanguagePair[] = ['english', 'indic'];

export type AbstentionModels = Record<LanguagePair, AbstentionModel>;

/**
 * The pair of a question's language and a passage's. A romanized Hindi or Bengali question is paired by its
 * script (reading.ts acrossEnglish): over Hindi text it is judged as English over Hindi ("ransom kitna tha" as
 * "what was the ransom").
 */
export function languagePair(question: Language, passage: Language, romanized = false): LanguagePair {
  const asked = romanized ? 'en' : question;
  if (!acrossEnglish({ language: question, romanized }, passage)) return asked === 'en' ? 'english' : 'indic';
  return asked === 'en' ? 'fromEnglish' : 'intoEnglish';
}

/** The pair of the question's language and its best passage's: which model judges it (its own language's when nothing was found). */
export function answeredPair(index: SearchIndex, considered: Considered): LanguagePair {
  const best = considered.ranked[0];
  const { language, romanized } = considered.plan.reading;
  return languagePair(language, best === undefined ? language : index.article(best.hit.passage.articleId)!.language, romanized);
}

/**
 * How many of the best passages the spread over articles is read from. Measured (npm run calibrate, XQuAD
 * dev, unanswerable abstained, against 287/295/249/179 without the feature for hi/en/en-on-hi/hi-on-en):
 * 3: 289/298/247/186; 5: 287/299/249/200; 10: 287/295/249/178. (Counted as the share of the spread the
 * corpus allows, 0 for one article, the fit left it out within a language and one paraphrase-dev question
 * more was abstained.)
 */
const SPREAD_OF = 5;

/**
 * A word found only by its sound counts as found when the passage holds its whole key (of three
 * consonants or more: STRENGTH.key), not a key one consonant off (STRENGTH.nearKey, 0.6): across the
 * whole of a corpus some word is nearly always one consonant off a long word's key (सेप्टीसीमिया,
 * septicemia: potassium). Measured (npm run calibrate, XQuAD dev, Hindi questions over English text):
 * 183 of 325 unanswerable abstained at 0.7, 182 at 0.8 (no key of three consonants either), 178 counting
 * every likeness.
 */
const SOUNDS_ALIKE = 0.7;

/**
 * A question word is known to the corpus when some passage holds it in a form at least this sure: itself,
 * its stem or concept, a whole key of four consonants or more (0.8), a dictionary translation of a word
 * of one sense (DICTIONARY_STRENGTH; a word of n senses gives each 0.75/√n, so a word of many senses is
 * not known by them); not a key of three consonants or one consonant off, nor a far WordNet sense, which
 * some word of a large corpus nearly always matches. A Bengali word reaches English only through the
 * Hindi word of its sound (at most 0.6), so across languages it is known by its own sound key, never by a
 * translation. Measured (npm run calibrate, XQuAD dev, unanswerable abstained): Hindi 277 -> 287 of 325,
 * English 294 -> 295, English over Hindi 246 -> 249, Hindi over English 183 -> 179; at 0.8 (no translation)
 * one paraphrase-dev question more abstained, at 0.7 none gained. A word the lexicon reads as a kind of a
 * broader concept the corpus holds is known by it too (फिरौती, ransom, where the articles write only that
 * the sum was demanded): the reader knows the word, and the articles hold what it is a kind of. No XQuAD
 * dev question changed by it; "फिरौती?" and "মুক্তিপণ কত ছিল?" had abstained over the bundled corpus.
 * A word's own sound key makes it known only through a word of another script (Fresno, फ्रेस्नो) or
 * another spelling of it in its own (फ्रेसनो, फ्रेस्नो), not through a word of its own script that shares
 * only its sound classes (फ्रेस्नो, प्रसन्न; see `heard`). Measured (npm run calibrate, XQuAD dev,
 * unanswerable abstained, false abstentions held at 18 of 612): counting a key only across scripts,
 * read from the article's language, Hindi 284 -> 290 of 325, English 295 -> 299, across languages
 * unchanged; then, with the dictionary's Hindi synonyms in (293 and 298), spellings of the word counted
 * and the script read from the word that holds the key: 294 and 297; the word's own key required of
 * the word that holds it (not a near key), English over Hindi 248 -> 250.
 */
const KNOWN_BY = DICTIONARY_STRENGTH;

/** How many of the passages that hold a sound key are read for the word behind it (`heard`), those of articles in another script first. */
const HOLDERS_READ = 10;
/** How many of the passages that hold a sound key are looked through (by their article's language only) for those of another script. */
const HOLDERS_SCANNED = 2000;
/** How many passages are read for all of a question's sound keys together: a long question of made-up words costs no more. */
const QUESTION_READS = 40;

/**
 * Whether the corpus holds a question word's alternative as that word: any alternative but the word's own
 * sound key, which counts only through a word whose own key it is (not a key one consonant off, which the
 * index also holds), written in another script (फ्रेस्नो in English text: Fresno) or in the same script with
 * the same consonants as written, another spelling of the word (फ्रेसनो, फ्रेस्नो; Riverton, Reverton); not a
 * word of its own script that shares only the key's sound classes (फ्रेस्नो, प्रसन्न: f and p are one
 * class; Verton, Burton). A native word's key in an English word is a coincidence (`Alt.inEnglish`) and
 * does not count. Read off at most HOLDERS_READ passages that hold the key, of articles in another script
 * first, within the question's `budget` of reads: a question with more such words than the budget reads
 * has its later ones unheard. `heardKeys` keeps what each key gave each spelling, so that a word asked
 * twice is read once.
 */
function heard(index: SearchIndex, a: Alt, budget: { reads: number }, heardKeys: Map<string, boolean>): boolean {
  const { soundOf } = a;
  if (!soundOf) return true;
  const key = termKey(a.field, a.term);
  const asked = `${key} ${soundOf.script} ${soundOf.consonants} ${a.inEnglish === undefined ? '' : 'native'}`;
  const known = heardKeys.get(asked);
  if (known !== undefined) return known;
  if (budget.reads <= 0) return false;
  const holders = index.holders(a.field, a.term, HOLDERS_SCANNED);
  const inOwnScript = (id: number) => LANGUAGE_SCRIPTS[index.article(index.passages[id]!.articleId)!.language] === soundOf.script;
  const read = [...holders.filter((id) => !inOwnScript(id)), ...holders.filter(inOwnScript)].slice(0, HOLDERS_READ);
  let found = false;
  for (const id of read) {
    if (found || budget.reads <= 0) break;
    budget.reads--;
    const { text } = index.analyzed(id);
    found = text.tokens.some((token, i) => {
      if (!text.keys[i]!.has(key) || !tokenTerms(token).keys.includes(a.term)) return false;
      const script = scriptOf(token.norm[0] ?? '');
      if (script === soundOf.script) return writtenConsonants(token.norm, script) === soundOf.consonants;
      return script !== 'latn' || a.inEnglish === undefined;
    });
  }
  heardKeys.set(asked, found);
  return found;
}

/**
 * Whether a passage the answer may draw on holds a value of the kind asked: the best passage, those that
 * score near enough it to give the answer's value (SUPPORT_SHARE), and the sentences beside the best in its
 * paragraph, which its quote runs into (context.ts; "হামলার ফলে … ব্যাক-আপ সার্ভার ডাউন হয়ে যায়" after the
 * sentence that gives the hour). A value is one of the kind (typeStrength), a measure's beside its unit
 * (how long: a number of days, not any number), or a count in words without a number (लाखों मरीजों).
 */
function valueNear(index: SearchIndex, considered: Considered): boolean {
  const { plan, ranked } = considered;
  const best = ranked[0]!;
  const holds = (text: AnalyzedText, typed: number) => (plan.measured ? typed >= 1 : typed > 0) || (plan.type === 'count' && !plan.measured && text.tokens.some((t) => vagueQuantityOf(t.norm) !== undefined));
  if (ranked.some((r) => r.score >= best.score * SUPPORT_SHARE && holds(r.text, r.typed))) return true;
  return index.besideInParagraph(best.hit.id).some((id) => {
    const { text } = index.analyzed(id);
    const passage = index.passages[id]!;
    const article = index.article(passage.articleId)!;
    return holds(text, typeStrength(plan, { text, body: article.body, offset: passage.start, language: article.language }));
  });
}

/** A passage's words, normalized: two passages so alike say the same thing word for word. */
const wordingOf = (r: Ranked) => r.text.tokens.map((t) => t.norm).join(' ');

/**
 * Whether the question is about someone or something no article names: it names people, places or bodies
 * (names, and words typed in lower case that no English word is: "kharagpur") and no article mentions any
 * of them in any form (uncovered.ts `unmentioned`, which the answer then names). It asks about an incident
 * the articles do not report, and whatever passage it finds is another incident's ("how many trains were
 * delayed at kharagpur" over articles of Itarsi's signal failure): its other words (trains, delayed) are
 * what any such incident's article holds, so the fit, which weighs `named` against them, answered it. Such
 * a question is abstained whatever its features. Judged when the question and its best passage are in one
 * language (or Hindi and Bengali), and across English and an Indic language only when the lexicon knows every
 * name the question gives (मुंबई, Mumbai: its concept is found in any language): otherwise a name is found
 * across them only by its sound, and a short one's key is too loose a finding for a rule. (So judged,
 * "मुंबई में होर्डिंग गिरने से कितने लोगों की मौत हुई?" over an English article of Nagpur's hoarding is abstained,
 * which the fit had answered at its threshold; no XQuAD question changed.) Measured (npm run calibrate, refitted,
 * unanswerable abstained Hindi/English/English over Hindi/Hindi over English; without it 292/301/259/254):
 * as it is, 292/301/259/254, and incident-dev's kharagpur question abstained (17 -> 18 of 42; its mysuru
 * question too while a Hindi word of the name's sound did not count as a mention, but so did Dahej, which the
 * Hindi articles write as दहेज, dowry); with a name mentioned only when `heard` (the same consonants as
 * written, in its own script) 292/303/259/254, but a name misspelt by a letter (Gavande, Deshmuk, Pimpalwadi)
 * abstained; applied across languages too, 292/303/230/252, as it took 36 answerable English-over-Hindi
 * questions.
 */
export function namesOnlyUnmentioned(index: SearchIndex, considered: Considered): boolean {
  const { plan, content, ranked } = considered;
  const named = plan.units.flatMap((u, i) => (u.entity && content[i]! > 0 ? [i] : []));
  if (named.length === 0) return false;
  const across = ranked.length > 0 && !SAME_LANGUAGE_PAIRS.includes(answeredPair(index, considered));
  if (across && !named.every((i) => plan.units[i]!.alts.some((a) => a.field === 'concept' && !a.broader))) return false;
  const nowhere = new Set(unmentioned(index, considered));
  return named.every((i) => nowhere.has(i));
}

/** The features of a considered question, undefined when nothing was found at all. */
export function abstentionFeatures(index: SearchIndex, considered: Considered): Record<AbstentionFeature, number> | undefined {
  const { plan, ranked, content, frequencies, results } = considered;
  const best = ranked[0];
  if (!best) return undefined;
  const total = content.reduce((a, b) => a + b, 0);
  const share = (w: number) => (total === 0 ? 0 : w / total);
  let rarest = -1;
  content.forEach((w, i) => {
    if (rarest < 0 || w > content[rarest]!) rarest = i;
  });
  const missing = Math.max(0, ...content.map((w, i) => share(w * (1 - best.matches[i]!))));
  // a word the corpus holds only by a chance likeness (a short key, one consonant off, a weak sense, the
  // sound of another word of its own script) is not known
  const budget = { reads: QUESTION_READS };
  const heardKeys = new Map<string, boolean>();
  const holdsSurely = (a: Alt, i: number) =>
    a.broader ? index.documentFrequency(a.field, a.term) > 0 : frequencies[i]! > 0 && (a.slip ? a.strength / STRENGTH.slip : a.strength) >= KNOWN_BY && index.documentFrequency(a.field, a.term) > 0;
  // its other alternatives first: a word they make known spends none of the reads its sound key needs
  const knownUnits = plan.units.map((u, i) => content[i]! > 0 && (u.alts.some((a) => !a.soundOf && holdsSurely(a, i)) || u.alts.some((a) => a.soundOf !== undefined && holdsSurely(a, i) && heard(index, a, budget, heardKeys))));
  const isKnown = (i: number) => knownUnits[i]!;
  const known = share(content.reduce((sum, w, i) => sum + (isKnown(i) ? w : 0), 0));
  // how surely the passage itself holds each unit: its strongest alternative there (a two-consonant key is a weak likeness)
  const heldWeight = content.reduce((sum, w, i) => sum + w * best.held[i]!, 0);
  const passage = share(heldWeight);
  const articleId = best.hit.passage.articleId;
  const inArticle = results.articleFound.get(articleId) ?? new Set<string>();
  const title = index.titleTerms(articleId);
  const holds = (i: number) => best.matches[i]! > 0 || plan.units[i]!.alts.some((a) => inArticle.has(termKey(a.field, a.term)) || title.has(termKey(a.field, a.term)));
  const article = share(content.reduce((sum, w, i) => sum + (holds(i) ? w : 0), 0));
  const unknown = Math.max(0, ...content.map((w, i) => (!isKnown(i) ? share(w) : 0)));
  const across = !SAME_LANGUAGE_PAIRS.includes(answeredPair(index, considered));
  const passageScript = LANGUAGE_SCRIPTS[index.article(articleId)!.language];
  // a word reaches the passage's language only by its sound when no alternative is a concept, a number or a word in that script
  const bySound = (i: number) =>
    plan.units[i]!.alts.some((a) => KEY_FIELDS.has(a.field)) && !plan.units[i]!.alts.some((a) => a.field === 'concept' || a.field === 'num' || ((a.field === 'stem' || a.field === 'text') && scriptOf(a.term[0] ?? '') === passageScript));
  const soundWeight = across ? content.reduce((sum, w, i) => sum + (bySound(i) ? w : 0), 0) : 0;
  const sounded = soundWeight === 0 ? 1 : content.reduce((sum, w, i) => sum + (bySound(i) && best.held[i]! >= SOUNDS_ALIKE ? w * best.held[i]! : 0), 0) / soundWeight;
  const contentUnits = content.filter((w) => w > 0).length;
  // a passage another article carries word for word (a story two outlets ran alike, a line a roundup
  // quotes) is the same evidence as the best article's: it stands neither against the best passage nor
  // apart from it; each wording counts once, for the best article when it holds it
  const bestArticle = best.hit.passage.articleId;
  const wording = new Map(ranked.map((r) => [r, wordingOf(r)]));
  const bestWords = new Set(ranked.filter((r) => r.hit.passage.articleId === bestArticle).map((r) => wording.get(r)));
  const articleOf = (r: Ranked) => (bestWords.has(wording.get(r)) ? bestArticle : r.hit.passage.articleId);
  const other = ranked.find((r) => articleOf(r) !== bestArticle);
  const margin = best.score <= 0 ? 0 : other ? Math.max(0, 1 - other.score / best.score) : 1;
  const firstWorded = new Map<string, Ranked>();
  for (const r of ranked) if (!firstWorded.has(wording.get(r)!)) firstWorded.set(wording.get(r)!, r);
  const first = [...firstWorded.values()].slice(0, SPREAD_OF);
  return {
    coverage: best.coverage,
    coverageLog: Math.log(Math.max(best.coverage, 0.01)),
    passage,
    rarest: rarest < 0 ? 0 : best.matches[rarest]!,
    missing,
    known,
    article,
    unknown,
    named: best.named,
    sounded,
    valueless: VALUE_TYPES.has(plan.type) && !valueNear(index, considered) ? 1 : 0,
    // (a thing asked by the number that designates it asks for a code, as a count asks for a number)
    typed: plan.type === 'thing' && plan.designated === undefined ? 1 : best.typed,
    margin,
    units: Math.log1p(contentUnits),
    spread: new Set(first.map(articleOf)).size / first.length,
    together: contentUnits === 0 ? 0 : content.filter((w, i) => w > 0 && best.held[i]! >= SURE_ALTERNATIVE).length / contentUnits,
    alone: !across ? 0 : heldWeight === 0 ? 1 : Math.max(...content.map((w, i) => w * best.held[i]!)) / heldWeight,
  };
}

/**
 * How answerable, by a model, a question with these features is (as the fit scores its examples): a
 * probability under the fit's classes, the answerable weighing ANSWERABLE_WEIGHT times as much, so it is
 * read only against the model's threshold, not as the share of such questions the articles answer.
 */
export const modelProbability = (model: LogisticModel & { features: readonly AbstentionFeature[] }, features: Record<AbstentionFeature, number>) => probability(model, model.features.map((name) => features[name]));

/** How answerable, by the model for its language pair, the question is (see modelProbability): 0 when nothing was found, or it names only what no article names (namesOnlyUnmentioned). */
export function answerability(index: SearchIndex, considered: Considered, models: AbstentionModels = ABSTENTION_MODELS): number {
  if (namesOnlyUnmentioned(index, considered)) return 0;
  const f = abstentionFeatures(index, considered);
  return f ? modelProbability(models[answeredPair(index, considered)], f) : 0;
}

/** Whether to say the articles do not answer the question. */
export function shouldAbstain(index: SearchIndex, considered: Considered, models: AbstentionModels = ABSTENTION_MODELS): boolean {
  // (the rule first: a question it abstains needs no features, whose reads of the corpus cost more)
  if (namesOnlyUnmentioned(index, considered)) return true;
  const f = abstentionFeatures(index, considered);
  if (!f) return true;
  const model = models[answeredPair(index, considered)];
  return modelProbability(model, f) < model.threshold;
}
