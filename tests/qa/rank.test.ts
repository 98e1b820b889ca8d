import { describe, expect, it } from 'vitest';
import { article, fixtureIndex } from '../helpers/index.js';
import type { Article } from '../../src/corpus/article.js';
import { planQuestion } from '../../src/qa/question.js';
import { heldStrength, pairedBySound, rank, unitWeight } from '../../src/qa/rank.js';
import { STRENGTH, analyzeQuery, analyzeText, keyStrength } from '../../src/lang/analyze.js';
import { SearchIndex } from '../../src/search/index.js';

/** The passages a question's candidates are ranked into, as article id and passage text. */
function ranked(articles: Article[], question: string) {
  const index = SearchIndex.build({ articles, failures: [], fingerprint: 'rank-test' });
  const plan = planQuestion(question);
  const results = index.search(plan.units, 200, (u) => unitWeight(index, u));
  return rank(index, plan, results).map((r) => {
    const a = index.article(r.hit.passage.articleId)!;
    return { articleId: a.id, text: a.body.slice(r.hit.passage.start, r.hit.passage.end).trim(), typed: r.typed, named: r.named, coverage: r.coverage };
  });
}

describe('ranking passages', () => {
  it('asked a value, ranks the sentence beside a candidate that writes it, though it holds none of the question’s words', () => {
    const body = 'शहर में निर्माणाधीन पुल का हिस्सा मंगलवार को गिरा।\n\nदोपहर करीब 2:40 बजे मजदूर स्लैब पर काम कर रहे थे। तभी पूरा ढांचा नदी में जा गिरा।';
    const r = ranked([article('hi-bridge', 'hi', 'रामपुर में पुल गिरा', body), article('hi-rain', 'hi', 'बारिश', 'शाम पांच बजे बारिश शुरू हुई।')], 'रामपुर पुल कितने बजे गिरा?');
    expect(r[0]!.text).toBe('दोपहर करीब 2:40 बजे मजदूर स्लैब पर काम कर रहे थे।');
    expect(r[0]!.typed).toBe(1);
    // a question that asks no value leaves it out: it holds nothing asked
    expect(ranked([article('hi-bridge', 'hi', 'रामपुर में पुल गिरा', body)], 'रामपुर पुल क्यों गिरा?').some((p) => p.text.startsWith('दोपहर'))).toBe(false);
  });

  it('puts the passage that holds the kind of answer asked for first, among passages that cover the question alike', () => {
    const r = ranked(
      [
        article('hi-aiims', 'hi', 'एम्स पर साइबर हमला', 'एम्स के सर्वर हैक हुए, अधिकारियों ने बताया।\n\nएम्स के पांच सर्वर हैक हुए।'),
        article('hi-weather', 'hi', 'दिल्ली में बारिश', 'दिल्ली में तीन दिन बारिश हुई।'),
      ],
      'एम्स के कितने सर्वर हैक हुए?',
    );
    const counted = r.findIndex((p) => p.text === 'एम्स के पांच सर्वर हैक हुए।');
    const uncounted = r.findIndex((p) => p.text === 'एम्स के सर्वर हैक हुए, अधिकारियों ने बताया।');
    expect(r[counted]!.coverage).toBeCloseTo(r[uncounted]!.coverage, 5);
    expect(counted).toBe(0);
    expect(r[counted]!.typed).toBe(1);
    expect(r[uncounted]!.typed).toBe(0);
  });

  it('does not read एक (a, one) beside what is counted as a count: the passage that gives the count comes first', () => {
    const r = ranked([article('hi-flood', 'hi', 'बाढ़', 'बाढ़ से एक बड़े क्षेत्र के गांव डूब गए।\n\nबाढ़ से सात गांव डूब गए, प्रशासन ने बताया।')], 'बाढ़ से कितने गांव डूब गए?');
    const indefinite = r.findIndex((p) => p.text.startsWith('बाढ़ से एक'));
    const counted = r.findIndex((p) => p.text.startsWith('बाढ़ से सात'));
    expect(r[counted]!.typed).toBe(1);
    expect(r[indefinite]!.typed).toBeLessThan(1);
    expect(counted).toBe(0);
  });

  it('holds a count less surely where the passage nowhere writes what is counted, in the question’s own language', () => {
    const articles = [
      article('en-uni', 'en', 'Newcastle', 'The universities of Newcastle are old, and the city charter was signed long ago by 12 merchants.'),
      article('en-war', 'en', 'The war', 'Newcastle replaced 12 generals in January 1756.'),
    ];
    const typed = (question: string, id: string) => ranked(articles, question).find((p) => p.articleId === id)!.typed;
    // its numbers count other things: the generals, not universities
    expect(typed('How many universities are in Newcastle?', 'en-war')).toBeGreaterThan(0);
    expect(typed('How many universities are in Newcastle?', 'en-war')).toBeLessThan(typed('How many universities are in Newcastle?', 'en-uni'));
    // across English and Hindi the counted word may only want a translation: its absence says less
    expect(typed('न्यूकैसल में कितने विश्वविद्यालय हैं?', 'en-war')).toBe(typed('How many universities are in Newcastle?', 'en-uni'));
  });

  it('reads a number that what happened is said of as a count of people, whom news leaves unnamed ("Seven died", "14 की मौत")', () => {
    const english = ranked(
      [article('en-gzb', 'en', 'Ghaziabad building collapse', 'Seven died when the building collapsed in Ghaziabad on Tuesday night.\n\nPeople living nearby in Ghaziabad said the building was 40 years old and had cracks.')],
      'How many people died in the Ghaziabad building collapse?',
    );
    expect(english[0]!.text).toBe('Seven died when the building collapsed in Ghaziabad on Tuesday night.');
    expect(english[0]!.typed).toBe(1);
    const hindi = ranked(
      [article('hi-gzb', 'hi', 'गाजियाबाद में इमारत गिरी', 'गाजियाबाद में इमारत गिरने से 7 की मौत हो गई।\n\nआसपास रहने वाले लोगों ने बताया कि इमारत 40 साल पुरानी थी।')],
      'गाजियाबाद में इमारत गिरने से कितने लोगों की मौत हुई?',
    );
    expect(hindi[0]!.text).toBe('गाजियाबाद में इमारत गिरने से 7 की मौत हो गई।');
    expect(hindi[0]!.typed).toBe(1);
  });

  it('does not read an age, a date or a length of time beside a death as a count of the dead, nor a death as a count of things', () => {
    const articles = [
      article(
        'en-gzb',
        'en',
        'Ghaziabad building collapse',
        'The owner of the Ghaziabad building died at 45 after the collapse, police said.\n\nA trader died 3 days after the Ghaziabad building collapse.\n\nIn all, the Ghaziabad building collapse left seven dead, officials said.',
      ),
    ];
    const r = ranked(articles, 'How many people died in the Ghaziabad building collapse?');
    expect(r[0]!.text).toBe('In all, the Ghaziabad building collapse left seven dead, officials said.');
    expect(r.find((p) => p.text.includes('died at 45'))!.typed).toBeLessThan(1);
    expect(r.find((p) => p.text.includes('3 days'))!.typed).toBeLessThan(1);
    // a count news gives with a qualifier or an article before it is still the count of the dead
    for (const body of ['More than 14 died in the Agra fire, officials said.', 'As many as 14 were killed in the Agra fire on Monday.', 'The Agra fire caused the deaths of 14.'])
      expect(ranked([article('en-agra', 'en', 'Agra fire', body)], 'How many people died in the Agra fire?')[0]!.typed, body).toBe(1);
    // asked how many villages, the number of the dead counts none
    const villages = ranked([article('en-assam', 'en', 'Assam floods', 'In Assam 12 died as floods hit.')], 'How many villages were flooded in Assam where 12 died?');
    expect(villages[0]!.typed).toBeLessThan(1);
  });

  it('does not read a count of those something else happened to, nor a length of time, as a count of those the question asks about', () => {
    const articles = [
      article(
        'en-udr',
        'en',
        'Hospital oxygen failure',
        'The oxygen supply at the Rampur hospital stopped for 40 minutes and three patients died, officials said.\n\nPolice arrested two technicians of the firm that runs the oxygen plant at the Rampur hospital.',
      ),
    ];
    const r = ranked(articles, 'How many were arrested for the deaths at the Rampur hospital?');
    expect(r[0]!.text).toContain('arrested two technicians');
    expect(r[0]!.typed).toBe(1);
    expect(r.find((p) => p.text.includes('40 minutes'))!.typed).toBeLessThan(1);
    // asked how many died, the dead are counted there; asked how long, the length of time is what is asked
    expect(ranked(articles, 'How many died at the Rampur hospital?').find((p) => p.text.includes('40 minutes'))!.typed).toBe(1);
    expect(ranked(articles, 'How long did the oxygen supply stop at the Rampur hospital?')[0]!.text).toContain('40 minutes');
  });

  it('reads a place typed in lower case as the name it is: the article that names it comes before one that only shares the question\'s other words', () => {
    const articles = [
      article('en-pune', 'en', 'Warehouse fire in Pune', 'The fire was put out by 11 pm, said Chief Fire Officer Ramesh Patil.\n\nFour people were hurt in the warehouse fire.'),
      article('hi-ank', 'hi', 'अंकलेश्वर की फैक्ट्री में आग', 'अंकलेश्वर के मुख्य अग्निशमन अधिकारी सुरेश पटेल ने बताया कि आग पर सुबह काबू पाया गया।\n\nफैक्ट्री में आग से तीन मजदूर झुलस गए।'),
    ];
    expect(ranked(articles, 'who is the chief fire officer in ankleshwar?')[0]!.articleId).toBe('hi-ank');
  });

  it('does not read a year as a count, unless what is counted follows it ("1850 guests")', () => {
    const life = ranked([article('en-plague', 'en', 'Plague', 'The physician Ibn al-Wafid (1008–1074) wrote of the plague in Baghdad.')], 'How many people died of plague in Baghdad?');
    expect(life[0]!.typed).toBe(0);
    const guests = ranked([article('en-market', 'en', 'Grainger Market', 'The opening dinner of the Grainger Market was attended by 1850 guests.')], 'How many guests attended the opening dinner?');
    expect(guests[0]!.typed).toBe(1);
  });

  it('does not read the hour and minute of a clock time as a count: asked how many staff, the passage that counts them comes first', () => {
    const r = ranked(
      [
        article('en-port', 'en', 'Port attack', 'The attack was detected at 4:15 am by the port staff on duty.\n\nThe port said that 12 staff were on duty that night.'),
        article('hi-port', 'hi', 'बंदरगाह पर हमला', 'हमले का पता सुबह 4:15 बजे ड्यूटी पर मौजूद कर्मचारियों को चला।'),
      ],
      'How many staff were on duty?',
    );
    const clock = r.find((p) => p.text.includes('4:15 am'))!;
    expect(clock.typed).toBe(0);
    expect(r.find((p) => p.text.includes('4:15 बजे'))!.typed).toBe(0);
    expect(r[0]!.text).toBe('The port said that 12 staff were on duty that night.');
    expect(r[0]!.typed).toBe(1);
  });

  it('holds a sum as the count of its own scale word when that is what is asked: "how many crore", 200 करोड़ रुपए', () => {
    const r = ranked([article('hi-port', 'hi', 'बंदरगाह पर हमला', 'हैकर्स ने बंदरगाह से 200 करोड़ रुपए मांगे।')], 'how many crore did the hackers demand');
    expect(r[0]!.typed).toBe(1);
    // (asked how many hackers, the sum counts none of them)
    expect(ranked([article('hi-port', 'hi', 'बंदरगाह पर हमला', 'हैकर्स ने बंदरगाह से 200 करोड़ रुपए मांगे।')], 'how many hackers demanded money')[0]!.typed).toBe(0);
  });

  it('holds a sum of the kind of sum the question names surely, and one the passage says is of no such kind only as a sign: asked what was paid, the payment before the demand', () => {
    const paid = ranked([article('en-port', 'en', 'Port hit', 'Hackers demanded Rs 200 crore from the port.\n\nThe port paid Rs 3 crore to restore its systems.')], 'How much did the port pay?');
    expect(paid[0]!.text).toBe('The port paid Rs 3 crore to restore its systems.');
    expect(paid[0]!.typed).toBe(1);
    expect(paid.find((p) => p.text.startsWith('Hackers demanded'))!.typed).toBe(0.5);
    // asked what was demanded, the demand holds a sum surely
    expect(ranked([article('en-port', 'en', 'Port hit', 'Hackers demanded Rs 200 crore from the port.')], 'How much money did the hackers demand?')[0]!.typed).toBe(1);
  });

  it('does not read a sum of money as a count for a question that counts one by one: the count of the dead comes first', () => {
    const r = ranked(
      [
        article(
          'bn-flood',
          'bn',
          'বন্যা পরিস্থিতি',
          'মুখ্যমন্ত্রী বন্যা পরিস্থিতি পরিদর্শন করেন এবং মৃতদের পরিবারকে দুই লক্ষ টাকা করে সাহায্যের ঘোষণা করেন।\n\nবন্যার জলে ভেসে গিয়ে তিনজনের মৃত্যু হয়েছে।',
        ),
      ],
      'বন্যায় কতজনের মৃত্যু হয়েছে?',
    );
    const sum = r.findIndex((p) => p.text.startsWith('মুখ্যমন্ত্রী'));
    const counted = r.findIndex((p) => p.text.startsWith('বন্যার জলে'));
    expect(r[sum]!.typed).toBe(0);
    expect(r[counted]!.typed).toBe(1);
    expect(counted).toBe(0);
  });

  it('weighs a passage’s search score against the best of its own language’s, so one in another language that covers more comes first', async () => {
    const index = await fixtureIndex();
    const plan = planQuestion('how much compensation did the chief minister announce for the flood victims');
    const first = rank(index, plan, index.search(plan.units, 200, (u) => unitWeight(index, u)))[0]!;
    expect(index.article(first.hit.passage.articleId)!.id).toBe('bn-flood');
    // and one in the asker's language that covers more stays first
    const own = planQuestion('how many people died in the gas leak');
    const top = rank(index, own, index.search(own.units, 200, (u) => unitWeight(index, u)))[0]!;
    expect(index.article(top.hit.passage.articleId)!.id).toBe('en-gas-leak');
  });

  it('ranks a passage whose article never names the entity asked about below one whose article does', () => {
    const r = ranked(
      [
        article('bn-aiims', 'bn', 'এইমসে সাইবার হামলা', 'হাসপাতালের পাঁচটি সার্ভার হ্যাক হয়েছে।'),
        article('bn-power', 'bn', 'বিদ্যুৎ সংস্থায় সাইবার হামলা', 'সংস্থার ছয়টি সার্ভার হ্যাক হয়েছে।'),
      ],
      'এইমসের কতগুলো সার্ভার হ্যাক হয়েছে?',
    );
    expect(r.map((p) => p.articleId)).toEqual(['bn-aiims', 'bn-power']);
    expect(r[0]!.named).toBe(1);
    expect(r[1]!.named).toBe(0);
  });

  it('puts, for a who question, the passage that names someone above one that only says a kind of person', () => {
    const r = ranked(
      [
        article(
          'en-harbour',
          'en',
          'Harbour fire',
          'The fire at the harbour warehouse was reported by the family next door.\n\nThe fire at the harbour warehouse was reported by Tomas Okafor.',
        ),
      ],
      'Who reported the fire at the harbour warehouse?',
    );
    const named = r.findIndex((p) => p.text === 'The fire at the harbour warehouse was reported by Tomas Okafor.');
    const kind = r.findIndex((p) => p.text === 'The fire at the harbour warehouse was reported by the family next door.');
    expect(r[named]!.coverage).toBeCloseTo(r[kind]!.coverage, 5);
    expect(named).toBe(0);
    expect(r[named]!.typed).toBeGreaterThan(r[kind]!.typed);
  });

  it('does not count, for a who question, a name the question gives itself', () => {
    const r = ranked(
      [article('en-harbour', 'en', 'Harbour fire', 'Tomas Okafor guarded the harbour.\n\nLena Brandt guarded the harbour with Tomas Okafor.')],
      'Who guarded the harbour with Tomas Okafor?',
    );
    expect(r.find((p) => p.text === 'Tomas Okafor guarded the harbour.')!.typed).toBe(0);
    expect(r.find((p) => p.text === 'Lena Brandt guarded the harbour with Tomas Okafor.')!.typed).toBeGreaterThan(0);
  });

  it('counts a year as a time: for a when question it lifts the passage that dates the event over one that does not', () => {
    const r = ranked(
      [
        article(
          'en-ferry',
          'en',
          'The river ferry',
          'The river ferry service was launched with two boats.\n\nThe river ferry service was launched in the spring of 1349.\n\nThe river ferry service was launched with 2,000 passengers.',
        ),
      ],
      'When was the river ferry service launched?',
    );
    const dated = r.findIndex((p) => p.text === 'The river ferry service was launched in the spring of 1349.');
    const undated = r.findIndex((p) => p.text === 'The river ferry service was launched with two boats.');
    expect(r[dated]!.coverage).toBeCloseTo(r[undated]!.coverage, 5);
    expect(dated).toBe(0);
    expect(r[dated]!.typed).toBeGreaterThan(0);
    expect(r[undated]!.typed).toBe(0);
    // a number that is no year of four digits dates nothing
    expect(r.find((p) => p.text === 'The river ferry service was launched with 2,000 passengers.')!.typed).toBe(0);
  });

  it('puts, for a question dated by a year, a passage that writes another year below one that writes none', () => {
    const r = ranked(
      [
        article(
          'en-town',
          'en',
          'Marwick',
          'The population of Marwick was 41,200 in 2014.\n\nThe population of Marwick was 39,800, the council said.\n\nIn 2010 the population of Marwick was 38,000.',
        ),
      ],
      'What was the population of Marwick in 2010?',
    );
    const texts = r.map((p) => p.text);
    expect(texts[0]).toBe('In 2010 the population of Marwick was 38,000.');
    expect(texts.indexOf('The population of Marwick was 39,800, the council said.')).toBeLessThan(texts.indexOf('The population of Marwick was 41,200 in 2014.'));
  });

  it('reads a Hindi question\'s year alike: a passage of another year comes after one that writes none', () => {
    const r = ranked(
      [article('hi-town', 'hi', 'मारविक', 'मारविक की जनसंख्या 2014 में 41,200 थी।\n\nमारविक की जनसंख्या 39,800 थी, परिषद ने बताया।')],
      '2010 में मारविक की जनसंख्या क्या थी?',
    );
    expect(r.map((p) => p.text)).toEqual(['मारविक की जनसंख्या 39,800 थी, परिषद ने बताया।', 'मारविक की जनसंख्या 2014 में 41,200 थी।']);
  });

  it('puts, for a question that numbers one of a series by a Roman numeral, a passage that numbers it otherwise below one that does not', () => {
    const r = ranked(
      [
        article(
          'en-cup',
          'en',
          'Harbour Cup',
          'The Harbour Cup XII was won by the Dunmore Athletic side.\n\nThe Harbour Cup was won by the Marwick Rovers side, after a long and late final.',
        ),
      ],
      'Who won the Harbour Cup IX?',
    );
    expect(r.map((p) => p.text)).toEqual(['The Harbour Cup was won by the Marwick Rovers side, after a long and late final.', 'The Harbour Cup XII was won by the Dunmore Athletic side.']);
    // a numeral after no word of the question's is no number of a series (an acronym: IV, intravenous)
    expect(planQuestion('How many patients were put on IV drip?').series.every((s) => s === undefined)).toBe(true);
    expect(planQuestion('सुपर बाउल XLIX किसने जीता?').series.map((s) => s?.raw)).toContain('बाउल');
  });

  it('prefers, for a time question, the passage that gives a clock time and a day over one that gives neither', () => {
    const r = ranked(
      [
        article(
          'en-aiims',
          'en',
          'Cyberattack on AIIMS servers',
          'The attack on the AIIMS servers was detected by the hospital staff.\n\nThe attack on the AIIMS servers was detected on Wednesday at 6:45 am.',
        ),
      ],
      'When was the attack on the AIIMS servers detected?',
    );
    expect(r[0]!.text).toBe('The attack on the AIIMS servers was detected on Wednesday at 6:45 am.');
    expect(r[0]!.typed).toBe(1);
    expect(r[1]!.typed).toBe(0);
  });
});

