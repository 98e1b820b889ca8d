import { normalize } from './normalize.js';
import type { Script } from './script.js';
import { LANGUAGE_WORDS, isCoordinator } from './words.js';

/**
 * A reading of a Hindi or Bengali word in Latin letters, for a reader who does not read the script:
 * the name कावन शॉर्ट read as "Kavan Short". A plain transliteration in the manner of the Hunterian
 * system that Indian English uses (no diacritics: long and short vowels alike, retroflex and dental
 * alike), with the inherent vowel of a consonant dropped at the end of a word, as both languages speak
 * it. It is a reading, not the spelling a name has in English sources.
 */

interface Letters {
  consonants: Record<string, string>;
  /** Vowel letters, which begin a syllable. */
  vowels: Record<string, string>;
  /** Vowel signs, written onto a consonant. */
  signs: Record<string, string>;
  /** The vowel a consonant carries when nothing is written onto it. */
  inherent: string;
  virama: string;
  nukta: string;
  /** Consonants a nukta makes into others: ज़ z, फ़ f, ड़ r. */
  withNukta: Record<string, string>;
  /** Nasal marks: anusvara and chandrabindu. */
  nasals: Record<string, string>;
  /** Whether the inherent vowel also falls silent inside a word, between a vowel and a syllable that has one (Hindi; Bengali keeps it more often than a rule can tell). */
  dropsMedial: boolean;
}

