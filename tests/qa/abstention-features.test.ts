import { describe, expect, it } from 'vitest';
import { abstentionFeatures, namesOnlyUnmentioned } from '../../src/qa/abstain.js';
import { ask } from '../../src/qa/answer.js';
import { consider } from '../../src/qa/consider.js';
import { unmentioned } from '../../src/qa/uncovered.js';
import { SearchIndex } from '../../src/search/index.js';
import { article } from '../helpers/index.js';
import type { Article } from '../../src/corpus/article.js';

/** An index of hand-made articles. */
const indexOf = (...articles: Article[]) => SearchIndex.build({ articles, failures: [], fingerprint: 'abstention-features' });
/** The abstention features a question gives over an index (none when nothing is found). */
const featuresOf = (index: SearchIndex, question: string) => abstentionFeatures(index, consider(index, question));

describe('the abstention feature for words found only by their sound (names, loanwords) across languages', () => {
  const body = ['Marcus Heller opened the new library in Riverton last year.', 'The library lends books to every school in the valley.'].join('\n\n');
  const index = indexOf(article('library', 'en', 'A library for Riverton', body));
  const sounded = (question: string) => featuresOf(index, question)?.sounded;

  it('is high when the passage holds the names a Hindi question gives, and 0 when it holds none of them', () => {
    expect(sounded('मार्कस हेलर ने पुस्तकालय कब खोला?')).toBeGreaterThanOrEqual(0.5);
    expect(sounded('जोनाथन ब्रिग्स ने पुस्तकालय कब खोला?')).toBe(0);
  });

  it('does not count a word the passage holds only one consonant off (a longer name that is not there)', () => {
    // रिवरस्टन less one consonant sounds as Riverton does: across a corpus some word nearly always does
    expect(sounded('रिवरस्टन में पुस्तकालय कब खुला?')).toBe(0);
    expect(sounded('रिवरटन में पुस्तकालय कब खुला?')).toBeGreaterThanOrEqual(0.5);
  });

  it('is 1 for a question in the article’s own language, whose names the other features judge', () => {
    expect(sounded('When did Jonathan Briggs open the library?')).toBe(1);
  });
});

describe('the abstention feature for how many of the question’s words the best passage holds', () => {
  const body = [
    'Marcus Heller opened the new library in Riverton last year.',
    'Heller later moved away from the valley.',
  ].join('\n\n');
  const index = indexOf(article('library', 'en', 'A town in the valley', body));
  const features = (question: string) => featuresOf(index, question)!;

  it('counts each content word alike, whatever its weight: all of them held is 1, one of four is a quarter', () => {
    expect(features('When did Heller open the library in Riverton?').together).toBe(1);
    // Heller is held; harbour, ferry and sail are in no passage
    expect(features('Did Heller sail the ferry from the harbour?').together).toBe(0.25);
  });

  it('is higher for a question whose other words the passage holds than for one of which it holds only the name', () => {
    const asked = features('Where did Heller open the library?');
    const nameOnly = features('Where did Heller sell his boat?');
    expect(asked.together).toBeGreaterThan(nameOnly.together);
  });
});

describe('the abstention feature for how much of the best passage’s match one word makes, across languages', () => {
  const body = ['Marcus Heller opened the new library in Riverton last year.', 'The library lends books to every school in the valley.'].join('\n\n');
  const index = indexOf(article('library', 'en', 'A library for Riverton', body));
  const alone = (question: string) => featuresOf(index, question)?.alone;

  it('is 1 when the passage meets a Hindi question in one word only, and lower when it meets it in several', () => {
    // Marcus is the only word of the question the passage holds: ship and sold are in no passage
    expect(alone('मार्कस ने जहाज़ कब बेचा?')).toBe(1);
    // the name, library and opened: no one word makes the match
    expect(alone('मार्कस हेलर ने पुस्तकालय कब खोला?')).toBeLessThan(0.5);
  });

  it('is 0 for a question in the article’s own language, where one word found as written is no chance likeness', () => {
    expect(alone('When did Marcus sell the ship?')).toBe(0);
  });
});

