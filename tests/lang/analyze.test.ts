import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRENGTH, analyzePassage, analyzeQuery, analyzeText, readingOf } from '../../src/lang/analyze.js';
import { superlativeBases } from '../../src/lang/english.js';
import { ask } from '../../src/qa/answer.js';
import { SearchIndex } from '../../src/search/index.js';
import { article } from '../helpers/index.js';

const alts = (q: string) => analyzeQuery(q).units.map((u) => u.alts.map((a) => `${a.field}:${a.term}`));

describe('reading a question', () => {
  it('tells English from romanized Hindi and romanized Bengali', () => {
    expect(readingOf('How many servers were hacked?')).toEqual({ language: 'en', romanized: false, confident: true });
    expect(readingOf('AIIMS ke kitne server hack hue?')).toEqual({ language: 'hi', romanized: true, confident: true });
    expect(readingOf('hackers ne kitne paise maange?')).toEqual({ language: 'hi', romanized: true, confident: true });
    expect(readingOf('AIIMS-e hamla kokhon hoyechilo?')).toEqual({ language: 'bn', romanized: true, confident: true });
    expect(readingOf('এইমসে হামলা কখন হয়েছিল?')).toEqual({ language: 'bn', romanized: false, confident: true });
    // a Bengali verb in the present continuous tells Bengali from Hindi, whose के is also Bengali's কে
    for (const q of ['ke tadanto korche?', 'ke tadanto korchen?']) expect(readingOf(q), q).toEqual({ language: 'bn', romanized: true, confident: true });
    expect(readingOf('AIIMS servers').confident).toBe(false);
    expect(readingOf('?!').confident).toBe(false);
  });

  it('finds what the question asks for, "how many" and "किस दिन" included', () => {
    expect(analyzeQuery('How many servers were hacked?').asks).toBe('count');
    expect(analyzeQuery('एम्स पर हमला किस दिन हुआ?').asks).toBe('time');
    expect(analyzeQuery('कितने दिन बंद रहा?').asks).toBe('count');
    expect(analyzeQuery('Who is investigating?').asks).toBe('person');
    expect(analyzeQuery('How many servers were hacked?').units.map((u) => u.raw)).toEqual(['servers', 'hacked']);
  });

  it('reads a romanized word without the endings its language writes onto words: hackeron is hacker, manga mang, serverer server', () => {
    const concepts = (q: string) => analyzeQuery(q).units.flatMap((u) => u.alts.filter((a) => a.field === 'concept').map((a) => a.term));
    expect(concepts('hackeron ne kitna paisa manga')).toEqual(expect.arrayContaining(['hacker', 'demand']));
    expect(concepts('serverer upor hamla ke koreche')).toContain('server');
    // a Bengali genitive after a vowel is -r alone: chhatrir is chhatri's (ছাত্রীর)
    expect(concepts('sitapur e mrito chhatrir poribar ke sarkar koto taka debe')).toEqual(expect.arrayContaining(['student', 'death', 'family']));
    // the key of the base finds the Hindi word without its ending: हैकर
    expect(alts('hackeron ne kya kiya').flat()).toContain('key:hkr');
    // and a Bengali verb without its tense's ending: porechilo (পড়েছিল) is por, as পড়ে is
    expect(alts('bus ta kothay porechilo').flat()).toContain('key:pr');
    expect(analyzePassage('বাসটি সেচখালে পড়ে যায়।', 'bn').key).toContain('pr');
  });

  it('reads a romanized word with another of its language\'s endings as the lexicon writes it: girne is girna, bonnay bonna', () => {
    const concepts = (q: string) => analyzeQuery(q).units.flatMap((u) => u.alts.filter((a) => a.field === 'concept').map((a) => a.term));
    expect(concepts('imarat girne se kitne log mare')).toContain('collapse');
    expect(concepts('bonnay koto jon mara geche')).toContain('flood');
    // a function word of romanized Bengali as people type it is no unit: geche (গেছে)
    expect(analyzeQuery('bonnay koto jon mara geche').units.map((u) => u.raw)).not.toContain('geche');
    // never a name's form (patni is no Patna), nor another word of a base of three letters (pati: pata, address)
    expect(concepts('patni ne kya kaha')).not.toContain('patna');
    expect(concepts('pati ne kya bataya')).not.toContain('address');
    expect(concepts('nete ne kya kaha')).not.toContain('politician');
  });

  it('lets a romanized question reach Devanagari and Bengali passages through keys, numbers and concepts', () => {
    const q = alts('AIIMS ke kitne server hack hue?').flat();
    const hindi = analyzePassage('हैकर्स की तरफ से कुल पांच सर्वर को हैक किया गया था।', 'hi');
    const bengali = analyzePassage('এইমস-এর ব্যাক-আপ সার্ভার ডাউন হয়ে যায়।', 'bn');
    expect(q).toContain('key:srbr');
    expect(hindi.key).toContain('srbr');
    expect(bengali.key).toContain('srbr');
    expect(q).toContain('concept:aiims');
    expect(bengali.concept).toContain('aiims');
    expect(analyzeQuery('paanch server').units.flatMap((u) => u.alts).some((a) => a.field === 'num' && a.term === '5')).toBe(false);
    expect(analyzeQuery('AIIMS ke paanch server').units.flatMap((u) => u.alts).some((a) => a.field === 'num' && a.term === '5')).toBe(true);
    expect(hindi.num).toContain('5');
  });

  it('treats names as entities and drops function words and lone letters', () => {
    const units = analyzeQuery('AIIMS-e cyber hamla kokhon hoyechilo?').units;
    expect(units.map((u) => u.raw)).toEqual(['AIIMS', 'cyber hamla']);
    expect(units.find((u) => u.raw === 'AIIMS')!.entity).toBe(true);
  });

  it('treats a word of a question typed in lower case that is no English word, nor a slip of one, as a name', () => {
    const entities = (q: string) => analyzeQuery(q).units.filter((u) => u.entity).map((u) => u.raw);
    expect(entities('who is the chief fire officer in bharuch?')).toEqual(['bharuch']);
    expect(entities('how many trains were delayed at kharagpur')).toEqual(['kharagpur']);
    // not an English word WordNet leaves out (a preposition, a pronoun: wink-lexicon), one of degree on a short
    // adjective, a slip of a known word, nor anything in a question that capitalizes its names itself
    expect(entities('what do some people protest against?')).toEqual([]);
    expect(entities('what happened to the servers itself upon the attack')).toEqual([]);
    expect(entities('what is the newer theory of the spread')).toEqual([]);
    expect(entities('what was the ransum')).toEqual([]);
    // nor two English words written as one, nor the plural of a word too short for the tables
    expect(entities('is there a heatwave alert and a helpline number')).toEqual([]);
    expect(entities('how many buses and gases')).toEqual([]);
    expect(entities('Who is the chief fire officer in Bharuch and bharuch?')).toEqual(['Bharuch']);
  });

  it('drops an English auxiliary that is denied, typed with or without its apostrophe, as it drops the auxiliary', () => {
    for (const q of ["isn't the bridge closed now", 'isnt the bridge closed now', 'Isn’t the bridge closed now?']) expect(analyzeQuery(q).units.map((u) => u.raw), q).toEqual(['bridge', 'closed', 'now']);
    expect(analyzeQuery('why didnt the police act').units.map((u) => u.raw)).toEqual(['police', 'act']);
  });

  it('drops the indefinite pronouns of each language alike ("any", কোনো, किसी), which say nothing of what is asked', () => {
    expect(analyzeQuery('Which state has any capital?').units.map((u) => u.raw)).toEqual(['state', 'capital']);
    expect(analyzeQuery('किसी राज्य की राजधानी क्या है?').units.map((u) => u.raw)).toEqual(['राज्य', 'राजधानी']);
    expect(analyzeQuery('कोई सर्वर बचा?').units.map((u) => u.raw)).toEqual(['सर्वर', 'बचा']);
    expect(analyzeQuery('কোনো সার্ভার বেঁচেছে?').units.map((u) => u.raw)).not.toContain('কোনো');
  });

  it('drops possessive pronouns in every language, as English drops "my" and "your"', () => {
    expect(analyzeQuery('What happened to your data?').units.map((u) => u.raw)).toEqual(['happened', 'data']);
    expect(analyzeQuery('मेरा डेटा लीक हुआ?').units.map((u) => u.raw)).toEqual(['डेटा', 'लीक']);
    expect(analyzeQuery('आपका डेटा लीक हुआ?').units.map((u) => u.raw)).toEqual(['डेटा', 'लीक']);
    expect(analyzeQuery('আমার ডেটা ফাঁস হয়েছে?').units.map((u) => u.raw)).not.toContain('আমার');
  });

  it('drops an English function word written in a question in Hindi or Bengali script', () => {
    expect(analyzeQuery('Tom and Jerry का पहला एपिसोड कब आया?').units.map((u) => u.raw)).toEqual(['Tom', 'Jerry', 'पहला', 'एपिसोड']);
    expect(analyzeQuery('The Lost World বইটি কে লিখেছেন?').units.map((u) => u.raw)).not.toContain('The');
    // an acronym in capitals names what is asked about, even one that spells a function word
    expect(analyzeQuery('IT विभाग पर हमला कब हुआ?').units.map((u) => u.raw)).toContain('IT');
    expect(analyzeQuery('US সরকার কী বলেছে?').units.map((u) => u.raw)).toContain('US');
  });

  it('drops a noun of manner that makes an adverb with its case (आम तौर पर, मुख्य रूप से), and keeps it as a noun without one', () => {
    expect(analyzeQuery('बांध आम तौर पर कहाँ बनाए जाते हैं?').units.map((u) => u.raw)).toEqual(['बांध', 'आम', 'बनाए']);
    expect(analyzeQuery('नदी किस तरह से बहती है?').units.map((u) => u.raw)).not.toContain('तरह');
    expect(analyzeQuery('काम के तरीके बदलने से क्या हुआ?').units.map((u) => u.raw)).toContain('तरीके');
  });

  it('drops a romanized function word that only its language’s own list spells (the plural রা typed apart as "ra")', () => {
    expect(analyzeQuery('chor ra koto gari niyechhe?').units.map((u) => u.raw)).toEqual(['chor', 'gari', 'niyechhe']);
    expect(analyzeQuery('pulis ne sabhi gadiyan kab pakdi?').units.map((u) => u.raw)).toEqual(['pulis', 'gadiyan', 'pakdi']);
  });

  it('does not read English as romanized Hindi for English words that are also readings of Hindi function words', () => {
    // में is read "men", उसे "use", मैं "main", बाद "bad": they mark no language
    expect(readingOf('What is the main use of men in a bad year?').language).toBe('en');
    expect(readingOf('Is the main use of steel in cars?').language).toBe('en');
  });

  it('drops a verb of coming as "came" is dropped, but not a word or name that a form of it is read as (आई: AI, আসে: Ashe, এল: El)', () => {
    expect(analyzeQuery('hackers kahan se aaye the').units.map((u) => u.raw)).toEqual(['hackers']);
    expect(analyzeQuery('হ্যাকাররা কোথা থেকে এসেছিল?').units.map((u) => u.raw)).toEqual(['হ্যাকাররা']);
    expect(analyzeQuery('kya AI se attack hua?').units.map((u) => u.raw)).toContain('AI');
    expect(analyzeQuery('ata ka daam kya hai').units.map((u) => u.raw)).toContain('ata');
    expect(analyzeQuery('aate ki keemat kitni badhi').units.map((u) => u.raw)).toContain('aate');
    expect(analyzeQuery('आई.टी. विभाग पर हमला कब हुआ?').units.map((u) => u.raw)).toContain('आई');
    expect(analyzeQuery('এল নিনো কবে শুরু হয়?').units.map((u) => u.raw)).toContain('এল');
    for (const q of ['Arthur Ashe stadium location', 'Aya Nakamura latest song', 'aye aye captain']) expect(readingOf(q).language, q).toBe('en');
  });

  it('reads a phrase of the lexicon only within one phrase of the text: no "Delhi Police" across a comma', () => {
    const units = (q: string) => analyzeQuery(q).units.map((u) => u.raw);
    expect(units('दिल्ली पुलिस ने क्या कहा?')).toContain('दिल्ली पुलिस');
    expect(units('दिल्ली, पुलिस ने क्या कहा?')).toEqual(expect.arrayContaining(['दिल्ली', 'पुलिस']));
    expect(units('दिल्ली, पुलिस ने क्या कहा?')).not.toContain('दिल्ली, पुलिस');
    const concepts = (text: string) => analyzeText(text, 'en').concepts.flat();
    expect(concepts('The Delhi Police said.')).toContain('delhi-police');
    expect(concepts('Officers went to Delhi. Police said so.')).not.toContain('delhi-police');
    expect(concepts('In Delhi, police said so.')).not.toContain('delhi-police');
    // (the stop after a single letter abbreviates: a.m. is the morning's)
    expect(concepts('The fire began at 5:30 a.m. on Monday.')).toContain('morning');
  });

  it('never throws and is deterministic on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        expect(analyzeQuery(s)).toEqual(analyzeQuery(s));
        expect(analyzePassage(s, 'hi')).toEqual(analyzePassage(s, 'hi'));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('widening a question word to the broader concept it is a kind of', () => {
  it('lets a word reach its parent concept, more weakly than its own: a ransom is a demand, ransomware a malware', () => {
    for (const [question, parent] of [
      ['What was the ransom?', 'demand'],
      ['फिरौती कितनी थी?', 'demand'],
      ['Which ransomware was used?', 'malware'],
    ] as const) {
      const unit = analyzeQuery(question).units.find((u) => u.alts.some((a) => a.field === 'concept' && a.term === parent))!;
      const own = Math.max(...unit.alts.filter((a) => !a.broader).map((a) => a.strength));
      const wide = unit.alts.find((a) => a.term === parent)!;
      expect(wide.broader, question).toBe(true);
      expect(wide.strength, question).toBeLessThan(own);
    }
  });

  it('does not widen a name: a question about Delhi is not about any city', () => {
    const unit = analyzeQuery('Where in Delhi did it happen?').units.find((u) => u.raw === 'Delhi')!;
    expect(unit.entity).toBe(true);
    expect(unit.alts.some((a) => a.broader)).toBe(false);
  });
});

describe('the sound keys of Hindi and Bengali words in English text', () => {
  const keyShares = (question: string) =>
    analyzeQuery(question).units.map((u) => [...new Set(u.alts.filter((a) => a.field === 'key').map((a) => a.inEnglish ?? 1))]);

  it('weakens them for a word the dictionary translates into English words of another sound', () => {
    // मौसम: weather, season
    expect(keyShares('मौसम')).toEqual([[STRENGTH.nativeKeyInEnglish]]);
    expect(STRENGTH.nativeKeyInEnglish).toBeLessThan(1);
  });

  it('keeps them whole for a loanword written as its translation sounds, and for a name the dictionary does not know', () => {
    expect(keyShares('कंप्यूटर')).toEqual([[1]]);
    expect(keyShares('कुएक्ली')).toEqual([[1]]);
  });
});

describe('the sound keys of English words in Hindi and Bengali text', () => {
  it("indexes a native word's key apart from a loanword's or a name's", () => {
    // कमल: lotus (a native word of the sound of the name Kemal); कंप्यूटर: computer; केमल: a name the dictionary does not know
    const terms = analyzePassage('कमल कंप्यूटर केमल', 'hi');
    expect(terms.native).toEqual(['kml']);
    expect(terms.key).toEqual(expect.arrayContaining(['kmptr', 'kml']));
    expect(terms.key.filter((k) => k === 'kml')).toHaveLength(1);
    // a Bengali word is known to the dictionary only through the Hindi word of its sound: never marked native
    expect(analyzePassage('পদ্ম সার্ভার কমল', 'bn').native).toEqual([]);
  });

  it('finds a native word by an English word of its sound more weakly, and by a Hindi or Bengali word of its sound alike', () => {
    const strengths = (question: string) => {
      const alts = analyzeQuery(question).units[0]!.alts;
      const of = (field: 'key' | 'native') => alts.find((a) => a.field === field && a.term === 'kml')?.strength;
      return { key: of('key'), native: of('native') };
    };
    const english = strengths('Kemal');
    expect(english.native).toBeCloseTo(english.key! * STRENGTH.nativeKeyInEnglish, 9);
    const hindi = strengths('कमल');
    expect(hindi.native).toBe(hindi.key);
  });
});

describe('the vowel a short key is first heard with, across English and the Indic scripts', () => {
  const build = (bodies: string[]) =>
    SearchIndex.build({ articles: bodies.map((body, i) => article(`a${i}`, 'en', 'Report', body)), failures: [], fingerprint: 'x' });
  const found = (index: SearchIndex, q: string) => index.search(analyzeQuery(q).units).hits.map((h) => h.passage.articleId).sort();

  it('indexes an English passage’s marked keys in a field apart, and its key field as one key per reading', () => {
    const terms = analyzePassage('Luther wrote it later.', 'en');
    expect(terms.key).toEqual(expect.arrayContaining(['ltr']));
    expect(terms.key.some((k) => /[IU]$/.test(k))).toBe(false);
    // Luther's u may be heard as a u (लूथर); later's a may not: one marked key of ltr, Luther's
    expect(terms.voweled.filter((k) => k.startsWith('ltr'))).toEqual(['ltr~U']);
    expect(terms.voweled.every((k) => k.includes('~'))).toBe(true);
  });

  it('lets a Hindi name find the English word whose vowel may be its own, not a word of its consonants only', () => {
    const index = build(['Luther wrote hymns.', 'The war ended later that year.']);
    expect(found(index, 'लूथर')).toEqual(['a0']);
    // a Hindi word of another vowel finds both, as English spelling leaves the vowel open
    expect(found(index, 'लेटर')).toEqual(['a0', 'a1']);
  });

  it('lets an English word find an English word by its plain key only, and a Hindi word by the marks it may be heard with', () => {
    expect(alts('Luther')[0]!.some((a) => a.startsWith('voweled:'))).toBe(false);
    expect(alts('Luther')[0]).toEqual(expect.arrayContaining(['key:ltr', 'key:ltrU']));
    expect(alts('लूथर')[0]).toEqual(expect.arrayContaining(['key:ltrU', 'voweled:ltr~U']));
    expect(alts('लूथर')[0]).not.toContain('key:ltr');
  });
});

describe('sound keys of function words', () => {
  it('gives a function word none, so that a name of its sound in another script does not find it (Dewar, द्वारा)', () => {
    const dewar = analyzeQuery('When did Dewar experiment?').units.find((u) => u.raw === 'Dewar')!;
    const soundKeys = new Set(dewar.alts.filter((a) => a.field === 'key' || a.field === 'native').map((a) => `${a.field}:${a.term}`));
    expect(soundKeys.size).toBeGreaterThan(0);
    const passageKeys = (text: string) => {
      const p = analyzePassage(text, 'hi');
      return [...p.key.map((k) => `key:${k}`), ...p.native.map((k) => `native:${k}`)];
    };
    // the name itself is found across scripts; the postposition of the same consonants is not
    expect(passageKeys('यह प्रयोग डेवार ने किया।').some((k) => soundKeys.has(k))).toBe(true);
    expect(passageKeys('यह प्रयोग इंजीनियरों द्वारा किया गया।').some((k) => soundKeys.has(k))).toBe(false);
  });

  it('keeps them for a Latin function word written with a capital, which may be a name (Will Marlow)', () => {
    const keysOf = (text: string) => analyzePassage(text, 'en').key;
    const will = keysOf('Marlow and Will');
    expect(will.length).toBeGreaterThan(keysOf('Marlow and').length);
    expect(keysOf('Marlow will').length).toBe(keysOf('Marlow').length);
  });
});

describe('a word that counts people after a number', () => {
  it('is a person there (৮ জনের মৃত্যু: eight died), and nowhere else: জন্য (for) shares its stem', () => {
    const text = analyzeText('সংঘর্ষে ৮ জনের মৃত্যু হয়েছে, এর জন্য তদন্ত শুরু হয়েছে।', 'bn');
    const personAt = text.concepts.flatMap((cs, i) => (cs.includes('person') ? [text.tokens[i]!.norm] : []));
    expect(personAt).toEqual(['জনের']);
    expect(analyzePassage('সংঘর্ষে ৮ জনের মৃত্যু হয়েছে।', 'bn').concept).toContain('person');
    expect(analyzePassage('এর জন্য তদন্ত শুরু হয়েছে।', 'bn').concept).not.toContain('person');
  });

  it('is a person written onto the number too (তিনজনের মৃত্যু, দুজনকে), and a word ending in it that is no number is not', () => {
    const text = analyzeText('এখনও পর্যন্ত তিনজনের মৃত্যু হয়েছে, দুজনকে গ্রেফতার করা হয়েছে। সজন বাড়ি ফিরেছেন।', 'bn');
    const personAt = text.concepts.flatMap((cs, i) => (cs.includes('person') ? [text.tokens[i]!.norm] : []));
    expect(personAt).toEqual(['তিনজনের', 'দুজনকে']);
    // ডজন (a dozen) ends in জন but is no number with a counter written onto it
    const eggs = analyzeText('দুই ডজন ডিম কেনা হয়েছে।', 'bn');
    expect(eggs.concepts.flat()).not.toContain('person');
  });
});

describe('one after another', () => {
  it('reads no number in the phrase (एक के बाद एक, একের পর এক, one by one), and the numbers around it as before', () => {
    const values = (text: string, language: 'en' | 'hi' | 'bn') => analyzeText(text, language).numbers.map((n) => n.value);
    expect(values('सॉल्वेंट से भरे ड्रम एक के बाद एक आग की चपेट में आए, 12 ड्रम जल गए।', 'hi')).toEqual([12]);
    expect(values('একের পর এক দোকানে আগুন ছড়িয়ে পড়ে, ৩টি দোকান পুড়ে যায়।', 'bn')).toEqual([3]);
    expect(values('The drums caught fire one by one, and 12 drums were destroyed.', 'en')).toEqual([12]);
    // (the number word alone still counts: एक ड्रम, one drum)
    expect(values('एक ड्रम फटा।', 'hi')).toEqual([1]);
  });
});

describe('a number said twice', () => {
  const numbers = (text: string, language: 'en' | 'hi' | 'bn') => analyzeText(text, language).numbers.map((n) => ({ value: n.value, each: n.each === true }));
  it('before its scale or its currency is one number, so much for each one (4-4 लाख रुपये, दो-दो लाख, ২-২ লাখ টাকা, Rs 4-4 lakh)', () => {
    expect(numbers('परिजनों को 4-4 लाख रुपये मिलेंगे।', 'hi')).toEqual([{ value: 400000, each: true }]);
    expect(numbers('सरकार ने कहा कि परिजनों को मिलेंगे दो-दो लाख।', 'hi')).toEqual([{ value: 200000, each: true }]);
    expect(numbers('পরিবারগুলিকে ২-২ লাখ টাকা দেওয়া হবে।', 'bn')).toEqual([{ value: 200000, each: true }]);
    expect(numbers('ঘায়েলদের ৫০০-৫০০ টাকা দেওয়া হবে।', 'bn')).toEqual([{ value: 500, each: true }]);
    expect(numbers('The families will get Rs 4-4 lakh each.', 'en')).toEqual([{ value: 400000, each: true }]);
  });

  it('is two numbers otherwise: a score or a draw, a length of time, a count of people', () => {
    expect(numbers('मैच 1-1 से ड्रॉ रहा।', 'hi')).toEqual([{ value: 1, each: false }, { value: 1, each: false }]);
    expect(numbers('भारत और पाकिस्तान का मैच 2-2 ड्रॉ रहा।', 'hi')).toEqual([{ value: 2, each: false }, { value: 2, each: false }]);
    expect(numbers('The match ended in a 2-2 draw.', 'en')).toEqual([{ value: 2, each: false }, { value: 2, each: false }]);
    expect(numbers('ট্রেনগুলি ১০-১০ মিনিট দেরিতে চলছে।', 'bn').some((n) => n.each)).toBe(false);
    expect(numbers('पुलिस ने हर गांव से दो-दो लोगों को पकड़ा।', 'hi').some((n) => n.each)).toBe(false);
    // (two different numbers are a range, not a repetition)
    expect(numbers('परिजनों को 2-4 लाख रुपये मिलेंगे।', 'hi').some((n) => n.each)).toBe(false);
  });
});

describe('the name of a day or a month', () => {
  const calendarAt = (text: string, language: 'en' | 'hi' | 'bn') => {
    const analyzed = analyzeText(text, language);
    return analyzed.tokens.flatMap((t, i) => (analyzed.concepts[i]!.some((c) => c === 'march' || c === 'monday') ? [t.norm] : []));
  };

  it('stands in English only where a word is written as the name: "marched" shares its stem and names no March', () => {
    expect(calendarAt('The farmers marched to Delhi in March and met on Monday.', 'en')).toEqual(['march', 'monday']);
    expect(calendarAt("They marched on Monday's rally.", 'en')).toEqual(["monday's"]);
    expect(calendarAt('The results came in Mar. 2024.', 'en')).toEqual(['mar']);
  });

  it('stands in English only where the name is capitalized, as English writes it: "may" and "march" in lower case are other words', () => {
    const months = (text: string) => {
      const analyzed = analyzeText(text, 'en');
      return analyzed.tokens.flatMap((t, i) => (analyzed.concepts[i]!.some((c) => c === 'may' || c === 'march') ? [t.raw] : []));
    };
    expect(months('The toll may rise, and farmers march on 4 May; MAY 5 and March too.')).toEqual(['May', 'MAY', 'March']);
    expect(months('Officials said 20 may have died as the crowd began to march.')).toEqual([]);
    // (after its day, in lower case, where the phrase ends with it: the date people type, "on 12 march")
    expect(months('Service resumed on 12 march, and the board meets on 5 may.')).toEqual(['march', 'may']);
    expect(months('The mill was shut on 3 may and reopened on 20 may; camps stay open from 1 march to 15 march.')).toEqual(['may', 'may', 'march', 'march']);
    expect(months('Of the 12 march organisers, 5 may attend.')).toEqual([]);
  });

  it('stands in English in the plural too (the market opens on Mondays), and in a romanized form of its own by its stem (sombare: on Monday)', () => {
    expect(calendarAt("Markets open on Mondays; Fridays' crowds are larger.", 'en')).toEqual(['mondays']);
    expect(calendarAt('sombare hamla hoyechilo', 'en')).toEqual(['sombare']);
  });

  it('stands by its stem in Bengali, which writes a case ending onto it, and in Hindi', () => {
    expect(calendarAt('মার্চে আন্দোলন শুরু হয়, মার্চের শেষে থামে।', 'bn')).toEqual(['মার্চে', 'মার্চের']);
    expect(calendarAt('किसान मार्च में दिल्ली पहुंचे।', 'hi')).toEqual(['मार्च']);
  });
});

/** The concepts analysis gives the first word of a text written so (its normalized form). */
const conceptsOfWords = (text: ReturnType<typeof analyzeText>) => (word: string) => text.concepts[text.tokens.findIndex((t) => t.norm === word)]!;

describe('a currency sign before a number', () => {
  it('names its currency at the number, a sign the data does not list money: the sign is no word', () => {
    const at = conceptsOfWords(analyzeText('It is demanding $2 million and €3 million, not 5 million.', 'en'));
    expect(at('2')).toContain('dollar');
    expect(at('3')).toContain('money');
    expect(at('5')).toEqual([]);
    expect(analyzePassage('हैकरों ने ₹50 लाख मांगे।', 'hi').concept).toContain('rupee');
    expect(analyzePassage('हैकरों ने 50 लाख मांगे।', 'hi').concept).not.toContain('rupee');
  });
});

describe('the sign % after a number', () => {
  it('makes the number a share, as the word percent does, and a percentage question finds it', () => {
    const at = conceptsOfWords(analyzeText('The vote was 51.6% in favour, 40 % of the electorate, 12 in all and $5% of it.', 'en'));
    expect(at('51.6')).toContain('percent');
    expect(at('40')).toContain('percent');
    expect(at('12')).toEqual([]);
    expect(at('5')).toEqual(expect.arrayContaining(['dollar', 'percent']));
    expect(analyzePassage('৪০% সার্ভার হ্যাক হয়েছে।', 'bn').concept).toContain('percent');
    expect(analyzePassage('40 सर्वर हैक हुए।', 'hi').concept).not.toContain('percent');
    // the first number of a range the sign ends is a share too, and a number a range does not join to it is not
    const range = conceptsOfWords(analyzeText('Between 10-20% of the land and 30 to 40% of the rest, 1998-2002 and 5% more.', 'en'));
    const shareOf = (word: string) => range(word).includes('percent');
    expect(['10', '20', '30', '40', '5'].map(shareOf)).toEqual([true, true, true, true, true]);
    expect(['1998', '2002'].map(shareOf)).toEqual([false, false]);
    // the passage with the share is the one quoted, not one with a count beside the same words
    const index = SearchIndex.build({
      articles: [
        article('vote', 'en', 'Referendum', 'In the 1979 referendum 1,230,937 people turned out to vote.\n\nIn the 1979 referendum 32.9% of the voting population did not vote.'),
      ],
      failures: [],
      fingerprint: 'x',
    });
    expect(ask(index, 'What percentage of the population did not vote in the referendum?').citations[0]?.quote).toContain('32.9%');
  });
});

describe('an English superlative', () => {
  it('is also its adjective where the lexicon knows it, and a word that only ends so is not', () => {
    const stemsOf = (w: string) => analyzePassage(w, 'en').stem;
    expect(stemsOf('largest')).toContain(stemsOf('large')[0]);
    expect(stemsOf('biggest')).toContain(stemsOf('big')[0]);
    expect(stemsOf('earliest')).toContain(stemsOf('early')[0]);
    expect(analyzePassage('largest', 'en').concept).toEqual(analyzePassage('big', 'en').concept);
    expect(stemsOf('interest')).toEqual([stemsOf('interest')[0]]);
    expect(stemsOf('protest')).not.toContain(stemsOf('prot')[0]);
  });

  it('reads a superlative only as shorter words its spelling begins with, and no other word at all (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,12}$/), (w) => {
        const bases = superlativeBases(w);
        if (!w.endsWith('est')) expect(bases).toEqual([]);
        for (const b of bases) {
          expect(b.length).toBeLessThan(w.length);
          expect(b.startsWith(w.slice(0, w.length - 4))).toBe(true);
        }
      }),
    );
  });

  it('finds the passage that says it with another superlative or in another language', () => {
    const index = SearchIndex.build({
      articles: [article('fl', 'en', 'Florida', 'Miami is a city in Florida with a busy port.\n\nJacksonville is the largest city in Florida by area.')],
      failures: [],
      fingerprint: 'superlative',
    });
    for (const q of ['Which is the biggest city in Florida?', 'फ्लोरिडा का सबसे बड़ा शहर कौन सा है?']) expect(ask(index, q).citations[0]?.quote, q).toBe('Jacksonville is the largest city in Florida by area.');
  });
});

