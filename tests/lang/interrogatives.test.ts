import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/lang/analyze.js';
import { INTERROGATIVES, QUESTION_PHRASES, interrogativeType, isInterrogative } from '../../src/lang/interrogatives.js';
import { normalize } from '../../src/lang/normalize.js';
import { planQuestion } from '../../src/qa/question.js';
import { LANGUAGE_WORDS } from '../../src/lang/words.js';

describe('question words as language data', () => {
  it('reads every question word of every language as asking for its kind of answer', () => {
    for (const [language, words] of Object.entries(LANGUAGE_WORDS)) {
      for (const [type, list] of Object.entries(words.questionWords)) {
        for (const w of list) {
          expect(isInterrogative(normalize(w)), `${language} ${w}`).toBe(true);
          expect(interrogativeType(normalize(w)), `${language} ${w}`).toBe(type);
        }
      }
    }
  });

  it('reads a romanized question word as its word in script, and tells the question romanized by it (kotobar: কতবার, kinhen: किन्हें)', () => {
    const pairs: [string, string, 'hi' | 'bn'][] = [
      ['কতবার', 'kotobar', 'bn'],
      ['কতটুকু', 'kototuku', 'bn'],
      ['কতটা', 'kotota', 'bn'],
      ['কতটি', 'kototi', 'bn'],
      ['কয়জন', 'koyjon', 'bn'],
      ['কজন', 'kojon', 'bn'],
      ['কয়টায়', 'koytay', 'bn'],
      ['কোথাকার', 'kothakar', 'bn'],
      ['किन्हें', 'kinhen', 'hi'],
    ];
    for (const [script, latin, language] of pairs) {
      expect(interrogativeType(normalize(latin)), latin).toBe(interrogativeType(normalize(script)));
      const q = analyzeQuery(`data ${latin} dekha`);
      expect(q.reading.language, latin).toBe(language);
      expect(q.units.map((u) => u.raw), latin).not.toContain(latin);
    }
  });

  it('lists each question word under one kind only, and every phrase as two words or more', () => {
    const seen = new Map<string, string>();
    for (const [type, set] of INTERROGATIVES) {
      for (const w of set) {
        expect(seen.get(w), w).toBeUndefined();
        seen.set(w, type);
      }
    }
    for (const language of Object.values(LANGUAGE_WORDS)) {
      for (const list of Object.values(language.questionPhrases)) for (const p of list) expect(p.trim().split(/\s+/).length, p).toBeGreaterThanOrEqual(2);
    }
    expect(QUESTION_PHRASES.length).toBeGreaterThan(0);
  });

  it('reads Bengali count words in their spoken and written variants', () => {
    for (const w of ['কয়টি', 'কয়টা', 'কটি', 'কতগুলি', 'কতগুলো']) expect(analyzeQuery(`${w} সার্ভার হ্যাক হয়েছে?`).asks, w).toBe('count');
  });

  it('reads a question phrase as a whole: कितने बजे and কটার সময় ask a time, कौन सा asks which, how long ago a time', () => {
    expect(analyzeQuery('हमला कितने बजे हुआ?').asks).toBe('time');
    expect(analyzeQuery('কটার সময় সাইবার হামলা হয়?').asks).toBe('time');
    expect(analyzeQuery('হামলা কত সালে হয়েছিল?').asks).toBe('time');
    expect(analyzeQuery('कौन सा सर्वर हैक हुआ?').asks).toBe('thing');
    // typed as one word, as chats type it: a question word of romanized Hindi, no content word to look for
    for (const q of ['konsi gas leak hui', 'kaunsa server hack hua']) {
      const query = analyzeQuery(q);
      expect(query.asks, q).toBe('thing');
      expect(query.reading.language, q).toBe('hi');
      expect(query.units.map((u) => u.raw), q).not.toContain(q.split(' ')[0]);
    }
    const ago = analyzeQuery('How long ago did the attack happen?');
    expect(ago.asks).toBe('time');
    expect(ago.interrogatives).toContain('how long ago');
    expect(ago.units.map((u) => u.raw)).not.toContain('ago');
    // a phrase's words are the question, not what it is about
    expect(analyzeQuery('हमला कितने बजे हुआ?').units.map((u) => u.raw)).not.toContain('बजे');
  });

  it('reads the time word a question phrase asks by: its own (কত সালে) or the word after one that asks which (कौन से साल)', () => {
    expect(analyzeQuery('হামলা কত সালে হয়েছিল?').asksTimeBy).toBe('year');
    const which = analyzeQuery('हमला कौन से साल हुआ?');
    expect(which).toMatchObject({ asks: 'time', asksTimeBy: 'year' });
    expect(which.units.map((u) => u.raw)).not.toContain('साल');
    expect(analyzeQuery('हमला कौन से दिन हुआ?').asks).toBe('time');
    // a time word joined by a hyphen to the next word is part of a compound (वर्षा-वन: rainforest), and asks no time
    expect(analyzeQuery('अमेज़न बेसिन को कौन सा वर्षा-वन कवर करता है?').asks).toBe('thing');
    expect(analyzeQuery('What year-on-year growth was reported?').asks).toBe('thing');
  });

  it('keeps "how many" and a counted time word apart: कितने दिन counts days', () => {
    expect(analyzeQuery('How many servers were hacked?').interrogatives).toEqual(['how many']);
    expect(analyzeQuery('कितने दिन बंद रहा?').asks).toBe('count');
    expect(analyzeQuery('कितने दिन बंद रहा?').units.map((u) => u.raw)).toContain('दिन');
  });
});