describe('ranking passages by the question’s rare words first', () => {
  it('puts the passage that holds the question’s rarest word above one that holds only a weak sign of the asked kind', () => {
    const r = ranked(
      [
        article(
          'en-match',
          'en',
          'The cup final',
          ['The anthem was sung by a choir.', 'The staff sang before the match.', 'The match was played in the evening.', 'The crowd left after the match.'].join('\n\n'),
        ),
      ],
      'Who sang the anthem before the match?',
    );
    const anthem = r.find((p) => p.text === 'The anthem was sung by a choir.')!;
    const staff = r.find((p) => p.text === 'The staff sang before the match.')!;
    // "staff" is a kind of actor, a weak sign of a "who" answer; the choir is a word no lexicon knows as one, and no name
    expect(staff.typed).toBeGreaterThan(0);
    expect(staff.typed).toBeLessThan(1);
    expect(anthem.typed).toBe(0);
    expect(anthem.coverage).toBeGreaterThan(staff.coverage);
    expect(r[0]!.text).toBe('The anthem was sung by a choir.');
  });
});

describe('a "which" question', () => {
  it('lets the sign of a kind the lexicon names lift a passage, but not over one that holds clearly more of the question', () => {
    // Veldoria is in no lexicon: the passage that answers shows no sign of a country, and must still come first
    const r = ranked(
      [article('en-voyage', 'en', 'The voyage', 'The explorer claimed the northern island for Veldoria.\n\nThe explorer sailed to the northern coast of India.')],
      'Which country did the explorer claim the northern island for?',
    );
    const india = r.find((p) => p.text === 'The explorer sailed to the northern coast of India.')!;
    expect(india.typed).toBeGreaterThan(0);
    expect(r[0]!.text).toBe('The explorer claimed the northern island for Veldoria.');
  });
});

