import type { AnalyzedQuery, FieldTerms, QueryUnit } from '../lang/analyze.js';
import type { AnswerType } from '../lang/interrogatives.js';
import { concept, withParents } from '../lang/lexicon.js';

export type { AnswerType };

/**
 * Lexicon concepts by the kind of answer they can be. They decide what a question asks for when its
 * question word does not say (What ransom…? asks for money) and which passages hold such an answer.
 */
export const MONEY_CONCEPTS = new Set(['money', 'rupee', 'dollar', 'amount', 'ransom', 'fine', 'compensation', 'cryptocurrency', 'transaction', 'wallet']);
export const TIME_CONCEPTS = new Set([
  'time', 'date', 'today', 'yesterday', 'morning', 'afternoon', 'evening', 'night', 'hour', 'minute', 'week', 'month', 'year',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
/** Named places reach these through their parent in the lexicon (@delhi>city). */
export const PLACE_CONCEPTS = new Set(['country', 'city', 'state', 'capital', 'office', 'hospital', 'village', 'house', 'world', 'dark-web', 'internet', 'website', 'social-media']);
export const ACTOR_CONCEPTS = new Set([
  'person', 'vip', 'politician', 'celebrity', 'journalist', 'public', 'user', 'family', 'student', 'hacker', 'police', 'official',
  'director', 'minister', 'prime-minister', 'chief-minister', 'spokesperson', 'government', 'agency', 'committee', 'expert',
  'doctor', 'nurse', 'staff', 'patient', 'accused', 'gang', 'state-actor', 'company', 'army', 'court', 'ministry',
]);

/** A named actor (Delhi Police, IFSO, the Chinese) answers "who" better than a kind of actor (an attacker, patients). */
function actorStrength(id: string): number {
  const chain = withParents(id);
  if (!chain.some((c) => ACTOR_CONCEPTS.has(c))) return 0;
  return concept(id)?.entity ? 1 : 0.7;
}

/**
 * What a question counts: the first content word after its question word that is not a name (how
 * many AIIMS servers → servers; কতগুলো সার্ভার → সার্ভার).
 */
export function focusUnit(query: AnalyzedQuery): QueryUnit | undefined {
  if (query.asksAt === undefined) return undefined;
  const after = query.units.filter((u) => u.at > query.asksAt!);
  return after.find((u) => !u.entity) ?? after[0];
}

/**
 * The noun phrase a "which" or "what" asks about, when it stands right after the question word
 * (which hospital services, what email address, কোন কোন পোর্টাল), head first: the head noun ends the
 * phrase in all three languages, and the words before it qualify it. Empty for "what did … do".
 */
export function whichPhrase(query: AnalyzedQuery): QueryUnit[] {
  if (query.asksAt === undefined) return [];
  let next = query.asksAt + 1;
  // repeated or compound question words: কোন কোন, किस तरह
  while (next < query.tokens.length && query.interrogatives.includes(query.tokens[next]!.norm)) next++;
  const phrase: QueryUnit[] = [];
  for (const u of query.units.filter((x) => x.at > query.asksAt!)) {
    if (u.at !== next) break;
    phrase.push(u);
    next = u.end + 1;
  }
  // Hindi and Bengali put the verb last: a phrase that runs to the question's last word ends in its verb
  // (কোন ইমেল ঠিকানা পাওয়া গেছে: the address, not "found")
  const verbFinal = query.reading.language !== 'en';
  if (verbFinal && phrase.length >= 2 && phrase[phrase.length - 1] === query.units[query.units.length - 1]) phrase.pop();
  return phrase.reverse();
}

/** The answer type a question asks for: its question word's, made precise by what it asks about. */
export function answerType(query: AnalyzedQuery): AnswerType {
  const concepts = new Set(query.units.flatMap((u) => u.alts.filter((a) => a.field === 'concept').map((a) => a.term)));
  const aboutMoney = [...concepts].some((c) => MONEY_CONCEPTS.has(c));
  const asks = query.asks ?? 'thing';
  if (aboutMoney && (asks === 'count' || asks === 'thing')) return 'money';
  return asks;
}

/** Time words that name a day: with a clock time they make the surest answer to "when". */
const DAY_CONCEPTS = new Set([...TIME_CONCEPTS].filter((c) => /day$|uary$|ch$|il$|^may$|^june?$|^july$|ust$|ber$/.test(c) || c === 'today' || c === 'yesterday'));
/** Parts of the day: a moment, less exact than a day or a clock time. */
const MOMENT_CONCEPTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * Words that only restate what is asked ("who is behind…", "what is the name of…", "is believed"):
 * they say nothing about which passage is meant, so they weigh little.
 */
export const FRAMING_CONCEPTS: Record<AnswerType, Set<string>> = {
  person: new Set(['origin', 'name', 'believe']),
  place: new Set(['name', 'believe']),
  count: new Set(['number', 'total', 'believe']),
  money: new Set(['number', 'believe', ...MONEY_CONCEPTS]),
  time: new Set(['time', 'date', 'believe']),
  thing: new Set(['name', 'believe']),
};

const isYear = (n: string) => /^(?:19|20)\d\d$/.test(n);

/**
 * How surely a passage's terms hold a value of the kind a question asks for, from 0 (not at all) to 1:
 * a clock time or a weekday is a time, a bare "hour" only perhaps; a named actor more than a kind of one.
 */
export function answerTypeStrength(terms: FieldTerms, type: AnswerType): number {
  const concepts = [...new Set(terms.concept)];
  const numbers = terms.num.filter((n) => !n.includes(':'));
  switch (type) {
    case 'count':
      return numbers.some((n) => !isYear(n)) ? 1 : 0;
    case 'money':
      return numbers.length > 0 && concepts.some((c) => MONEY_CONCEPTS.has(c)) ? 1 : 0;
    case 'time': {
      const clock = terms.num.some((n) => n.includes(':'));
      const day = concepts.some((c) => DAY_CONCEPTS.has(c));
      if (clock) return day ? 1 : 0.9;
      if (day) return 0.75;
      if (concepts.some((c) => MOMENT_CONCEPTS.has(c))) return 0.6;
      return concepts.some((c) => TIME_CONCEPTS.has(c)) ? 0.3 : 0;
    }
    case 'person': {
      // the actors named, each once (Delhi Police is not also "police"); more of them, surer
      const parents = new Set(concepts.flatMap((c) => withParents(c).slice(1)));
      const actors = concepts.filter((c) => !parents.has(c) && actorStrength(c) > 0);
      if (actors.length === 0) return 0;
      return Math.min(1, 0.85 * Math.max(...actors.map(actorStrength)) + (actors.length >= 2 ? 0.15 : 0));
    }
    case 'place':
      return concepts.some((c) => PLACE_CONCEPTS.has(c)) ? 1 : 0;
    case 'thing':
      return 0;
  }
}
