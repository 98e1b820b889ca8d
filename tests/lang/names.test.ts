import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/lang/analyze.js';
import { caseIn, nameSpans, questionCase } from '../../src/lang/names.js';
import type { Language } from '../../src/lang/script.js';

/** The names a sentence holds, as their text and whether the writing places them. */
function names(sentence: string, language: Language) {
  const text = analyzeText(sentence, language);
  return nameSpans({ text, body: sentence, offset: 0, asked: () => false }).map((n) => ({
    text: sentence.slice(text.tokens[n.first]!.start, text.tokens[n.last]!.end),
    place: n.place,
  }));
}

describe('where the writing places a name', () => {
  it('reads a marker before a Latin name as placing it only where it is a preposition, as in English', () => {
    expect(names('Floods struck in northern Veldoria on Monday.', 'en')).toContainEqual({ text: 'Veldoria', place: true });
    // a Hindi marker follows its own word: "नगर में" places the town, and the SDM posted there is no place
    const dm = names('बाढ़ के बाद नगर में तैनात SDM ने राहत शिविर खोला।', 'hi').find((n) => n.text === 'SDM');
    expect(dm).toEqual({ text: 'SDM', place: false });
  });
});

describe('a word the lexicon knows as a common noun, capitalized', () => {
  it('is a name when it stands capitalized alone among lower-case words', () => {
    expect(names('The ball was recovered by Wing, who ran five yards.', 'en').map((n) => n.text)).toContain('Wing');
  });

  it('is no name in the capitals of a heading, nor where the article writes it in lower case too', () => {
    expect(names('Cyber Attack on Marwick: the servers went down.', 'en').map((n) => n.text)).not.toContain('Cyber Attack');
    expect(names('The wing was closed. Later the Wing reopened.', 'en').map((n) => n.text)).not.toContain('Wing');
  });
});

describe('a weekday or a month, capitalized', () => {
  it('names a time, not anyone, standing alone among lower-case words; a name ending in one is still a name', () => {
    const sentence = 'The attack began on Sunday and was reported in March by Lena March.';
    const found = names(sentence, 'en').map((n) => n.text);
    expect(found).not.toContain('Sunday');
    expect(found).not.toContain('March');
    expect(found).toContain('Lena March');
  });
});

describe('a place the lexicon names before an institution\'s noun', () => {
  it('names that institution (কলকাতা পুলিশ, राजस्थान पुलिस), not the place alone', () => {
    expect(names('কলকাতা পুলিশের সাইবার শাখা ঘটনার তদন্ত শুরু করেছে।', 'bn')).toContainEqual({ text: 'কলকাতা পুলিশের', place: false });
    expect(names('राजस्थान पुलिस ने दो आरोपियों को गिरफ्तार किया।', 'hi')).toContainEqual({ text: 'राजस्थान पुलिस', place: false });
    // a place before another noun is the place, and one with its case written onto it places the noun after it
    expect(names('कल कोलकाता मेट्रो बंद रही।', 'hi').map((n) => n.text)).toEqual(['कोलकाता']);
    expect(names('হামলার পর কলকাতায় পুলিশ তদন্ত শুরু করেছে।', 'bn').map((n) => n.text)).toEqual(['কলকাতায়']);
  });
});

describe('a conjunction before a name', () => {
  it('opens a clause and is no part of the name after it (जबकि, যদিও)', () => {
    const hindi = 'ग्रेटा वालिन ने गीत गाया, जबकि लीना कार्टर ने अनुवाद प्रदान किया। लीना कार्टर ने कहा।';
    expect(names(hindi, 'hi').map((n) => n.text)).toEqual(['लीना कार्टर', 'लीना कार्टर']);
    const bengali = 'হাসান রিয়াজকে ডাকা হল, যদিও তানভীর রহমানকে ডাকা হয়নি। তানভীর রহমানকে দেখা গেল।';
    const found = names(bengali, 'bn').map((n) => n.text);
    expect(found).toContain('তানভীর রহমানকে');
    expect(found.filter((t) => t.includes('যদিও'))).toEqual([]);
  });
});