describe('ranking passages by what stands around them', () => {
  it('credits a word the sentence before holds, in the same paragraph, over the same word further off in the article', () => {
    // "he" in the answering sentences stands for the man the question names; only the sentence right after the name is his
    const body = [
      'The striker Ravi Menon joined the club in spring. He scored twelve goals that season.',
      'The club hired a new coach in summer. The coach had played in Europe.\n\nAnother player scored twelve goals that season.',
    ].join('\n\n');
    const r = ranked([article('en-club', 'en', 'A season of football', body)], 'How many goals did Ravi Menon score that season?');
    expect(r[0]!.text).toBe('He scored twelve goals that season.');
    const other = r.find((p) => p.text === 'Another player scored twelve goals that season.')!;
    expect(r[0]!.coverage).toBeGreaterThan(other.coverage);
  });

  it('counts the words of the sentence before nearly as its own in a passage that opens with a word standing for what that sentence names, or naming it again', () => {
    const coverageOf = (language: 'en' | 'hi' | 'bn', first: string, opener: string, rest: string, question: string) =>
      ranked([article(`${language}-story`, language, 'A story', `${first} ${opener} ${rest}`)], question).find((p) => p.text.startsWith(opener))!.coverage;
    const seat = ['सम्मिलन ने जैक्सनविल को बड़ा आकार दिया और अधिकांश आबादी शहर की सीमा में आ गई।', 'डुवल काउंटी की काउंटी सीट बना, जिसे शहर की सरकार ने समाहित किया।'] as const;
    const merged = 'सम्मिलन के कारण जैक्सनविल किस काउंटी की सीट बना?';
    // each: the language, the sentence before, the opener that goes on from it, one that does not, the rest, the question
    const goesOn: [language: 'en' | 'hi' | 'bn', first: string, opener: string, other: string, rest: string, question: string][] = [
      // (the same words after "Two", which stands for nothing, count as the sentence beside's only)
      ['en', 'The study found two unknown clades of the bacterium in the mass graves of London.', 'These', 'Two', 'clades were found to be ancestral to the modern strains Orientalis and Medievalis.', 'What strains of the bacterium were found in the mass graves?'],
      ['hi', seat[0], 'यह', 'तब', seat[1], merged],
      // (a demonstrative before a noun as well: इस शहर, এই শাখা)
      ['hi', seat[0], 'इस शहर ने', 'तब शहर ने', seat[1], merged],
      ['bn', 'গবেষকরা লন্ডনের গণকবরে ব্যাকটেরিয়ার দুটি অজানা শাখা খুঁজে পান।', 'এই', 'দুটি', 'শাখা আধুনিক স্ট্রেন ওরিয়েন্টালিসের পূর্বপুরুষ।', 'লন্ডনের গণকবরে পাওয়া ব্যাকটেরিয়ার শাখা কোন স্ট্রেনের পূর্বপুরুষ?'],
      // (a relative pronoun opens a clause split from the sentence before)
      ['hi', 'कुबलाई ने अन्नम के खिलाफ एक बड़ा अभियान चलाया।', 'जिसने', 'सेना ने', 'बाद में जंगलों में हार मान ली।', 'कुबलाई के अन्नम अभियान के बाद किसने हार मान ली?'],
      // (and a definite article before a word of the sentence before, not "another")
      ['en', 'A piece of paper was later found on which Luther had written his last statement.', 'The', 'Another', 'statement was in Latin, apart from a short line in German.', 'In what language was the statement written?'],
    ];
    for (const [language, first, opener, other, rest, question] of goesOn) {
      expect(coverageOf(language, first, opener, rest, question)).toBeGreaterThan(coverageOf(language, first, other, rest, question) + 0.05);
    }
    // not one whose pronoun or demonstrative only sets a time, nor one that shares with it only a word of saying
    const setsApart: typeof goesOn = [
      ['hi', 'मुंडका की एक फैक्ट्री में शुक्रवार शाम भीषण आग लगी।', 'उस', 'किसी', 'समय इमारत में करीब 100 लोग मौजूद थे।', 'मुंडका की फैक्ट्री में आग से कितने लोग घायल हुए?'],
      ['en', 'Last year, floods in Assam killed 40 people.', 'This', 'Every', 'year, 12 people died in landslides in Sikkim.', 'How many people died in landslides in Sikkim a year after the Assam floods?'],
      ['en', 'A fire killed 27 people on Friday, officials said.', 'The', 'Local', 'police said the owner had no fire licence.', 'Who was arrested over the fire that killed 27 people?'],
    ];
    for (const [language, first, opener, other, rest, question] of setsApart) {
      expect(coverageOf(language, first, opener, rest, question)).toBeCloseTo(coverageOf(language, first, other, rest, question), 5);
    }
  });

  it('lifts the sentence after a name, which "he" ties to it, over one that holds a word more of the question but is about someone else', () => {
    const body = [
      'The striker Ravi Menon joined the club in spring. He scored twelve goals in the league.',
      'The league started in May. The coach praised the league.',
      'Another player scored nine goals in the league that season.',
    ].join('\n\n');
    const r = ranked([article('en-club', 'en', 'A season of football', body)], 'How many goals did Ravi Menon score in the league that season?');
    expect(r[0]!.text).toBe('He scored twelve goals in the league.');
  });

  it('takes no sum of money for a count of people, however the question asks how many (घायलों की संख्या)', () => {
    const r = ranked(
      [
        article('hi-fair', 'hi', 'मेले में भगदड़', 'प्रधानमंत्री राहत कोष से घायलों को 50 हजार रुपये दिए जाएंगे।\n\nमेले में आठ लोगों की मौत हो गई, जबकि 37 लोग घायल हो गए।'),
      ],
      'घायलों की संख्या कितनी है?',
    );
    expect(r[0]!.text).toBe('मेले में आठ लोगों की मौत हो गई, जबकि 37 लोग घायल हो गए।');
  });

  it('gives a passage that holds the question\'s words but not the kind asked for a place among the first, not the last', () => {
    // the type of answer reorders passages that match alike; it does not bury one that matches far better
    const r = ranked(
      [
        article('en-show', 'en', 'The halftime show', 'The singer Mira Das performed the national anthem before the final.\n\nThe final drew a crowd of fans.'),
        article('en-team', 'en', 'The team', 'Coach Arjun Rao led the team in the final.'),
      ],
      'Who performed the national anthem before the final?',
    );
    expect(r[0]!.text).toBe('The singer Mira Das performed the national anthem before the final.');
  });
});

