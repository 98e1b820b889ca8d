import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/lang/analyze.js';
import { DICTIONARY_EN_HI } from '../../src/lang/data/dictionary-en-hi.js';
import { englishTranslations, englishTranslationsByKey, hindiSynonyms, hindiTranslations, indicTranslations } from '../../src/lang/dictionary.js';
import { keyConsonants } from '../../src/lang/keys.js';
import { DICTIONARY_MAX_SENSES, DICTIONARY_STRENGTH, formatDictionary, MIN_KEY_CONSONANTS, parseDictionary, senseWeight } from '../../src/lang/dictionary-format.js';
import { STRENGTH } from '../../src/lang/query.js';
import { tokenTerms } from '../../src/lang/terms.js';
import { tokenize } from '../../src/lang/tokenize.js';
import { ROOT } from '../helpers/corpus.js';

const stemOf = (word: string) => tokenTerms(tokenize(word)[0]!).stems[0]!;
const keyOf = (word: string) => tokenTerms(tokenize(word)[0]!).keys[0]!;
const entries = parseDictionary(DICTIONARY_EN_HI);
/** The alternatives of the one unit a question word makes. */
const altsOf = (question: string, word: string) => analyzeQuery(question).units.find((u) => u.raw === word)?.alts ?? [];

describe('the bilingual dictionary table', () => {
  it('is what npm run build:dictionary makes from the FreeDict source in sources/freedict', { timeout: 60_000 }, async () => {
    const { stdout } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-dictionary.ts', '--check'], { cwd: ROOT });
    expect(stdout).toContain('is what the build makes');
  });

  it('reads back to the text it was written as: English stems, each sense its Hindi words as the index analyzes them, none of many senses', () => {
    expect(entries.length).toBeGreaterThan(10_000);
    expect(formatDictionary(entries)).toBe(DICTIONARY_EN_HI);
    for (const e of entries) {
      expect(e.english).toMatch(/^[a-z]+$/);
      for (const form of e.forms) {
        expect(form.stem, e.english).toMatch(/^[a-z]+$/);
        // a form has some of its headword's senses, each once
        expect(form.senses.length, `${e.english}: ${form.stem}`).toBeGreaterThan(0);
        expect(new Set(form.senses).size).toBe(form.senses.length);
        for (const place of form.senses) expect(e.senses[place], `${e.english}: ${form.stem}`).toBeDefined();
      }
      expect(e.senses.length).toBeLessThanOrEqual(DICTIONARY_MAX_SENSES);
      for (const word of e.senses.flat()) {
        for (const stem of word.stems) expect(stem, e.english).toMatch(/^[\u0900-\u097F]+$/);
        for (const key of word.keys) expect(keyConsonants(key), `${e.english}: ${key}`).toBeGreaterThanOrEqual(MIN_KEY_CONSONANTS);
      }
    }
    // a word as the index analyzes it: the library, पुस्तकालय, is stemmed and keyed as a passage's would be
    const library = entries.find((e) => e.english === stemOf('library'))!;
    expect(library.senses.flat()[0]!.stems).toContain(stemOf('पुस्तकालय'));
    expect(library.senses.flat()[0]!.keys).toContain(keyOf('पुस्तकालय'));
  });

  it('skips what a malformed line says: no headword, no senses, an empty form, a form of no sense the line has', () => {
    expect(parseDictionary('+abc|गाव\n|गाव\nabc|\nabc+|गाव\nabc++def:0|गाव\nabc+def+ghi:|गाव\nabc+def:1+:0+ghi:x|गाव').map((e) => [e.english, e.forms])).toEqual([
      ['abc', []],
      ['abc', [{ stem: 'def', senses: [0] }]],
      ['abc', []],
      ['abc', []],
    ]);
    // a sense left out as malformed does not move a form onto another sense: def has the third, नदी
    expect(parseDictionary('abc+def:2,1|गाव;/xyz;नदी')[0]).toEqual({ english: 'abc', forms: [{ stem: 'def', senses: [1] }], senses: [[{ stems: ['गाव'], keys: [] }], [{ stems: ['नदी'], keys: [] }]] });
  });

  it('formats and parses any table back to itself', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const hindi = fc.record({
      stems: fc.uniqueArray(fc.constantFrom('आक्रमण', 'गाव', 'नदी', 'सेतु', 'फिरौत'), { minLength: 1, maxLength: 2 }),
      keys: fc.uniqueArray(fc.stringMatching(/^a?[bcdgjklmnprst]{3,5}\.?$/), { maxLength: 2 }),
    });
    const entry = fc.array(fc.array(hindi, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }).chain((senses) =>
      fc.record({
        english: word,
        forms: fc.array(fc.record({ stem: word, senses: fc.uniqueArray(fc.nat({ max: senses.length - 1 }), { minLength: 1 }) }), { maxLength: 3 }),
        senses: fc.constant(senses),
      }),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (list) => {
        expect(parseDictionary(formatDictionary(list))).toEqual(list);
      }),
    );
  });
});

