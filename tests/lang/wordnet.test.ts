import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { irregularForms } from '../../scripts/english-irregular.js';
import { STRENGTH, analyzeQuery, namesPerson } from '../../src/lang/analyze.js';
import { WORDNET_EN } from '../../src/lang/data/wordnet-en.js';
import { concept, conceptsOfWord, matchConcepts, wordStems } from '../../src/lang/lexicon.js';
import { normalize } from '../../src/lang/normalize.js';
import { cardinalValue } from '../../src/lang/numbers.js';
import { WORDNET_STRENGTH, formatWordnetData, parseWordnetData, senseShare } from '../../src/lang/wordnet-format.js';
import { wordnetConcepts } from '../../src/lang/wordnet.js';
import { stemEnglish } from '../../src/lang/stem.js';
import { CALENDAR_NAMES, isWrittenPast, namesThings } from '../../src/lang/words.js';
import { ROOT } from '../helpers/corpus.js';

const entries = parseWordnetData(WORDNET_EN);
const stemOf = (word: string) => wordStems(normalize(word))[0]!;
const conceptAlts = (question: string, raw: string) =>
  analyzeQuery(question)
    .units.find((u) => u.raw === raw)
    ?.alts.filter((a) => a.field === 'concept');

describe('the WordNet table', () => {
  it('is what npm run build:wordnet makes from the installed WordNet and the current lexicon', { timeout: 60_000 }, async () => {
    // the table follows the lexicon (a word the lexicon learns leaves it), so a lexicon change must rebuild it
    const { stdout } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-wordnet.ts', '--check'], { cwd: ROOT });
    expect(stdout).toContain('is what the build makes');
  });

  it('is small, and reads back to the text it was written as (a rebuild of the same data is the same file)', () => {
    expect(WORDNET_EN.length).toBeLessThan(2_000_000);
    expect(entries.length).toBeGreaterThan(1000);
    expect(formatWordnetData(entries)).toBe(WORDNET_EN);
  });

  it('holds only words the lexicon does not know, each reaching common concepts of the lexicon, below a lexicon concept and above its floor', () => {
    for (const e of entries) {
      // keys are stems: the lexicon reads them as the question's stems
      const known = matchConcepts(e.key.split(' ').map((stem) => [stem]));
      expect(known.some((m) => m.first === 0 && m.last === e.key.split(' ').length - 1), e.key).toBe(false);
      for (const c of e.concepts) {
        expect(concept(c.concept), `${e.key} → ${c.concept}`).toBeDefined();
        expect(concept(c.concept)!.entity).toBe(false);
        expect(c.strength).toBeLessThan(STRENGTH.concept);
        expect(c.strength).toBeGreaterThanOrEqual(WORDNET_STRENGTH.floor);
      }
    }
  });

  it('leads no common word to a day or a month: WordNet writes those names capitalized, and march (to walk) or mar (to spoil) is another word', () => {
    const reachers = entries.filter((e) => e.concepts.some((c) => CALENDAR_NAMES.has(c.concept))).map((e) => e.key);
    expect(reachers).toEqual([]);
    expect(conceptAlts('Who defaced the statue?', 'defaced')?.map((a) => a.term)).not.toContain('march');
  });

  it('gives an irregular form what its base form reaches (brought, dwelt, dying: no stemmer gets there), from WordNet’s exception lists', () => {
    const table = new Map(entries.map((e) => [e.key, e.concepts.map((c) => c.concept)]));
    const forms = new Map(irregularForms().map((f) => [f.form, f.base]));
    for (const [form, base] of [['brought', 'bring'], ['dwelt', 'dwell'], ['dying', 'die'], ['bent', 'bend'], ['bled', 'bleed']] as const) {
      expect(forms.get(form)).toBe(base);
      const reached = table.get(stemOf(base));
      expect(reached, base).toBeDefined();
      expect(table.get(stemOf(form)), `${form} (${base})`).toEqual(expect.arrayContaining(reached!));
    }
    // the lists are WordNet's own, all three parts of speech
    expect(irregularForms()).toEqual(
      expect.arrayContaining([
        { form: 'sought', base: 'seek', pos: ['v'] },
        { form: 'broke', base: 'break', pos: ['v'] },
        { form: 'children', base: 'child', pos: ['n'] },
        { form: 'worse', base: 'bad', pos: ['a'] },
        // a form of one base in two lists is of both parts of speech: goes, the verb's and the noun's
        { form: 'goes', base: 'go', pos: ['v', 'n'] },
      ]),
    );
  });

  it('leaves out the irregular forms of a word no one uses (colly) and of a form more common as a word of its own', () => {
    const table = new Map(entries.map((e) => [e.key, e.concepts.map((c) => c.concept)]));
    const forms = new Map(irregularForms().map((f) => [f.form, f.base]));
    // WordNet lists "collier" as a form of the rare "colly"; the build does not follow it
    expect(forms.get('collier')).toBe('colly');
    expect(table.has(stemOf('collier'))).toBe(false);
  });

  it('weighs a sense by its share of the word’s tagged uses: a word of many senses weighs less, a frequent sense more', () => {
    expect(senseShare(0, [0])).toBe(1);
    fc.assert(
      fc.property(fc.nat(1000), fc.array(fc.nat(1000), { minLength: 1, maxLength: 20 }), fc.nat(1000), (tags, others, extra) => {
        const alone = senseShare(tags, [tags, ...others]);
        expect(alone).toBeGreaterThan(0);
        expect(alone).toBeLessThanOrEqual(1);
        // one more sense, the same sense weighs less
        expect(senseShare(tags, [tags, ...others, extra])).toBeLessThan(alone);
        // the same sense tagged more often weighs more
        expect(senseShare(tags + 1, [tags + 1, ...others])).toBeGreaterThan(alone);
      }),
    );
  });
});

