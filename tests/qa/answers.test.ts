import { describe, expect, it } from 'vitest';
import { ask } from '../../src/qa/answer.js';
import type { Answer } from '../../src/qa/types.js';
import { SearchIndex } from '../../src/search/index.js';
import { article, bundledIndex, fixtureIndex, moreFixtureIndex } from '../helpers/index.js';

const bundled = await bundledIndex();
const fixtures = await fixtureIndex();
const more = await moreFixtureIndex();

/** The highlighted span of the first citation. */
const marked = (a: Answer) => {
  const c = a.citations[0]!;
  return c.highlight ? c.quote.slice(c.highlight.start, c.highlight.end) : null;
};

describe('short answers', () => {
  it('give a count as the source writes it, with digits for an asker of another language', () => {
    const hi = ask(bundled, 'एम्स के कितने सर्वर हैक हुए?');
    expect(hi.answer).toBe('पांच सर्वर');
    // the asker reads the source's own words: no reading beside them
    expect(hi.reading).toBeUndefined();
    expect(marked(hi)).toBe('पांच सर्वर');
    expect(ask(bundled, 'How many servers were hacked at AIIMS?')).toMatchObject({ answer: 'पांच सर्वर', reading: '5' });
  });

  it('give a span in Latin script to an asker of another language as written, with no reading that repeats it', () => {
    const index = SearchIndex.build({
      articles: [article('en-rail', 'en', 'Metro rail', 'The metro network carries over 37 million passengers a year across the city.')],
      failures: [],
      fingerprint: 'latin-span',
    });
    expect(ask(index, 'मेट्रो नेटवर्क एक साल में कितने यात्रियों को ले जाता है?').answer).toBe('over 37 million passengers');
  });

  it('give the count the articles lead with when the question does not choose: the five servers hacked, not the 20 of 50 scanned', () => {
    // the headline and two sentences say five servers were hacked or targeted; one sentence says 20 of 50 were scanned
    const a = ask(bundled, 'How many servers were hit?');
    // five, not the 50 of "50 में से 20"
    expect(a.answer).toMatch(/^(पांच|5)(?!\d)/);
    expect(a.conflict).toBe(false);
    const highlighted = a.citations.map((c) => (c.highlight ? c.quote.slice(c.highlight.start, c.highlight.end) : ''));
    expect(highlighted[0]).toMatch(/^(पांच|5)(?!\d)/);
    // the scanned count may be quoted, below the answer, never first
    expect(highlighted.indexOf('50 में से 20 सर्वरों')).not.toBe(0);
  });

  it('give a part of a whole as "N of M"', () => {
    const antivirus = ask(bundled, 'How many computers got antivirus at AIIMS?');
    expect(antivirus.answer).toMatch(/1,200 /);
    expect(antivirus.reading).toBe('about 1,200 of 5,000');
    expect(ask(bundled, 'How many servers have been scanned so far?')).toMatchObject({ answer: '50 में से 20 सर्वरों', reading: '20 of 50' });
    expect(ask(fixtures, 'How many servers did the ransomware encrypt at the Maharashtra power utility?').answer).toBe("three of the utility's twelve servers");
  });

  it('give an amount with its multiplier and currency, and what it was asked in', () => {
    const a = ask(bundled, 'What ransom did the hackers demand?');
    expect(a.answer).toContain('200 करोड़ रुपए');
    expect(a.reading).toBe('₹200 crore in cryptocurrency');
    // a Hindi asker of a Bengali sum reads it in Hindi
    expect(ask(fixtures, 'कोलकाता मेट्रो के हैकर्स ने कितनी फिरौती मांगी?')).toMatchObject({ answer: '৫০ লাখ টাকা', reading: '₹50 लाख' });
    // asked how much with no word of money, a sum answers as an amount; asking for it is demanding it, typed as people type
    for (const q of ['how much did the hackers demand', 'How much money did hackrs ask for'])
      expect(ask(bundled, q), q).toMatchObject({ abstained: false, reading: '₹200 crore in cryptocurrency' });
    expect(ask(fixtures, 'how much did the metro hackers demand')).toMatchObject({ answer: '৫০ লাখ টাকা', reading: '₹50 lakh' });
  });

  it("read times in any script into the asker's language: বুধবার সকাল ৬টা৪৫ is Wednesday 6:45 am, बुधवार सुबह 6:45; রাত ১০টা is 10 pm", () => {
    expect(ask(bundled, 'When did the cyber attack on AIIMS happen?')).toMatchObject({ answer: 'বুধবার সকাল ৬টা৪৫', reading: 'Wednesday 6:45 am' });
    expect(ask(fixtures, 'When did the Kolkata Metro website go down?')).toMatchObject({ answer: 'শুক্রবার রাত ১০টা নাগাদ', reading: 'Friday 10:00 pm' });
    expect(ask(bundled, 'এইমসে সাইবার হামলা কখন হয়েছিল?').answer).toBe('বুধবার সকাল ৬টা৪৫');
    // asked what the attack's time or date was, not when it happened
    for (const q of ['হামলার সময় কী ছিল?', 'What was the date of the attack?']) expect(ask(bundled, q).answer, q).toBe('বুধবার সকাল ৬টা৪৫');
    // the time word is what the answer fills: the sentence that holds a time answers it, not one that
    // holds a time word of another sense (इस वक्त, "at present"; "time" is also "five times") or only the attack
    // (a reader of romanized Hindi reads Latin script: the reading is English)
    for (const q of ['What was the time of the attack?', 'attack ka time kya tha'])
      expect(ask(bundled, q), q).toMatchObject({ answer: 'বুধবার সকাল ৬টা৪৫', reading: 'Wednesday 6:45 am' });
    expect(ask(bundled, 'हमले का समय क्या था?')).toMatchObject({ answer: 'বুধবার সকাল ৬টা৪৫', reading: 'बुधवार सुबह 6:45' });
    // a year or a month asks for that part of the time alone: a weekday and a clock time do not answer it,
    // and the articles print no year or month of the attack in their sentences
    for (const q of ['What was the year of the attack?', 'हमले का साल क्या था?', 'হামলার বছর কী ছিল?', 'attack ka saal kya tha', 'हमले का महीना क्या था?', 'attack ka mahina kya tha'])
      expect(ask(bundled, q).abstained, q).toBe(true);
    // asked by the year ("what year", किस साल, কোন সালে), a time that gives none is no answer: the quotes alone
    for (const q of ['What year was the attack?', 'In which year did the attack happen?', 'हमला किस साल हुआ?', 'হামলা কোন সালে হয়েছিল?', 'হামলা কত সালে হয়েছিল?', 'हमला कौन से साल हुआ?'])
      expect(ask(bundled, q).answer, q).toBeNull();
    // and by the month
    for (const q of ['What month was the attack?', 'In which month did the attack happen?', 'हमला किस महीने में हुआ?', 'হামলা কোন মাসে হয়েছিল?'])
      expect(ask(bundled, q).answer, q).toBeNull();
  });

  it('name who, nearest to what was asked, in English too', () => {
    expect(ask(bundled, 'Who is investigating the server hack?')).toMatchObject({ answer: 'दिल्ली पुलिस', reading: 'Delhi Police' });
    expect(ask(bundled, 'हमले के पीछे किसका हाथ माना जा रहा है?').answer).toBe('चीनी हैकर्स');
    // "VVIP people" is a kind of people, not a name: no short answer, the quote says whose
    const whose = ask(bundled, 'Whose details were in the stolen data?');
    expect(whose.answer).toBeNull();
    expect(whose.citations[0]!.quote).toContain('वीवीआईपी');
    // "carried out" only says that someone did it: the police who investigate are not who attacked
    expect(ask(bundled, 'Who carried out the attack on AIIMS?').answer).not.toBe('दिल्ली पुलिस');
  });

  it('answers "which agency" with a police force, as the police are an agency', () => {
    for (const q of ['Which agency is investigating the hack?', 'কোন সংস্থা তদন্ত করছে?']) expect(ask(bundled, q), q).toMatchObject({ answer: 'दिल्ली पुलिस' });
    expect(ask(bundled, 'किस एजेंसी ने दावा किया?').answer).toBe('IFSO');
  });

  it('answer "which X" with the kind of X or the words that qualify it', () => {
    expect(ask(bundled, 'What email address was found?')).toMatchObject({ answer: 'প্রোটোনমেল', reading: 'ProtonMail' });
    expect(ask(bundled, 'হ্যাকারদের কোন ইমেল ঠিকানা পাওয়া গেছে?').answer).toBe('প্রোটোনমেল');
    expect(ask(bundled, 'Which server went down because of the attack?')).toMatchObject({ answer: 'ব্যাক-আপ সার্ভার', reading: 'backup server' });
  });

  it('give no short answer when the question has none, but still quote the evidence', () => {
    const a = ask(bundled, 'प्रभावित सर्वरों के साथ पुलिस ने क्या किया?');
    expect(a.answer).toBeNull();
    expect(a.abstained).toBe(false);
    expect(a.citations[0]!.quote).toContain('फोरेंसिक इमेज');
  });
});

