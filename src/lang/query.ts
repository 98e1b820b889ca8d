import type { Field } from './fields.js';
import { interrogativeType, isInterrogative, queryHeadAt, questionPhraseAt, type AnswerType } from './interrogatives.js';
import { NEAR_MIN_CONSONANTS, keyConsonants, mayBeHeardAs, soughtKeys, writtenConsonants } from './keys.js';
import { englishTranslations, hindiSynonyms, hindiTranslations, indicTranslations, isNativeWord, loadDictionary, translationKeys, type Translation } from './dictionary.js';
import { concept, conceptKeys, doerKeys, matchConcepts, withParents, type ConceptMatch } from './lexicon.js';
import { decadeMatches } from './decades.js';
import { phraseBreaks } from './concepts.js';
import { ordinalMatches } from './ordinals.js';
import { canonicalNumber, writtenAsYear } from './numbers.js';
import { readingOf, stopLanguage, type Reading } from './reading.js';
import { LANGUAGE_SCRIPTS, scriptOf, type Script } from './script.js';
import { isPersonStem } from './english.js';
import { isCompoundWord, isShortInflected, isWord, loadSpellings, spellings, swappedFunctionWord } from './spelling.js';
import { isStopword } from './stopwords.js';
import { ONE_SPACE, hyphenJoined, tokenTerms, type TokenTerms } from './terms.js';
import { timeTerm } from './time.js';
import { asksClockAt, endsAsGenitive, isInCapitals, isClauseQuestionWord, isCoordinator, isMannerNounWord, isPossessive, isQuestionAuxiliary, isQuestionParticle, isTypedGenitiveMarker, isVerbFinal, isVocative, isYesNoComplementizer, requestPhraseAt, romanizedBases, romanizedReendings, spelledQuestionWord, topicPhraseAt, uncontracted } from './words.js';
import { tokenize, type Token } from './tokenize.js';
import { valuesOf } from './values.js';
import { WORDNET_MAX_WORDS, loadWordnet, wordnetConcepts } from './wordnet.js';

/**
 * The question reader: a question's reading, its question words and what they ask for, and its
 * content units, each with every way it may be found in a passage. It runs the same word stages as
 * passages do (terms.ts, values.ts, the lexicon), so a unit's alternatives are the terms a passage
 * holds.
 */

/** One alternative way a question word can be found in a passage. */
export interface Alt {
  field: Field;
  term: string;
  /** How strongly finding it counts as finding the word (1 = the word itself). */
  strength: number;
  /**
   * A broader concept the word is a kind of (a ransom is a demand): a passage that holds it speaks of
   * the thing only loosely, so it counts for less and does not decide how rare the word is.
   */
  broader?: true;
  /**
   * For a sound key: the share of its strength it keeps in an English passage, when less than all.
   * A Hindi or Bengali word that the dictionary translates into English words of another sound
   * (अध्यक्ष: chairman) is the language's own word, not a loanword or a name, so an English word of
   * its sound is a coincidence; in a Bengali or Hindi passage the same key is most often its cognate.
   */
  inEnglish?: number;
  /**
   * For a sound key of the question word itself: the script the word is written in and its consonants
   * as written (keys.ts writtenConsonants). In text of that script a word that shares the key is the
   * word spelled otherwise only when it has the same consonants (फ्रेसनो, फ्रेस्नो); with others it only
   * sounds alike through the key's classes (फ्रेस्नो, प्रसन्न), which across scripts is what the key is for.
   */
  soundOf?: { script: Script; consonants: string };
  /**
   * Found through a word the question's word may be a slip of the keyboard for (slipAlts): its strength is
   * STRENGTH.slip of what it has for that word. Whether the corpus holds the word meant is read from the
   * strength the alternative has for that word (abstain.ts `known`), as a slip is no rarer a word.
   */
  slip?: true;
  /**
   * For a concept of one part of a compound word (lexicon.ts compoundOf: স্বাস্থ্যমন্ত্রী, health and
   * minister): which part. A passage holds the word as far as it holds every part (rank.ts unitMatch), not
   * by one of them, as it would by one of a word's senses.
   */
  part?: number;
}

/** A content word, number or lexicon phrase of a question, with every way it may be found. */
export interface QueryUnit {
  /** The words as the question has them. */
  raw: string;
  /** The positions of its first and last tokens in the question. */
  at: number;
  end: number;
  alts: Alt[];
  /** A name of a place, institution or people: it says which incident is meant. */
  entity: boolean;
  /**
   * For an entity, that it is a word of a question typed in lower case that no English word is (bharuch), or a
   * Hindi or Bengali word nothing knows that an English article writes as a name (CorpusNames): a name by a guess,
   * which says which incident is meant but weighs no more than a common word of its rarity.
   */
  guessed?: true;
}

/**
 * What a corpus says of a question's words, for the question reader, which knows no articles: the one who asks
 * of a corpus passes it in (qa/consider.ts).
 */
export interface CorpusNames {
  /** Whether an English article writes a word of one of these sound keys as a name: capitalized, not opening its sentence. */
  writtenAsName(keys: readonly Alt[]): boolean;
}

/**
 * A word's own sound keys that tell a name well enough to look it up (CorpusNames): of four consonants or more,
 * or of three with the vowel the word is heard with (ইটারসি, Itarsi: atrs~I); not a shorter key, which many
 * words share, nor one a consonant off.
 */
const nameKeys = (alts: readonly Alt[]) => alts.filter((a) => a.soundOf !== undefined && ((a.field === 'key' && a.strength >= keyStrength(4)) || (a.field === 'voweled' && a.strength >= keyStrength(3))));