describe('framing words', () => {
  it('are content when they are all the question has: "ransom?" searches for the ransom', () => {
    const money = planQuestion('What was the ransom?');
    expect(money.type).toBe('money');
    expect(money.framing).toEqual([false]);
    // beside another word they only restate what is asked
    const demand = planQuestion('What ransom did the hackers demand?');
    expect(demand.framing[demand.units.findIndex((u) => u.raw === 'ransom')]).toBe(true);
  });

  it('leave the generic one framing when all are: in "ransom amount?" the ransom is asked, the amount only how', () => {
    const amount = planQuestion('ransom amount?');
    expect(amount.type).toBe('money');
    expect(amount.units.map((u, i) => [u.raw, amount.framing[i]])).toEqual([['ransom', false], ['amount', true]]);
    // generic words alone are all the question has
    expect(planQuestion('amount?').framing).toEqual([false]);
  });

  it('take in a word of saying in every language: "said", कहा, বলেছেন restate how news is told, not what it is about', () => {
    const framed = (question: string, word: string) => {
      const plan = planQuestion(question);
      return plan.framing[plan.units.findIndex((u) => u.raw === word)];
    };
    expect(framed('हैकर्स ने फिरौती कब तक देने को कहा', 'कहा')).toBe(true);
    expect(framed('When did the police say the servers were hacked?', 'say')).toBe(true);
    expect(framed('পুলিশ কী বলেছেন হামলা নিয়ে?', 'বলেছেন')).toBe(true);
    // (the other words stay what the question is about)
    expect(framed('हैकर्स ने फिरौती कब तक देने को कहा', 'फिरौती')).toBe(false);
  });
});

