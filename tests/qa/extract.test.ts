import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/lang/analyze.js';
import type { Language } from '../../src/lang/script.js';
import { WHICH_NARROWER, extractAnswer, sameValue, whichStrength, type ShortAnswer } from '../../src/qa/extract.js';
import { answerTypeStrength, planQuestion } from '../../src/qa/question.js';
import { typeStrength } from '../../src/qa/rank.js';
import { romanizeNames } from '../../src/lang/romanize.js';
import { sayReadout } from '../../src/lang/readout.js';

/**
 * The short answer a passage gives to a question: the passage is the whole article, or it stands in
 * `body` at `offset` (the article says more around it). `normalized` is its reading as an English reader
 * is told it (null when it has none).
 */
function answer(question: string, passage: string, language: Language, body = passage, offset = 0): (ShortAnswer & { normalized: string | null }) | undefined {
  const short = extractAnswer(planQuestion(question), { text: analyzeText(passage, language), body, offset, language });
  return short && { ...short, normalized: short.readout ? sayReadout(short.readout, 'en') : null };
}

describe('until when', () => {
  it('answers by the time another runs or was moved to from, when the question asks until when', () => {
    const en = 'The NMC has also extended the deadline for early property tax payment rebate from July 15 to July 31.';
    expect(answer('property tax rebate deadline extended till when', en, 'en')?.text).toBe('July 31');
    expect(answer('संपत्ति कर छूट की समय सीमा कब तक बढ़ाई गई?', 'निगम ने संपत्ति कर छूट की समय सीमा 15 जुलाई से बढ़ाकर 31 जुलाई कर दी है।', 'hi')?.text).toBe('31 जुलाई');
    expect(answer('কর ছাড়ের সময়সীমা কবে পর্যন্ত বাড়ানো হয়েছে?', 'পুরসভা কর ছাড়ের সময়সীমা ১৫ জুলাই থেকে বাড়িয়ে ৩১ জুলাই করেছে।', 'bn')?.text).toBe('৩১ জুলাই');
    // asked when without it, the time the question's words stand by still answers
    expect(answer('when was the rebate deadline originally?', en, 'en')?.text).toBe('July 15');
  });
});

describe('a count of people the passage leaves unnamed', () => {
  it('is the number the asked happening is said of, not one the question\'s other words stand near', () => {
    // asked how many died, the buses that collided are no count of the dead, though nearer the accident
    expect(answer('आगरा हादसे में कितने लोगों की मौत हुई?', 'आगरा हादसे में 2 बसें टकराईं, 5 की मौत हो गई।', 'hi')?.value).toEqual({ kind: 'count', n: 5 });
    // asked how many buses collided, they are
    expect(answer('आगरा हादसे में कितनी बसें टकराईं?', 'आगरा हादसे में 2 बसें टकराईं, 5 की मौत हो गई।', 'hi')?.value).toEqual({ kind: 'count', n: 2 });
  });
});

describe('a year that dates a name', () => {
  it('reads a year written after a name, or after a name and "of", or as the possessor of a name, as that name’s year, whatever word follows', () => {
    expect(answer('In what year was the Schools Act passed?', 'The Veldorian Schools Act of 1996 recognises two kinds of schools.', 'en')?.text).toBe('1996');
    expect(answer('When did a storm cut power to the city for four days?', "The city lost power for four days when 2008's Tropical Storm Fay crossed the state.", 'en')?.text).toBe('2008');
    // a capital that only opens the sentence names nothing: "Of 1996 applicants" counts them
    expect(answer('When were the applicants selected?', 'Of 1996 applicants, 300 were selected on Monday.', 'en')?.text).toBe('Monday');
    // nor does a number after any other name: it numbers or counts, it dates nothing
    expect(answer('When did the bus crash?', 'A Route 1700 bus crashed into a divider on Friday morning.', 'en')?.text).toBe('Friday morning');
    expect(answer('When were the families displaced?', 'Nearly 1500 families were displaced by floods on Tuesday.', 'en')?.text).toBe('Tuesday');
    expect(answer('When did the outage happen?', 'Windows 2000 users lost access to the network after the update.', 'en')).toBeUndefined();
    // a year that dates a name gives way to any other time by the question's words
    expect(answer('When was the Disaster Act invoked?', 'The state invoked the Disaster Act 2005 empowering officials on Tuesday.', 'en')?.text).toBe('Tuesday');
  });

  it('reads a number of fewer than four digits as a year only where something makes it one ("in 911"), not before a verb ("300 were selected")', () => {
    expect(answer('When were the applicants selected?', 'On Monday 300 were selected.', 'en')?.text).toBe('Monday');
    expect(answer('When was the treaty signed?', 'The treaty was signed in 911 by the river.', 'en')?.text).toBe('911');
  });
});