describe('English question words through WordNet', () => {
  it('lets a word the lexicon does not know reach lexicon concepts by its senses (assail is attack, larceny is stealing)', () => {
    expect(conceptsOfWord('assailed')).toEqual([]);
    expect(conceptAlts('Who assailed the hospital?', 'assailed')?.map((a) => a.term)).toContain('attack');
    expect(conceptAlts('Was there any larceny?', 'larceny')?.map((a) => a.term)).toContain('steal');
  });

  it('keeps every WordNet alternative weaker than the word itself and than a lexicon concept', () => {
    const unit = analyzeQuery('Who assailed the hospital?').units.find((u) => u.raw === 'assailed')!;
    const own = Math.max(...unit.alts.filter((a) => a.field === 'text').map((a) => a.strength));
    const concepts = unit.alts.filter((x) => x.field === 'concept');
    expect(concepts.length).toBeGreaterThan(0);
    for (const a of concepts) {
      expect(a.strength).toBeLessThan(own);
      expect(a.strength).toBeLessThan(STRENGTH.concept);
    }
  });

  it('leaves words the lexicon knows to the lexicon, and names, numbers and non-English questions alone', () => {
    // a lexicon word keeps exactly its lexicon concepts, and, more weakly, the doer English writes on its stem
    // (attacked: the attackers, hackers); the doer's noun reaches no act (attackers: hacker alone)
    const attacked = conceptAlts('Who attacked the hospital?', 'attacked')!;
    expect(attacked.filter((a) => !a.broader)).toEqual(conceptsOfWord('attacked').map((term) => ({ field: 'concept', term, strength: STRENGTH.concept })));
    expect(attacked.filter((a) => a.broader)).toEqual([{ field: 'concept', term: 'hacker', strength: STRENGTH.broader, broader: true }]);
    expect(conceptAlts('Who were the attackers?', 'attackers')!.map((a) => a.term)).toEqual(['hacker']);
    // a capitalized word inside a question is read as a name, whatever WordNet says of the common word
    expect(wordnetConcepts([stemOf('plunder')]).length).toBeGreaterThan(0);
    expect(conceptAlts('Where did Plunder play?', 'Plunder')).toEqual([]);
    // romanized Hindi is not English
    expect(analyzeQuery('plunder kab hua').units.flatMap((u) => u.alts).filter((a) => a.field === 'concept' && a.term === 'steal')).toEqual([]);
  });

  it('reads a WordNet phrase as one unit', () => {
    // a two-word phrase of plain words that are their own stems, unknown to the lexicon and no number's (zero)
    const plain = (w: string) => w.length > 2 && stemOf(w) === w && conceptsOfWord(w).length === 0 && cardinalValue(w, ['en']) === undefined;
    const phrase = entries.find((e) => /^[a-z]+ [a-z]+$/.test(e.key) && e.key.split(' ').every(plain));
    expect(phrase).toBeDefined();
    const q = analyzeQuery(`What about the ${phrase!.key}?`);
    const unit = q.units.find((u) => u.raw === phrase!.key);
    expect(unit?.alts.filter((a) => a.field === 'concept').map((a) => a.term)).toEqual(phrase!.concepts.map((c) => c.concept));
  });
});