describe('a when-question', () => {
  it('reads its starting or happening only as what it asks: the passage that dates the event leads', () => {
    // (beside other news, so that the event is not in every passage of the corpus)
    const city = article('hi-city', 'hi', 'शहर की खबरें', 'शहर में नया पुल बनकर तैयार है।\n\nस्कूलों में परीक्षा अगले महीने होगी।\n\nबाज़ार में सब्ज़ियों के दाम बढ़ गए हैं।');
    const hindi = article('hi-flood', 'hi', 'बाढ़ की खबर', 'नदी में बाढ़ सोमवार सुबह 9 बजे आई।\n\nबाढ़ के बाद पंप फिर से शुरू करने का काम चल रहा है।');
    expect(ranked([hindi, city], 'बाढ़ कब शुरू हुई?')[0]!.text).toBe('नदी में बाढ़ सोमवार सुबह 9 बजे आई।');
    const town = article('en-town', 'en', 'Town news', 'A new bridge opened in the town.\n\nSchool exams are next month.\n\nVegetable prices rose at the market.');
    const english = article('en-flood', 'en', 'Flood news', 'The flood hit the town on Monday at 9 am.\n\nWork to start the pumps again after the flood goes on.');
    expect(ranked([english, town], 'When did the flood start?')[0]!.text).toBe('The flood hit the town on Monday at 9 am.');
  });
});