describe('reading a count', () => {
  it('reads a query with no question word that ends in a plural of what news counts as asking how many (dengue deaths, arrests?), one that names money as asking the sum', () => {
    const hi = 'सोमवार को किदवई नगर के 34 वर्षीय एक शिक्षक की इलाज के दौरान मौत हो गई, जिससे इस सीजन में डेंगू से मरने वालों की संख्या 9 हो गई है।';
    expect(planQuestion('dengue deaths').type).toBe('count');
    expect(answer('dengue deaths', hi, 'hi')?.value).toEqual({ kind: 'count', n: 9 });
    expect(answer('arrests?', 'Police have made 3 arrests so far.', 'en')?.value).toEqual({ kind: 'count', n: 3 });
    expect(planQuestion('compensation for hospital fire victims?').type).toBe('money');
    // money asked by a word that means it, not by a far sense WordNet gives it (bring: earn, a transaction)
    expect(planQuestion('What brought down the servers?').type).toBe('thing');
    expect(planQuestion('What ransom did the hackers demand?').type).toBe('money');
    // how or why a sum was given is no sum: the way or the cause answers
    for (const q of ['How are the schools funded?', 'how was the ransom paid?', 'why was the fine imposed?', 'फिरौती कैसे दी गई?', 'জরিমানা কেন করা হয়েছে?'])
      expect(planQuestion(q).type, q).toBe('thing');
    expect(answer('how was the ransom paid?', 'The hackers demanded ₹200 crore, which the hospital paid in cryptocurrency.', 'en')?.value.kind).not.toBe('money');
    // (what kind of sum asks the sum, which says its kind: ₹200 crore in cryptocurrency)
    for (const q of ['how much was the fine?', 'What amount of money was paid?', 'फिरौती कितनी थी?', 'What type of crypto currency was demanded?']) expect(planQuestion(q).type, q).toBe('money');
    // a singular names the thing, and a word of another kind asks nothing to count
    expect(planQuestion('dengue death').type).toBe('thing');
    expect(planQuestion('hospital services').type).toBe('thing');
    // nor does a query that asks something else of them, by a function word or more words; names count for none
    for (const q of ['cause of deaths', 'districts with most cases', 'timeline of arrests', 'reason behind rising dengue cases']) expect(planQuestion(q).type, q).toBe('thing');
    expect(answer('West Bengal dengue deaths', 'West Bengal has recorded 45 dengue deaths this year.', 'en')?.value).toEqual({ kind: 'count', n: 45 });
  });

  it('reads a number of times hyphened onto its word as a modifier that counts only what it qualifies (5-बार के प्रो बॉलर)', () => {
    // what the question counts by another word is not answered by it
    expect(answer('How many wickets did the bowlers take?', 'The attack included 5-time All-Star bowler Ravi Rao.', 'en')).toBeUndefined();
    expect(answer('गेंदबाजों ने कितने विकेट लिए?', 'आक्रमण में 5-बार के ऑल-स्टार गेंदबाज रवि राव शामिल थे।', 'hi')).toBeUndefined();
    expect(answer('রবি রাও কতগুলি উইকেট নিয়েছেন?', 'আক্রমণে ছিলেন ৫-বারের অল-স্টার বোলার রবি রাও।', 'bn')).toBeUndefined();
    // what it qualifies, a word of the question, is counted by it
    expect(answer('उन्होंने कितने खिताब जीते?', 'वह 5-बार के खिताब विजेता हैं।', 'hi')?.value).toEqual({ kind: 'count', n: 5 });
    expect(answer('How many titles has Maria Lund won?', 'Five-time title winner Maria Lund returns this season.', 'en')?.value).toEqual({ kind: 'count', n: 5 });
    // any other word hyphened on is read as before: a case ending, a classifier, a word of about, a score, a group's size
    expect(answer('কতজন মানুষ মারা গেছেন?', 'মৃতের সংখ্যা বেড়ে ২০-তে দাঁড়িয়েছে।', 'bn')?.value).toEqual({ kind: 'count', n: 20 });
    expect(answer('How many people died?', 'The death toll rose to 20-plus on Monday.', 'en')?.value).toEqual({ kind: 'count', n: 20 });
    expect(answer('How many goals did City score?', 'City won 3-nil at home on Saturday.', 'en')?.value).toEqual({ kind: 'count', n: 3 });
    expect(answer('How many soldiers were deployed?', 'The army deployed a 500-strong contingent to the border.', 'en')?.value).toEqual({ kind: 'count', n: 500 });
  });

  it('keeps one who died as the count where a noun of count beside it tallies another place or event', () => {
    expect(answer('how many people died of dengue in Kolkata?', 'One person died of dengue in Kolkata, the number of dengue deaths in Bengal reached 30.', 'en')?.value).toEqual({ kind: 'count', n: 1 });
    expect(answer('सड़क हादसे में कितने लोगों की मौत हुई?', 'सड़क हादसे में एक व्यक्ति की मौत हो गई, जबकि प्रदेश में बाढ़ से मरने वालों की संख्या 20 हो गई।', 'hi')?.value).toEqual({ kind: 'count', n: 1 });
  });

  it('reads আটকে (stuck) as no arrest: the stranded are not counted as the arrested', () => {
    expect(answer('কতজনকে আটক করা হয়েছে?', 'সিকিমে ১২০০ পর্যটক আটকে। পুলিশ ৫ জনকে আটক করেছে।', 'bn')?.value).toEqual({ kind: 'count', n: 5 });
    expect(answer('কতজন আটক হয়েছে?', 'বন্যায় ৫০০ জন মানুষ আটকে পড়েছেন।', 'bn')).toBeUndefined();
  });

  it('counts citizens as people', () => {
    const en = 'Officials estimate that the personal data of nearly 6.8 lakh citizens, including names and addresses, could be at risk.';
    expect(answer("how many people's data could be at risk", en, 'en')?.normalized).toBe('about 680,000');
    expect(answer('kitne logo ka data leak hone ka khatra hai', en, 'en')?.normalized).toBe('about 680,000');
    expect(answer('कितने लोगों का डेटा खतरे में है?', 'करीब 6.8 लाख नागरिकों का डेटा खतरे में है।', 'hi')?.text).toBe('करीब 6.8 लाख नागरिकों');
  });

  it('gives a word that says how many without a number, before what is counted, with its English reading', () => {
    const hi = answer('कितने यात्री फंसे रहे?', 'बाढ़ के कारण स्टेशन पर सैकड़ों यात्री फंसे रहे।', 'hi');
    expect(hi).toMatchObject({ text: 'सैकड़ों यात्री', normalized: 'hundreds' });
    expect(answer('How many flights were cancelled?', 'The storm meant that hundreds of flights were cancelled on Monday.', 'en')).toMatchObject({ text: 'hundreds of flights', normalized: 'hundreds' });
    expect(answer('কতজন যাত্রী আটকে ছিলেন?', 'বন্যার কারণে স্টেশনে শতাধিক যাত্রী আটকে ছিলেন।', 'bn')).toMatchObject({ text: 'শতাধিক যাত্রী', normalized: 'over a hundred' });
    // a number, where the source gives one, is the count; and the word says nothing of a noun in another phrase
    expect(answer('कितने यात्री फंसे रहे?', 'सैकड़ों लोग आए और स्टेशन पर 40 यात्री फंसे रहे।', 'hi')?.value).toEqual({ kind: 'count', n: 40 });
    expect(answer('कितने यात्री फंसे रहे?', 'सैकड़ों, शायद, यात्री फंसे रहे।', 'hi')).toBeUndefined();
  });

  it('reads no length of time as a count unless what is counted is a unit of time, not a time the question sets its count in', () => {
    expect(answer('How many were admitted in the previous week?', 'Over the previous seven days, 412 were admitted.', 'en')?.value).toEqual({ kind: 'count', n: 412 });
    expect(answer('How many days was the airport shut?', 'The airport stayed shut for 3 days after 40 flights were cancelled.', 'en')?.text).toBe('3 days');
    expect(answer('कितने दिन उड़ानें रद्द रहीं?', 'गत सप्ताह 2 दिनों तक 40 उड़ानें रद्द रहीं।', 'hi')?.value).toEqual({ kind: 'count', n: 2 });
  });

  it('counts nothing by a number before a plural that names another thing', () => {
    const chain = 'Hackers stole the records of about 12 lakh patients from Sunrise Hospitals, a chain of nine hospitals, the company said.';
    expect(answer('How many hospitals does Sunrise run?', chain, 'en')?.value).toEqual({ kind: 'count', n: 9 });
    // what is counted is not in the passage: a count of another thing the lexicon knows is no answer
    expect(answer('How many people were affected by the floods?', 'The floods affected 40 villages in the district, officials said.', 'en')).toBeUndefined();
    expect(answer('How many people were evacuated?', 'Officials evacuated 25 villages on Sunday.', 'en')).toBeUndefined();
    // where what is asked is not in the passage, only a place or a building counts something else: suspects,
    // workers and customers may be the people asked about though the lexicon does not say so
    expect(answer('How many people were arrested?', 'Police have arrested 3 suspects so far.', 'en')?.value).toEqual({ kind: 'count', n: 3 });
    expect(answer('How many miners were trapped?', '41 workers remain trapped inside the tunnel.', 'en')?.value).toEqual({ kind: 'count', n: 41 });
    // a kind of person is a person: customers, fraudsters, officials
    expect(answer('How many people lost money?', 'Around 450 customers of the bank lost Rs 2 crore.', 'en')?.value).toEqual({ kind: 'count', n: 450 });
    expect(answer('How many people were arrested?', 'Police arrested 3 fraudsters who had cheated over 500 people.', 'en')?.value).toEqual({ kind: 'count', n: 3 });
    // nor do things the lexicon does not know but WordNet names as things and never people (toilets, buses)
    expect(answer('how many people were affected', 'In Jalpaiguri, 50 toilets were affected by the flood.', 'en')).toBeUndefined();
    expect(answer('How many passengers were stranded?', 'Officials said 40 buses carrying 1,200 passengers were stranded.', 'en')?.value).toEqual({ kind: 'count', n: 1200 });
    expect(answer('How many passengers were stranded?', 'Officials said 40 buses were stranded on the highway.', 'en')).toBeUndefined();
    // but a thing noun that qualifies a plural after it, or a capitalized one, counts people all the same
    expect(answer('How many people were arrested?', 'Police arrested 12 arms smugglers near the border in Malda on Sunday.', 'en')?.value).toEqual({ kind: 'count', n: 12 });
    expect(answer('How many people were detained?', 'Police detained 4 Afghans at Delhi airport with forged visas.', 'en')?.value).toEqual({ kind: 'count', n: 4 });
    // and asked how many of the things, they answer
    expect(answer('How many buses were stranded?', 'Officials said 40 buses were stranded on the highway.', 'en')?.value).toEqual({ kind: 'count', n: 40 });
    // a word without a plural's mark may qualify what is counted (मुख्य, main) or be its unit
    expect(answer('एम्स के कितने सर्वर हैक हुए?', 'एम्स के पांच मुख्य सर्वरों को हैक किया गया।', 'hi')?.value).toEqual({ kind: 'count', n: 5 });
  });

  it('counts no number across "and" from what the question asks about, when it counts a word of its own', () => {
    const flood = 'Three people, including a child, drowned and nearly 12,000 residents have been moved to 27 relief camps.';
    // "drowned" is what the question asks about, not what is counted: 12,000 residents were moved, not drowned
    expect(answer('How many drowned in Assam?', flood, 'en')?.value).not.toEqual({ kind: 'count', n: 12000 });
    expect(answer('How many people drowned?', flood, 'en')?.value).toEqual({ kind: 'count', n: 3 });
    expect(answer('How many residents were moved?', flood, 'en')?.value).toEqual({ kind: 'count', n: 12000 });
  });

  it('counts by the number the question\'s other words are said of, where the writing leaves out what it counts', () => {
    // "killing 14 people and injuring 37": the injured are 37 people, though "people" stands by 14
    const bridge = 'The footbridge collapsed on Sunday evening, killing at least 14 people and injuring 37, officials said.';
    expect(answer('How many people were injured?', bridge, 'en')?.value).toEqual({ kind: 'count', n: 37 });
    expect(answer('How many people died?', bridge, 'en')?.value).toEqual({ kind: 'count', n: 14 });
    const stampede = 'मथुरा जिले में भगदड़ मचने से 9 श्रद्धालुओं की मौत हो गई और 30 से अधिक घायल हो गए।';
    expect(answer('कितने लोग घायल हुए?', stampede, 'hi')).toMatchObject({ normalized: 'more than 30', value: { kind: 'count', n: 30 } });
    expect(answer('How many people were injured?', stampede, 'hi')?.value).toEqual({ kind: 'count', n: 30 });
    expect(answer('कितने लोग मरे?', stampede, 'hi')?.value).toEqual({ kind: 'count', n: 9 });
    // the conjunct that leaves out what it counts ends where another clause opens in it ("when …"), not at the sentence's end
    const wall = 'Three people were killed and 12 injured when a wall of the old market collapsed in the rain on Friday.';
    expect(answer('How many people were injured?', wall, 'en')?.value).toEqual({ kind: 'count', n: 12 });
    expect(answer('How many people were killed?', wall, 'en')?.value).toEqual({ kind: 'count', n: 3 });
    expect(answer('कितने लोग घायल हुए?', wall, 'en')?.value).toEqual({ kind: 'count', n: 12 });
    // the same people as "others", अन्य; a conjunct joined by a word that opens a clause beside it (जबकि, while) or as
    // the next item of a list after a comma, ending at the next "and"
    expect(answer('How many people were injured?', 'Two people were killed and 9 others injured when a wall fell in Kanpur on Monday.', 'en')?.value).toEqual({ kind: 'count', n: 9 });
    const boat = 'Five people were killed, 12 injured and 3 are missing after a boat capsized in the Ganga.';
    expect(answer('How many people were injured?', boat, 'en')?.value).toEqual({ kind: 'count', n: 12 });
    expect(answer('How many people were killed?', boat, 'en')?.value).toEqual({ kind: 'count', n: 5 });
    const whereas = 'बस हादसे में 4 लोगों की मौत हो गई, जबकि 17 घायल हो गए।';
    expect(answer('कितने लोग घायल हुए?', whereas, 'hi')?.value).toEqual({ kind: 'count', n: 17 });
    expect(answer('कितने लोगों की मौत हुई?', whereas, 'hi')?.value).toEqual({ kind: 'count', n: 4 });
    // a headline's list: each item after a comma is a count of its own, not a remark within the first
    const headline = 'अलीगढ़ के पटाखा गोदाम में आग, 4 मजदूरों की मौत, 11 घायल';
    expect(answer('अलीगढ़ पटाखा गोदाम आग में कितने मजदूर मरे?', headline, 'hi')?.value).toEqual({ kind: 'count', n: 4 });
    expect(answer('अलीगढ़ गोदाम आग में कितने लोग घायल हुए?', headline, 'hi')?.value).toEqual({ kind: 'count', n: 11 });
    expect(answer('How many workers died in the Aligarh warehouse fire?', headline, 'hi')?.value).toEqual({ kind: 'count', n: 4 });
    // only a word the passage surely holds is said of a number, not one that only sounds like a question's word
    const season = 'पैंथर्स डिफ़ेंस ने 24 इन्टरसेप्शन और चार प्रो बाउल चयन पूरे किए।';
    expect(answer('2015 में पैंथर्स डिफ़ेंस ने कितने इंटर्सेप्शन पुरे किए?', season, 'hi')?.value).toEqual({ kind: 'count', n: 24 });
  });

  it('counts no people where the question counts things, and not those something else happened to where it counts what happened', () => {
    // asked how many of a thing, a number of people, of a kind of them (the word after it) or of what happened to
    // them (said of it), or one the Bengali classifier of people counts, is no count of it
    const storm = 'Four people were killed and 17 injured when a wall fell on the platform during the storm.';
    expect(answer('how many trains were affected by the storm?', storm, 'en')).toBeUndefined();
    expect(answer('how many houses were damaged in the storm?', storm, 'en')).toBeUndefined();
    expect(answer('how many buses were damaged in the storm?', 'Three passengers were hurt when the storm hit the depot.', 'en')).toBeUndefined();
    expect(answer('ঝড়ে কতগুলো বাড়ি ভেঙেছে?', 'ঝড়ে তিনজন আহত হয়েছেন।', 'bn')).toBeUndefined();
    // and still counts what it asks where the passage does
    expect(answer('how many trains were affected by the storm?', 'During the storm 42 trains were delayed and four people were killed.', 'en')?.value).toEqual({ kind: 'count', n: 42 });
    // asked how many were arrested (the happening after the question word, not the deaths it is arrested for), a
    // number of the dead counts no one arrested; one the arrest is said of does
    expect(answer('How many were arrested for the deaths at the hospital?', 'Three patients died at the district hospital when the oxygen supply failed.', 'en')).toBeUndefined();
    expect(answer('হাসপাতালে মৃত্যুর ঘটনায় কতজনকে গ্রেফতার করা হয়েছে?', 'অক্সিজেন বন্ধ থাকায় জেলা হাসপাতালে তিন রোগীর মৃত্যু হয়েছে।', 'bn')).toBeUndefined();
    expect(answer('अस्पताल में मौतों के मामले में कितने लोग गिरफ्तार हुए?', 'अस्पताल में ऑक्सीजन रुकने से 3 मरीजों की मौत हो गई।', 'hi')).toBeUndefined();
    expect(answer('How many were arrested for the deaths at the hospital?', 'Police arrested two technicians for the deaths of three patients at the hospital.', 'en')?.value).toEqual({ kind: 'count', n: 2 });
    // asked how many died, the dead are counted still
    expect(answer('How many died at the hospital?', 'Three patients died at the district hospital when the oxygen supply failed.', 'en')?.value).toEqual({ kind: 'count', n: 3 });
    // a number of others found nearest what is counted gives way to one the asked happening is said of
    expect(answer('How many people were injured in the stampede?', 'At least 7 people died and 25 were injured in the stampede at the temple.', 'en')?.value).toEqual({ kind: 'count', n: 25 });
    expect(answer('कितने लोगों को गिरफ्तार किया गया?', 'पुलिस ने 6 आरोपियों को गिरफ्तार किया, जबकि 2 लोगों की मौत हो गई थी।', 'hi')?.value).toEqual({ kind: 'count', n: 6 });
    // an age, a quality (new cases) or what is left of people (bodies) is no thing a count of people leaves out
    expect(answer('मृतक की उम्र कितनी थी?', 'मृतक 32 वर्षीय युवक था, पुलिस ने 2 लोगों को हिरासत में लिया है।', 'hi')?.value).toEqual({ kind: 'count', n: 32 });
    expect(answer('নিহতের বয়স কত?', 'নিহত ২৫ বছরের যুবক, এই ঘটনায় দুজনকে আটক করা হয়েছে।', 'bn')?.value).toEqual({ kind: 'count', n: 25 });
    expect(answer('কত নতুন আক্রান্ত শনাক্ত হয়েছে?', '২৪ ঘণ্টায় ৩১২ জন নতুন আক্রান্ত শনাক্ত হয়েছে, মৃত্যু হয়েছে ৪ জনের।', 'bn')?.value).toEqual({ kind: 'count', n: 312 });
    expect(answer('कितने शव बरामद हुए?', 'मलबे से 12 लोगों के शव बरामद किए गए।', 'hi')?.value).toEqual({ kind: 'count', n: 12 });
    // a query that ends in a noun of count of what news counts asks that count, of the people it happened to
    const fire = 'Seven people died in the fire in Ghaziabad on Monday, and 12 were injured.';
    expect(planQuestion('ghaziabad fire death toll?').type).toBe('count');
    expect(answer('Ghaziabad fire death toll', fire, 'en')?.value).toEqual({ kind: 'count', n: 7 });
    expect(answer('How many bodies were recovered?', 'The bodies of 12 people were recovered from the debris.', 'en')?.value).toEqual({ kind: 'count', n: 12 });
  });

  it('counts no things where the question counts people, or what is done to people: a Bengali classifier of things says so', () => {
    // a Bengali number counts things by its classifier (টি, not জন), written after its digits or onto its word: asked how
    // many people, or how many what happens to people (arrests) was done to, "৪৭টি দোকান" counts no one
    const shops = 'শনিবার রাতে আগুনে বাজারের ৪৭টি দোকান পুড়ে গিয়েছে।';
    expect(answer('বাজারে আগুনের ঘটনায় কতজনকে গ্রেফতার করা হয়েছে?', shops, 'bn')).toBeUndefined();
    expect(answer('How many people were arrested after the fire?', shops, 'bn')).toBeUndefined();
    expect(answer('আগুনের ঘটনায় কতজন গ্রেফতার হয়েছে?', 'আগুনে বাজারের সাতচল্লিশটি দোকান পুড়ে ছাই হয়ে গিয়েছে।', 'bn')).toBeUndefined();
    expect(answer('কতগুলো দোকান পুড়েছে?', shops, 'bn')?.value).toEqual({ kind: 'count', n: 47 });
    // a multiplier that ends as a classifier does (কোটি, a crore) counts people still, and a case is no person
    expect(answer('কত মানুষ ক্ষতিগ্রস্ত হয়েছেন?', 'বন্যায় রাজ্যের ২ কোটি মানুষ ক্ষতিগ্রস্ত হয়েছেন।', 'bn')?.value).toEqual({ kind: 'count', n: 2e7 });
    expect(answer('কতগুলি মামলা দায়ের হয়েছে?', 'পুলিশ ৩টি মামলা দায়ের করেছে এবং ১২ জনকে গ্রেফতার করেছে।', 'bn')?.value).toEqual({ kind: 'count', n: 3 });
    expect(answer('আগুনের ঘটনায় কতজনকে গ্রেফতার করা হয়েছে?', "আগুনে ৪৭টি দোকান পুড়ে যাওয়ার ঘটনায় পুলিশ দু'জনকে গ্রেফতার করেছে।", 'bn')?.value).toEqual({ kind: 'count', n: 2 });
  });

  it('counts a kind of person by its own word before the people of another kind, and a later part of them never', () => {
    // pilgrims and tourists are both people: asked how many pilgrims, the pilgrims
    expect(answer('How many pilgrims died?', 'The bus carrying 3 tourists and 40 pilgrims fell into a gorge.', 'en')?.value).toEqual({ kind: 'count', n: 40 });
    expect(answer('How many people died?', 'The bus carrying 40 pilgrims fell into a gorge.', 'en')?.value).toEqual({ kind: 'count', n: 40 });
    // villages are no people, whatever their villagers are
    expect(answer('How many people were evacuated?', 'Officials evacuated 25 villages and moved 3,000 people to camps.', 'en')?.value).toEqual({ kind: 'count', n: 3000 });
    // another kind of person is no count of the kind asked, but the people it is a kind of are
    expect(answer('How many staff were injured?', 'Five patients died in the hospital fire, police said.', 'en')).toBeUndefined();
    expect(answer('How many passengers were killed?', 'At least 20 people were killed when the bus fell into a gorge in Doda.', 'en')?.value).toEqual({ kind: 'count', n: 20 });
    expect(answer('कितने यात्री मारे गए?', 'बस खाई में गिरने से 20 लोगों की मौत हो गई।', 'hi')?.value).toEqual({ kind: 'count', n: 20 });
    expect(answer('How many passengers died?', 'Twelve passengers and two pilgrims died.', 'en')?.value).toEqual({ kind: 'count', n: 12 });
    expect(answer('कितने मरीज मारे गए?', 'आग में 11 मरीज और 2 कर्मचारी मारे गए।', 'hi')?.value).toEqual({ kind: 'count', n: 11 });
    expect(answer('How many devotees died?', '9 devotees and 2 people died.', 'en')?.value).toEqual({ kind: 'count', n: 9 });
    // residents and villagers are people, and no houses: their residence and village are
    expect(answer('How many residents were moved?', 'Nearly 12,000 residents were moved to relief camps.', 'en')?.value).toEqual({ kind: 'count', n: 12000 });
    expect(answer('How many residents lost homes?', 'गांव के 40 निवासियों के घर ढह गए और 3 लोगों की मौत हो गई।', 'hi')?.value).toEqual({ kind: 'count', n: 40 });
    expect(answer('How many died according to residents?', 'রাজ্য সরকার জানিয়েছে, ঝড়ে অন্তত সাতজনের মৃত্যু হয়েছে এবং প্রায় ২৯ হাজার বাড়ি ক্ষতিগ্রস্ত হয়েছে।', 'bn')?.value).toEqual({ kind: 'count', n: 7 });
    // of two counts of people, the one the question's words are said of
    expect(answer('How many people were injured?', 'Three devotees died and 20 people were injured in the stampede.', 'en')?.value).toEqual({ kind: 'count', n: 20 });
    expect(answer('How many people died?', 'Three devotees died and 20 people were injured in the stampede.', 'en')?.value).toEqual({ kind: 'count', n: 3 });
    // a next conjunct that says more than the question asks (later, in hospital, their homes, critically) is
    // another count: a part of them, more of them or another thing
    expect(answer('How many people died?', 'Five people were found dead in the debris and 2 died later in hospital.', 'en')?.value).toEqual({ kind: 'count', n: 5 });
    expect(answer('How many people lost their lives?', 'Eight people died and over 200 lost their homes in the floods.', 'en')?.value).toEqual({ kind: 'count', n: 8 });
    expect(answer('How many people were injured?', '14 people suffered burn injuries and 3 were injured critically.', 'en')?.value).toEqual({ kind: 'count', n: 14 });
    // where the verb comes last, a word before a count sets the scene for every count after it: what is said
    // after a count is said of it (the landslide killed nine, 14 are missing)
    const landslide = 'भूस्खलन में नौ लोगों की मौत हो गई, जबकि 14 लोग अब भी लापता हैं।';
    expect(answer('भूस्खलन में कितने लोग लापता हैं?', landslide, 'hi')?.value).toEqual({ kind: 'count', n: 14 });
    expect(answer('भूस्खलन में कितने लोग मारे गए?', landslide, 'hi')?.value).toEqual({ kind: 'count', n: 9 });
    expect(answer('हादसे में कितने लोग घायल हुए?', 'हादसे में 11 मरीजों की मौत हो गई, जबकि 23 लोग घायल हुए हैं।', 'hi')?.value).toEqual({ kind: 'count', n: 23 });
    // a word right before the count qualifies it, as one after it would: the 12 injured, not the 3 feared so
    expect(answer('कितने लोग घायल हुए?', 'घायल 12 लोगों का इलाज जिला अस्पताल में चल रहा है और 3 लोगों के भी घायल होने की आशंका है।', 'hi')?.value).toEqual({ kind: 'count', n: 12 });
    // a doer of fraud is no fraud: the customers it cost are not the fraudsters arrested
    expect(answer('How many fraudsters were arrested?', 'The fraud cost 200 customers Rs 3 crore, and police arrested four people from Jamtara.', 'en')?.value).not.toEqual({ kind: 'count', n: 200 });
    // the number a later remark gives of some of them is no answer: only the next conjunct, across "and", counts again
    expect(answer('How many people have died?', 'The toll has risen to 25 people, after 4 died overnight.', 'en')?.value).toEqual({ kind: 'count', n: 25 });
    // "and" between the words that qualify what is counted keeps the count
    expect(answer('How many houses were damaged?', 'The cyclone damaged 300 mud and thatched houses in the district.', 'en')?.value).toEqual({ kind: 'count', n: 300 });
    expect(answer('कितने मकान क्षतिग्रस्त हुए?', 'तूफान से 300 कच्चे और पक्के मकान क्षतिग्रस्त हो गए, 12 लोग घायल हुए।', 'hi')?.value).toEqual({ kind: 'count', n: 300 });
    // the hour (দশটার: at ten) counts nothing
    expect(answer('কতগুলি দোকান পুড়ে গেছে?', 'রাত দশটার দিকে লাগা আগুনে বহু দোকান পুড়ে গেছে।', 'bn')?.value).not.toEqual({ kind: 'count', n: 10 });
  });

  it('reads কত জন written apart as people type it as কতজন: how many people, not how much money', () => {
    const fraud = 'কলকাতায় একটি সমবায় ব্যাংকের ৪৫০ জন গ্রাহকের অ্যাকাউন্ট থেকে প্রায় ২ কোটি টাকা তুলে নেওয়া হয়েছে।';
    expect(planQuestion('কত জন গ্রাহকের টাকা গেছে?').type).toBe('count');
    expect(answer('কত জন গ্রাহকের টাকা গেছে?', fraud, 'bn')?.value).toEqual({ kind: 'count', n: 450 });
    expect(answer('koto jon grahoker taka geche?', fraud, 'bn')?.value).toEqual({ kind: 'count', n: 450 });
    // কত alone with a word of money asks how much
    expect(answer('কত টাকা তুলে নেওয়া হয়েছে?', fraud, 'bn')?.value).toEqual({ kind: 'money', amount: 20_000_000 });
  });

  it('counts nothing by a number that designates a thing: वार्ड नंबर 5, ৫ নম্বর ওয়ার্ড', () => {
    expect(answer('कितने लोग घायल हुए?', 'घायल लोगों को वार्ड नंबर 5 में भर्ती कराया गया है।', 'hi')).toBeUndefined();
    expect(answer('কতজন আহত হয়েছেন?', 'আহতদের ৫ নম্বর ওয়ার্ডে ভর্তি করা হয়েছে।', 'bn')).toBeUndefined();
    // the count beside it is still read, and a designation word across a sentence's end designates nothing
    expect(answer('কতজন আহত হয়েছেন?', '১২ নং ওয়ার্ডে ৫ জন আহত হয়েছেন।', 'bn')?.value).toEqual({ kind: 'count', n: 5 });
    expect(answer('कितने विधायक हैं?', 'भाजपा के विधायक 48। नंबर गेम में सरकार आगे।', 'hi')?.value).toEqual({ kind: 'count', n: 48 });
    // in English "number" is also a verb and "no" a denial: neither designates
    expect(answer('How many people were injured?', 'The injured number 12, police said.', 'en')?.value).toEqual({ kind: 'count', n: 12 });
    expect(answer('How many people were killed?', 'The blast killed 5. No arrests have been made so far.', 'en')?.value).toEqual({ kind: 'count', n: 5 });
  });

  it('counts one by one with a counting question word in any case (কতজনের, কতজনকে, कितनों): a sum of money counts no one', () => {
    const relief = 'মৃতদের পরিবারকে দুই লক্ষ টাকা করে আর্থিক সাহায্যের ঘোষণা করা হয়েছে।';
    expect(answer('বন্যায় কতজনের মৃত্যু হয়েছে?', relief, 'bn')).toBeUndefined();
    expect(answer('কতজনকে সাহায্য দেওয়া হয়েছে?', relief, 'bn')).toBeUndefined();
    expect(answer('बाढ़ में कितनों की मौत हुई?', 'मृतकों के परिजनों को दो लाख रुपये की सहायता दी जाएगी।', 'hi')).toBeUndefined();
    // the count itself is still read
    expect(answer('বন্যায় কতজনের মৃত্যু হয়েছে?', 'জলের তোড়ে ভেসে গিয়ে তিনজনের মৃত্যু হয়েছে।', 'bn')?.value).toEqual({ kind: 'count', n: 3 });
  });

  it('counts the question’s own word before a kind of it, of two counts alike: "40 people", not "Two workers", for people', () => {
    const leak = 'Two workers died and 40 people were taken to hospital.';
    expect(answer('How many people were taken to hospital?', leak, 'en')?.value).toEqual({ kind: 'count', n: 40 });
    expect(answer('How many people were hospitalised?', leak, 'en')?.value).toEqual({ kind: 'count', n: 40 });
    // what the question says of a count still comes first: the workers died; and of two it is said of, the first
    expect(answer('How many people died?', leak, 'en')?.value).toEqual({ kind: 'count', n: 2 });
    expect(answer('How many people were arrested?', 'Police arrested 4 students; 20 people were detained for questioning.', 'en')?.value).toEqual({ kind: 'count', n: 4 });
  });

  it('answers with the part of a whole chosen before it when the question’s words are said of the part, not of the whole', () => {
    expect(answer('कितने सर्वर हैक हुए?', 'एम्स के सर्वर 50 में से 5 हैक हुए।', 'hi')).toMatchObject({ text: '50 में से 5 हैक', normalized: '5 of 50' });
    expect(answer('কতগুলি সার্ভার হ্যাক হয়েছে?', 'এইমসের সার্ভার ৫০টির মধ্যে ৫টি হ্যাক হয়েছে।', 'bn')).toMatchObject({ normalized: '5 of 50' });
    expect(answer('কতজন যাত্রীকে হাসপাতালে ভর্তি করা হয়েছে?', 'বাসের যাত্রী চারজনের মধ্যে তিনজনকে হাসপাতালে ভর্তি করা হয়েছে।', 'bn')).toMatchObject({ text: 'চারজনের মধ্যে তিনজনকে', normalized: '3 of 4' });
    // what the question asks said of both (the flood, flooded): the part, past what the whole counts
    expect(answer('কতগুলি গ্রাম প্লাবিত হয়েছে?', 'বন্যায় ৪০টি গ্রামের মধ্যে ২৫টি গ্রাম প্লাবিত হয়েছে।', 'bn')).toMatchObject({ normalized: '25 of 40' });
    // what the question asks is said of the whole: the whole answers
    expect(answer('কতজন মারা গেছেন?', 'বাস দুর্ঘটনায় মৃত পাঁচজনের মধ্যে দুজন শিশু।', 'bn')?.value).toEqual({ kind: 'count', n: 5 });
    expect(answer('কতজন আহত হয়েছেন?', 'আহত সাতজনের মধ্যে দুজনকে কলকাতায় পাঠানো হয়েছে।', 'bn')?.value).toEqual({ kind: 'count', n: 7 });
    expect(answer('कितने लोगों की मौत हुई?', 'हादसे में मरने वाले कुल 12 में 5 बच्चे हैं।', 'hi')?.value).toEqual({ kind: 'count', n: 12 });
    // nor is a later number in letters a part: "39 में … एक"
    expect(answer('मैनिंग कितने वर्ष के थे?', 'मैनिंग 39 वर्ष की उम्र में एक सुपर बाउल खेलने वाले सबसे उम्रदराज क्वार्टरबैक बने।', 'hi')?.value).toEqual({ kind: 'count', n: 39 });
  });

  it('counts with the classifier and case written onto a Bengali number word, the verb after it no part of the count', () => {
    const fraud = 'এই ঘটনায় ঝাড়খণ্ডের জামতাড়া থেকে তিনজনকে গ্রেফতার করা হয়েছে।';
    expect(answer('কতজন গ্রেফতার হয়েছে?', fraud, 'bn')).toMatchObject({ text: 'তিনজনকে', value: { kind: 'count', n: 3 } });
    expect(answer('How many people were arrested?', fraud, 'bn')?.value).toEqual({ kind: 'count', n: 3 });
  });

  it('counts the ones who did what a verb right after "how many" says, and a past before a noun qualifies it', () => {
    expect(answer('How many drowned in Assam?', 'Three people, including a child, drowned and nearly 12,000 residents have been moved.', 'en')?.value).toEqual({ kind: 'count', n: 3 });
    // (the residents are the source, not what is counted: no houses, no residents)
    expect(answer('How many died according to residents?', 'রাজ্য সরকার জানিয়েছে, ঝড়ে অন্তত সাতজনের মৃত্যু হয়েছে এবং প্রায় ২৯ হাজার বাড়ি ক্ষতিগ্রস্ত হয়েছে।', 'bn')?.value).toEqual({ kind: 'count', n: 7 });
    expect(answer('How many hacked servers were found?', 'Police found 5 hacked servers.', 'en')?.text).toBe('5 hacked servers');
    expect(answer('How many forced fumbles did Thomas Davis have?', 'Davis compiled four forced fumbles.', 'en')?.text).toBe('four forced fumbles');
  });

  it('quotes what is counted to the end of its phrase and no further', () => {
    // a plural ends what English counts: not on into the question's verb
    expect(answer('How many people died?', 'Three devotees died and 40 houses were damaged.', 'en')?.text).toBe('Three devotees');
    expect(answer('How many villagers died?', 'Three villagers died in the flood.', 'en')?.text).toBe('Three villagers');
    // a lexicon phrase is quoted whole; a measure runs on to its unit
    expect(answer('How many fire engines were used?', 'Twelve fire tenders took six hours to douse the blaze.', 'en')?.text).toBe('Twelve fire tenders');
    expect(answer('How many square kilometres does the lake cover?', 'The lake covers 1,200 square kilometres of the valley.', 'en')?.text).toBe('1,200 square kilometres');
  });

  it('never counts things by a length of time, unless the question asks how long', () => {
    expect(answer('How many flights were cancelled?', 'Flights were suspended for 21 hours at Kolkata airport.', 'en')).toBeUndefined();
    expect(answer('how many flights were cancelled', 'কলকাতা বিমানবন্দরে ২১ ঘণ্টা বিমান চলাচল বন্ধ ছিল।', 'bn')).toBeUndefined();
    expect(answer('how many flights were cancelled', 'কলকাতা বিমানবন্দরে ২১ ঘণ্টা বিমান চলাচল বন্ধ ছিল। প্রায় ৩৯৪টি উড়ান বাতিল করা হয়।', 'bn')?.value).toEqual({ kind: 'count', n: 394 });
    expect(answer('how many trains were cancelled', 'Train services were suspended for 36 hours and 120 trains were cancelled.', 'en')?.value).toEqual({ kind: 'count', n: 120 });
    // asked how long, or in the units themselves, the length answers
    expect(answer('How long was the airport closed?', 'Flights were suspended for 21 hours at Kolkata airport.', 'en')?.value).toEqual({ kind: 'count', n: 21 });
    expect(answer('How many hours was the airport closed?', 'Flights were suspended for 21 hours at Kolkata airport.', 'en')?.value).toEqual({ kind: 'count', n: 21 });
  });

  it('gives a sum said twice (4-4 लाख रुपये) whole, read as so much each', () => {
    const each = answer('How much will the families of the dead get?', 'राज्य सरकार ने मृतकों के परिजनों को 4-4 लाख रुपये देने की घोषणा की।', 'hi');
    expect(each?.text).toBe('4-4 लाख रुपये');
    expect(each?.normalized).toBe('₹4 lakh each');
    expect(each?.value).toEqual({ kind: 'money', amount: 400000 });
    expect(answer('মৃতদের পরিবারকে কত টাকা দেওয়া হবে?', 'মৃতদের পরিবারকে ২-২ লাখ টাকা দেওয়া হবে।', 'bn')?.normalized).toBe('₹2 lakh each');
    // (its scale ending the sentence, or in English)
    expect(answer('परिजनों को कितना मुआवजा मिलेगा?', 'सरकार ने कहा कि परिजनों को मिलेंगे 4-4 लाख।', 'hi')?.text).toBe('4-4 लाख');
    expect(answer('How much will each family get?', 'The families of the dead will get Rs 4-4 lakh each.', 'en')?.normalized).toBe('₹4 lakh each');
  });

  it('never counts people by a sum of money, however the question asks how many (घायलों की संख्या)', () => {
    expect(answer('घायलों की संख्या कितनी है?', 'प्रधानमंत्री राहत कोष से घायलों को 50 हजार रुपये दिए जाएंगे।', 'hi')).toBeUndefined();
    expect(answer('घायलों की संख्या कितनी है?', 'भगदड़ में 8 लोगों की मौत हो गई, जबकि 37 लोग घायल हो गए।', 'hi')?.value).toEqual({ kind: 'count', n: 37 });
  });

  it('never counts things or people by a measure, unless the question asks in its unit; a digit written onto a unit is its power', () => {
    // (asked how many died, where no one is counted: a length by the question's place is no count of the dead)
    expect(answer('বিহারে বন্যায় এখনও পর্যন্ত কতজন মারা গেছেন?', 'यह 1.4 किलोमीटर लंबा पुल बिहार राज्य पुल निर्माण निगम की देखरेख में बन रहा है।', 'hi')).toBeUndefined();
    expect(answer('How many died in the Bihar floods so far?', 'This 1.4 km long bridge in Bihar was being built by the state.', 'en')).toBeUndefined();
    expect(answer('पुल कितने किलोमीटर लंबा है?', 'गोपालगंज में बन रहा 1.4 किलोमीटर लंबा पुल ढह गया।', 'hi')?.text).toBe('1.4 किलोमीटर');
    // (a unit asked in another spelling is still the one counted)
    expect(answer('How many kilometres of road were damaged?', 'Floods damaged 40 km of road in the district.', 'en')?.text).toBe('40 km');
    expect(answer('How many kilos of ganja were seized?', 'Police seized 50 kg of ganja from the truck.', 'en')?.text).toBe('50 kg');
    expect(answer('कितने किलो गांजा बरामद हुआ?', 'पुलिस ने ट्रक से 50 किलोग्राम गांजा बरामद किया।', 'hi')?.text).toBe('50 किलोग्राम');
    // (km2: the 2 squares the kilometre; the square miles in brackets are the ones asked)
    expect(answer('How many square miles does the lake cover?', 'The lake covers 1,200 km2 (463 sq mi) of farmland.', 'en')?.text).toBe('463 sq mi');
  });

  it('reads a remark set off by commas as part of the clause it interrupts', () => {
    // "died" is said of the four, past the remark; the thirty passengers were injured
    expect(answer('How many passengers died?', 'Four passengers, among them two children, died and 30 passengers were injured.', 'en')?.value).toEqual({ kind: 'count', n: 4 });
    // a clause between commas is no remark: it says something itself, or another clause follows it
    expect(answer('How many people are missing?', 'Eleven people died, 23 people were injured, and five people are still missing.', 'en')?.value).toEqual({ kind: 'count', n: 5 });
    // (a number set off by commas is a remark of its own: the score is no time left)
    const game = "They beat the Patriots in the AFC Championship Game, 20–18, by intercepting a pass with 17 seconds left on the clock.";
    expect(answer('How much time remained on the clock when the Broncos clinched the AFC Championship Game?', game, 'en')?.value).toEqual({ kind: 'count', n: 17 });
  });

  it('counts the dead apart from the injured, in any language, whatever kind of people they were', () => {
    // patients and passengers are people: "how many people" counts them, by the clause that says they died
    const fire = 'हादसे में 11 मरीजों की मौत हो गई, जबकि 23 लोग घायल हुए हैं।';
    expect(answer('How many people died in the fire?', fire, 'hi')?.value).toEqual({ kind: 'count', n: 11 });
    expect(answer('आग में कितने लोग मरे?', fire, 'hi')?.value).toEqual({ kind: 'count', n: 11 });
    expect(answer('कितने लोग घायल हुए?', fire, 'hi')?.value).toEqual({ kind: 'count', n: 23 });
    // জন counts people; মারা গেছে and নিহত say they died
    const train = 'সংঘর্ষে ৮ জনের মৃত্যু হয়েছে, আহত হয়েছেন অন্তত ৫০ জন যাত্রী।';
    expect(answer('দুর্ঘটনায় কত জন মারা গেছেন?', train, 'bn')?.value).toEqual({ kind: 'count', n: 8 });
    expect(answer('কত জন নিহত হয়েছেন?', train, 'bn')?.value).toEqual({ kind: 'count', n: 8 });
    expect(answer('How many people were killed in the crash?', train, 'bn')?.value).toEqual({ kind: 'count', n: 8 });
    expect(answer('কত জন আহত হয়েছেন?', train, 'bn')?.value).toEqual({ kind: 'count', n: 50 });
  });

  it('takes the one number of the clause that names what is counted when none stands within reach of it', () => {
    const led = 'इस सत्र में मार्था ने गोल के मामले में अपनी पूरी टीम का नेतृत्व किया (27), और दो खिताब भी जीते।';
    expect(answer('मार्था ने कितने गोल किए?', led, 'hi')?.value).toEqual({ kind: 'count', n: 27 });
    // two numbers in that clause: neither is surely the count
    const two = 'इस सत्र में मार्था ने गोल के मामले में अपनी पूरी टीम का नेतृत्व किया (27) और पिछली टीम का भी (3)।';
    expect(answer('मार्था ने कितने गोल किए?', two, 'hi')).toBeUndefined();
    // the one number there counts a word of its own: matches, not goals
    const other = 'इस सत्र में मार्था ने गोल के मामले में अपनी पूरी टीम का नेतृत्व किया और 12 मैच खेले।';
    expect(answer('मार्था ने कितने गोल किए?', other, 'hi')).toBeUndefined();
  });

  it('does not count what is asked with a number of times something happened, unless it asks how many times', () => {
    // the data is not 1,600: the searches are ("more than 1,600 times")
    const searched = 'चोरी हुए डेटा को लेकर डार्क वेब पर 1,600 से अधिक बार सर्च किया गया है।';
    expect(answer('कितना डेटा चोरी हुआ?', searched, 'hi')).toBeUndefined();
    expect(answer('How much data was stolen?', 'The stolen data was searched for on the dark web more than 1,600 times.', 'en')).toBeUndefined();
    expect(answer('डार्क वेब पर डेटा कितनी बार सर्च किया गया?', searched, 'hi')).toMatchObject({ normalized: 'more than 1,600' });
    expect(answer('data koto bar khoja hoyeche?', 'চুরি হওয়া ডেটা ডার্ক ওয়েবে ১৬০০ বার খোঁজা হয়েছে।', 'bn')?.value).toEqual({ kind: 'count', n: 1600 });
    expect(answer('কতটা ডেটা চুরি হয়েছে?', 'চুরি হওয়া ডেটা ডার্ক ওয়েবে ১৬০০ বারের বেশি খোঁজা হয়েছে।', 'bn')).toBeUndefined();
    expect(answer('How many times was the data searched?', 'The stolen data was searched for on the dark web more than 1,600 times.', 'en')?.value).toEqual({ kind: 'count', n: 1600 });
    // nor how many people or bodies of them: times count what happened, and no one is a happening
    expect(answer('How many patients had their data stolen?', 'The stolen data was searched for on the dark web more than 1,600 times.', 'en')).toBeUndefined();
    expect(answer('कितने मरीजों का डेटा चोरी हुआ?', searched, 'hi')).toBeUndefined();
    expect(answer('কতজন রোগীর তথ্য চুরি হয়েছে?', 'চুরি হওয়া তথ্য ডার্ক ওয়েবে ১৬০০ বারের বেশি খোঁজা হয়েছে।', 'bn')).toBeUndefined();
    expect(answer('How many hackers attacked the servers?', 'The servers were attacked 5 times by hackers.', 'en')).toBeUndefined();
    expect(answer('How many titles has the player won?', 'The player has won Wimbledon seven times.', 'en')?.value).toEqual({ kind: 'count', n: 7 });
    // how many of a thing: the times it was won or came about count it, in any language
    expect(answer('How many attacks did the hospital suffer?', 'The hospital was attacked 5 times last year.', 'en')?.value).toEqual({ kind: 'count', n: 5 });
    expect(answer('How many titles has the team won?', 'The team has won the title 5 times.', 'en')?.value).toEqual({ kind: 'count', n: 5 });
    expect(answer('लेडी गागा ने कितने ग्रैमी जीते हैं?', 'छह बार की ग्रैमी विजेता लेडी गागा ने राष्ट्रगान प्रस्तुत किया।', 'hi')?.value).toEqual({ kind: 'count', n: 6 });
    expect(answer('লেডি গাগা কতগুলো গ্র্যামি জিতেছেন?', 'ছয় বারের গ্র্যামি বিজয়ী লেডি গাগা জাতীয় সঙ্গীত গেয়েছেন।', 'bn')?.value).toEqual({ kind: 'count', n: 6 });
    // nor does a sum of money say how many things it went to, its currency written after it, or its sign before
    expect(answer('कितने खातों में पैसा भेजा गया?', 'हैकर्स ने 12 करोड़ रुपए दूसरे खातों में भेज दिए।', 'hi')).toBeUndefined();
    expect(answer('কতগুলো অ্যাকাউন্টে টাকা গেছে?', 'হ্যাকাররা ১২ কোটি টাকা অন্য অ্যাকাউন্টে পাঠিয়েছে।', 'bn')).toBeUndefined();
    expect(answer('How many accounts got the money?', 'Hackers moved ₹12 crore to other accounts.', 'en')).toBeUndefined();
    expect(answer('How many accounts got the money?', 'Hackers moved $12 million to 40 accounts.', 'en')?.value).toEqual({ kind: 'count', n: 40 });
    // a number after what is counted with a word of another kind after it still counts it: a currency, a verb
    expect(answer('How much did the hackers demand?', 'The hackers demanded 5 million dollars in bitcoin.', 'en')?.value).toEqual({ kind: 'money', amount: 5_000_000 });
    // asked how much, a sum keeps its qualifier, its range, its sign and what it is in
    expect(answer('कंपनी को कितना नुकसान हुआ?', 'कंपनी को करीब 12 करोड़ रुपए का नुकसान हुआ।', 'hi')).toMatchObject({ text: 'करीब 12 करोड़ रुपए', normalized: 'about ₹12 crore' });
    expect(answer('kitna nuksan hua', 'कंपनी को 10 से 12 करोड़ रुपए का नुकसान हुआ।', 'hi')).toMatchObject({ normalized: '₹10 crore–₹12 crore' });
    expect(answer('How much did the hackers demand?', 'The hackers demanded $5 million in bitcoin.', 'en')).toMatchObject({ text: '$5 million in bitcoin', normalized: '$5 million in cryptocurrency' });
    // the amount ends at its currency, and takes its currency's word and the qualifier before it; a sign of no known currency stays in it
    expect(answer('কত দাবি করেছে?', 'হ্যাকাররা প্রায় ৫০ লাখ টাকা দাবি করেছে।', 'bn')).toMatchObject({ text: 'প্রায় ৫০ লাখ টাকা', normalized: 'about ₹50 lakh' });
    expect(answer('কত দাবি করেছে?', 'হ্যাকাররা ৫০ লাখ টাকার ক্রিপ্টোকারেন্সি দাবি করেছে।', 'bn')?.normalized).toBe('₹50 lakh in cryptocurrency');
    expect(answer('How much was lost?', 'The bank lost over Rs 5 crore in bitcoin.', 'en')).toMatchObject({ text: 'over Rs 5 crore in bitcoin', normalized: 'more than ₹5 crore in cryptocurrency' });
    expect(answer('How much did the hackers demand?', 'The hackers demanded €5 million.', 'en')?.text).toBe('€5 million');
    expect(answer('कितने सर्वर हैक हुए?', 'हैक हुए सर्वरों की संख्या 5 बताई गई है।', 'hi')?.value).toEqual({ kind: 'count', n: 5 });
    expect(answer('कितने प्रतिद्वंद्वी प्रधान शामिल थे?', 'जिसमें प्रतिद्वंद्वी गुट के 5 प्रधान शामिल थे।', 'hi')?.value).toEqual({ kind: 'count', n: 5 });
  });

  it('does not reach across a coordinator for a number when what is counted is not named: it belongs to the other conjunct', () => {
    const hi = answer('मियामी से मारविक कितनी दूर है?', 'मारविक सीमा के दक्षिण में लगभग 25 मील (40 किमी) और मियामी के उत्तर में लगभग 340 मील (550 किमी) पर स्थित है।', 'hi');
    expect(hi?.text).toContain('340');
  });

  it('takes the number next to what is counted, not a year or a clock time', () => {
    const a = answer('एम्स के कितने सर्वर हैक हुए?', 'साल 2022 में सुबह 7 बजे हैकरों ने पांच सर्वर हैक किए।', 'hi');
    expect(a?.value).toEqual({ kind: 'count', n: 5 });
    expect(a?.text).toBe('पांच सर्वर');
    expect(a?.normalized).toBe('5');
  });

  it('counts a number of four digits that is no year of this age, with words between it and what is counted', () => {
    expect(answer('कितने लोग घायल हुए?', 'हमले में 1500 से अधिक लोग घायल हुए।', 'hi')?.value).toEqual({ kind: 'count', n: 1500 });
    expect(answer('How many guests attended the dinner?', 'The dinner in 1835 was attended by 1200 guests.', 'en')?.value).toEqual({ kind: 'count', n: 1200 });
  });

  it('counts by the scale word of the number when that is what is counted: "how many crore", 200 करोड़', () => {
    const hi = 'हैकर्स ने अस्पताल से 200 करोड़ रुपए की मांग की।';
    expect(answer('कितने करोड़ मांगे गए?', hi, 'hi')).toMatchObject({ text: '200 करोड़ रुपए', value: { kind: 'count', n: 2_000_000_000 } });
    expect(answer('How many crore were demanded?', 'The hackers demanded 200 crore rupees.', 'en')?.text).toBe('200 crore rupees');
  });

  it('counts nothing in a year of any age that its words date: a month, a word that places it, its era or a word for year', () => {
    expect(answer('How many universities are there?', 'Newcastle replaced him in January 1756 with Lord Loudoun, and the universities grew.', 'en')).toBeUndefined();
    expect(answer('How many guests came?', 'The market opened in 1835 and the guests came.', 'en')).toBeUndefined();
    expect(answer('कितने मेहमान आए?', 'बाज़ार 1835 में खोला गया था और मेहमान आए।', 'hi')).toBeUndefined();
    expect(answer('কতজন অতিথি এসেছিলেন?', 'বাজারটি ১৮৩৫ সালে খোলা হয়েছিল এবং অতিথিরা এসেছিলেন।', 'bn')).toBeUndefined();
    expect(answer('কতজন অতিথি এসেছিলেন?', 'বাজারটি ১৮৩৫-এ খোলা হয়েছিল এবং অতিথিরা এসেছিলেন।', 'bn')).toBeUndefined();
    // the count beside it is read, and "में से" counts out of a whole
    expect(answer('How many guests came?', 'The market opened in 1835; 1200 guests came.', 'en')?.value).toEqual({ kind: 'count', n: 1200 });
    expect(answer('कितने मेहमान आए?', 'कुल 1835 में से 300 मेहमान आए।', 'hi')?.text).toContain('300');
    // placed, a number of three digits still counts; one of four is a year whatever follows it
    expect(answer('How many hospitals were hit?', 'The attack hit systems in 300 government hospitals.', 'en')?.text).toBe('300 government hospitals');
    expect(answer('How many engineers built the dam?', 'In 1873 Danish engineers built the dam.', 'en')).toBeUndefined();
    // a year alone may be a count ("the figure was 1200"), and a year ending the passage reads without error
    expect(answer('How many guests came?', 'The guests who came numbered 1200.', 'en')?.value).toEqual({ kind: 'count', n: 1200 });
  });

  it('counts nothing with an ordinal or the day of a month: the 20th century, 20 वीं शताब्दी, ২০তম, 1 मार्च', () => {
    expect(answer('How many bridges stood?', 'By the 20th century the bridges stood.', 'en')).toBeUndefined();
    expect(answer('कितने पुल बने?', '20 वीं शताब्दी में पुल बने।', 'hi')).toBeUndefined();
    expect(answer('কতগুলো সেতু তৈরি হয়েছিল?', '২০তম শতাব্দীতে সেতু তৈরি হয়েছিল।', 'bn')).toBeUndefined();
    expect(answer('कितने लोगों ने वोट दिया?', '1 मार्च 1979 को 1,200 लोगों ने वोट दिया।', 'hi')?.text).toBe('1,200 लोगों');
    expect(answer('How many voters were needed?', 'On 1 March 1979 the voters were needed.', 'en')).toBeUndefined();
    expect(answer('কতজন ভোট দিয়েছেন?', '৭ই মার্চ ভোট দিয়েছেন।', 'bn')).toBeUndefined();
    // a suffix a hyphen away is no ordinal's
    expect(answer('কতজন ভোট দিয়েছেন?', 'মাত্র ২০-ই জন ভোট দিয়েছেন।', 'bn')?.value).toEqual({ kind: 'count', n: 20 });
    // "may" in lower case is no month, "St" apart from a number no ordinal
    expect(answer('How many people died?', 'Officials said 20 may have died.', 'en')?.text).toBe('20');
    expect(answer('How many residents moved?', 'Last year 30 St Louis residents moved away.', 'en')?.value).toEqual({ kind: 'count', n: 30 });
    expect(answer('How many bridges were built in May?', 'In May, 20 bridges were built.', 'en')?.text).toBe('20 bridges');
  });

  it('reads no name into the suffix of an ordinal written apart (20 वीं शताब्दी)', () => {
    expect(answer('पुल का नाम किसके नाम पर रखा गया?', 'पुल का नाम 20 वीं शताब्दी के शुरू में रखा गया।', 'hi')).toBeUndefined();
  });

  it('counts nothing with a number that designates a thing (KV-310), nor with "one" in letters when what is counted is not there', () => {
    expect(answer('How many people were aboard?', 'The test of KV-310 had people aboard.', 'en')).toBeUndefined();
    expect(answer('How many people were aboard?', 'The capsule, KV-310, flew its test with no one aboard.', 'en')).toBeUndefined();
    // nor the second of two designations joined by a slash
    expect(answer('How many people were aboard?', 'After KV-307/308, people were aboard the next test.', 'en')).toBeUndefined();
    expect(answer('कितने लोग सवार थे?', 'KV-307/308 के बाद अगली उड़ान में लोग सवार थे।', 'hi')).toBeUndefined();
    // एक बड़ी घटना is "a big event", not one of anything
    expect(answer('हड़ताल कितने समय तक चली?', 'शहर में हड़ताल एक बड़ी घटना बनी रही।', 'hi')).toBeUndefined();
  });

  it('counts an age for "how old", which names nothing it counts: the number by "age", not another count', () => {
    const a = answer('How old was Rao when he flew the plane?', 'Rao flew the plane for three hours in 1998, at age 27, with two engines running.', 'en');
    expect(a?.value).toEqual({ kind: 'count', n: 27 });
  });

  it('reads "how much time" as "how long", and a number of seconds as a length of time, never the second of an order', () => {
    // (a number of anything else is no length of time: not the 10 of a 24–10 lead, nor a 2-point conversion)
    expect(answer('How much time was left?', 'Manning completed a pass for a 2-point conversion, giving Denver a 24–10 lead with the game almost won.', 'en')).toBeUndefined();
    const left = 'The Broncos intercepted the 2-point conversion attempt with 17 seconds left.';
    expect(answer('How much time was left?', left, 'en')?.text).toBe('17 seconds');
    expect(answer('How many seconds were left?', left, 'en')?.text).toBe('17 seconds');
    expect(answer('कितना समय बचा था?', 'ब्रोंकोस ने 17 सेकंड रहते हुए 2-अंक के रूपांतरण का पास इंटरसेप्ट किया।', 'hi')?.text).toBe('17 सेकंड');
    expect(answer('How long did the standoff last?', 'The standoff lasted 90 seconds.', 'en')?.value).toEqual({ kind: 'count', n: 90 });
    // the ordinal second is no unit of time: a count of points in the second quarter is a count of points, and
    // the second half no length of time
    expect(answer('How many points did they score?', 'They scored 20 points in the second quarter.', 'en')?.text).toBe('20 points');
    expect(answer('How long was the delay?', 'Smith scored 3 goals in the second half after the delay.', 'en')).toBeUndefined();
    expect(answer('How much time was left?', 'Smith scored 3 goals in the second half, with the team 2 points ahead.', 'en')).toBeUndefined();
    // seconds with a decimal point are a length of time, not a clock time that leaves another number to answer
    expect(answer('How long did Bolt take?', 'Bolt ran 100 metres in 9.58 seconds.', 'en')?.text).toBe('9.58 seconds');
    // and a count in the next conjunct, however much of the question is said of it, takes no length's place
    expect(answer('बचाव में कितना समय लगा?', 'बचाव में 3 घंटे लगे और 4 लोगों को निकाला गया।', 'hi')?.text).toBe('3 घंटे');
    expect(answer('How many people were injured?', 'The blast killed 14 people and injured 37.', 'en')?.text).toBe('37');
  });

  it('counts a duration for "how long", never a date: the number by a unit of time', () => {
    const a = answer('How long did the strike last?', 'The strike began on 3 May 1998 and lasted six weeks in all.', 'en');
    expect(a?.value).toEqual({ kind: 'count', n: 6 });
    expect(a?.text).toBe('six weeks');
    // asked how long, a question asks a duration whatever money its words name (pay): not an amount
    const days = answer('How long could consumers not pay their bills?', 'Consumers could not pay their electricity bills for two days.', 'en');
    expect(days?.value).toEqual({ kind: 'count', n: 2 });
    // कितना समय, कितनी देर and কতক্ষণ, কত সময় ask how long as "how long" does: the number by a unit of time, not the fire tenders
    const fire = 'दमकल की 18 गाड़ियों ने करीब छह घंटे की मशक्कत के बाद आग पर काबू पाया।';
    for (const q of ['आग पर काबू पाने में कितना समय लगा?', 'आग बुझाने में कितनी देर लगी?', 'আগুন নেভাতে কতক্ষণ লেগেছে?', 'আগুন নেভাতে কত সময় লাগল?', 'How long did it take to control the fire?'])
      expect(answer(q, fire, 'hi'), q).toMatchObject({ text: 'करीब छह घंटे', value: { kind: 'count', n: 6 } });
    expect(answer('आग बुझाने में कितना समय लगा?', 'दमकल की 18 गाड़ियों ने आग पर काबू पाया।', 'hi')).toBeUndefined();
  });

  it('reads an age written with years for "how old": 19-year-old, 19 years old', () => {
    for (const p of ['A 19-year-old hacker was arrested on Monday.', 'The hacker is 19 years old.'])
      expect(answer('How old was the hacker?', p, 'en')?.value, p).toEqual({ kind: 'count', n: 19 });
  });

  it('answers "how old" with the number the writing makes an age, not a span of years beside it', () => {
    const seven = { kind: 'count', n: 7 };
    for (const p of [
      'The hacker, aged 23, was jailed for seven years.',
      'The hacker, 23, was jailed for 7 years.',
      'The hacker was jailed for 7 years. He is 23 years old.',
    ])
      expect(answer('How old is the hacker?', p, 'en')?.value, p).toEqual({ kind: 'count', n: 23 });
    expect(answer('How old is Ravi Rao?', 'Police arrested Ravi Rao, 23, who faces 7 years in jail.', 'en')?.value).toEqual({ kind: 'count', n: 23 });
    expect(answer('हैकर की उम्र कितनी है?', 'हैकर की उम्र 23 साल है और उसे 7 साल की सजा हुई।', 'hi')?.value).toEqual({ kind: 'count', n: 23 });
    expect(answer('हैकर कितने साल का है?', '7 साल की सजा पाने वाला हैकर 23 वर्षीय है।', 'hi')?.value).toEqual({ kind: 'count', n: 23 });
    expect(answer('হ্যাকারের বয়স কত?', '২৩ বছর বয়সী হ্যাকারকে ৭ বছরের কারাদণ্ড দেওয়া হয়েছে।', 'bn')?.value).toEqual({ kind: 'count', n: 23 });
    // "old" makes an age only after years: "12 old computers" are no twelve-year-old
    expect(answer('How old is the hacker?', 'The hacker, who is 23, targeted 12 old computers.', 'en')).toBeUndefined();
    expect(answer('How old is the hacker?', 'The hacker, 23 years of age, was jailed for 7 years.', 'en')?.value).toEqual({ kind: 'count', n: 23 });
    for (const p of ['The hacker wiped 12 of the old servers.', 'The hacker wiped 12 of its old servers.']) expect(answer('How old is the hacker?', p, 'en'), p).toBeUndefined();
    expect(answer('How old is the hacker?', 'Ravi Rao, a 23-yr-old hacker, was arrested.', 'en')?.value).toEqual({ kind: 'count', n: 23 });
    // asked how long, the span of years answers as before
    expect(answer('How long was the hacker jailed?', 'The hacker, aged 23, was jailed for seven years.', 'en')?.value).toEqual(seven);
  });

  it('gives no number for "how old" or "how long" when the passage writes none of what they measure', () => {
    expect(answer('How old was the hacker who demanded the ransom?', 'The hackers demanded 5 million dollars in bitcoin to unlock the files.', 'en')).toBeUndefined();
    expect(answer('How long did the hackers wait?', 'The hackers demanded 5 million dollars and then waited.', 'en')).toBeUndefined();
  });

  it('ends the count at a bracket: the words inside it are an aside, not what is counted', () => {
    expect(answer('How many were sent into orbit?', 'The flight sent 12 (each in a separate capsule) into orbit.', 'en')?.text).toBe('12');
    // nor does it reach across a bracket to what is counted
    expect(answer('How many couples lived there?', 'There lived 412 (3.1%) couples in the town.', 'en')?.text).toBe('412');
  });

  it('answers by the writer\'s own figure, not by its restatement in another unit in brackets, unless the question names that unit', () => {
    const quake = 'The epicentre lay 40 kilometres (25 miles) off the coast of Sumatra.';
    expect(answer('How far off the coast was the epicentre?', quake, 'en')?.text).toBe('40 kilometres');
    expect(answer('How many miles from the coast was the epicentre?', quake, 'en')?.text).toBe('25 miles');
    // found nearest what is counted, a restatement answers by the figure it restates
    expect(answer('How much rainfall was recorded?', 'Mumbai recorded 120 mm (4.7 inches) of rainfall in 24 hours.', 'en')?.text).toBe('120 mm');
    // a part in brackets restates nothing: "(3 of them children)", "(300 in Ernakulam)", "(৬ জন গুরুতর)"
    expect(answer('How many children died?', 'The fire killed 12 people (3 of them children) at the hospital in Jhansi.', 'en')?.value).toEqual({ kind: 'count', n: 3 });
    expect(answer('How many cases were reported in Ernakulam?', 'Kerala reported 1,200 new cases (300 in Ernakulam) on Monday.', 'en')?.value).toEqual({ kind: 'count', n: 300 });
    expect(answer('কতজন গুরুতর আহত?', 'বিস্ফোরণে ২০ জন আহত (৬ জন গুরুতর)।', 'bn')?.value).toEqual({ kind: 'count', n: 6 });
    // a share in brackets answers a question about a share; and a bracket after a range of years restates nothing
    expect(answer('What percentage of couples lived there?', 'There lived 412 (3.1%) couples in the town.', 'en')?.text).toBe('3.1%');
    expect(answer('How many square kilometres were cleared each year?', 'Between 2000 and 2005 (22,392 square kilometres a year) were cleared.', 'en')?.value).toEqual({ kind: 'count', n: 22392 });
  });

  it('counts in a unit of two words as the question names it, in English and in Hindi, but not into the verb or another word', () => {
    expect(answer('How many square kilometres does the lake cover?', 'The lake covers 1,200 square kilometres of the valley.', 'en')?.text).toBe('1,200 square kilometres');
    expect(answer('झील कितने वर्ग किलोमीटर में फैली है?', 'झील 1,200 वर्ग किलोमीटर में फैली है।', 'hi')?.text).toBe('1,200 वर्ग किलोमीटर');
    expect(answer('झील का क्षेत्रफल कितने वर्ग किलोमीटर है?', 'झील का क्षेत्रफल 1,200 वर्ग किलोमीटर है।', 'hi')?.text).toBe('1,200 वर्ग किलोमीटर');
    // asked in other words, a word that names a measure with its unit still takes the unit (not "7,000,000 वर्ग")
    expect(answer('How many square kilometers is the basin?', 'यह बेसिन 7,000,000 वर्ग किलोमीटर (2,700,000 वर्ग मील) मे फ़ैला हुआ है।', 'hi')?.text).toBe('7,000,000 वर्ग किलोमीटर');
    expect(answer('How much rice was distributed?', 'Officials distributed 120 metric tonnes of rice.', 'en')?.text).toBe('120 metric tonnes');
    // Hindi puts the verb right after what is counted: the count ends before it
    expect(answer('कितने पुल टूटे?', 'बाढ़ में चार पुल टूटे।', 'hi')?.text).toBe('चार पुल');
    expect(answer('कितने लोग घायल हुए हमले में?', 'हमले में 20 लोग घायल हुए।', 'hi')?.text).toBe('20 लोग');
  });

  it('counts what an English question names last and plural in the phrase after "how many", not a year or a word that qualifies it', () => {
    // what is counted is "goals", not the year nor the season before it
    const season = answer('How many 2019 season goals did the Rovers score?', 'The Rovers conceded 41 points, but led the league in goals with 63.', 'en');
    expect(season?.value).toEqual({ kind: 'count', n: 63 });
    // a name before what is counted qualifies it ("Rovers"), as does a common word ("squad")
    const players = answer('How many Rovers squad players were capped this year?', 'Coach Ellis, who has led the club for 12 seasons, saw three players capped this year.', 'en');
    expect(players?.value).toEqual({ kind: 'count', n: 3 });
    // the verb typed after what is counted is no part of it
    // nor is the object after it: how many students, not grants
    expect(answer('How many students receive grants each year?', 'Each year 4,000 grants go to 900 students.', 'en')?.value).toEqual({ kind: 'count', n: 900 });
  });

  it("reads the question's own words between a count and what it counts as part of what is counted, whichever comes first", () => {
    const a = answer('How many wool blankets did the shelter hand out?', 'The shelter handed out six wool blankets while the church handed out two blankets.', 'en');
    expect(a?.value).toEqual({ kind: 'count', n: 6 });
    expect(a?.text).toBe('six wool blankets');
    const b = answer('How many wool blankets did the shelter hand out?', 'The church handed out two blankets while the shelter handed out six wool blankets.', 'en');
    expect(b?.value).toEqual({ kind: 'count', n: 6 });
  });

  it('takes the number beside the thing asked about over another count in the sentence', () => {
    const a = answer('How many servers were encrypted?', 'Officials checked 1,200 computers and found that six servers were encrypted.', 'en');
    expect(a?.value).toEqual({ kind: 'count', n: 6 });
    expect(a?.text).toBe('six servers');
  });

  it('of two counts of the thing asked about, takes the one in the clause that says the rest of the question', () => {
    const en = answer('How many schools were closed by the floods?', 'The district has 9,000 schools, and 1,200 schools were closed by the floods.', 'en');
    expect(en?.value).toEqual({ kind: 'count', n: 1200 });
    const hi = answer('बाढ़ से कितने स्कूल बंद हुए?', 'जिले में 9,000 स्कूल हैं, जबकि बाढ़ से 1,200 स्कूल बंद हुए।', 'hi');
    expect(hi?.value).toEqual({ kind: 'count', n: 1200 });
    // as near, and the same clause: the nearer one still
    expect(answer('How many schools were closed?', 'Officials closed 40 schools and 12 colleges.', 'en')?.value).toEqual({ kind: 'count', n: 40 });
  });

  it('takes "one" in letters, as often an article (एक, একটি) as a count, only when no other number is within reach', () => {
    const a = answer('फाइनल खेलते समय कप्तान की उम्र कितनी थी?', 'वह 41 की उम्र में एक फाइनल खेलने वाले सबसे बड़े कप्तान हैं।', 'hi');
    expect(a?.value).toEqual({ kind: 'count', n: 41 });
    expect(answer('कितने सर्वर हैक हुए?', 'हमले में एक सर्वर हैक हुआ।', 'hi')?.value).toEqual({ kind: 'count', n: 1 });
  });

  it('does not read the Hindi "and" (और) before a count as "more than"', () => {
    const a = answer('शहर में कितने विवाहित जोड़े थे?', 'शहर में 12,843 अविवाहित जोड़े और 1,388 विवाहित जोड़े थे।', 'hi');
    expect(a?.normalized).toBe('1,388');
    // the span begins at the count, not at the conjunction before it
    expect(a?.text).toMatch(/^1,388/);
  });

  it('answers "how many" with a count, never a share beside it: 1,200 volunteers, not 0.9%', () => {
    const en = answer('How many volunteers were there?', 'There were 0.9% volunteers, or 1,200 volunteers.', 'en');
    expect(en?.value).toEqual({ kind: 'count', n: 1200 });
    const bn = answer('কতজন স্বেচ্ছাসেবক ছিলেন?', '০.৯ শতাংশ স্বেচ্ছাসেবক ছিলেন, অর্থাৎ ১,২০০ স্বেচ্ছাসেবক।', 'bn');
    expect(bn?.value).toEqual({ kind: 'count', n: 1200 });
  });

  it('reads a range as one answer, low end first, the multiplier on both ends, and the same value whichever end stands by the noun', () => {
    const hi = answer('बाढ़ में कितने घर डूबे?', 'बाढ़ में 30 से 50 हजार घर डूब गए।', 'hi');
    expect(hi?.text).toBe('30 से 50 हजार घर');
    expect(hi?.normalized).toBe('30,000–50,000');
    const en = answer('How many homes were flooded?', 'The flood reached 30 to 50 thousand homes.', 'en');
    const after = answer('How many homes were flooded?', 'Homes flooded: 30 to 50 thousand, officials said.', 'en');
    expect(en?.text).toBe('30 to 50 thousand homes');
    expect(en?.value).toEqual({ kind: 'count', n: 30000 });
    expect(after?.value).toEqual(en?.value);
    const change = answer('How many homes were flooded?', 'Flooded homes rose from 400 to 900 homes overnight.', 'en');
    expect(change?.normalized).not.toContain('–');
  });

  it('keeps a qualifier written before the count in the answer: "over 12 million", "fewer than ten", "लगभग 800"', () => {
    const over = answer('How many passengers does the ferry carry?', 'The ferry carries over 12 million passengers a year.', 'en');
    expect(over?.text).toBe('over 12 million passengers');
    expect(over?.normalized).toBe('more than 12,000,000');
    expect(over?.value).toEqual({ kind: 'count', n: 12_000_000 });
    const fewer = answer('How many boats were lost?', 'In the storm fewer than ten boats were lost.', 'en');
    expect(fewer?.text).toBe('fewer than ten boats');
    expect(fewer?.normalized).toBe('fewer than 10');
    const hindi = answer('कितने घर डूबे?', 'बाढ़ में लगभग 800 घर डूब गए।', 'hi');
    expect(hindi?.text).toBe('लगभग 800 घर');
    expect(hindi?.normalized).toBe('about 800');
    // a word before the number that qualifies nothing stays out
    expect(answer('How many boats were lost?', 'The storm sank 14 boats.', 'en')?.text).toBe('14 boats');
  });

  it('answers "how much more" and a question about a share with the share', () => {
    expect(answer('How much higher was the rate in 2005?', 'The rate in 2005 was 18% higher than in 2000.', 'en')?.text).toContain('18');
    expect(answer('कितने प्रतिशत घरों में बच्चे थे?', 'लगभग 40 प्रतिशत यानी 12,400 घरों में बच्चे थे।', 'hi')?.value).toEqual({ kind: 'count', n: 40 });
  });

  it('reads a part of a whole as "20 of 50"', () => {
    const hindi = answer('कितने सर्वर बंद हुए?', '50 में से 20 सर्वर बंद हो गए।', 'hi');
    expect(hindi?.value).toEqual({ kind: 'count', n: 20 });
    expect(hindi?.normalized).toBe('20 of 50');
    expect(hindi?.text).toBe('50 में से 20 सर्वर');
    const bengali = answer('কতগুলো সার্ভার বন্ধ হয়েছে?', '৫০-এর মধ্যে ২০টি সার্ভার বন্ধ হয়ে যায়।', 'bn');
    expect(bengali?.value).toEqual({ kind: 'count', n: 20 });
    expect(bengali?.normalized).toBe('20 of 50');
    const english = answer('How many servers were hit?', 'The attackers hit three of the utility’s twelve servers.', 'en');
    expect(english?.value).toEqual({ kind: 'count', n: 3 });
    expect(english?.normalized).toBe('3 of 12');
    // a number before a comma is no whole of the count after it: "in 1810, 300 people"
    const year = answer('कितने लोग बेघर हुए?', '1810 में, 300 लोग बाढ़ से बेघर हुए।', 'hi');
    expect(year?.normalized).toBe('300');
    expect(year?.text).toBe('300 लोग');
  });

  it('gives no count when what is counted stands with no number beside it', () => {
    expect(answer('How many servers were hacked?', 'The servers were hacked last week, and 40 engineers worked through the night to restore the hospital systems.', 'en')).toBeUndefined();
  });
});