export interface AnalyzedQuery {
  /** The question as asked. */
  text: string;
  reading: Reading;
  tokens: Token[];
  /** Interrogatives found, normalized ("how many" as one). */
  interrogatives: string[];
  /** The kind of answer the question words ask for, if they say. */
  asks: AnswerType | undefined;
  /** Where the question word that says so stands. */
  asksAt: number | undefined;
  /**
   * The time word a question asks a time by, as its concept: right after its question word ("what year",
   * किस साल, कौन से साल: year) or in its question phrase (কত সালে: year).
   */
  asksTimeBy?: string;
  /** Content units, in the order of the question. */
  units: QueryUnit[];
  /** Whether a request opens it after its auxiliary ("can you tell me the ransom?"): it asks for what it names, not yes or no. */
  requestOpens: boolean;
  /** Where the question itself opens: its first token that is no request or vocative ("bro, was the ransom paid?": was). */
  opensAt: number;
  /**
   * Whether it asks yes or no, which no span of the articles is (its quotes answer it): an English question
   * that opens with an auxiliary and has no question word (did AIIMS pay the ransom?, were five servers
   * hacked?), not one that opens with a month and its year ("May 2023 ransom?") nor a request ("can you
   * tell me the ransom?"). Hindi and Bengali ask yes or no with the particle that also asks what (क्या,
   * কি), and no reading of their word order tells the two apart surely: such a question is left to ask
   * what it names.
   */
  yesNo: boolean;
}

/** The lexicon concepts a unit means, in the order of its alternatives (not the broader ones it is a kind of). */
export const unitConcepts = (unit: QueryUnit): string[] => unit.alts.filter((a) => a.field === 'concept' && !a.broader).map((a) => a.term);

/**
 * Whether a unit names a kind of person (player, artist, खिलाड़ी, राजा): at least half of its English
 * readings at their strongest, its own stem or the dictionary's translations of it, are nouns whose
 * commonest sense names a person (english.ts isPersonStem). "Which player", "किस खिलाड़ी ने" ask who.
 */
export function namesPerson(unit: QueryUnit): boolean {
  const english = unit.alts.filter((a) => a.field === 'stem' && !a.broader && scriptOf(a.term[0] ?? '') === 'latn');
  const strongest = Math.max(0, ...english.map((a) => a.strength));
  const readings = english.filter((a) => a.strength === strongest);
  return readings.length > 0 && readings.filter((a) => isPersonStem(a.term)).length * 2 >= readings.length;
}

/**
 * Concepts that, right after "what" or "which", make the question ask for a time: "what time",
 * किस दिन, কোন মাসে. After "how many" they are what is counted (कितने दिन: how many days).
 */
const TIME_WORDS = new Set(['time', 'date', 'hour', 'week', 'month', 'year', 'morning', 'evening', 'night']);
/** The time word a question that asks the hour of the clock asks by (data clockQuestions: कितने बजे, কটায়). */
const CLOCK = 'hour';

/** How strongly a sound key of so many consonants counts: a long key is seldom shared by chance, a short one often. */
export const keyStrength = (consonants: number) => (consonants >= 4 ? 0.8 : consonants === 3 ? 0.7 : 0.45);

/**
 * How strongly finding a unit's alternative in each field counts as finding the word. A cross-script
 * key is weaker the shorter it is: short keys collide (see `npm run eval -- --keys` for the measured
 * rates on a corpus).
 */
export const STRENGTH = {
  text: 1,
  stem: 0.95,
  concept: 0.85,
  /** The broader concept a lexicon concept is a kind of (ransom → demand), for a question word whose own concept a passage lacks. */
  broader: 0.5,
  num: 1,
  key: (key: string) => keyStrength(keyConsonants(key)),
  /** A key one consonant away from a long word's own (keys.ts `nearKeys`): most often the same name, spelled a letter differently. */
  nearKey: 0.6,
  /**
   * The share of its strength a native Hindi or Bengali word's sound key keeps in an English passage
   * (Alt.inEnglish), and an English word's key on a native word (the `native` field): measured on XQuAD
   * hi-on-en after recalibrating, 1 (no change) 47.4% evidence@1 and 152 of 325 unanswerable abstained;
   * 0.5 49.3% and 163; 0.25 49.8% and 164; 0 49.3% and 168. The other way, on en-on-hi, a first version
   * that marked native keys inside the `key` field gave, ranked without abstention, 51.8% first at 1,
   * 52.5% at 0.75, 53.3% at 0.5, 53.6% at 0.25 and 53.1% at 0; the `native` field at 0.5 gives 52.9%.
   */
  nativeKeyInEnglish: 0.5,
  /**
   * The share of its strength a translation keeps for a word capitalized inside an English question, which
   * may be a name as well as a common word in a title (translationAlts). Measured on XQuAD en-on-hi,
   * ranked without abstention: 0 (no translation) 53.6% first and 71.2% in the first three; 0.5 54.4% and
   * 72.4%; 0.75 and 1 54.4% and 73.0%. Half: such a word is as often a name (Rose, Bush) as a word of a title.
   */
  capitalizedTranslation: 0.5,
  /** The share of their strength the alternatives of a word a slip may have made of a known one keep (slipAlts). */
  slip: 0.8,
  /** The share they keep when the word may be a slip for that one word alone (ransum: ransom). */
  slipAlone: 0.9,
  /**
   * The share of its strength (its two translations' together) a Hindi word's synonym through English
   * keeps (synonymAlts). Measured on XQuAD hi-on-hi after recalibrating (evidence first, in the first
   * three, unanswerable Hindi questions abstained of 325, against 68.8%, 83.8% and 290 without): 0.8
   * 69.1%, 83.5%, 292; 1 69.3%, 83.3%, 293; 1.2 69.0%, 83.0%, 294. Before recalibrating, 7 fewer answerable
   * questions fell under the threshold: a question worded in other words than its passage is found surer.
   */
  hindiSynonym: 1,
} as const;

/**
 * At most this many unknown words of a question are looked up as slips (slipAlts), the first ones: each
 * look-up walks the vocabulary's tree (some tenths of a millisecond, a few for a long word), and a question
 * of dozens of unknown words is no typing slip.
 */