describe('a naming phrase', () => {
  it('gives the name beside it, and the noun it names is none (a Norman named Oursel, ওরভেন নামে একজন সৈনিক)', () => {
    const english = names('A Dane named Harwick led the riders into the valley.', 'en').map((n) => n.text);
    expect(english).toContain('Harwick');
    expect(english).not.toContain('Dane');
    const hindi = names('ओरवेन नाम के एक डेनिश ने घाटी पार की। डेनिश ने कहा।', 'hi').map((n) => n.text);
    expect(hindi[0]).toBe('ओरवेन');
    expect(hindi.filter((t) => t === 'डेनिश')).toHaveLength(1);
    const bengali = names('ওরভেন নামে একজন ডেনিশকে উপত্যকায় দেখা গেল। ডেনিশকে সবাই চেনে।', 'bn').map((n) => n.text);
    expect(bengali[0]).toBe('ওরভেন');
  });

  it('lends its case to a list it ends, and its name is read too (तेलमार और ओरवेन नाम के एक डेनिश ने)', () => {
    expect(names('तेलमार और ओरवेन नाम के एक डेनिश ने घाटी पार की।', 'hi').map((n) => n.text)).toEqual(['तेलमार', 'ओरवेन']);
  });

  it('is a verb where no article stands before the name: both are names (Marwick named Harwick as its captain)', () => {
    expect(names('Marwick named Harwick as its captain.', 'en').map((n) => n.text)).toEqual(['Marwick', 'Harwick']);
  });
});

describe('initials', () => {
  it('name no one alone (Y. pestis), and are part of the name they open (Peter J. Willow)', () => {
    expect(names('The study found two clades of the Y. pestis genome in the graves.', 'en')).toEqual([]);
    expect(names('The report was written by Peter J. Willow last year.', 'en').map((n) => n.text)).toEqual(['Peter J. Willow']);
  });
});

describe('initials in Indian script', () => {
  it('join the name they stand in, a letter that is also a marker’s word (के.) too', () => {
    expect(names('जोनाथन डब्ल्यू. मार्श ने रिपोर्ट लिखी। मार्श ने कहा।', 'hi').map((n) => n.text)).toContain('जोनाथन डब्ल्यू. मार्श');
    expect(names('केविन के. ओरलैंड ने रिपोर्ट लिखी। ओरलैंड ने कहा।', 'hi').map((n) => n.text)).toContain('केविन के. ओरलैंड');
  });

  it('join the name in apposition that ends the passage (…उप निदेशक, जोसेफ ई. शीया)', () => {
    const sentence = 'मिशन के नए उप निदेशक, जोसेफ ई. शीया।';
    const text = analyzeText(sentence, 'hi');
    const director = text.tokens.findIndex((t) => t.raw === 'निदेशक');
    const spans = nameSpans({ text, body: sentence, offset: 0, asked: (i) => i === director, apposition: true });
    expect(spans.map((n) => sentence.slice(text.tokens[n.first]!.start, text.tokens[n.last]!.end))).toEqual(['जोसेफ ई. शीया']);
  });
});

describe('a Bengali given name that ends as the genitive does (তানভীর, জাফর)', () => {
  it('joins the family name after it that its case closes, and a possessor before a word of the language stays one', () => {
    expect(names('পুলিশ জাফর ইকবালকে গ্রেফতার করেছে। জাফর ইকবালকে আদালতে তোলা হয়।', 'bn').map((n) => n.text)).toEqual(['জাফর ইকবালকে', 'জাফর ইকবালকে']);
    expect(names('রহিমের বাড়িতে আগুন লাগে। রহিমের বাড়িতে কেউ ছিল না।', 'bn').map((n) => n.text)).toEqual(['রহিমের', 'রহিমের']);
  });
});