describe('reading an amount', () => {
  it('reads a word said of a whole list of sums as said of each, so the recipient the question names picks the sum', () => {
    const hi = 'रेल मंत्रालय ने मृतकों के परिजनों को 10-10 लाख रुपये और गंभीर रूप से घायलों को 2.5 लाख रुपये मुआवजा देने की घोषणा की है।';
    expect(answer('मृतकों के परिजनों को कितना मुआवजा मिलेगा?', hi, 'hi')).toMatchObject({ text: '10-10 लाख रुपये', value: { kind: 'money', amount: 1_000_000 } });
    expect(answer('घायलों को कितना मुआवजा मिलेगा?', hi, 'hi')?.value).toEqual({ kind: 'money', amount: 250_000 });
    expect(answer('How much compensation will the families of the dead get?', hi, 'hi')?.value).toEqual({ kind: 'money', amount: 1_000_000 });
    // in English the word said of the list comes before it
    const en = 'The railway announced compensation of Rs 10 lakh to the families of the dead and Rs 2.5 lakh to the injured.';
    expect(answer('How much compensation will the injured get?', en, 'en')?.value).toEqual({ kind: 'money', amount: 250_000 });
    expect(answer('How much compensation will the families of the dead get?', en, 'en')?.value).toEqual({ kind: 'money', amount: 1_000_000 });
    // a sum with a word of its own before the coordinator has its own head: the word after the last is the last's
    expect(answer('कितनी नकदी बरामद हुई?', 'पुलिस ने घर से 20 लाख रुपये के गहने और 5 लाख रुपये नकद बरामद किए।', 'hi')?.value).toEqual({ kind: 'money', amount: 500_000 });
    expect(answer('घायलों को कितनी राशि मिलेगी?', '4 लाख रुपये मृतकों के परिजनों को और 50 हजार रुपये घायलों को दिए जाएंगे।', 'hi')?.value).toEqual({ kind: 'money', amount: 50_000 });
    expect(answer('কত টাকা ঘুষ নিয়েছিলেন?', 'তিনি ১০ লক্ষ টাকা দাবি করেছিলেন এবং ২ লক্ষ টাকা ঘুষ নেওয়ার সময় ধরা পড়েন।', 'bn')?.value).toEqual({ kind: 'money', amount: 200_000 });
    expect(answer('How much cash was seized?', 'Police seized jewellery worth Rs 20 lakh and cash of Rs 5 lakh.', 'en')?.value).toEqual({ kind: 'money', amount: 500_000 });
  });

  it('reads crore with its currency, and what it is paid in', () => {
    const a = answer('हैकरों ने कितनी फिरौती मांगी?', 'हैकरों ने 200 करोड़ रुपये की फिरौती क्रिप्टोकरेंसी में मांगी।', 'hi');
    expect(a?.value).toEqual({ kind: 'money', amount: 2_000_000_000 });
    expect(a?.normalized).toBe('₹200 crore in cryptocurrency');
    expect(a?.text).toBe('200 करोड़ रुपये की फिरौती क्रिप्टोकरेंसी');
  });

  it('reads what a sum is paid in, cash as cryptocurrency, in the span and the reading', () => {
    expect(answer('How much money was DuMont to receive?', 'DuMont would have received $5 million in cash from the deal.', 'en')).toMatchObject({ text: '$5 million in cash', normalized: '$5 million in cash' });
    expect(answer('कितनी फिरौती मांगी गई?', 'हैकरों ने 5 करोड़ रुपये नकद मांगे।', 'hi')).toMatchObject({ text: '5 करोड़ रुपये नकद', normalized: '₹5 crore in cash' });
  });

  it('reads rupees abbreviated with a full stop (Rs., रु.), and cash as money, kept to its own phrase', () => {
    expect(answer('How much was the fine?', 'A fine of Rs. 5,000 was imposed.', 'en')).toMatchObject({ text: 'Rs. 5,000', normalized: '₹5,000' });
    expect(answer('How much was the fine?', 'A fine of Rs.10,000 was imposed.', 'en')?.normalized).toBe('₹10,000');
    // a whole currency word ending a sentence is not the next sentence's number's currency
    for (const word of ['rupees', 'INR', 'USD'])
      expect(answer('How much was paid?', `A ransom of ₹2 crore was sought. It was paid in ${word}. 5 people were arrested.`, 'en')?.normalized, word).toBe('₹2 crore');
    expect(answer('कितना जुर्माना लगाया गया?', 'अदालत ने कंपनी पर रु. 10,000 का जुर्माना लगाया, जबकि कंपनी ने 5 करोड़ रुपये कमाए थे।', 'hi')?.normalized).toBe('₹10,000');
    expect(planQuestion('How much cash was recovered?').type).toBe('money');
    expect(answer('How much cash was seized?', 'Police seized gold worth Rs 20 lakh and cash of Rs 5 lakh.', 'en')?.normalized).toBe('₹5 lakh');
    // "cash" in another phrase, another item or another word is not what the sum is in
    expect(answer('How much did they demand?', 'The hackers demanded ₹5 crore. Cash was not accepted, they said.', 'en')?.normalized).toBe('₹5 crore');
    expect(answer('How much did they demand?', 'The hackers demanded ₹5 crore, paid in cash or bitcoin.', 'en')?.normalized).toBe('₹5 crore');
    expect(answer('How much was the bribe?', 'The officer took a bribe of Rs 50,000 and cash-strapped farmers protested.', 'en')?.normalized).toBe('₹50,000');
    // a sum ending the passage, with nothing after it
    expect(answer('How much did the hackers demand?', 'The hackers demanded 5 million dollars', 'en')?.normalized).toBe('$5 million');
  });

  it('reads dollars in millions', () => {
    const a = answer('How much ransom did the gang demand?', 'The gang demanded 1.5 million dollars from the hospital.', 'en');
    expect(a?.value).toEqual({ kind: 'money', amount: 1_500_000 });
    expect(a?.normalized).toBe('$1.5 million');
  });

  it('reads a sum by its currency sign as by its word, the sign kept in the span: $50,000, ₹5 lakh', () => {
    const dollars = answer('हैकर कितने पैसे मांग रहा है?', 'The hacker is asking for $50,000 in Monero for the data.', 'en');
    expect(dollars).toMatchObject({ text: '$50,000', normalized: '$50,000', value: { kind: 'money', amount: 50_000 } });
    expect(answer('How much ransom did the gang demand?', 'The gang demanded ₹5 lakh from the school.', 'en')).toMatchObject({ text: '₹5 lakh', normalized: '₹5 lakh' });
    // of two sums, the one by what the question asks the sum of, or by its other words: not the first
    expect(answer('हैकरों ने कितनी फिरौती मांगी?', 'हैकरों ने ₹500 में डेटा बेचने के बाद अस्पताल से 10 करोड़ रुपये की फिरौती मांगी।', 'hi')?.normalized).toBe('₹10 crore');
    expect(answer('How much ransom did the hackers demand?', 'Shares fell $3 after the hackers demanded a ransom of ₹5 crore.', 'en')?.normalized).toBe('₹5 crore');
    expect(answer('How much did the hackers demand?', 'The hackers, who sold the records for $500 on a forum, demanded 10 crore rupees.', 'en')?.normalized).toBe('₹10 crore');
    // the sum the question's words stand around, what it asks the sum of counting most; a currency it names tells none apart
    expect(answer('How much compensation did the court order the hospital to pay?', 'The court ordered the hospital, which earns ₹50 crore a year, to pay compensation of ₹10 lakh.', 'en')?.normalized).toBe('₹10 lakh');
    expect(answer('How much ransom did the hackers demand from the hospital?', 'Hackers who hit the hospital stole $200,000 from its accounts, then demanded a ransom of $1 million.', 'en')?.normalized).toBe('$1 million');
    expect(answer('घायलों को कितने रुपये दिए गए?', 'मृतकों के परिजनों को 5 लाख रुपये और घायलों को 50 हजार रुपये दिए गए।', 'hi')?.normalized).toBe('₹50,000');
    // a sum's span is its currency's word or sign and the number, not a word of money after it; a sign the readings do not know has no reading: the span is read as written
    expect(answer('How much ransom did the hackers demand?', 'The hackers demanded Rs 10 crore as ransom.', 'en')).toMatchObject({ text: 'Rs 10 crore', normalized: '₹10 crore' });
    expect(answer('How much ransom was paid?', 'The firm paid €4 million to the gang.', 'en')).toMatchObject({ text: '€4 million', normalized: null });
    // asked what was paid, the sum paid, its sign kept and no verb taken in: not the demand further off
    expect(answer('How much ransom was paid?', 'The firm paid ₹4 crore to the hackers. The ransom demand had initially been ₹10 crore.', 'en')).toMatchObject({ text: '₹4 crore', normalized: '₹4 crore' });
    // a number with no currency, word or sign, is no sum
    expect(answer('How much ransom did the gang demand?', 'The gang sent 50,000 emails to the school.', 'en')).toBeUndefined();
    // nor a large one that counts a word of its own: with no sum, a large number is read as one only alone
    expect(answer('How much money are the hackers demanding?', 'Hackers stole the medical records of about 12 lakh patients.', 'en')).toBeUndefined();
    expect(answer('How much money are the hackers demanding?', 'The hackers are demanding 20 lakh for the data.', 'en')?.value).toEqual({ kind: 'money', amount: 2_000_000 });
    // a word after a sum that it does not count, a verb or "each", leaves it a sum
    expect(answer('How much compensation was announced?', 'The chief minister announced 4 lakh each to the families of the deceased.', 'en')?.value).toEqual({ kind: 'money', amount: 400_000 });
    expect(answer('पीड़ित के खाते से कितने रुपये निकाले गए?', 'ठगों ने पीड़ित के खाते से 4.5 लाख उड़ा लिए।', 'hi')?.value).toEqual({ kind: 'money', amount: 450_000 });
  });
});

describe('people after "to" and "from"', () => {
  it('answers who with a name after a word of direction, which is no sign of a place', () => {
    expect(answer('Who was the ransom note sent to?', 'The ransom note was sent to Maria Lopez on Monday.', 'en')?.text).toBe('Maria Lopez');
    expect(answer('Who sent the phishing email?', 'A phishing email from John Carter reached the staff.', 'en')?.text).toBe('John Carter');
    expect(answer('Where did the hackers strike?', 'The hackers struck in Pune on Monday.', 'en')?.text).toBe('Pune');
  });
});

describe('asked the hour', () => {
  it('reads किस समय, किस टाइम, কোন সময়ে as asking the hour, and a second question word that asks it narrows a first "when"', () => {
    for (const q of ['रोपवे हादसा किस समय हुआ?', 'हादसा किस टाइम हुआ?', 'হাতি কোন সময়ে গ্রামে ঢুকেছিল?', 'रोपवे हादसा कब हुआ, किस टाइम'])
      expect(planQuestion(q).timePart, q).toBe('hour');
    expect(planQuestion('रोपवे हादसा कब हुआ?').timePart).toBeUndefined();
  });

  it('gives the clock time a sentence writes with the day found, and a day only where no clock time is written', () => {
    const s = 'According to officials, the haul rope slipped off a bull wheel at around 3.40 pm on Wednesday (November 18), sending one cabin sliding back and crashing into the station platform.';
    expect(answer('रोपवे हादसा कब हुआ, किस टाइम', s, 'en')).toMatchObject({ text: 'around 3.40 pm on Wednesday', normalized: 'Wednesday 3:40 pm' });
    expect(answer('what time did the attack happen?', 'The attack happened on Wednesday. At 6.45 am staff noticed it.', 'en')?.text).toBe('Wednesday');
    // nor a clock time of another clause or conjunct, which times something else
    expect(answer('At what time did the blast occur?', 'The blast occurred on Friday, two days after a meeting held at 4 pm on Wednesday.', 'en')?.text).toBe('Friday');
    expect(answer('आग किस समय लगी?', 'आग शनिवार देर रात लगी, जबकि दमकल सुबह 5 बजे पहुंची।', 'hi')?.text).not.toContain('5 बजे');
    expect(answer('हादसा किस समय हुआ?', 'हादसा मंगलवार रात को हुआ और घायलों को बुधवार सुबह 4 बजे अस्पताल पहुंचाया गया।', 'hi')?.text).not.toContain('4 बजे');
    // but the clock time of the day's own clause, past a date in brackets or between commas, or a place
    expect(answer('At what time did the accident happen?', 'The accident happened on Wednesday (November 18) at around 3.40 pm.', 'en')?.text).toBe('around 3.40 pm');
    expect(answer('At what time did the train leave?', 'The train left on Wednesday, November 18, at 3.40 pm.', 'en')?.text).toBe('3.40 pm');
    expect(answer('At what time did the blast take place?', 'The blast took place on Monday evening in the crowded market of the old city at 6.45 pm.', 'en')?.text).toBe('6.45 pm');
    expect(answer('दुर्घटना किस समय हुई?', 'दुर्घटना मंगलवार, 18 नवंबर को दोपहर 3:40 बजे हुई।', 'hi')?.normalized).toContain('3:40 pm');
  });

  it('ranks a clock time without its day as fully of the asked kind', () => {
    expect(answerTypeStrength(analyzeText('बच्चों को दोपहर करीब 12:30 बजे खाना परोसा गया।', 'hi'), 'time', 'hour')).toBe(1);
    expect(answerTypeStrength(analyzeText('बच्चों को दोपहर करीब 12:30 बजे खाना परोसा गया।', 'hi'), 'time')).toBeLessThan(1);
  });
});

describe('reading a time', () => {
  it('reads no month in a verb that shares its stem: farmers who marched on Tuesday marched then, and in no March', () => {
    expect(answer('When did the farmers march to Delhi?', 'Thousands of farmers marched to Delhi on Tuesday to protest the new laws.', 'en')?.normalized).toBe('Tuesday');
    expect(answer('When did the farmers protest?', 'The farmers marched to Delhi to protest the new laws.', 'en')).toBeUndefined();
    expect(answer('When did the farmers protest?', 'The farmers marched to Delhi in March to protest the new laws.', 'en')?.normalized).toBe('March');
    expect(answer('When does the market open?', 'The market opens on Mondays and closes at noon.', 'en')?.normalized).toBe('Monday');
  });

  it('keeps with a clock time the word of about before it, the word after it that makes it approximate, its hour word after the minutes, and a day after it', () => {
    expect(answer('खाना कितने बजे परोसा गया?', 'बच्चों को दोपहर करीब 12:30 बजे दाल-चावल और आलू की सब्जी परोसी गई थी।', 'hi')).toMatchObject({ text: 'दोपहर करीब 12:30 बजे', normalized: '12:30 pm' });
    expect(answer('হাতি কখন গ্রামে ঢুকল?', 'বন দফতর সূত্রে খবর, রাত পৌনে ১১টা নাগাদ পালটি জঙ্গল থেকে বেরিয়ে গ্রামে ঢোকে।', 'bn')).toMatchObject({ text: 'রাত পৌনে ১১টা নাগাদ', normalized: '10:45 pm' });
    expect(answer('When did the attack happen?', 'The attack happened at 6.45 am on Wednesday.', 'en')).toMatchObject({ text: '6.45 am on Wednesday', normalized: 'Wednesday 6:45 am' });
    // as news writes it, a.m. with its full stops (kept whole) and the day right after it
    expect(answer('When did the attack begin?', 'The attack began at 6:45 a.m. Wednesday, Nov. 23, officials said.', 'en')).toMatchObject({ text: '6:45 a.m. Wednesday', normalized: 'Wednesday 6:45 am' });
    expect(answer('When did the attack begin?', 'The attack began at 6:45 a.m. on Wednesday.', 'en')).toMatchObject({ text: '6:45 a.m. on Wednesday', normalized: 'Wednesday 6:45 am' });
    expect(answer('When did the attack begin?', 'The attack began at 6:45 a.m.', 'en')?.text).toBe('6:45 a.m.');
    expect(answer('When did the blast happen?', 'The blast happened at about 11 pm, police said.', 'en')?.text).toBe('about 11 pm');
    // a date right before it, only joining words between, is one moment with it (not a month without its day)
    expect(answer('When did the fire break out?', 'The fire broke out on November 18 at around 3.40 pm.', 'en')).toMatchObject({ text: 'November 18 at around 3.40 pm', normalized: '18 November 3:40 pm' });
    expect(answer('आग कब लगी?', '18 नवंबर को दोपहर 3:40 बजे आग लगी।', 'hi')).toMatchObject({ text: '18 नवंबर को दोपहर 3:40 बजे', normalized: '18 November 3:40 pm' });
    expect(answer('আগুন কখন লাগে?', '১৮ নভেম্বর দুপুর ৩টে ৪০ মিনিটে আগুন লাগে।', 'bn')?.normalized).toBe('18 November 3:40 pm');
    // and past a comma when the clock time opens with its weekday
    expect(answer('दुर्घटना कब हुई?', 'दुर्घटना 23 नवंबर, बुधवार को सुबह 6:45 बजे हुई।', 'hi')?.normalized).toBe('23 November Wednesday 6:45 am');
    // joined whole, a moment that opens a range gives way to its other end, asked until when
    expect(answer('সময়সীমা কবে পর্যন্ত বাড়ানো হয়েছে?', 'সময়সীমা ১৫ নভেম্বর বিকেল ৫টা থেকে বাড়িয়ে ৩০ নভেম্বর করা হয়েছে।', 'bn')?.normalized).toBe('30 November');
    // a weekday right before the date is that date's: one moment, which the weekday alone stood for
    expect(answer('When did the attack happen?', 'The attack happened on Wednesday, November 23 at 6:45 am.', 'en')).toMatchObject({ text: 'Wednesday, November 23 at 6:45 am', normalized: 'Wednesday 23 November 6:45 am' });
    expect(answer('हमला कब हुआ?', 'हमला बुधवार, 23 नवंबर को सुबह 6:45 बजे हुआ।', 'hi')?.normalized).toBe('Wednesday 23 November 6:45 am');
    expect(answer('When was the attack?', 'The attack happened on Wednesday. November 23 was the day it was reported.', 'en')?.text).toBe('Wednesday');
    // not a weekday that dates a saying, nor a date in the genitive, which names another thing
    expect(answer('When will the holiday be?', 'The government announced on Thursday, November 30 would be a public holiday.', 'en')?.text).toBe('November 30');
    expect(answer('आरोपी को कब गिरफ्तार किया गया?', 'पुलिस ने मंगलवार, 14 नवंबर के हमले के आरोपी को गिरफ्तार किया।', 'hi')?.text).toBe('मंगलवार');
    // and past a comma after the date only where the clock time opens with its own weekday: "Curfew will remain in
    // force till Friday, November 24, 10 pm to 6 am daily" is till Friday
    expect(answer('Till when will the curfew remain?', 'Curfew will remain in force till Friday, November 24, 10 pm to 6 am daily.', 'en')?.text).not.toBe('6 am');
    // a month with no day stays the clock time's
    expect(answer('आग कब लगी?', 'आग नवंबर में रात 11 बजे लगी।', 'hi')?.normalized).toBe('November 11:00 pm');
    // but not a date after it, which may be another moment's ("earlier set for 10 am on July 15, now July 20"), nor
    // past a coordinator, a comma before a clock time of no day, or a date that ends a period before daily hours
    expect(answer('when did the dam burst?', 'The dam burst at 10 am on July 15, flooding 20 villages.', 'en')?.text).toBe('10 am');
    expect(answer('When will the exam be held?', 'The exam, earlier scheduled for 10 am on July 15, will now be held on July 20.', 'en')?.text).toBe('July 20');
    // and a date joined to its clock time stands by what each stands by, not by all its span reaches
    expect(answer('When will the exam be held?', 'The exam, earlier scheduled on July 15 at 10 am, will now be held on July 20 at 2 pm.', 'en')?.normalized).toBe('20 July 2:00 pm');
    expect(answer('When did the fire start?', 'Officials met on November 18 and at 3 pm the fire started.', 'en')?.text).toBe('3 pm');
    expect(answer('When was he admitted?', 'He was admitted on November 17, at 3 pm he died.', 'en')?.text).toBe('November 17');
    expect(answer('कर्फ्यू कब तक रहेगा?', 'कर्फ्यू 30 नवंबर तक, रात 10 बजे से सुबह 6 बजे तक लागू रहेगा।', 'hi')?.normalized).toBe('until 30 November');
    expect(answer('Till when will Section 144 remain in force?', 'Section 144 will remain in force till November 30, 10 pm to 6 am.', 'en')?.normalized).toBe('until 30 November');
    // not a day of another sentence, nor a word of about that qualifies something else before a comma
    expect(answer('When did the attack happen?', 'The attack happened at 6.45 am. On Wednesday the servers were restored.', 'en')?.text).toBe('6.45 am');
    expect(answer('When did the blast happen?', 'Nearly, the blast happened at 11 pm.', 'en')?.text).toBe('11 pm');
  });

  it('reads a clock time in words with its day and part of the day, a word of about between them', () => {
    const landslide = 'उत्तराखंड के चमोली जिले में बुधवार तड़के करीब साढ़े तीन बजे भारी बारिश के बाद भूस्खलन हुआ।';
    expect(answer('When did the landslide happen?', landslide, 'hi')).toMatchObject({ text: 'बुधवार तड़के करीब साढ़े तीन बजे', normalized: 'Wednesday 3:30 am' });
    const boat = 'মুর্শিদাবাদের জলঙ্গিতে শনিবার বিকেল পাঁচটা নাগাদ পদ্মা নদীতে একটি যাত্রীবাহী ট্রলার উল্টে যায়।';
    expect(answer('When did the boat capsize?', boat, 'bn')?.normalized).toBe('Saturday 5:00 pm');
    // not across a sentence's end: the day of the fire is not the day it was put out
    expect(answer('When was the fire brought under control?', 'The fire broke out on Monday. Around 3 am, firefighters brought it under control.', 'en')?.normalized).toBe('3:00 am');
  });

  it('answers a question asked by the year ("what year", किस साल) with a time that gives one, never with a weekday alone', () => {
    expect(answer('What year was the attack?', 'The attack happened on Wednesday, 23 November 2022.', 'en')?.value).toMatchObject({ kind: 'time', year: 2022 });
    expect(answer('हमला किस साल हुआ?', 'हमला बुधवार, 23 नवंबर 2022 को हुआ।', 'hi')?.value).toMatchObject({ kind: 'time', year: 2022 });
    expect(answer('What year was the attack?', 'The attack happened on Wednesday at 6:45 am.', 'en')).toBeUndefined();
    expect(answer('হামলা কোন সালে হয়েছিল?', 'বুধবার সকাল ৬টা৪৫ মিনিটে এই হামলা হয়।', 'bn')).toBeUndefined();
    // nor with another year than the event's, further from the question's words
    expect(answer('What year was the attack?', 'The attack on Wednesday was the worst since 2008.', 'en')).toBeUndefined();
    expect(answer('अस्पताल पर किस साल हमला हुआ?', '1956 में बने इस अस्पताल पर मंगलवार रात हमला हुआ।', 'hi')).toBeUndefined();
    // asked by the month, likewise: in a question word's phrase or as what the question asks the value of
    for (const q of ['What month was the attack?', 'What was the month of the attack?', 'हमला किस महीने में हुआ?']) {
      expect(answer(q, 'The attack happened on Wednesday at 6:45 am.', 'en'), q).toBeUndefined();
      expect(answer(q, 'The attack happened on Wednesday, 23 November 2022.', 'en')?.value, q).toMatchObject({ kind: 'time', day: 'november' });
    }
    expect(answer('হামলা কোন মাসে হয়েছিল?', 'বুধবার সকাল ৬টা৪৫ মিনিটে এই হামলা হয়।', 'bn')).toBeUndefined();
    // a question phrase asks by its own time word (কত সালে) or by the one after it (कौन से साल)
    expect(answer('হামলা কত সালে হয়েছিল?', 'বুধবার সকাল ৬টা৪৫ মিনিটে এই হামলা হয়।', 'bn')).toBeUndefined();
    expect(answer('হামলা কত সালে হয়েছিল?', '২০২২ সালে এই হামলা হয়।', 'bn')?.value).toMatchObject({ kind: 'time', year: 2022 });
    expect(answer('हमला कौन से साल हुआ?', 'हमला बुधवार, 23 नवंबर 2022 को हुआ।', 'hi')?.value).toMatchObject({ kind: 'time', year: 2022 });
    // asked when, or what day, the weekday answers
    expect(answer('When was the attack?', 'The attack happened on Wednesday at 6:45 am.', 'en')?.value).toMatchObject({ kind: 'time', day: 'wednesday' });
  });

  it('does not answer with the day a report was told, unless the question asks when it was told', () => {
    const en = 'A ransomware attack has shut down the billing system of the city water board, officials said on Tuesday.';
    expect(answer('When was the water board attacked?', en, 'en')).toBeUndefined();
    expect(answer('When did officials say the billing system was down?', en, 'en')?.value).toMatchObject({ kind: 'time', day: 'tuesday' });
    const hi = 'जल बोर्ड की बिलिंग प्रणाली पर रैनसमवेयर हमला हुआ, अधिकारियों ने मंगलवार को बताया।';
    expect(answer('जल बोर्ड पर हमला कब हुआ?', hi, 'hi')).toBeUndefined();
    const bn = 'জল বোর্ডের বিলিং ব্যবস্থায় র‍্যানসমওয়্যার হামলা হয়েছে, কর্তৃপক্ষ মঙ্গলবার জানিয়েছেন।';
    expect(answer('জল বোর্ডে হামলা কবে হয়?', bn, 'bn')).toBeUndefined();
    // the time of what was told still answers beside it
    const both = 'The attack began on Sunday at 11 pm, officials said on Tuesday.';
    expect(answer('When did the attack begin?', both, 'en')?.value).toMatchObject({ kind: 'time', day: 'sunday' });
    // only a word of telling does so: a noun beside the time is none ("state police"), nor is the question's "state"
    expect(answer('When did police arrest the hackers?', 'On Tuesday state police arrested the two hackers.', 'en')?.value).toMatchObject({ kind: 'time', day: 'tuesday' });
    expect(answer('When was the state water board attacked?', 'The state water board was attacked, officials said on Tuesday.', 'en')).toBeUndefined();
    // a request that frames the question asks about no telling
    expect(answer('Tell me when the attack began', 'The attack on the water board began, officials said on Tuesday.', 'en')).toBeUndefined();
    // a time before the quotative বলে is what was told
    expect(answer('হামলা কবে হয়েছে?', 'হামলাটি হয়েছে রবিবার বলে জানিয়েছে পুলিশ।', 'bn')?.value).toMatchObject({ kind: 'time', day: 'sunday' });
  });

  it('dates what happened by the time the clause places it at, not by one in the genitive that names which thing is meant', () => {
    const a = answer('आखिरी बाढ़ का प्रकोप कब हुआ था?', '1921-1923 के आखिरी बाढ़ प्रकोप ने नगर को 1930 में तबाह किया।', 'hi');
    expect(a?.value).toMatchObject({ kind: 'time', year: 1930 });
    // alone, it still dates the thing it names
    expect(answer('सूखा कब पड़ा?', '2010 के सूखे ने लाखों पेड़ नष्ट किए।', 'hi')?.value).toMatchObject({ kind: 'time', year: 2010 });
  });

  it('gives the one time of the one clause that holds the question’s words, however far a verb-final clause puts it', () => {
    const long = 'नमक के पानी से बिजली के उत्पादन की सस्ती प्रक्रिया सबसे पहले स्वीडिश इंजीनियर कार्ल ओडेन और डच इंजीनियर पीटर वालेन द्वारा 1931 में शुरू की गई थी।';
    expect(answer('नमक के पानी से बिजली कब बनाई गई?', long, 'hi')?.value).toMatchObject({ kind: 'time', year: 1931 });
    // a time in another clause dates something else
    const other = 'नमक के पानी से बिजली के उत्पादन की सस्ती प्रक्रिया सबसे पहले स्वीडिश इंजीनियर कार्ल ओडेन और डच इंजीनियर पीटर वालेन ने विकसित की; 1931 में शहर की आबादी दस लाख थी।';
    expect(answer('नमक के पानी से बिजली कब बनाई गई?', other, 'hi')).toBeUndefined();
  });

  it('reads a decade and a period of years as one time: the 1960s, 1960 के दशक, ১৯৬০-এর দশকে, 1412 to 1415', () => {
    const en = answer('When was the bridge built?', 'The bridge was built in the 1960s by the state.', 'en');
    expect(en?.text).toBe('1960s');
    expect(en?.value).toEqual({ kind: 'time', year: 1960 });
    expect(answer('पुल कब बना?', 'यह पुल 1960 के दशक में बना।', 'hi')?.text).toBe('1960 के दशक');
    const bn = answer('সেতুটি কবে তৈরি হয়?', 'সেতুটি ১৯৬০-এর দশকে তৈরি হয়।', 'bn');
    expect(bn?.normalized).toBe('1960s');
    const period = answer('When did the king rule?', 'The king ruled from 1412 to 1415 in the north.', 'en');
    expect(period?.text).toBe('1412 to 1415');
    expect(period?.normalized).toBe('1412–1415');
    expect(answer('राजा ने कब शासन किया?', 'राजा ने 1412 से 1415 तक शासन किया।', 'hi')?.normalized).toBe('1412–1415');
    // a year and a count after it are not a period; a year alone stays a year
    expect(answer('When did the king rule?', 'The king ruled in 1412, with 40 knights.', 'en')?.normalized).toBe('1412');
  });

  it('reads a number after "in" as a year whatever word follows it, and one before what is counted as a count', () => {
    expect(answer('In what year did Holm build the dam?', 'In 1873 Danish engineer Erik Holm was able to build the dam.', 'en')?.text).toBe('1873');
    const count = answer('How many guests attended the dinner?', 'The opening was marked with a dinner attended by 1950 guests.', 'en');
    expect(count?.value).toEqual({ kind: 'count', n: 1950 });
    // without what is counted after it, such a number is a year, no count
    expect(answer('How many guests attended the dinner?', 'The dinner was held in 1950 and many guests attended.', 'en')?.value.kind).not.toBe('count');
  });

  it('of two years each beside one of the question\'s words, takes the one beside most of them', () => {
    const passage = 'Such rules came in under the Coastal Fisheries Act 1962 and the Harbour Safety Act 1987.';
    expect(answer('When was the Harbour Safety Act passed?', passage, 'en')?.text).toBe('1987');
    expect(answer('When was the Coastal Fisheries Act passed?', passage, 'en')?.text).toBe('1962');
  });

  it('keeps the era with a year: 300 BC, not 300', () => {
    const a = answer('When was the city founded?', 'The city was founded in 300 BC by traders from the coast.', 'en');
    expect(a?.text).toBe('300 BC');
    expect(a?.value).toMatchObject({ kind: 'time', year: 300 });
  });

  it('reads a day and a clock time with its part of the day: রাত ১০টা is 10 pm', () => {
    const a = answer('সার্ভার কখন বন্ধ হয়?', 'বুধবার রাত ১০টা নাগাদ সার্ভার বন্ধ হয়ে যায়।', 'bn');
    expect(a?.value).toEqual({ kind: 'time', day: 'wednesday', clock: { hour: 22, minute: 0 }, part: 'night' });
    expect(a?.normalized).toBe('Wednesday 10:00 pm');
    expect(a?.text).toBe('বুধবার রাত ১০টা নাগাদ');
  });

  it('reads the morning hour as it is: সকাল ৬টা৪৫ is 6:45 am', () => {
    const a = answer('সার্ভার কখন বন্ধ হয়?', 'বুধবার সকাল ৬টা৪৫ মিনিটে সার্ভার বন্ধ হয়ে যায়।', 'bn');
    expect(a?.value).toEqual({ kind: 'time', day: 'wednesday', clock: { hour: 6, minute: 45 }, part: 'morning' });
    expect(a?.normalized).toBe('Wednesday 6:45 am');
  });

  it('takes times that share a day to agree when one lacks the clock, and different days to differ', () => {
    const question = 'সার্ভার কখন বন্ধ হয়?';
    const withClock = answer(question, 'বুধবার রাত ১০টা নাগাদ সার্ভার বন্ধ হয়ে যায়।', 'bn')!;
    const dayOnly = answer(question, 'বুধবার সার্ভার বন্ধ হয়ে যায়।', 'bn')!;
    const otherDay = answer(question, 'শুক্রবার সার্ভার বন্ধ হয়ে যায়।', 'bn')!;
    expect(dayOnly.value).toEqual({ kind: 'time', day: 'wednesday' });
    expect(sameValue(withClock, dayOnly)).toBe(true);
    expect(sameValue(dayOnly, otherDay)).toBe(false);
    expect(sameValue(withClock, otherDay)).toBe(false);
  });

  it('keeps a relation with its year, where each language writes it: "after 1850" is not 1850', () => {
    const cases: [string, string, Language, string][] = [
      ['When did the mill close?', 'The mill closed after 1850, when the river dried up.', 'en', 'after 1850'],
      ['मिल कब बंद हुई?', 'नदी सूखने पर 1850 के बाद मिल बंद हो गई।', 'hi', '1850 के बाद'],
      ['মিল কখন বন্ধ হয়?', 'নদী শুকিয়ে গেলে ১৮৫০ সালের পরে মিলটি বন্ধ হয়ে যায়।', 'bn', '১৮৫০ সালের পরে'],
    ];
    for (const [question, passage, language, text] of cases) {
      const a = answer(question, passage, language);
      expect(a?.text).toBe(text);
      expect(a?.normalized).toBe('after 1850');
      expect(a?.value).toEqual({ kind: 'time', year: 1850, relation: 'after' });
    }
    expect(answer('When did the mill open?', 'The mill was open until May 1756 and closed later.', 'en')?.text).toBe('until May 1756');
  });

  it('keeps a season with its year: the summer of 1912, 1912 की गर्मी, ১৯১২ সালের গ্রীষ্মে', () => {
    const cases: [string, string, Language, string][] = [
      ['When did the mill close?', 'In the summer of 1912 the mill closed for good.', 'en', 'summer of 1912'],
      ['मिल कब बंद हुई?', '1912 की गर्मी में मिल हमेशा के लिए बंद हो गई।', 'hi', '1912 की गर्मी'],
      ['মিল কখন বন্ধ হয়?', '১৯১২ সালের গ্রীষ্মে মিলটি বন্ধ হয়ে যায়।', 'bn', '১৯১২ সালের গ্রীষ্মে'],
    ];
    for (const [question, passage, language, text] of cases) {
      const a = answer(question, passage, language);
      expect(a?.text).toBe(text);
      expect(a?.value).toEqual({ kind: 'time', year: 1912, season: 'summer' });
    }
  });

  it('reads a year that ends the passage, with nothing after it to qualify it', () => {
    expect(answer('मिल कब बंद हुई?', 'मिल बंद हुई 1850', 'hi')?.text).toBe('1850');
    expect(answer('মিল কখন বন্ধ হয়?', 'মিল বন্ধ হয় ১৮৫০', 'bn')?.value).toEqual({ kind: 'time', year: 1850 });
    expect(answer('When did the mill close?', '1850', 'en')?.text).toBe('1850');
  });

  it('does not read the तक or পর্যন্ত that closes a period (1321 से 1323 तक) as "until"', () => {
    const a = answer('वह कब राजा था?', 'वह 1321 से 1323 तक राजा था।', 'hi');
    expect(a?.text).toBe('1321 से 1323');
    expect(a?.value).toEqual({ kind: 'time', year: 1321 });
    const b = answer('তিনি কখন রাজা ছিলেন?', 'তিনি ১৯৪৭ সাল থেকে ১৯৭১ সাল পর্যন্ত রাজা ছিলেন।', 'bn');
    expect(b?.value).not.toHaveProperty('relation');
  });

  it('reads "since" in English, and no relation or season across a sentence end or after a locative', () => {
    expect(answer('When has the mill been closed?', 'The mill has been closed since 1850.', 'en')?.value).toEqual({ kind: 'time', year: 1850, relation: 'since' });
    expect(answer('When did the mill close?', 'Nobody knew what came after. 1850 was the year the mill closed.', 'en')?.text).toBe('1850');
    expect(answer('When did the mill close?', 'It was a long hot summer. 1912 was the year the mill closed.', 'en')?.text).toBe('1912');
    // "fall" is not read as a season, nor is a season joined by "in" or में
    expect(answer('When did prices fall?', 'Prices began to fall in 2009 across the region.', 'en')?.text).toBe('2009');
    expect(answer('मिल कब बंद हुई?', 'मिल 1912 में गर्मी के कारण बंद हुई।', 'hi')?.text).toBe('1912');
  });

  it('does not read a first name or "cold" after a year as its season: 1991 के शीत युद्ध, 1999 में शरद पवार', () => {
    expect(answer('युद्ध कब खत्म हुआ?', '1991 के शीत युद्ध के अंत के बाद सब बदल गया।', 'hi')?.value).not.toHaveProperty('season');
    expect(answer('पार्टी कब बनी?', '1999 में शरद पवार ने नई पार्टी बनाई।', 'hi')?.text).toBe('1999');
  });

  it('takes a year with and without a relation to agree, and opposite relations to differ', () => {
    const question = 'When did the mill close?';
    const after = answer(question, 'The mill closed after 1850.', 'en')!;
    const before = answer(question, 'The mill closed before 1850.', 'en')!;
    const bare = answer(question, 'The mill closed in 1850.', 'en')!;
    expect(sameValue(after, bare)).toBe(true);
    expect(sameValue(after, before)).toBe(false);
    const summer = answer(question, 'The mill closed in the summer of 1850.', 'en')!;
    const winter = answer(question, 'The mill closed in the winter of 1850.', 'en')!;
    expect(sameValue(summer, bare)).toBe(true);
    expect(sameValue(summer, winter)).toBe(false);
  });
});

