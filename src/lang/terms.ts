import { letterKeys, nearKeys, phoneticKeys } from './keys.js';
import { languageOfScript, scriptOf, type Script } from './script.js';
import { cardinalValue, multiplierValue } from './numbers.js';
import { bengaliBases, HI_PLURAL_OBLIQUE, stemEnglish, stems, withoutPossessive } from './stem.js';
import { superlativeBases } from './english.js';
import { lexiconStems } from './lexicon.js';
import { isStopword } from './stopwords.js';
import type { Token } from './tokenize.js';
import { demonymReading } from './words.js';

/**
 * The word stages of the pipeline, token by token: its script, its stems (spelling folded, then
 * endings stripped: stem.ts) and its cross-script keys, exact and near (keys.ts). A number keeps its digits as its
 * stem and has no key.
 */
export interface TokenTerms {
  token: Token;
  script: Script | undefined;
  stems: string[];
  keys: string[];
  /** Keys one consonant away from a long key (keys.ts `nearKeys`): the same name spelled a letter differently. */
  near: string[];
}

export function tokenTerms(token: Token): TokenTerms {
  const script = scriptOf(token.norm[0]!);
  if (token.numeric) return { token, script, stems: [token.norm], keys: [], near: [] };
  // a function word of its script's language (द्वारा, के, the) has no sound key: it would find names and
  // loanwords of its sound in the other scripts (डेवार, Dewar, shares द्वारा's consonants), and none of them
  // is it; a Latin one written with a capital may be a name or an acronym (US, May), and keeps its keys
  const language = languageOfScript(script);
  // nor has a number's word (lakh, लाख, পাঁচটি, five): the number is found by its value, and its sound would find
  // words of its consonants (लीक, leak: lakh)
  const capitalized = script === 'latn' && /\p{Lu}/u.test(token.raw);
  if (language !== undefined && !capitalized && (isStopword(token.norm, language) || isNumberWord(token.norm, language)))
    return { token, script, stems: stems(token.norm, script), keys: [], near: [] };
  const keys = keysOf(token.norm, script);
  // a people's or a country's adjective in English (American, Turkish, Chinese) is the name Hindi and
  // Bengali write with a final vowel (अमेरिकी, तुर्की, চীনা): its key too
  const demonym = script === 'latn' && /^\p{Lu}/u.test(token.raw) ? demonymReading(token.norm) : undefined;
  if (demonym !== undefined) for (const k of phoneticKeys(demonym, 'latn')) if (!keys.includes(k)) keys.push(k);
  // an acronym may be read letter by letter (NFL, एनएफएल) as well as as a word (NASA, नासा)
  if (ACRONYM.test(token.raw)) for (const k of letterKeys(token.raw)) if (!keys.includes(k)) keys.push(k);
  return { token, script, stems: withSuperlativeBases(token.norm, contentStems(token.norm, script)), keys, near: nearKeys(keys) };
}

/**
 * A word's stems; a Hindi plural that stems to a function word keeps its own form instead: the plural of a
 * noun of two consonants may (करों, taxes: कर, do; परों, wings: पर, on), and a passage writes the function
 * word in nearly every sentence.
 */
function contentStems(norm: string, script: Script | undefined): string[] {
  const own = stems(norm, script);
  return script === 'deva' && norm.endsWith(HI_PLURAL_OBLIQUE) && own.every((s) => isStopword(s, 'hi')) ? [norm] : own;
}

/**
 * A stem list with, for an English superlative of an adjective the lexicon knows, that adjective's stem
 * (largest: large; biggest: big; earliest: early), so the superlative finds its adjective, its concept and
 * the words other languages write for it (सबसे बड़ा: big). Not one the lexicon does not know: -est also ends
 * words of their own (interest, protest), whose readings name nothing.
 */
function withSuperlativeBases(norm: string, own: string[]): string[] {
  const written = superlativeBases(norm);
  if (written.length === 0) return own;
  const known = lexiconStems('en');
  const bases = written.map(stemEnglish).filter((s) => known.has(s) && !own.includes(s));
  return bases.length === 0 ? own : [...own, ...new Set(bases)];
}

/** Whether a normalized word is a number's word in its script's language: a cardinal (पांच, পাঁচটি, five) or a multiplier (lakh, करोड़). */
const isNumberWord = (norm: string, language: 'hi' | 'bn' | 'en') => cardinalValue(norm, [language]) !== undefined || multiplierValue(norm, [language]) !== undefined;

/** A word written in Latin capitals only, short enough to be read letter by letter. */
const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * A word's cross-script keys: one per reading of its spelling and per base, for a Bengali word whose ending
 * may be its own; an English possessive's of the word itself (Luther's, as Hindi writes लूथर के).
 */
function keysOf(norm: string, script: Script | undefined): string[] {
  const bases = script === 'beng' ? bengaliBases(norm) : script === 'latn' ? [withoutPossessive(norm)] : [norm];
  return [...new Set(bases.flatMap((b) => phoneticKeys(b, script)))];
}

/**
 * Two words a hyphen joins (check-in, सब-इंस्पेक्टर), by the position of the first, as the one word they are
 * also written as (checkin): its normalized form and stems. A passage gives both words the joined form as
 * written (text), for a question that types it whole; a question gives its first word the joined stems, for
 * a passage that writes it whole, whose stems they are. So two hyphenated writings meet by their two words
 * alone, and the joined word does not count them twice. Only words of one script, no number among them.
 * Given another `between`, the words that text parts instead (ONE_SPACE).
 */
export function hyphenJoined(text: string, tokens: readonly Token[], between: RegExp = HYPHEN): Map<number, { norm: string; stems: string[] }> {
  const out = new Map<number, { norm: string; stems: string[] }>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (a.numeric || b.numeric || !between.test(text.slice(a.end, b.start))) continue;
    const script = scriptOf(a.norm[0] ?? '');
    if (script === undefined || scriptOf(b.norm[0] ?? '') !== script) continue;
    const norm = a.norm + b.norm;
    out.set(i, { norm, stems: stems(norm, script) });
  }
  return out;
}

/** A hyphen between two words, and nothing else: one of the several a writer's keyboard may give. */
const HYPHEN = /^[-\u2010\u2011]$/u;
/** One space: two words a question writes apart that may be written as one (विधान सभा: विधानसभा; wholeAlts in query.ts). */
export const ONE_SPACE = /^ $/u;