describe('a Hindi word over English text', () => {
  const articles = [
    article('en-museum', 'en', 'City notes', 'The museum was closed on Monday for repairs.'),
    article('en-weather', 'en', 'City notes', 'The weather was cold and foggy on Monday morning.'),
  ];

  it('finds the passage holding its translation before one holding an English word of its sound', () => {
    // मौसम is weather; its sound key is also museum's
    const r = ranked(articles, 'सोमवार को मौसम कैसा था?');
    expect(r[0]!.articleId).toBe('en-weather');
  });
});

describe('an English name across scripts', () => {
  it('ranks the passage that writes the name above one that holds a native word of its sound', () => {
    // कमल (lotus) sounds like the name Kemal; केमल is the name as Hindi writes it. The passage with the
    // name is the longer one, so term rarity and length alone would put the lotus first.
    const r = ranked(
      [
        article('hi-pond', 'hi', 'तालाब', 'तालाब में कमल खिले।'),
        article('hi-talk', 'hi', 'सभा', 'सभा में केमल ने देर शाम तक लंबा भाषण दिया और सवालों के जवाब भी दिए।'),
      ],
      'What did Kemal say?',
    );
    expect(r[0]!.articleId).toBe('hi-talk');
  });
});

describe('a name of short words across scripts', () => {
  /** How surely a passage holds each unit of a question by its sound beside the next (pairedBySound). */
  const paired = (question: string, passage: string, language: 'en' | 'hi') => pairedBySound(analyzeQuery(question).units, analyzeText(passage, language));

  it('holds two words the question writes side by side, found by their sound side by side in the passage, as one key of all their consonants', () => {
    // Pro (pr) and Bowl (bl) are two consonants each, a likeness many words share; together they are four
    expect(paired('Pro Bowl', 'चार खिलाड़ी प्रो बाउल में चुने गए।', 'hi')).toEqual([keyStrength(4), keyStrength(4)]);
    expect(paired('प्रो बाउल', 'Four players made the Pro Bowl.', 'en')).toEqual([keyStrength(4), keyStrength(4)]);
    expect(keyStrength(4)).toBeGreaterThan(STRENGTH.key('bl'));
  });

  it('does not pair them apart, in the other order, or when the question does not write them side by side', () => {
    expect(paired('Pro Bowl', 'प्रो खिलाड़ी बाउल में खाना खाते हैं।', 'hi')).toEqual([0, 0]);
    expect(paired('Pro Bowl', 'बाउल प्रो।', 'hi')).toEqual([0, 0]);
    expect(paired('Pro team Bowl', 'चार खिलाड़ी प्रो बाउल में चुने गए।', 'hi').every((s) => s === 0)).toBe(true);
    // nor across a sentence's end or a comma, nor within one script, where a key finds other words of its sound
    expect(paired('Pro Bowl', 'वह प्रो। बाउल में खेला।', 'hi')).toEqual([0, 0]);
    expect(paired('Pro Bowl', 'वह प्रो, बाउल में खेला।', 'hi')).toEqual([0, 0]);
    expect(paired('red car', 'They drove the road car home.', 'en')).toEqual([0, 0]);
  });

  it('ranks the passage that writes the name whole above a shorter one that has its words apart', () => {
    const r = ranked(
      [article('hi-game', 'hi', 'खेल', 'इस साल प्रो बाउल के लिए टीम के चार खिलाड़ी चुने गए थे।\n\nबाउल के लिए प्रो टीम के चार खिलाड़ी चुने गए।')],
      'How many players were picked for the Pro Bowl?',
    );
    // (the two hold the same words; the shorter one would come first by term rarity and length alone)
    expect(r[0]!.text).toBe('इस साल प्रो बाउल के लिए टीम के चार खिलाड़ी चुने गए थे।');
  });
});

