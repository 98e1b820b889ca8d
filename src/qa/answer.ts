import { spanText, type Span } from '../corpus/clean.js';
import { unitConcepts, type AnalyzedText } from '../lang/analyze.js';
import { PERSON } from '../lang/data/concepts.js';
import type { Language } from '../lang/script.js';
import type { Passage } from '../corpus/passages.js';
import { LANGUAGE_WORDS, isAscii, isDenial } from '../lang/words.js';
import { sayReadout } from '../lang/readout.js';
import { foldDigits } from '../lang/normalize.js';
import type { SearchIndex } from '../search/index.js';
import { extractAnswer, sameValue, type ShortAnswer } from './extract.js';
import { shouldAbstain } from './abstain.js';
import { alike, leadValue, SURE_TYPED, type Answering } from './lead.js';
import { consider } from './consider.js';
import { contextOf, joined } from './context.js';
import type { QuestionPlan } from './question.js';
import { SURE_ALTERNATIVE, unitPositions } from './passage.js';
import { SUPPORT_SHARE, type Ranked } from './rank.js';
import type { Answer, Citation } from './types.js';
import { uncoveredParts } from './uncovered.js';

/** Most citations an answer carries. */
export const MAX_CITATIONS = 3;
/**
 * With no short answer the quotes are the answer: the passages down to this share of the best are
 * quoted, whatever kind of value they hold, so that the reader sees the nearest evidence, not one guess.
 */
const QUOTES_ONLY_SHARE = 0.6;
/** A passage from another source that answers differently must be this close to the best to count as disagreement. */
const DISSENT_COVERAGE = 0.75;
/** Passages read for a short answer score at least this share of the best: below it, a passage answers another question. */
const CONSIDERED_SHARE = 0.45;
/** Articles suggested when the corpus has no answer. */
const SUGGESTIONS = 3;

export interface AskOptions {
  id?: string;
  /** The asker's language when the question itself does not tell (only names, say): a choice or a locale. */
  fallbackLanguage?: Language;
}

/** Where a span of the body stands in the quote, whose whitespace runs are single spaces. */
function inQuote(body: string, passageStart: number, span: ShortAnswer): { start: number; end: number } {
  const start = body.slice(passageStart, span.start).replace(/\s+/g, ' ').length;
  return { start, end: start + span.text.length };
}

/** A citation of a passage, or of the sentences `span` quotes around it (context.ts), with where its short answer stands in the quote. */
function cite(index: SearchIndex, passage: Passage, answer: ShortAnswer | undefined, span: Span = passage): Citation {
  const article = index.article(passage.articleId)!;
  return {
    source: article.id,
    title: article.title,
    outlet: article.outlet,
    language: article.language,
    url: article.url,
    published: article.published,
    quote: spanText(article.body, span),
    start: span.start,
    end: span.end,
    highlight: answer ? inQuote(article.body, span.start, answer) : null,
  };
}

/** The short answer one passage, analyzed as `text`, gives the question. */
function extract(index: SearchIndex, passage: Passage, text: AnalyzedText, plan: QuestionPlan): ShortAnswer | undefined {
  const article = index.article(passage.articleId)!;
  return extractAnswer(plan, { text, body: article.body, offset: passage.start, language: article.language });
}

/** A source that says "no ransom was demanded" answers "none": a word of denial, or the lexicon's concept of it. */
const denies = (r: Ranked) => r.text.tokens.some((t) => isDenial(t.norm)) || r.text.concepts.some((cs) => cs.includes('deny'));

/** The lexicon's concepts of saying and claiming (कहना, দাবি, according to): a passage that holds one reports a source. */
const REPORTING = new Set(['say', 'claim']);
/** Whether a passage reports what a source says or claims ("ग्रामीणों का कहना है कि…", "স্থানীয় বাসিন্দাদের দাবি, …"). */
const reports = (text: AnalyzedText) => text.concepts.some((cs) => cs.some((c) => REPORTING.has(c)));

/** Whether a passage itself (not its title or article) surely holds one of the question's content words. */
const holdsAWord = (plan: QuestionPlan, r: Ranked) =>
  plan.units.some((_u, i) => !plan.framing[i] && r.held[i]! >= SURE_ALTERNATIVE);

/** The articles nearest the question, then the first others: what the reader can ask about instead. */
function suggestions(index: SearchIndex, ranked: Ranked[]) {
  const articleIds = new Set<string>();
  for (const r of ranked) {
    if (articleIds.size >= SUGGESTIONS) break;
    articleIds.add(r.hit.passage.articleId);
  }
  for (const a of index.articles) {
    if (articleIds.size >= SUGGESTIONS) break;
    articleIds.add(a.id);
  }
  return [...articleIds].map((articleId) => {
    const a = index.article(articleId)!;
    return { source: a.id, title: a.title, outlet: a.outlet, language: a.language };
  });
}

