import type { AnalyzedQuery, FieldTerms } from '../lang/analyze.js';
import type { AnswerType } from '../lang/interrogatives.js';

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
export const PLACE_CONCEPTS = new Set([
  'country', 'city', 'state', 'capital', 'office', 'hospital', 'village', 'house', 'world',
  'india', 'delhi', 'kolkata', 'mumbai', 'bengal', 'china', 'pakistan', 'russia', 'north-korea', 'ukraine', 'aiims', 'safdarjung',
]);
export const ACTOR_CONCEPTS = new Set([
  'person', 'vip', 'politician', 'celebrity', 'journalist', 'public', 'user', 'family', 'student', 'hacker', 'police', 'official',
  'director', 'minister', 'prime-minister', 'chief-minister', 'spokesperson', 'government', 'agency', 'committee', 'expert',
  'doctor', 'nurse', 'staff', 'patient', 'accused', 'gang', 'state-actor', 'chinese', 'company', 'army', 'court',
  'delhi-police', 'ifso', 'special-cell', 'nia', 'cbi', 'ib', 'cert-in', 'nic', 'icmr', 'drdo', 'health-ministry', 'home-ministry', 'it-ministry',
]);

/** The answer type a question asks for: its question word's, made precise by what it asks about. */
export function answerType(query: AnalyzedQuery): AnswerType {
  const concepts = new Set(query.units.flatMap((u) => u.alts.filter((a) => a.field === 'concept').map((a) => a.term)));
  const aboutMoney = [...concepts].some((c) => MONEY_CONCEPTS.has(c));
  const asks = query.asks ?? 'thing';
  if (aboutMoney && (asks === 'count' || asks === 'thing')) return 'money';
  return asks;
}

/** Time words that name a particular moment, not just a unit of time. */
const MOMENT_CONCEPTS = new Set([...TIME_CONCEPTS].filter((c) => !['time', 'hour', 'minute', 'week', 'month', 'year'].includes(c)));

/**
 * Words that only restate what is asked ("who is behind…", "what is the name of…", "is believed"):
 * they say nothing about which passage is meant, so they weigh little.
 */
export const FRAMING_CONCEPTS: Record<AnswerType, Set<string>> = {
  person: new Set(['origin', 'name', 'believe']),
  place: new Set(['name', 'believe']),
  count: new Set(['number', 'total', 'believe']),
  money: new Set(['amount', 'number', 'believe']),
  time: new Set(['time', 'date', 'believe']),
  thing: new Set(['name', 'believe']),
};

const isYear = (n: string) => /^(?:19|20)\d\d$/.test(n);

/**
 * How surely a passage's terms hold a value of the kind a question asks for, from 0 (not at all) to 1:
 * a clock time or a weekday is a time, a bare "hour" only perhaps; two actors are surer than one.
 */
export function answerTypeStrength(terms: FieldTerms, type: AnswerType): number {
  const concepts = [...new Set(terms.concept)];
  const numbers = terms.num.filter((n) => !n.includes(':'));
  switch (type) {
    case 'count':
      return numbers.some((n) => !isYear(n)) ? 1 : 0;
    case 'money':
      return numbers.length > 0 && concepts.some((c) => MONEY_CONCEPTS.has(c)) ? 1 : 0;
    case 'time':
      if (terms.num.some((n) => n.includes(':')) || concepts.some((c) => MOMENT_CONCEPTS.has(c))) return 1;
      return concepts.some((c) => TIME_CONCEPTS.has(c)) ? 0.4 : 0;
    case 'person':
      return Math.min(1, concepts.filter((c) => ACTOR_CONCEPTS.has(c)).length / 2);
    case 'place':
      return concepts.some((c) => PLACE_CONCEPTS.has(c)) ? 1 : 0;
    case 'thing':
      return 0;
  }
}