describe('a question of one word', () => {
  it('plans a search unit, and the answer type its word implies', () => {
    for (const q of ['ransom?', 'फिरौती?', 'মুক্তিপণ?']) {
      const plan = planQuestion(q);
      expect(plan.units.map((u) => u.raw), q).toEqual([q.replace('?', '')]);
      expect(plan.type, q).toBe('money');
    }
    const servers = planQuestion('servers?');
    expect(servers.units.map((u) => u.raw)).toEqual(['servers']);
    expect(servers.type).toBe('thing');
  });
});

describe('a question word with its verb written onto it', () => {
  it("reads what's, who's and whats as the question word, and leaves whose and other words alone", () => {
    expect(planQuestion("what's the ransom?")).toMatchObject({ type: 'money' });
    expect(planQuestion("what's the ransom?").units.map((u) => u.raw)).toEqual(['ransom']);
    expect(planQuestion('whats the ransom').units.map((u) => u.raw)).toEqual(['ransom']);
    expect(planQuestion("who's investigating the attack?").type).toBe('person');
    expect(planQuestion("Where're the servers?").type).toBe('place');
    expect(planQuestion('whose servers were hacked?').query.interrogatives).toEqual(['whose']);
    // a word that only ends like one is its own word: kiss is no kis (romanized Hindi), wats no wat
    expect(planQuestion('How many hats were sold?').units.map((u) => u.raw)).toEqual(['hats', 'sold']);
    expect(planQuestion('Who did the kiss?').units.map((u) => u.raw)).toEqual(['kiss']);
    expect(planQuestion('How many wats are in Bangkok?').units.map((u) => u.raw)).toEqual(['wats', 'Bangkok']);
  });

  it('reads a question word typed short as the word (wat, hw many, wat\'s), in an English question only', () => {
    expect(planQuestion('wat was the ransom').units.map((u) => u.raw)).toEqual(['ransom']);
    expect(planQuestion('hw many servers were hacked').type).toBe('count');
    expect(planQuestion("wat's the ransom").units.map((u) => u.raw)).toEqual(['ransom']);
    expect(planQuestion('wen did the attack happen').type).toBe('time');
  });
});