describe('nouns that name things, never people (data THING_NOUNS)', () => {
  it('holds the plural of artifacts, vehicles and places, and no word that may name a person', () => {
    for (const w of ['toilets', 'buses', 'boats', 'bridges', 'roads']) expect(namesThings(w, 'en'), w).toBe(true);
    // a sense that is a person keeps a word out (a guard, a cow of a woman), as does a group's first (families, villages: their people)
    for (const w of ['guards', 'people', 'victims', 'families', 'villages', 'passengers', 'children', 'cows']) expect(namesThings(w, 'en'), w).toBe(false);
    // nor one used for a group of people (couples, locals), nor an animal, as WordNet files human beings with them
    for (const w of ['couples', 'locals', 'humans']) expect(namesThings(w, 'en'), w).toBe(false);
    // a singular is no count of things, and Hindi and Bengali have no such data
    expect(namesThings('toilet', 'en')).toBe(false);
    expect(namesThings('शौचालयों', 'hi')).toBe(false);
  });
});

describe('nouns whose commonest sense names a person (data PERSON_NOUNS)', () => {
  const unit = (question: string, word: string) => analyzeQuery(question).units.find((u) => u.raw === word)!;
  it('holds kinds of people in the singular and the plural', () => {
    for (const w of ['player', 'players', 'artist', 'ruler', 'pilot', 'chemists', 'architect']) expect(namesPerson(unit(`Which ${w} came?`, w)), w).toBe(true);
  });
  it('leaves out a noun of another kind, and one whose stem a noun of another kind shares', () => {
    // (a bridge, a farm; national: nation, colonist: colony, professional: profession, engineer: engine)
    for (const w of ['bridge', 'farm', 'nationals', 'colonists', 'professional', 'engineer']) expect(namesPerson(unit(`Which ${w} came?`, w)), w).toBe(false);
  });
  it('reads a Hindi word by its English translations', () => {
    expect(namesPerson(unit('किस खिलाड़ी ने रन बनाए?', 'खिलाड़ी'))).toBe(true);
    expect(namesPerson(unit('किस पुल को नुकसान हुआ?', 'पुल'))).toBe(false);
  });
});

describe('irregular pasts (data PAST_FORMS)', () => {
  const past = (w: string) => isWrittenPast(w, stemEnglish(w), 'en');
  it('reads a verb\'s irregular past or participle as a past, as it reads one in -ed', () => {
    for (const w of ['won', 'spoke', 'stole', 'stolen', 'caught', 'wrote', 'written', 'led', 'fed', 'fought']) expect(past(w), w).toBe(true);
    expect(past('attacked')).toBe(true);
  });
  it('reads no noun the corpora use, no function word and no present or gerund as one', () => {
    // (which gunshot wound, a shot, the left, a thought; was, made and went the question reader passes over)
    for (const w of ['wound', 'shot', 'left', 'thought', 'was', 'made', 'went', 'goes', 'lying', 'speed', 'team']) expect(past(w), w).toBe(false);
    // Hindi and Bengali have no such list
    expect(isWrittenPast('won', 'won', 'hi')).toBe(false);
  });
});