describe('reading a name', () => {
  it('answers who with no one who only tells of it, unless the question asks who told it or calls the teller by its words', () => {
    const fined = 'The hoarding was put up by Shree Sai Outdoor Media Pvt Ltd. Municipal Commissioner Vivek Thakre said the firm had been fined ₹2 lakh in January.';
    expect(answer('Who owns Shree Sai Outdoor Media?', fined, 'en')).toBeUndefined();
    expect(answer('Who fined the firm?', fined, 'en')).toBeUndefined();
    expect(answer('Who said the firm had been fined?', fined, 'en')?.text).toBe('Municipal Commissioner Vivek Thakre');
    expect(answer('Who put up the hoarding?', fined, 'en')?.text).toBe('Shree Sai Outdoor Media Pvt Ltd');
    const chief = 'भरूच के मुख्य अग्निशमन अधिकारी दिनेश वसावा ने बताया कि ड्रम एक के बाद एक आग की चपेट में आते गए।';
    expect(answer('भरूच के मुख्य अग्निशमन अधिकारी कौन हैं?', chief, 'hi')?.text).toBe('दिनेश वसावा');
  });

  it('answers which X with the name a naming word calls the X by, over the words that only qualify the X', () => {
    const shop = 'Smoke was first seen at a cloth shop named Maa Tara Bastralaya on the eastern side of the market.';
    expect(answer('Which shop did the fire start in?', shop, 'en')?.text).toBe('Maa Tara Bastralaya');
    expect(answer('किस फैक्ट्री में आग लगी?', 'आग श्री गणेश केमिकल्स नाम की एक फैक्ट्री में लगी।', 'hi')?.text).toBe('श्री गणेश केमिकल्स');
    // (its first words may be function words elsewhere: তারা is "they" too)
    const bastralaya = 'রাত ১১টা ৪০ মিনিট নাগাদ বাজারের পূর্ব দিকের মা তারা বস্ত্রালয় নামে একটি কাপড়ের দোকান থেকে প্রথম ধোঁয়া বেরোতে দেখা যায়।';
    expect(answer('আগুন প্রথম কোন দোকান থেকে ছড়ায়?', bastralaya, 'bn')?.text).toBe('মা তারা বস্ত্রালয়');
    // never a name the naming word joins to another noun than the kind asked: the shop's owner, not the shop
    expect(answer('Which shop was robbed?', 'Thieves broke into a shop on Sunday night. The shop owner named Rakesh Sharma filed a complaint.', 'en')).toBeUndefined();
    expect(answer('কোন দোকানে চুরি হয়েছে?', 'দোকানের মালিক বিশ্বনাথ দত্ত নামে এক ব্যক্তি থানায় অভিযোগ করেন।', 'bn')).toBeUndefined();
    // with no name, the words that qualify it
    expect(answer('Which shop did the fire start in?', 'The fire broke out in a cloth shop in the market, police said.', 'en')?.text).toBe('cloth shop');
  });

  it('answers who with a name and the alias it goes by, its quote closed, however seldom the article writes them', () => {
    const leader = "पुलिस के अनुसार गिरोह का सरगना 29 वर्षीय आरिफ उर्फ 'मास्टर' है, जो नए सदस्यों को ठगी की ट्रेनिंग देता था।";
    expect(answer('गिरोह का सरगना कौन है?', leader, 'hi')?.text).toBe("आरिफ उर्फ 'मास्टर'");
    expect(answer('gang ka sargana kon hai', leader, 'hi')?.text).toBe("आरिफ उर्फ 'मास्टर'");
    // in the case a quoted alias takes after its quote
    expect(answer('पुलिस ने किसे गिरफ्तार किया?', "पुलिस ने मनोज उर्फ 'छोटा डॉन' को गिरफ्तार किया।", 'hi')?.text).toBe("मनोज उर्फ 'छोटा डॉन'");
    // an English alias ends the name with its own words: not the place the connector after it joins
    expect(answer('Who led the gang?', 'The gang was led by Vikas alias Bunty Pandit of Meerut. Bunty is absconding.', 'en')?.text).toBe('Vikas alias Bunty Pandit');
  });

  it('qualifies what a which asks about by its name only, not by a word of about before it (পাঁচটা নাগাদ পদ্মা নদীতে)', () => {
    const boat = 'শনিবার বিকেল পাঁচটা নাগাদ পদ্মা নদীতে একটি যাত্রীবাহী ট্রলার উল্টে যায়।';
    expect(answer('which river did the boat sink in', boat, 'bn')?.text).toBe('পদ্মা নদীতে');
  });

  it('answers which group or company by the name the question\'s words give a role, where no kind the lexicon knows names it', () => {
    // not a name a title or a kind of person marks as someone: the minister who spoke of the attack
    expect(answer('Which group was responsible for the attack?', 'Defence Minister Rajnath Singh said those responsible for the attack would be punished.', 'en')).toBeUndefined();
    expect(answer('Which agency is investigating the blast?', 'Union Home Minister Amit Shah said the blast would be investigated thoroughly.', 'en')).toBeUndefined();
    // a past before the head qualifies it; the question's verb after it ends the phrase
    expect(answer('Which flood-affected district received the most rain?', 'Darbhanga district received the most rain, 240 mm in a day.', 'en')?.text).toBe('Darbhanga district');
    const claimed = 'A group calling itself BlackVault has claimed responsibility and posted a sample of 5,000 records.';
    expect(planQuestion('Which group claimed responsibility for the hospital breach?').which.map((u) => u.raw)).toEqual(['group']);
    expect(answer('Which group claimed responsibility for the hospital breach?', claimed, 'en')?.text).toBe('BlackVault');
    expect(answer('Who launched the attack?', 'The attack was launched by ransomware group LockBit last week.', 'en')?.text).toBe('LockBit');
    // (a noun an auxiliary follows is the head, though a past may be spelt so: which tax cut was announced)
    expect(planQuestion('Which tax cut was announced?').which.map((u) => u.raw)).toEqual(['cut', 'tax']);
    expect(planQuestion('Which weather forecast was accurate?').which[0]?.raw).toBe('forecast');
    // an irregular past ends the phrase as one in -ed does: the team that won, the minister who spoke
    expect(planQuestion('Which team won the final?').which.map((u) => u.raw)).toEqual(['team']);
    expect(planQuestion('Which minister spoke at the rally?').which.map((u) => u.raw)).toEqual(['minister']);
    // with the adverbs right before the verb, which are the verb's: the researcher, the team
    expect(planQuestion('What researcher first used the word oxygen?').which.map((u) => u.raw)).toEqual(['researcher']);
    expect(planQuestion('Which team finally won the final?').which.map((u) => u.raw)).toEqual(['team']);
    expect(answer('Which team finally won the final?', 'Royal Challengers won the final against the Titans by five wickets.', 'en')?.text).toBe('Royal Challengers');
    // (but an adjective before the head stays the head's: the first responder)
    expect(planQuestion('Which first responder reached the scene?').which.map((u) => u.raw)).toEqual(['responder', 'first']);
    // and so does a present in -s an article follows, which a plural noun of the phrase would not take
    expect(planQuestion('What principle highlights the significance of primes?').which.map((u) => u.raw)).toEqual(['principle']);
    expect(planQuestion('Which agency monitors the dams?').which.map((u) => u.raw)).toEqual(['agency']);
    expect(planQuestion('Which insurance claims were rejected?').which.map((u) => u.raw)).toEqual(['claims', 'insurance']);
    // (not a plural whose clause follows the article, as Indian English asks without "did")
    expect(planQuestion('Which Indian states the monsoon hit first?').which.map((u) => u.raw)).toEqual(['states', 'Indian']);
    expect(answer('Which Indian states the monsoon hit first?', 'The monsoon hit Kerala and Karnataka first.', 'en')?.text).toBe('Kerala and Karnataka');
    expect(answer('Which team won the final?', 'Royal Challengers won the final against the Titans by five wickets.', 'en')?.text).toBe('Royal Challengers');
    // (never the one it was done against, where the doer is a country the answer gives no name for)
    const final = 'India won the final against Australia by six wickets.';
    expect(answer('Which team won the final?', final, 'en')?.text).not.toBe('Australia');
    expect(answer('Who won the final?', final, 'en')?.text).not.toBe('Australia');
    // a kind of actor written with a capital before a name is the name's title, not a name of its own
    expect(answer('Which minister visited the hospital?', 'Home Minister Amit Shah visited the hospital on Sunday.', 'en')?.text).toBe('Amit Shah');
    expect(answer('Which minister spoke at the rally?', 'Minister Amit Shah spoke at the rally in Patna on Sunday.', 'en')?.text).toBe('Amit Shah');
    // a noun the corpora use is no past: which gunshot wound
    expect(planQuestion('Which gunshot wound killed him?').which[0]?.raw).toBe('wound');
    // the name the passage calls by the kind over the words that only qualify the kind, in quotes too
    const lotus = 'A ransomware group calling itself "BlackLotus" claimed responsibility for the attack on its leak site on Friday.';
    expect(answer('Which group claimed the attack?', lotus, 'en')?.text).toBe('BlackLotus');
    expect(answer('नासिक नगर निगम पर साइबर हमला किस ग्रुप ने किया?', lotus, 'en')?.text).toBe('BlackLotus');
  });

  it('reads a title quoted right after the word of the kind as a sign the passage says which one, as sure as a narrower kind, in any script', () => {
    const sign = (question: string, passage: string, language: Language) => whichStrength(planQuestion(question), { text: analyzeText(passage, language), body: passage, offset: 0, language });
    const hymn = 'The news prompted Luther to write the hymn "Ein neues Lied wir heben an", which is known in English as "A new song we raise".';
    expect(sign('What hymn did Luther write?', hymn, 'en')).toBe(WHICH_NARROWER);
    expect(sign('Which operation did the army launch?', "The army launched the operation 'Sindoor'", 'en')).toBe(WHICH_NARROWER);
    // (an apostrophe inside a word closes no single quote; one after a comma or a stop closes it)
    expect(sign('Which hymn did Luther write?', "The news prompted Luther to write the hymn 'Luther's Lament' in 1523.", 'en')).toBe(WHICH_NARROWER);
    expect(sign('Which slogan did the crowd chant?', 'The crowd chanted the slogan "Jai Hind," and then "Vande Mataram" for an hour.', 'en')).toBe(WHICH_NARROWER);
    expect(sign('लूथर का कौन सा कथन जर्मन में था?', 'लूथर का अंतिम कथन “हम याचक हैं” जो जर्मन में था, बाकी लैटिन में था।', 'hi')).toBe(WHICH_NARROWER);
    expect(sign('লুথারের কোন উক্তি জার্মান ভাষায় ছিল?', 'লুথারের শেষ উক্তি “আমরা ভিক্ষুক”, যা জার্মান ভাষায় ছিল।', 'bn')).toBe(WHICH_NARROWER);
    // a quote a word of the passage's own follows qualifies that word: the "ABC सर्कल" logo is no colour
    expect(answer('लोगो किस रंग का था?', 'इसमें काले और सफेद रंग "ABC सर्कल" लोगो था।', 'hi')?.text ?? '').not.toContain('ABC');
  });

  it('gives no short answer from a quote after the word of the kind: it is as often a word said of it, or set apart', () => {
    expect(answer('Which budget did the Prime Minister praise?', 'The Prime Minister termed the budget "Historic" and said it would help farmers.', 'en')).toBeUndefined();
    expect(answer('What hymn did Luther write?', 'The news prompted Luther to write the hymn "Ein neues Lied wir heben an", which is known in English.', 'en')).toBeUndefined();
    expect(answer('Which attack did the ministry condemn?', 'The ministry called the attack "cowardly" and vowed action.', 'en')).toBeUndefined();
    expect(answer('Which operation was called off?', 'Officials said the operation "would continue" but the operation was called off.', 'en')).toBeUndefined();
    expect(answer('किस पार्टी ने चुनाव जीता?', 'पार्टी "भारी बहुमत" से चुनाव जीती।', 'hi')).toBeUndefined();
    expect(answer('কোন সিদ্ধান্তের সমালোচনা করেছে বিরোধীরা?', 'বিরোধীরা এই সিদ্ধান্ত ‘অগণতান্ত্রিক’।', 'bn')).toBeUndefined();
  });

  it('answers which one of a kind by the name written right after its word, or after its comma at the clause end', () => {
    const blamed = "BIAL chief operating officer Rakesh Venkataraman blamed a faulty update pushed overnight by the system's Hyderabad-based vendor, Ostrava Softlink Pvt Ltd.";
    expect(answer('which BIAL official spoke about the outage', blamed, 'en')?.text).toBe('Rakesh Venkataraman');
    expect(answer('which company was blamed for the outage?', blamed, 'en')?.text).toBe('Ostrava Softlink Pvt Ltd');
    // asked in Bengali: an officer is no company, though police officers are an agency
    expect(answer('বিমানবন্দরের গোলমালের জন্য কোন সংস্থাকে দায়ী করা হয়েছে?', blamed, 'en')?.text).toBe('Ostrava Softlink Pvt Ltd');
    expect(answer('Which minister visited the hospital?', 'On Friday morning state fire minister Subhasish Haldar visited the hospital.', 'en')?.text).toBe('Subhasish Haldar');
    // a kind of thing with a capital, in the name it opens, is the name's own word: the whole name answers
    expect(answer('Which cyclone hit Odisha?', 'Cyclone Fani hit Odisha on May 3, killing 64 people.', 'en')?.text).toBe('Cyclone Fani');
    expect(answer('Which storm hit the coast?', 'On Friday the coast was hit by Tropical Storm Beryl.', 'en')?.text).toBe('Tropical Storm Beryl');
    // (a name of its own of one word: a commission the kind only qualifies is none; nor the word opening the sentence)
    expect(answer('Which university was targeted?', 'University Grants Commission officials said Jadavpur University was targeted.', 'en')?.text ?? '').not.toContain('Commission');
    expect(answer('Which cyclone hit Odisha?', 'When Cyclone Fani hit Odisha in 2019, a million people were moved.', 'en')?.text).toBe('Cyclone Fani');
    // (at the first place the passage writes the kind: a later one inside another name is that name's word)
    expect(answer('Which university won the award?', 'Riverdale University was ranked first by The Sunday Good University Guide and won the award.', 'en')?.text).toBe('Riverdale University');
    // (not a person's name after it: the hospital's director is no hospital)
    expect(answer('Which hospital was attacked?', 'AIIMS Hospital Director Rajesh Malhotra said the hospital was attacked.', 'en')?.text).toBe('AIIMS');
    // a past spelt as its verb ends the phrase too: which ransomware, not which AIIMS
    expect(planQuestion('Which ransomware hit AIIMS?').which.map((u) => u.raw)).toEqual(['ransomware']);
    expect(answer('Which ransomware hit AIIMS?', 'The LockBit ransomware hit AIIMS on Wednesday.', 'en')?.text).toBe('LockBit ransomware');
    // a minister whose title Bengali writes as one word (দমকলমন্ত্রী, fire minister)
    expect(answer('কোন মন্ত্রী হাসপাতালে গিয়েছিলেন?', 'শুক্রবার সকালে ঘটনাস্থলে যান রাজ্যের দমকলমন্ত্রী শুভাশিস হালদার।', 'bn')?.text).toBe('শুভাশিস হালদার');
    // not someone of the X, a title or an office opening their name ("the district Collector Ravi Kumar"), nor a place a
    // marker or a case places (मुंबई से, কলকাতায়), nor the first of a list
    for (const [q, passage] of [
      ['Which district was affected?', 'The district Collector Ravi Kumar ordered schools closed.'],
      ['Which state was hit?', 'The state Chief Minister Mamata Banerjee announced compensation of Rs 2 lakh.'],
      ['Which hospital treated the injured?', 'The hospital Medical Superintendent Dr. Anil Gupta said the injured were stable.'],
      ['Which airline operated the flight?', 'The airline CEO Campbell Wilson said the flight was delayed.'],
      ['Which village was affected?', 'The village Sarpanch Ramesh Yadav said 40 houses collapsed.'],
    ] as const)
      expect(answer(q, passage, 'en'), q).toBeUndefined();
    expect(answer('किस मंत्री ने इस्तीफा दिया?', 'मंत्री मुंबई से लौटने के बाद इस्तीफा दे दिया।', 'hi')).toBeUndefined();
    expect(answer('কোন মন্ত্রী পদত্যাগ করেছেন?', 'মন্ত্রী কলকাতায় পদত্যাগ করেছেন বলে জানা গেছে।', 'bn')).toBeUndefined();
    expect(answer('Which company was hacked?', 'The company Infosys and Wipro both reported outages.', 'en')?.text).toBe('Infosys and Wipro');
    // not a place after its marker, nor the name a word of the kind is itself part of
    expect(answer('किस नेटवर्क ने सबसे ज्यादा दर्शक पाए?', 'तीन प्रमुख नेटवर्क U.S. में सबसे ज्यादा दर्शक पाते थे।', 'hi')?.text).not.toBe('U.S');
    expect(answer('What storm hit the city hardest?', 'The city was hit hardest by Tropical Storm Beryl in 2012.', 'en')?.text).not.toBe('Beryl');
  });

  it('answers what the name of someone is as who they are, in every language', () => {
    const ceo = 'Hospital CEO Dr Kavitha Rao said patient care was not affected.';
    for (const q of ["what was the hospital ceo's name", 'what is the name of the hospital CEO', 'who is the CEO of the hospital']) {
      expect(planQuestion(q).type, q).toBe('person');
      expect(answer(q, ceo, 'en')?.text, q).toBe('Dr Kavitha Rao');
    }
    // the chief medical officer (CMO, मुख्य चिकित्सा अधिकारी) is an office: the name after it, past Dr, is who holds it
    const cmo = 'मुख्य चिकित्सा अधिकारी डॉ. आलोक रंजन श्रीवास्तव ने कहा कि घबराने की जरूरत नहीं है।';
    expect(answer('who is the CMO of kanpur', cmo, 'hi')?.text).toBe('आलोक रंजन श्रीवास्तव');
    const dm = 'जिलाधिकारी हिमांशु खुराना ने बताया कि एक होटल नष्ट हो गया।';
    expect(answer('जिलाधिकारी का नाम क्या है?', dm, 'hi')?.text).toBe('हिमांशु खुराना');
    // a name may qualify the one asked about ("the Sunrise CEO's name"), and a query with no question word may end
    // in the word of name, its bearer written right before it as people type ("hospital ceo name?")
    const sunrise = 'The Sunrise CEO, Dr Kavitha Rao, said patient care was not affected.';
    for (const [q, passage] of [["What is the Sunrise CEO's name?", sunrise], ['sunrise ceo name?', sunrise], ['hospital ceo name?', ceo]] as const) {
      expect(planQuestion(q).type, q).toBe('person');
      expect(answer(q, passage, 'en')?.text, q).toBe('Dr Kavitha Rao');
    }
    // the name of a thing is still asked as a thing
    expect(planQuestion('what is the name of the ransomware?').type).toBe('thing');
    expect(planQuestion('ransomware name?').type).toBe('thing');
    // a judicial magistrate holds another office than the district magistrate
    expect(answer('जिलाधिकारी कौन है?', 'आरोपियों को न्यायिक मजिस्ट्रेट अनिल कुमार की अदालत में पेश किया गया।', 'hi')).toBeUndefined();
  });

  it('reads what a name is from its head, its last word: a team named after a place is no place', () => {
    expect(answer('Who won the cup?', 'After extra time the New Delhi Strikers won the cup.', 'en')?.text).toBe('New Delhi Strikers');
    expect(answer('फाइनल में किसे हराया गया?', 'फाइनल में टीम ने कल रात न्यू दिल्ली स्ट्राइकर्स को हराया।', 'hi')?.text).toBe('न्यू दिल्ली स्ट्राइकर्स');
    // the place itself is still a place, and so is a name whose last word is one
    expect(answer('Where did the team play?', 'The team played in New Delhi last week.', 'en')?.value).toEqual({ kind: 'name', ids: ['delhi'] });
    expect(answer('Who built the port?', 'The port on the Bay of Delhi was built by engineers.', 'en')?.text).not.toBe('Bay of Delhi');
  });

  it('gives the named actor, not one the question already names', () => {
    const a = answer('Who is investigating the AIIMS hack?', 'The hack at AIIMS is being investigated by Delhi Police, officials said.', 'en');
    expect(a?.text).toBe('Delhi Police');
    expect(a?.value).toEqual({ kind: 'name', ids: ['delhi-police'] });
  });

  it('reads a name as the one it is written as when its stem is shared: चीनी is Chinese, चीन China, not both', () => {
    const chinese = answer('Who were the hackers?', 'पुलिस के मुताबिक अस्पताल के सर्वर पर चीनी हैकर्स की तरफ से हमला किया गया।', 'hi');
    expect(chinese).toMatchObject({ text: 'चीनी', normalized: 'Chinese', value: { kind: 'name', ids: ['chinese'] } });
  });

  it('takes no name a word of telling follows for the doer, after "by" or in apposition', () => {
    expect(answer('Who attacked the police?', 'The police team was attacked by angry villagers, Ramesh and Suresh said.', 'en')).toBeUndefined();
    expect(answer('Who attacked the police?', 'The police team was attacked by angry villagers Ramesh and Suresh said.', 'en')).toBeUndefined();
    // the doer after "by" still is one, and the teller answers who said it
    expect(answer('Who attacked the police?', 'The police were attacked by Ramesh Yadav and Suresh Kumar on Monday, officials said.', 'en')?.text).toBe('Ramesh Yadav and Suresh Kumar');
    expect(answer('Who said the police were attacked?', 'The police team was attacked by angry villagers, Ramesh and Suresh said.', 'en')?.text).toBe('Ramesh and Suresh');
    // only a word of telling that tags what came before: the subject telling what follows may be the one asked
    expect(answer('Who is the AIIMS director?', 'The AIIMS director, Dr Randeep Guleria said the servers were restored.', 'en')?.text).toBe('Dr Randeep Guleria');
    expect(answer('Who was the pilot?', 'The pilot, Captain Deepak Sathe said the runway was wet.', 'en')?.text).toBe('Captain Deepak Sathe');
    expect(answer('Who survived the crash?', 'The lone survivor of the crash, Vishwash Kumar Ramesh told reporters he jumped out.', 'en')?.text).toBe('Vishwash Kumar Ramesh');
    expect(answer('Who rescued the children?', 'Local fishermen rescued the children, SDM Anil Rao told reporters.', 'en')).toBeUndefined();
    // a name a word of telling follows is that telling's subject, no doer after "by"
    expect(answer('Who duped the victims?', 'The victims were duped by cyber fraudsters Jharkhand Police said were from Jamtara.', 'en')).toBeUndefined();
    expect(answer('Who spotted the leak?', 'The leak was spotted by security researcher Rajshekhar Rajaharia last week.', 'en')?.text).toBe('Rajshekhar Rajaharia');
    // nor is a name the lexicon knows as an actor the doer when it only tells of it
    expect(answer('Who carried out the attack?', 'The attack was carried out by hackers linked to China, Delhi Police said.', 'en')).toBeUndefined();
  });

  it('takes the doer after "by the", and the question\'s words before the "by" past the function words between', () => {
    // (but not past another "by": the truck hit the bus, its owner did not)
    expect(answer('Who hit the bus?', 'The bus was hit by a truck owned by Ramesh Transport.', 'en')).toBeUndefined();
    // (the name with the kind the source says it is of, as "Delhi Police")
    expect(answer('Who carried out the attack?', 'The attack was carried out by the Lazarus group.', 'en')?.text).toBe('Lazarus group');
    expect(answer('Who carried out the raid?', 'The raid was carried out by the Enforcement Directorate.', 'en')?.text).toBe('Enforcement Directorate');
    expect(answer('Who attacked the hospital?', 'The hospital was attacked on Monday by the Lazarus group.', 'en')?.text).toBe('Lazarus group');
  });

  it('reads the kind written after a name as the lexicon names it, when the question does not name it', () => {
    // (the question names no hackers, so the answer says what kind they were)
    const who = answer('Who hacked the hospital?', 'पुलिस के मुताबिक अस्पताल के सर्वर पर चीनी हैकर्स की तरफ से हमला किया गया।', 'hi');
    expect(who).toMatchObject({ text: 'चीनी हैकर्स', normalized: 'Chinese hacker', value: { kind: 'name', ids: ['chinese', 'hacker'] } });
  });

  it('does not take a kind the question reaches only by a broader sense of its words as named by it', () => {
    // (an attacker may be a hacker, but "who attacked" does not say hackers: the answer still names them)
    const passage = 'सूत्रों के मुताबिक एम्स के सर्वर पर चीनी हैकर्स की तरफ से हमला किया जा रहा है।';
    for (const q of ['Who attacked AIIMS?', 'एम्स पर हमला किसने किया?']) expect(answer(q, passage, 'hi'), q).toMatchObject({ text: 'चीनी हैकर्स', normalized: 'Chinese hacker' });
  });
});

describe('who underwent it, named in apposition; and no word a number designates', () => {
  it('reads a name set off by commas before a passive as its subject, and never as one in the active voice', () => {
    const arrested = "Mandi SP Vikram Thakur said the company's operations manager, Sandeep Katoch, had been arrested under Section 106 of the Bharatiya Nyaya Sanhita for causing death by negligence.";
    expect(answer('who got arrested for the ropeway accident', arrested, 'en')?.text).toBe('Sandeep Katoch');
    expect(answer('who was arrested?', "Thakur said the company's manager, Sandeep Katoch, had been arrested on Friday.", 'en')?.text).toBe('Sandeep Katoch');
    expect(answer('who was arrested?', 'The manager, Sandeep Katoch, arrested two workers.', 'en')).toBeUndefined();
  });

  it('takes no capitalized word a number follows as a person: "Section 106", "Gate 4"', () => {
    expect(answer('who was arrested?', 'The owner was arrested under Section 106 of the BNS.', 'en')).toBeUndefined();
    expect(answer('who was injured?', 'A guard was injured near Gate 4 of the stadium.', 'en')).toBeUndefined();
    expect(answer('Who was arrested?', 'The accused was arrested from Phase 2 market on Monday.', 'en')).toBeUndefined();
    // a number that counts or measures something after the name says nothing of it
    expect(answer('Who was arrested?', 'Police arrested Sonu 2 hours after the murder.', 'en')?.text).toBe('Sonu');
    // and a passage ending right after what the question asks reads no word past its end
    expect(answer('Who was arrested?', 'The accused was booked under Section 420 IPC and later arrested.', 'en')).toBeUndefined();
    expect(answer('Who was detained?', 'Police detained Ramesh 4 km away from the spot.', 'en')?.text).toBe('Ramesh');
  });

  it('asks who someone is with the be-form written onto the question word: whos, who\'s', () => {
    const dc = 'Deputy Commissioner Ritika Negi said 41 people had been rescued.';
    expect(answer('whos the DC of mandi', dc, 'en')?.text).toBe('Ritika Negi');
    expect(answer("who's the deputy commissioner?", dc, 'en')?.text).toBe('Ritika Negi');
    expect(answer('who is the DM of sitapur', 'जिलाधिकारी अनुज कुमार सिंह बुधवार रात करीब 10 बजे जिला अस्पताल पहुंचे।', 'hi')?.text).toBe('अनुज कुमार सिंह');
  });
});

describe('a which question answered by a number that designates the thing', () => {
  it('gives X with its designation word and number (प्लेटफॉर्म नंबर चार, ৪ নম্বর প্ল্যাটফর্ম) over a qualifier before X', () => {
    const hi = 'पटना जंक्शन के प्लेटफॉर्म नंबर चार पर रविवार शाम मची भगदड़ में सात यात्रियों की मौत हो गई।';
    expect(answer('भगदड़ किस प्लेटफॉर्म पर हुई?', hi, 'hi')?.text).toBe('प्लेटफॉर्म नंबर चार');
    expect(answer('Which platform did the stampede happen on?', hi, 'hi')?.text).toBe('प्लेटफॉर्म नंबर चार');
    // Bengali writes the number and the word before X
    expect(answer('কোন প্ল্যাটফর্মে?', 'হাওড়া স্টেশনের ৪ নম্বর প্ল্যাটফর্মে দুজনের মৃত্যু হয়েছে।', 'bn')?.text).toBe('৪ নম্বর প্ল্যাটফর্মে');
    // number one is first in a ranking, not which one
    expect(answer('কোন দল জিতেছে?', 'র‍্যাঙ্কিংয়ে ১ নম্বর দল ভারত ম্যাচ জিতেছে।', 'bn')?.text).not.toBe('১ নম্বর দল');
  });
});