describe('a name one consonant away from a passage word', () => {
  /** How surely a passage holds a one-word question, as ranking reads it (heldStrength). */
  const held = (question: string, passage: string, language: 'en' | 'hi') => {
    const unit = analyzeQuery(question).units[0]!;
    return heldStrength(unit, new Set(analyzeText(passage, language).keys.flatMap((k) => [...k])), language === 'en');
  };

  it('counts as a consonant away whichever side writes the consonant', () => {
    // Vandersloot's key is bndrslt; वैंडरलूट, written without the s, is bndrlt
    expect(held('Vandersloot', 'वैंडरलूट ने कहा।', 'hi')).toBe(STRENGTH.nearKey);
    expect(held('वैंडरलूट', 'Vandersloot said so.', 'en')).toBe(STRENGTH.nearKey);
    // written with it, it is the name's own sound
    expect(held('Vandersloot', 'वैंडर्सलूट ने कहा।', 'hi')).toBe(STRENGTH.key('bndrslt'));
  });

  it('does not find a short name in a longer word as if it were its sound (फ्रेस्नो, prsn; प्रशांत, prsnt)', () => {
    expect(held('फ्रेस्नो', 'प्रशांत महासागर में तूफान आया।', 'hi')).toBeLessThanOrEqual(STRENGTH.nearKey);
    expect(STRENGTH.nearKey).toBeLessThan(STRENGTH.key('prsn'));
  });
});