const MAX_SLIP_WORDS = 6;
/** Of those, the first this many are also read whole (spelling.ts editedStems), a look-up of about two milliseconds each. */
const MAX_WHOLE_SLIP_WORDS = 2;

/** The fewest letters of a lower-case English word nothing knows that is read as a name (query units: bharuch, itarsi). */
const MIN_LOWER_NAME = 4;

/** A word of a lexicon phrase counts this much of the phrase: the phrase's concept is the surer find. */
const PHRASE_WORD_SHARE = 0.5;

/**
 * A word's alternatives of its own form: itself, its stems and its sound keys. A key finds the words of
 * its sound in two fields: `key` (loanwords, names, Bengali words) and `native` (Hindi words of the
 * language's own, see fields.ts). A Hindi or Bengali word finds both alike (in the other Indic language
 * a word of its sound is most often the same word); an English word finds a native one more weakly, as
 * the two sounding alike is a coincidence more often than not.
 */
function wordAlts(t: TokenTerms): Alt[] {
  const soundOf = t.script && { script: t.script, consonants: writtenConsonants(t.token.norm, t.script) };
  const keys: Alt[] = [
    ...t.keys.flatMap(soughtKeys).map((k) => ({ field: 'key' as const, term: k, strength: STRENGTH.key(k), ...(soundOf && { soundOf }) })),
    ...t.near.map((k) => ({ field: 'key' as const, term: k, strength: STRENGTH.nearKey, ...(soundOf && { soundOf }) })),
  ];
  const nativeShare = t.script === 'latn' ? STRENGTH.nativeKeyInEnglish : 1;
  return [
    { field: 'text', term: t.token.norm, strength: STRENGTH.text },
    ...t.stems.map((s) => ({ field: 'stem' as const, term: s, strength: STRENGTH.stem })),
    // (an Indic word's key as the English and Bengali words that may be heard so hold it, in their field of it)
    ...keys.map((a) => (mayBeHeardAs(a.term) ? { ...a, field: 'voweled' as const } : a)),
    ...keys.filter((a) => !mayBeHeardAs(a.term)).map((a) => ({ ...a, field: 'native' as const, strength: a.strength * nativeShare })),
    ...keys.flatMap((a) => nearAlts(a, nativeShare)),
  ];
}

/**
 * A key's alternatives among the passages' keys a consonant away (fields.ts `near`, `nearNative`): a word one
 * consonant from the asked one counts at most STRENGTH.nearKey, whichever side of the two writes the consonant.
 * Only a key as long as such a key can be looks there.
 */
function nearAlts(a: Alt, nativeShare: number): Alt[] {
  if (mayBeHeardAs(a.term) || keyConsonants(a.term) < NEAR_MIN_CONSONANTS - 1) return [];
  const strength = Math.min(a.strength, STRENGTH.nearKey);
  return [
    { ...a, field: 'near', strength },
    { ...a, field: 'nearNative', strength: strength * nativeShare },
  ];
}

/** Concepts reached through WordNet, as alternatives: their strengths are below STRENGTH.concept by construction (wordnet-format.ts). */
/**
 * The keys a word matches the lexicon and the WordNet table by (lexicon.ts conceptKeys); a romanized Hindi or
 * Bengali question's words are no English nouns of a doer, whatever their endings (serverer: server's).
 */
const lexiconKeys = (t: TokenTerms, reading: Reading) => (reading.romanized ? t.stems : conceptKeys(t.token.norm, t.stems));

/**
 * A Latin word of an act also reaches, as a broader sense, the one who does it, where English writes its doer on
 * the same stem (attack: attacker, a hacker; report: reporter): a question of who attacked, or of servers that were
 * attacked, is met by the attackers a passage names. Not the other way: residents are no residence.
 */
function doerAlts(t: TokenTerms, reading: Reading, concepts: readonly string[]): Alt[] {
  if (t.script !== 'latn' || t.token.numeric || lexiconKeys(t, reading).some((k, i) => k !== t.stems[i])) return [];
  const doers = matchConcepts([doerKeys(t.stems)]).flatMap((m) => m.concepts).filter((c) => !concepts.includes(c));
  return doers.map((term) => ({ field: 'concept' as const, term, strength: STRENGTH.broader, broader: true as const }));
}
const wordnetAlts = (stems: readonly string[]): Alt[] => wordnetConcepts(stems).map((c) => ({ field: 'concept' as const, term: c.concept, strength: c.strength }));

/** A word's concepts and the broader ones they are kinds of; a compound's each marked with its part. */
function conceptAlts(concepts: readonly string[], parts: readonly (readonly string[])[] | undefined): Alt[] {
  if (!parts) return [...concepts.map((c) => ({ field: 'concept' as const, term: c, strength: STRENGTH.concept })), ...broaderAlts(concepts)];
  return parts.flatMap((own, part) => [...own.map((c) => ({ field: 'concept' as const, term: c, strength: STRENGTH.concept })), ...broaderAlts(own)].map((a) => ({ ...a, part })));
}

/**
 * The broader concepts of a question word's concepts (ransom → demand, ransomware → malware), for the
 * passage that speaks of the thing in more general words. Names do not widen: another hospital is not AIIMS.
 */
function broaderAlts(concepts: readonly string[]): Alt[] {
  const own = new Set(concepts);
  const broader = new Set<string>();
  for (const c of concepts) {
    if (concept(c)?.entity) continue;
    for (const parent of withParents(c)) if (!own.has(parent)) broader.add(parent);
  }
  return [...broader].map((term) => ({ field: 'concept' as const, term, strength: STRENGTH.broader, broader: true as const }));
}

/**
 * A word's translations into the other language of the bilingual dictionary, as stems the index holds:
 * an English word's Hindi words, a Hindi word's English ones. An acronym is not translated, nor a
 * number. A capitalized word may be a name, matched across scripts by its sound, or a common word
 * capitalized in a title (the Northern Railway: उत्तर): its translations count for
 * STRENGTH.capitalizedTranslation of theirs.
 */
