import type { Script } from '../../src/lang/script.js';

/**
 * FROZEN for measurement (npm run names): the cross-script key as src/lang/keys.ts made it before
 * issue 15, kept unchanged so that the new keys are always measured beside it. Nothing in src uses it.
 *
 * A consonant skeleton shared by Devanagari, Bengali and Latin script, so that loanwords and names
 * meet across scripts: server, सर्वर and সার্ভার are all "srbr"; AIIMS, एम्स and এইমস are all "ams".
 * Vowels are dropped except a word-initial one (written "a"); aspirated and plain consonants,
 * dental and retroflex, b/bh/v/w, s/sh/ṣ, k/q, j/z, p/ph/f are merged; a doubled consonant (ll, tt,
 * ल्ल) is one, but the same consonant in two syllables (na-ni-na) stays three; a plural -s after a
 * consonant is dropped.
 */

const DEVA: Record<string, string> = {
  क: 'k', ख: 'k', ग: 'g', घ: 'g', ङ: 'n', च: 'c', छ: 'c', ज: 'j', झ: 'j', ञ: 'n',
  ट: 't', ठ: 't', ड: 'd', ढ: 'd', ण: 'n', त: 't', थ: 't', द: 'd', ध: 'd', न: 'n',
  प: 'p', फ: 'p', ब: 'b', भ: 'b', म: 'm', य: 'y', र: 'r', ल: 'l', ळ: 'l', व: 'b',
  श: 's', ष: 's', स: 's', ह: 'h', 'ं': 'n',
};

const BENG: Record<string, string> = {
  ক: 'k', খ: 'k', গ: 'g', ঘ: 'g', ঙ: 'n', চ: 'c', ছ: 'c', জ: 'j', ঝ: 'j', ঞ: 'n',
  ট: 't', ঠ: 't', ড: 'd', ঢ: 'd', ণ: 'n', ত: 't', থ: 't', দ: 'd', ধ: 'd', ন: 'n',
  প: 'p', ফ: 'p', ব: 'b', ভ: 'b', ম: 'm', য: 'j', র: 'r', ল: 'l',
  শ: 's', ষ: 's', স: 's', হ: 'h', ৎ: 't', 'ং': 'n',
};

const DEVA_VOWEL = /[\u0904-\u0914\u0960\u0961\u0972-\u0977]/;
const BENG_VOWEL = /[\u0985-\u0994\u09E0\u09E1]/;

/** Letters that flap to r when they carry a nukta: ड़ ढ़ ড় ঢ়. */
const FLAPS = new Set(['ड', 'ढ', 'ড', 'ঢ']);

function indicSkeleton(word: string, map: Record<string, string>, vowel: RegExp, script: 'deva' | 'beng'): string {
  const chars = [...word];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    if (vowel.test(ch)) {
      // Bengali writes w as ও + য়: ওয়েব is web
      if (script === 'beng' && ch === 'ও' && next === 'য' && chars[i + 2] === '\u09BC') {
        out += 'b';
        i += 2;
        continue;
      }
      if (out.length === 0) out += 'a';
      continue;
    }
    const c = map[ch];
    if (c === undefined) continue;
    const prev = chars[i - 1];
    // a consonant doubled through a virama (दिल्ली, ক্ক) is one sound held longer
    if ((prev === '\u094D' || prev === '\u09CD') && out.endsWith(c) && c !== 'y') continue;
    const nukta = next === '\u093C' || next === '\u09BC';
    if (nukta && FLAPS.has(ch)) out += 'r';
    else if (c === 'y' || (script === 'beng' && ch === 'য' && (nukta || (prev === '\u09CD' && i > 1)))) {
      // y is a glide inside a word (and Bengali ya-phala only colours the vowel): kept only at the start
      if (out.length === 0 && !nukta) out += script === 'beng' ? 'j' : 'y';
    } else if (script === 'beng' && ch === 'ব' && prev === '\u09CD' && i > 1) {
      // b-phala: বিশ্ব, স্বাস্থ্য — it doubles the consonant before it, it is not a b
    } else out += c;
  }
  return out;
}

function latinSkeleton(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    const next = w[i + 1];
    // a doubled letter (attack, Kolkatta, Sassoon) is one consonant
    if (i > 0 && ch === w[i - 1] && !'aeiou'.includes(ch)) continue;
    if ('aeiou'.includes(ch)) {
      if (out.length === 0) out += 'a';
      continue;
    }
    if (ch === 'y') {
      if (i === 0) out += 'y';
      continue;
    }
    if (ch === 'h') {
      // after a consonant h is aspiration (kh, bh, th) or part of sh/ch; otherwise a sound of its own
      if (i === 0 || 'aeiouy'.includes(w[i - 1]!)) out += 'h';
      continue;
    }
    if (ch === 'c') {
      if (next === 'h') out += 'c';
      else if (next === 'k') continue;
      else out += next !== undefined && 'eiy'.includes(next) ? 's' : 'k';
      continue;
    }
    if (ch === 's' && next === 'h') {
      out += 's';
      i++;
      continue;
    }
    out += ({ f: 'p', q: 'k', v: 'b', w: 'b', z: 'j', x: 'ks' } as Record<string, string>)[ch] ?? ch;
  }
  return out;
}

/**
 * The cross-script key of a normalized word (for Bengali, one of its bases: see `bengaliBases`), or
 * undefined when it has too little to go on.
 */
export function skeletonKey(word: string, script: Script | undefined): string | undefined {
  let sk: string;
  // a Hindi word's final anusvara is its plural or oblique ending (सर्वरों), not part of its sound
  if (script === 'deva') sk = indicSkeleton(word.replace(/\u0902$/, ''), DEVA, DEVA_VOWEL, 'deva');
  else if (script === 'beng') sk = indicSkeleton(word, BENG, BENG_VOWEL, 'beng');
  else if (script === 'latn') sk = latinSkeleton(word);
  else return undefined;
  // an English plural: hackers, हैकर्स; not a syllable of the word's own (Naninasu)
  const plural = script === 'latn' ? /[^aeiou]s$/.test(word) && !word.endsWith('ss') : /[\u094D\u09CD][सস]$/.test(word);
  if (plural && sk.length >= 4 && sk.endsWith('s')) sk = sk.slice(0, -1);
  const consonants = sk.replace(/^a/, '').length;
  return consonants >= 2 ? sk : undefined;
}