describe('a Hindi verb of a short root in any form', () => {
  it('is translated as its infinitive is: हराया (defeated) finds "defeat" as हराना does', () => {
    const held = (q: string) =>
      analyzeQuery(q)
        .units.find((u) => u.raw.startsWith('हरा'))!
        .alts.filter((a) => a.field === 'stem')
        .map((a) => a.term);
    expect(held('ब्रोंकोस ने किसे हराया?')).toContain(analyzePassage('defeat', 'en').stem[0]);
    expect(held('ब्रोंकोस ने किसे हराया?')).toEqual(held('ब्रोंकोस को किसने हराना था?'));
  });
});

describe('two words a question writes apart', () => {
  it('are each also the one word they may be written as, which a passage that writes it whole holds', () => {
    const units = analyzeQuery('विधान सभा का गठन कब हुआ?').units;
    expect(units.map((u) => u.raw).slice(0, 2)).toEqual(['विधान', 'सभा']);
    for (const u of units.slice(0, 2)) expect(u.alts.map((a) => `${a.field}:${a.term}`)).toContain(`stem:${analyzePassage('विधानसभा', 'hi').stem[0]}`);
    const bn = analyzeQuery('বিধান সভা কবে গঠিত হয়?').units;
    for (const u of bn.slice(0, 2)) expect(u.alts.map((a) => `${a.field}:${a.term}`)).toContain(`stem:${analyzePassage('বিধানসভা', 'bn').stem[0]}`);
    // not English, which writes few compounds apart and would glue a subject to its verb ("man died": Mandi)
    expect(alts('where was the man died in a fire').flat()).not.toContain(`stem:${analyzePassage('mandi', 'en').stem[0]}`);
    // not a function word with a content word, nor across a comma
    expect(alts('विधान का सभा').flat()).not.toContain(`stem:${analyzePassage('विधानका', 'hi').stem[0]}`);
    expect(alts('विधान, सभा').flat()).not.toContain(`stem:${analyzePassage('विधानसभा', 'hi').stem[0]}`);
  });

  it('find a passage that writes the two as one word', () => {
    const index = SearchIndex.build({
      articles: [article('council', 'hi', 'स्कॉटलैंड', 'नगर की नई सभा का गठन 2005 में हुआ।\n\nस्कॉटिश विधानसभा का गठन 1999 में हुआ।')],
      failures: [],
      fingerprint: 'apart',
    });
    const a = ask(index, 'विधान सभा का गठन कब हुआ?');
    expect(a.citations[0]?.quote).toBe('स्कॉटिश विधानसभा का गठन 1999 में हुआ।');
    expect(a.answer).toBe('1999');
  });
});