describe('a question asked politely, or calling the one asked', () => {
  const words = (q: string) => planQuestion(q).units.map((u) => u.raw);

  it('is read without its request (please, tell me, I want to know, बताइए, বলুন), and a request opened by an auxiliary asks for what it names', () => {
    expect(words('pls tell me how many servers were hacked')).toEqual(['servers', 'hacked']);
    expect(words('I want to know who is investigating')).toEqual(['investigating']);
    expect(words('कृपया बताइए कितने सर्वर हैक हुए')).toEqual(['सर्वर', 'हैक']);
    expect(words('কটা সার্ভার হ্যাক হয়েছে বলুন')).toEqual(['সার্ভার', 'হ্যাক']);
    expect(planQuestion('can you tell me the ransom?').type).toBe('money');
    // with no request, an auxiliary first asks yes or no, and a word of politeness or a vocative changes nothing
    expect(planQuestion('can the hackers return the ransom?').type).toBe('thing');
    expect(planQuestion('Did AIIMS pay the ransom, bro?').type).toBe('thing');
    expect(planQuestion('bro was the ransom paid?').type).toBe('thing');
    expect(planQuestion('Did AIIMS pay the ransom please?').type).toBe('thing');
    // a phrase of more words frames only where it opens the question: here it is what is asked
    expect(words('What did the hackers want to know?')).toEqual(['hackers', 'want', 'know']);
    // a request after a word of politeness or a vocative still opens the question after its auxiliary
    expect(planQuestion('Please can you tell me the ransom?').type).toBe('money');
    expect(planQuestion('Bro, can you tell me the ransom?').type).toBe('money');
  });

  it('reads a phrase that asks for the news of something as a request where it opens or ends the question, never as asking for a value', () => {
    expect(words('latest update on the aiims hack')).toEqual(['aiims', 'hack']);
    expect(words('एम्स हैक की ताजा जानकारी')).toEqual(['एम्स', 'हैक']);
    expect(words('এইমস হ্যাকের সর্বশেষ খবর কী?')).toEqual(['এইমস', 'হ্যাকের']);
    // a yes-or-no question with such words stays one and keeps them; a phrase of another language is no request
    expect(planQuestion('Were details of patients leaked?').type).toBe('thing');
    expect(words('Were details of patients leaked?')).toContain('details');
    expect(words('Who gave the latest update?')).toEqual(['gave', 'latest', 'update']);
    // a request followed by "if" asks yes or no
    expect(planQuestion('Can you tell me if AIIMS paid the ransom?').type).toBe('thing');
  });

  it('drops a word that calls the one asked at the start or end, or set apart by a comma, and keeps it inside the question', () => {
    expect(words('bro what was the ransom')).toEqual(['ransom']);
    expect(words('hamla kab hua bhai')).toEqual(['hamla']);
    expect(words('দাদা, কটা সার্ভার হ্যাক হয়েছে')).toEqual(['সার্ভার', 'হ্যাক']);
    expect(words('bhai ye hamla kab hua')).toEqual(['hamla']);
    expect(words('দাদা এই হামলা কবে হয়েছে')).toEqual(['হামলা']);
    expect(words('aur bhai hamla kab hua')).toEqual(['hamla']);
    expect(words('so bro who hacked aiims')).toEqual(['hacked', 'aiims']);
    // the brother, tied by a genitive: the question's own word
    expect(words('उसके भाई का नाम क्या था?')).toEqual(['भाई', 'नाम']);
    expect(words('भाई का नाम क्या था?')).toEqual(['भाई', 'नाम']);
    expect(words('bhai ka naam kya tha')).toEqual(['bhai', 'naam']);
    expect(words('कौन गिरफ्तार हुआ, आरोपी का भाई?')).toContain('भाई');
    expect(words('आरोपी के भाई, पिता और मां को कब गिरफ्तार किया गया?')).toContain('भाई');
    expect(words('उसके भाई, पिता और मां को कब गिरफ्तार किया गया?')).toContain('भाई');
    expect(words('কে গ্রেপ্তার হয়েছে, অভিযুক্তের ভাই?')).toContain('ভাই');
    // after a possessive it is the question's own word, not a call
    expect(words('उसके भाई को किसने मारा?')).toContain('भाई');
    expect(words('তার ভাই কোথায় ছিল?')).toEqual(['ভাই']);
    expect(words('what did his bro say')).toContain('bro');
  });
});