describe('a question that asks the number that designates a thing (helpline number, बस का नंबर)', () => {
  const hi = 'डेंगू से जुड़ी जानकारी के लिए स्वास्थ्य विभाग ने हेल्पलाइन नंबर 0512-2333810 जारी किया है, जो सुबह 8 बजे से रात 10 बजे तक चालू रहेगा।';

  it('asks which thing by its number, in any language, with or without a question word', () => {
    for (const q of ['डेंगू हेल्पलाइन नंबर क्या है', 'what is the helpline number', 'helpline number?', 'হেল্পলাইন নম্বর কত?', 'helpline number kya hai', 'बस का नंबर क्या था']) {
      const plan = planQuestion(q);
      expect(plan.type, q).toBe('thing');
      expect(plan.designated?.raw, q).toBe(plan.which[0]?.raw);
      expect(plan.which, q).toHaveLength(1);
    }
    // a count of things (the number of dead; how many helplines) asks no designation, nor a number alone
    expect(planQuestion('what is the number of deaths').designated).toBeUndefined();
    expect(planQuestion('how many helpline numbers were set up').designated).toBeUndefined();
    expect(planQuestion('मृतकों की संख्या क्या है').designated).toBeUndefined();
    expect(planQuestion('What number did he wear?').designated).toBeUndefined();
  });

  it('gives the code written after the designation noun, whole: digits in hyphened groups, registration letters', () => {
    for (const q of ['डेंगू हेल्पलाइन नंबर क्या है', 'what is the helpline number', 'হেল্পলাইন নম্বর কত?', 'helpline number kya hai']) {
      expect(answer(q, hi, 'hi')?.text, q).toBe('0512-2333810');
    }
    expect(answer('what is the helpline number for families', 'The district administration has set up a helpline number 1800-180-1104 for families of the passengers.', 'en')?.text).toBe('1800-180-1104');
    expect(answer('বাসের নম্বর কত ছিল?', 'দুর্ঘটনাগ্রস্ত বাসের নম্বর WB 41 1234 বলে জানা গিয়েছে।', 'bn')?.text).toBe('WB 41 1234');
    expect(answer('बस का नंबर क्या था', 'हादसे का शिकार बस का नंबर UP32 AB 4567 था।', 'hi')?.text).toBe('UP32 AB 4567');
    // past a colon or a copula, with the noun's own ending, groups of digits a space apart
    expect(answer('হেল্পলাইন নম্বর কত?', 'প্রশাসনের হেল্পলাইন নম্বর হল ১০৭০।', 'bn')?.text).toBe('১০৭০');
    expect(answer('হেল্পলাইন নম্বর কত?', 'হেল্পলাইন নম্বরটি হলো ১০৭০।', 'bn')?.text).toBe('১০৭০');
    expect(answer('हेल्पलाइन नंबर क्या है', 'प्रशासन ने हेल्पलाइन नंबर: 1070 जारी किया।', 'hi')?.text).toBe('1070');
    expect(answer('what is the helpline number?', 'The helpline number is 1800-180-1104.', 'en')?.text).toBe('1800-180-1104');
    expect(answer('what is the helpline number?', 'The helpline number 1800 11 4000 will be functional round the clock.', 'en')?.text).toBe('1800 11 4000');
    // not a number glued to letters ("1077 24x7", "a 24x7 helpline number"), one a unit or a year word follows,
    // nor a count before the thing
    expect(answer('what is the helpline number?', 'Residents can dial helpline number 1077 24x7 for help.', 'en')?.text).toBe('1077');
    expect(answer('what is the helpline number?', 'The helpline number is 24x7 and free.', 'en')).toBeUndefined();
    expect(answer('হেল্পলাইন নম্বর কত?', 'হেল্পলাইন নম্বরটি হলো ২৪ ঘণ্টা খোলা থাকবে।', 'bn')).toBeUndefined();
    expect(answer('হেল্পলাইন নম্বর কত?', 'হেল্পলাইন নম্বর হল ২০২২ সালে চালু হওয়া একটি পরিষেবা।', 'bn')).toBeUndefined();
    expect(answer('हेल्पलाइन नंबर क्या है', 'सरकार ने 3 हेल्पलाइन नंबर जारी किए हैं।', 'hi')).toBeUndefined();
  });

  it('gives nothing where no code follows the thing and its designation noun: no other number of the passage', () => {
    expect(answer('डेंगू हेल्पलाइन नंबर क्या है', 'हेल्पलाइन सुबह 8 बजे से रात 10 बजे तक चालू रहेगी और 412 नए मरीज मिले हैं।', 'hi')).toBeUndefined();
    expect(answer('what is the helpline number', 'A helpline was set up; 1,200 calls came in on the first day.', 'en')).toBeUndefined();
  });
});

describe('a name a naming phrase gives', () => {
  it('answers in the case of the noun it names: ओरवेन नाम के एक सैनिक ने gives ओरवेन, not the soldier', () => {
    const a = answer('पहाड़ी घाटी में सेना का नेतृत्व किसने किया?', 'ओरवेन नाम के एक सैनिक ने पहाड़ी घाटी में सेना का नेतृत्व किया।', 'hi');
    expect(a?.text).toBe('ओरवेन');
    expect(answer('पहाड़ी घाटी में सेना का नेतृत्व किसने किया?', 'तेलमार नामक एक सैनिक ने पहाड़ी घाटी में सेना का नेतृत्व किया।', 'hi')?.text).toBe('तेलमार');
  });
});