function translationAlts(t: TokenTerms, index: number, english: boolean, romanized: boolean): Alt[] {
  if (t.token.numeric || isAcronym(t.token)) return [];
  // an English word typed among romanized Hindi or Bengali ("bus ka driver pakda gaya?") is translated as in
  // an English question, by its stems as written: not by the bases its romanized endings leave (logo: log); and
  // only a word as long as ROMANIZED_ENGLISH or longer, as shorter romanized words are English words as often by
  // chance (mat, bat, par: मत, बात, पर)
  if (romanized && t.script === 'latn') return t.token.norm.length >= ROMANIZED_ENGLISH ? translationAlts(tokenTerms(t.token), index, true, false) : [];
  const share = looksLikeName(t.token, index) ? STRENGTH.capitalizedTranslation : 1;
  const stem = (tr: Translation): Alt => ({ field: 'stem', term: tr.term, strength: tr.strength * share });
  // an English word reaches a Bengali passage by its Hindi translations' keys: words of the language's own, or loanwords
  // (जिला's `jl.I` finds জেলা, which may be heard so, in the field of such keys)
  const keyed = (tr: Translation): Alt[] =>
    soughtKeys(tr.term).flatMap((term) => {
      const key: Alt = { field: 'key', term, strength: tr.strength * share };
      return mayBeHeardAs(term) ? [{ ...key, field: 'voweled' }] : [key, { ...key, field: 'native' }, ...nearAlts(key, 1)];
    });
  if (t.script === 'latn' && english) return [...t.stems.flatMap(hindiTranslations).map(stem), ...t.stems.flatMap(translationKeys).flatMap(keyed)];
  // a Hindi word by its stems, a Bengali one through the Hindi word of the same sound (আক্রমণ, आक्रमण: attack)
  return indicTranslations(t).map(stem);
}

/** How many letters a word of a romanized question needs to be translated as English (translationAlts). */
const ROMANIZED_ENGLISH = 4;

/**
 * A Hindi word is found in a Hindi passage that words the same thing in other words of the language
 * (मृत्यु, मरण: death) by the dictionary's Hindi translations of its English ones, weakly; its own stems
 * are not among them.
 */
function synonymAlts(t: TokenTerms): Alt[] {
  if (t.script !== 'deva' || t.token.numeric) return [];
  const own = new Set(t.stems);
  const found = new Map<string, number>();
  for (const stem of t.stems) for (const s of hindiSynonyms(stem)) if (!own.has(s.term)) found.set(s.term, Math.max(found.get(s.term) ?? 0, s.strength * STRENGTH.hindiSynonym));
  return [...found].map(([term, strength]) => ({ field: 'stem' as const, term, strength }));
}

/**
 * A word of the question's own script that none of the reader's tables knows may be a slip of the
 * keyboard for one they do, one letter away (hackd: hack, हेकर: हैकर; spelling.ts): it is also found as
 * that word would be, its stem, concepts and the broader ones they are kinds of (ransum: ransom, a
 * demand), English WordNet concepts and translations, for STRENGTH.slip of their strength; not by its
 * sound keys, which a guessed word would spread wide.
 */
function slipAlts(t: TokenTerms, whole: boolean): Alt[] {
  const english = t.script === 'latn';
  const readings = spellings(t.stems[0] ?? '', t.script, whole ? t.token.norm : undefined);
  // (a slip with one reading is surer than one with two)
  const share = readings.length === 1 ? STRENGTH.slipAlone : STRENGTH.slip;
  return readings.flatMap((stem): Alt[] => {
    const concepts = matchConcepts([[stem]]).flatMap((m) => m.concepts);
    const translations = concepts.length > 0 ? [] : english ? hindiTranslations(stem) : englishTranslations(stem);
    return [
      { field: 'stem' as const, term: stem, strength: STRENGTH.stem },
      ...concepts.map((c) => ({ field: 'concept' as const, term: c, strength: STRENGTH.concept })),
      ...broaderAlts(concepts),
      ...(english && concepts.length === 0 ? wordnetAlts([stem]) : []),
      ...translations.map((tr) => ({ field: 'stem' as const, term: tr.term, strength: tr.strength })),
    ].map((a) => ({ ...a, strength: a.strength * share, slip: true as const }));
  });
}

/** A word's alternatives of its own form: its sound keys weaker in English text when it is a native word (see `isNativeWord`). */
function ownAlts(t: TokenTerms, translations: readonly Alt[]): Alt[] {
  const alts = wordAlts(t);
  return isNativeWord(t, translations) ? alts.map((a) => (a.field === 'key' || a.field === 'voweled' || a.field === 'near' ? { ...a, inEnglish: STRENGTH.nativeKeyInEnglish } : a)) : alts;
}

/** A rank's or a decade's concept, as an alternative (ordinals.ts, decades.ts): the 10th and the tenth are one, the 70s and the 1970s. */
const valueConceptAlts = (m: ConceptMatch): Alt[] => m.concepts.map((c) => ({ field: 'concept' as const, term: c, strength: STRENGTH.concept }));

/** An acronym in Latin script: AIIMS, IFSO (a token written in capitals, two or more). */
export const isAcronym = (t: Token) => isInCapitals(t.raw);

/** Written like a name in Latin script: an acronym (AIIMS, IFSO) or capitalized inside the sentence. */
function looksLikeName(t: Token, index: number): boolean {
  return t.raw.length >= 2 && (isAcronym(t) || (index > 0 && /^\p{Lu}\p{Ll}/u.test(t.raw)));
}

/**
 * A word of a romanized Hindi or Bengali question that the lexicon does not know as written is also read
 * without the endings its language writes onto words (hackeron: hacker, manga: mang, serverer: server):
 * its stems and sound keys are those of each base too, so the lexicon's romanized forms and the article's
 * words find it as they find the base.
 */