describe('the abstention features for how much of the question the corpus knows', () => {
  const body = ['The old hall was called Riverton Hall until 1950.', 'Marcus Heller opened a library in it.'].join('\n\n');
  const index = indexOf(article('hall', 'en', 'A hall in Riverton', body));
  const features = (question: string) => featuresOf(index, question)!;

  it('knows a word the corpus holds by its form or its whole sound, not by a chance likeness of a short key', () => {
    // रिवरटन sounds as Riverton does, consonant for consonant
    expect(features('रिवरटन क्या है?').known).toBe(1);
    // क्लेड्स (clades) sounds a little like "called": three consonants alike is no sign the corpus speaks of it
    const clades = features('क्लेड्स क्या हैं?');
    expect(clades.known).toBe(0);
    expect(clades.unknown).toBe(1);
  });

  it('does not know a word that only sounds like another word of its own script, and knows another spelling of a word the corpus holds', () => {
    const english = indexOf(article('hall', 'en', 'The hall', 'Thomas Burton opened the hall in 1950.'));
    const known = (question: string) => featuresOf(english, question)!;
    // Verton sounds as Burton does (v and b are one class of the key), but both are English words, written apart
    expect(known('Who is Verton?').known).toBe(0);
    expect(known('Who is Verton?').unknown).toBe(1);
    // Burtton is Burton spelled with one letter doubled
    expect(known('Who is Burtton?').known).toBe(1);
  });

  it('does not know a Hindi word that only sounds like a Hindi word of the corpus, and knows another spelling of one or one heard across scripts', () => {
    const hindi = indexOf(article('hall', 'hi', 'रिवरटन का हॉल', 'पुराने हॉल का नाम 1950 तक रिवरटन हॉल था।\n\nवहाँ के लोग प्रसन्न थे।'));
    const known = (question: string) => featuresOf(hindi, question)!.known;
    // फ्रेस्नो and प्रसन्न share a key (f and p are one class), not their letters
    expect(known('फ्रेस्नो क्या है?')).toBe(0);
    // रिवर्टन is रिवरटन spelled with a virama
    expect(known('रिवर्टन क्या है?')).toBe(1);
    expect(known('Riverton kya hai?')).toBe(1);
    expect(known('रिवरटन क्या है?')).toBe(1);
  });

  it('knows a slip of the keyboard as the word it stands for, when the corpus holds that word', () => {
    const hindi = indexOf(article('ransom', 'hi', 'साइबर हमला', 'हैकर्स ने अस्पताल से 200 करोड़ रुपये मांगे।'));
    const features = (question: string) => featuresOf(hindi, question)!;
    // hackrs is one letter off hacker, which the corpus holds by its concept (हैकर्स)
    expect(features('What did the hackrs demand?').known).toBe(features('What did the hackers demand?').known);
    expect(features('What did the hackrs demand?').unknown).toBe(0);
  });

  it('reads the script of the word that holds the key, not the article’s language: an English word inside Hindi text is heard as English', () => {
    const hindi = indexOf(article('hall', 'hi', 'हॉल', 'हॉल का नाम Burton Hall था।'));
    const known = (question: string) => featuresOf(hindi, question)!.known;
    expect(known('Who is Verton?')).toBe(0);
    // another spelling of the English word, heard in it (its own spelling is not in the corpus)
    expect(known('Who is Burtton?')).toBe(1);
    // two words of one key, one heard and one not, each judged by its own spelling, in either order
    const both = known('Did Verton meet Burtton?');
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThan(1);
    expect(known('Did Burtton meet Verton?')).toBeCloseTo(both, 10);
  });

  it('hears a word in another script however many words of its own script share its key before it', () => {
    const english = Array.from({ length: 12 }, (_, i) => article(`en-${i}`, 'en', 'Notes', `A person was seen at gate ${i + 1}.`));
    const hindi = article('hi-city', 'hi', 'शहर', 'फ्रेस्नो एक शहर है।');
    const index = indexOf(...english, hindi);
    // "person" shares Fresno's key (f and p are one class) in twelve passages before the Hindi one
    expect(featuresOf(index, 'Where is Fresno?')!.known).toBe(1);
  });

  it('does not hear a word in a word whose key is one consonant off its own, nor a native Hindi word in an English one', () => {
    const hindi = indexOf(article('hall', 'hi', 'हॉल', 'पुराने हॉल का नाम रिवरस्टन हॉल था।'));
    // रिवरस्टन less its s sounds as Riverton does: the index holds that near key, but it is not the word
    expect(featuresOf(hindi, 'What is Riverton?')!.known).toBe(0);
    const english = indexOf(article('talk', 'en', 'The talk', 'Prakash and Marcus spoke at the hall on Monday.'));
    // प्रकाश (light) is a Hindi word of the language's own: the English name of its sound is a coincidence; मार्कस is the name
    expect(featuresOf(english, 'प्रकाश क्या है?')!.known).toBe(0);
    expect(featuresOf(english, 'मार्कस कौन है?')!.known).toBe(1);
  });
});