describe('short answers of the asked type only (issue 14)', () => {
  it('reads "20 out of 50" and "৫০টির মধ্যে ২০টি" as 20 of 50', () => {
    const english = answer('How many servers were scanned?', 'So far 20 out of 50 servers have been scanned.', 'en');
    expect(english?.value).toEqual({ kind: 'count', n: 20 });
    expect(english?.normalized).toBe('20 of 50');
    const bengali = answer('কতগুলো সার্ভার স্ক্যান হয়েছে?', '৫০টির মধ্যে ২০টি সার্ভার স্ক্যান করা হয়েছে।', 'bn');
    expect(bengali?.value).toEqual({ kind: 'count', n: 20 });
    expect(bengali?.normalized).toBe('20 of 50');
  });

  it('answers "which X" with the words that qualify X, never with a word that only says "of the kind"', () => {
    expect(answer('কোন তথ্য চুরি হয়েছে?', 'আসলে যে ধরনের তথ্য হাতানোর চেষ্টা করা হচ্ছিল, তা খুবই সেনসিটিভ।', 'bn')).toBeUndefined();
    expect(answer('What data was stolen?', 'The attackers stole patient data from the hospital.', 'en')?.text).toBe('patient data');
  });

  it('gives no "which X" answer where a question word asks about X in the passage (তবে ঠিক কী দাবি, তা স্পষ্ট হয়নি)', () => {
    expect(answer('হ্যাকাররা কী দাবি করেছে?', 'তবে ঠিক কী দাবি, তা স্পষ্ট হয়নি।', 'bn')).toBeUndefined();
    expect(answer('What demand did the hackers make?', 'It is not yet clear what demand the hackers made.', 'en')).toBeUndefined();
    // a word that qualifies X still answers
    expect(answer('What demand did the hackers make?', 'The hackers made a ransom demand on Monday.', 'en')?.text).toBe('ransom demand');
  });

  it('answers "what percentage" with a share, before any other number of the passage', () => {
    expect(planQuestion('What percentage of the servers were hacked?').type).toBe('count');
    const passage = 'Of the 1,200 servers checked since 2019, 40% were hacked.';
    expect(answer('What percentage of the servers were hacked?', passage, 'en')?.value).toEqual({ kind: 'count', n: 40 });
    expect(answer('सर्वरों का कितना प्रतिशत हैक हुआ?', '2019 से जांचे गए 1,200 सर्वरों में से 40 प्रतिशत हैक हुए।', 'hi')?.value).toEqual({ kind: 'count', n: 40 });
    // a share as written, its sign with it and nothing after it; and no number that is not one
    expect(answer('What percentage of the servers were hacked?', passage, 'en')).toMatchObject({ text: '40%', normalized: '40%' });
    expect(answer('কত শতাংশ সার্ভার হ্যাক হয়েছে?', 'মোট সার্ভারের ৪০% হ্যাক হয়েছে।', 'bn')).toMatchObject({ text: '৪০%', normalized: '40%' });
    expect(answer('What percentage of the servers were hacked?', 'Of the 1,200 servers checked since 2019, 480 were hacked.', 'en')).toBeUndefined();
    expect(answer('What percentage of votes did the party win?', 'The party won 37.4 per cent of the votes in 2019.', 'en')).toMatchObject({ text: '37.4 per cent', normalized: '37.4%' });
    expect(answer('What percentage of votes did the party win?', 'The party won 30 to 40 per cent of the votes.', 'en')).toMatchObject({ text: '30 to 40 per cent', normalized: '30–40%' });
  });

  it('ends what a which asks about before the verb that ends its clause, where the verb comes last', () => {
    expect(planQuestion('নাসিক পুরসভার কোন কর্মী ফিশিং ইমেল খুলেছিলেন, তাঁর নাম কী?').which.map((u) => u.raw)).not.toContain('খুলেছিলেন');
    expect(planQuestion('হ্যাকারদের কোন ইমেল ঠিকানা পাওয়া গেছে?').which.map((u) => u.raw)).toEqual(['ঠিকানা', 'ইমেল']);
  });

  it('asks "what kind of X" about X, and gives no kind of X the passage denies, nor a count of X', () => {
    for (const [q, x] of [['What type of servers were hit?', 'servers'], ['what kind of data was stolen', 'data'], ['Which type of attack was it?', 'attack'], ['কী ধরনের তথ্য চুরি হয়েছে?', 'তথ্য']] as const)
      expect(planQuestion(q).which[0]?.raw, q).toBe(x);
    // (the kind word alone, with nothing after it, is still what is asked about)
    expect(planQuestion('What type was it?').which.map((u) => u.raw)).toEqual(['type']);
    expect(answer('What type of servers were hit?', 'The attack hit the billing servers on Sunday.', 'en')?.text).toBe('billing servers');
    // not the kind of the manner words (बुरी तरह: badly), nor data that was not stolen, nor a number of servers
    expect(answer('What type of servers were hit?', 'हमले से अस्पताल का कामकाज बुरी तरह प्रभावित हुआ और सर्वर ठप हो गए।', 'hi')).toBeUndefined();
    expect(answer('What kind of data was stolen?', 'The company said no customer data had been stolen.', 'en')).toBeUndefined();
    // a denial before a list denies each item of it; one elsewhere in the clause denies nothing of X
    expect(answer('What data was stolen?', 'No passwords or payment data were compromised, the company said.', 'en')).toBeUndefined();
    for (const p of ['Police have not identified the attackers who stole patient data from the hospital.', 'No one was hurt but the hackers stole patient data.', 'There were no firewalls and patient data was stolen.'])
      expect(answer('What data was stolen?', p, 'en')?.text, p).toBe('patient data');
    expect(answer('Which servers were encrypted?', "The attack encrypted three of the utility's twelve servers.", 'en')).toBeUndefined();
    // a postposition made with a genitive ends the qualifier: "according to sources" says not which servers; the
    // same word qualifying X does not (the back door), nor does a number joined into a word, in a name or "one"
    expect(answer('Which servers were attacked?', 'सूत्रों के मुताबिक एम्स के सर्वर पर हमला किया गया।', 'hi')?.text).toBe('एम्स के सर्वर');
    expect(answer('Which door was broken?', 'चोरों ने पीछे के दरवाजे को तोड़ा।', 'hi')?.text).toBe('पीछे के दरवाजे');
    expect(answer('Which hotel was attacked?', 'Hackers attacked a five-star hotel in Delhi.', 'en')?.text).toBe('five-star hotel');
    expect(answer('Which company was attacked?', 'Hackers attacked the Three Rivers Power company.', 'en')?.text).toBe('Three Rivers Power company');
    expect(answer('কোন চক্র হামলা করেছে?', 'বিদেশের একটি চক্র হামলা করেছে।', 'bn')?.text).toBe('বিদেশের একটি চক্র');
    // a Bengali postposition, its genitive written onto the word before or none; a count opening a sentence; "one" after a subject
    expect(answer('কোন সার্ভারে হামলা হয়েছে?', 'সূত্র অনুযায়ী এইমসের সার্ভারে হামলা হয়েছে।', 'bn')?.text).toBe('এইমসের সার্ভারে');
    expect(answer('Which servers were shut?', 'ঝড়ের কারণে মেট্রোর সার্ভার বন্ধ ছিল।', 'bn')?.text).toBe('মেট্রোর সার্ভার');
    expect(answer('Which servers were hit?', 'Two servers at the bank were hit.', 'en')).toBeUndefined();
    expect(answer('Which company was attacked?', 'Three Rivers Power company was attacked on Monday.', 'en')?.text).toBe('Three Rivers Power company');
    expect(answer('Which servers were hit?', 'Two AIIMS servers were hit on Monday.', 'en')?.text).toBe('AIIMS servers');
    expect(answer('Which hospital was hit?', 'Seven Hills Hospital in Mumbai was hit by ransomware.', 'en')?.text).toBe('Seven Hills Hospital');
    expect(answer('Which hospitals were attacked?', 'Two Delhi hospitals were attacked on Monday.', 'en')?.text).toBe('Delhi hospitals');
    expect(answer('কোন কমিটি গঠন করেছে?', 'রাজ্য সরকার একটি কমিটি গঠন করেছে।', 'bn')).toBeUndefined();
    expect(answer('কোন সার্ভার হ্যাক হয়েছে?', 'হ্যাকাররা একটি সার্ভার হ্যাক করেছে।', 'bn')).toBeUndefined();
    // a kind asked about alone, read word by word as a romanized question is, names nothing to qualify
    expect(answer('kis prakar ke server hit hue', 'हमले से अस्पताल का कामकाज बुरी तरह प्रभावित हुआ।', 'hi')).toBeUndefined();
  });

  it('answers "which X" from the first place the passage writes X: a later X, even one a name qualifies, is most often another X', () => {
    expect(answer('Which district was flooded?', 'The coastal district was flooded, and Rampur District too.', 'en')?.text).toBe('coastal district');
    // the winner is the subject; the named team is the one beaten (and a later sentence may name another X still)
    expect(answer('Which team won the match?', 'The team beat the Chennai team by five wickets.', 'en')).toBeUndefined();
    expect(answer('Which hospital was attacked?', 'The hospital was attacked and patients were moved to Apollo Hospital.', 'en')).toBeUndefined();
    expect(answer('किस जिले में बाढ़ आई?', 'जिले में बाढ़ आई और मरीजों को लखनऊ जिले के अस्पताल भेजा गया।', 'hi')).toBeUndefined();
  });

  it('reads the which-phrase after a two-word question phrase as after one word (कौन सा सर्वर as कौनसा सर्वर), not after one that asks a count or a place', () => {
    expect(planQuestion('कौन सा सर्वर हैक हुआ?').which.map((u) => u.raw)).toEqual(['सर्वर']);
    expect(planQuestion('कौन से मंत्री अस्पताल गए?').which.map((u) => u.raw)).toEqual(['मंत्री']);
    const hacked = 'हैकरों ने एम्स का ई-हॉस्पिटल सर्वर हैक किया।';
    expect(answer('कौन सा सर्वर हैक हुआ?', hacked, 'hi')?.text).toBe(answer('कौनसा सर्वर हैक हुआ?', hacked, 'hi')?.text);
    expect(answer('कौन सा सर्वर हैक हुआ?', hacked, 'hi')?.text).toBe('एम्स का ई-हॉस्पिटल सर्वर');
    expect(planQuestion('कितना समय बचा था?').which).toEqual([]);
    // (more words after it may be a compound or run on into the verb's object: which party, not the election)
    expect(planQuestion('कौन सी पार्टी चुनाव जीती?').which).toEqual([]);
    expect(answer('कौन सी पार्टी चुनाव जीती?', 'विधानसभा चुनाव में भारतीय जनता पार्टी ने 120 सीटें जीतीं।', 'hi')?.text).not.toBe('विधानसभा चुनाव');
    expect(planQuestion('वे कहाँ से आए थे?').which).toEqual([]);
  });

  it('asks what was done, not which X, where a word that makes a verb follows the one word after क्या, কী (क्या परोसा गया, as "what was served"): the phrase a marker begins before the verb answers', () => {
    expect(planQuestion('बच्चों को क्या परोसा गया था?')).toMatchObject({ whichIsVerb: true, asksDone: true });
    expect(planQuestion('पुलिस ने क्या बरामद किया?')).toMatchObject({ whichIsVerb: true, asksDone: true });
    expect(planQuestion('কী উদ্ধার করা হয়েছে?')).toMatchObject({ whichIsVerb: true, asksDone: true });
    expect(planQuestion('পুলিশ কী উদ্ধার করেছে?')).toMatchObject({ whichIsVerb: true, asksDone: true });
    // the words a case marker, a postposition, an adverb or a word of time begins; with the verb's word where a
    // word that makes a verb of it follows, as it may as well be a noun they qualify (सख्त कार्रवाई की), not where
    // it is the verb (परोसी गई); the doer a passive or a doer's marker sets apart, the question's where it names one
    expect(answer('बच्चों को क्या परोसा गया?', 'बच्चों को दोपहर में खिचड़ी परोसी गई थी।', 'hi')?.text).toBe('खिचड़ी');
    expect(answer('কী উদ্ধার করা হয়েছে?', 'ঘটনাস্থল থেকে দুটি মোবাইল ফোন উদ্ধার করা হয়েছে।', 'bn')?.text).toBe('দুটি মোবাইল ফোন উদ্ধার');
    expect(answer('पुलिस ने क्या बरामद किया?', 'पुलिस ने आरोपी के पास से देसी पिस्तौल बरामद की।', 'hi')?.text).toBe('देसी पिस्तौल बरामद');
    expect(answer('पुलिस ने क्या बरामद किया?', 'पुलिस ने फिर अवैध शराब बरामद की।', 'hi')?.text).toBe('अवैध शराब बरामद');
    expect(answer('पुलिस ने क्या बरामद किया?', 'पुलिस ने छापा मारकर हथियार बरामद किए।', 'hi')?.text).toBe('हथियार बरामद');
    expect(answer('पुलिस ने क्या बरामद किया?', 'पुलिस द्वारा कार से अवैध शराब बरामद की गई।', 'hi')?.text).toBe('अवैध शराब बरामद');
    expect(answer('पुलिस ने क्या शुरू किया?', 'पुलिस ने उसी दिन जांच शुरू की और दो लोगों को हिरासत में लिया।', 'hi')?.text).toBe('जांच शुरू');
    expect(answer('सरकार ने क्या फैसला किया?', 'सरकार ने किसानों के लिए बड़ा फैसला किया।', 'hi')?.text).toBe('बड़ा फैसला');
    expect(answer('पुलिस ने क्या कार्रवाई की?', 'पुलिस ने आरोपियों के खिलाफ सख्त कार्रवाई की।', 'hi')?.text).toBe('सख्त कार्रवाई');
    expect(answer('দিল্লি পুলিশ কী উদ্ধার করেছে?', 'দিল্লি পুলিশ দ্বারা দুটি পিস্তল উদ্ধার করা হয়েছে।', 'bn')?.text).toBe('দুটি পিস্তল উদ্ধার');
    // (a Bengali locative before a count begins it; a noun ending as a denied verb does, পানি, is no denial)
    expect(answer('কী উদ্ধার করা হয়েছে?', 'স্থানীয়দের সহায়তায় দুটি লাশ উদ্ধার করা হয়েছে।', 'bn')?.text).toBe('দুটি লাশ উদ্ধার');
    expect(answer('কী উদ্ধার করা হয়েছে?', 'পানি থেকে দুটি মোবাইল ফোন উদ্ধার করা হয়েছে।', 'bn')?.text).toBe('দুটি মোবাইল ফোন উদ্ধার');
    // a future of करना that is a content word of its own makes the verb as किया does, so both tenses read alike
    expect(planQuestion('अस्पताल क्या शुरू करेगा?')).toMatchObject({ whichIsVerb: true, asksDone: true, asksFuture: true });
    expect(answer('सरकार क्या शुरू करेगी?', 'सरकार द्वारा अगले महीने नई योजना शुरू की जाएगी।', 'hi')?.text).toBe('नई योजना शुरू');
    expect(planQuestion('सरकार क्या करेगी?')).toMatchObject({ whichIsVerb: false, asksDone: false });
    // the doer a question names: all its words, not a word of time or place before it
    expect(planQuestion('सेना के जवानों ने क्या बरामद किया?').doer.map((u) => u.raw)).toEqual(['सेना', 'जवानों']);
    expect(planQuestion('সোমবার পুলিশ কী উদ্ধার করেছে?').doer.map((u) => u.raw)).toEqual(['পুলিশ']);
    expect(planQuestion('बच्चों को क्या परोसा गया?').doer).toEqual([]);
    // with the currency sign or the opening quote right before the phrase; a decimal is no time that ends it
    expect(answer('पुलिस ने क्या बरामद किया?', 'पुलिस ने आरोपी के घर से ₹5 लाख नकद बरामद किए।', 'hi')?.text).toBe('₹5 लाख नकद बरामद');
    expect(answer('पुलिस ने क्या बरामद किया?', 'पुलिस ने आरोपी के घर से ₹ 5 लाख  नकद बरामद किए।', 'hi')?.text).toBe('₹5 लाख नकद बरामद');
    expect(answer('सरकार ने क्या शुरू किया?', 'सरकार ने 2014 में "स्वच्छ भारत" अभियान शुरू किया।', 'hi')?.text).toBe('"स्वच्छ भारत" अभियान शुरू');
    expect(answer('बैंक ने क्या कम किया?', 'बैंक ने बुधवार को ब्याज दर 0.25 प्रतिशत कम की।', 'hi')?.text).toBe('ब्याज दर 0.25 प्रतिशत कम');
  });

  it('gives what was done no short answer where the words before the verb may hold its doer, a list\'s last item only, or a thing not done (the reviews\' cases)', () => {
    const none = (question: string, passage: string, language: Language) => expect(answer(question, passage, language)).toBeUndefined();
    // a subject needs no marker: with none and no passive, the doer and the object may stand together before the verb
    none('পুলিশ কী উদ্ধার করেছে?', 'পুলিশ সুপার দুটি পিস্তল উদ্ধার করেছেন।', 'bn');
    none('পুলিশ কী উদ্ধার করেছে?', 'পুলিশ সদস্যদের সামনে র‍্যাব দুটি পিস্তল উদ্ধার করেছে।', 'bn');
    none('প্রধানমন্ত্রী কী উদ্বোধন করেছেন?', 'প্রধানমন্ত্রী শেখ হাসিনা পদ্মা সেতু উদ্বোধন করেছেন।', 'bn');
    none('সরকার কী চালু করবে?', 'সরকার আগামী মাসে নতুন প্রকল্প চালু করবে।', 'bn');
    none('কী উদ্ধার করা হয়েছে?', 'সোমবার পুলিশ দুটি ফোন উদ্ধার করেছে।', 'bn');
    none('কী উদ্ধার করা হয়েছে?', 'ঘটনাস্থল থেকে পুলিশ দুটি ফোন উদ্ধার করেছে।', 'bn');
    none('পুলিশ কী উদ্ধার করেছে?', 'এ ঘটনায় কর্মকর্তারা দুটি ফোন উদ্ধার করেছেন।', 'bn');
    none('হাসপাতাল কী শুরু করবে?', 'আগামী মাসে কর্তৃপক্ষ ডিজিটাল সেবা শুরু করবে।', 'bn');
    none('सरकार क्या लागू करेगी?', 'अगले साल से केंद्र नई नीति लागू करेगा।', 'hi');
    none('কী শুরু করা হয়েছে?', 'সরকার তদন্ত শুরু করেছে।', 'bn');
    // a doer the question does not name, or names with other words
    none('सरकार ने क्या शुरू किया?', 'विपक्ष ने सरकार के खिलाफ आंदोलन शुरू किया।', 'hi');
    none('दिल्ली पुलिस ने क्या बरामद किया?', 'मुंबई पुलिस ने आरोपी के पास से पिस्तौल बरामद की।', 'hi');
    none('सेना के जवानों ने क्या बरामद किया?', 'बीएसएफ के जवानों ने सीमा पर हथियार बरामद किए।', 'hi');
    none('पुलिस ने क्या बरामद किया?', 'ग्रामीणों ने नदी से शव बरामद किया।', 'hi');
    // the verb's word not the verb, or the verb not done
    none('কী উদ্ধার করা হয়েছে?', 'সোমবার দমকল বাহিনী উদ্ধার অভিযান শুরু করেছে।', 'bn');
    none('হ্যাকাররা কী চুরি করেছে?', 'তদন্তে দেখা গেছে গ্রাহকদের তথ্য চুরি হওয়ার কোনো প্রমাণ নেই।', 'bn');
    none('पुलिस ने क्या बरामद किया?', 'पुलिस हथियार बरामद करने में नाकाम रही।', 'hi');
    none('हैकरों ने क्या हैक किया?', 'हैकरों ने एम्स के सर्वर हैक करने की कोशिश की।', 'hi');
    none('কী উদ্ধার করা হয়েছে?', 'ঘটনাস্থল থেকে দুটি ফোন উদ্ধার করা সম্ভব হচ্ছে না।', 'bn');
    none('पुलिस ने क्या बरामद किया?', 'पुलिस ने कोई हथियार बरामद नहीं किया।', 'hi');
    none('পুলিশ কী উদ্ধার করেছে?', 'পুলিশ ঘটনাস্থল থেকে কিছুই উদ্ধার করেনি।', 'bn');
    none('पुलिस ने क्या बरामद किया?', 'पुलिस ने हथियार बरामद किया था या नहीं, यह स्पष्ट नहीं है।', 'hi');
    // a list, or a phrase a word of its own cuts (a locative, a genitive of time) or a word of the question's name
    none('बच्चों को क्या परोसा गया?', 'बच्चों को दोपहर करीब 12:30 बजे दाल-चावल और आलू की सब्जी परोसी गई थी।', 'hi');
    none('बच्चों को क्या परोसा गया?', 'बच्चों को दाल, चावल, खिचड़ी परोसी गई।', 'hi');
    none('পুলিশ কী উদ্ধার করেছে?', 'পুলিশ ঘটনাস্থল থেকে একটি সাদা কাপড়ে মোড়া লাশ উদ্ধার করেছে।', 'bn');
    none('কী উদ্ধার করা হয়েছে?', 'নদী থেকে দুই দিনের পুরনো একটি লাশ উদ্ধার করা হয়েছে।', 'bn');
    none('न्यूकैसल यूनिवर्सिटी ने 2000 में क्या जीता?', 'न्यूकैसल ने 2000 में संडे टाइम्स यूनिवर्सिटी ऑफ द ईयर पुरस्कार जीता।', 'hi');
    // (the second review's) a question word that is not the doer, another clause's doer, a passive's other
    // agent, a plan asked as a deed, a denial elsewhere in the sentence, a purpose (करने गया)
    none('পুলিশ কী চুরি করেছে?', 'পুলিশের গাড়ি থেকে চোরেরা দুটি ফোন চুরি করেছে।', 'bn');
    none('পুলিশ কী উদ্ধার করেছে?', 'পুলিশ জানায়, সোমবার র‍্যাব দুটি পিস্তল উদ্ধার করেছে।', 'bn');
    none('सरकार ने क्या शुरू किया?', 'सरकार ने कहा कि कल से बैंक नई सेवा शुरू करेंगे।', 'hi');
    none('পুলিশ কী উদ্ধার করেছে?', 'র‍্যাব কর্তৃক দুটি পিস্তল উদ্ধার করা হয়েছে।', 'bn');
    none('सेना ने क्या बरामद किया?', 'मंगलवार को पुलिस द्वारा पिस्तौल बरामद की गई।', 'hi');
    none('सरकार ने क्या शुरू किया?', 'सरकार अगले महीने नई योजना शुरू करेगी।', 'hi');
    none('পুলিশ কী উদ্ধার করেছে?', 'পুলিশ শিগগিরই অবৈধ অস্ত্র উদ্ধার করবে।', 'bn');
    none('पुलिस ने क्या बरामद किया?', 'यह साफ नहीं है कि पुलिस ने हथियार बरामद किया।', 'hi');
    none('কী উদ্ধার করা হয়েছে?', 'এলাকাবাসীর দাবি, ঘটনাস্থল থেকে দুটি লাশ উদ্ধার করা হয়েছে, তবে পুলিশ তা অস্বীকার করেছে।', 'bn');
    none('पुलिस ने क्या बरामद किया?', 'पुलिस ने बताया कि मंगलवार को आरोपी पिस्तौल बरामद करने गया था।', 'hi');
    // (the code review's) a question's word of time or place is no doer; a passive's agent must be the question's
    none('সোমবার পুলিশ কী উদ্ধার করেছে?', 'সোমবার র‍্যাব দুটি পিস্তল উদ্ধার করেছে।', 'bn');
    none('ঢাকায় কী উদ্ধার করা হয়েছে?', 'সোমবার র‍্যাব দুটি পিস্তল উদ্ধার করেছে।', 'bn');
    none('पुलिस ने क्या बरामद किया?', 'पुलिस चौकी के पास सेना द्वारा हथियार बरामद किए गए।', 'hi');
    // (and a future asked over a past deed, as a past over a plan)
    none('सरकार क्या शुरू करेगी?', 'सरकार ने पिछले महीने नई योजना शुरू की।', 'hi');
    // (the third's and the fourth's) a hedge presents it as unsure; a pronoun names nothing
    none('पुलिस ने क्या बरामद किया?', 'पुलिस ने शायद हथियार बरामद किया।', 'hi');
    none('हैकरों ने क्या चोरी किया?', 'आशंका है कि हैकरों ने मरीजों का डेटा चोरी किया।', 'hi');
    none('পুলিশ কী উদ্ধার করেছে?', 'পুলিশ সম্ভবত অস্ত্র উদ্ধার করেছে।', 'bn');
    none('পুলিশ কী উদ্ধার করেছে?', 'পুলিশ সেগুলো উদ্ধার করেছে।', 'bn');
    // a word of manner asks how, not what
    expect(planQuestion('इन दवाओं को कैसे विनियमित किया जाता है?').asksDone).toBe(false);
    none('इन दवाओं को कैसे विनियमित किया जाता है?', 'कई देशों में इन दवाओं को सख्ती विनियमित किया जाता है।', 'hi');
    none('What was served to the children?', 'The children were served khichdi at noon.', 'en');
  });

  it('reads a genitive or a narrower kind before the verb of what was done as a noun\'s qualifier', () => {
    // (the review's: a narrower kind of what was done answers, as do words a genitive joins to it as to a noun)
    expect(answer('हैकरों ने क्या मांग की?', 'हैकरों ने कंपनी से बिटकॉइन में फिरौती की मांग की।', 'hi')?.text).toBe('फिरौती');
    expect(answer('হ্যাকাররা কী দাবি করেছে?', 'হ্যাকাররা সংস্থার কাছে বিটকয়েনে মুক্তিপণ দাবি করেছে।', 'bn')?.text).toBe('মুক্তিপণ');
    expect(answer('कंपनी क्या काम करती है?', 'यह कंपनी बैंकों के लिए साइबर सुरक्षा का काम करती है।', 'hi')?.text).toBe('साइबर सुरक्षा का काम');
    // a noun a copula or a verb of becoming follows is what is asked about; so is one before the question's verb
    expect(planQuestion('हमले का क्या कारण था?')).toMatchObject({ whichIsVerb: false });
    expect(planQuestion('हमले का क्या कारण था?').which.map((u) => u.raw)).toEqual(['कारण']);
    expect(planQuestion('बाढ़ से क्या नुकसान हुआ?')).toMatchObject({ whichIsVerb: false });
    expect(planQuestion('कौनसा सर्वर हैक किया गया?')).toMatchObject({ whichIsVerb: false });
    expect(answer('कौनसा सर्वर हैक किया गया?', 'हैकरों ने एम्स का ई-हॉस्पिटल सर्वर हैक किया।', 'hi')?.text).toBe('एम्स का ई-हॉस्पिटल सर्वर');
  });

  it('asks "which X\'s Y" about X, the possessor: "which state\'s electricity company" is answered with the state', () => {
    expect(planQuestion("Which state's electricity company was attacked?").which.map((u) => u.raw)).toEqual(["state's"]);
    expect(answer("Which state's electricity company was attacked?", 'A ransomware attack hit the Maharashtra state electricity distribution company on Sunday.', 'en')?.text).toBe('Maharashtra');
  });

  it('reads an English "which X" qualifier back to its article, not past it into the clause before ("Police said a Jharkhand gang")', () => {
    expect(answer('Which gang was behind the attack?', 'Police said a Jharkhand gang was behind the attack.', 'en')?.text).toBe('Jharkhand gang');
    expect(answer('What undergarment was included?', 'The suit was designed to include a water-cooled undergarment.', 'en')?.text).toBe('water-cooled undergarment');
    // (a capital A inside a sentence is a name's letter, not the article)
    expect(answer('Which virus caused the outbreak in the hostel?', 'The outbreak in the hostel was caused by the Hepatitis A virus, health officials said.', 'en')?.text).toBe('Hepatitis A virus');
    expect(answer('Which shares did the promoters sell?', 'The promoters sold their Class A shares to a foreign fund.', 'en')?.text).toBe('Class A shares');
    expect(answer('Which company was attacked?', 'The Three Rivers Power company was attacked on Monday.', 'en')?.text).toBe('Three Rivers Power company');
    // Hindi's एक still joins a genitive qualifier to its noun
    expect(answer('कौनसा गिरोह हमले के पीछे था?', 'पुलिस ने कहा कि विदेश के एक गिरोह ने हमला किया।', 'hi')?.text).toBe('विदेश के एक गिरोह');
  });

  it('reads no "which X" after a question word that asks why or how (क्यों, कैसे, কেন): they ask a reason or a manner, not which thing', () => {
    expect(planQuestion('क्यों राजा ब्रिटिश सेना का समर्थन कर रहा था?').which).toEqual([]);
    expect(planQuestion('কেন হ্যাকাররা হাসপাতালের সার্ভার আক্রমণ করেছিল?').which).toEqual([]);
    expect(answer('क्यों राजा ब्रिटिश सेना का समर्थन कर रहा था?', 'राजा अपनी प्रजा पर फिर से अधिकार पाने के लिए ब्रिटिश सेना का समर्थन कर रहा था।', 'hi')).toBeUndefined();
    expect(answer('स्कूल कैसे वित्त पोषित हैं?', 'इन स्कूलों को राज्य से पूर्ण वित्त पोषित किया जाता है।', 'hi')).toBeUndefined();
    // a "what" or "which" still reads one; "how many" asks a count
    expect(planQuestion('कौनसा सर्वर हैक हुआ?').which.map((u) => u.raw)).toEqual(['सर्वर']);
    expect(planQuestion('How many servers were hacked?').type).toBe('count');
    // (কেমন before a noun asks what kind of it)
    expect(answer('হ্যাকাররা কেমন ভাইরাস ব্যবহার করেছে?', 'হ্যাকাররা র‍্যানসমওয়্যার ভাইরাস ব্যবহার করেছে।', 'bn')?.text).toBe('র‍্যানসমওয়্যার');
  });

  it('gives no "which X" answer that qualifies X only with the question\'s own words ("Super Cup" asked which Super Cup)', () => {
    expect(answer('Which Super Cup did the club win?', 'The club won the Super Cup in 2023.', 'en')).toBeUndefined();
    expect(answer('किस सुपर कप को क्लब ने जीता?', 'क्लब ने 2023 में सुपर कप जीता।', 'hi')).toBeUndefined();
    // a word of its own besides them says which one
    expect(answer('Which Super Cup did the club win?', 'The club won the Kalinga Super Cup in 2023.', 'en')?.text).toBe('Kalinga Super Cup');
    expect(answer('किस सुपर कप को क्लब ने जीता?', 'क्लब ने 2023 में कलिंगा सुपर कप जीता।', 'hi')?.text).toBe('कलिंगा सुपर कप');

    // (nor does it keep a name the passage calls by X from answering: the review's "calling itself")
    expect(answer('Which Maoist group claimed responsibility for the blast?', 'A Maoist group calling itself Red Corridor Front claimed responsibility for the blast.', 'en')?.text).toBe('Red Corridor Front');
    expect(answer('Which cyber gang targeted the bank?', "Investigators said a cyber gang calling itself Jamtara Boys targeted the bank's customers.", 'en')?.text).toBe('Jamtara Boys');
  });

  it('gives no "which X" answer that only says "other X" (अन्य एजेंसियों: other agencies names no agency)', () => {
    expect(answer('जांच किस एजेंसी को सौंपी गई?', 'सर्वर की जांच के लिए अन्य एजेंसियों की मदद ली जा रही है।', 'hi')).toBeUndefined();
    expect(answer('जांच किस एजेंसी को सौंपी गई?', 'सर्वर की जांच के लिए केंद्रीय एजेंसियों की मदद ली जा रही है।', 'hi')?.text).toBe('केंद्रीय एजेंसियों');
    // दूसरी, the second, is an ordinal that names which
    expect(answer('आग किस मंजिल पर लगी?', 'आग अस्पताल की दूसरी मंजिल पर लगी।', 'hi')?.text).toContain('दूसरी मंजिल');
  });

  it('reads no "which X" qualifier past a word that says how many X (several, विभिन्न, অনেক): "several players" names no player', () => {
    expect(answer('Which player dove for the ball?', 'Several players dove for the loose ball near the line.', 'en')).toBeUndefined();
    expect(answer('किन जिलों में बाढ़ आई?', 'राज्य के विभिन्न जिलों में बाढ़ आई है।', 'hi')).toBeUndefined();
    expect(answer('কোন জেলায় বন্যা হয়েছে?', 'রাজ্যের বিভিন্ন জেলায় বন্যা হয়েছে।', 'bn')).toBeUndefined();
    // the words between it and X still say which, without it
    expect(answer('Which players dove for the ball?', 'In the final over several Indian players dove for the ball near the boundary.', 'en')?.text).toBe('Indian players');
    expect(answer('কোন জেলায় বন্যা হয়েছে?', 'রাজ্যের উত্তরের জেলায় বন্যা হয়েছে।', 'bn')?.text).toContain('উত্তরের');
    // not a word of a name, of a compound, or one a comma parts from X
    expect(answer('Which radio aired the address?', 'All India Radio aired the address on Sunday evening.', 'en')?.text).toBe('All India Radio');
    expect(answer('Which meeting did the Prime Minister chair on Sunday?', 'The Prime Minister chaired an all-party meeting on Sunday in New Delhi.', 'en')?.text).toBe('all-party meeting');
    expect(answer('Which officials were blamed for the delay?', 'Above all, state officials were blamed for the delay in relief.', 'en')?.text).toBe('state officials');
    // a word of the passage's own language only: "Kai" opens an English name, though कई is a Hindi quantifier
    expect(answer('Which airport was closed in 1998?', 'Kai Tak airport was closed in 1998 after decades of service.', 'en')?.text).toBe('Kai Tak airport');
    // nor हर and सब, which open names and ranks
    expect(answer('कौन सा अभियान शुरू किया गया?', 'सरकार ने हर घर तिरंगा अभियान शुरू किया।', 'hi')?.text).toBe('हर घर तिरंगा अभियान');
    expect(answer('किस इंस्पेक्टर को निलंबित किया गया?', 'लापरवाही के आरोप में सब इंस्पेक्टर को निलंबित कर दिया गया।', 'hi')?.text).toBe('सब इंस्पेक्टर');
  });

  it('reads a Hindi "which X" qualifier back to a pronoun, not over it', () => {
    expect(answer('किस शासक ने भूमि दी?', 'वे वर्जीनिया गए, जहां उन्हें अंग्रेजी शासक ने भूमि दी।', 'hi')?.text).toBe('अंग्रेजी शासक');
    // जैसी, "such as", joins its example to the kind
    expect(answer('किस फसल को नुकसान हुआ?', 'बारिश से गेहूं जैसी फसल को भारी नुकसान हुआ।', 'hi')?.text).toBe('गेहूं जैसी फसल');
  });

  it('answers "which X" with the whole list of kinds of X the passage names, not its first item', () => {
    expect(answer('Which cities were hit?', 'Attacks hit Delhi, Pune and Mumbai on Monday.', 'en')).toMatchObject({ text: 'Delhi, Pune and Mumbai', value: { kind: 'name', ids: ['delhi', 'pune', 'mumbai'] } });
    expect(answer('किन शहरों पर हमला हुआ?', 'सोमवार को दिल्ली, पुणे और मुंबई पर हमला हुआ।', 'hi')).toMatchObject({ text: 'दिल्ली, पुणे और मुंबई', normalized: 'Delhi, Pune and Mumbai' });
    // a name the lexicon does not know, capitalized in English, is an item too
    expect(answer('In which cities could consumers not pay bills?', 'Consumers in Pune and Nashik could not pay their bills.', 'en')?.text).toBe('Pune and Nashik');
    // a comma alone, or a comma and a coordinator after one item, parts two clauses, not a list
    expect(answer('Which city was hit?', 'Attacks hit Delhi, and Mumbai police said more may follow.', 'en')?.text).toBe('Delhi');
    expect(answer('Which city was hit?', 'Attacks hit Delhi, Mumbai police said.', 'en')?.text).toBe('Delhi');
  });

  it('reads "what" before a verb\'s past as asking what happened, not which thing: the verb is no noun to qualify', () => {
    expect(answer('What happened at the plant?', 'A fire broke out at the chemical plant and the workers left.', 'en')).toBeUndefined();
    expect(planQuestion('What happened at the plant?').which).toEqual([]);
    expect(planQuestion('what exactly happened at the plant?').which).toEqual([]);
    expect(planQuestion('What finally happened at the plant?').which).toEqual([]);
    // a name is no verb, a noun in -ly no adverb, and a noun before a verb is what "what" asks about
    expect(planQuestion('Which Ahmed was arrested?').which.map((u) => u.raw)).toEqual(['Ahmed']);
    expect(planQuestion('What family owned the plant?').which.map((u) => u.raw)).toContain('family');
    expect(planQuestion('What data leaked at the hospital?').which.map((u) => u.raw)).toContain('data');
    // a past form that qualifies the noun after it keeps the phrase, and a noun ending in -ed is a noun
    expect(planQuestion('Which hacked servers were restored?').which.map((u) => u.raw)).toEqual(['servers', 'hacked']);
    expect(planQuestion('What speed did the wind reach?').which.map((u) => u.raw)).toEqual(['speed']);
  });

  it('does not answer a count with the number the question gives', () => {
    expect(answer('How many people fell ill in Lyon in 1872?', 'In 1872 the fever came to Lyon again.', 'en')).toBeUndefined();
  });

  it('names who with a capitalized span, not the capitalized word that opens the sentence', () => {
    const a = answer('Who arrested the suspects?', 'The Delhi Police arrested the suspects on Monday.', 'en');
    expect(a?.text).toBe('Delhi Police');
    const b = answer('Who opened the clinic?', 'Yesterday Meera Joshi opened the clinic, and yesterday the town cheered.', 'en');
    expect(b?.text).toBe('Meera Joshi');
  });

  it('never answers who with a common word, and not with the name the question gives', () => {
    expect(answer('Who led the rescue team?', 'The leader of the fire brigade led the rescue team.', 'en')).toBeUndefined();
    expect(answer('Who founded Acme Corporation?', 'Acme Corporation was founded in a small garage.', 'en')).toBeUndefined();
  });

  it('reads a Hindi name as the word a case marker closes, attested in the article', () => {
    const passage = 'भजन सुनीता ने गाया। बाद में सुनीता ने एक और गीत गाया।';
    const a = answer('भजन किसने गाया?', passage, 'hi');
    expect(a?.text).toBe('सुनीता');
    // a word the article writes once, with nothing else to show it is a name, is not given
    expect(answer('भजन किसने गाया?', 'भजन अनुभवी ने गाया।', 'hi')).toBeUndefined();
  });

  it('reads a Bengali name by its case ending, repeated in the article', () => {
    const passage = 'রহিমকে পুলিশ ডেকেছে। রহিম তদন্তে সাহায্য করছেন।';
    const a = answer('পুলিশ কাকে ডেকেছে?', passage, 'bn');
    // the name itself: the case ending that read it is no part of it
    expect(a?.text).toBe('রহিম');
  });

  it('answers when something happened with no date of what will happen, which answers only a question in the future', () => {
    const forensic = 'আগুন লাগার প্রকৃত কারণ জানতে সোমবার রাজ্য ফরেন্সিক সায়েন্স ল্যাবরেটরির একটি দল ঘটনাস্থল পরিদর্শন করবে বলে জানিয়েছেন তিনি।';
    expect(answer('তেঁতুলতলা বাজারে আগুন কখন লাগলো?', forensic, 'bn')).toBeUndefined();
    expect(answer('When did the fire break out?', 'A forensic team will visit the market on Monday.', 'en')).toBeUndefined();
    expect(answer('When will the forensic team visit?', 'A forensic team will visit the market on Monday.', 'en')?.text).toBe('Monday');
    expect(answer('फोरेंसिक टीम कब जांच करेगी?', 'फोरेंसिक टीम सोमवार को मौके की जांच करेगी।', 'hi')?.text).toBe('सोमवार');
    // (a time of its own clause, or with another time between it and the future, is the happening's)
    expect(answer('When did the fire break out?', 'The fire broke out on Sunday night and a team will visit on Monday.', 'en')?.text).toBe('Sunday night');
    expect(answer('आग कब लगी?', 'बाजार में सोमवार रात आग लगी और मंगलवार को फोरेंसिक जांच होगी।', 'hi')?.text).toBe('सोमवार रात');
  });

  it('reads a time by what happened at it before a future verb: a past form, the asked happening or a genitive between them', () => {
    // (a participle or a past verb says what happened then)
    expect(answer('आग कब लगी?', 'रविवार रात लगी आग की जांच अब फॉरेंसिक टीम करेगी।', 'hi')?.text).toBe('रविवार रात');
    expect(answer('साइबर हमला कब हुआ?', '12 मार्च को हुए साइबर हमले की जांच सीबीआई करेगी।', 'hi')?.text).toBe('12 मार्च');
    expect(answer('দুর্ঘটনা কখন ঘটেছিল?', 'মঙ্গলবার সকালে ঘটা দুর্ঘটনায় নিহতদের পরিবারকে ক্ষতিপূরণ দেওয়া হবে।', 'bn')?.text).toBe('মঙ্গলবার সকালে');
    expect(answer('When did the building collapse?', 'Compensation will be paid to families of those killed in the collapse on Monday.', 'en')?.text).toBe('Monday');
    expect(answer('When was the car stolen?', "Will Smith's car was stolen on Monday from a parking lot.", 'en')?.text).toBe('Monday');
    // (the happening asked about, between the time and the future, is what the time dates)
    expect(answer('When did the attack happen?', 'Officials fear the toll will rise after the attack on Friday.', 'en')?.text).toBe('Friday');
    // (a time in the genitive names its thing)
    expect(answer('সাইবার হামলা কবে হয়েছিল?', '১২ মার্চের সাইবার হামলার তদন্ত সিআইডি করবে।', 'bn')?.text).toBe('১২ মার্চের');
  });

  it('answers a question that asks about no past, "when is the hearing?", with the date a hearing will be held', () => {
    expect(answer('When is the hearing?', 'The court will hear the case on Monday.', 'en')?.text).toBe('Monday');
    expect(answer('सुनवाई कब है?', 'हाईकोर्ट मामले की सुनवाई सोमवार को करेगा।', 'hi')?.text).toBe('सोमवार');
    expect(answer('শুনানি কবে?', 'হাইকোর্টে মামলার শুনানি সোমবার হবে।', 'bn')?.text).toBe('সোমবার');
    // (asked what happened, the same date does not answer)
    expect(answer('When did the court hear the case?', 'The court will hear the case on Monday.', 'en')).toBeUndefined();
  });

  it('reads no month in the verb "may": asked when, a sentence that says something may happen dates it by what it writes', () => {
    expect(answer('When will the bridge reopen?', 'Officials said the bridge may reopen next week.', 'en')?.value).not.toEqual(expect.objectContaining({ day: 'may' }));
    expect(answer('When did the plague reach England?', 'The plague may have reached England in the spring of 1349.', 'en')?.text).toBe('spring of 1349');
    expect(answer('When will the bridge reopen?', 'Officials said the bridge may reopen on May 5.', 'en')?.text).toBe('May 5');
    // (in lower case, a month before its day or year is still one; a day's name is one in any case)
    expect(answer('When did the floods hit Assam?', 'The worst floods in Assam came in may 2024, officials said.', 'en')?.text).toBe('may 2024');
    expect(answer('When did service resume?', 'Normal service resumed on 12 march, officials said.', 'en')?.text).toBe('12 march');
    expect(answer('When was the mill shut?', 'The mill had been shut on 3 june and reopened on 20 june.', 'en')?.text).toBe('3 june');
    expect(answer('When did the cyber attack happen?', 'The cyber attack happened on sunday night, the bank said.', 'en')?.text).toBe('sunday night');
  });

  it('answers when with a date or a year, nearest the question', () => {
    const date = answer('When did the council sign the treaty?', 'The council signed the treaty on May 18, 1874, after months of talks.', 'en');
    expect(date?.text).toBe('May 18, 1874');
    expect(date?.value).toEqual({ kind: 'time', day: 'may', date: 18, year: 1874 });
    const year = answer('When was Riverline Radio launched?', 'Riverline Radio was launched in 1998 by the company.', 'en');
    expect(year?.value).toEqual({ kind: 'time', year: 1998 });
    const hindi = answer('समिति कब स्थापित की गई?', 'यह समिति जुलाई 1961 में स्थापित की गई।', 'hi');
    expect(hindi?.value).toEqual({ kind: 'time', day: 'july', year: 1961 });
  });

  it('answers where with a place name, not a kind of place', () => {
    const a = answer('Where was Hartmann born?', 'Hartmann was born in Freiburg, where his father worked.', 'en');
    expect(a?.text).toBe('Freiburg');
    expect(answer('Where was the meeting held?', 'The meeting was held in an office of the hospital.', 'en')).toBeUndefined();
  });

  it('answers who with the name of a hospital too, as an institution acts', () => {
    expect(answer('Who treated the injured?', 'Apollo Hospital treated the injured free of cost.', 'en')?.text).toBe('Apollo Hospital');
    expect(answer('Who issued the statement?', 'Later, Safdarjung Hospital issued a statement on the deaths.', 'en')?.text).toBe('Safdarjung Hospital');
  });

  it('answers where with the name of a hospital, which is where the injured are taken, in each language', () => {
    expect(answer('Where were the injured admitted?', 'The injured were admitted to the Government Medical College and Hospital (GMCH) in Nagpur.', 'en')?.text).toBe(
      'Government Medical College and Hospital',
    );
    const hi = 'घायलों को मेयो अस्पताल में भर्ती कराया गया। मेयो अस्पताल के डॉक्टरों ने बताया कि तीन की हालत गंभीर है।';
    expect(answer('घायलों को कहाँ भर्ती कराया गया?', hi, 'hi')?.text).toBe('मेयो अस्पताल');
    const bn = 'আহতদের মেয়ো হাসপাতালে ভর্তি করা হয়েছে। মেয়ো হাসপাতালের চিকিৎসকরা জানান তিনজনের অবস্থা আশঙ্কাজনক।';
    expect(answer('আহতদের কোথায় ভর্তি করা হয়েছে?', bn, 'bn')?.text).toBe('মেয়ো হাসপাতালে');
  });

  it('answers where with a place only where the writing places something there, or whose the asked words are', () => {
    // चीन के राजदूत: the ambassador is China's, the house where they trained is his; China is no answer
    expect(answer('दल ने प्रशिक्षण कहाँ लिया?', 'दल ने चीन के राजदूत के घर पर प्रशिक्षण लिया।', 'hi')).toBeUndefined();
    // a place in the genitive of the asked name itself says where that one is from, before or after it
    const hi = 'ब्रिटेन के टॉम हेल और चीन के मीरा कुलकर्णी जैसे कवियों ने युद्ध पर लिखा।';
    expect(answer('मीरा कुलकर्णी का जन्म कहाँ हुआ था?', hi, 'hi')?.text).toBe('चीन');
    const en = 'Poets such as Tom Hale of Britain and Meera Kulkarni of China wrote of the war.';
    expect(answer('Where was Meera Kulkarni born?', en, 'en')?.text).toBe('China');
    expect(answer('Where was Tom Hale born?', en, 'en')?.text).toBe('Britain');
    // a list of places the writing places answers whole
    expect(answer('Where was the meeting held?', 'The meeting was held in Paris, London and Berlin last year.', 'en')?.text).toBe('Paris, London and Berlin');
    // and where the marker follows the last of them, the places before it share it
    expect(answer('हमले कहाँ हुए?', 'पिछले हफ्ते दिल्ली, पुणे और मुंबई में हमले हुए।', 'hi')).toMatchObject({
      text: 'दिल्ली, पुणे और मुंबई',
      normalized: 'Delhi, Pune and Mumbai',
      value: { kind: 'name', ids: ['delhi', 'pune', 'mumbai'] },
    });
    // a coordinator inside a name the lexicon knows is part of the name, not of a list
    const ministry = answer('जांच कौन कर रहा है?', 'इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय जांच कर रहा है।', 'hi');
    expect(ministry?.value).toEqual({ kind: 'name', ids: ['it-ministry'] });
    expect(ministry?.normalized).not.toMatch(/ and /);
    expect(answer('হামলা কোথায় হয়েছে?', 'গত সপ্তাহে কলকাতা ও দিল্লিতে হামলা হয়েছে। দিল্লি পুলিশ তদন্ত করছে।', 'bn')?.text).toBe('কলকাতা ও দিল্লি');
    // a name the lexicon knows as no place does not join them
    expect(answer('हमले कहाँ हुए?', 'पिछले हफ्ते दिल्ली पुलिस और मुंबई में हमले हुए।', 'hi')?.text).toBe('मुंबई');
  });

  it('answers "where … from" with the place something comes from', () => {
    expect(answer('Where did the hackers come from?', 'The hackers came from China, officials said.', 'en')?.text).toBe('China');
    expect(answer('हैकर कहाँ से आए थे?', 'हैकर चीन से आए थे।', 'hi')?.text).toBe('चीन');
    expect(answer('হ্যাকাররা কোথা থেকে এসেছিল?', 'হ্যাকাররা চীন থেকে এসেছিল।', 'bn')?.text).toBe('চীন');
    // a place something comes from says nothing of where else it is
    expect(answer('हैकर कहाँ रहते थे?', 'हैकर चीन से आए थे।', 'hi')).toBeUndefined();
    // nor does a से elsewhere in the question ask where from (हमले से पहले: before the attack)
    expect(answer('हमले से पहले हैकर कहाँ थे?', 'हैकर चीन से आए थे।', 'hi')).toBeUndefined();
  });

  it('answers "where … from" with the place whose adjective the people asked about carry (चीनी हैकर्स, Chinese hackers)', () => {
    const hindi = 'सूत्रों के मुताबिक चीनी हैकर्स ने सर्वर पर हमला किया।';
    const bengali = 'সূত্রের খবর, চীনা হ্যাকাররা সার্ভারে হামলা চালায়।';
    const english = 'Officials said Chinese hackers attacked the servers.';
    const none = (questions: string[], passage: string, language: Language) => {
      for (const q of questions) expect(answer(q, passage, language), q).toBeUndefined();
    };
    expect(answer('Where were the hackers from?', hindi, 'hi')?.text).toBe('चीनी');
    expect(answer('हैकर्स कहाँ से थे?', hindi, 'hi')?.text).toBe('चीनी');
    expect(answer('হ্যাকাররা কোথা থেকে?', bengali, 'bn')?.text).toBe('চীনা');
    expect(answer('Where were the hackers from?', english, 'en')?.text).toBe('Chinese');
    // also with come for be, or the verb first
    expect(answer('Where did the hackers come from?', english, 'en')?.text).toBe('Chinese');
    expect(answer('कहाँ से आए हैकर्स?', hindi, 'hi')?.text).toBe('चीनी');
    expect(answer('হ্যাকাররা কোথা থেকে এসেছিল?', bengali, 'bn')?.text).toBe('চীনা');
    // romanized, as people type them: se and theke mark where from, aaye and esechilo come
    for (const q of ['hackers kahan se the', 'hackers kahan se aaye the', 'hackers kahan se aye the', 'hacker kahan se aaya tha', 'hackers kahan se aaye thay', 'hackers kahan se aate hain'])
      expect(answer(q, hindi, 'hi')?.text, q).toBe('चीनी');
    for (const q of ['hackerra kotha theke?', 'hackerra kotha theke esechilo?', 'hackerra kotha theke eshechhilo', 'hackerra kotha theke elo', 'hackerra kotha theke esechen'])
      expect(answer(q, bengali, 'bn')?.text, q).toBe('চীনা');
    // a verb or a form of be of another language is no verb of the question's: English "thin" is a typed
    // थीं, "Aya" a typed आया, "Ashe" a typed আসে
    none(['Where were the thin hackers from?', 'Where were the Aya hackers from?', 'Where were the Ashe hackers from?'], english, 'en');
    // the people who say it are not those asked about, nor are the people they attacked
    none(['Where did police say the hackers were from?'], 'Russian police said hackers attacked the servers.', 'en');
    none(['Where were the hackers who attacked the officials from?'], 'Hackers attacked Russian officials.', 'en');
    none(['पुलिस के मुताबिक हैकर्स कहाँ से थे?', 'हैकर्स, पुलिस के मुताबिक, कहाँ से थे?'], 'रूसी पुलिस के मुताबिक हैकर्स ने सर्वर पर हमला किया।', 'hi');
    // where the verb comes last, people further before the question word may be its object: the doctors threatened
    none(['हैकर्स ने डॉक्टरों को कहाँ से धमकी दी?', 'हैकर्स ने कहाँ से डॉक्टरों को धमकी दी?'], 'हैकर्स ने चीनी डॉक्टरों को धमकी दी।', 'hi');
    none(['হ্যাকাররা চিকিৎসকদের কোথা থেকে হুমকি দিয়েছে?'], 'হ্যাকাররা চীনা চিকিৎসকদের হুমকি দিয়েছে।', 'bn');
    // a question about where something was done from, not where people are from (be, come), has no such answer;
    // nor does one that asks with a function word more: taken, going, not (गए, जा रहे, नहीं; না); nor one that
    // names more than them: the quotes alone answer it
    none(['Where did police arrest the hackers from?'], 'Russian police arrested the hackers.', 'en');
    none(
      [
        'Where were the hackers arrested from?',
        'Where are the hackers operating from?',
        'Where did the hackers do it from?',
        'Where were the hackers taken from?',
        'Where were the hackers not from?',
        'Where were the AIIMS hackers from?',
        'According to police, where were the hackers from?',
      ],
      english,
      'en',
    );
    none(['पुलिस ने हैकर्स कहाँ से पकड़े?', 'हैकर्स कहाँ से पकड़े गए थे?', 'हैकर्स कहाँ से गए थे?', 'हैकर्स कहाँ से नहीं थे?'], hindi, 'hi');
    none(['হ্যাকাররা কোথা থেকে গ্রেপ্তার হয়?', 'হ্যাকাররা কোথা থেকে ছিল না?'], bengali, 'bn');
    // an adjective ending in -n is of the place without the n (Russian: Russia), or without its ending (Nepalese: Nepal)
    expect(answer('Where were the hackers from?', 'Officials said Russian hackers attacked the servers.', 'en')?.text).toBe('Russian');
    expect(answer('Where were the hackers from?', 'Officials said Nepalese hackers attacked the servers.', 'en')?.text).toBe('Nepalese');
    // where they are is not where they come from
    none(['Where were the hackers?'], hindi, 'hi');
    // the adjective of something else the question names is not theirs: the embassy they attacked
    none(['Where were the hackers who attacked the embassy from?'], 'Hackers attacked the Russian embassy.', 'en');
    none(['Where were the servers from?'], 'चीनी हैकर्स ने सर्वर पर हमला किया।', 'hi');
    // nor is an adjective of things: चीनी मिल is a sugar mill
    none(['मिल कहाँ से आई?'], 'चीनी मिल बंद हो गई।', 'hi');
    none(['मिल मालिक कहाँ से हैं?'], 'चीनी मिल मालिकों ने हड़ताल की।', 'hi');
    // a place's own name before the words asked about is where they are, not an adjective
    none(['Where did the attack come from?'], 'The Mumbai attack shocked India.', 'en');
    none(['Where were the servers hacked from?'], 'The AIIMS Delhi servers were hacked.', 'en');
    // a place something is said to come from comes first, a place they were only in last
    expect(answer('Where did the attackers come from?', 'The Mumbai attackers came from Pakistan.', 'en')?.text).toBe('Pakistan');
    expect(answer('हमलावर कहाँ से आए थे?', 'मुंबई हमलावर पाकिस्तान से आए थे।', 'hi')?.text).toBe('पाकिस्तान');
    expect(answer('Where did the hackers come from?', 'Police said Chinese hackers came from Russia.', 'en')?.text).toBe('Russia');
    expect(answer('हैकर्स कहाँ से आए थे?', 'चीनी हैकर्स रूस से आए थे।', 'hi')?.text).toBe('रूस');
    expect(answer('हैकर्स कहाँ से थे?', 'चीनी हैकर्स ने दिल्ली में सर्वर पर हमला किया।', 'hi')?.text).toBe('चीनी');
    // two peoples, two answers: none
    none(['Where were the hackers from?'], 'Officials said Chinese hackers and Russian hackers attacked.', 'en');
    // where the verb comes last, a marker before the question word does not ask where from (दिल्ली से कहाँ गए: where to)
    none(['हैकर्स दिल्ली से कहाँ गए?'], 'चीनी हैकर्स मुंबई गए।', 'hi');
    none(['হ্যাকাররা দিল্লি থেকে কোথায় গেল?'], 'চীনা হ্যাকাররা মুম্বই গেল।', 'bn');
  });

  it('answers a question in the genitive with the owner of what it asks about, not of something else', () => {
    const body = 'पुराना रिकॉर्ड नवीन तोमर द्वारा बनाया गया था, जो अब ओरियन क्लब के उपाध्यक्ष हैं। नया रिकॉर्ड अब राहुल बेग के पास है। ओरियन क्लब की स्थापना 1950 में हुई। राहुल बेग ने 2010 में खेलना शुरू किया।';
    // किसके पास (with whom): ओरियन क्लब के उपाध्यक्ष (the club's vice-president) says nothing of who has it
    expect(answer('रिकॉर्ड पहले किसके पास था?', 'पुराना रिकॉर्ड नवीन तोमर द्वारा बनाया गया था, जो अब ओरियन क्लब के उपाध्यक्ष हैं।', 'hi', body)).toBeUndefined();
    // the name before के पास does
    expect(answer('रिकॉर्ड अब किसके पास है?', 'नया रिकॉर्ड अब राहुल बेग के पास है।', 'hi', body, body.indexOf('नया'))?.text).toBe('राहुल बेग');
    // किसके उपाध्यक्ष (whose vice-president): the name before के उपाध्यक्ष, in the genitive as asked
    expect(answer('नवीन तोमर किसके उपाध्यक्ष हैं?', 'पुराना रिकॉर्ड नवीन तोमर द्वारा बनाया गया था, जो अब ओरियन क्लब के उपाध्यक्ष हैं।', 'hi', body)?.text).toBe('ओरियन क्लब के');
    // with a word between (रीना की नई गाड़ी); asked with the copula after the question word (किसकी थी); and
    // in romanized Hindi, whose words after the question word cannot be compared with the passage's
    const book = 'यह रीना वर्मा की नई किताब थी। रीना वर्मा ने इसे 2020 में लिखा।';
    const said = 'यह रीना वर्मा की नई किताब थी।';
    expect(answer('यह किसकी किताब थी?', said, 'hi', book)?.text).toBe('रीना वर्मा की');
    expect(answer('यह किताब किसकी थी?', said, 'hi', book)?.text).toBe('रीना वर्मा की');
    // (romanized, whose postpositions are not told from its other words: the name alone)
    expect(answer('yah kiski kitaab thi?', said, 'hi', book)?.text).toBe('रीना वर्मा');
  });

  it('reads no plural noun as a name, whatever marker follows it and however often the article writes it', () => {
    // ठिकानों (hideouts) is no word of the dictionary; the plural ending says it is a common noun
    const body = 'पुलिस ने ठिकानों पर छापे मारे। ठिकानों पर हथियार मिले।';
    expect(answer('पुलिस ने छापे कहाँ मारे?', 'पुलिस ने ठिकानों पर छापे मारे।', 'hi', body)).toBeUndefined();
    // a name so marked is still one: रामपुर पर
    const named = 'पुलिस ने रामपुर पर छापे मारे। रामपुर पर हथियार मिले।';
    expect(answer('पुलिस ने छापे कहाँ मारे?', 'पुलिस ने रामपुर पर छापे मारे।', 'hi', named)?.text).toBe('रामपुर');
  });

  it('reads no adverb of manner as a place, written as one word or two (आमतौर पर, आधिकारिक तौर पर)', () => {
    // आमतौर (usually) is no word of the dictionary, and the article writes it twice before पर
    const body = 'मजदूर आमतौर पर खेतों में काम करते हैं। आमतौर पर वे सुबह निकलते हैं।';
    expect(answer('मजदूर कहाँ काम करते हैं?', 'मजदूर आमतौर पर खेतों में काम करते हैं।', 'hi', body)).toBeUndefined();
    const official = 'मंत्री ने आधिकारिक तौर पर घोषणा की। बाद में आधिकारिक तौर पर पत्र आया।';
    expect(answer('मंत्री ने घोषणा कहाँ की?', 'मंत्री ने आधिकारिक तौर पर घोषणा की।', 'hi', official)).toBeUndefined();
    // a place so written is still one
    const placed = 'मजदूर आमतौर पर रामपुर में काम करते हैं। रामपुर में कई खेत हैं।';
    expect(answer('मजदूर कहाँ काम करते हैं?', 'मजदूर आमतौर पर रामपुर में काम करते हैं।', 'hi', placed)?.text).toBe('रामपुर');
  });

  it('asked who someone is, gives the name the word the question calls them by stands right before, whatever its case', () => {
    const arrested = 'मुंबई पुलिस ने अस्पताल के निदेशक राजेश मेहता को गिरफ्तार कर लिया है।';
    for (const q of ['अस्पताल का निदेशक कौन है?', 'Who was the hospital director?', 'Who is the director of the hospital?'])
      expect(answer(q, arrested, 'hi')?.text, q).toBe('राजेश मेहता');
    expect(answer('হাসপাতালের পরিচালক কে?', 'মুম্বই পুলিশ হাসপাতালের পরিচালক রাজেশ মেহতাকে গ্রেফতার করেছে।', 'bn')?.text).toBe('রাজেশ মেহতা');
    // asked who did something, the doer as before
    expect(answer('Who arrested the hospital director?', arrested, 'hi')?.text).toBe('मुंबई पुलिस');
    // nor after the case written onto it: the police who arrested him are no part of his name (a possessor's are)
    expect(answer('Who arrested Rahul?', "Delhi's police arrested Rahul on Monday.", 'en')?.text).toBe("Delhi's police");
    expect(answer('হামলাকারী কে ছিলেন?', 'হামলাকারী রাহুল বর্মাকে পুলিশ গ্রেফতার করেছে।', 'bn')?.text).toBe('রাহুল বর্মা');
    // who is behind or responsible for something calls no one by a noun: the doer, not a name after "attack"
    expect(answer('Who is behind the attack?', 'After the attack Mumbai Police sealed the area. Investigators believe the Lazarus Group is behind the attack.', 'en')?.text).toBe('Lazarus Group');
    expect(answer('Who was responsible for the attack?', 'Hours after the attack Mumbai Police said the LockBit gang was responsible.', 'en')?.text).not.toBe('Mumbai Police');
    // the title itself calls the name after it, not a broader concept it is a kind of: an SP is an official, and
    // so is a plant manager, but only the पुलिस अधीक्षक is the SP
    const sp = 'पुलिस अधीक्षक राजेश कुमार वर्मा ने बताया कि प्लांट मैनेजर देबाशीष पाल को गिरफ्तार कर लिया गया है।';
    expect(answer('एसपी कौन हैं?', sp, 'hi')?.text).toBe('राजेश कुमार वर्मा');
    expect(answer('Who is the plant manager?', 'Superintendent of Police Rajesh Kumar Verma said plant manager Debashis Pal had been arrested.', 'en')?.text).toBe('Debashis Pal');
    // an office asked in one language calls the name written after it in another (district magistrate: जिलाधिकारी)
    const dm = 'जिलाधिकारी अनिल सिंह ने बताया कि घायलों को जिला अस्पताल में भर्ती कराया गया है।';
    expect(answer('Who is the district magistrate?', dm, 'hi')?.text).toBe('अनिल सिंह');
    // a title the question calls them by, written into the name (Chief Minister), calls the name after it
    const flood = 'Chief Minister Himanta Biswa Sarma announced an ex gratia of Rs 4 lakh for the families of the dead.';
    expect(answer('Who is the chief minister?', flood, 'en')?.text).toBe('Himanta Biswa Sarma');
    expect(answer('मुख्यमंत्री कौन है?', flood, 'en')?.text).toBe('Himanta Biswa Sarma');
    // not a title another word qualifies: the deputy chief minister is not the chief minister
    expect(answer('Who is the chief minister?', 'Deputy Chief Minister Ajit Pawar said the state would pay Rs 5 lakh to each family.', 'en')).toBeUndefined();
    expect(answer('Who is the chief minister?', 'Deputy Chief Minister Ajit Pawar said Chief Minister Eknath Shinde would visit the site.', 'en')?.text).toBe('Eknath Shinde');
    expect(answer('Who is the prime minister?', 'Former Prime Minister Manmohan Singh condoled the deaths.', 'en')).toBeUndefined();
    // a qualifier in small letters too, and in Hindi (data officeQualifiers)
    expect(answer('Who is the chief minister?', 'The injured were visited by former Chief Minister Siddaramaiah on Monday.', 'en')).toBeUndefined();
    expect(answer('Who is the prime minister?', 'The then Prime Minister Manmohan Singh had inaugurated the bridge in 2009.', 'en')).toBeUndefined();
    expect(answer('मुख्यमंत्री कौन है?', 'पूर्व मुख्यमंत्री अशोक गहलोत ने घायलों से मुलाकात की।', 'hi')?.text).not.toBe('अशोक गहलोत');
    // a qualifier the question asks with is part of the title asked
    expect(answer('Who is the vice-chair of the panel?', 'The panel is chaired by Hoesung Lee, with his vice-Chair Ismail El Gizouli.', 'en')?.text).toBe('Ismail El Gizouli');
    // nor a hyphened qualifier, two of them, or Hindi अपर (additional)
    expect(answer('Who is the chief minister?', 'Ex-Chief Minister Ashok Gehlot visited the injured in the hospital.', 'en')).toBeUndefined();
    expect(answer('Who is the chief minister?', 'Former deputy chief minister Sachin Pilot met the families.', 'en')).toBeUndefined();
    expect(answer('Who is the district magistrate?', 'अपर जिलाधिकारी अनिल सिंह ने बताया कि घायलों को भर्ती कराया गया है।', 'hi')).toBeUndefined();
    // one word of another title is not the title asked: the chief secretary is not the chief minister
    expect(answer('Who is the chief minister?', 'Chief Secretary Rajiv Sinha said relief camps had been set up.', 'en')).toBeUndefined();
    expect(answer('Who is the director?', 'Director General of Police Rajiv Kumar said the accused had been arrested.', 'en')).toBeUndefined();
    // the deputy commissioner of police is no district magistrate
    expect(answer('Who is the district magistrate?', 'Deputy Commissioner of Police Rajesh Kumar said the accused were arrested.', 'en')).toBeUndefined();
    // a name the question's own capitalized words qualify, asked no identity, is still no answer (Lord Harrow below)
    // a name after a word of the question that is not what it calls them (the commission's bureau) is none
    expect(answer('आयोग का अध्यक्ष कौन है?', 'नए आयोग ब्यूरो के चुनाव के बाद रवि राव को आयोग का अध्यक्ष चुना गया।', 'hi')?.text).not.toBe('ब्यूरो');
  });
});