describe('a question typed as a noun phrase', () => {
  it('asks for a count when it opens with "number of", and for money when what is counted is money', () => {
    expect(planQuestion('number of servers hacked').type).toBe('count');
    expect(planQuestion('the number of servers hacked').type).toBe('count');
    expect(planQuestion('amount of the ransom').type).toBe('money');
    // the head's own words are not content to search for
    expect(planQuestion('number of servers hacked').units.map((u) => u.raw)).toEqual(['servers', 'hacked']);
  });

  it('leaves the phrase to the question word when it stands further in: "why did a number of hospitals close" asks why', () => {
    expect(planQuestion('Why did a number of hospitals shut down?').type).toBe('thing');
    expect(planQuestion('What did a number of experts say about the attack?').type).toBe('thing');
    expect(planQuestion('What is the count of Monte Cristo about?').type).toBe('thing');
  });
});

describe('a question about money', () => {
  it('asks for money when what its question word asks about is money, not when a word of money stands elsewhere', () => {
    expect(planQuestion('What ransom did the gang demand?').type).toBe('money');
    expect(planQuestion('How much money did the council spend on the bridge?').type).toBe('money');
    // a grant or aid is money, as compensation is; what was given is not
    for (const q of ['How much aid did the government announce?', 'अनुदान कितना था?']) expect(planQuestion(q).type, q).toBe('money');
    expect(planQuestion('What was given to the hackers?').type).toBe('thing');
    expect(planQuestion('हैकर्स ने कितनी रकम मांगी?').type).toBe('money');
    // the money word is what happened to the answer, not the answer: a town, a reason, a person
    expect(planQuestion('What town was granted to the settlers?').type).toBe('thing');
    expect(planQuestion('Which union refused to pay the fine?').type).toBe('thing');
    expect(planQuestion('Who paid the ransom?').type).toBe('person');
  });

  it('asks for no kind of value when it asks yes or no: an auxiliary opens it and no question word is in it', () => {
    expect(planQuestion('Did AIIMS pay the ransom?').type).toBe('thing');
    expect(planQuestion('were 5 servers hacked?').type).toBe('thing');
    // a month with its year that opens a keyword question is no auxiliary; a number after one is
    expect(planQuestion('May 2023 ransom amount?').type).toBe('money');
    expect(planQuestion('Was ₹5 crore paid?').type).toBe('thing');
    expect(planQuestion('Did 2 hackers demand a ransom?').type).toBe('thing');
    // a keyword question and a question word after an auxiliary still ask for their kind
    expect(planQuestion('ransom paid?').type).toBe('money');
    expect(planQuestion('Did you know how many servers were hacked?').type).toBe('count');
  });

  it('asks for money when it asks how much and a word of money is in it, or when the words before a Hindi question word name money', () => {
    expect(planQuestion('How much did the company pay in compensation?').type).toBe('money');
    // Hindi puts what it asks about before the question word
    expect(planQuestion('फिरौती की रकम कितनी थी?').type).toBe('money');
    expect(planQuestion('फिरौती क्या थी?').type).toBe('money');
    // "how many" counts things one by one, whatever they paid
    expect(planQuestion('How many people paid the ransom?').type).toBe('count');
    expect(planQuestion('कितने लोगों ने फिरौती दी?').type).toBe('count');
  });
});