describe('the abstention feature for how many articles the best passages come from', () => {
  const articles = [
    article(
      'library',
      'en',
      'A library for Riverton',
      ['Marcus Heller opened the new library in Riverton last year.', 'Heller said the library would open every day.', 'The library lends books to readers.', 'Heller hired two librarians for the library.', 'The library opened a reading room.'].join('\n\n'),
    ),
    article('harbour', 'en', 'The Riverton harbour', ['The harbour was dredged in March.', 'Fishing boats returned to the harbour after the storm.'].join('\n\n')),
    article('school', 'en', 'A new school', ['The valley school opened a new wing.', 'Teachers said the storm closed the school for a week.'].join('\n\n')),
  ];
  const index = indexOf(...articles);
  const spread = (question: string) => featuresOf(index, question)!.spread;

  it('is lower for a question whose words one article holds than for one whose words are spread over several', () => {
    // a question about the library finds its best passages in one article
    expect(spread('When did Heller open the library?')).toBe(1 / 5);
    // the storm, the valley and the boats are in three articles
    expect(spread('Did the storm close the valley boats?')).toBeGreaterThan(0.5);
  });
});

describe('the abstention features that compare articles, when two outlets ran the same story', () => {
  const library = ['Marcus Heller opened the new library in Riverton last year.', 'The library lends books to every school in the valley.'].join('\n\n');
  const harbour = ['The harbour was dredged in March.', 'Heller sailed from the harbour in a small boat.'].join('\n\n');
  const alone = indexOf(article('library', 'en', 'A library', library), article('harbour', 'en', 'A harbour', harbour));
  const copied = indexOf(article('library', 'en', 'A library', library), article('library-copy', 'en', 'The library, as another outlet ran it', library), article('harbour', 'en', 'A harbour', harbour));
  const features = (index: SearchIndex) => featuresOf(index, 'When did Heller open the library?')!;

  it('read a word-for-word copy of the best passage’s article as the same source, not as another article', () => {
    expect(features(alone).margin).toBeGreaterThan(0.2);
    // (the copy makes its words commoner, so the scores differ a little; the margin is not the copy's 0,
    // and the harbour's passage still stands against the library's)
    expect(features(copied).margin).toBeGreaterThan(0.2);
    expect(features(copied).margin).toBeLessThan(1);
    expect(features(copied).spread).toBe(features(alone).spread);
  });

  it('do not take an article that shares one line with the best one (a stock phrase, a roundup) for the same source', () => {
    const stock = 'Heller could not be reached for comment.';
    const index = indexOf(article('library', 'en', 'A library', `${library}\n\n${stock}`), article('museum', 'en', 'A museum', `Heller opened the museum in Riverton last spring.\n\n${stock}`));
    const f = featuresOf(index, 'When did Heller open the library?')!;
    // the museum's own passage stands against the library's
    expect(f.margin).toBeLessThan(1);
    expect(f.spread).toBeGreaterThan(1 / 3);
  });
});

describe('the abstention feature for the kind of value asked', () => {
  const body = ['The district set up a helpline for the families of the passengers.', 'Rescue teams worked through the night at the canal.'].join('\n\n');
  const index = indexOf(article('bus', 'en', 'Bus falls into canal', body));
  const typed = (question: string) => featuresOf(index, question)!.typed;

  it('reads a thing asked by the number that designates it as a kind of value, absent where no code follows it', () => {
    expect(typed('what is the helpline number')).toBe(0);
    // a thing asked plainly asks for no kind
    expect(typed('what is the helpline for')).toBe(1);
    const withCode = indexOf(article('bus', 'en', 'Bus falls into canal', 'The district set up a helpline number 1800-180-1104 for the families.'));
    expect(featuresOf(withCode, 'what is the helpline number')!.typed).toBe(1);
  });
});

describe('the abstention feature for a number, sum or time asked of passages that write none', () => {
  const body = [
    'Hackers attacked the servers of the Riverton water board during a long night.',
    'The board said twelve servers were attacked.',
    'Engineers said the board would reopen its offices soon.',
  ].join('\n\n');
  const index = indexOf(article('water', 'en', 'Water board', body));
  const valueless = (question: string) => featuresOf(index, question)?.valueless;

  it('is 1 when a question asks how long or when and no passage near the best writes a duration or a time', () => {
    expect(valueless('How long will the offices stay shut?')).toBe(1);
    expect(valueless('When will the board reopen its offices?')).toBe(1);
  });

  it('is 0 when a passage scoring near the best gives the count, though the best passage gives none', () => {
    const question = 'How many servers did the hackers attack during the night?';
    const [best, next] = consider(index, question).ranked;
    // (the night's passage holds more of the question; the count stands in the one below it)
    expect(best!.typed).toBe(0);
    expect(next!.typed).toBe(1);
    expect(valueless(question)).toBe(0);
  });

  it('is 0 for a question that asks for no number or time', () => {
    expect(valueless('Who attacked the servers?')).toBe(0);
    expect(valueless('What did the engineers say?')).toBe(0);
  });
});