describe('a name and the kind of body or place it is, its case after the kind', () => {
  it('is one name, the article attesting the name\'s own word (लाजरस ग्रुप ने, चमोली जिले में), not a person\'s team or river', () => {
    const body = 'चमोली में भूस्खलन। उत्तराखंड के चमोली जिले में भारी बारिश हुई।';
    const text = analyzeText(body, 'hi');
    const found = nameSpans({ text, body, offset: 0, asked: () => false }).map((n) => ({ text: body.slice(text.tokens[n.first]!.start, text.tokens[n.last]!.end), place: n.place }));
    expect(found).toContainEqual({ text: 'चमोली जिले', place: true });
    expect(names('लाजरस ग्रुप ने सर्वर हैक किया। लाजरस ग्रुप ने फिरौती मांगी।', 'hi').map((n) => n.text)).toEqual(['लाजरस ग्रुप', 'लाजरस ग्रुप']);
    // the team a captain is of, the government a minister is in, the river a person the article writes as a doer drowned in
    expect(names('रोहित शर्मा टीम के कप्तान हैं। रोहित शर्मा ने कहा।', 'hi').map((n) => n.text)).toEqual(['रोहित शर्मा', 'रोहित शर्मा']);
    expect(names('अंकित नदी में डूब गया। अंकित ने तैरने की कोशिश की।', 'hi').map((n) => n.text)).not.toContain('अंकित नदी');
  });
});

describe('an office before a title of address in capitals', () => {
  it('is no part of the name: "Hospital CEO Dr Kavitha Rao" names Dr Kavitha Rao', () => {
    expect(names('Hospital CEO Dr Kavitha Rao said care was not affected.', 'en').map((n) => n.text)).toEqual(['Dr Kavitha Rao']);
    // with no title of address after it, an office in capitals stays with the name, as "Chief Minister X" does (a
    // who-is question reads it by its title there; "Director General" is an office of its own)
    expect(names('The hospital said Director General Anil Rao was there.', 'en').map((n) => n.text)).toEqual(['Director General Anil Rao']);
  });
});

describe('a name its abbreviation follows in brackets', () => {
  it('is one name, however common its words, across the coordinator the abbreviation spells ("Government Medical College and Hospital (GMCH)")', () => {
    const found = names('The injured were taken to the Government Medical College and Hospital (GMCH) by evening.', 'en');
    expect(found).toContainEqual({ text: 'Government Medical College and Hospital', place: true });
    // connectors in lower case are no initials: Indian Institute of Technology (IIT)
    expect(names('Experts of the Indian Institute of Technology (IIT) and the police reached.', 'en').map((n) => n.text)).toContain('Indian Institute of Technology');
  });

  it('does not join names across a coordinator when the abbreviation spells only one of them, nor read a bracketed word that spells nothing', () => {
    const found = names('The Government Medical College and Hospital (GMC) was closed.', 'en').map((n) => n.text);
    expect(found).not.toContain('Government Medical College and Hospital');
    expect(names('Police and Fire (Services) teams came.', 'en').map((n) => n.text)).not.toContain('Police and Fire');
    // an abbreviation whose bracket is never closed spells nothing
    expect(names('The injured were taken to the Government Medical College and Hospital (GMCH', 'en').map((n) => n.text)).not.toContain('Government Medical College and Hospital');
  });
});

describe('a capitalized word listed between names', () => {
  it('is a name, though the article writes it in lower case elsewhere (Grissom, White, and Chaffee)', () => {
    const text = 'The film was in black and white. Then Marlow, White, and Tennant named the ship.';
    expect(names(text, 'en').map((n) => n.text)).toEqual(['Marlow', 'White', 'Tennant']);
    // after a name and a comma but before no other name, the word is the common one it is elsewhere
    expect(names('The film was in black and white. For Marlow, White was the colour of the sea.', 'en').map((n) => n.text)).toEqual(['Marlow']);
  });
});

