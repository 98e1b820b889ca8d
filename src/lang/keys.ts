import type { Script } from './script.js';

/**
 * Cross-script keys: a word's consonant sounds in one alphabet of sound classes shared by Devanagari,
 * Bengali and Latin script, so that names and loanwords meet across scripts: server, सर्वर and
 * সার্ভার are all "srbr"; interception and इंटरसेप्शन are both "antrspsn".
 *
 * The classes: aspirated and plain consonants, dental and retroflex, b/bh/v/w, s/sh/ṣ, k/q, j/z,
 * p/ph/f are one class each; vowels are dropped except a word-initial one (written "a", and an
 * initial y-glide is one too: York, यॉर्क). Each side reads its own spelling into those classes:
 * English spelling by its rules of sound (silent letters, digraphs, soft c and g, -tion), Indic
 * spelling letter by letter (nukta letters as their base, a flap ड़ as r, anusvara as the nasal of the
 * consonant after it). Where English spelling leaves the sound open (ch in chain and in Christ, g in
 * gel and in get) a word gets one key per reading. A consonant doubled in place (ll, ck, ल्ल) is one,
 * but the same consonant in two syllables stays two; a plural -s after a consonant is dropped.
 *
 * Spelling across scripts still differs by a letter now and then (a vowel heard as a glide, a
 * consonant one side writes and the other does not): `nearKeys` gives a long key the keys one
 * consonant away, so that two long words a letter apart share one.
 */

const DEVA: Record<string, string> = {
  क: 'k', ख: 'k', ग: 'g', घ: 'g', ङ: 'n', च: 'c', छ: 'c', ज: 'j', झ: 'j', ञ: 'n',
  ट: 't', ठ: 't', ड: 'd', ढ: 'd', ण: 'n', त: 't', थ: 't', द: 'd', ध: 'd', न: 'n',
  प: 'p', फ: 'p', ब: 'b', भ: 'b', म: 'm', य: 'y', र: 'r', ल: 'l', ळ: 'l', व: 'b',
  श: 's', ष: 's', स: 's', ह: 'h', 'ं': 'n',
  // the vowel r (कृष्ण, ऋषि) is heard as r + vowel
  '\u0943': 'r', ऋ: 'r',
};

const BENG: Record<string, string> = {
  ক: 'k', খ: 'k', গ: 'g', ঘ: 'g', ঙ: 'n', চ: 'c', ছ: 'c', জ: 'j', ঝ: 'j', ঞ: 'n',
  ট: 't', ঠ: 't', ড: 'd', ঢ: 'd', ণ: 'n', ত: 't', থ: 't', দ: 'd', ধ: 'd', ন: 'n',
  প: 'p', ফ: 'p', ব: 'b', ভ: 'b', ম: 'm', য: 'j', র: 'r', ল: 'l',
  শ: 's', ষ: 's', স: 's', হ: 'h', ৎ: 't', 'ং': 'n',
  '\u09C3': 'r', ঋ: 'r',
};

const DEVA_VOWEL = /[\u0904-\u090A\u090C-\u0914\u0960\u0961\u0972-\u0977]/;
const BENG_VOWEL = /[\u0985-\u098A\u098C-\u0994\u09E0\u09E1]/;
const VIRAMA = new Set(['\u094D', '\u09CD']);
const NUKTA = new Set(['\u093C', '\u09BC']);

/** Letters that flap to r when they carry a nukta: ड़ ढ़ ড় ঢ়. */
const FLAPS = new Set(['ड', 'ढ', 'ড', 'ঢ']);
/** Lip consonants: an anusvara before them is heard as m (कैंपस, চ্যাম্পিয়ন). */
const LABIALS = new Set(['p', 'b', 'm']);

/** Keep a sound unless it repeats the one just before it with no vowel between (ll, ck, ल्ल). */
function pushSound(out: string[], sound: string, afterVowel: boolean): void {
  if (!afterVowel && out.length > 0 && out[out.length - 1] === sound) return;
  out.push(sound);
}