describe('a Hindi word over Hindi text that words it otherwise', () => {
  it('finds the passage holding a synonym of the word (पुस्तक for किताब) before one that holds only the rest of the question', () => {
    // the two passages share every other word; the sword comes first in the article, so a tie would put it first
    const r = ranked([article('hi-museum', 'hi', 'संग्रहालय', 'संग्रहालय में एक पुरानी तलवार रखी है।\n\nसंग्रहालय में एक पुरानी पुस्तक रखी है।')], 'संग्रहालय में कौन सी पुरानी किताब रखी है?');
    expect(r[0]!.text).toBe('संग्रहालय में एक पुरानी पुस्तक रखी है।');
  });
});

describe('a compound word of the question', () => {
  it('is held by a passage as far as it holds each part: a boat that capsized over a boat alone', () => {
    const r = ranked(
      [
        article('bn-boat', 'bn', 'নদীতে দুর্ঘটনা', 'পদ্মা নদীতে একটি ট্রলার উল্টে যায়।\n\nনদীর ঘাটে একটি ট্রলার বাঁধা ছিল।'),
      ],
      'নৌকাডুবি কোথায় হয়?',
    );
    const capsized = r.find((p) => p.text.includes('উল্টে'))!;
    const moored = r.find((p) => p.text.includes('বাঁধা'))!;
    expect(r[0]).toBe(capsized);
    expect(moored.coverage).toBeLessThan(capsized.coverage);
  });
});