describe('a name a naming word calls so', () => {
  it('is a name though some of its words are the dictionary\'s, and says where the naming word stands', () => {
    const text = analyzeText('বাজারের রহমান বস্ত্রালয় নামে একটি দোকানে আগুন লাগে।', 'bn');
    const spans = nameSpans({ text, body: 'বাজারের রহমান বস্ত্রালয় নামে একটি দোকানে আগুন লাগে।', offset: 0, asked: () => false });
    expect(spans.map((n) => [text.tokens[n.first]!.raw, text.tokens[n.last]!.raw, n.namingAt === undefined ? undefined : text.tokens[n.namingAt]!.raw])).toEqual([['রহমান', 'বস্ত্রালয়', 'নামে']]);
    const english = 'Smoke rose from a shop named Maa Tara Bastralaya.';
    const en = analyzeText(english, 'en');
    const named = nameSpans({ text: en, body: english, offset: 0, asked: () => false });
    const shop = named.find((n) => en.tokens[n.first]!.raw === 'Maa');
    expect(shop?.namingAt === undefined ? undefined : en.tokens[shop.namingAt]!.raw).toBe('named');
    // (nor is a run of the dictionary's words alone a name for the naming word after it: अलग-अलग नाम से)
    expect(names('उन्होंने फर्जी कंपनियां अलग नाम से बनाईं।', 'hi')).toEqual([]);
    // (its first words may be the dictionary's, or function words elsewhere, as a shop's name's often are: তারা is "they")
    expect(names('বাজারের মা বস্ত্রালয় নামে একটি দোকানে আগুন লাগে।', 'bn').map((n) => n.text)).toEqual(['মা বস্ত্রালয়']);
    expect(names('বাজারের মা তারা বস্ত্রালয় নামে একটি দোকানে আগুন লাগে।', 'bn').map((n) => n.text)).toEqual(['মা তারা বস্ত্রালয়']);
  });
});

describe('an alias marker', () => {
  it('joins a name to the one its bearer goes by, quoted or not, though each is written once (आरिफ उर्फ \'मास्टर\', রফিক ওরফে বাবলু, Arif alias Master)', () => {
    expect(names("पुलिस के अनुसार गिरोह का सरगना आरिफ उर्फ 'मास्टर' है, जो ठगी सिखाता था।", 'hi').map((n) => n.text)).toEqual(["आरिफ उर्फ 'मास्टर"]);
    expect(names('পুলিশ জানিয়েছে, রফিক ওরফে বাবলু পলাতক।', 'bn').map((n) => n.text)).toEqual(['রফিক ওরফে বাবলু']);
    expect(names('The gang was run by Arif alias Master from a rented flat.', 'en').map((n) => n.text)).toEqual(['Arif alias Master']);
    // (without the marker, a word written once and followed by no case marker is no name)
    expect(names('पुलिस के अनुसार गिरोह का सरगना आरिफ है, जो ठगी सिखाता था।', 'hi')).toEqual([]);
  });

  it('leaves out an age before the name: the years a number counts open no name (29 वर्षीय आरिफ)', () => {
    expect(names("गिरोह का सरगना 29 वर्षीय आरिफ उर्फ 'मास्टर' है।", 'hi').map((n) => n.text)).toEqual(["आरिफ उर्फ 'मास्टर"]);
    expect(names('गिरोह के सरगना 29 वर्षीय आरिफ ने ठगी की। आरिफ ने पैसे लिए।', 'hi').map((n) => n.text)).toEqual(['आरिफ', 'आरिफ']);
  });
});