function indicSounds(word: string, map: Record<string, string>, vowel: RegExp, script: 'deva' | 'beng'): string[] {
  const chars = [...word];
  const out: string[] = [];
  let afterVowel = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    const prev = chars[i - 1];
    if (vowel.test(ch)) {
      // Bengali writes w as ও + য়: ওয়েব is web
      if (script === 'beng' && ch === 'ও' && next === 'য' && chars[i + 2] === '\u09BC') {
        pushSound(out, 'b', true);
        i += 2;
        afterVowel = false;
        continue;
      }
      if (out.length === 0) out.push('a');
      afterVowel = true;
      continue;
    }
    let c = map[ch];
    if (c === undefined) {
      // a vowel sign (not the vowel r) keeps apart the consonants around it; a virama, nukta or chandrabindu does not
      if (!VIRAMA.has(ch) && !NUKTA.has(ch) && ch !== '\u0901' && ch !== '\u0981') afterVowel = true;
      continue;
    }
    const nukta = next !== undefined && NUKTA.has(next);
    const joined = prev !== undefined && VIRAMA.has(prev) && i > 1;
    if (c === 'n' && (ch === 'ं' || ch === 'ং')) {
      // anusvara: the nasal of the consonant that follows it
      const after = chars[i + 1] === undefined ? undefined : map[chars[i + 1]!];
      if (after !== undefined && LABIALS.has(after)) c = 'm';
    }
    if (nukta && FLAPS.has(ch)) c = 'r';
    else if (c === 'y' || (script === 'beng' && ch === 'য' && (nukta || joined))) {
      // y is a glide inside a word (and Bengali ya-phala only colours the vowel): at the start it is the initial vowel class
      if (out.length === 0 && !nukta) out.push(script === 'beng' ? 'j' : 'a');
      afterVowel = false;
      continue;
    } else if (script === 'beng' && ch === 'ব' && joined) {
      // b-phala: বিশ্ব, স্বাস্থ্য — it doubles the consonant before it, it is not a b
      continue;
    } else if (c === 'h' && (joined || (out.length > 0 && next !== undefined && VIRAMA.has(next)))) {
      // an h joined to the consonant before it (ब्ह) writes out that consonant's aspiration; one inside a
      // word before a consonant (ब्रह्म) is as silent as English spelling leaves it (Brahma)
      continue;
    }
    // a consonant doubled through a virama (दिल्ली, ক্ক) is one sound held longer; after a consonant letter
    // with nothing between, the inherent vowel stands between, so two letters of one sound are two (जीसस: Jesus)
    const inherent = prev !== undefined && (NUKTA.has(prev) || (map[prev] !== undefined && prev !== 'ं' && prev !== 'ং'));
    pushSound(out, c, !joined && (afterVowel || inherent));
    afterVowel = c === 'r' && (ch === '\u0943' || ch === '\u09C3');
  }
  return out;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.has(ch);
const FRONT = new Set(['e', 'i', 'y']);
/** Letters with one sound class of their own. */
const LATIN_CLASS: Record<string, string> = { f: 'p', v: 'b', z: 'j', k: 'k', q: 'k', j: 'j', b: 'b', d: 'd', l: 'l', m: 'm', n: 'n', p: 'p', r: 'r', s: 's', t: 't' };
/** Silent first letters: knight, gnome, pneumonia, psychology, write. */
const SILENT_START = /^(?:kn|gn|pn|ps|wr)/;

/**
 * English spelling read as sounds: each entry is the readings of one sound (mostly one; ch and a g
 * before e/i/y have two).
 */
