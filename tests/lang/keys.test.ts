import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyCollisions, keyConsonants, NEAR_MIN_CONSONANTS, nearKeys, phoneticKey, phoneticKeys, soughtKeys, writtenConsonants } from '../../src/lang/keys.js';
import { normalize } from '../../src/lang/normalize.js';
import { scriptOf } from '../../src/lang/script.js';
import { bengaliBases } from '../../src/lang/stem.js';
import { tokenTerms } from '../../src/lang/terms.js';
import { tokenize } from '../../src/lang/tokenize.js';

/** Every key a word may have (a Bengali word has one per base). */
const keys = (word: string) => {
  const n = normalize(word);
  const script = scriptOf(n[0]!);
  const bases = script === 'beng' ? bengaliBases(n) : [n];
  return new Set(bases.flatMap((b) => phoneticKeys(b, script)));
};
/** A word's keys as the pipeline gives them (acronyms read letter by letter too), exact and near. */
const pipelineKeys = (word: string) => {
  const t = tokenTerms(tokenize(word)[0]!);
  return { exact: new Set(t.keys), near: new Set(t.near) };
};
/** Whether a word of keys `a` finds one of keys `b` in indexed text (keys.ts `soughtKeys`). */
const meet = (a: Set<string>, b: Set<string>) => [...a].flatMap(soughtKeys).some((k) => b.has(k));
/** Whether one key of the first word finds each of the others. */
const share = (...words: string[]) => {
  const [first, ...rest] = words.map(keys);
  return [...first!].flatMap(soughtKeys).some((k) => rest.every((r) => r.has(k)));
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

  it('read an English word ending in a consonant and -es both as a plural after a silent e and as written', () => {
    // tackles, टैकल: the e is silent and the s a plural
    expect(share('tackles', 'टैकल', 'ট্যাকল')).toBe(true);
    expect(share('fumbles', 'फ़म्बल', 'फ़म्बल्स')).toBe(true);
    expect(share('articles', 'आर्टिकल')).toBe(true);
    for (const k of keys('tackle')) expect(keys('tackles').has(k)).toBe(true);
    // Morales, services: the e is spoken, and Hindi and Bengali write the s
    expect(share('Morales', 'मोरालेस')).toBe(true);
    expect(share('services', 'सर्विसेस')).toBe(true);
    expect(share('Hercules', 'हरक्यूलिस', 'হারকিউলিস')).toBe(true);
    // an s that is the word's own, after a vowel other than an e, stays
    expect(keys('Marcus').has('mrks')).toBe(true);
  });

  it("give an English possessive the keys of the name itself: Luther's is लूथर (लूथर के), the Panthers' is पैंथर्स", () => {
    expect(pipelineKeys("Luther's").exact).toEqual(pipelineKeys('Luther').exact);
    expect(meet(pipelineKeys("Luther's").exact, pipelineKeys('लूथर').exact)).toBe(true);
    expect(meet(pipelineKeys("Kublai's").exact, pipelineKeys('कुबलाई').exact)).toBe(true);
    expect(pipelineKeys("Panthers'").exact).toEqual(pipelineKeys('Panthers').exact);
  });

  it('keep a consonant repeated in several syllables, but one doubled in place is one', () => {
    expect(share('Naninasu', 'नानिनासु', 'নানিনাসু')).toBe(true);
    expect(keys('Naninasu').has('nnns')).toBe(true);
    expect(share('Kolkatta', 'Kolkata', 'कोलकाता')).toBe(true);
  });

  it('read English spelling as sounds: silent letters, digraphs, -tion, soft c and g', () => {
    expect(share('Knowles', 'नोल्स')).toBe(true); // silent k
    expect(share('Fletcher', 'फ्लेचर')).toBe(true); // tch
    expect(share('Thompson', 'थॉम्पसन')).toBe(true); // th, and an anusvara-less mp
    expect(share('station', 'स्टेशन', 'স্টেশন')).toBe(true); // -tion
    expect(share('John', 'जॉन')).toBe(true); // h after a vowel before a consonant
    expect(share('Philips', 'फिलिप्स')).toBe(true); // ph as f
    expect(share('Christina', 'क्रिस्टीना')).toBe(true); // ch as k
    expect(share('Chester', 'चेस्टर')).toBe(true); // ch as ch
    expect(share('George', 'जॉर्ज')).toBe(true); // soft g
    expect(share('Gordon', 'गॉर्डन')).toBe(true); // hard g
  });

  it('hear the letters English spelling often leaves silent or voiced, beside the letters as written', () => {
    // s between vowels as z, after an e too, and -ism
    expect(share('resident', 'रेज़िडेंट')).toBe(true);
    expect(share('tourism', 'टूरिज़्म')).toBe(true);
    expect(share('tourism', 'টুরিজম')).toBe(true);
    // the t of -stle and -sten
    expect(share('castle', 'कैसल')).toBe(true);
    expect(share('listen', 'लिसन')).toBe(true);
    // each as written still
    expect(share('Bristol', 'ब्रिस्टल')).toBe(true);
    expect(share('resident', 'रेसिडेंट')).toBe(true);
    // and a reading taken early in the word is kept when later sounds have two readings too: the soft g of
    // Genesis (जेनेसिस) with its s heard as written, not only the hard g with each s read both ways
    expect(share('Genesis', 'जेनेसिस')).toBe(true);
    // an h after k or b is the aspirate Indian names write with it (Khan, खान), never a syllable of its own:
    // Khan is not कहना, Bhatt not बहुत
    expect(share('Khan', 'कहना')).toBe(false);
    expect(share('Bhatt', 'बहुत')).toBe(false);
  });

  it('read gh as silent only after i or u (night, though), and as the g it writes in names from other languages', () => {
    expect(share('Hooghly', 'হুগলি', 'हुगली')).toBe(true);
    expect(share('Edinburgh', 'एडिनबर्ग')).toBe(true);
    expect(share('Baghdad', 'बगदाद')).toBe(true);
    expect(share('Raghav', 'राघव')).toBe(true);
    expect(share('Brighton', 'ब्राइटन')).toBe(true);
    expect(share('Knight', 'नाइट')).toBe(true);
    expect(share('Vaughan', 'वॉन')).toBe(true);
    // at the end of a word too: Karol Bagh, Megh, Pittsburgh
    expect(share('Bagh', 'बाग')).toBe(true);
    expect(share('Megh', 'मेघ')).toBe(true);
    expect(share('Pittsburgh', 'पिट्सबर्ग')).toBe(true);
  });

  it('read Indic spelling into the same classes: anusvara before a lip consonant, the vowel r, a silent h', () => {
    expect(share('Campbell', 'कैंपबेल', 'ক্যাম্পবেল')).toBe(true);
    expect(share('Krishna', 'कृष्णा')).toBe(true);
    expect(share('Brahmaputra', 'ब्रह्मपुत्र')).toBe(true);
  });

  it('read a word in capitals letter by letter as well as as a word', () => {
    expect(meet(pipelineKeys('BBC').exact, pipelineKeys('बीबीसी').exact)).toBe(true);
    expect(meet(pipelineKeys('FBI').exact, pipelineKeys('एफबीआई').exact)).toBe(true);
    // the same letters in lower case are a word, not an acronym
    expect(meet(pipelineKeys('fbi').exact, pipelineKeys('एफबीआई').exact)).toBe(false);
  });

  it('give long words near keys that meet a spelling one consonant away, and short words none', () => {
    const english = pipelineKeys('Rothschild');
    const hindi = pipelineKeys('रॉथ्सचाइल्ड');
    expect(meet(english.exact, hindi.exact)).toBe(false);
    expect(meet(new Set([...english.exact, ...english.near]), new Set([...hindi.exact, ...hindi.near]))).toBe(true);
    expect(pipelineKeys('server').near.size).toBe(0);
  });

  it('make near keys one consonant shorter than a long key, never the key itself', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.string({ unit: fc.constantFrom(...'bdgklmnprst'), minLength: 1, maxLength: 12 }), (initialVowel, consonants) => {
        const key = (initialVowel ? 'a' : '') + consonants;
        const near = nearKeys([key]);
        if (keyConsonants(key) < NEAR_MIN_CONSONANTS) expect(near).toEqual([]);
        for (const k of near) {
          expect(k).not.toBe(key);
          expect(k.length).toBe(key.length - 1);
          // the initial vowel class is kept: a near key leaves out a consonant
          expect(k.startsWith('a')).toBe(initialVowel);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keep words that sound different apart', () => {
    expect(share('server', 'सेवा')).toBe(false);
    expect(share('police', 'पानी')).toBe(false);
  });

  it('keep short words apart when one ends in a vowel and the other does not, and together when both do', () => {
    // two consonants alone are shared by too many words: the ending tells Bill from बोले
    expect(share('Bill', 'बोले')).toBe(false);
    expect(share('Mila', 'मील')).toBe(false);
    expect(share('Bill', 'बिल')).toBe(true);
    expect(share('Mila', 'मिला')).toBe(true);
    expect(share('Tara', 'তারা')).toBe(true);
  });

  it('are Latin letters only (a short key may end in the marks of its vowels), or nothing for words too short to key', () => {
    // any text: a key, when there is one, is of that alphabet
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (w) => {
        const n = normalize(w);
        const k = phoneticKey(n, scriptOf(n[0] ?? ''));
        if (k !== undefined) expect(k).toMatch(/^[a-z]{2,}\.?~?[IU]?$/);
      }),
      { numRuns: 1000 },
    );
    // words of two consonants or more in each script: always a key, always of that alphabet
    const spelled = (letters: string, signs: string) =>
      fc.array(fc.tuple(fc.constantFrom(...letters), fc.constantFrom(...signs)), { minLength: 2, maxLength: 6 }).map((cs) => cs.map(([c, v]) => c + v).join(''));
    const words = fc.oneof(
      spelled('bdgklmnprst', 'aeiou'),
      spelled('कगजटडतदनपबमरलस', ['', 'ा', 'ि', 'ी', 'ु', 'े', 'ो'].join('')),
      spelled('কগজটডতদনপবমরলস', ['', 'া', 'ি', 'ী', 'ু', 'ে', 'ো'].join('')),
    );
    fc.assert(
      fc.property(words, (w) => {
        const n = normalize(w);
        const k = phoneticKey(n, scriptOf(n[0]!));
        expect(k).toBeDefined();
        expect(k).toMatch(/^[a-z]{2,}\.?~?[IU]?$/);
      }),
    );
    expect(phoneticKey('up', 'latn')).toBeUndefined();
    expect(phoneticKey('web', 'latn')).toBe(phoneticKey('वेब', 'deva'));
  });

  it('keep a short word heard with an i or a u apart from English words whose first vowel cannot be it', () => {
    // Luther, not later; Kim and kill, not Kamal and call
    expect(share('लूथर', 'Luther')).toBe(true);
    expect(share('लूथर', 'later')).toBe(false);
    expect(share('किल', 'kill')).toBe(true);
    expect(share('किल', 'call')).toBe(false);
    expect(share('কিম', 'Kim')).toBe(true);
    expect(share('কিম', 'Kamal')).toBe(false);
    // English spelling leaves the vowel open: o may be a u (police), i the ai of Mike, a u the a of but
    expect(share('पुलिस', 'police')).toBe(true);
    expect(share('माइक', 'Mike')).toBe(true);
    expect(share('बट', 'but')).toBe(true);
    expect(share('न्यूज़', 'news')).toBe(true);
    expect(share('क्वीन', 'queen')).toBe(true);
    expect(share('সিজন', 'season')).toBe(true);
    // an e before a gliding w is the yu of new: Lewis, लुईस
    expect(share('लुईस', 'Lewis')).toBe(true);
    // an anusvara after the first consonant follows the inherent vowel: संजू is Sanju, मंडी Mandi
    expect(share('संजू', 'Sanju')).toBe(true);
    expect(share('Sanju', 'संजू')).toBe(true);
    expect(share('मंडी', 'Mandi')).toBe(true);
    // an i before a vowel letter, or a Bengali i before য়, is the glide of the syllable after it: ইউনূস, কিউবা, ইয়র্ক
    expect(share('Yunus', 'ইউনূস', 'यूनुस')).toBe(true);
    expect(share('Cuba', 'কিউবা', 'क्यूबा')).toBe(true);
    expect(share('York', 'ইয়র্ক', 'यॉर्क')).toBe(true);
    // but an i heard after a consonant, before another vowel, is an i: প্রিয়া, प्रिया; থিয়েটার, थियेटर
    expect(share('প্রিয়া', 'प्रिया')).toBe(true);
    expect(share('থিয়েটার', 'थियेटर')).toBe(true);
    expect(share('নিয়ম', 'नियम')).toBe(true);
    // a consonant with its nukta, or before a vowel letter, carries the inherent vowel: ज़मीन, सईद, सऊदी
    expect(share('zameen', 'ज़मीन', 'জমিন')).toBe(true);
    expect(share('Saudi', 'सऊदी', 'সৌদি')).toBe(true);
    // the vowel r is heard ri: ऋषि, Rishi
    expect(share('Rishi', 'ऋषि', 'রিশি')).toBe(true);
    // another vowel (अ, ए, ओ) leaves the key open to every English reading
    expect(share('लेटर', 'later')).toBe(true);
    expect(share('लेटर', 'Luther')).toBe(true);
  });

  it('keep two Indic short words apart when their first vowels differ, and Hindi and Bengali spellings of one word together', () => {
    expect(share('किल', 'कल')).toBe(false);
    expect(share('कुल', 'कल')).toBe(false);
    expect(share('किल', 'कुल')).toBe(false);
    expect(share('দিল্লি', 'दिल्ली')).toBe(true);
    expect(share('Kumar', 'কুমার', 'कुमार')).toBe(true);
    expect(share('পুলিশ', 'पुलिस')).toBe(true);
    // a Bengali এ or ও, which Hindi often writes as an i or a u, may be heard so: জেলা is जिला, দোকান दुकान, ওমর उमर
    expect(share('जिला', 'জেলা')).toBe(true);
    expect(share('জেলা', 'जिला')).toBe(true);
    expect(share('দোকান', 'दुकान')).toBe(true);
    expect(share('उमर', 'ওমর', 'Omar')).toBe(true);
    expect(share('এলাকা', 'इलाका')).toBe(true);
    // and still not as the other: জেলা is no जुला, দোকান no दिकान
    expect(share('जुला', 'জেলা')).toBe(false);
    expect(share('दिकान', 'দোকান')).toBe(false);
    // through a cluster (क्वीन) to its vowel, past a nukta (फ़िल्म)
    expect(keys('क्वीन')).toEqual(keys('क्विन'));
    expect(keys('फ़िल्म')).toEqual(keys('फिल्म'));
  });

  it('mark only short keys: a word of four consonants or more keeps one key for every vowel', () => {
    expect(share('सर्वर', 'सुर्वर')).toBe(true);
    for (const k of keys('Hercules')) expect(k).not.toMatch(/[IU]$/);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (w) => {
        const n = normalize(w);
        for (const k of phoneticKeys(n, scriptOf(n[0] ?? ''))) if (/[IU]$/.test(k)) expect(keyConsonants(k)).toBeLessThanOrEqual(3);
      }),
      { numRuns: 500 },
    );
  });

  it('let an English word find an English word of its sound by the plain key only, never twice', () => {
    // (the keys of a word's own that its keys find in indexed text are its plain keys, each once)
    const findsOwnPlainKeys = (w: string, script: 'latn' | 'beng') => {
      const own = new Set(phoneticKeys(w, script));
      expect([...own].flatMap(soughtKeys).filter((k) => own.has(k))).toEqual([...own].filter((k) => !/[IU]$/.test(k)));
    };
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{2,9}$/), (w) => findsOwnPlainKeys(w, 'latn')));
    // and a Bengali word of এ or ও, which may be heard as Hindi writes it, finds a Bengali word by its plain key only too
    const bengali = fc
      .tuple(fc.constantFrom(...'কগজটডতদনপবমরলস'), fc.constantFrom('\u09C7', '\u09CB', 'া'), fc.constantFrom(...'কগজটডতদনপবমরলস'), fc.constantFrom(...'কগজটডতদনপবমরলস'))
      .map(([a, v, b, c]) => a + v + b + c);
    fc.assert(fc.property(bengali, (w) => findsOwnPlainKeys(w, 'beng')));
    expect(soughtKeys('ltr~U')).toEqual(['ltrU']);
    expect(soughtKeys('ltrU')).toEqual(['ltrU', 'ltr~U']);
    expect(soughtKeys('srbr')).toEqual(['srbr']);
  });

  it('read an acronym letter by letter with the vowel its first letter’s name is heard with (BBC: बीबीसी)', () => {
    expect(meet(pipelineKeys('BBC').exact, pipelineKeys('बीबीसी').exact)).toBe(true);
    expect(meet(pipelineKeys('NFL').exact, pipelineKeys('एनएफएल').exact)).toBe(true);
    expect(meet(pipelineKeys('BBC').exact, pipelineKeys('बबस').exact)).toBe(true);
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

describe('a people’s or a country’s adjective across scripts', () => {
  const keysOf = (word: string) => new Set(tokenTerms(tokenize(word)[0]!).keys);
  const share = (a: string, b: string) => [...keysOf(a)].flatMap(soughtKeys).some((k) => keysOf(b).has(k));

  it('matches the English adjective to the Hindi and Bengali one written with a final i', () => {
    const pairs: [string, string][] = [
      ['American', 'अमेरिकी'],
      ['Turkish', 'तुर्की'],
      ['Chinese', 'चीनी'],
      ['Korean', 'कोरियाई'],
      ['Russian', 'रूसी'],
      ['Japanese', 'जापानी'],
      ['Chinese', 'চীনা'],
    ];
    for (const [en, indic] of pairs) {
      expect(share(en, indic), `${en} ↔ ${indic}`).toBe(true);
    }
  });

  it('reads only a capitalized word so, and keeps its own keys', () => {
    expect(keysOf('ocean')).toEqual(new Set(phoneticKeys('ocean', 'latn')));
    for (const k of phoneticKeys('american', 'latn')) expect(keysOf('American').has(k)).toBe(true);
  });
});

describe('a consonant written twice in Devanagari', () => {
  it('is two sounds with the inherent vowel between (जीसस: Jesus), one sound through a virama (दिल्ली)', () => {
    expect(share('जीसस', 'jesus')).toBe(true);
    expect(share('दिल्ली', 'delhi')).toBe(true);
    expect(share('दिल्ली', 'दिली')).toBe(true);
  });
});

describe('a word’s consonants as its own script writes them', () => {
  const consonants = (word: string) => writtenConsonants(normalize(word), scriptOf(normalize(word)[0]!));

  it('are alike for two spellings of one word and apart for words the key’s sound classes merge', () => {
    expect(consonants('फ्रेसनो')).toBe(consonants('फ्रेस्नो'));
    expect(consonants('रिवरटॉन')).toBe(consonants('रिवरटन'));
    expect(consonants('Burtton')).toBe(consonants('Burton'));
    expect(phoneticKey('फ्रेस्नो', 'deva')).toBe(phoneticKey('प्रसन्न', 'deva'));
    expect(consonants('फ्रेस्नो')).not.toBe(consonants('प्रसन्न'));
    expect(consonants('Verton')).not.toBe(consonants('Burton'));
    // ৎ is ত written without its vowel
    expect(consonants('উৎপাদন')).toBe(consonants('উত্পাদন'));
  });

  it('do not change with the vowel signs, viramas and nasal marks written between them', () => {
    const signs = ['\u093E', '\u093F', '\u0940', '\u0947', '\u094B', '\u094D', '\u0902', '\u0901'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom('क', 'त', 'र', 'स', 'न', 'म'), { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...signs), { minLength: 6, maxLength: 6 }), (letters, marks) => {
        const bare = letters.join('');
        const marked = letters.map((l, i) => l + marks[i]!).join('');
        expect(writtenConsonants(marked, 'deva')).toBe(writtenConsonants(bare, 'deva'));
      }),
    );
  });

  it('are empty for a word in no script the keys read', () => {
    expect(writtenConsonants('123', undefined)).toBe('');
  });
});