describe('a question that asks what the time of something was', () => {
  it('asks for a time when what it asks the value of is the time, the date or the year of an event', () => {
    for (const q of ['What was the time of the attack?', 'What is the date of the flood?', 'what was the attack date?', 'हमले का समय क्या था?', 'हमले की तारीख क्या है', 'হামলার সময় কী ছিল?', 'হামলার তারিখ কী ছিলো?', 'attack ka time kya tha'])
      expect(planQuestion(q).type, q).toBe('time');
    // a name or a word that qualifies the time or the event between them, or a clause after the time word
    // and "is" written onto the question word (what's, whats)
    for (const q of ['What was the date of the AIIMS attack?', 'What was the exact time of the attack?', 'हमले का सही समय क्या था?', 'হামলার সঠিক সময় কী ছিল?', 'What was the date the attack happened?', "What's the date of the attack?", 'whats the time of the attack'])
      expect(planQuestion(q).type, q).toBe('time');
  });

  it('reads the word the time was asked by as restating what is asked, whatever else it may mean ("time" is also "times")', () => {
    for (const [q, word] of [['What was the time of the attack?', 'time'], ['attack ka time kya tha', 'time'], ['हमले का समय क्या था?', 'समय']] as const) {
      const plan = planQuestion(q);
      const framed = plan.units.filter((_u, i) => plan.framing[i]).map((u) => plan.query.tokens[u.at]!.norm);
      expect(framed, q).toEqual([word]);
    }
  });

  it('asks for no time when the time word only qualifies or places what it asks, or the question asks how or why', () => {
    // "annual" is a word of years, but the fees are asked for; what happened at the time, not what the time was
    const others = [
      'What were the annual membership fees?', 'What did the year bring?', "What'd the attack cost?", 'What was the year-on-year growth in attacks?',
      'How was the date of the attack found out?', 'Why was the date of the attack changed?', 'হামলার সময় কেমন ছিল?',
      'हमले के समय क्या हुआ?', 'हमले के समय क्या था?', 'attack ke time kya hua', 'হামলার সময় কী হল?',
      // the time of no event: a length (waiting time, इंतजार का समय), or a time that places the question (उस समय, last year)
      'What was the waiting time for patients?', 'What was the response time of the police?', 'इंतजार का समय क्या था?', 'অপেক্ষার সময় কী ছিল?',
      'What was the biggest hack last year?', 'अस्पताल में उस समय क्या था?', 'সেই সময় কী ছিল?',
    ];
    for (const q of others) expect(planQuestion(q).type, q).toBe('thing');
    // the name of someone asks who they are, no time
    expect(planQuestion('What was the name of the hacker?').type).toBe('person');
  });
});

describe('which of several question words asks', () => {
  it('asks what the question word after the comma asks: "When …, what …" asks what, not when', () => {
    expect(analyzeQuery('When the river floods, what do farmers plant?').asks).toBe('thing');
    expect(analyzeQuery('When the river floods, how many villages are cut off?').asks).toBe('count');
    expect(analyzeQuery('When the river floods, who warns the villages?').asks).toBe('person');
    // a question word further on, with no comma before it, asks nothing more: the first still asks
    expect(analyzeQuery('When did the flood start, and who warned the villages?').asks).toBe('time');
    // a relative clause between commas closes no clause; a list of question words is no clause either
    expect(analyzeQuery('What did the man, who led the raid, say?').asks).toBe('thing');
    expect(analyzeQuery('When was the company, which was founded in 1990, hacked?').asks).toBe('time');
    expect(analyzeQuery('When, where and how did the flood start?').asks).toBe('time');
    // a question word with its auxiliary asks itself: the clause after the comma is a relative one
    expect(analyzeQuery('When did police arrest the hacker, who was 19?').asks).toBe('time');
    // a comma inside a number, or in a list after the question word, closes no clause
    expect(analyzeQuery('When the river floods, how many of the 1,200 villages are cut off?').asks).toBe('count');
    expect(analyzeQuery('When prices rise, what do farmers, traders and buyers do?').asks).toBe('thing');
    expect(analyzeQuery('कब, कहाँ और कैसे हुआ हमला?').asks).toBe('time');
  });

  it('reads a "when" or "who" after "what" as opening a clause, but one after क्या or কি as what is asked', () => {
    expect(analyzeQuery('What did farmers plant when the river flooded?').asks).toBe('thing');
    expect(analyzeQuery('What is the name of the ferry that sank, and the captain who steered it?').asks).toBe('thing');
    // क्या and কি also open a yes/no question: the question word of a kind further on asks
    expect(analyzeQuery('क्या पता है कि बाढ़ कब आई?').asks).toBe('time');
    expect(analyzeQuery('কি জানা গেছে, বন্যা কখন এসেছিল?').asks).toBe('time');
    // an embedded question phrase still asks: "what is the estimate of how many"
    expect(analyzeQuery('What is the estimate of how many villages flooded?').asks).toBe('count');
  });

  it('reads two question words joined by "and" (और, এবং) as asking what the one of a kind asks', () => {
    expect(analyzeQuery('How and when did the flood reach the valley?').asks).toBe('time');
    expect(analyzeQuery('बाढ़ घाटी में कैसे और कब पहुंची?').asks).toBe('time');
  });

  it('reads a question word capitalized inside a sentence of the question as a word of a name (Doctor Who), and one after a sentence or clause end as asking', () => {
    const q = analyzeQuery('What did the Sea Who festival celebrate?');
    expect(q.asks).toBe('thing');
    expect(q.units.map((u) => u.raw)).toContain('Who');
    expect(analyzeQuery('Who founded the Sea Who festival?').asks).toBe('person');
    // after a sentence's or a clause's end a capital opens it: the word asks
    expect(analyzeQuery('AIIMS hack: Who was behind it?').asks).toBe('person');
    expect(analyzeQuery('I read the report. When did it happen?').asks).toBe('time');
    // in capitals inside the question it is an acronym, a word to search for
    const who = analyzeQuery('What did WHO say about the virus?');
    expect(who.asks).toBe('thing');
    expect(who.units.map((u) => u.raw)).toContain('WHO');
  });
});