const DEVANAGARI: Letters = {
  consonants: {
    क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n', च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n', ट: 't', ठ: 'th', ड: 'd', ढ: 'dh', ण: 'n',
    त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n', प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm', य: 'y', र: 'r', ल: 'l', ळ: 'l', व: 'v',
    श: 'sh', ष: 'sh', स: 's', ह: 'h',
  },
  vowels: { अ: 'a', आ: 'a', इ: 'i', ई: 'i', उ: 'u', ऊ: 'u', ऋ: 'ri', ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au', ऑ: 'o', ऍ: 'e' },
  signs: { 'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॉ': 'o', 'ॅ': 'e' },
  inherent: 'a',
  virama: '्',
  nukta: '़',
  withNukta: { क: 'q', ख: 'kh', ग: 'gh', ज: 'z', फ: 'f', ड: 'r', ढ: 'rh' },
  nasals: { 'ं': 'n', 'ँ': 'n' },
  dropsMedial: true,
};

const BENGALI: Letters = {
  consonants: {
    ক: 'k', খ: 'kh', গ: 'g', ঘ: 'gh', ঙ: 'ng', চ: 'ch', ছ: 'chh', জ: 'j', ঝ: 'jh', ঞ: 'n', ট: 't', ঠ: 'th', ড: 'd', ঢ: 'dh', ণ: 'n',
    ত: 't', থ: 'th', দ: 'd', ধ: 'dh', ন: 'n', প: 'p', ফ: 'ph', ব: 'b', ভ: 'bh', ম: 'm', য: 'j', র: 'r', ল: 'l',
    শ: 'sh', ষ: 'sh', স: 's', হ: 'h', ৎ: 't',
  },
  vowels: { অ: 'o', আ: 'a', ই: 'i', ঈ: 'i', উ: 'u', ঊ: 'u', ঋ: 'ri', এ: 'e', ঐ: 'oi', ও: 'o', ঔ: 'ou' },
  signs: { 'া': 'a', 'ি': 'i', 'ী': 'i', 'ু': 'u', 'ূ': 'u', 'ৃ': 'ri', 'ে': 'e', 'ৈ': 'oi', 'ো': 'o', 'ৌ': 'ou' },
  inherent: 'o',
  virama: '্',
  nukta: '়',
  withNukta: { য: 'y', ড: 'r', ঢ: 'rh' },
  nasals: { 'ং': 'ng', 'ঁ': 'n' },
  dropsMedial: false,
};

/** Consonants that keep the inherent vowel after them at the end of a word when they close a cluster. */
const GLIDES = new Set(['r', 'y', 'v', 'j']);

/** One written syllable part: a consonant (or none, for a vowel letter) and the vowel it carries. */
interface Unit {
  consonant: string;
  /** The vowel written or inherent; '' after a virama; the nasal mark joins it. */
  vowel: string;
  inherent: boolean;
}

function units(word: string, letters: Letters): Unit[] {
  const chars = [...word.normalize('NFC')];
  const out: Unit[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const consonant = letters.consonants[ch];
    if (consonant === undefined) {
      const vowel = letters.vowels[ch];
      const nasal = letters.nasals[ch];
      if (vowel !== undefined) out.push({ consonant: '', vowel, inherent: false });
      else if (nasal !== undefined && out.length > 0) out[out.length - 1]!.vowel += nasal;
      continue;
    }
    let sound = consonant;
    if (chars[i + 1] === letters.nukta) {
      sound = letters.withNukta[ch] ?? consonant;
      i++;
    }
    // Bengali ya-phala (্য) only colours the vowel: ব্যাক is "byak", not "bjak"
    if (chars[i - 1] === letters.virama && ch === 'য') sound = 'y';
    const next = chars[i + 1];
    if (next === letters.virama) {
      out.push({ consonant: sound, vowel: '', inherent: false });
      i++;
    } else if (next !== undefined && letters.signs[next] !== undefined) {
      out.push({ consonant: sound, vowel: letters.signs[next], inherent: false });
      i++;
    } else out.push({ consonant: sound, vowel: letters.inherent, inherent: true });
  }
  return out;
}

function romanizeWord(word: string, letters: Letters): string {
  const parts = units(word, letters);
  const last = parts.length - 1;
  // the inherent vowel falls silent at the end of a word (कावन is "kavan", शॉर्ट "short"), but a cluster
  // ending in r, y or v keeps it (नरेंद्र is "narendra", सत्य "satya")
  const final = parts[last];
  if (final?.inherent && !(last > 0 && parts[last - 1]!.vowel === '' && GLIDES.has(final.consonant))) final.vowel = '';
  // Hindi also drops it inside a word between a vowel and a syllable that keeps one, read from the end
  // (अमरनाथ is "amarnath", वाशिंगटन "vashingtan")
  if (letters.dropsMedial) {
    for (let k = last - 1; k >= 1; k--) {
      const u = parts[k]!;
      // (not one that carries a nasal mark: प्रबंधक is "prabandhak")
      if (u.inherent && u.vowel === letters.inherent && parts[k - 1]!.vowel !== '' && parts[k + 1]!.consonant !== '' && parts[k + 1]!.vowel !== '') u.vowel = '';
    }
  }
  return parts.map((u) => u.consonant + u.vowel).join('');
}

const LETTERS: Partial<Record<Script, Letters>> = { deva: DEVANAGARI, beng: BENGALI };

/** A Latin reading of a text in Devanagari or Bengali script, each word capitalized as a name is; undefined for other scripts. */
export function romanizeName(text: string, script: Script | undefined): string | undefined {
  const letters = script ? LETTERS[script] : undefined;
  if (!letters) return undefined;
  // (a hyphened name keeps its hyphen, each part read as a word: जीन-पियरे, Jin-Piyre)
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.split('-').map((part) => romanizeWord(part, letters)));
  if (words.some((parts) => parts.some((w) => !/^[a-z]+$/.test(w)))) return undefined;
  return words.map((parts) => parts.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('-')).join(' ');
}

/** The English word that joins names in a list: a reading gives it in place of और, ও. */
const ENGLISH_AND = LANGUAGE_WORDS.en.coordinators[0]!;

/**
 * A Latin reading of a list of names (मीरा सावंत और राघव शिंदे: Mira Savant and Raghav Shinde): each name
 * read as `romanizeName` reads it, the word that joins them given in English.
 */
export function romanizeNames(text: string, script: Script | undefined): string | undefined {
  // each name with the words that join it to the next: a comma, or the coordinator
  const names: { words: string[]; joiner: string }[] = [{ words: [], joiner: '' }];
  const current = () => names[names.length - 1]!;
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    const comma = raw.endsWith(',');
    const w = comma ? raw.slice(0, -1) : raw;
    if (isCoordinator(normalize(w)) && current().words.length > 0) {
      current().joiner = ` ${ENGLISH_AND} `;
      names.push({ words: [], joiner: '' });
      continue;
    }
    if (w.length > 0) current().words.push(w);
    if (comma && current().words.length > 0) {
      current().joiner = ', ';
      names.push({ words: [], joiner: '' });
    }
  }
  let out = '';
  for (const n of names) {
    if (n.words.length === 0) return undefined;
    const reading = romanizeName(n.words.join(' '), script);
    if (reading === undefined) return undefined;
    out += reading + n.joiner;
  }
  return out;
}
