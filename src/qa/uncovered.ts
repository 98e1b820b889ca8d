import { KEY_FIELDS, STRENGTH, termKey, type Alt, type QueryUnit } from '../lang/analyze.js';
import type { SearchIndex } from '../search/index.js';
import type { QuestionPlan } from './question.js';
import type { Considered } from './consider.js';

/**
 * Which part of a question the articles do not cover, for an abstaining answer to say so: the asker
 * learns whether to ask about something else or to word the question otherwise.
 */

/** Most parts named: the question's heaviest gaps, not a list of its words. */
export const MAX_UNCOVERED = 3;
/**
 * Of the units the best passage lacks, those weighing at least this share of the heaviest are named:
 * a rare word the passage misses is why it does not answer; a common one beside it is not.
 */
const HEAVY_SHARE = 0.5;

/**
 * Whether finding this alternative shows that the articles speak of the word. The shortest cross-script
 * keys (fewer than three consonants, the weakest strength) match many other words (`npm run eval --
 * --keys` measures how often), so finding one does not.
 */
const WEAKEST_KEY = STRENGTH.key('');
const telling = (a: Alt) => !KEY_FIELDS.has(a.field) || STRENGTH.key(a.term) > WEAKEST_KEY;

const holds = (unit: QueryUnit, keys: ReadonlySet<string>) => unit.alts.some((a) => telling(a) && keys.has(termKey(a.field, a.term)));

/**
 * The units as the asker typed them, in the order of the question; units with nothing but spaces
 * between them ("Municipal Corporation") make one part, kept as typed.
 */
function parts(question: string, plan: QuestionPlan, units: readonly QueryUnit[]): string[] {
  const { tokens } = plan.query;
  const out: { text: string; end: number }[] = [];
  for (const u of [...units].sort((a, b) => a.at - b.at)) {
    const last = out[out.length - 1];
    const between = last && u.at === last.end + 1 ? question.slice(tokens[last.end]!.end, tokens[u.at]!.start) : undefined;
    if (last && between !== undefined && /^\s+$/u.test(between)) {
      last.text = `${last.text}${between}${u.raw}`;
      last.end = u.end;
    } else out.push({ text: u.raw, end: u.end });
  }
  return out.map((p) => p.text.trim()).filter((t) => t.length > 0);
}

/**
 * The positions of the question's units that no article mentions in any form: in no passage (the index
 * counts every term, common ones too) and in no candidate article's title, by any alternative that shows the
 * word itself (`mentions`; its own measure, not the unit's frequency: a short cross-script key found
 * somewhere does not count; an article's word written a letter otherwise, or a consonant longer, does:
 * "Pimpalwadi" for Pimpalwandi).
 */
export function unmentioned(index: SearchIndex, considered: Considered): number[] {
  const { units } = considered.plan;
  const titles = new Set<string>();
  for (const articleId of new Set(considered.results.hits.map((h) => h.passage.articleId))) for (const k of index.titleTerms(articleId)) titles.add(k);
  const found = (a: Alt) => index.documentFrequency(a.field, a.term) > 0 || titles.has(termKey(a.field, a.term));
  return units.flatMap((u, i) => {
    // (the word's own whole keys: not those a consonant short, at STRENGTH.nearKey, nor its translations' keys, which have no `soundOf`)
    const own = new Set(u.alts.filter((a) => a.field === 'key' && a.soundOf !== undefined && a.strength > STRENGTH.nearKey).map((a) => a.term));
    return u.alts.some((a) => mentions(a, own) && found(a)) ? [] : [i];
  });
}

/**
 * Whether finding an alternative shows that the articles mention the word itself: any alternative but a
 * sound key (`telling`); a sound key only when it is one of the word's own whole keys, in any field of
 * keys (a word of that sound, one a consonant longer, a Hindi word of the language's own that is also a
 * name: दहेज, Dahej), not a key a consonant short of the word's own, which finds words two consonants apart
 * (kharagpur, Nagpur).
 */
const mentions = (a: Alt, own: ReadonlySet<string>) => telling(a) && (!KEY_FIELDS.has(a.field) || ownKey(a.term, own));
/** Whether a key is one of the word's own, a voweled one with its mark or without (`ltr~U`: ltrU, ltr). */
const ownKey = (term: string, own: ReadonlySet<string>) => own.has(term.replace('~', '')) || own.has(term.split('~')[0]!);

/**
 * The parts of a question the articles do not cover, for an abstaining answer: the units no article
 * holds in any form (no passage, no candidate's title); or, when every unit is found somewhere, the
 * heaviest units the best passage lacks ("the ransom for the Mumbai attack": the ransom passage does
 * not say Mumbai), those its whole article lacks first. Of these, the heaviest (rarest, names more)
 * are named, at most MAX_UNCOVERED; a word that only restates what is asked ("the name of", "said") never
 * is. Empty when the best passage holds every unit but such words (the articles mention all of it, and do
 * not answer for another reason) or the question has no content word.
 */
export function uncoveredParts(
  index: SearchIndex,
  considered: Considered,
  /** The question as typed, which the plan's tokens point into. */
  question: string,
): string[] {
  const { plan, results, ranked, weights } = considered;
  const { units } = plan;
  if (units.length === 0) return [];

  // (a word that only restates what is asked, "the name of", said, बताया, is no part of what it is about)
  const about = (i: number) => !plan.framing[i];
  const all = units.map((_u, i) => i).filter(about);
  let pool = unmentioned(index, considered).filter(about);
  if (pool.length === 0) {
    const best = ranked[0];
    const inPassage = new Set<string>();
    const inArticle = new Set<string>();
    if (best) {
      const articleId = best.hit.passage.articleId;
      for (const k of [...best.found, ...index.titleTerms(articleId)]) inPassage.add(k);
      for (const k of [...inPassage, ...(results.articleFound.get(articleId) ?? [])]) inArticle.add(k);
    }
    const lacking = all.filter((i) => !holds(units[i]!, inPassage));
    // what the best article says nothing of is the surer gap; else what its best passage misses
    const outOfArticle = lacking.filter((i) => !holds(units[i]!, inArticle));
    pool = outOfArticle.length > 0 ? outOfArticle : lacking;
  }
  if (pool.length === 0) return [];

  const weighed = pool.map((i) => ({ u: units[i]!, w: weights[i]! })).sort((a, b) => b.w - a.w);
  const heaviest = weighed[0]!.w;
  return parts(
    question,
    plan,
    weighed
      .filter((x) => x.w >= heaviest * HEAVY_SHARE)
      .slice(0, MAX_UNCOVERED)
      .map((x) => x.u),
  );
}