describe('what a "how many" question counts', () => {
  const focus = (q: string) => planQuestion(q).focus?.raw;
  it('is in English the last plural of the phrase after the question word when an auxiliary closes it, or the measure word before it', () => {
    expect(focus('How many 2019 season goals did the Rovers score?')).toBe('goals');
    expect(focus('How many Rovers squad players were capped?')).toBe('players');
    // with no auxiliary the phrase may run on into the verb and its object: the first plural
    expect(focus('how many guests attended')).toBe('guests');
    expect(focus('How many students receive grants each year?')).toBe('students');
    expect(focus('How many square miles does the lake cover?')).toBe('square');
    // a word that only looks plural is no plural: with none, the first word that is neither name nor number
    expect(focus('How many status updates were posted?')).toBe('updates');
    expect(focus('How many people died?')).toBe('people');
    expect(focus('How many of the servers were hit?')).toBe('servers');
    // an auxiliary right after the question word opens the clause: its subject is not what is counted
    for (const q of ['how much did the hackers demand', 'How many did the police arrest?', 'How many were arrested?']) expect(focus(q), q).toBeUndefined();
  });

  it('is in Hindi and Bengali the first word after the question word, which the verb follows', () => {
    expect(focus('कितने सर्वर हैक हुए?')).toBe('सर्वर');
    expect(focus('কতগুলো সার্ভার হ্যাক হয়েছে?')).toBe('সার্ভার');
  });

  it('is in Hindi and Bengali the noun before the question word when only a copula follows it (लंबाई कितनी है)', () => {
    expect(focus('पुल की लंबाई कितनी है?')).toBe('लंबाई');
    expect(focus('গ্রামের জনসংখ্যা কত?')).toBe('জনসংখ্যা');
    // a word after the question word is still what is counted, and English never looks back
    expect(focus('गांव में कितने घर बचे?')).toBe('घर');
    expect(focus('The village population was how many?')).toBeUndefined();
  });

  it('is, where that noun only says "the number of", the noun it is the number of (घायलों की संख्या कितनी है)', () => {
    expect(focus('घायलों की संख्या कितनी है?')).toBe('घायलों');
    expect(focus('আহতদের সংখ্যা কত?')).toBe('আহতদের');
    // (past every such word: the total number)
    expect(focus('गिरफ्तार लोगों की कुल संख्या कितनी है?')).toBe('लोगों');
  });
});

describe('a question of age', () => {
  it('counts what a passage writes an age with, in English and in Hindi (कितने साल के: how old)', () => {
    for (const q of ['How old was the mayor?', 'महापौर कितने साल के थे?', 'वह कितने वर्ष की थी?', 'mahapaur kitne saal ke the?']) {
      const plan = planQuestion(q);
      expect(plan.type, q).toBe('count');
      expect(plan.focus?.alts.map((a) => a.term), q).toContain('age');
    }
    // कितने साल तक (for how many years) asks how long, and कितने साल की सजा (a sentence of how many years) how many years, not how old
    expect(planQuestion('युद्ध कितने साल तक चला?').focus?.alts.map((a) => a.term)).not.toContain('age');
    expect(planQuestion('उसे कितने साल की सजा हुई?').focus?.alts.map((a) => a.term)).not.toContain('age');
  });
});