function latinSounds(word: string): string[][] {
  const w = word.normalize('NFD').toLowerCase().replace(/[^a-z]/g, '');
  const out: string[][] = [];
  const firsts: string[] = [];
  let afterVowel = false;
  const push = (...readings: string[]) => {
    const sound = readings[0]!;
    if (!afterVowel && firsts.length > 0 && firsts[firsts.length - 1] === sound && readings.length === 1) return;
    out.push(readings);
    firsts.push(sound);
    afterVowel = false;
  };
  let i = SILENT_START.test(w) ? 1 : 0;
  for (; i < w.length; i++) {
    const ch = w[i]!;
    const next = w[i + 1];
    const after = w[i + 2];
    if (isVowel(ch) || (ch === 'y' && i > 0)) {
      if (out.length === 0) push('a');
      afterVowel = true;
      continue;
    }
    switch (ch) {
      case 'y': // word-initial: a glide before the vowel, the initial vowel class
        push('a');
        break;
      case 'h':
        // a sound only at the start or between vowels (Mohan); after a vowel before a consonant or at the end it is silent (John, Sarah)
        if (i === 0 || (afterVowel && isVowel(next))) push('h');
        break;
      case 'c':
        if (next === 'h') {
          // chain, Christ, Chicago (शिकागो)
          push('c', 'k', 's');
          i++;
        } else if (next === 'k' || next === 'q') {
          push('k');
          i++;
        } else if (next !== undefined && FRONT.has(next)) push('s');
        else push('k');
        break;
      case 'g':
        if (next === 'h') {
          // gh: silent after i or u (night, Leigh, though, taught), otherwise the g it writes in names from
          // Indian languages and others (Ghana, Raghav, Hooghly, Karol Bagh: बाग, Baghdad, Edinburgh: एडिनबर्ग;
          // an Irish name's silent gh, Keogh, Cavanagh, is read as g too)
          const prev = w[i - 1];
          if (prev !== 'i' && prev !== 'u') push('g');
          i++;
        } else if (next === 'n' && (after === undefined || after === 's')) {
          // sign, campaigns: the g is silent
        } else if (next !== undefined && FRONT.has(next) && next !== ch) push('g', 'j');
        else push('g');
        break;
      case 'd':
        if (next === 'g' && after !== undefined && FRONT.has(after)) {
          push('j');
          i++;
        } else push('d');
        break;
      case 'p':
        push('p');
        if (next === 'h') i++;
        break;
      case 't':
        if (next === 'h') {
          push('t');
          i++;
        } else if (next === 'c' && after === 'h') {
          push('c');
          i += 2;
        } else if (next === 'i' && i > 0 && isVowel(after)) {
          // -tion, -tial: sh
          push('s');
          i++;
        } else if (w[i - 1] === 's' && /^(?:le|en)s?$/.test(w.slice(i + 1))) {
          // -stle, -sten: the t is silent (Newcastle, न्यूकैसल; listen)
          push('t', '');
        } else push('t');
        break;
      case 's':
        if (next === 'c' && after === 'h') {
          push('s');
          i += 2;
        } else if (next === 'h') {
          push('s');
          i++;
        } else if (next === 'i' && i > 0 && isVowel(after)) {
          // -sion: sh after a consonant or a doubled s (mission), zh after a vowel (vision, विज़न)
          if (afterVowel) push('s', 'j');
          else push('s');
          i++;
        } else if (afterVowel && i > 1 && ((isVowel(next) && next !== 'e') || ((next === undefined || next === 'e') && w[i - 1] !== 'e'))) {
          // a single s after a vowel may be heard as z (Louisa, Jesus, Design): ज़ and ज are one class
          push('s', 'j');
        } else if (next === 'm' && after === undefined) {
          // -ism, -asm: a z (ओरिएंटलिज़्म, टूरिज़्म)
          push('s', 'j');
        } else push('s');
        break;
      case 'w':
        if (next === 'h') {
          push('b');
          i++;
        } else if ((isVowel(next) || next === 'y') && (i === 0 || !afterVowel)) push('b');
        else if (isVowel(next)) push('b', ''); // after a vowel it may be only a glide (Lower, लोअर; but Howard, हॉवर्ड)
        break;
      case 'x':
        if (i === 0) push('j');
        else {
          push('k');
          push('s');
        }
        break;
      case 'q':
        // qu: kw (क्वीन)
        push('k');
        if (next === 'u') {
          push('b');
          i++;
          afterVowel = false;
        }
        break;
      case 'm':
        push('m');
        // final -mb, -mn: lamb, autumn
        if ((next === 'b' || next === 'n') && after === undefined) i++;
        break;
      default: {
        const c = LATIN_CLASS[ch];
        if (c !== undefined) push(c);
      }
    }
  }
  return out;
}

