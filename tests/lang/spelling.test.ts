import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRENGTH, analyzeQuery } from '../../src/lang/analyze.js';
import { spellings, swappedFunctionWord } from '../../src/lang/spelling.js';
import { wordStems } from '../../src/lang/lexicon.js';
import { isStopword } from '../../src/lang/stopwords.js';
import { LANGUAGE_WORDS } from '../../src/lang/words.js';

/** Levenshtein distance, the textbook table: the oracle the radix tree's search is checked against. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

describe('slips of the keyboard', () => {
  it('reads an unknown English stem as the known one a letter away, and leaves known, short and far words alone', () => {
    expect(spellings('hackd', 'latn')).toEqual(['hack']);
    expect(spellings('attak', 'latn')).toEqual(['attack']);
    expect(spellings('demnd', 'latn')).toEqual(['demand']);
    expect(spellings('hack', 'latn')).toEqual([]);
    expect(spellings('wer', 'latn')).toEqual([]);
    expect(spellings('kuechli', 'latn')).toEqual([]);
    expect(spellings('l1ke', 'latn')).toEqual([]);
    // an English word is no slip, whether the tables reach anything from it or not: planet is not plane,
    // quieter (of quiet) not quitter; and a slip keeps the first letter (bought is not sought)
    for (const word of ['planet', 'farmer', 'caught', 'quieter', 'center']) expect(spellings(word, 'latn'), word).toEqual([]);
    expect(spellings('pemand', 'latn')).not.toContain('demand');
  });

  it('reads an English word whose slip moved its stem by the word as typed: "compnsation" stems to compnsat, far from compens', () => {
    expect(spellings('compnsat', 'latn', 'compnsation')).toContain('compens');
    expect(spellings('compensaton', 'latn', 'compensaton')).toEqual(['compens']);
    // (a word of English the tables miss is still no slip: newer is new's, helpline two words)
    for (const word of ['newer', 'helpline']) expect(spellings(word, 'latn', word), word).toEqual([]);
    // (nor is a short word read whole: a place typed in lower case is one letter from too many words, satna from satan)
    for (const word of ['satna', 'shamli', 'purulia']) expect(spellings(word, 'latn', word), word).toEqual([]);
    // a slip in a question finds the word meant, and is no name for being unknown
    const unit = analyzeQuery('compnsation for injurd?').units.find((u) => u.raw === 'compnsation')!;
    expect(unit.alts).toContainEqual(expect.objectContaining({ field: 'stem', term: 'compens', slip: true }));
    expect(unit.entity).toBe(false);
  });

  it('takes, of the Hindi and Bengali words a letter away, the ones a slip of a confusable sign makes', () => {
    // हेकर is a letter from हैकर, बेकर and नेकर: े for ै is the slip people make
    expect(spellings('हेकर', 'deva')).toEqual(['हैकर']);
    // the virama left out
    expect(spellings('सरवर', 'deva')).toEqual(['सर्वर']);
    expect(spellings('সারভার', 'beng')).toEqual(['সার্ভার']);
    expect(spellings('हैकर', 'deva')).toEqual([]);
  });

  it('gives only known stems one edit away, or (English) stems of words one edit from the word, that begin as the word does, never the word itself', () => {
    const letters = { latn: [...'aeiouhackrstnmdlp'], deva: [...'कहरसनमतलपवदैेिीोौ्ं'] } as const;
    // (every word one edit from an English word, the textbook way: each split, then a letter dropped, swapped, changed or added)
    const alphabet = [...'abcdefghijklmnopqrstuvwxyz'];
    const edits = (w: string) =>
      Array.from({ length: w.length + 1 }, (_v, i) => [w.slice(0, i), w.slice(i)] as const).flatMap(([a, b]) => [
        ...(b ? [a + b.slice(1)] : []),
        ...(b.length > 1 ? [a + b[1] + b[0] + b.slice(2)] : []),
        ...(b ? alphabet.map((c) => a + c + b.slice(1)) : []),
        ...alphabet.map((c) => a + c + b),
      ]);
    fc.assert(
      fc.property(fc.constantFrom('latn' as const, 'deva' as const), fc.array(fc.nat(16), { maxLength: 10 }), (script, picks) => {
        const stem = picks.map((k) => letters[script][k % letters[script].length]).join('');
        const found = spellings(stem, script, stem);
        expect(found.length).toBeLessThan(3);
        for (const s of found) {
          expect(s).not.toBe(stem);
          const near = distance(s, stem) === 1 || (script === 'latn' && edits(stem).some((w) => wordStems(w)[0] === s));
          expect(near, s).toBe(true);
          expect(s[0]).toBe(stem[0]);
        }
        if (stem.length < 4) expect(found).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('adds what the known word would be found as to a Hindi question word: हेकर finds the hacker', () => {
    const unit = analyzeQuery('हेकर कौन थे?').units.find((u) => u.raw === 'हेकर')!;
    expect(unit.alts).toContainEqual({ field: 'concept', term: 'hacker', strength: STRENGTH.concept * STRENGTH.slipAlone, slip: true });
  });

  it('adds what the known word would be found as to an English question word, for less, but not to a name', () => {
    const unit = analyzeQuery('How many servers were hackd?').units.find((u) => u.raw === 'hackd')!;
    expect(unit.alts).toContainEqual({ field: 'stem', term: 'hack', strength: STRENGTH.stem * STRENGTH.slipAlone, slip: true });
    expect(unit.alts.some((a) => a.field === 'concept' && a.term === 'hack')).toBe(true);
    // a slip with two readings keeps less of each than one with one: deth may be death or depth
    const deth = analyzeQuery('How many deth were there?').units.find((u) => u.raw === 'deth')!;
    expect(deth.alts).toContainEqual({ field: 'stem', term: 'death', strength: STRENGTH.stem * STRENGTH.slip, slip: true });
    // capitalized inside the question, it is a name: its own word
    const name = analyzeQuery('How many servers did Hackd attack?').units.find((u) => u.raw === 'Hackd')!;
    expect(name.alts.some((a) => a.term === 'hack')).toBe(false);
    // the first few unknown words only: a question of dozens of them is no slip, and each costs a look-up
    const many = analyzeQuery('hackd attak demnd ransm hackd attak demnd ransm hackd attak');
    const slipped = many.units.filter((u) => u.alts.some((a) => a.strength === STRENGTH.stem * STRENGTH.slipAlone));
    expect(slipped.map((u) => u.at)).toEqual([0, 1, 2, 3, 4, 5]);
    // a romanized Hindi question's words are no English slips, and a word the lexicon knows as written is
    // not cut into a base: chini is Chinese, not chin (China)
    expect(analyzeQuery('chini hacker kaun the').units[0]!.alts.some((a) => a.term === 'china')).toBe(false);
    expect(analyzeQuery('hackers ne kitna paisa manga').units.flatMap((u) => u.alts).some((a) => a.strength < 1 && a.term === 'mango')).toBe(false);
  });

  it('reads an English function or question word typed with two letters swapped as that word, and leaves words alone', () => {
    expect(['teh', 'adn', 'waht', 'wehn', 'mnay', 'wree'].map(swappedFunctionWord)).toEqual(['the', 'and', 'what', 'when', 'many', 'were']);
    // a word of its own, as written or by its stem (form, not from; nay, odes), the function word itself, a
    // word a letter off (tha: romanized Hindi), a short or foreign word, a swap that reads two ways (hwo: who, how)
    for (const w of ['form', 'nay', 'odes', 'acme', 'the', 'tha', 'fo', 'हैकर', 'tehran', 'hwo']) expect(swappedFunctionWord(w), w).toBeUndefined();
  });

  it('gives only a function or question word two letters next to each other make of the typed word', () => {
    const { questionWords, questionPhrases } = LANGUAGE_WORDS.en;
    const asking = new Set([...Object.values(questionWords).flat(), ...Object.values(questionPhrases).flatMap((ps) => ps.flatMap((p) => p.split(' ')))]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'aehntwosdrm'), { minLength: 1, maxLength: 7 }), (letters) => {
        const typed = letters.join('');
        const read = swappedFunctionWord(typed);
        if (read === undefined) return;
        expect(read).not.toBe(typed);
        const at = [...typed].findIndex((ch, i) => ch !== read[i]);
        expect(read.length).toBe(typed.length);
        expect(read.slice(0, at) + read[at + 1] + read[at] + read.slice(at + 2)).toBe(typed);
        expect(isStopword(read, 'en') || asking.has(read), read).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a question with a swapped function word as if typed right: "teh" is no content word the articles lack', () => {
    expect(analyzeQuery('whats teh ransome amount').units.map((u) => u.raw)).not.toContain('teh');
    expect(analyzeQuery('waht was the ransom?').asks).toBe(analyzeQuery('what was the ransom?').asks);
    // written with a capital, even first, it may be a name: its own word; and a Latin word in a Hindi question is no English slip
    expect(analyzeQuery('Who is Teh?').units.map((u) => u.raw)).toContain('Teh');
    expect(analyzeQuery('Nad Ali was arrested where?').units.map((u) => u.raw)).toContain('Nad');
    // but a question word opening the question with a capital, as phone keyboards write it, is read
    expect(analyzeQuery('Waht was the ransom?').interrogatives).toContain('what');
    expect(analyzeQuery('nad का सर्वर किसने हैक किया?').units.map((u) => u.raw)).toContain('nad');
  });
});