describe('two words a hyphen joins', () => {
  const keysOf = (text: string, lang: 'en' | 'hi' | 'bn') => analyzeText(text, lang).keys.map((k) => [...k]);
  it('are also the one word they are written as, in a passage and in a question, either way round', () => {
    expect(keysOf('The check-in system failed.', 'en')[1]).toContain('text:checkin');
    expect(analyzePassage('The check-in system failed.', 'en').text).toContain('checkin');
    expect(alts('how long was the checkin down')[0]).toContain('text:checkin');
    expect(alts('how long was the check-in down')[0]).toContain('stem:checkin');
    // by its stems only, which a passage that writes the two words does not hold: the joined word does not count them twice
    expect(alts('how long was the check-in down')[0]).not.toContain('text:checkin');
    expect(analyzePassage('The check-in system failed.', 'en').stem).not.toContain('checkin');
    expect(keysOf('अमेज़न वर्षा-वन में', 'hi')[1]).toContain('text:वर्षावन');
    // not across a space, a dash between clauses, or a number
    expect(keysOf('check in at six', 'en').flat()).not.toContain('text:checkin');
    expect(keysOf('the vote - in June', 'en').flat()).not.toContain('text:votein');
    expect(keysOf('3rd-and-9 on the 24', 'en').flat()).not.toContain('text:and9');
  });

  it('give every pair of letter words the joined word, both words keeping their own', () => {
    const word = fc.stringMatching(/^[a-z]{2,8}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        const keys = keysOf(`${a}-${b}`, 'en');
        expect(keys).toHaveLength(2);
        for (const k of keys) expect(k).toContain(`text:${a}${b}`);
        expect(keys[0]).toContain(`text:${a}`);
        expect(keys[1]).toContain(`text:${b}`);
      }),
    );
  });
});