/**
 * English letter names as sound classes, for an acronym read letter by letter (NFL, एनएफएल, এনএফএল):
 * a name that starts with a vowel (ef, em, es) gives the initial vowel class when it comes first.
 */
const LETTER_NAMES: Record<string, string> = {
  a: 'a', b: 'b', c: 's', d: 'd', e: 'a', f: 'ap', g: 'j', h: 'ac', i: 'a', j: 'j', k: 'k', l: 'al', m: 'am',
  n: 'an', o: 'a', p: 'p', q: 'k', r: 'ar', s: 'as', t: 't', u: 'a', v: 'b', w: 'dbl', x: 'aks', y: 'b', z: 'jd',
};

/** Letters whose English names end in a consonant sound (ef, aitch, el, em, en, ar, es, ex, zed). */
const CONSONANT_LETTER_NAMES = new Set(['f', 'h', 'l', 'm', 'n', 'r', 's', 'x', 'z']);

/** The vowel first heard in a letter's English name, where it is an i or a u (bee, see; cue, you): a short key's vowel mark. */
const LETTER_VOWELS: Record<string, VowelMark> = { b: 'I', c: 'I', d: 'I', e: 'I', g: 'I', p: 'I', t: 'I', v: 'I', q: 'U', u: 'U' };

/** The keys of an acronym read letter by letter (DVB: dbb), none when it has too little to go on. */
export function letterKeys(acronym: string): string[] {
  const letters = [...acronym.toLowerCase()];
  if (!letters.every((l) => LETTER_NAMES[l] !== undefined)) return [];
  let key = letters.map((l, i) => (i === 0 ? LETTER_NAMES[l]! : LETTER_NAMES[l]!.replace(/^a/, ''))).join('');
  if (keyConsonants(key) < SHORT_KEY) return [];
  // a short key says how it ends, as a word's does: BBC ends in a vowel (see), FBI too (eye), NFL not (el)
  if (keyConsonants(key) === SHORT_KEY && !CONSONANT_LETTER_NAMES.has(letters[letters.length - 1]!)) key += VOWEL_END;
  // and the vowel heard first (बीबीसी: BBC), as an English word's keys do: the plain key and the marked one
  const vowel = LETTER_VOWELS[letters[0]!];
  return keyConsonants(key) <= VOWELED_KEY && vowel !== undefined ? [key, key + MAY_BE + vowel] : [key];
}

/** More readings than this of one word are not worth their keys: those that take the fewest other readings are kept (spell). */
const MAX_KEYS = 4;

/** How many spellings of a word's readings are looked through for the MAX_KEYS kept. */
const MAX_SPELLINGS = 64;

/**
 * The keys of a word's readings, those that take the fewest readings other than a sound's first kept first
 * (Genesis: the soft g's jnss, not only g-keys with each s heard as z), at most MAX_KEYS.
 */
function spell(sounds: string[][]): string[] {
  let keys: { key: string; others: number }[] = [{ key: '', others: 0 }];
  for (const readings of sounds) {
    const nextKeys: { key: string; others: number }[] = [];
    for (const k of keys) readings.forEach((r, j) => nextKeys.push({ key: k.key + r, others: k.others + (j > 0 ? 1 : 0) }));
    keys = nextKeys.sort((a, b) => a.others - b.others).slice(0, MAX_SPELLINGS);
  }
  return [...new Set(keys.map((k) => k.key))].slice(0, MAX_KEYS);
}

/**
 * A short key (two consonants) also says whether the word ends in a vowel sound: Mila and मिला agree,
 * Bill and बोले do not. Two consonants alone are shared by too many words.
 */
const VOWEL_END = '.';
const SHORT_KEY = 2;