describe('a name answers who only by its role beside the question’s words (issue 14, item 3)', () => {
  it('gives no object of a verb whose subject is what the question makes its object: who defeated the Broncos is not whom they defeated', () => {
    const passage = 'The Broncos defeated the Pittsburgh Steelers in the divisional round, 23–16.';
    expect(answer('Who defeated the Broncos?', passage, 'en')).toBeUndefined();
    expect(answer('Which team defeated the Broncos?', passage, 'en')).toBeUndefined();
    // asked the other way round, or what they underwent, the object answers; and the subject answers who did it
    expect(answer('Who did the Broncos defeat?', passage, 'en')?.text).toBe('Pittsburgh Steelers');
    expect(answer('Who was defeated by the Broncos?', passage, 'en')?.text).toBe('Pittsburgh Steelers');
    expect(answer('Who defeated the Steelers?', passage, 'en')?.text).toBe('Broncos');
    // the object stays no answer when more of the question's words follow it ("in the final"): they are no verb it is the subject of
    // nor with a word before the object's name that only qualifies it
    expect(answer('Who defeated the Broncos?', 'The Broncos defeated rival Pittsburgh Steelers in the divisional round.', 'en')).toBeUndefined();
    const final = 'Federer defeated Andy Murray in the final.';
    expect(answer('Who defeated Federer in the final?', final, 'en')).toBeUndefined();
    expect(answer('Who did Federer defeat in the final?', final, 'en')?.text).toBe('Andy Murray');
    expect(answer('Who defeated Federer in the final?', 'Andy Murray defeated Federer in the final.', 'en')?.text).toBe('Andy Murray');
    // a name that opens a clause of its own after the object, or that a relative clause follows, is that clause's subject
    expect(answer('Who defeated Federer in the final?', 'Federer defeated him and Andy Murray defeated Federer in the final.', 'en')?.text).toBe('Andy Murray');
    expect(answer('Who defeated Federer in the final?', 'Federer defeated Nadal then Andy Murray defeated Federer in the final.', 'en')?.text).toBe('Andy Murray');
    expect(answer('Who defeated Federer in the 2008 final?', 'In 2009 Federer defeated Rafael Nadal, who had defeated Federer in the 2008 final.', 'en')?.text).toBe('Rafael Nadal');
    // a passive's doer after "by" and a title did it, whatever stands before its verb
    expect(answer('Who scored the goal?', 'The goal scored by striker Lionel Messi decided the match.', 'en')?.text).toBe('Lionel Messi');
    expect(answer('Who arrested the hacker?', 'The hacker arrested by inspector Rahul Sharma was 19.', 'en')?.text).toBe('Rahul Sharma');
  });

  it('takes the subject of the question’s words, not the award named before it, nor a title alone', () => {
    const a = answer('Who performed the opening song?', 'Three-time Golden Lyre winner and Silver Harp Award nominee Nila Sharma performed the opening song at the ceremony.', 'en');
    expect(a?.text).toBe('Nila Sharma');
    // "Lord" is a title and Harrow the question's own word: the answer is the officer named after them
    const b = answer('Who was appointed deputy to Lord Harrow?', 'The king replaced him with Lord Harrow, with Major General Arthur Penrose appointed as his deputy.', 'en');
    expect(b?.text).toBe('Major General Arthur Penrose');
  });

  it('answers who underwent what a passive question asks (who was arrested), never the doer', () => {
    for (const q of ['Who was arrested?', 'Who has been arrested?']) {
      // the object of the active voice, the subject of the passive
      expect(answer(q, 'Police arrested Ravi Rao on Monday, said Inspector Mehta.', 'en')?.text, q).toBe('Ravi Rao');
      expect(answer(q, 'Ravi Rao was arrested by Inspector Mehta on Monday.', 'en')?.text, q).toBe('Ravi Rao');
      // the doer alone is no answer
      expect(answer(q, 'Inspector Mehta arrested the suspect on Monday.', 'en'), q).toBeUndefined();
    }
    expect(answer('कौन गिरफ्तार हुआ?', 'इंस्पेक्टर मेहता ने रवि राव को गिरफ्तार किया।', 'hi')?.text).toBe('रवि राव');
    expect(answer('कौन गिरफ्तार हुआ?', 'राजस्थान पुलिस की साइबर सेल ने दो आरोपियों को गिरफ्तार किया है।', 'hi')).toBeUndefined();
    expect(answer('কে গ্রেফতার হয়েছে?', 'পুলিশ রবি রাওকে গ্রেফতার করেছে।', 'bn')?.text).toBe('রবি রাও');
    // asked who did it, or what someone is, the doer answers as before
    expect(answer('Who arrested Ravi Rao?', 'Inspector Mehta arrested Ravi Rao on Monday.', 'en')?.text).toBe('Inspector Mehta');
    expect(answer('किसने गिरफ्तार किया?', 'इंस्पेक्टर मेहता ने रवि राव को गिरफ्तार किया।', 'hi')?.text).toBe('इंस्पेक्टर मेहता');
    // the passive and its auxiliary as Hindi and Bengali write them, other words before the verb
    const mehta = 'इंस्पेक्टर मेहता ने रवि राव को गिरफ्तार किया।';
    for (const q of ['कौन गिरफ्तार किया गया?', 'कौन कौन गिरफ्तार हुआ?', 'कौन लोग गिरफ्तार हुए?', 'कौन पुलिस द्वारा गिरफ्तार हुआ?']) expect(answer(q, mehta, 'hi')?.text, q).toBe('रवि राव');
    expect(answer('কারা গ্রেফতার করা হয়েছে?', 'রাজস্থান পুলিশ রবি রাওকে গ্রেফতার করেছে।', 'bn')?.text).toBe('রবি রাও');
    expect(answer('কারা গ্রেফতার করা হয়েছে?', 'राजस्थान पुलिस की साइबर सेल ने दो आरोपियों को गिरफ्तार किया है।', 'hi')).toBeUndefined();
    // a doer the lexicon knows is no answer either, in the active voice or after "by"; asked who did it, it is
    for (const p of ['Delhi Police arrested two men.', 'Two men were arrested by Delhi Police.']) expect(answer('Who was arrested?', p, 'en'), p).toBeUndefined();
    expect(answer('Who arrested the men?', 'Delhi Police arrested two men.', 'en')?.text).toBe('Delhi Police');
    // a doer the lexicon knows that only reports the arrest is no answer: the one the writing says was arrested is
    expect(answer('Who was arrested?', 'Delhi Police said Ravi Rao was arrested on Monday.', 'en')?.text).toBe('Ravi Rao');
    expect(answer('कौन गिरफ्तार हुआ?', 'दिल्ली पुलिस ने बताया कि रवि राव को गिरफ्तार किया गया।', 'hi')?.text).toBe('रवि राव');
    // and actors the lexicon knows who did undergo it still answer, wherever the writing puts them
    expect(answer('कौन गिरफ्तार हुआ?', 'गिरफ्तार किए गए लोगों में दो चीनी हैकर्स भी शामिल हैं।', 'hi')?.text).toBe('चीनी हैकर्स');
    expect(answer('কারা গ্রেফতার হয়েছে?', 'গ্রেফতার হওয়া ব্যক্তিদের মধ্যে দুই চীনা হ্যাকার রয়েছে।', 'bn')?.text).toBe('চীনা হ্যাকার');
    // the subject of a passive verb underwent it; a known actor before the verb the writing does not tie to it
    // may be its teller or stand in another clause, and the teller after it, a doer after a Hindi or Bengali
    // verb, or one in another case than asked did not undergo it
    for (const p of ['Chinese hackers were arrested on Monday.', 'Chinese hackers behind the attack were arrested on Monday.', 'Chinese hackers were on Monday arrested in Pune.'])
      expect(answer('Who was arrested?', p, 'en')?.text, p).toBe('Chinese hackers');
    // (a time's को is no object's: सोमवार को, on Monday)
    expect(answer('कौन गिरफ्तार हुआ?', 'दिल्ली पुलिस सोमवार को नोएडा पहुंची और गिरोह के सरगना को गिरफ्तार किया।', 'hi')?.text ?? '').not.toContain('पुलिस');
    expect(answer('कौन गिरफ्तार हुआ?', 'चीनी हैकर्स को सोमवार को गिरफ्तार किया गया।', 'hi')?.text).toBe('चीनी हैकर्स');
    expect(answer('कौन गिरफ्तार हुआ?', 'पुलिस ने चीनी हैकर्स को गिरफ्तार किया।', 'hi')?.text).toBe('चीनी हैकर्स');
    for (const p of ['Delhi Police on Monday said the gang leader was arrested from Noida.', 'According to Delhi Police, the gang leader was arrested from Noida.', 'Delhi Police raided a flat in Noida and two men were arrested.'])
      expect(answer('Who was arrested?', p, 'en'), p).toBeUndefined();
    expect(answer('कौन गिरफ्तार हुआ?', 'दिल्ली पुलिस के मुताबिक गिरोह के सरगना को गिरफ्तार किया गया है।', 'hi')?.text ?? '').not.toContain('पुलिस');
    expect(answer('কারা গ্রেফতার হয়েছে?', 'দিল্লি পুলিশের দাবি, চক্রের পাণ্ডাকে গ্রেফতার করা হয়েছে।', 'bn')?.text ?? '').not.toContain('পুলিশ');
    expect(answer('Who was arrested?', 'The gang leader was arrested on Monday, said Delhi Police.', 'en')).toBeUndefined();
    expect(answer('কারা গ্রেফতার হয়েছে?', 'চক্রের পাণ্ডাকে গ্রেফতার করেছে দিল্লি পুলিশ।', 'bn')).toBeUndefined();
    expect(answer('किसे गिरफ्तार किया गया?', 'दिल्ली पुलिस ने सोमवार रात गिरोह के सरगना को गिरफ्तार किया।', 'hi')).toBeUndefined();
    // but not one before an active verb the writing does not tie to it, where a doer stands
    expect(answer('Who was arrested?', 'Delhi Police on Monday night arrested the gang leader from Noida.', 'en')).toBeUndefined();
    expect(answer('कौन गिरफ्तार हुआ?', 'दिल्ली पुलिस की साइबर सेल ने सोमवार को नोएडा से एक युवक को गिरफ्तार किया।', 'hi')?.text ?? '').not.toContain('पुलिस');
    // the verb before the question word, as Hindi and Bengali may put it
    expect(answer('गिरफ्तार कौन हुआ?', 'इंस्पेक्टर मेहता ने रवि राव को गिरफ्तार किया।', 'hi')?.text).toBe('रवि राव');
    expect(answer('গ্রেফতার হয়েছে কারা?', 'পুলিশ রবি রাওকে গ্রেফতার করেছে।', 'bn')?.text).toBe('রবি রাও');
    // an active verb with a time or a quantity after it is no passive: its subject did the arresting
    for (const p of ['The Cyber Cell arrested at least two men from Pune.', 'Inspector Mehta arrested on Monday two men from Pune.']) expect(answer('Who was arrested?', p, 'en'), p).toBeUndefined();
    // the doer of another verb than the one asked about may answer (suspected of the hack: who hacked it)
    expect(answer('Who was involved in the AIIMS hack?', 'लाजरस ग्रुप ने एम्स का सर्वर हैक किया।', 'hi')?.text).toBe('लाजरस ग्रुप');
    expect(answer('Who is accused of hacking AIIMS?', 'AIIMS was hacked by Lazarus Group, police say.', 'en')?.text).toBe('Lazarus Group');
    // an active compound verb (ले गया, took away; चुरा गया, जीत गया) and a verb of another clause ask for the doer as before
    expect(answer('डेटा कौन चुरा ले गया?', 'रवि राव ने डेटा चुरा लिया।', 'hi')?.text).toBe('रवि राव');
    expect(answer('कौन डेटा चुरा गया?', 'हैकर रवि राव ने कंपनी का डेटा चुरा लिया।', 'hi')?.text).toBe('रवि राव');
    expect(answer('कौन जीत गया?', 'मुंबई इंडियंस ने फाइनल में चेन्नई सुपर किंग्स को हराकर खिताब जीत लिया।', 'hi')?.text ?? '').not.toContain('सुपर किंग्स');
    expect(answer('कौन है जिसकी वजह से डेटा लीक हुआ?', 'रवि राव ने डेटा लीक किया।', 'hi')?.text).toBe('रवि राव');
    // a name in another role beside the question's other words still answers ("as his second in command")
    const second = 'Newcastle replaced him in January 1756 with Lord Loudoun, with Major General James Abercrombie as his second in command.';
    expect(answer('Who was appointed as second in command to Lord Loudoun?', second, 'en')?.text).toBe('Major General James Abercrombie');
  });

  it('reads no number in letters opening a sentence as a name, but a name that begins with one', () => {
    expect(answer('Who won the cup?', 'Two Rivers FC won the cup on Sunday.', 'en')?.text).toBe('Two Rivers FC');
    expect(answer('Who won the cup?', 'Two teams shared the cup on Sunday.', 'en')).toBeUndefined();
  });

  it('answers with a name whose place the question names, the place with it: the Maharashtra Cyber police', () => {
    const passage = 'The Maharashtra Cyber police are investigating the case and have traced the intrusion to a phishing email.';
    for (const q of ['Who is investigating the Maharashtra attack?', 'who is investigating the maharashtra attack', 'Who is investigating the attack?'])
      expect(answer(q, passage, 'en')?.text, q).toBe('Maharashtra Cyber police');
    // all of the place's words; not a place the writing places ("In Pune")
    expect(answer('Who is investigating the Uttar Pradesh attack?', 'The Uttar Pradesh Cyber police are investigating the case.', 'en')?.text).toBe('Uttar Pradesh Cyber police');
    expect(answer('Who is investigating the Pune attack?', 'In Pune Inspector Ravi Rao is investigating the case.', 'en')?.text).toBe('Inspector Ravi Rao');
  });

  it('takes the doer of a passive verb after "by", and keeps an initial in the name', () => {
    const a = answer('Who recovered the stolen laptop?', 'Thieves took the laptop from Rao, and it was recovered by Harlan Ostrow near the station.', 'en');
    expect(a?.text).toBe('Harlan Ostrow');
    const b = answer('Who wrote the English translation?', 'The poem is known in English by the translation of Peter J. Willow, printed in an old book.', 'en');
    expect(b?.text).toBe('Peter J. Willow');
  });

  it('takes the doer after "by" and a few words describing them, but not a name a verb after "by" takes', () => {
    const spotted = 'The leaked records include names and addresses. The breach was first spotted by cyber security researcher Rajshekhar Rajaharia on January 18.';
    expect(answer('Who spotted the breach?', spotted, 'en')?.text).toBe('Rajshekhar Rajaharia');
    expect(answer('Who first reported the leak?', 'The leak was first reported by the security firm CloudSEK on Monday, a day after the breach.', 'en')?.text).toBe('CloudSEK');
    // the word before the name says what kind of actor describes it: not "a mob outside X"
    expect(answer('Who attacked the woman?', 'The woman was attacked by a mob outside Safdarjung Hospital on Sunday.', 'en')).toBeUndefined();
    // "by the river" says where, not who
    expect(answer('Who found the body?', 'The body was found by the river Ganga near Patna on Monday.', 'en')).toBeUndefined();
    // "by the time" says when, not who
    expect(answer('Who brought the fire under control?', 'The fire was brought under control by the time Chief Minister Mamata Banerjee reached the spot.', 'en')).toBeUndefined();
    // a participle after "by" makes the name its object: the firm was impersonated, it did not encrypt the servers
    expect(answer('Who encrypted the servers?', 'The servers were encrypted by criminals impersonating Acme Corp, the police said.', 'en')).toBeUndefined();
  });

  it('takes the name in apposition after the question’s words and a comma, and a whole list of names', () => {
    const a = answer('Who was the last Prime Minister of the republic?', 'The last Prime Minister of the young republic, Oskar Velden, was also a lawyer.', 'en');
    expect(a?.text).toBe('Oskar Velden');
    const b = answer('Who wrote the paper on the temperature reconstruction?', 'The graph was based on a paper on the temperature reconstruction by Anna Ruiz, Tomas Berg and Lena Holm in 1999.', 'en');
    expect(b?.text).toBe('Anna Ruiz, Tomas Berg and Lena Holm');
  });

  it('takes the subject of a relative clause holding the question’s words, not a possessor (the League’s)', () => {
    const a = answer('Who scored four goals in the final?', "The squad featured Lena Ortiz, the League's oldest goal scorer, along with striker Tom Reyes, who scored four goals in the final.", 'en');
    expect(a?.text).toBe('Tom Reyes');
  });

  it('answers whose with the possessor, even before a name the question gives (Maria Lund’s English translation)', () => {
    expect(answer('Whose English translation did the press print?', "In 1901 the press printed Maria Lund's English translation.", 'en')?.text).toBe("Maria Lund's");
  });

  it('gives a name in the case the question asks: whose keeps the genitive, any other question has the name alone', () => {
    const hi = 'शहर में आज भी हरिदेव की दीवार दिखती है। हरिदेव ने यह दीवार बनवाई थी।';
    expect(answer('किसकी दीवार आज भी दिखती है?', hi, 'hi')).toMatchObject({ text: 'हरिदेव की', normalized: `${romanizeNames('हरिदेव', 'deva')}'s` });
    expect(answer('दीवार किसने बनवाई थी?', hi, 'hi')).toMatchObject({ text: 'हरिदेव', normalized: romanizeNames('हरिदेव', 'deva') });
    // a case ending written onto a Bengali name is no part of it, and its reading has none
    const bn = 'পুলিশ রহিম শেখকে গ্রেফতার করেছে। রহিম শেখকে আদালতে তোলা হবে।';
    const arrested = answer('কাকে গ্রেফতার করা হয়েছে?', bn, 'bn');
    expect(arrested).toMatchObject({ text: 'রহিম শেখ', normalized: romanizeNames('রহিম শেখ', 'beng') });
    expect(bn.slice(arrested!.start, arrested!.end)).toBe('রহিম শেখ');
    // ধরে after a length of time ("for years") is a postposition, no word of the name after it
    const read = 'বাইবেল বহু বছর ধরে উইলিয়াম টিন্ডেলের অনুবাদে পড়া হত। উইলিয়াম টিন্ডেলের জন্ম ইংল্যান্ডে।';
    const tyndale = answer('কার অনুবাদ পড়া হত?', read, 'bn');
    expect(tyndale?.text).toBe('উইলিয়াম টিন্ডেলের');
    expect(tyndale?.normalized).toBe(`${romanizeNames('উইলিয়াম টিন্ডেল', 'beng')}'s`);
    // nor is এটা (this) a word of the name after it
    expect(answer('কার বই পড়া হয়?', 'এটা রিনার বই পড়া হয়। রিনা বইটি লিখেছেন।', 'bn')?.text).toBe('রিনার');
  });

  it('keeps the genitive only for whose, not for the genitive a postposition governs, nor in a romanized question', () => {
    const hi = 'नया रिकॉर्ड अब राहुल बेग के साथ है। राहुल बेग ने 2010 में खेलना शुरू किया।';
    expect(answer('रिकॉर्ड अब किसके साथ है?', hi, 'hi')?.text).toBe('राहुल बेग');
    const paas = 'नया रिकॉर्ड अब राहुल बेग के पास है। राहुल बेग ने 2010 में खेलना शुरू किया।';
    expect(answer('record ab kiske paas hai?', paas, 'hi')?.text).toBe('राहुल बेग');
    const bn = 'চিঠিটা রহিম শেখের কাছে আছে। রহিম শেখকে পুলিশ ডেকেছে।';
    expect(answer('চিঠিটা কার কাছে আছে?', bn, 'bn')?.text).toBe('রহিম শেখ');
  });

  it('cuts no letter a name ends with that only looks like a case ending (বিহার, জয়পুর, আইসিএমআর)', () => {
    const place = 'জয়পুর সম্মেলন গত বছর হয়েছিল। জয়পুর শহরে অনেক মানুষ এসেছিলেন।';
    expect(answer('সম্মেলন কোথায় হয়েছিল?', place, 'bn')?.text).toBe('জয়পুর');
    const body = 'আইসিএমআর রিপোর্ট প্রকাশ করেছে। আইসিএমআর একটি সংস্থা।';
    expect(answer('কে রিপোর্ট প্রকাশ করেছে?', body, 'bn')?.text).toBe('আইসিএমআর');
  });

  it('takes no name of another clause into a list: ", and" between clauses joins no names', () => {
    expect(answer('Who scored the goal?', 'The coach praised Maria Lopez, and Tom Reyes scored the goal in the final minute.', 'en')?.text).toBe('Tom Reyes');
  });

  it('takes a list of three or more names written with a serial comma whole, from the first word of the sentence', () => {
    expect(answer('Who decided to name the flight?', 'Carter, Lee, and Moreno decided to name their flight Dawn as a tribute.', 'en')?.text).toBe('Carter, Lee, and Moreno');
    // but the serial comma needs the comma before it: "Maria, and Tom" alone is two clauses
    expect(answer('Who scored the goal?', 'The coach praised Lopez, and Reyes scored the goal late on.', 'en')?.text).toBe('Reyes');
  });

  it('gives no short answer when no name is tied to the question’s words', () => {
    expect(answer('Who designed the bridge?', 'The bridge was finished in 1932. Years later, Maria Lindqvist opened a bakery in Stockholm.', 'en')).toBeUndefined();
  });

  it('never answers who with the name of a thing or a place (Silver Harp Award, Harbour Street)', () => {
    expect(answer('Who won the prize?', 'The prize went to the Silver Harp Award committee.', 'en')).toBeUndefined();
    expect(answer('Who won the prize?', 'The prize was handed out on Harbour Street.', 'en')).toBeUndefined();
    // nor with one that a place marker, an article or a possessor opens and a word for an area follows: the Giaspura area
    expect(answer('Who owns the cold storage unit?', 'Gas leaked from a cold storage unit in Ludhiana\'s Giaspura area late on Thursday.', 'en')).toBeUndefined();
    // but a name that qualifies another noun, or a body's state or district unit, is still who
    expect(answer('Who owns the mall?', 'The fire spread from the DLF mall area in Gurugram.', 'en')?.text).toBe('DLF');
    expect(answer('Who staged a protest in Kolkata?', 'The Congress state unit staged a protest in Kolkata on Monday.', 'en')?.text).toBe('Congress');
    expect(answer('Who owns the cold storage unit?', 'Police registered a case against the owner of the unit, Harjit Singh, for negligence.', 'en')?.text).toBe('Harjit Singh');
    // a name that opens its clause is no place, whatever place word follows it
    expect(answer('Who said state agencies were ready?', 'Chief Minister Mamata Banerjee said state agencies were ready.', 'en')?.text).toContain('Mamata Banerjee');
    expect(answer('Who left town after the incident?', 'Police said Vikram Sharma left town after the incident.', 'en')?.text).toBe('Vikram Sharma');
    expect(answer('Who is the district president?', 'Ravi Kumar district president of the Congress resigned on Monday.', 'en')?.text).toBe('Ravi Kumar');
  });

  it('in Hindi, takes the name in the case the question asks: किसने the one before ने, किसे the one before को', () => {
    const passage = 'फाइनल में रेडवुड टाइटन्स ने कड़े मुकाबले में ब्लूफ़ील्ड रेंजर्स को हराया।';
    expect(answer('फाइनल में किसने हराया?', passage, 'hi')?.text).toBe('रेडवुड टाइटन्स');
    expect(answer('फाइनल में रेडवुड टाइटन्स ने किसे हराया?', passage, 'hi')?.text).toBe('ब्लूफ़ील्ड रेंजर्स');
  });

  it('in Hindi, takes no conjunction into the name after it', () => {
    // लेकिन, परंतु (but) open a clause; the name is what follows
    expect(answer('पुल किसने बनाया?', 'काम देर से शुरू हुआ, लेकिन मीरा सावंत ने पुल बनाया।', 'hi')?.text).toBe('मीरा सावंत');
    expect(answer('पुल किसने बनाया?', 'काम देर से शुरू हुआ, परंतु मीरा सावंत ने पुल बनाया।', 'hi')?.text).toBe('मीरा सावंत');
  });

  it('in Hindi, reads the case marker after a name written in Latin script: किसने the one before ने, किसे the one before को', () => {
    expect(answer('जांच किसने शुरू की?', 'हमले के बाद Mandiant ने जांच शुरू की, और पुलिस को रिपोर्ट सौंपी।', 'hi')?.text).toBe('Mandiant');
    expect(answer('सर्वर किसे सौंपे गए?', 'जांच के बाद सर्वर Mandiant को सौंपे गए।', 'hi')?.text).toBe('Mandiant');
  });

  it('in Hindi, takes the doer of a passive verb (X द्वारा) for किसने and for कौन', () => {
    const passage = 'पुल की मरम्मत लीना कार्टर द्वारा 2010 में पूरी की गई।';
    expect(answer('पुल की मरम्मत किसने पूरी की?', passage, 'hi')?.text).toBe('लीना कार्टर');
    expect(answer('पुल की मरम्मत कौन पूरी की?', passage, 'hi')?.text).toBe('लीना कार्टर');
  });

  it('in Hindi, takes the name a copula closes for कौन था, but not a common word (शामिल थे)', () => {
    expect(answer('संगठन का पहला अध्यक्ष कौन था?', 'संगठन के पहले अध्यक्ष मार्कस हेलर थे, जो बाद में मंत्री बने।', 'hi')?.text).toBe('मार्कस हेलर');
    expect(answer('संगठन के पहले सदस्य कौन थे?', 'संगठन के पहले सदस्यों में कई वैज्ञानिक शामिल थे।', 'hi')).toBeUndefined();
  });

  it('in Hindi, takes for कौन a name in apposition after the question’s words, closed by a comma or a particle', () => {
    expect(answer('गणराज्य का अंतिम प्रधानमंत्री कौन था?', 'गणराज्य के अंतिम प्रधानमंत्री, ओस्कार मेलिन, पेशे से वकील थे।', 'hi')?.text).toBe('ओस्कार मेलिन');
    expect(answer('कार्यालय का उप निदेशक कौन था?', 'कार्यालय के नए उप निदेशक, जोसेफ मार्टेन भी, इस योजना के समर्थक बने।', 'hi')?.text).toBe('जोसेफ मार्टेन');
    // not closed where the passage is cut: the article runs on into another phrase (ओस्कार मेलिन के भाई…)
    const cut = 'गणराज्य के अंतिम प्रधानमंत्री, ओस्कार मेलिन';
    expect(answer('गणराज्य का अंतिम प्रधानमंत्री कौन था?', cut, 'hi', `${cut} के भाई की सरकार गिर गई।`)).toBeUndefined();
    // a common word there is no name: नए सदस्य, कई वैज्ञानिक भी
    expect(answer('संगठन के नए सदस्य कौन थे?', 'संगठन के नए सदस्य, कई वैज्ञानिक भी, बैठक में आए।', 'hi')).toBeUndefined();
  });

  it('in Hindi, takes a whole list of names whose last one the marker closes, whichever of them is nearer', () => {
    const a = answer('राजा के दो सलाहकार कौन थे?', 'राजा के सलाहकारों जैसे कि मीरा सावंत और राघव शिंदे ने दरबार को मजबूत किया।', 'hi');
    expect(a?.text).toBe('मीरा सावंत और राघव शिंदे');
    expect(a?.normalized).toBe('Mira Savant and Raghav Shinde');
  });

  it('in Hindi, reads a hostile run of four thousand coordinated names without running out of stack', () => {
    const passage = `${'मीरा सावंत और '.repeat(4000)}राघव शिंदे ने दरबार को मजबूत किया।`;
    expect(answer('दरबार को किसने मजबूत किया?', passage, 'hi')?.text).toMatch(/मीरा सावंत और राघव शिंदे$/u);
  });

  it('in Hindi, takes no word the dictionary knows for a name, however often the article marks it (पास को)', () => {
    expect(answer('खेल में उन्होंने किसे रोका?', 'खेल में उन्होंने एक पास को रोका, और उस पास को सबने देखा।', 'hi')).toBeUndefined();
  });

  it('in Hindi, takes a name with no marker where the article writes it elsewhere as a doer', () => {
    const question = 'तीन खिताब जीतने वाले पहले कप्तान कौन बने?';
    const first = 'पिछले साल ब्रैंट ने क्लब छोड़ दिया और ब्रैंट ने नई टीम बनाई। ';
    const passage = 'ओलिवर ब्रैंट तीन खिताब जीतने वाले पहले कप्तान बने।';
    expect(answer(question, passage, 'hi', first + passage, first.length)?.text).toBe('ओलिवर ब्रैंट');
    // a word the dictionary knows before it describes him and is no part of the name
    const famous = 'प्रसिद्ध ब्रैंट तीन खिताब जीतने वाले पहले कप्तान बने।';
    expect(answer(question, famous, 'hi', first + famous, first.length)?.text).toBe('ब्रैंट');
    // written once and never as a doer, the same words may be any noun
    expect(answer(question, passage, 'hi')).toBeUndefined();
  });

  it('in Hindi, does not take a name of a thing for a person (रजत वीणा पुरस्कार)', () => {
    const a = answer('मेले में लोकगीत किसने सुनाया?', 'रजत वीणा पुरस्कार जीत चुकीं गायिका मीरा साहनी ने मेले में लोकगीत सुनाया।', 'hi');
    expect(a?.text).toContain('मीरा साहनी');
    expect(a?.text).not.toContain('पुरस्कार');
  });
});

describe('a count a noun of count gives', () => {
  it('reads the number after संख्या, সংখ্যা or "number of" in its clause as how many of what it is said of there are', () => {
    const toll = 'बिहार के गोपालगंज जिले के सेमरहिया गांव में जहरीली शराब पीने से मरने वालों की संख्या मंगलवार शाम तक बढ़कर 14 हो गई।';
    expect(answer('गोपालगंज जहरीली शराब कांड में अब तक कितने लोगों की मौत हुई?', toll, 'hi')?.normalized).toBe('14');
    expect(answer('how many people died in the hooch tragedy?', toll, 'hi')?.normalized).toBe('14');
    expect(answer('how many people died?', 'The number of dead rose to 14 on Tuesday.', 'en')?.normalized).toBe('14');
    expect(answer('কতজন মারা গেছেন?', 'বিষমদ কাণ্ডে মৃতদের সংখ্যা বেড়ে ৭ হয়েছে।', 'bn')?.normalized).toBe('7');
  });

  it('takes the first number of its clause that counts nothing else, not where the count rose from, an increase, a place or a measure', () => {
    const died = 'How many people died?';
    expect(answer(died, 'The death toll rose to 14 after 2 more injured died at the district hospital.', 'en')?.normalized).toBe('14');
    expect(answer(died, 'The death toll rose to 14 including 3 women and a child.', 'en')?.normalized).toBe('14');
    expect(answer(died, 'The death toll climbed to 14 from Monday’s 9.', 'en')?.normalized).toBe('14');
    expect(answer(died, 'The death toll rose to 7 in the Sector 18 building collapse.', 'en')?.normalized).toBe('7');
    expect(answer('कितने लोगों की मौत हुई?', 'मृतकों की संख्या बढ़कर 14 हो गई है जिनमें 3 महिलाएं शामिल हैं।', 'hi')?.normalized).toBe('14');
    expect(answer('কতজন মারা গেছেন?', 'মৃতের সংখ্যা বুধবার বেড়ে ১৪ হল আরও ২ জনের মৃত্যুতে।', 'bn')?.normalized).toBe('14');
    expect(answer(died, 'The death toll rose from 9 to 14 on Tuesday.', 'en')?.normalized).toBe('14');
    expect(answer(died, 'The death toll rose to 14 on Tuesday from 9.', 'en')?.normalized).toBe('14');
    expect(answer(died, 'The death toll in the 2 states rose to 30.', 'en')?.normalized).toBe('30');
    expect(answer(died, 'The death toll from the 6.4 magnitude earthquake rose to 40.', 'en')?.normalized).toBe('40');
    expect(answer(died, 'The number of dead rose to 14 and 30 were injured.', 'en')?.normalized).toBe('14');
    expect(answer('কতজন মারা গেছেন?', 'মৃতের সংখ্যা ৯ থেকে বেড়ে ১৪ হয়েছে।', 'bn')?.text).toBe('১৪');
    expect(answer('কতজন মারা গেছেন?', 'মৃতের সংখ্যা আরও ৩ জন বেড়ে ১৭ হয়েছে।', 'bn')?.text).toBe('১৭');
    expect(answer('কতজন মারা গেছেন?', 'মৃতের সংখ্যা ২ জেলায় ৩০ ছাড়িয়েছে।', 'bn')?.text).toBe('৩০');
    expect(answer('कितने लोगों की मौत हुई?', 'मरने वालों की संख्या 3 से बढ़कर 5 हो गई।', 'hi')?.text).toBe('5');
    expect(answer('कितने लोगों की मौत हुई?', 'मृतकों की संख्या 2 राज्यों में 30 पहुंच गई।', 'hi')?.text).toBe('30');
    expect(answer('कितने लोगों को निकाला गया?', 'निकाले गए लोगों की संख्या 12 गांवों से 4500 हो गई।', 'hi')?.normalized).toBe('4,500');
    // and not over a number that stands by what is counted
    expect(answer('How many workers died?', 'The number of workers killed in 2 blasts rose to 11.', 'en')?.normalized).toBe('11');
  });

  it('answers a question that asks how many to now in all ("so far", अब तक, এখন পর্যন্ত) by the noun of count, over a number that counts a part', () => {
    const parts = 'Seven people died on the spot and four more died in hospital, taking the death toll to 11.';
    expect(answer('How many people have died so far?', parts, 'en')?.normalized).toBe('11');
    expect(answer('How many people died in total?', parts, 'en')?.normalized).toBe('11');
    const bn = 'দুর্ঘটনাস্থলেই সাতজনের মৃত্যু হয়, পরে হাসপাতালে আরও চারজনের মৃত্যু হলে রবিবার দুপুর পর্যন্ত মৃতের সংখ্যা বেড়ে দাঁড়িয়েছে ১১।';
    expect(answer('বাস দুর্ঘটনায় এখন পর্যন্ত কতজন মারা গেছে?', bn, 'bn')?.normalized).toBe('11');
    const hi = 'मौके पर 7 लोगों की मौत हो गई, अस्पताल में 4 और ने दम तोड़ा, जिससे मरने वालों की संख्या 11 हो गई।';
    expect(answer('अब तक कितने लोगों की मौत हुई?', hi, 'hi')?.normalized).toBe('11');
    expect(answer('ab tak kitne logon ki maut hui?', hi, 'hi')?.normalized).toBe('11');
    // asked without it, what is counted, said outright, still answers: the asker may mean the first blast's
    expect(answer('How many people died on the spot?', parts, 'en')?.normalized).toBe('7');
    // "so far" says how the question asks, not what about
    const plan = planQuestion('How many women have been rescued so far?');
    expect(plan.asksTotal).toBe(true);
    expect(plan.units.filter((_u, i) => !plan.framing[i]).map((u) => u.raw)).toEqual(['women', 'rescued']);
  });

  it('keeps the count a place the question names stands by, and a count of a kind of people a count of all does not give', () => {
    expect(answer('How many people have died in Bihar so far?', 'In Bihar, 20 people have died of the heatwave, while the nationwide death toll rose to 150.', 'en')?.normalized).toBe('20');
    expect(answer('बिहार में अब तक कितने लोगों की मौत हुई है?', 'बिहार में लू से 20 लोगों की मौत हो चुकी है, जबकि देशभर में मरने वालों की संख्या 150 हो गई है।', 'hi')?.normalized).toBe('20');
    expect(answer('পশ্চিমবঙ্গে এখন পর্যন্ত কতজনের মৃত্যু হয়েছে?', 'পশ্চিমবঙ্গে ডেঙ্গিতে ২০ জনের মৃত্যু হয়েছে, দেশে মৃতের সংখ্যা বেড়ে ১৫০ হয়েছে।', 'bn')?.normalized).toBe('20');
    expect(answer('How many students have been infected so far?', '12 students tested positive on Monday, taking the number of infected in the district to 340.', 'en')?.normalized).toBe('12');
    expect(answer('How many women have been rescued so far?', 'Police rescued 8 women in the raid, and the number of rescued people in the operation so far is 45.', 'en')?.normalized).toBe('8');
    // a name the question gives scopes the count it stands by
    expect(answer('How many votes did the BJP candidate get in total?', 'The BJP candidate got 45,000 votes and the total number of votes polled in the seat was 1,20,000.', 'en')?.normalized).toBe('45,000');
  });

  it('reads the same place again, or none, in the noun’s clause as the same scope, and an increase never as the total', () => {
    const mumbai = 'मुंबई में रविवार को 3 और लोगों की मौत हो गई, जिससे मृतकों की संख्या बढ़कर 14 हो गई।';
    expect(answer('मुंबई में अब तक कितने लोगों की मौत हुई है?', mumbai, 'hi')?.normalized).toBe('14');
    expect(answer('बिहार में अब तक कितने लोगों की मौत हुई है?', 'बिहार में रविवार को 5 और लोगों की मौत हो गई, जिससे राज्य में मृतकों की संख्या 62 हो गई।', 'hi')?.normalized).toBe('62');
    expect(answer('দিল্লিতে এখন পর্যন্ত কতজনের মৃত্যু হয়েছে?', 'দিল্লিতে রবিবার আরও ৩ জনের মৃত্যু হয়েছে, ফলে শহরে মৃতের সংখ্যা বেড়ে ১৪ হয়েছে।', 'bn')?.normalized).toBe('14');
    expect(answer('How many cases have been reported in Delhi so far?', 'Delhi reported 120 new cases on Tuesday, taking the total number of cases in the capital to 4,500.', 'en')?.normalized).toBe('4,500');
    expect(answer('How many houses have been damaged so far?', '200 more houses were damaged on Sunday, taking the number of damaged houses to 1,500.', 'en')?.normalized).toBe('1,500');
    expect(answer('How many people died?', 'Two more people died on Sunday, taking the death toll to 9.', 'en')?.normalized).toBe('9');
  });

  it('reads no count from a noun of count said of something else, nor past its clause, nor from a number that names a kind ("prime number")', () => {
    expect(answer('how many people died?', 'The number of villages hit rose to 14 by Tuesday.', 'en')).toBeUndefined();
    expect(answer('how many people died?', 'Officials did not give the number of dead; 14 villages were cut off.', 'en')).toBeUndefined();
    expect(answer('how many digits does the largest known prime have?', 'The largest known prime number has 22,338,618 decimal digits.', 'en')?.text).toBe('22,338,618 decimal digits');
  });
});