describe('reading names from any text', () => {
  // words that open, join, close or name a name in each script, and others, in any order: a passage may end
  // on any of them (a Bengali word ending as the genitive, an initial, a naming word, a coordinator)
  const words = [
    'তানভীর', 'রহমানকে', 'জাফর', 'ইকবালের', 'নামে', 'একজন', 'ডব্লিউ', 'এবং', 'রহিমের', 'বাড়িতে',
    'ओरसेल', 'नाम', 'के', 'एक', 'ने', 'डब्ल्यू', 'मोटे', 'और', 'नामक', 'को', 'द्वारा', 'थे', 'जबकि',
    'A', 'Norman', 'named', 'Oursel', 'White', 'and', 'Y', 'Grissom', 'by', 'the', 'Doctor', 'of',
    'उर्फ', 'ওরফে', 'alias', '29', 'वर्षीय',
  ];
  const separators = [' ', ' ', ', ', '. ', '। ', '\n', '-', ' (', ') ', " '", "' "];
  const passage = fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { minLength: 1, maxLength: 24 })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));

  it('reads a word before two naming words once (ओरसेल नामक নামে): the second name opens after the first', () => {
    const sentence = 'ओरसेल नामक নামে ';
    const text = analyzeText(sentence, 'hi');
    const spans = nameSpans({ text, body: sentence, offset: 0, asked: () => false, caseMarkers: new Set(['ने']), apposition: false });
    expect(spans.map((n) => [n.first, n.last])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('never throws, and gives spans in order, within the passage, each first to last', () => {
    fc.assert(
      fc.property(passage, fc.constantFrom<Language>('hi', 'bn', 'en'), fc.boolean(), fc.integer({ min: 0, max: 30 }), (sentence, language, apposition, askedAt) => {
        const text = analyzeText(sentence, language);
        const spans = nameSpans({ text, body: sentence, offset: 0, asked: (i) => i === askedAt, caseMarkers: new Set(['ने', 'কে']), apposition });
        let after = 0;
        for (const n of spans) {
          expect(n.first).toBeGreaterThanOrEqual(after);
          expect(n.last).toBeGreaterThanOrEqual(n.first);
          expect(n.last).toBeLessThan(text.tokens.length);
          after = n.last + 1;
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('a noun that makes a postposition with the genitive (के बीच, এর পাশে)', () => {
  it('opens no name after the genitive', () => {
    const hindi = names('सेना कॉलोनियों के बीच तेलमार घाटी में रुकी। तेलमार घाटी में बर्फ थी।', 'hi').map((n) => n.text);
    expect(hindi).toContain('तेलमार घाटी');
    expect(hindi.filter((t) => t.startsWith('बीच'))).toEqual([]);
    const bengali = names('সেনারা নদীর পাশে জাফর ইকবালকে দেখল। জাফর ইকবালকে সবাই চেনে।', 'bn').map((n) => n.text);
    expect(bengali).toContain('জাফর ইকবালকে');
    expect(bengali.filter((t) => t.startsWith('পাশে'))).toEqual([]);
  });
});

describe('the case a question word asks, in a passage’s language', () => {
  it('keeps the markers of the passage’s own language and gives another language its markers of the same case', () => {
    expect(caseIn(questionCase('किसे')!, 'hi')).toEqual(new Set(['को']));
    expect(caseIn(questionCase('किसे')!, 'bn')).toEqual(new Set(['কে']));
    expect(caseIn(questionCase('কাকে')!, 'hi')).toEqual(new Set(['को']));
    expect(caseIn(questionCase('किसकी')!, 'en')).toEqual(new Set(["'s"]));
    expect(caseIn(questionCase('whose')!, 'bn')).toEqual(new Set(['র', 'এর', 'ের', 'য়ের'].map((m) => m.normalize('NFC'))));
    // Bengali asks কাদের in a marker of its own (দের), kept over Bengali text
    expect(caseIn(questionCase('কাদের')!, 'bn')).toEqual(questionCase('কাদের'));
  });

  it('gives no case where the passage’s language marks none: English marks neither the doer nor the object, Bengali no doer of the active voice', () => {
    expect(caseIn(questionCase('किसने')!, 'en')).toBeUndefined();
    expect(caseIn(questionCase('किसे')!, 'en')).toBeUndefined();
    expect(caseIn(questionCase('किसने')!, 'bn')).toBeUndefined();
  });
});