/** Code point ranges of vowel letters and of vowel signs, and the nasal marks that may follow a vowel, by script. */
const VOWEL_LETTERS: Record<'deva' | 'beng', [number, number][]> = { deva: [[0x0904, 0x0914], [0x0960, 0x0961]], beng: [[0x0985, 0x0994], [0x09e0, 0x09e1]] };
const VOWEL_SIGNS: Record<'deva' | 'beng', [number, number][]> = { deva: [[0x093e, 0x094c], [0x0962, 0x0963]], beng: [[0x09be, 0x09cc], [0x09e2, 0x09e3]] };
const NASALS = new Set([0x0901, 0x0902, 0x0981, 0x0982]);
const inRanges = (ch: string | undefined, ranges: [number, number][]) => ch !== undefined && ranges.some(([lo, hi]) => ch.codePointAt(0)! >= lo && ch.codePointAt(0)! <= hi);

/** Whether a word ends in a vowel sound: a vowel sign or letter in Indic script; in English a final vowel letter, not a silent e. */
function endsInVowel(word: string, script: Script): boolean {
  if (script !== 'deva' && script !== 'beng') return /(?:[aiouy]|[aeiou]e|[aeiou]w)$/.test(word);
  const chars = [...word];
  if (chars.length > 1 && NASALS.has(chars[chars.length - 1]!.codePointAt(0)!)) chars.pop();
  const last = chars[chars.length - 1];
  return inRanges(last, VOWEL_LETTERS[script]) || inRanges(last, VOWEL_SIGNS[script]);
}

/**
 * A key of this many consonants or fewer also says, where the spelling tells it, which vowel is heard first
 * in the word (after its first consonant, or at its start): an i (इ, ई, ই, ঈ) or a u (उ, ऊ, উ, ঊ), marked
 * I or U at the key's end; any other vowel (अ, आ, ए, ओ, ऑ …) leaves the key plain. Short keys are shared
 * by different words far more often than long ones (`npm run eval -- --keys`), and across scripts a name
 * then finds a common word of its consonants: लूथर (Luther) found "later". Indic spelling writes the
 * vowel heard; English spelling leaves it open (the u of Luther is the a of but, the i of Kim the ai of
 * Mike), so an English word has its plain key and the key marked with each vowel its first vowel letters
 * may be heard as: i, e or y an i (Peter, पीटर); u, o or w a u (police, पुलिस; new, न्यू), written after a
 * tilde (`ltr~U`: heard so, may be). A Hindi or Bengali word heard with an i or a u then finds only the
 * English words whose first vowel may be it, and one heard with another vowel finds them all; two Indic
 * words of one key meet only with the same mark (किल, कल and कुल are three), except that a Bengali এ or ও,
 * which Hindi often writes as an i or a u in the same word (জেলা, जिला; দোকান, दुकान), is read as English
 * spelling is: the plain key and the one it may be heard as. What a word's keys find is
 * `soughtKeys`: an English word seeks the Indic words of each of its marks and the plain key; it never
 * seeks another English word's marks, which would find it twice.
 */
const VOWELED_KEY = 3;
type VowelMark = 'I' | 'U';
const VOWEL_MARK = /~?[IU]$/;
/** Between a key and the mark of a vowel its spelling may be heard as (English spelling, a Bengali এ or ও). */
const MAY_BE = '~';

/** Whether a key is marked with a vowel its word may be heard as (Luther's `ltr~U`, জেলা's `jl.~I`): indexed in the `voweled` field. */
export const mayBeHeardAs = (key: string) => key[key.length - 2] === MAY_BE;

/**
 * The keys a word's key finds in indexed text, where each word has its own keys: an Indic word's marked
 * key finds Indic words of its mark and the English or Bengali words that may be heard so (लूथर, `ltrU`:
 * `ltrU`, `ltr~U`); a key marked as its word may be heard finds the words heard so (Luther's `ltr~U`:
 * `ltrU`); any other key itself.
 */
export function soughtKeys(key: string): string[] {
  const mark = key[key.length - 1];
  if (mark !== 'I' && mark !== 'U') return [key];
  if (mayBeHeardAs(key)) return [key.slice(0, -2) + mark];
  return [key, key.slice(0, -1) + MAY_BE + mark];
}