describe('a question that names only what no article mentions', () => {
  const body = [
    'Itarsi: A failure of the electronic interlocking system at Itarsi Junction brought train movement to a crawl on Monday.',
    'In all, 42 trains were delayed by up to seven hours, and six were cancelled.',
    'Normal signalling was restored at 2.55 pm.',
    '"Nobody told us anything," said Kavita Deshmukh, a teacher travelling from Jabalpur to Pimpalwandi.',
  ].join('\n\n');
  const index = indexOf(
    article('itarsi', 'en', 'Signal failure at Itarsi delays 42 trains', body),
    article('itarsi-hi', 'hi', 'इटारसी में सिग्नल फेल, 42 ट्रेनें लेट', 'इटारसी जंक्शन पर सोमवार को इंटरलॉकिंग सिस्टम फेल होने से 42 ट्रेनें लेट हुईं। दहेज से आने वाली दो ट्रेनें रद्द हुईं।'),
  );
  const named = (question: string) => namesOnlyUnmentioned(index, consider(index, question));

  it('is abstained, and the answer says which name no article holds, though another incident’s article holds its other words', () => {
    for (const question of ['how many trains were delayed due to signal failure at kharagpur', 'How many trains were delayed at Kharagpur?']) {
      const reply = ask(index, question);
      expect(reply.abstained, question).toBe(true);
      expect(reply.uncovered, question).toContain(question.includes('Kharagpur') ? 'Kharagpur' : 'kharagpur');
    }
    expect(named('How many trains were delayed at Kharagpur?')).toBe(true);
  });

  it('is not one that names the incident’s place as the articles write it, in the question’s script or another spelling of it', () => {
    for (const question of ['how many trains were delayed at itarsi', 'How many trains were delayed at Itarsi?', 'इटारसी में कितनी ट्रेनें लेट हुईं?']) {
      expect(named(question), question).toBe(false);
      expect(ask(index, question).answer, question).toMatch(/42/);
    }
  });

  it('is not one that names someone or somewhere the articles write a letter or a consonant otherwise', () => {
    // (Deshmuk: the k the article writes kh; Pimpalwadi: a consonant short of Pimpalwandi; Jabalpure: an e more)
    for (const question of ['Where was Deshmuk travelling to?', 'Who travelled to Pimpalwadi?', 'Who was travelling from jabalpure?']) {
      expect(named(question), question).toBe(false);
      expect(ask(index, question).abstained, question).toBe(false);
    }
  });

  it('counts as mentioned a place an article of another script writes as a word of its own language (दहेज, Dahej; also dowry)', () => {
    const considered = consider(index, 'How many trains were cancelled at Dahej?');
    const dahej = considered.plan.units.findIndex((u) => u.raw === 'Dahej');
    expect(dahej).toBeGreaterThanOrEqual(0);
    expect(unmentioned(index, considered)).not.toContain(dahej);
    const elsewhere = consider(index, 'How many trains were cancelled at Kharagpur?');
    expect(unmentioned(index, elsewhere)).toEqual([elsewhere.plan.units.findIndex((u) => u.raw === 'Kharagpur')]);
  });

  it('is not one that names nothing, nor one that names a place the corpus holds beside one it does not', () => {
    expect(named('How many trains were delayed?')).toBe(false);
    expect(named('How many trains were delayed at Itarsi and Kharagpur?')).toBe(false);
  });

  it('is judged across English and Hindi only where the lexicon knows every name the question gives, as its concept is found in any script', () => {
    const english = indexOf(article('itarsi', 'en', 'Signal failure at Itarsi delays 42 trains', body));
    const across = (question: string) => namesOnlyUnmentioned(english, consider(english, question));
    // (Mumbai, a city of the lexicon, is in no article; asked in Hindi of the English article of Itarsi)
    expect(across('मुंबई में कितनी ट्रेनें लेट हुईं?')).toBe(true);
    expect(ask(english, 'मुंबई में कितनी ट्रेनें लेट हुईं?').abstained).toBe(true);
    // (a name the lexicon does not know is found across scripts by its sound alone: too loose a finding for the rule)
    expect(across('खड़गपुर में कितनी ट्रेनें लेट हुईं?')).toBe(false);
    expect(across('इटारसी में कितनी ट्रेनें लेट हुईं?')).toBe(false);
  });
});