function withRomanizedBases(t: TokenTerms, reading: Reading): TokenTerms {
  // (a word the lexicon knows as written is that word: chini is Chinese, not also chin, China)
  if (!reading.romanized || t.script !== 'latn' || t.token.numeric || matchConcepts([lexiconKeys(t, reading)]).length > 0) return t;
  const cut = romanizedBases(t.token.norm, reading.language);
  // (and as the lexicon writes the base with another ending, a common word's: girne, the lexicon's girna; never
  // a name's, as patni is no Patna)
  const relisted = romanizedReendings(t.token.norm, reading.language)
    .map((norm) => tokenTerms({ ...t.token, norm }))
    .filter((x) => {
      const found = matchConcepts([lexiconKeys(x, reading)]).flatMap((m) => m.concepts);
      return found.length > 0 && found.every((c) => !concept(c)?.entity);
    });
  const bases = [...cut.map((norm) => tokenTerms({ ...t.token, norm })), ...relisted];
  if (bases.length === 0) return t;
  const merged = (pick: (x: TokenTerms) => readonly string[]) => [...new Set([t, ...bases].flatMap(pick))];
  return { ...t, stems: merged((x) => x.stems), keys: merged((x) => x.keys), near: merged((x) => x.near) };
}

/**
 * A question word typed short (wat, hw) or with the verb written onto it (what's, who's, whats, and wat's)
 * is read as the question word, in a question written in its own script (a romanized one's words are its
 * language's: वो is "wo"); and in an English question a function or question word typed with two letters
 * swapped (teh, waht) as that word, unless it is written with a capital, as a name is, other than a question
 * word opening the question (spelling.ts `swappedFunctionWord`).
 */
function asQuestionWord(t: Token, english: boolean, first: boolean): Token {
  if (isInterrogative(t.norm)) return t;
  const word = spelledQuestionWord(t.norm) ?? uncontracted(t.norm) ?? (english ? swappedWord(t, first) : undefined);
  return word === undefined ? t : { ...t, norm: word };
}

/** The function or question word an English word typed with two letters swapped is: in small letters, or capitalized first in the question as a question word (Waht was…, not Nad Ali…). */
function swappedWord(t: Token, first: boolean): string | undefined {
  if (t.raw !== t.norm && !first) return undefined;
  const word = swappedFunctionWord(t.norm);
  return word !== undefined && (t.raw === t.norm || isInterrogative(word)) ? word : undefined;
}

/**
 * Whether a word of a question is a function word of its language. An English word in a question in
 * another script ("Tom and Jerry का") is read by English's function words, unless it is written in
 * capitals: an acronym (WHO ने, IT विभाग, US में) names what is asked about.
 */
function isQuestionFunctionWord(t: Token, reading: Reading): boolean {
  const acronym = t.raw.length >= 2 && t.raw === t.raw.toUpperCase() && t.raw !== t.norm;
  const latin = reading.romanized || (scriptOf(t.norm[0] ?? '') === 'latn' && !acronym);
  return isStopword(t.norm, stopLanguage(reading)) || (latin && isStopword(t.norm, 'en'));
}

/**
 * The words of a question that only ask it politely, ask for the news of something or call the one asked
 * (data requestWords, topicPhrases, vocatives). A request word frames wherever it stands; a phrase of more
 * words where it opens the question (after function words and other requests only), follows a comma, or
 * closes a question in a language that puts its verb last (nothing but function and question words after
 * it). A topic phrase of the question's language frames where it opens the question, unless an auxiliary
 * opens it ("Were details of patients leaked?"), or closes it. A vocative frames where it opens the
 * question, closes it or stands apart by a comma, unless a genitive or a possessive ties it to the
 * question (भाई का नाम, आरोपी का भाई, उसके भाई, অভিযুক্তের ভাই). And whether a request phrase follows the
 * question's own opening auxiliary ("can you tell me…", "please, could you tell me…") with no "if" after
 * it: then it asks for what it names; "did AIIMS pay the ransom, bro?" still asks yes or no.
 */
function requestsIn(text: string, tokens: readonly Token[], reading: Reading, functionWords: readonly boolean[]): { at: Set<number>; opens: boolean; opensAt: number } {
  const norms = tokens.map((t) => t.norm);
  const at = new Set<number>();
  const { language } = reading;
  const between = (a: number, b: number) => (a >= 0 && b < tokens.length ? text.slice(tokens[a]!.end, tokens[b]!.start) : '');
  const functionWord = (k: number) => functionWords[k]!;
  const opening = (k: number) => Array.from({ length: k }, (_v, j) => j).every((j) => at.has(j) || functionWord(j));
  const closing = (k: number) => Array.from({ length: tokens.length - k }, (_v, j) => k + j).every((j) => functionWord(j) || isInterrogative(norms[j]!));
  // the question's own first word: the first that no request took
  const firstOwn = () => {
    let j = 0;
    while (at.has(j)) j++;
    return j;
  };
  const tied = (k: number) =>
    (k + 1 < tokens.length && isTypedGenitiveMarker(norms[k + 1]!, language)) ||
    (k > 0 && (isTypedGenitiveMarker(norms[k - 1]!, language) || isPossessive(norms[k - 1]!) || endsAsGenitive(norms[k - 1]!)));
  let opens = false;
  for (let i = 0; i < tokens.length; i++) {
    const comma = between(i - 1, i).includes(',');
    const request = requestPhraseAt(norms, i);
    const topic = request === 0 ? topicPhraseAt(norms, i, language) : 0;
    const n = request || topic;
    const closes = n > 0 && closing(i + n);
    const frames =
      request === 1 ||
      (request > 1 && (opening(i) || comma || (closes && isVerbFinal(language)))) ||
      (topic > 0 && ((opening(i) && !isQuestionAuxiliary(norms[firstOwn()] ?? '')) || closes));
    if (frames) {
      const own = firstOwn();
      if (request > 1 && own < i && isQuestionAuxiliary(norms[own]!) && opening(i) && !isYesNoComplementizer(norms[i + n] ?? '')) opens = true;
      for (let k = i; k < i + n; k++) at.add(k);
      i += n - 1;
      continue;
    }
    if (!isVocative(norms[i]!) || tied(i)) continue;
    const apart = comma || between(i, i + 1).includes(',');
    if (apart || opening(i) || closing(i + 1)) at.add(i);
  }
  return { at, opens, opensAt: firstOwn() };
}