/** A key without the mark of the vowel first heard (VOWELED_KEY), which English and Indic spelling tell apart: Luther's `ltr~U`, लूथर's `ltrU`, `ltr`. */
export const withoutVowelMark = (key: string) => key.replace(VOWEL_MARK, '');

/** A key without its marks: a short key's vowel ending (VOWEL_END) and its first vowel (VOWELED_KEY). */
export const bareKey = (key: string) => {
  const unmarked = withoutVowelMark(key);
  return unmarked.endsWith(VOWEL_END) ? unmarked.slice(0, -VOWEL_END.length) : unmarked;
};

/** Consonants in a key, its initial vowel class and a short key's marks not counted. */
export const keyConsonants = (key: string) => bareKey(key).replace(/^a/, '').length;

/** Vowels heard as an i: इ ई and their signs, the vowel r (ऋ, कृष्ण: kri), and the same in Bengali. */
const I_VOWELS = new Set(['इ', 'ई', '\u093F', '\u0940', 'ऋ', '\u0943', 'ই', 'ঈ', '\u09BF', '\u09C0', 'ঋ', '\u09C3']);
const U_VOWELS = new Set(['उ', 'ऊ', '\u0941', '\u0942', 'উ', 'ঊ', '\u09C1', '\u09C2']);
/** Bengali vowels written where Hindi often writes an i or a u in the same word (জেলা, जिला; দোকান, दुकान; ওমর, उमर): they may be heard so. */
const BENGALI_MAY_BE: Record<string, VowelMark> = { এ: 'I', '\u09C7': 'I', ও: 'U', '\u09CB': 'U' };

/**
 * The vowel an Indic word is first heard with: the vowel letter it starts with, or the vowel sign after
 * its first consonant or cluster (consonants joined by a virama, a nukta part of its consonant); none for
 * the inherent vowel (a consonant before another, an anusvara or a vowel letter: संजू, ज़मीन, सईद). An i
 * that begins a word before a vowel letter, or in Bengali before য়, or that stands before a u anywhere,
 * is the glide of the syllable after it (ইউনূস, ইয়র্ক: yu, yo; কিউবা, মিউজিক: kyu, myu), which is read
 * instead. `mark` when the spelling says it; `mayBe` for a Bengali এ or ও, which Hindi often writes as
 * an i or a u.
 */
function indicVowel(word: string, script: 'deva' | 'beng'): { mark?: VowelMark; mayBe: VowelMark[] } {
  const chars = [...word];
  const isLetter = (ch: string | undefined) => inRanges(ch, VOWEL_LETTERS[script]);
  const isSign = (ch: string | undefined) => inRanges(ch, VOWEL_SIGNS[script]);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (isLetter(ch) || isSign(ch)) {
      const next = chars[i + 1];
      const glide = script === 'beng' && next === 'য' && NUKTA.has(chars[i + 2] ?? '');
      // (an i heard before a vowel after a consonant stays: প্রিয়া, प्रिया; থিয়েটার, थियेटर)
      if (I_VOWELS.has(ch) && ((i === 0 && (isLetter(next) || glide)) || (isLetter(next) && U_VOWELS.has(next!)))) continue;
      if (I_VOWELS.has(ch)) return { mark: 'I', mayBe: [] };
      if (U_VOWELS.has(ch)) return { mark: 'U', mayBe: [] };
      const mayBe = script === 'beng' ? BENGALI_MAY_BE[ch] : undefined;
      return { mayBe: mayBe ? [mayBe] : [] };
    }
    if (VIRAMA.has(ch) || NUKTA.has(ch) || NASALS.has(ch.codePointAt(0)!)) continue;
    // a consonant (with its nukta): a virama after it joins the next, a vowel sign is read next; anything else is the inherent vowel
    const after = NUKTA.has(chars[i + 1] ?? '') ? i + 2 : i + 1;
    if (VIRAMA.has(chars[after] ?? '')) i = after;
    else if (isSign(chars[after])) i = after - 1;
    else return { mayBe: [] };
  }
  return { mayBe: [] };
}