/** Read the tables questions need (WordNet, the bilingual dictionary) before the first question: a server calls it while it loads its index. */
export { prepareQuestionReading as prepareAnswering } from '../lang/analyze.js';

/**
 * Whether a reading tells the reader more than the span: it has words, or numbers the span does not write as
 * it does ("15 days" read "15" tells nothing, nor "45 people" read "৪৫"; "পাঁচ জন" read "5" and "11.40 pm" read "23:40" do).
 */
function tellsMore(reading: string, span: string, reader: Language): boolean {
  if (/\p{L}/u.test(reading)) return reading !== span;
  // (by the digits the reader reads: ASCII ones and those of their own script, "45 people" read "৪৫" telling a
  // Bengali reader nothing more; another script's are no digits to them, so "৮ জনের" read "8" tells an English
  // or a Hindi reader the number)
  const own = LANGUAGE_WORDS[reader].readout.digits;
  const written = [...span].map((ch) => (own.includes(ch) ? String(own.indexOf(ch)) : ch)).join('');
  return (foldDigits(reading).match(/\d+/g) ?? []).some((digits) => !written.includes(digits));
}

/** Answer a question from the index: a short answer, the sentences that give it, where they come from. */
export function ask(index: SearchIndex, question: string, opts: AskOptions = {}): Answer {
  const considered = consider(index, question);
  const { plan, ranked } = considered;
  const { type, reading } = plan;
  const base = {
    ...(opts.id !== undefined ? { id: opts.id } : {}),
    question,
    language: reading.confident ? reading.language : (opts.fallbackLanguage ?? reading.language),
  };
  const best = ranked[0];
  // whether the articles answer it: a model fitted on the dev sets' answerable and unanswerable questions (npm run calibrate)
  if (!best || shouldAbstain(index, considered)) {
    const uncovered = uncoveredParts(index, considered, question);
    return { ...base, answer: null, abstained: true, conflict: false, citations: [], suggestions: suggestions(index, ranked), uncovered };
  }

  // extraction is cached: the lead, the conflict and the support steps read the same passages
  const extracted = new Map<Ranked, ShortAnswer | undefined>();
  const answerOf = (r: Ranked) => {
    if (!extracted.has(r)) extracted.set(r, extract(index, r.hit.passage, r.text, plan));
    return extracted.get(r);
  };
  // the passages that give a short answer and rank near the best: the best passage whatever it holds,
  // others only when they hold a value of the asked kind
  const answering: Answering[] = [];
  for (const r of ranked) {
    if (r.score < best.score * CONSIDERED_SHARE) break;
    if (r !== best && type !== 'thing' && r.typed === 0) continue;
    const answer = answerOf(r);
    if (answer) answering.push({ r, answer });
  }
  // of several values the question does not choose among, the one the articles lead with, the others
  // quoted below it. When the best passage gives no value (it states the incident, "the affected
  // servers"), a value below it is the answer only when several values are near and the articles
  // clearly lead with one: a value below the best alone is too often another question's answer
  // (and, from another article, only when its passage covers the question as the best does: one that lacks a
  // word the best holds, as another incident's article lacks its place, answers another question)
  const lead = leadValue(answering);
  const sameStory = (r: Ranked) => r.hit.passage.articleId === best.hit.passage.articleId || alike(r, best);
  const led = lead && (answering[0]!.r === best || (lead.clear && answering[0]!.r.score >= best.score * SUPPORT_SHARE && sameStory(lead.lead.r))) ? lead : undefined;
  const first = led?.lead.r ?? best;
  const short = led ? led.lead.answer : answerOf(best);
  const alternatives = led?.others ?? [];

  const chosen: { passage: Passage; answer: ShortAnswer | undefined }[] = [{ passage: first.hit.passage, answer: short }];
  const quoted = new Set([spanText(index.article(first.hit.passage.articleId)!.body, first.hit.passage)]);
  const take = (passage: Passage, answer: ShortAnswer | undefined) => {
    const quote = spanText(index.article(passage.articleId)!.body, passage);
    if (quoted.has(quote) || chosen.length >= MAX_CITATIONS) return false;
    quoted.add(quote);
    chosen.push({ passage, answer });
    return true;
  };
  // what each article near the best says of the asked kind: an article that gives two values speaks
  // of two things (five servers hacked, 20 of 50 scanned), so another source giving either is no dissent
  const valuesOf = new Map<string, ShortAnswer[]>();
  for (const c of answering) {
    const id = c.r.hit.passage.articleId;
    valuesOf.set(id, [...(valuesOf.get(id) ?? []), c.answer]);
  }
  const states = (articleId: string, answer: ShortAnswer) => (valuesOf.get(articleId) ?? []).some((v) => sameValue(v, answer));
  const otherThing = (r: Ranked, other: ShortAnswer, answer: ShortAnswer) => states(first.hit.passage.articleId, other) || states(r.hit.passage.articleId, answer);

  // another source on the same incident that gives a different count, amount or time, or denies it, is shown second;
  // two sources naming different people or things need not disagree, so names are not compared
  let conflict = false;
  const comparable = type === 'count' || type === 'money' || type === 'time';
  for (const r of ranked) {
    if (r === first || !comparable || r.hit.passage.articleId === first.hit.passage.articleId) continue;
    if (r.coverage < first.coverage * DISSENT_COVERAGE || r.named < first.named) continue;
    const other = answerOf(r);
    // a different value counts only when it is as surely the thing asked about (six servers, not 1,200 computers)
    const differs = short !== undefined && other !== undefined && !sameValue(other, short) && !otherThing(r, other, short) && r.typed >= Math.min(first.typed, SURE_TYPED);
    const denial = short !== undefined && other === undefined && denies(r) && !denies(first);
    if ((differs || denial) && take(r.hit.passage, other)) {
      conflict = true;
      break;
    }
  }
  // within one article, the sentence right before or after the answer's, in its paragraph, that gives another value
  // of the same kind in a report of its own source, holding every word of the question the answer's holds, is a
  // second source the article quotes: "जिला प्रशासन के अनुसार … पांच लोगों की मौत … हालांकि, ग्रामीणों का कहना है कि मरने
  // वालों की संख्या सात है"
  // (counts and sums only: the sentence beside one time most often dates another thing, "1559 … 1550 और 1580 के बीच")
  if (!conflict && (type === 'count' || type === 'money') && short !== undefined) {
    // (every word of the question the answer's own sentence holds, but people, which every sentence has: a
    // count of the injured beside the dead, of the suspects sought beside those arrested, of the injured's sum
    // beside the dead's, holds another word)
    const about = plan.units.filter((u, i) => !plan.framing[i] && !unitConcepts(u).includes(PERSON) && unitPositions(first.text, u).length > 0);
    // (the sentence after it first, then the one before)
    for (const id of about.length === 0 ? [] : index.besideInParagraph(first.hit.id).reverse()) {
      const passage = index.passages[id]!;
      const { text } = index.analyzed(id);
      const other = extract(index, passage, text, plan);
      const same = other !== undefined && other.value?.kind === short.value?.kind && !sameValue(other, short);
      if (same && reports(text) && about.every((u) => unitPositions(text, u).length > 0) && take(passage, other)) {
        conflict = true;
        break;
      }
    }
  }
  for (const o of alternatives) take(o.r.hit.passage, o.answer);
  // the first quote runs on into the sentence beside it that holds words of the question it lacks (context.ts);
  // that sentence is not quoted again below it
  // (with no short answer, a value beside is no other: "Peyton Manning became…" then "He is… at age 39")
  const context = contextOf(index, considered, first, chosen.map((c) => c.passage), (passage, text) => {
    if (short === undefined) return false;
    const other = extract(index, passage, text, plan);
    return other !== undefined && !sameValue(other, short);
  });
  if (context) quoted.add(spanText(index.article(context.articleId)!.body, context));
  // then passages that support the answer (or, with no short answer, the nearest others)
  for (const r of ranked) {
    if (chosen.length >= MAX_CITATIONS || r.score < best.score * (short ? SUPPORT_SHARE : QUOTES_ONLY_SHARE)) break;
    if (r === first || (short && type !== 'thing' && r.typed === 0)) continue;
    // a nearest other passage must hold some of the question's words itself, not only through its headline
    if (!short && !holdsAWord(plan, r)) continue;
    const answer = answerOf(r);
    // a further quote supports the answer; one that gives another value is a conflict or another thing, handled above
    if (short && answer && !sameValue(answer, short)) continue;
    take(r.hit.passage, answer);
  }

  const article = index.article(first.hit.passage.articleId)!;
  // the reading is in the language of the bot's own words (a question of names alone is read in the asker's
  // locale's); a reader of romanized Hindi or Bengali reads Latin script, and gets the English reading. A Latin
  // transliteration of a name is for a reader of Latin script; other readings (digits and the reader's words)
  // for a reader of another language than the span's, a Hindi reader of "over 37 million passengers" too
  // ("3,70,00,000 से अधिक"), but not an English reader of a span in Latin script already
  const reader: Language = reading.romanized ? 'en' : base.language;
  const readsLatin = reader === 'en';
  const readout = short?.readout;
  const withReading = readout?.kind === 'latin' ? readsLatin : (article.language !== reader || reading.romanized) && !(readsLatin && isAscii(short?.text ?? ''));
  const said = readout && withReading ? sayReadout(readout, reader) : '';
  const shownReading = said !== '' && short !== undefined && tellsMore(said, short.text, reader) ? said : undefined;
  return {
    ...base,
    answer: short?.text ?? null,
    ...(shownReading !== undefined ? { reading: shownReading } : {}),
    abstained: false,
    conflict,
    citations: chosen.map(({ passage, answer }, k) => cite(index, passage, answer, k === 0 && context ? joined(passage, context) : passage)),
  };
}
