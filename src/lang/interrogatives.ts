import { normalize } from './normalize.js';

/** What kind of answer a question asks for. */
export type AnswerType = 'count' | 'money' | 'time' | 'person' | 'place' | 'thing';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map((w) => normalize(w)));

/**
 * Question words by the kind of answer they ask for, in Hindi, Bengali, English and romanized
 * Hindi/Bengali. They shape the answer, not the search: a passage need not contain "how many".
 */
export const INTERROGATIVES: [Exclude<AnswerType, 'money'>, Set<string>][] = [
  ['count', set('कितने कितनी कितना कितनों কত কতগুলো কতগুলি কতগুলোকে কতজন কতজনকে কতজনের কয়টি কয়টা কয়জন কয়জনকে কটি কটা kitne kitni kitna koto kotogulo kotogula kotojon koyta koyti')],
  ['time', set('कब কখন কবে when kab kokhon kobe')],
  ['person', set('कौन किसने किसका किसकी किसके किसको किसे किन्होंने किन्हें কে কারা কার কাকে কাদের কারা who whom whose kaun kon kisne kiska kiski kiske kara kader kake')],
  ['place', set('कहां कहाँ किधर কোথায় কোথা কোথাকার where kahan kaha kidhar kothay kotha')],
  ['thing', set('क्या किस किन कैसे क्यों কী কি কোন কোনটি কেন কীভাবে কিভাবে what which why how kya kis kin kaise kyon kyun keno kivabe kibhabe')],
];

/** English words that make one question phrase with the "how" before them, and the type it asks. */
export const HOW_PHRASES: Record<string, Exclude<AnswerType, 'money'>> = { many: 'count', much: 'count', long: 'time', often: 'count', old: 'count', far: 'count' };

const ALL = new Set(INTERROGATIVES.flatMap(([, s]) => [...s]));

export function isInterrogative(norm: string): boolean {
  return ALL.has(norm);
}

/** The answer type an interrogative word asks for, if it is one. */
export function interrogativeType(norm: string): Exclude<AnswerType, 'money'> | undefined {
  for (const [type, words] of INTERROGATIVES) if (words.has(norm)) return type;
  return undefined;
}
