import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyCollisions, phoneticKey } from '../../src/lang/keys.js';
import { normalize } from '../../src/lang/normalize.js';
import { scriptOf } from '../../src/lang/script.js';
import { bengaliBases } from '../../src/lang/stem.js';

/** Every key a word may have (a Bengali word has one per base). */
const keys = (word: string) => {
  const n = normalize(word);
  const script = scriptOf(n[0]!);
  const bases = script === 'beng' ? bengaliBases(n) : [n];
  return new Set(bases.map((b) => phoneticKey(b, script)).filter(Boolean));
};
const share = (...words: string[]) => {
  const [first, ...rest] = words.map(keys);
  return [...first!].some((k) => rest.every((r) => r.has(k)));
};

describe('cross-script keys', () => {
  it('give loanwords and names one key in Devanagari, Bengali and Latin script', () => {
    expect(share('server', 'सर्वर', 'সার্ভার')).toBe(true);
    expect(share('hacker', 'हैकर्स', 'হ্যাকার')).toBe(true);
    expect(share('AIIMS', 'एम्स', 'এইমস')).toBe(true);
    expect(share('cyber', 'साइबर', 'সাইবার')).toBe(true);
    expect(share('Delhi', 'दिल्ली', 'দিল্লি')).toBe(true);
    expect(share('network', 'नेटवर्क', 'নেটওয়ার্ক')).toBe(true);
    expect(share('protonmail', 'प्रोटोनमेल', 'প্রোটোনমেল')).toBe(true);
    expect(share('police', 'पुलिस', 'পুলিশ')).toBe(true);
  });

  it('survive inflection: सर्वरों, সার্ভারের, হ্যাকাররা', () => {
    expect(share('servers', 'सर्वरों', 'সার্ভারের')).toBe(true);
    expect(share('hackers', 'হ্যাকাররা')).toBe(true);
  });

  it('keep a consonant repeated in several syllables, but one doubled in place is one', () => {
    expect(share('Naninasu', 'नानिनासु', 'নানিনাসু')).toBe(true);
    expect(keys('Naninasu')).toEqual(new Set(['nnns']));
    expect(share('Kolkatta', 'Kolkata', 'कोलकाता')).toBe(true);
  });

  it('keep words that sound different apart', () => {
    expect(share('server', 'सेवा')).toBe(false);
    expect(share('police', 'पानी')).toBe(false);
  });

  it('are Latin letters only, or nothing for words too short to key', () => {
    const word = fc.string({ unit: 'grapheme', maxLength: 20 });
    fc.assert(
      fc.property(word, (w) => {
        const n = normalize(w);
        const k = phoneticKey(n, scriptOf(n[0] ?? ''));
        if (k !== undefined) expect(k).toMatch(/^[a-z]{2,}$/);
      }),
      { numRuns: 3000 },
    );
    expect(phoneticKey('up', 'latn')).toBeUndefined();
    expect(phoneticKey('web', 'latn')).toBe(phoneticKey('वेब', 'deva'));
  });

  it('count a collision only when two different words of one script share a key', () => {
    const rows = keyCollisions([
      { key: 'srbr', script: 'latn', stem: 'server' },
      { key: 'srbr', script: 'deva', stem: 'सर्वर' },
      { key: 'ms', script: 'deva', stem: 'मास' },
      { key: 'ms', script: 'deva', stem: 'मिस' },
    ]);
    expect(rows).toEqual([
      { length: 2, keys: 1, colliding: 1, rate: 1 },
      { length: 4, keys: 1, colliding: 0, rate: 0 },
    ]);
  });
});