describe('translations of a question word', () => {
  it('take an English word to its Hindi words as the index stems them, and back', () => {
    expect(hindiTranslations(stemOf('village')).map((t) => t.term)).toContain(stemOf('गाँव'));
    expect(hindiTranslations(stemOf('ransom')).map((t) => t.term)).toContain(stemOf('फिरौती'));
    expect(englishTranslations(stemOf('गाँव')).map((t) => t.term)).toContain(stemOf('village'));
  });

  it('take an irregular form the stemmer leaves apart to its headword\'s Hindi words, both ways: sought, heavier, children', () => {
    const hindi = (word: string) => hindiTranslations(stemOf(word)).map((t) => t.term);
    for (const [form, base] of [['sought', 'seek'], ['heavier', 'heavy'], ['children', 'child']] as const) {
      expect(stemOf(form), form).not.toBe(stemOf(base));
      // (the headword's own: its stem may gather other headwords too, hold and holding)
      expect(hindi(form).length, form).toBeGreaterThan(0);
      for (const t of hindi(form)) expect(hindi(base), form).toContain(t);
    }
    // and a Hindi word reaches the form as English text writes it
    expect(englishTranslations(hindiTranslations(stemOf('seek'))[0]!.term).map((t) => t.term)).toContain(stemOf('sought'));
    // as the same word: the Hindi word reaches the form as strongly as the headword, and no less for it
    const [dhundh] = hindiTranslations(stemOf('seek'));
    const reach = new Map(englishTranslations(dhundh!.term).map((t) => [t.term, t.strength]));
    expect(reach.get(stemOf('sought'))).toBe(reach.get(stemOf('seek')));
    // no form is stemmed as a function word: ate (eat) is "at"
    expect(hindiTranslations(stemOf('ate'))).toEqual([]);
    // nor as another headword is (ring's rang is range's stem)
    const headwords = new Set(entries.map((e) => e.english));
    for (const e of entries) for (const form of e.forms) expect(headwords.has(form.stem), `${e.english}: ${form.stem}`).toBe(false);
  });

  it('take a form only to the senses of its own part of speech: flew is fly the verb, not the insect; tore, sprang; a verb’s form to the noun’s where the verb is a phrase', () => {
    const hindi = (word: string) => hindiTranslations(stemOf(word)).map((t) => t.term);
    const english = (word: string) => englishTranslations(stemOf(word)).map((t) => t.term);
    for (const [form, base, verb, noun] of [
      ['flew', 'fly', 'उड़ना', 'मक्खी'],
      ['tore', 'tear', 'फाड़ना', 'अश्रु'],
      ['sprang', 'spring', 'उछलना', 'वसंत'],
    ] as const) {
      // the headword has both senses; the form the verb's only, and only the verb's Hindi word reaches the form
      expect(hindi(base), base).toEqual(expect.arrayContaining([stemOf(verb), stemOf(noun)]));
      expect(hindi(form), form).toContain(stemOf(verb));
      expect(hindi(form), form).not.toContain(stemOf(noun));
      expect(english(verb), verb).toEqual(expect.arrayContaining([stemOf(base), stemOf(form)]));
      expect(english(noun), noun).toContain(stemOf(base));
      expect(english(noun), noun).not.toContain(stemOf(form));
    }
    // a verb's form whose verb the source gives only as a phrase takes the noun's senses (hold: मजबूती से पकड़ना;
    // held: पकड़); a noun's form of a headword the source has no noun of takes none (media: not medium's मध्य)
    expect(hindi('held')).toContain(stemOf('पकड़'));
    expect(hindi('media')).not.toContain(stemOf('मध्य'));
    expect(hindi('medium')).toContain(stemOf('मध्य'));
  });

  it('weigh below the lexicon, and less for a word of many senses than for a word of one', () => {
    for (const t of [...hindiTranslations(stemOf('village')), ...englishTranslations(stemOf('नदी'))]) expect(t.strength).toBeLessThan(STRENGTH.concept);
    fc.assert(fc.property(fc.integer({ min: 1, max: 20 }), (n) => senseWeight(n + 1) < senseWeight(n) && senseWeight(n) <= DICTIONARY_STRENGTH));
    const one = hindiTranslations(stemOf('river'))[0]!.strength;
    const many = Math.max(...hindiTranslations(stemOf('play')).map((t) => t.strength));
    expect(many).toBeLessThan(one);
  });

  it('take a Hindi word that several English synonyms translate to each of them nearly as strongly as a word of one', () => {
    // सिद्धांत: theory, doctrine, principle, tenet… are one sense written several ways; दशक has one translation
    const strengthOf = (hindi: string, english: string) => englishTranslations(stemOf(hindi)).find((t) => t.term === stemOf(english))?.strength ?? 0;
    const synonyms = englishTranslations(stemOf('सिद्धांत'));
    expect(synonyms.length).toBeGreaterThanOrEqual(4);
    const one = strengthOf('दशक', 'decade');
    expect(strengthOf('सिद्धांत', 'theory')).toBeLessThan(one);
    expect(strengthOf('सिद्धांत', 'theory')).toBeGreaterThan(0.6 * one);
  });

  it('reach Bengali through the Hindi word of the same sound, and English from a Bengali word', () => {
    // আক্রমণ and आक्रमण share their cross-script key; the dictionary knows the Hindi one as "attack"
    expect(keyOf('আক্রমণ')).toBe(keyOf('आक्रमण'));
    expect(englishTranslationsByKey(keyOf('আক্রমণ')).map((t) => t.term)).toContain(stemOf('attack'));
    const english = altsOf('What did the attack destroy?', 'destroy');
    expect(english.some((a) => a.field === 'key' && a.term === keyOf('नष्ट'))).toBe(true);
    // দোকান, which may be heard as Hindi writes it, दुकान (shop), both ways: its key marked so, and shop's Hindi key in the field of such keys
    expect(indicTranslations(tokenTerms(tokenize('দোকান')[0]!)).map((t) => t.term)).toContain(stemOf('shop'));
    const shop = altsOf('How many shops burnt?', 'shops');
    expect(shop.some((a) => a.field === 'voweled' && tokenTerms(tokenize('দোকান')[0]!).keys.includes(a.term))).toBe(true);
  });

  it('are alternatives of the question’s units in both directions, weaker for a capitalized word, and never of an acronym or a number', () => {
    expect(altsOf('Which bridge was closed?', 'bridge').some((a) => a.field === 'stem' && a.term === stemOf('सेतु'))).toBe(true);
    expect(altsOf('कौन सा गाँव डूबा?', 'गाँव').some((a) => a.field === 'stem' && a.term === stemOf('village'))).toBe(true);
    // an English word the lexicon knows is read in the lexicon's sense only: "hack" is never chopping (टुकड़े करना)
    expect(altsOf('Which servers did they hack?', 'hack').some((a) => a.field === 'stem' && /[\u0900-\u097F]/.test(a.term))).toBe(false);
    // "Lotus" inside the question may be a name or a word of a title: matched by its sound in full, as the flower (कमल) at half
    const hindi = (alts: { field: string; term: string; strength: number }[]) => alts.filter((a) => a.field === 'stem' && /[\u0900-\u097F]/.test(a.term));
    const name = altsOf('When did Lotus leave the village?', 'Lotus');
    const flower = hindi(name);
    expect(flower.map((a) => a.term)).toContain(stemOf('कमल'));
    expect(Math.max(...flower.map((a) => a.strength))).toBeCloseTo(Math.max(...hindi(altsOf('When did the lotus bloom?', 'lotus')).map((a) => a.strength)) * STRENGTH.capitalizedTranslation);
    expect(Math.max(...flower.map((a) => a.strength))).toBeLessThan(Math.max(...name.filter((a) => a.field === 'key').map((a) => a.strength)));
    // "the Northern Railway" reaches उत्तर as "northern" does; an acronym is never translated
    expect(hindi(altsOf('When did the Northern Railway open the line?', 'Northern')).map((a) => a.term)).toContain(stemOf('उत्तर'));
    expect(altsOf('Where is the WHO based?', 'WHO').some((a) => a.field === 'stem' && /[\u0900-\u097F]/.test(a.term))).toBe(false);
  });

  it('translate an English word typed among romanized Hindi or Bengali, by its stems as written', () => {
    const hindi = (alts: { field: string; term: string }[]) => alts.filter((a) => a.field === 'stem' && /[\u0900-\u097F]/.test(a.term)).map((a) => a.term);
    expect(hindi(altsOf('bus ka driver pakda gaya kya?', 'driver'))).toContain(stemOf('चालक'));
    expect(hindi(altsOf('bus er driver ke dhoreche?', 'driver'))).toContain(stemOf('चालक'));
    // and a Bengali passage by the Hindi translation's sound (চালক)
    expect(altsOf('bus ka driver pakda gaya kya?', 'driver').some((a) => a.field === 'key' && a.term === keyOf('চালক'))).toBe(true);
    // a romanized word is not translated by the base its ending leaves: logo (लोगों) is never log (कटाई, तना)
    const logo = hindi(altsOf('kitne logo ka data leak hua?', 'logo'));
    expect(hindiTranslations('log').length).toBeGreaterThan(0);
    expect(logo.filter((t) => hindiTranslations('log').some((tr) => tr.term === t))).toEqual([]);
    // nor is a short romanized word, an English word as often by chance: mat (मत, a vote), not a mat (चटाई)
    expect(hindiTranslations('mat').length).toBeGreaterThan(0);
    expect(hindi(altsOf('chunav me kitne mat pade?', 'mat'))).toEqual([]);
    // a word of four letters is: "kitna gold mila?" finds सोना
    expect(hindi(altsOf('kitna gold mila?', 'gold')).length).toBeGreaterThan(0);
  });
});

describe('Hindi synonyms through English', () => {
  it('take a Hindi word to other Hindi words of its English translations, never to itself', () => {
    const book = hindiSynonyms(stemOf('किताब'));
    expect(book.map((t) => t.term)).toContain(stemOf('पुस्तक'));
    expect(book.map((t) => t.term)).not.toContain(stemOf('किताब'));
  });

  it('give nothing for a word the dictionary does not have', () => {
    expect(hindiSynonyms('क्ष्ज्ञ्फ़')).toEqual([]);
  });

  it('are alternatives of a Hindi question word, weaker than its own forms', () => {
    const alts = altsOf('किताब कहाँ छपी?', 'किताब');
    const synonym = alts.find((a) => a.field === 'stem' && a.term === stemOf('पुस्तक'));
    expect(synonym).toBeDefined();
    expect(synonym!.strength).toBeLessThan(STRENGTH.stem);
  });
});