describe('an institution named by its place', () => {
  it('answers who investigates from the article the question is about: কলকাতা পুলিশ, not the Delhi Police of another article', () => {
    const a = ask(fixtures, 'मेट्रो हैक की जांच कौन कर रहा है?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]!.quote).toContain('কলকাতা পুলিশের সাইবার শাখা');
    expect(a.answer).not.toBe('दिल्ली पुलिस');
  });
});

describe('a Bengali word of being affected (আক্রান্ত)', () => {
  it('is met by an English question of what was hit or affected: "how many servers were hit in Kolkata" finds তিনটি সার্ভার আক্রান্ত', () => {
    for (const q of ['how many servers were hit in kolkata', 'how many metro servers were affected']) expect(ask(fixtures, q).answer, q).toBe('তিনটি সার্ভার');
    expect(ask(fixtures, 'when did hackers hit the metro').abstained).toBe(false);
  });
});

describe('a Bengali verb whose root changes its vowel', () => {
  it('is read as its verbal noun in any tense: "কত টাকা চেয়েছিল" and "কত টাকা চায়" find the ransom demanded', () => {
    for (const q of ['হ্যাকাররা কত টাকা চেয়েছিল?', 'হ্যাকাররা কত টাকা চায়?']) {
      const a = ask(bundled, q);
      expect(a.abstained, q).toBe(false);
      expect(a.answer, q).toMatch(/^200 करोड़ रुपए/);
    }
  });
});

describe('quotes when there is no short answer', () => {
  const body = [
    'The river flooded the lower town on Monday after three days of heavy rain.',
    'The dam upstream released water because its reservoir was full after the rain.',
    'Engineers said the gates of the dam were opened too late to spare the town.',
    'The mayor thanked the volunteers who filled sandbags.',
  ].join('\n\n');
  const index = SearchIndex.build({ articles: [article('flood', 'en', 'Flood in the lower town', body)], failures: [], fingerprint: 'quotes' });

  it('quote the nearest passages that hold the question’s words, not one guess, and never one that shares only the headline’s words', () => {
    const a = ask(index, 'Why did the river flood the town?');
    expect(a.answer).toBeNull();
    const quotes = a.citations.map((c) => c.quote);
    expect(quotes[0]).toMatch(/^The river flooded/);
    expect(quotes).toContain('Engineers said the gates of the dam were opened too late to spare the town.');
    // the mayor's sentence holds none of the question's words (only the headline does; "filled" merely sounds like "flood")
    expect(quotes.some((q) => q.startsWith('The mayor'))).toBe(false);
  });

  it('quote only passages that agree when there is a short answer', () => {
    const a = ask(index, 'When did the river flood the town?');
    expect(a.answer).toBe('Monday');
    expect(a.citations).toHaveLength(1);
  });
});

describe('an English question over a Hindi article, through the bilingual dictionary', () => {
  // none of these words is in the incident lexicon: only the dictionary (and sound-alike keys) cross
  const body = ['नदी के किनारे बसे इस गाँव में सौ परिवार रहते हैं।', 'पिछले साल शिक्षक ने गाँव के विद्यालय में पुस्तकालय खोला।', 'गाँव का पुराना सेतु बारिश में टूट गया।'].join('\n\n');
  const index = SearchIndex.build({ articles: [article('gaon', 'hi', 'एक गाँव की कहानी', body)], failures: [], fingerprint: 'dictionary' });

  it('quotes the Hindi sentence that answers, each question its own', () => {
    expect(ask(index, 'Who opened the library in the village school?').citations[0]?.quote).toBe('पिछले साल शिक्षक ने गाँव के विद्यालय में पुस्तकालय खोला।');
    expect(ask(index, 'What happened to the old bridge?').citations[0]?.quote).toBe('गाँव का पुराना सेतु बारिश में टूट गया।');
  });

  it('still says so when the article does not answer', () => {
    expect(ask(index, 'Who won the chess tournament?').abstained).toBe(true);
  });
});

describe('a name found in another script', () => {
  const body = ['पिछले सोमवार सुनीता वर्मा ने नदी पर बने नए सेतु का उद्घाटन किया।', 'गाँव के लोग इस सेतु से बहुत खुश हैं।'].join('\n\n');
  const index = SearchIndex.build({ articles: [article('setu', 'hi', 'नया सेतु', body)], failures: [], fingerprint: 'names' });

  it('is given to an English asker with a Latin reading, and to a Hindi asker as written', () => {
    expect(ask(index, 'Who inaugurated the new bridge?')).toMatchObject({ answer: 'सुनीता वर्मा', reading: 'Sunita Varma' });
    const hindi = ask(index, 'नए सेतु का उद्घाटन किसने किया?');
    expect(hindi.answer).toBe('सुनीता वर्मा');
    expect(hindi.reading).toBeUndefined();
  });
});

describe('abstention', () => {
  it('still says the articles do not answer a question padded with hundreds of words they never use', () => {
    const padding = Array.from({ length: 300 }, (_v, i) => `zorblat${i}`).join(' ');
    const a = ask(bundled, `Who won the cricket world cup? ${padding}`);
    expect(a.abstained).toBe(true);
    expect(a.answer).toBeNull();
  });

  it('reads paying as its own act, not as any sum: what was demanded answers no question of what was paid, in any language', () => {
    for (const q of ['How much did the hospital pay?', 'How much ransom was paid?', 'एम्स ने कितना भुगतान किया?', 'এইমস কত টাকা পেমেন্ট করেছে?']) {
      const a = ask(bundled, q);
      expect(a.abstained, q).toBe(true);
      expect(a.answer, q).toBeNull();
    }
    // while a sum that was paid answers it, across languages too
    const paid = SearchIndex.build({
      articles: [article('paid', 'en', 'Port pays hackers', 'The port authority paid Rs 5 crore to the hackers on Friday after its cargo systems were locked.')],
      failures: [],
      fingerprint: 'paid',
    });
    for (const q of ['How much did the port authority pay?', 'पोर्ट अथॉरिटी ने कितना भुगतान किया?']) {
      const a = ask(paid, q);
      expect(a.abstained, q).toBe(false);
      expect(a.answer, q).toBe('Rs 5 crore');
    }
    // a demand written with a general word of money (राशि, টাকা, money) is no payment either: paying does not widen to any sum
    const demanded = (language: 'en' | 'hi' | 'bn', body: string) =>
      SearchIndex.build({ articles: [article('demand', language, 'Port hit by ransomware', body)], failures: [], fingerprint: `demand-${language}` });
    const demands: [SearchIndex, string][] = [
      [demanded('hi', 'हैकर्स ने पोर्ट अथॉरिटी से 200 करोड़ रुपये की राशि मांगी।'), 'पोर्ट अथॉरिटी ने कितना भुगतान किया?'],
      [demanded('bn', 'হ্যাকাররা বন্দর কর্তৃপক্ষের কাছে ২০০ কোটি টাকা দাবি করেছে।'), 'How much did the port authority pay?'],
      [demanded('en', 'The hackers demanded money worth Rs 200 crore from the port authority.'), 'How much did the port authority pay?'],
    ];
    for (const [index, q] of demands) expect(ask(index, q).answer, q).toBeNull();
    // while "how much money did they demand" still finds the sum
    expect(ask(demands[2]![0], 'How much money did the hackers demand?').answer).toBe('Rs 200 crore');
  });

  it('answers a romanized question written with the endings of its language: "hackeron ne kitna paisa manga"', () => {
    const a = ask(bundled, 'hackeron ne kitna paisa manga');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('200 करोड़');
  });

  it('reads a verb of coming as English reads "came", a function word, in any script: "hackers kahan se aaye the" is answered', () => {
    for (const q of ['hackers kahan se aaye the', 'हैकर्स कहाँ से आए थे?', 'हैकर्स कहाँ से आते थे?', 'হ্যাকাররা কোথা থেকে এসেছিল?', 'hackerra kotha theke esechilo?']) {
      const a = ask(bundled, q);
      expect(a.abstained, q).toBe(false);
      expect(a.answer, q).toBe('चीनी');
    }
  });

  it('answers a romanized question that types the English word for what it asks, judged as an English one over Hindi text', () => {
    for (const q of ['ransom kitna tha', 'ransom koto chilo']) {
      const a = ask(bundled, q);
      expect(a.abstained, q).toBe(false);
      expect(a.answer, q).toContain('200 करोड़');
    }
  });

  it('answers "ransom?" in Hindi and Bengali, where the articles write only that the sum was demanded (a ransom is a kind of demand)', () => {
    // and typed with a slip ("ransum"): the known word's broader sense comes with it
    for (const q of ['फिरौती?', 'फिरौती कितनी थी?', 'মুক্তিপণ কত ছিল?', 'what was the ransum?']) {
      const a = ask(bundled, q);
      expect(a.abstained, q).toBe(false);
      expect(a.answer, q).toContain('200 करोड़');
    }
  });

  it('answers a question asked politely or calling the one asked as it answers the question alone', () => {
    for (const q of ['bro what was the ransom', 'can you tell me the ransom?', 'ransom kitna tha bhai']) {
      const a = ask(bundled, q);
      expect(a.abstained, q).toBe(false);
      expect(a.answer, q).toContain('200 करोड़');
    }
  });

  it('answers through a slip of the keyboard: "hackd" is read as hack, हेकर as हैकर, कोन as कौन, and पे is पर', () => {
    const a = ask(bundled, 'how many servers were hackd');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('पांच');
    const hindi = ask(bundled, 'हेकर कोन थे');
    expect(hindi.abstained).toBe(false);
    expect(hindi.answer).toBe('चीनी');
    expect(ask(bundled, 'फिरोती कितनी मांगी गई').answer).toContain('200 करोड़');
    expect(ask(bundled, 'एम्स पे हमला कब हुआ').abstained).toBe(false);
    // a function or question word with two letters swapped is that word, not a word the articles lack
    for (const q of ['whats teh ransome amount', 'waht was the ransom']) expect(ask(bundled, q).answer, q).toContain('200 करोड़');
    expect(ask(bundled, 'how mnay servers were hacked').answer).toContain('पांच');
  });

  it('gives no short answer to a yes-or-no question: a sum the articles say was demanded is no answer to whether it was paid', () => {
    const a = ask(bundled, 'Did AIIMS pay the ransom?');
    expect(a.answer).toBeNull();
  });

  it('answers a question whose one word the articles never write, through what the word means: a ransom is a demand for money', () => {
    // the Hindi article says 200 करोड़ रुपए … की मांग (a demand), never फिरौती (ransom)
    for (const q of ['What was the ransom?', 'ransom?', 'ransom amount?', "what's the ransom?", 'whats the ransom']) {
      const a = ask(bundled, q);
      expect(a.abstained, q).toBe(false);
      expect(a.answer, q).toContain('200 करोड़');
      expect(a.citations[0]!.quote, q).toContain('मांग');
    }
  });

  it.each([
    ['bundled', 'What is the name of the AIIMS director?'],
    ['bundled', 'Who won the cricket world cup?'],
    ['bundled', 'हैकर्स को कब गिरफ्तार किया गया?'],
    ['fixtures', 'How many people died in the Assam floods?'],
    // (asked with "এই হামলা নিয়ে", about this attack, two of its three words are the corpus's commonest and
    // the question is answered today, from a passage that says "according to sources": a known limitation
    // the README lists; the unanswerable figures of npm run eval measure such questions)
    ['fixtures', 'স্বাস্থ্যমন্ত্রী কী বলেছেন?'],
  ])('in the %s corpus, says the articles do not answer "%s", makes up nothing, names what they do not cover, and suggests what they cover', (corpus, q) => {
    const index = corpus === 'bundled' ? bundled : fixtures;
    const a = ask(index, q);
    expect(a.abstained).toBe(true);
    expect(a.answer).toBeNull();
    expect(a.citations).toEqual([]);
    expect(a.suggestions!.length).toBeGreaterThan(0);
    expect(a.suggestions!.every((s) => index.article(s.source)?.title === s.title)).toBe(true);
    // words of the question, as typed, in its order
    expect(a.uncovered!.length).toBeGreaterThan(0);
    const at = a.uncovered!.map((p) => q.indexOf(p));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((x, y) => x - y));
  });

  it('says the articles do not answer how long the servers will stay down, though they say the servers are down: no passage near the best gives a duration', () => {
    for (const q of ['How long will the servers stay down?', 'how long will the servers stay down']) {
      const a = ask(bundled, q);
      expect(a.abstained, q).toBe(true);
      expect(a.citations, q).toEqual([]);
    }
    // (asked the count the articles do give, in other words, it is answered; so is the sum asked as how many
    // crore, and the patients whose data leaked, which the article counts in words: लाखों मरीजों)
    const hit = ask(bundled, 'How many servers were hit?');
    expect(hit.abstained).toBe(false);
    expect(hit.answer).toContain('पांच');
    for (const q of ['how many crore', 'kitne crore mange']) expect(ask(bundled, q).answer, q).toContain('200 करोड़');
    expect(ask(bundled, 'how many patients data leaked').answer).toContain('लाखों');
  });

  it('answers the same question where another article does cover it: an arrest in the Jaipur bank fraud', () => {
    const a = ask(fixtures, 'हैकर्स को कब गिरफ्तार किया गया?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]!.source).toBe('hi-bank-fraud');
    expect(a.answer).toBe('सोमवार');
  });
});

describe('a reading in the asker’s language of a span in Latin script', () => {
  const index = SearchIndex.build({
    articles: [
      article('en-leak', 'en', 'Gas leak at Haldia factory', 'The leak began at around 11.40 pm on Tuesday. More than 40 people were admitted to hospital, and the inquiry must report within 15 days.'),
    ],
    failures: [],
    fingerprint: 'latin-readings',
  });

  it('reads an English span to a Hindi or Bengali asker in their words and digits, and not to an English asker', () => {
    expect(ask(index, 'कितने लोग अस्पताल में भर्ती हुए?')).toMatchObject({ answer: 'More than 40 people', reading: '40 से अधिक' });
    expect(ask(index, 'কতজন মানুষ হাসপাতালে ভর্তি?')).toMatchObject({ answer: 'More than 40 people', reading: '৪০-এর বেশি' });
    expect(ask(index, 'गैस रिसाव कब शुरू हुआ?')).toMatchObject({ answer: 'around 11.40 pm on Tuesday', reading: 'मंगलवार 23:40' });
    expect(ask(index, 'How many people were admitted to hospital?').reading).toBeUndefined();
    // (a reader of romanized Hindi reads Latin script: the English span needs no reading)
    const romanized = ask(index, 'kitne log hospital me bharti hue');
    expect(romanized.answer).toBe('More than 40 people');
    expect(romanized.reading).toBeUndefined();
    // a reading that gives the span's own number in other digits tells a Bengali reader nothing more
    const days = ask(index, 'তদন্ত কমিটিকে কত দিনের মধ্যে রিপোর্ট দিতে হবে?');
    expect(days.answer).toBe('15 days');
    expect(days.reading).toBeUndefined();
  });
});

describe('incidents of other kinds, asked across languages', () => {
  const index = SearchIndex.build({
    articles: [
      article(
        'hi-fire',
        'hi',
        'मुंबई के अस्पताल में भीषण आग',
        [
          'मुंबई के एक अस्पताल में गुरुवार देर रात करीब 2 बजे भीषण आग लग गई। हादसे में 11 मरीजों की मौत हो गई, जबकि 23 लोग घायल हुए हैं।',
          'दमकल की 18 गाड़ियों ने करीब छह घंटे की मशक्कत के बाद आग पर काबू पाया।',
        ].join('\n\n'),
      ),
      article('hi-quake', 'hi', 'नेपाल में भूकंप', 'जाजरकोट जिले में शुक्रवार रात 6.4 तीव्रता का भूकंप आया।'),
      article('bn-train', 'bn', 'বালেশ্বরে ট্রেন দুর্ঘটনা', 'শনিবার সন্ধ্যায় একটি মালগাড়ির সঙ্গে যাত্রীবাহী ট্রেনের সংঘর্ষে ৮ জনের মৃত্যু হয়েছে। আহত হয়েছেন অন্তত ৫০ জন যাত্রী।'),
    ],
    failures: [],
    fingerprint: 'other-incidents',
  });

  it('count the dead apart from the injured, whatever kind of people they were and whichever language reports them', () => {
    // (a reading that gives only the span's own digits tells nothing more, and is not shown)
    const dead = ask(index, 'How many people died in the hospital fire?');
    expect(dead.answer).toBe('11 मरीजों');
    expect(dead.reading).toBeUndefined();
    expect(ask(index, 'How many people were killed in the train crash?')).toMatchObject({ answer: '৮ জনের', reading: '8' });
    expect(ask(index, 'ट्रेन हादसे में कितने लोगों की मौत हुई?').answer).toBe('৮ জনের');
  });

  it('know how fires are fought: fire tenders and a fire brought under control', () => {
    const tenders = ask(index, 'How many fire tenders were used?');
    expect(tenders.answer).toBe('18 गाड़ियों');
    expect(tenders.reading).toBeUndefined();
    expect(ask(index, 'How long did it take to control the fire?').answer).toBe('करीब छह घंटे');
    expect(ask(index, 'আগুন নেভাতে কতক্ষণ লেগেছে?').answer).toBe('करीब छह घंटे');
  });

  it('know an earthquake’s magnitude by its word in each language', () => {
    for (const q of ['What was the magnitude of the quake?', 'ভূমিকম্পের মাত্রা কত ছিল?']) {
      const a = ask(index, q);
      expect(a.abstained, q).toBe(false);
      expect(a.citations[0]?.source, q).toBe('hi-quake');
    }
  });
});

describe('a landslide, a capsized boat and a hospital data breach, asked as people type', () => {
  it('count what is asked, not another thing a number beside it counts', () => {
    expect(ask(fixtures, 'how many hospitals does Sunrise run')).toMatchObject({ answer: 'nine hospitals' });
    // the landslide set every count of its sentence; missing is said of 14
    expect(ask(fixtures, 'भूस्खलन में कितने लोग लापता हैं?')).toMatchObject({ answer: '14 लोग' });
    // a large number of patients is no sum of money: the sum the article gives ("It is demanding $2 million",
    // a passage that names neither the hackers nor the hospital) or no short answer, never a wrong one
    const money = ask(fixtures, 'how much money are the hackers demanding from Sunrise Hospitals');
    expect(money.abstained).toBe(false);
    expect([null, '$2 million']).toContain(money.answer);
  });

  it('know landslides, boats, capsizing, the stranded and the bodies recovered in every language', () => {
    expect(ask(fixtures, 'ভূমিধসে কতজন মারা গেছেন?')).toMatchObject({ answer: 'नौ लोगों', reading: '৯' });
    expect(ask(fixtures, 'how many pilgrims are stranded')).toMatchObject({ answer: 'करीब दो हजार तीर्थयात्री', reading: 'about 2,000' });
    expect(ask(fixtures, 'how many bodies recovered from the boat')).toMatchObject({ answer: 'চারজনের', reading: '4' });
    expect(ask(fixtures, 'when did the boat capsize')).toMatchObject({ answer: 'শনিবার বিকেল পাঁচটা নাগাদ', reading: 'Saturday 5:00 pm' });
  });
});

describe('a stampede, a gas leak and a flood, asked as people type', () => {
  it('give the sum the question’s recipient gets, whole as written, and never a sum for a count of the dead', () => {
    expect(ask(fixtures, 'मृतकों के परिजनों को कितना मुआवजा मिलेगा?')).toMatchObject({ answer: '10-10 लाख रुपये' });
    expect(ask(fixtures, 'how much compensation will the injured get after the stampede')).toMatchObject({ answer: '2.5 लाख रुपये', reading: '₹2.5 lakh' });
    expect(ask(fixtures, 'বন্যায় কতজনের মৃত্যু হয়েছে?')).toMatchObject({ answer: 'তিনজনের' });
    expect(ask(fixtures, 'how much compensation did the chief minister announce for the flood victims')).toMatchObject({ answer: 'দুই লক্ষ টাকা', reading: '₹2 lakh' });
  });

  it('know stampedes and floods in every language and script, and romanized words with other endings than the lexicon’s', () => {
    expect(ask(fixtures, 'bhagdad me kitne log mare')).toMatchObject({ answer: 'सात यात्रियों', reading: '7' });
    expect(ask(fixtures, 'পদপিষ্টে কতজন মারা গেছেন?')).toMatchObject({ answer: 'सात यात्रियों', reading: '৭' });
    expect(ask(fixtures, 'bonnay koto jon mara geche')).toMatchObject({ answer: 'তিনজনের', reading: '3' });
    expect(ask(fixtures, 'imarat girne se kitne log mare')).toMatchObject({ answer: 'छह लोगों', reading: '6' });
  });

  it('count the people asked about, name the one named after an office, and read a British spelling as the American', () => {
    expect(ask(fixtures, 'how many people were hospitalised after the ammonia leak')).toMatchObject({ answer: '40 people' });
    expect(ask(fixtures, 'who formed the inquiry committee into the stampede')).toMatchObject({ answer: 'अनिल कुमार सिन्हा', reading: 'Anil Kumar Sinha' });
  });
});

describe('a derailment, an earthquake and an exam paper leak, asked as people type', () => {
  it('give the hour a question asks by the clock, never a day for it', () => {
    // the article's Monday is when the exam was cancelled; the paper reached Telegram at 8:10 am
    expect(ask(more, 'junior accountant ka paper telegram pe kitne baje aa gaya tha?')).toMatchObject({ answer: '8:10 am' });
    // ৪টে ২০ মিনিটে: the colloquial টে of the hour, with its minutes
    expect(ask(more, 'मालदा इंटरसिटी एक्सप्रेस किस दिन और कितने बजे पटरी से उतरी?')).toMatchObject({ answer: 'শনিবার ভোর ৪টে ২০', reading: 'शनिवार सुबह 4:20' });
    // where the article gives only the day, the day, with the date it is written with
    expect(ask(more, 'What time is the re-exam?').answer).toBe('Sunday, January 18');
  });

  it('give the sum asked for: its own currency only, a decimal as a number, and the recipient’s sum of a list a comma and a coordinator join', () => {
    // "Candidates paid between Rs 8 lakh and Rs 15 lakh each …, and SOG teams recovered Rs 1.42 crore in cash"
    expect(ask(more, 'How much cash did the SOG recover?')).toMatchObject({ answer: 'Rs 1.42 crore in cash' });
    expect(ask(more, 'जूनियर अकाउंटेंट पेपर लीक मामले में SOG ने छापों में कितनी नकदी बरामद की?')).toMatchObject({ answer: 'Rs 1.42 crore in cash' });
    // "মৃতদের পরিবারকে ১০ লক্ষ টাকা, গুরুতর আহতদের আড়াই লক্ষ টাকা এবং সামান্য আহতদের ৫০ হাজার টাকা করে ক্ষতিপূরণের ঘোষণা"
    const families = 'How much compensation did the Railway Ministry announce for the families of those killed in the Malda Intercity derailment?';
    expect(ask(more, families)).toMatchObject({ answer: '১০ লক্ষ টাকা', reading: '₹10 lakh' });
    expect(ask(more, 'how much compensation will the seriously injured get after the Malda derailment?')).toMatchObject({ answer: 'আড়াই লক্ষ টাকা', reading: '₹2.5 lakh' });
    // the Chief Minister's fund is the chief minister's: the Chamoli article, not another incident's ex gratia
    const aid = ask(more, "How much additional aid will the Chief Minister's relief fund give to families of those killed in the Chamoli earthquake?");
    expect(aid).toMatchObject({ answer: '1 लाख रुपये', reading: '₹1 lakh' });
  });

  it('name the holder of an office, and the one a leadership in the genitive names', () => {
    expect(ask(more, 'মালদা ইন্টারসিটি দুর্ঘটনার বিধিবদ্ধ তদন্তের নেতৃত্ব দিচ্ছেন কে?').answer).toBe('সুব্রত নন্দী');
    expect(ask(more, 'rssb chairmn name?').answer).toBe('Suresh Chandra Meena');
    // no case after the name, and its last letter, র, no genitive: "জেলাশাসক রাজর্ষি মিত্র ঘটনার তদন্তের নির্দেশ দিয়েছেন"
    expect(ask(fixtures, 'who ordered an inquiry into the boat accident').answer).toBe('রাজর্ষি মিত্র');
  });

  it('show a second source the article reports beside the answer as a disagreement, and no sentence that only goes on', () => {
    // "जिला प्रशासन के अनुसार … पांच लोगों की मौत हो चुकी है … हालांकि, घाट क्षेत्र के ग्रामीणों का कहना है कि मरने वालों की संख्या सात है।"
    const dead = ask(more, 'चमोली भूकंप में कितने लोगों की मौत हुई?');
    expect(dead).toMatchObject({ answer: 'पांच लोगों', conflict: true });
    const second = dead.citations[1]!;
    expect(second.quote).toContain('ग्रामीणों का कहना है');
    expect(second.highlight && second.quote.slice(second.highlight.start, second.highlight.end)).toBe('सात');
    // "৪৭ জন আহত হয়েছেন" then "আহতদের মধ্যে ১১ জনের অবস্থা আশঙ্কাজনক": a part of them, no other source
    expect(ask(more, 'how many injurd in malda train acident')).toMatchObject({ reading: '47', conflict: false });
  });

  it('count with a Bengali number whose letter an apostrophe leaves out, and give a measure’s number', () => {
    expect(ask(more, 'how many died in the malda train accident?')).toMatchObject({ reading: '6' });
    expect(ask(more, 'মানকরের ট্রেন দুর্ঘটনায় কতজন মারা গেছেন?').answer).toMatch(/^ছ'জন/);
    expect(ask(more, 'What was the magnitude of the Chamoli earthquake?').answer).toBe('5.6');
    expect(ask(more, 'how deep was the chamoli quake')).toMatchObject({ answer: '10 किलोमीटर' });
  });
});

describe('a hooch tragedy, a hospital fire and an airport check-in outage, asked as people type', () => {
  it('count the dead a noun of count gives (मरने वालों की संख्या … 14), and those brought out (বের করে আনা) as rescued', () => {
    expect(ask(more, 'गोपालगंज जहरीली शराब कांड में अब तक कितने लोगों की मौत हुई?')).toMatchObject({ answer: '14' });
    expect(ask(more, 'how many deaths has the district admin actually confirmed as due to hooch in gopalganj?').answer).toMatch(/^नौ/);
    expect(ask(more, 'হাসপাতাল থেকে কতজন রোগীকে বের করে আনা হয়েছে?').answer).toMatch(/^৮৬ জন/);
  });

  it('name which one of a kind by the name after its word, and a minister whose title is one word', () => {
    expect(ask(more, 'which BIAL official spoke to the media about the outage').answer).toBe('Rakesh Venkataraman');
    expect(ask(more, 'বেঙ্গালুরু বিমানবন্দরের গোলমালের জন্য কোন সংস্থাকে দায়ী করা হয়েছে?').answer).toBe('Ostrava Softlink Pvt Ltd');
    expect(ask(more, 'কোন মন্ত্রী হাসপাতালে গিয়েছিলেন?').answer).toBe('শুভাশিস হালদার');
  });

  it('read a word typed whole as the hyphenated one the article writes, and the dead’s families as the fire’s victims', () => {
    expect(ask(more, 'how long was the bengaluru airport checkin down').answer).toBe('nearly seven hours');
    expect(ask(more, 'compensation for hospital fire victims?')).toMatchObject({ answer: '২ লক্ষ টাকা', abstained: false });
  });
});