describe('a count the question’s words are said of, in the conjunct before what is counted', () => {
  it('answers by the number the question’s verb is said of outright, over one that counts a kind of what is asked but is said of nothing asked', () => {
    expect(answer('how many people died?', 'At least 14 died and two passengers are still missing.', 'en')?.text).toBe('At least 14');
    const bn = "স্থানীয় পঞ্চায়েত প্রধানের দাবি, অন্তত ১৪ জন মারা গিয়েছেন এবং দু'জন যাত্রী এখনও নিখোঁজ।";
    expect(answer('पंचायत प्रधान के हिसाब से कितने लोग मरे हैं?', bn, 'bn')?.value).toEqual({ kind: 'count', n: 14 });
    expect(answer('कितने लोगों की मौत हुई?', 'कम से कम 14 की मौत हो गई और दो यात्री अब भी लापता हैं।', 'hi')?.value).toEqual({ kind: 'count', n: 14 });
  });

  it('keeps the number what is counted stands by when the question’s words are said of it, or the other stands in another sentence', () => {
    expect(answer('how many people were injured?', 'Three people died and 20 passengers were hurt.', 'en')?.value).toEqual({ kind: 'count', n: 20 });
    expect(answer('how many people died?', 'At least 14 were rescued and two passengers died.', 'en')?.value).toEqual({ kind: 'count', n: 2 });
    expect(answer('how many passengers are missing?', 'At least 14 died and two passengers are still missing.', 'en')?.value).toEqual({ kind: 'count', n: 2 });
  });
});

describe('a qualifier before a count', () => {
  it('reads "at least", कम से कम, অন্তত as the least there are, never as fewer than the number', () => {
    expect(answer('कितने लोगों की मौत हुई?', 'हादसे में कम से कम 14 लोगों की मौत हो गई।', 'hi')).toMatchObject({ text: 'कम से कम 14 लोगों', normalized: 'at least 14' });
    expect(answer('কতজন মারা গেছেন?', 'অন্তত ১৪ জন মারা গিয়েছেন।', 'bn')?.normalized).toBe('at least 14');
    expect(answer('কতজন মারা গেছেন?', 'কমপক্ষে ১৪ জন মারা গিয়েছেন।', 'bn')?.normalized).toBe('at least 14');
    expect(answer('how many people died?', 'At least 14 people died in the blast.', 'en')).toMatchObject({ text: 'At least 14 people', normalized: 'at least 14' });
    expect(answer('how many people were hurt?', 'Fewer than 10 people were hurt.', 'en')?.normalized).toBe('fewer than 10');
    expect(answer('कितने लोग घायल हुए?', '10 से कम लोग घायल हुए।', 'hi')?.normalized).not.toContain('at least');
  });

  it('shows a sum with the qualifier written before it, and reads it in English', () => {
    expect(answer('कितनी फिरौती मांगी गई?', 'हैकरों ने कम से कम 5 करोड़ रुपये की मांग की।', 'hi')).toMatchObject({ text: 'कम से कम 5 करोड़ रुपये', normalized: 'at least ₹5 crore' });
    expect(answer('মুক্তিপণ কত?', 'হ্যাকাররা প্রায় ৫০ লাখ টাকা দাবি করেছে।', 'bn')).toMatchObject({ text: 'প্রায় ৫০ লাখ টাকা', normalized: 'about ₹50 lakh' });
    expect(answer('how much ransom was demanded?', 'The hackers demanded over $5 million.', 'en')).toMatchObject({ text: 'over $5 million', normalized: 'more than $5 million' });
    expect(answer('how much ransom was demanded?', 'The hackers demanded $5 million.', 'en')).toMatchObject({ text: '$5 million', normalized: '$5 million' });
  });
});

describe('a list of sums a comma and a coordinator join', () => {
  it('gives the sum of the recipient or giver the question names, across a comma', () => {
    const sums = 'सरकार ने मृतकों के परिजनों को 4 लाख रुपये, गंभीर घायलों को 1 लाख रुपये और मामूली घायलों को 50 हजार रुपये मुआवजा देने की घोषणा की।';
    expect(answer('गंभीर घायलों को कितना मुआवजा मिलेगा?', sums, 'hi')?.text).toBe('1 लाख रुपये');
    const givers = 'केंद्र ने 2 लाख रुपये, राज्य सरकार ने 5 लाख रुपये और जिला प्रशासन ने 50 हजार रुपये मुआवजा दिया।';
    expect(answer('राज्य सरकार ने कितना मुआवजा दिया?', givers, 'hi')?.text).toBe('5 लाख रुपये');
  });

  it('counts a scale word asked about by its value in any language: how many crore', () => {
    expect(answer('How many crore was the scam?', 'घोटाला 4.5 करोड़ रुपये का है, 3 अफसर निलंबित।', 'hi')?.text).toBe('4.5 करोड़ रुपये');
    // पारा, the mercury, is how Hindi papers write the temperature
    expect(answer('दिल्ली में तापमान कितना रहा?', 'दिल्ली में पारा 46 के पार पहुंच गया।', 'hi')?.text).toBe('46');
  });
});

describe('an office’s holder, a leader in the genitive, and a measure’s number', () => {
  it('reads two or three words after an office as its holder, in no locative, with its genitive cut where what follows takes one', () => {
    expect(answer('পুলিশ কমিশনার কে?', 'পুলিশ কমিশনার মনোজ ভার্মার নির্দেশে তদন্ত শুরু হয়েছে।', 'bn')?.text).toBe('মনোজ ভার্মা');
    expect(answer('মুখ্যসচিব কে?', 'মুখ্যসচিব হরিকৃষ্ণ দ্বিবেদীর সঙ্গে বৈঠক করেন বিভিন্ন দফতরের কর্মকর্তারা।', 'bn')?.text).toBe('হরিকৃষ্ণ দ্বিবেদী');
    // no case after it: its last letter is its own
    expect(answer('who ordered the probe?', 'জেলাশাসক রাজর্ষি মিত্র ঘটনার তদন্তের নির্দেশ দিয়েছেন।', 'bn')?.text).toBe('রাজর্ষি মিত্র');
    // himself, to the spot; and two people, not one name of four words
    expect(answer('জেলাশাসক কে?', 'খবর পেয়ে জেলাশাসক নিজে ঘটনাস্থলে গিয়ে পরিস্থিতি খতিয়ে দেখেন।', 'bn')).toBeUndefined();
    expect(answer('পরিবহণ মন্ত্রী কে?', 'পরিবহণ মন্ত্রী স্নেহাশিস চক্রবর্তী জাফর আলির সঙ্গে দেখা করেন।', 'bn')?.text).not.toBe('স্নেহাশিস চক্রবর্তী জাফর আলির');
  });

  it('takes a leader in the genitive as the doer only of what the question asks right after the leadership', () => {
    const budget = 'বুধবার মুখ্যমন্ত্রী মমতা বন্দ্যোপাধ্যায়ের সভাপতিত্বে মন্ত্রিসভার বৈঠকে অর্থমন্ত্রী চন্দ্রিমা ভট্টাচার্য বাজেট পেশ করেন।';
    expect(answer('কে বাজেট পেশ করেন?', budget, 'bn')?.text ?? '').not.toMatch(/^মমতা/);
  });

  it('answers a measure only with a number by its word or before its unit, ending at the unit', () => {
    expect(answer('भूकंप की तीव्रता क्या थी?', 'शुक्रवार सुबह आए भूकंप से 12 लोगों की मौत हो गई और 40 घर ढह गए।', 'hi')).toBeUndefined();
    expect(answer('what was the speed of the car?', 'The car hit 4 pedestrians on the highway before crashing into a divider on Sunday night.', 'en')).toBeUndefined();
    expect(answer('भूकंप की तीव्रता क्या थी?', 'रिक्टर स्केल पर भूकंप की तीव्रता 5.6 मापी गई।', 'hi')?.text).toBe('5.6');
    expect(answer('what was the height of the wave?', 'Waves as high as 5 metres hit the coast, destroying 300 houses.', 'en')?.text).toBe('5 metres');
    // a unit however it is spelt
    expect(answer('मूर्ति की ऊंचाई कितनी है?', 'नई प्रतिमा की ऊंचाई 51 फ़ुट है।', 'hi')?.text).toBe('51 फ़ुट');
    expect(answer('বোরওয়েলের গভীরতা কত?', '২০১৯ সালে খোঁড়া ওই বোরওয়েলের গভীরতা ৭০০ ফিট।', 'bn')?.text).toBe('৭০০ ফিট');
  });

  it('asked the hour, gives the day where no clock is written', () => {
    expect(answer('भूकंप कितने बजे आया?', 'रविवार देर रात भूकंप आया।', 'hi')?.normalized).toBe('Sunday');
  });
});

describe('the case a who question asks, read as the passage’s language marks it (issue 15, item 4)', () => {
  it('answers whom a Hindi or Bengali question asks (किसे, কাকে) by the object an English passage writes after its verb', () => {
    expect(answer('पुलिस ने किसे गिरफ्तार किया?', 'Police arrested Ravi Rao on Monday after a raid in Pune.', 'en')?.text).toBe('Ravi Rao');
    expect(answer('কাকে গ্রেফতার করা হয়েছে?', 'Inspector Mehta arrested Ravi Rao on Monday.', 'en')?.text).toBe('Ravi Rao');
    // the doer of the active voice underwent nothing, whatever words stand between the question word and its verb
    expect(answer('किसे गिरफ्तार किया गया?', 'Inspector Mehta arrested the suspect on Monday.', 'en')).toBeUndefined();
    expect(answer('किसे सोमवार को गिरफ्तार किया गया?', 'Inspector Sunil Verma arrested Ramesh Kumar in Delhi on Monday.', 'en')?.text).toBe('Ramesh Kumar');
    expect(answer('किसे पुलिस ने गिरफ्तार किया?', 'Inspector Sunil Verma arrested Ramesh Kumar in Delhi on Monday.', 'en')?.text).toBe('Ramesh Kumar');
  });

  it('answers who did it (किसने) as an English "who" is answered: by the subject an English passage writes before its verb first', () => {
    expect(answer('रवि राव को किसने गिरफ्तार किया?', 'Inspector Mehta arrested Ravi Rao on Monday.', 'en')?.text).toBe('Inspector Mehta');
    expect(answer('किसने गिरफ्तार किया?', 'Inspector Mehta arrested Ravi Rao on Monday.', 'en')?.text).toBe('Inspector Mehta');
    // the subject of a passive underwent it: asked who did it, it is no answer
    expect(answer('किसने हमला किया?', 'Sunil Yadav was attacked by a mob in Alwar on Sunday.', 'en')).toBeUndefined();
    expect(answer('किसने मारा?', 'Ramesh Kumar was killed by a speeding truck on the highway.', 'en')).toBeUndefined();
  });

  it('reads the object’s and the genitive’s markers of the passage’s own language (কাকে over Hindi: को; किसे over Bengali: কে)', () => {
    expect(answer('কাকে গ্রেফতার করা হয়েছে?', 'इंस्पेक्टर मेहता ने रवि राव को गिरफ्तार किया।', 'hi')?.text).toBe('रवि राव');
    expect(answer('किसे गिरफ्तार किया गया?', 'সোমবার পুলিশ রবি রাওকে গ্রেফতার করেছে।', 'bn')?.text).toBe('রবি রাও');
    expect(answer('Whose car was stolen?', 'सोमवार रात रवि राव की कार चोरी हो गई।', 'hi')?.text).toBe('रवि राव की');
    expect(answer('किसकी कार चोरी हुई?', "Ravi Rao's car was stolen on Monday night.", 'en')?.text).toBe("Ravi Rao's");
  });

  it('reads a genitive a postposition governs (किसके लिए) as no possessive in English, which writes "for X"', () => {
    expect(answer('वह किसके लिए खेलते थे?', "He played for Mumbai Titans, Pune's rivals.", 'en')?.text).toBe('Mumbai Titans');
  });
});

describe('a Hindi name written once, where the grammar says a name stands', () => {
  it('takes the genitive before a noun of leading as the doer asked for (X के नेतृत्व में: led by X)', () => {
    const hi = 'मार्च में बनी जांच समिति ने अरविंद मेहरोत्रा के नेतृत्व में अपनी रिपोर्ट सौंपी।';
    expect(answer('जांच समिति का नेतृत्व किसने किया?', hi, 'hi')?.text).toBe('अरविंद मेहरोत्रा');
    // not what another clause says is led, nor common words in the genitive (a plural, a word of the dictionary, or
    // Bengali words the English–Hindi dictionary cannot vouch for)
    expect(answer('टीम का नेतृत्व कौन करेगा?', 'रोहित शर्मा के नेतृत्व में भारत ने पिछला विश्व कप जीता था और अब चयनकर्ता तय करेंगे कि टीम का नेतृत्व कौन करेगा।', 'hi')).toBeUndefined();
    expect(answer('अभियान का नेतृत्व किसने किया?', 'स्थानीय महिलाओं के नेतृत्व में गांव में सफाई अभियान चलाया गया।', 'hi')).toBeUndefined();
    expect(answer('जांच का नेतृत्व किसने किया?', 'सेवानिवृत्त न्यायाधीश के नेतृत्व में मामले की जांच हुई।', 'hi')).toBeUndefined();
    expect(answer('তদন্তের নেতৃত্ব কে দেন?', 'অবসরপ্রাপ্ত বিচারপতির নেতৃত্বে ঘটনার তদন্ত হয়।', 'bn')).toBeUndefined();
    expect(answer('আন্দোলনের নেতৃত্ব কে দেন?', 'প্রাক্তন সেনাকর্মীদের নেতৃত্বে বিশ্ববিদ্যালয়ে আন্দোলন হয়।', 'bn')).toBeUndefined();
  });

  it('reads a name on past a hyphen and the titles before it (मेजर जनरल जीन-पियरे लावाल)', () => {
    const a = answer('सेना का नेतृत्व किसने किया?', 'मई 1756 में फ्रांसीसी सेना मेजर जनरल जीन-पियरे लावाल के नेतृत्व में किले तक पहुंची।', 'hi');
    expect(a?.text).toBe('मेजर जनरल जीन-पियरे लावाल');
    expect(a?.normalized).toMatch(/ [A-Z][a-z]+-[A-Z][a-z]+ /);
    // two words a hyphen joins are one word, written once: an echo compound is no name of two words
    expect(answer('किसकी वजह से मार्ग बंद रहा?', 'अफरा-तफरी की वजह से मार्ग घंटों बंद रहा।', 'hi')).toBeUndefined();
    expect(answer('किसने माहौल बिगाड़ा?', 'सभा में गाली-गलौज ने माहौल बिगाड़ दिया।', 'hi')).toBeUndefined();
  });

  it('answers with the name that opens its sentence in a verb-final language, the subject of the clause that holds the question’s words', () => {
    // (the question's words stand well past the name: no subject right before them)
    const body = 'रीना कोहली पिछले दो सत्रों में अपनी टीम को खिताब दिलाने वाली पहली कप्तान बनीं। फाइनल में रीना कोहली ने 45 रन बनाए।';
    const first = body.slice(0, body.indexOf('।') + 1);
    expect(answer('Who was the first captain to win the title?', first, 'hi', body)?.text).toBe('रीना कोहली');
    expect(answer('खिताब दिलाने वाली पहली कप्तान कौन थीं?', first, 'hi', body)?.text).toBe('रीना कोहली');
    // not past a copula, a coordinator or a word that opens another clause, whose subject is another
    const driver = 'राहुल वर्मा अस्पताल में भर्ती हैं और दुर्घटना के समय गाड़ी उनका ड्राइवर चला रहा था।';
    expect(answer('दुर्घटना के समय गाड़ी कौन चला रहा था?', driver, 'hi', `${driver} राहुल वर्मा ने कहा।`)).toBeUndefined();
    const masterminds = 'अजय मेहरा जांच में सहयोग कर रहे हैं जबकि हमले का मास्टरमाइंड अब भी फरार है।';
    expect(answer('हमले का मास्टरमाइंड कौन था?', masterminds, 'hi', `${masterminds} अजय मेहरा ने कहा।`)).toBeUndefined();
    // not where a doer's marker in the clause names another: the name opening it is its object
    const bought = 'मेहता ट्रेडर्स पिछले साल मुंबई के कारोबारी अमित राणा ने पांच करोड़ रुपये में खरीदी थी।';
    const all = `${bought} मेहता ट्रेडर्स ने बयान जारी किया। अमित राणा ने कहा।`;
    expect(answer('Who bought the firm for five crore rupees?', bought, 'hi', all)?.text).toMatch(/अमित राणा$/);
  });
});

describe('a name in apposition, held by the phrase it names someone of', () => {
  const en = 'The last Prime Minister of Veldoria, Oskar Velden, and the Interior Minister of Veldoria, Tomas Berg, are both descendants of one family.';
  const hi = 'वेल्डोरिया के अंतिम प्रधानमंत्री, ओस्कर वेल्डन, और वेल्डोरिया के गृह मंत्री, टॉमस बर्ग, दोनों एक ही परिवार के वंशज हैं।';
  it('answers with the name set off after the phrase that holds the question’s words, not the one after another office', () => {
    expect(answer('Who was the last Prime Minister of Veldoria?', en, 'en')?.text).toBe('Oskar Velden');
    expect(answer('Who was the interior minister?', en, 'en')?.text).toBe('Tomas Berg');
    expect(answer('Who was the last Prime Minister of Veldoria?', hi, 'hi')?.text).toBe('ओस्कर वेल्डन');
  });
});

describe('a word that only qualifies what a which question asks about', () => {
  it('answers only where it ends its phrase: "prominent German officers" says not which German ruler', () => {
    const en = 'Many prominent German officers, artists and politicians were of Huguenot descent.';
    expect(answer('Which German ruler invited Huguenot immigrants?', en, 'en')).toBeUndefined();
    const hi = 'कई प्रसिद्ध जर्मन सैन्याधिकारी, कलाकार और राजनेता ह्यूगनॉट वंश के थे।';
    expect(answer('किस जर्मन शासक ने ह्यूगनॉट प्रवासियों को आमंत्रित किया?', hi, 'hi')).toBeUndefined();
    // what qualifies the head itself still answers, and so does the qualifier where the question's words go on from it
    expect(answer('Which German ruler invited Huguenot immigrants?', 'The Prussian ruler invited Huguenot immigrants to Brandenburg.', 'en')?.text).toBe('Prussian ruler');
    expect(answer('What image campaign was the jingle based around?', 'The jingle was based around the network\'s "We Love TV" image campaign.', 'en')?.text).toContain('We Love TV');
  });
});

describe('which person of a kind: a name answers, as for who (issue 14, item 3)', () => {
  const passage = (text: string, language: Language) => ({ text: analyzeText(text, language), body: text, offset: 0, language });
  it('asks who, unless the kind is one the lexicon reads as an actor or a kind of the person is asked', () => {
    expect(planQuestion('Which player was fined after the match?').type).toBe('person');
    expect(planQuestion('Which player was fined after the match?').personKind?.raw).toBe('player');
    expect(planQuestion('किस खिलाड़ी ने सबसे ज्यादा रन बनाए?').type).toBe('person');
    expect(planQuestion('What kind of farmers grow soy?').type).toBe('thing');
    expect(planQuestion('Which team won the final?').type).toBe('thing');
    expect(planQuestion('Which bridge collapsed?').type).toBe('thing');
  });
  it('is answered by a name in its role, and a passage that names someone holds the answer', () => {
    const fined = 'After the match, Arjun Mehta was fined by the league for a late tackle.';
    expect(answer('Which player was fined after the match?', fined, 'en')?.text).toBe('Arjun Mehta');
    const plan = planQuestion('Which player was fined after the match?');
    expect(typeStrength(plan, passage(fined, 'en'))).toBeGreaterThan(typeStrength(plan, passage('After the match, the league fined the club for a late tackle.', 'en')));
  });
  it('asks who underwent what the kind’s people underwent, in the case written after the kind, and passes over one who only tells of it', () => {
    expect(answer('Which players were dropped from the squad?', 'Selectors dropped batsmen Shikhar Dhawan and Ajinkya Rahane from the squad for the tour.', 'en')?.text).toBe('Shikhar Dhawan and Ajinkya Rahane');
    expect(answer('Which suspect was arrested?', 'Delhi Police arrested the main suspect, Sahil Khan, from Haryana, DCP Manoj Kumar said.', 'en')?.text).toBe('Sahil Khan');
    expect(answer('किस खिलाड़ी को गिरफ्तार किया गया?', 'पुलिस ने खिलाड़ी अमन वर्मा को गिरफ्तार किया।', 'hi')?.text).toBe('अमन वर्मा');
    // the doer's case, before what the passage says of the kind ("वह एक शानदार खिलाड़ी हैं")
    expect(answer('किस खिलाड़ी ने शतक बनाया?', 'विराट कोहली ने शतक बनाया। वह एक शानदार खिलाड़ी हैं, कोच राहुल द्रविड़ ने कहा।', 'hi')?.text).toBe('विराट कोहली');
    // (the physio only told of it)
    expect(answer('किस खिलाड़ी को चोट लगी?', 'मैच के दौरान ऋषभ पंत को चोट लगी, टीम के फिजियो नितिन पटेल ने बताया।', 'hi')?.text ?? '').not.toContain('नितिन पटेल');
  });
  it('answers with the name the passage calls by the kind, not the word that qualifies the kind', () => {
    const built = 'The bridge was designed in 1901 by Welsh architect Owen Parry, who also built the dam.';
    expect(answer('Which architect designed the bridge?', built, 'en')?.text).toBe('Owen Parry');
    // (and a passage that names no one still says which by what it says of the kind)
    expect(answer('Which German ruler invited Huguenot immigrants?', 'The Prussian ruler invited Huguenot immigrants to Brandenburg.', 'en')?.text).toBe('Prussian ruler');
  });
});

describe('one Hindi word right after "what" that ends the question, or a passive auxiliary after it', () => {
  it('is the verb of what was done, not what is asked about: no answer holds it', () => {
    expect(planQuestion('न्यूकैसल यूनिवर्सिटी ने 2000 में क्या जीता?').whichIsVerb).toBe(true);
    expect(planQuestion('हैकर्स ने क्या मांगा?').whichIsVerb).toBe(true);
    expect(planQuestion('गांधी के कार्य को क्या कहा जाता था?').whichIsVerb).toBe(true);
    const won = 'न्यूकैसल यूनिवर्सिटी ने 2000 में संडे टाइम्स यूनिवर्सिटी ऑफ द ईयर पुरस्कार जीता।';
    expect(answer('न्यूकैसल यूनिवर्सिटी ने 2000 में क्या जीता?', won, 'hi')?.text ?? '').not.toContain('जीता');
    const called = 'गांधी के काम को क्रांतिकारी सविनय अवज्ञा बताया गया है।';
    expect(answer('गांधी के कार्य को क्या कहा जाता था?', called, 'hi')?.text ?? '').not.toContain('बताया');
    // a noun may end a question with no verb where no doer stands before it, and after "which" a passive's
    // auxiliary is a verb of going: what was lost, which school they go to
    expect(answer('हमले में क्या नुकसान?', 'हमले में भारी आर्थिक नुकसान हुआ।', 'hi')?.text).toBe('भारी आर्थिक नुकसान');
    expect(answer('छात्र किस स्कूल जाते हैं?', 'छात्र सरकारी मॉडल स्कूल जाते हैं।', 'hi')?.text).toBe('सरकारी मॉडल स्कूल');
    expect(planQuestion('किस शहर गए?').whichIsVerb).toBe(false);
    // after "which" a noun may end the question alone, and a noun before a copula is asked about
    expect(planQuestion('कौन सा देश?').whichIsVerb).toBe(false);
    expect(planQuestion('कौन सा देश?').which.map((u) => u.raw)).toEqual(['देश']);
    expect(planQuestion('हमले का कारण क्या था?').whichIsVerb).toBe(false);
  });
});

describe('a Bengali count whose cased classifier stands apart', () => {
  it('ends at its classifier, as one written onto the number does: what follows names where, not what is counted', () => {
    expect(answer('কতজন হাসপাতালে ভর্তি?', 'অসুস্থ অবস্থায় ৪৫ জনকে হলদিয়া মহকুমা হাসপাতালে ভর্তি করা হয়েছে।', 'bn')?.text).toBe('৪৫ জনকে');
    // (a classifier with no case runs on to what it counts)
    expect(answer('কতজন যাত্রী হাসপাতালে ভর্তি?', 'অসুস্থ অবস্থায় ৪৫ জন যাত্রীকে হাসপাতালে ভর্তি করা হয়েছে।', 'bn')?.text).toBe('৪৫ জন যাত্রীকে');
  });
});

describe('an office with its qualifiers and nothing else', () => {
  it('names no one: asked who, it is no short answer', () => {
    const committee = 'A three-member inquiry committee headed by Additional Chief Secretary (Labour) Meenakshi Ghosh has been asked to submit its report.';
    // (the bracket between the office and the name still parts them: no name is sure, and none is given)
    expect(answer('Who heads the inquiry committee?', committee, 'en')).toBeUndefined();
    // (the holder's name after the office still answers)
    expect(answer('Who heads the inquiry committee?', 'A three-member inquiry committee headed by Additional Chief Secretary Meenakshi Ghosh has been asked to submit its report.', 'en')?.text).toContain('Meenakshi Ghosh');
  });
});

describe('a span cut out of a bracketed name', () => {
  it('gives no short answer that opens a bracket it does not close, or closes one it did not open', () => {
    const act = 'An individual may not sit in the Scottish Parliament if he or she is judged to be insane under the terms of the Mental Health (Care and Treatment) (Scotland) Act 2003.';
    const a = answer('What act sets the term for judging the boundaries of sanity to which individuals wishing to sit on the Parliament must adhere?', act, 'en');
    expect(a === undefined || (a.text.split('(').length === a.text.split(')').length && !/^[^(]*\)/.test(a.text))).toBe(true);
    // a bracket opened and closed inside the span is kept: "412 (3.1%) couples" asks nothing cut
    expect(answer('How many couples were counted?', 'The census counted 412 (3.1%) couples in the town.', 'en')?.text).toBe('412');
  });
});

describe('reading a cause', () => {
  it('reads why, and what caused something, as asking a cause; not a question that gives one', () => {
    for (const q of ['Why was the train delayed?', 'What caused the fire?', 'What was the reason for the outage?', 'पुल क्यों गिरा?', 'हादसे की वजह क्या थी?', 'किस वजह से आग लगी?', 'গাছ কেন পড়ল?', 'আগুন লাগার কারণ কী?', 'কী কারণে আগুন লাগল?'])
      expect(planQuestion(q).asksCause, q).toBe(true);
    // (a cause the question gives says what happened to what it asks about, how asks a manner)
    for (const q of ['What went down because of the attack?', 'Which server went down because of the attack?', 'How did the hackers get in?', 'बारिश के कारण कितने घर गिरे?', 'what was caused by the storm?'])
      expect(planQuestion(q).asksCause, q).toBe(false);
  });

  it('answers with the words a marker of cause ties to the question\'s, after it in English and before it in Hindi and Bengali', () => {
    expect(answer('Why was the train delayed?', 'The train was delayed due to a signal failure at Itarsi.', 'en')).toMatchObject({ text: 'signal failure at Itarsi', value: { kind: 'words' } });
    expect(answer('Why did the bridge collapse?', 'The bridge collapsed because of heavy rain and poor maintenance, officials said.', 'en')?.text).toBe('heavy rain');
    expect(answer('What caused the blackout?', 'The blackout was caused by a fault in the grid that spread within minutes.', 'en')?.text).toBe('fault in the grid');
    expect(answer('Why do they refuse?', 'They refuse because of their belief in the rights of others.', 'en')?.text).toBe('their belief in the rights of others');
    expect(answer('पुल क्यों गिरा?', 'भारी बारिश के कारण पुल गिर गया।', 'hi')?.text).toBe('भारी बारिश');
    // (a cause written as a clause ends in its verbal noun)
    expect(answer('ट्रेनें क्यों लेट हुईं?', 'सिग्नल फेल होने के कारण 42 ट्रेनें लेट हुईं।', 'hi')?.text).toBe('सिग्नल फेल होने');
    expect(answer('ট্রেন কেন দেরিতে চলল?', 'সিগন্যাল বিকল হওয়ার কারণে ট্রেন দেরিতে চলে।', 'bn')?.text).toBe('সিগন্যাল বিকল হওয়ার');
  });

  it('answers with what a noun of cause is said to be, past the verb and auxiliaries that end its clause', () => {
    expect(answer('What was the cause of the fire?', 'The cause of the fire was a short circuit in the storage unit.', 'en')?.text).toBe('short circuit in the storage unit');
    expect(answer('हादसा क्यों हुआ?', 'पुलिस के मुताबिक हादसे की वजह ट्रक का ब्रेक फेल होना है।', 'hi')?.text).toBe('ट्रक का ब्रेक फेल');
    expect(answer('गोदाम में आग क्यों लगी?', 'शुरुआती जांच में आग की वजह गोदाम में बिजली का शॉर्ट सर्किट लग रही है।', 'hi')?.text).toBe('बिजली का शॉर्ट सर्किट');
    expect(answer('আগুন লাগার কারণ কী?', 'আগুনের কারণ শর্ট সার্কিট বলে মনে করা হচ্ছে।', 'bn')?.text).toBe('শর্ট সার্কিট');
  });

  it('gives no cause of something else, none the question already says, and none where no marker says one', () => {
    // (the marker's clause is another's: the hospital closed for renovation)
    expect(answer('Why did patients die?', 'The hospital, which was closed due to renovation, said three patients died.', 'en')).toBeUndefined();
    // (the collapse is what the question asks about, not its cause)
    expect(answer('पुल क्यों गिरा?', 'पुल गिरने की वजह से दो मजदूरों की मौत हो गई।', 'hi')).toBeUndefined();
    expect(answer('Why did the hoarding collapse?', 'The hoarding collapsed in strong winds, officials said.', 'en')).toBeUndefined();
    // (nor a word of the question a sound alone finds)
    expect(answer('Why was the train delayed?', 'The rain was heavy due to a low-pressure area.', 'en')).toBeUndefined();
    // (nor the cause of another thing done to what is asked about: the fire spread because of the wind)
    expect(answer('Why did the fire break out?', 'The fire spread quickly because of the wind.', 'en')).toBeUndefined();
    // (nor the question's own event, written as a verbal noun before the marker: it caused the deaths)
    expect(answer('फैक्ट्री में आग क्यों लगी?', 'फैक्ट्री में आग लगने के कारण तीन मजदूरों की मौत हो गई।', 'hi')).toBeUndefined();
    // (nor a word that points back to another sentence)
    expect(answer('ट्रेनें क्यों रद्द हुईं?', 'कोहरा बहुत घना था। इसी कारण ट्रेनें रद्द हुईं।', 'hi')).toBeUndefined();
  });

  it('gives no cause a phrase denies, nor what follows a noun of cause that is not said to be the cause', () => {
    expect(answer('Why did the bridge collapse?', 'The bridge did not collapse due to overloading, the engineer said.', 'en')).toBeUndefined();
    expect(answer('पुल क्यों गिरा?', 'पुल ओवरलोडिंग के कारण नहीं गिरा।', 'hi')).toBeUndefined();
    expect(answer('आग की वजह क्या थी?', 'आग की वजह अभी पता नहीं चल पाई है।', 'hi')).toBeUndefined();
    expect(answer('हादसे का कारण क्या था?', 'हादसे का कारण पता लगाने के लिए फॉरेंसिक टीम मौके पर पहुंची।', 'hi')).toBeUndefined();
    expect(answer('हादसे का कारण क्या था?', 'हादसे की वजह जानने के लिए जांच कमेटी गठित की गई है।', 'hi')).toBeUndefined();
    expect(answer('আগুনের কারণ কী?', 'আগুনের কারণ খতিয়ে দেখছে পুলিশ ও দমকল।', 'bn')).toBeUndefined();
  });

  it('gives no cause said to be unknown, keeps a negation within the cause, and ends a cause at another marker', () => {
    expect(answer('What caused the accident?', 'Police said the cause of the accident was unclear.', 'en')).toBeUndefined();
    expect(answer('What caused the fire?', 'The cause of the fire was still being probed.', 'en')).toBeUndefined();
    expect(answer('आग लगने की वजह क्या थी?', 'आग की वजह अज्ञात है।', 'hi')).toBeUndefined();
    expect(answer('দুর্ঘটনার কারণ কী?', 'দুর্ঘটনার কারণ অজানা বলে মনে করা হচ্ছে।', 'bn')).toBeUndefined();
    // (न denies the verbal noun within the cause: the wages not paid)
    expect(answer('मजदूरों ने हड़ताल क्यों की?', 'वेतन न मिलने के कारण मजदूरों ने हड़ताल की।', 'hi')?.text).toBe('वेतन न मिलने');
    expect(answer('स्कूल क्यों बंद रहे?', 'भारी बारिश के कारण जलभराव के कारण शहर के स्कूल बंद रहे।', 'hi')?.text).toBe('जलभराव');
  });

  it('gives no cause that runs into a clause of the question\'s own words, nor what is left of the question\'s words after them', () => {
    expect(answer('What caused the fire?', 'Firefighters were delayed because of traffic as the fire spread through the market.', 'en')).toBeUndefined();
    expect(answer('What caused the stampede?', 'Police were deployed because of the stampede at the temple.', 'en')).toBeUndefined();
  });

  it('reads a cause sentence that opens with its marker without failing, and leaves out the question\'s words that open a cause', () => {
    expect(() => answer('লোকাল ট্রেন কেন বাতিল করা হয়েছে?', 'এর ফলে বহু লোকাল ট্রেন বাতিল করা হয়েছে।', 'bn')).not.toThrow();
    expect(answer('লোকাল ট্রেন কেন বাতিল করা হয়েছে?', 'এর ফলে বহু লোকাল ট্রেন বাতিল করা হয়েছে।', 'bn')).toBeUndefined();
    expect(answer('आग क्यों लगी?', 'पुलिस के अनुसार फैक्ट्री में आग शॉर्ट सर्किट के कारण लगी।', 'hi')?.text).toBe('शॉर्ट सर्किट');
    // (a noun of cause said to be one outright is read before a marker's cause nearer the question's words)
    expect(answer('What caused the fire?', 'The fire spread quickly because of the wind, and officials said the cause of the fire was a gas leak.', 'en')?.text).toBe('gas leak');
    // (a noun of cause that names what it is the cause of in the question's words answers, though the phrase holds
    // no other word of the question)
    expect(answer('Why did the fire break out?', 'Officials said the cause of the fire was a gas leak.', 'en')?.text).toBe('gas leak');
    // (a Bengali verbal noun's genitive, লাগার, before the noun of cause)
    expect(answer('আগুন লাগার কারণ কী?', 'আগুন লাগার কারণ শর্ট সার্কিট বলে মনে করা হচ্ছে।', 'bn')?.text).toBe('শর্ট সার্কিট');
  });
});