/**
 * The marks an English word's first vowel letters may be heard as (see VOWELED_KEY): its first run of
 * vowel letters, with a y after the first letter and a w after a vowel (new, law) one of them when no vowel
 * follows it (a glide before one: Maya, Howard), and no u after a q (queen: kw).
 */
function latinVowelMarks(word: string): VowelMark[] {
  const w = word.normalize('NFD').toLowerCase().replace(/[^a-z]/g, '');
  const voweled = (i: number) => {
    const ch = w[i];
    if (ch === 'u' && w[i - 1] === 'q') return false;
    if (isVowel(ch)) return true;
    return (ch === 'y' || ch === 'w') && i > 0 && !isVowel(w[i + 1]);
  };
  let start = 0;
  while (start < w.length && !(voweled(start) && w[start] !== 'w')) start++;
  let end = start;
  while (end < w.length && voweled(end)) end++;
  const run = w.slice(start, end);
  const marks: VowelMark[] = [];
  if (/[eiy]/.test(run)) marks.push('I');
  // (an e before a w that glides into the next vowel is the yu of new too: Lewis, लुईस; Hewitt, ह्यूइट)
  if (/[ouw]/.test(run) || (run.endsWith('e') && w[end] === 'w')) marks.push('U');
  return marks;
}

/**
 * The cross-script keys of a normalized word (for Bengali, one of its bases: see `bengaliBases`), one
 * per reading of its spelling; none when it has too little to go on.
 */