export function analyzeQuery(text: string, corpus?: CorpusNames): AnalyzedQuery {
  const typed = tokenize(text);
  const reading = readingOf(text, typed);
  const tokens = reading.romanized ? typed : typed.map((t, i) => asQuestionWord(t, reading.language === 'en', i === 0));
  const terms = tokens.map((t) => withRomanizedBases(tokenTerms(t), reading));
  const units: QueryUnit[] = [];
  const interrogatives: string[] = [];
  const used = new Set<number>();
  const { numbers: phrases, times } = valuesOf(text, tokens, reading.language, reading.romanized);

  // times and tokens both run in text order: one pointer walks the tokens once for all the times
  let k = 0;
  for (const t of times) {
    while (k < tokens.length && tokens[k]!.start < t.start) k++;
    const inside: number[] = [];
    for (let i = k; i < tokens.length && tokens[i]!.start < t.end; i++) if (tokens[i]!.end <= t.end) inside.push(i);
    inside.forEach((i) => used.add(i));
    units.push({ raw: text.slice(t.start, t.end), at: inside[0] ?? 0, end: inside[inside.length - 1] ?? 0, alts: [{ field: 'num', term: timeTerm(t), strength: STRENGTH.num }], entity: false });
  }
  // (a number with an ordinal suffix, 10th, 10 वीं, is one unit with it, also found by its rank: the tenth, दसवीं)
  const ordinals = ordinalMatches(text, tokens, phrases);
  const rankAt = new Map(ordinals.map((m) => [m.first, m]));
  // (and a number of a decade, the 70s, 70 के दशक, by its decade: the 1970s, 1970 के दशक)
  const decadeAt = new Map(decadeMatches(text, tokens, phrases, reading.language).map((m) => [m.first, m]));
  for (const p of phrases) {
    if (used.has(p.first)) continue;
    const rank = rankAt.get(p.first);
    const end = rank?.last ?? p.last;
    for (let i = p.first; i <= end; i++) used.add(i);
    units.push({
      raw: text.slice(tokens[p.first]!.start, tokens[end]!.end),
      at: p.first,
      end,
      alts: [{ field: 'num', term: canonicalNumber(p.value), strength: STRENGTH.num }, ...[rank, decadeAt.get(p.first)].flatMap((m) => (m ? valueConceptAlts(m) : []))],
      entity: false,
    });
  }

  // a question word capitalized inside a sentence of the question is a word of a name (Doctor Who, The
  // Who), and one in capitals an acronym (WHO); after a sentence's or a clause's end it asks ("AIIMS hack: Who…")
  const gapBefore = (i: number) => (i > 0 ? text.slice(tokens[i - 1]!.end, tokens[i]!.start) : '');
  const inName = (i: number) => i > 0 && /^\p{Lu}(\p{Ll}|\p{Lu}+$)/u.test(tokens[i]!.raw) && !/[.!?:;\-–—।॥]/u.test(gapBefore(i));
  const asking = (i: number) => isInterrogative(tokens[i]!.norm) && !inName(i);
  const functionWords = tokens.map((t) => isQuestionFunctionWord(t, reading));
  const skip = (i: number) => {
    const t = tokens[i]!;
    // a lone letter (AIIMS-e, the e of e-mail) is an ending or a prefix, not a word
    if (asking(i) || [...t.norm].length === 1) return true;
    if (functionWords[i]) return true;
    // a noun of manner with its case after it makes an adverb of the word before it (आम तौर पर: generally,
    // मुख्य रूप से: mainly): it says how, not what, as "-ly" does
    const next = tokens[i + 1];
    return isMannerNounWord(t.norm) && next !== undefined && isStopword(next.norm, stopLanguage(reading));
  };
  let asks: AnswerType | undefined;
  let asksAt: number | undefined;
  let asksTimeBy: string | undefined;
  const norms = tokens.map((t) => t.norm);
  /**
   * The time word a token is, as its concept (साल, মাসে, month: year, month); not one joined by a hyphen to
   * the next word, which makes a compound of them (वर्षा-वन: rainforest; year-on-year).
   */
  const timeWordAt = (k: number): string | undefined =>
    k < tokens.length && (k + 1 === tokens.length || gapBefore(k + 1) !== '-') ? matchConcepts([lexiconKeys(terms[k]!, reading)]).flatMap((m) => m.concepts).find((c) => TIME_WORDS.has(c)) : undefined;
  // "When many people are arrested, what is the usual tactic?": a question word that can open a clause
  // (data clauseQuestionWords) opens the question and a clause of words the comma closes; the question word
  // after the comma asks. Not when an auxiliary follows the first ("When did police arrest the hacker, who
  // was 19?", "When was the company, which…": it asks itself, and the clause after the comma is a relative
  // one), nor in a list of question words ("When, where and how"). And of two question words joined ("how
  // and when", कैसे और कब) the one of a kind asks
  const opensMainClause = (i: number) =>
    asksAt === 0 && isClauseQuestionWord(norms[0]!) && !isQuestionAuxiliary(norms[1] ?? '') && i >= 2 && gapBefore(i).includes(',');
  const asksInstead = (i: number) =>
    opensMainClause(i) || (asks === 'thing' && asksAt !== undefined && i === asksAt + 2 && isCoordinator(norms[asksAt + 1]!));
  // a second question word that asks a time by its part narrows the first that asks a time: "कब हुआ, किस टाइम"
  // (when did it happen, at what time) asks the hour
  const narrows = (type: string | undefined, timeWord: string | undefined) => type === 'time' && asks === 'time' && asksTimeBy === undefined && timeWord !== undefined;
  // what asks politely (please, tell me, बताइए, বলুন) or calls the one asked (bro, भाई) frames the question: it is read without it
  const requests = requestsIn(text, tokens, reading, functionWords);
  for (const k of requests.at) used.add(k);
  tokens.forEach((t, i) => {
    if (used.has(i)) return;
    // question phrases first: how many, कितने बजे, কটার সময়, कौन सा
    const phrase = questionPhraseAt(norms, i);
    if (phrase && phrase.words.every((_w, k) => !used.has(i + k))) {
      const end = i + phrase.words.length;
      for (let k = i; k < end; k++) used.add(k);
      interrogatives.push(phrase.words.join(' '));
      // a phrase that asks a time asks it by its time word (কত সালে: year); one that asks what, by the word after it (कौन से साल)
      let type = phrase.asks;
      let timeWord = type !== 'time' ? undefined : asksClockAt(norms, i) ? CLOCK : phrase.words.map((_w, k) => timeWordAt(i + k)).find((c) => c !== undefined);
      if (type === 'thing' && !used.has(end) && (timeWord = timeWordAt(end)) !== undefined) {
        type = 'time';
        used.add(end);
      }
      if (asks === undefined || asks === 'thing' || asksInstead(i)) {
        asks = type;
        asksAt = i;
        asksTimeBy = timeWord;
      } else if (narrows(type, timeWord)) asksTimeBy = timeWord;
      return;
    }
    if (!asking(i)) return;
    let type = interrogativeType(t.norm);
    interrogatives.push(t.norm);
    // "what time", किस दिन, কোন সময়: the word after the question word is part of the question
    let timeWord = type === 'thing' && !used.has(i + 1) ? timeWordAt(i + 1) : undefined;
    if (timeWord !== undefined) {
      type = 'time';
      used.add(i + 1);
    }
    if (type === 'time' && asksClockAt(norms, i)) timeWord = CLOCK;
    // after क्या, কি a question word of a kind asks (क्या … कितने: how many); after "what" it opens a clause
    const afterParticle = asks === 'thing' && asksAt !== undefined && isQuestionParticle(norms[asksAt]!);
    if (type && (asks === undefined || afterParticle || asksInstead(i))) {
      asks = type;
      asksAt = i;
      asksTimeBy = timeWord;
    } else if (narrows(type, timeWord)) asksTimeBy = timeWord;
  });
  // a query with no question word may open with a noun-phrase head that asks: "number of servers hacked"
  const opening = asks === undefined ? queryHeadAt(norms) : undefined;
  if (opening) {
    for (let k = 0; k < opening.words.length; k++) used.add(k);
    interrogatives.push(opening.words.join(' '));
    asks = opening.asks;
    asksAt = opening.words.length - 1;
  }

  // lexicon phrases first: "dark web", "दिल्ली पुलिस" are one unit each
  const matches = matchConcepts(
    terms.map((t, i) => (used.has(i) ? [] : lexiconKeys(t, reading))),
    terms.map((t, i) => (used.has(i) ? undefined : t.token.norm)),
    phraseBreaks(text, tokens),
  );
  const conceptAt = new Map<number, string[]>();
  const partsAt = new Map<number, string[][]>();
  for (const m of matches) {
    if (m.last > m.first) {
      const words = terms.slice(m.first, m.last + 1);
      for (let i = m.first; i <= m.last; i++) used.add(i);
      units.push({
        raw: text.slice(tokens[m.first]!.start, tokens[m.last]!.end),
        at: m.first,
        end: m.last,
        alts: [
          ...m.concepts.map((c) => ({ field: 'concept' as const, term: c, strength: 1 })),
          ...words.flatMap(wordAlts).map((a) => ({ ...a, strength: a.strength * PHRASE_WORD_SHARE })),
          ...broaderAlts(m.concepts),
        ],
        entity: m.concepts.some((c) => concept(c)?.entity) || words.some((w, k) => looksLikeName(w.token, m.first + k)),
      });
    } else {
      conceptAt.set(m.first, m.concepts);
      if (m.parts) partsAt.set(m.first, m.parts);
    }
  }

  // English words the lexicon does not know reach its concepts through WordNet, phrases first
  // ("break into"); names are left alone (a name's WordNet sense is a common word's)
  const english = reading.language === 'en' && !reading.romanized;
  const throughWordnet = (i: number) => english && !conceptAt.has(i) && terms[i]!.script === 'latn' && !tokens[i]!.numeric && !looksLikeName(tokens[i]!, i);
  if (english) {
    for (let i = 0; i < tokens.length; i++) {
      if (used.has(i) || skip(i) || !throughWordnet(i)) continue;
      for (let n = Math.min(WORDNET_MAX_WORDS, tokens.length - i); n >= 2; n--) {
        const span = Array.from({ length: n }, (_, k) => i + k);
        if (span.some((j) => used.has(j) || conceptAt.has(j) || terms[j]!.script !== 'latn')) continue;
        const alts = wordnetAlts(span.map((j) => lexiconKeys(terms[j]!, reading)[0]!));
        if (alts.length === 0) continue;
        const content = span.filter((j) => !skip(j));
        const share = content.length > 1 ? PHRASE_WORD_SHARE : 1;
        span.forEach((j) => used.add(j));
        units.push({
          raw: text.slice(tokens[i]!.start, tokens[i + n - 1]!.end),
          at: i,
          end: i + n - 1,
          alts: [...content.flatMap((j) => wordAlts(terms[j]!)).map((a) => ({ ...a, strength: a.strength * share })), ...alts],
          entity: false,
        });
        break;
      }
    }
  }

  // two words a hyphen joins are also the one word they are written as (check-in: checkin, by its stems), and
  // one word typed whole finds them joined (analysis gives a passage's two words their joined form; terms.ts hyphenJoined)
  const joined = hyphenJoined(text, tokens);
  // (to one unit only, the first word's, or the second's when the first is none: e-mail; a compound is one word)
  const compoundAlts = (i: number): Alt[] => {
    const j = joined.get(i) ?? (i > 0 && (used.has(i - 1) || skip(i - 1)) ? joined.get(i - 1) : undefined);
    return j ? j.stems.map((s) => ({ field: 'stem' as const, term: s, strength: STRENGTH.stem })) : [];
  };
  // two Hindi or Bengali content words written apart are also the one word they may be written as (विधान सभा:
  // विधानसभा, वर्षा वन: वर्षावन, বিধান সভা): each of the two finds a passage that writes it whole, which holds both.
  // Not English, which writes few compounds apart and glues words into others' ("man died": Mandi)
  const apart = hyphenJoined(text, tokens, ONE_SPACE);
  const content = (i: number) => i >= 0 && i < tokens.length && !used.has(i) && !skip(i) && (terms[i]!.script === 'deva' || terms[i]!.script === 'beng');
  const wholeAlts = (i: number): Alt[] =>
    [content(i + 1) ? apart.get(i) : undefined, content(i - 1) ? apart.get(i - 1) : undefined].flatMap((j) =>
      j ? j.stems.map((s) => ({ field: 'stem' as const, term: s, strength: STRENGTH.stem })) : [],
    );
  let slips = 0;
  // (a question typed all in lower case past its first word writes its names so too; one that capitalizes any
  // word has capitalized its names)
  const typedLower = tokens.slice(1).every((t) => !/\p{Lu}/u.test(t.raw));
  terms.forEach((t, i) => {
    if (used.has(i) || skip(i)) return;
    const concepts = conceptAt.get(i) ?? [];
    // an English word the lexicon knows crosses languages by its concept, in its sense here (hack: break
    // into a computer); the dictionary would add its other senses (hack: chop), which are noise. A Hindi
    // word keeps its translations: measured on XQuAD, they help (hi-on-en rank@1 48.9% with, 47.1% without)
    const translations = concepts.length === 0 || t.script !== 'latn' ? translationAlts(t, i, english, reading.romanized) : [];
    const wordnet = throughWordnet(i) ? wordnetAlts(lexiconKeys(t, reading)) : [];
    const synonyms = synonymAlts(t);
    // (a word nothing knows, written in the question's own script: perhaps a slip; a name is its own word)
    const unknown = !reading.romanized && t.script === LANGUAGE_SCRIPTS[reading.language] && concepts.length === 0 && translations.length === 0 && wordnet.length === 0 && !t.token.numeric && !looksLikeName(t.token, i);
    const slipped = unknown && slips < MAX_SLIP_WORDS ? slipAlts(t, slips < MAX_WHOLE_SLIP_WORDS) : [];
    if (unknown) slips++;
    // (in a question typed in lower case, an English word nothing knows, no word of English (WordNet, wink-lexicon)
    // nor two of them written as one (helpline), nor one a slip makes of a known word, is a name, as people type
    // them: "chief fire officer in bharuch", "signal failure at kharagpur")
    const lowerName = typedLower && unknown && english && slipped.length === 0 && /^\p{L}+$/u.test(t.token.norm) && t.stems.every((s) => [...s].length >= MIN_LOWER_NAME && !isWord(s, 'latn')) && !isShortInflected(t.token.norm) && !isCompoundWord(t.token.norm);
    const own = ownAlts(t, translations);
    // (a Hindi or Bengali word nothing knows that an English article writes, by its own sound, as a name is that
    // name, by a guess: ইটারসি, Itarsi; पिट्सबर्ग, Pittsburgh)
    const soundsOfName = unknown && !english && corpus !== undefined ? nameKeys(own) : [];
    const corpusName = soundsOfName.length > 0 && corpus!.writtenAsName(soundsOfName);
    units.push({
      raw: t.token.raw,
      at: i,
      end: i,
      alts: [
        ...own,
        ...conceptAlts(concepts, partsAt.get(i)),
        ...doerAlts(t, reading, concepts),
        ...wordnet,
        ...translations,
        ...synonyms,
        ...slipped,
        ...compoundAlts(i),
        ...wholeAlts(i),
        ...(rankAt.has(i) ? valueConceptAlts(rankAt.get(i)!) : []),
      ],
      entity: concepts.some((c) => concept(c)?.entity) || looksLikeName(t.token, i) || lowerName || corpusName,
      ...((lowerName || corpusName) && { guessed: true as const }),
    });
  });
  units.sort((a, b) => a.at - b.at);
  const [first, second] = tokens.slice(requests.opensAt);
  const monthOfYear = second !== undefined && second.numeric && writtenAsYear(Number(second.norm), second);
  const auxiliaryOpens = asksAt === undefined && reading.language === 'en' && !reading.romanized && isQuestionAuxiliary(first?.norm ?? '') && !monthOfYear && !requests.opens;
  return { text, reading, tokens, interrogatives, asks, asksAt, ...(asksTimeBy !== undefined ? { asksTimeBy } : {}), units, requestOpens: requests.opens, opensAt: requests.opensAt, yesNo: auxiliaryOpens };
}

/**
 * Read the question reader's larger tables (the WordNet table, the bilingual dictionary) now: they are
 * parsed on first use otherwise, and a server calls this while it loads its index, so that no asker's
 * question waits a few hundred milliseconds for them, nor holds the event loop that long.
 */
export function prepareQuestionReading(): void {
  loadWordnet();
  loadSpellings();
  loadDictionary();
}
