import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { romanizeName, romanizeNames } from '../../src/lang/romanize.js';

describe('a Latin reading of a name in Devanagari or Bengali script', () => {
  it('reads Hindi as it is spoken: the inherent vowel silent at the end and between a vowel and a syllable', () => {
    expect(romanizeName('सुनीता वर्मा', 'deva')).toBe('Sunita Varma');
    expect(romanizeName('कमल', 'deva')).toBe('Kamal');
    expect(romanizeName('अमरनाथ', 'deva')).toBe('Amarnath');
    expect(romanizeName('कोलकाता', 'deva')).toBe('Kolkata');
    // a cluster ending in r keeps its vowel; an English loan ending in a cluster does not
    expect(romanizeName('नरेंद्र', 'deva')).toBe('Narendra');
    expect(romanizeName('शॉर्ट', 'deva')).toBe('Short');
    // a syllable with a nasal mark keeps its vowel inside the word too
    expect(romanizeName('महाप्रबंधक', 'deva')).toBe('Mahaprabandhak');
    expect(romanizeName('परंतु', 'deva')).toBe('Parantu');
    // nukta letters are the sounds they write
    expect(romanizeName('ज़ोया फ़ारूक़ी', 'deva')).toBe('Zoya Faruqi');
  });

  it('reads Bengali with its own vowels: the inherent vowel is o, and ya-phala only colours the vowel', () => {
    expect(romanizeName('রবীন্দ্রনাথ', 'beng')).toBe('Robindronath');
    expect(romanizeName('বন্দ্যোপাধ্যায়', 'beng')).toBe('Bondyopadhyay');
  });

  it('gives nothing for a text in another script', () => {
    expect(romanizeName('Sunita', 'latn')).toBeUndefined();
    expect(romanizeName('सुनीता', undefined)).toBeUndefined();
  });

  it('gives, for any word of Devanagari letters, one capitalized Latin word per word', () => {
    const letter = fc.constantFrom(...'कखगचजटडतदनपबमयरलवशसहािीुूेैोौंँ़्'.split(''));
    const word = fc.array(letter, { minLength: 1, maxLength: 8 }).map((cs) => 'क' + cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const reading = romanizeName(words.join(' '), 'deva');
        expect(reading).toBeDefined();
        const parts = reading!.split(' ');
        expect(parts).toHaveLength(words.length);
        for (const p of parts) expect(p).toMatch(/^[A-Z][a-z]*$/);
      }),
    );
  });

  it('keeps the hyphen of a hyphened name, each part read and capitalized as a word', () => {
    expect(romanizeName('लुइस-जोसेफ डी', 'deva')).toBe('Luis-Joseph Di');
    const letter = fc.constantFrom(...'कखगचजटडतदनपबमयरलवशसहािीुूेैोौं'.split(''));
    const word = fc.array(letter, { minLength: 1, maxLength: 6 }).map((cs) => 'क' + cs.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), (names) => {
        const reading = romanizeName(names.map((parts) => parts.join('-')).join(' '), 'deva');
        expect(reading).toBeDefined();
        const words = reading!.split(' ');
        expect(words.map((w) => w.split('-').length)).toEqual(names.map((parts) => parts.length));
        for (const w of words) expect(w).toMatch(/^[A-Z][a-z]*(-[A-Z][a-z]*)*$/);
      }),
    );
  });

  it('reads a list of names with the word that joins them in English: और and ও as "and"', () => {
    expect(romanizeNames('लियू बिंगज़ॉन्ग और याओ शू', 'deva')).toBe('Liyu Bingzong and Yao Shu');
    expect(romanizeNames('রহিম ও করিম', 'beng')).toBe('Rohim and Korim');
    expect(romanizeNames('कावन शॉर्ट', 'deva')).toBe(romanizeName('कावन शॉर्ट', 'deva'));
    expect(romanizeNames('मीरा सावंत, राघव शिंदे और कमला राव', 'deva')).toBe('Mira Savant, Raghav Shinde and Kamla Rav');
  });

  it('reads any list of Devanagari names, commas and a last और, as the reading of each name joined by commas and "and"', () => {
    const letter = fc.constantFrom(...'कखगचजटडतदनपबमयरलवशसहािीुूेैोौं'.split(''));
    const word = fc.array(letter, { minLength: 1, maxLength: 6 }).map((cs) => 'क' + cs.join(''));
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), (names) => {
        const list = (ns: string[], comma: string, and: string) => (ns.length === 1 ? ns[0]! : `${ns.slice(0, -1).join(comma)}${and}${ns[ns.length - 1]!}`);
        const readings = names.map((n) => romanizeName(n, 'deva')!);
        expect(romanizeNames(list(names, ', ', ' और '), 'deva')).toBe(list(readings, ', ', ' and '));
      }),
    );
  });
});