export function phoneticKeys(word: string, script: Script | undefined): string[] {
  let keys: string[];
  // a Hindi word's final anusvara is its plural or oblique ending (सर्वरों), not part of its sound
  if (script === 'deva') keys = [indicSounds(word.replace(/\u0902$/, ''), DEVA, DEVA_VOWEL, 'deva').join('')];
  else if (script === 'beng') keys = [indicSounds(word, BENG, BENG_VOWEL, 'beng').join('')];
  else if (script === 'latn') keys = spell(latinSounds(word));
  else return [];
  // an English plural: hackers, हैकर्स; not a syllable of the word's own (Naninasu, Texas). After a consonant
  // and an e, spelling cannot tell a silent e (tackles, articles: टैकल, आर्टिकल) from a spoken one (Morales,
  // services: मोरालेस, सर्विसेस): the word keeps both keys. Its singular key, of three consonants like any
  // plural's, meets other words of that sound too (prices: प्रेस), as every short key does. Measured (npm run
  // calibrate, npm run eval, XQuAD dev, Hindi over English, with the rules of the day): a singular only of
  // four consonants or more (not tackles' tkl) put the first passage right 0.5 points less often and
  // abstained on 3 more unanswerable questions of 325
  const plural = script === 'latn' ? /[^aeious']s$/.test(word) : /[\u094D\u09CD][सস]$/.test(word);
  const eitherWay = script === 'latn' && /[^aeiou]es$/.test(word);
  const vowelEnd = endsInVowel(word, script) ? VOWEL_END : '';
  const singular = (k: string) => (keyConsonants(k) >= 4 && k.endsWith('s') ? [k.slice(0, -1)] : []);
  const ended = [...new Set(keys.flatMap((k) => (plural && singular(k).length > 0 ? singular(k) : eitherWay ? [k, ...singular(k)] : [k])))]
    .filter((k) => keyConsonants(k) >= SHORT_KEY)
    .map((k) => (keyConsonants(k) === SHORT_KEY ? k + vowelEnd : k));
  // the vowel heard first: one mark for Indic spelling; each that English spelling may be heard as, beside the plain key
  const { mark, mayBe }: { mark?: VowelMark; mayBe: VowelMark[] } = script === 'latn' ? { mayBe: latinVowelMarks(word) } : indicVowel(word, script);
  if (mark === undefined && mayBe.length === 0) return ended;
  return ended.flatMap((k) => (keyConsonants(k) > VOWELED_KEY ? [k] : mark !== undefined ? [k + mark] : [k, ...mayBe.map((m) => k + MAY_BE + m)]));
}

/** The first of a word's cross-script keys (see `phoneticKeys`). */
export const phoneticKey = (word: string, script: Script | undefined): string | undefined => phoneticKeys(word, script)[0];

/**
 * A key needs this many consonants to have near keys: a shorter one a consonant away is another word
 * too often (`npm run names` measures what near keys bring and cost).
 */
export const NEAR_MIN_CONSONANTS = 5;

/**
 * The keys one consonant away from long keys: each key with one of its consonants left out. Two words
 * share a near key (or one's key is the other's near key) when leaving out at most one consonant of
 * each makes their keys equal: one consonant added, left out or changed (both leaving out the same
 * place), or one added and another left out; found by equality, as SymSpell finds near words.
 */
export function nearKeys(keys: readonly string[]): string[] {
  const own = new Set(keys);
  const out = new Set<string>();
  for (const key of keys) {
    if (keyConsonants(key) < NEAR_MIN_CONSONANTS) continue;
    const from = key.startsWith('a') ? 1 : 0;
    for (let i = from; i < key.length; i++) {
      const near = key.slice(0, i) + key.slice(i + 1);
      if (!own.has(near)) out.add(near);
    }
  }
  return [...out];
}

export interface KeyCollisions {
  /** Consonants in the key (an initial vowel mark not counted). */
  length: number;
  keys: number;
  /** Keys that two or more different words of one script share. */
  colliding: number;
  rate: number;
}

/**
 * How often keys of each length are shared by different words of the same script: the same word in
 * two scripts sharing a key is the point of keys; two different Hindi words sharing one is noise.
 * `words` are normalized words with their script and stem (the stem tells two words apart).
 */
export function keyCollisions(words: Iterable<{ key: string; script: Script; stem: string }>): KeyCollisions[] {
  const byKey = new Map<string, Map<Script, Set<string>>>();
  for (const w of words) {
    const scripts = byKey.get(w.key) ?? new Map<Script, Set<string>>();
    const stems = scripts.get(w.script) ?? new Set<string>();
    stems.add(w.stem);
    scripts.set(w.script, stems);
    byKey.set(w.key, scripts);
  }
  const rows = new Map<number, KeyCollisions>();
  for (const [key, scripts] of byKey) {
    const length = Math.min(5, keyConsonants(key));
    const row = rows.get(length) ?? { length, keys: 0, colliding: 0, rate: 0 };
    row.keys++;
    if ([...scripts.values()].some((stems) => stems.size >= 2)) row.colliding++;
    rows.set(length, row);
  }
  return [...rows.values()].sort((a, b) => a.length - b.length).map((r) => ({ ...r, rate: r.keys === 0 ? 0 : r.colliding / r.keys }));
}

/** Consonant letters as a script writes them: Devanagari क to ह, Bengali ক to হ, and Latin letters other than vowels. */
const WRITTEN_CONSONANT: Record<'deva' | 'beng' | 'latn', RegExp> = {
  deva: /[\u0915-\u0939]/,
  beng: /[\u0995-\u09B9]/,
  latn: /[b-df-hj-np-tv-xz]/,
};

/**
 * A word's consonant letters as its own script writes them, a letter written twice in a row (with only
 * vowels or signs between) once, its vowels, viramas, nuktas and nasal marks left out: two spellings of one word in one script (फ्रेसनो, फ्रेस्नो;
 * रिवरटन, रिवर्टन, रिवरटॉन) have the same, where two words that only sound alike across the key's sound
 * classes (फ्रेस्नो, प्रसन्न: f and p are one class) do not. Empty in another script.
 */
export function writtenConsonants(word: string, script: Script | undefined): string {
  if (script !== 'deva' && script !== 'beng' && script !== 'latn') return '';
  const letter = WRITTEN_CONSONANT[script];
  let out = '';
  for (const written of word.toLowerCase()) {
    // ৎ is ত written without its vowel (উৎপাদন, উত্পাদন)
    const ch = written === 'ৎ' ? 'ত' : written;
    if (letter.test(ch) && !out.endsWith(ch)) out += ch;
  }
  return out;
}
