import { describe, expect, it } from 'vitest';
import { spanText } from '../../src/corpus/clean.js';
import { ask } from '../../src/qa/answer.js';
import { SearchIndex } from '../../src/search/index.js';
import { article } from '../helpers/index.js';

/** An index of one article, its paragraphs parted by blank lines. */
const titled = (title: string, language: 'en' | 'hi', ...paragraphs: string[]) =>
  SearchIndex.build({ articles: [article('story', language, title, paragraphs.join('\n\n'))], failures: [], fingerprint: 'context' });
const indexOf = (language: 'en' | 'hi', ...paragraphs: string[]) => titled('Expedition report', language, ...paragraphs);

const first = (index: SearchIndex, question: string) => {
  const a = ask(index, question);
  expect(a.abstained, question).toBe(false);
  return { a, c: a.citations[0]! };
};

describe('the first quote', () => {
  const climber = 'Mira Dasgupta became the first climber to cross the Korvan ridge in winter.';
  const age = 'She was also the oldest climber ever to reach its summit, at age 61.';

  it('runs on into the sentence before it when that sentence holds words of the question the quoted one lacks (who "she" is)', () => {
    const index = indexOf('en', `${climber} ${age} The weather held for three days.`);
    const { a, c } = first(index, 'How old was Mira Dasgupta when she reached the summit?');
    expect(c.quote).toBe(`${climber} ${age}`);
    // the quote is the article's text between its offsets, and the short answer is marked where it stands in it
    expect(spanText(index.article('story')!.body, c)).toBe(c.quote);
    expect(a.answer).toContain('61');
    expect(c.quote.slice(c.highlight!.start, c.highlight!.end)).toBe(a.answer);
    // the sentence joined to the first quote is not quoted again below it
    expect(a.citations.slice(1).map((x) => x.quote)).not.toContain(climber);
  });

  it('runs on into the sentence after it in Hindi text too', () => {
    const index = indexOf('hi', 'राहत शिविर में कुल 40 परिवार ठहरे हैं। इन परिवारों को जिला प्रशासन की ओर से भोजन मिल रहा है। बारिश रुक गई है।');
    const { c } = first(index, 'राहत शिविर के परिवारों को भोजन कौन दे रहा है?');
    expect(c.quote).toBe('राहत शिविर में कुल 40 परिवार ठहरे हैं। इन परिवारों को जिला प्रशासन की ओर से भोजन मिल रहा है।');
  });

  it('runs on into the sentence that names the one asked about, when the quoted one answers "who" with a pronoun', () => {
    const index = indexOf('en', `${climber} ${age} The weather held for three days.`);
    expect(first(index, 'Who was the oldest climber ever to reach the summit?').c.quote).toBe(`${climber} ${age}`);
    const hi = indexOf('hi', 'मीरा दासगुप्ता ने सर्दियों में पहली बार कोरवन रिज पार की। वह 61 वर्ष की उम्र में उसकी चोटी पर पहुँचने वाली सबसे उम्रदराज पर्वतारोही भी हैं। तीन दिन मौसम साफ रहा।');
    expect(first(hi, 'चोटी पर पहुँचने वाली सबसे उम्रदराज पर्वतारोही कौन थीं?').c.quote).toBe(
      'मीरा दासगुप्ता ने सर्दियों में पहली बार कोरवन रिज पार की। वह 61 वर्ष की उम्र में उसकी चोटी पर पहुँचने वाली सबसे उम्रदराज पर्वतारोही भी हैं।',
    );
  });

  it('takes no sentence for the kind asked beside a quote that opens with no pronoun: its value may be of anything else', () => {
    const climbers = indexOf('en', 'The oldest climber ever to reach the summit this season was a retired teacher from Pune. Expedition leader Rohan Mehta said the weather had been kind.');
    expect(first(climbers, 'Who was the oldest climber ever to reach the summit?').c.quote).not.toContain('Rohan Mehta');
    const also = indexOf('en', "The oldest climber ever to reach the summit this season was a retired teacher from Pune. Also read: Tenzing Norgay's grandson plans Everest return.");
    expect(first(also, 'Who was the oldest climber ever to reach the summit?').c.quote).not.toContain('Also read');
    const stadium = titled('Bridge', 'en', 'The new cricket stadium will be built on land acquired last year, the board said. Meanwhile, the old stadium in Kanpur will be renovated.');
    expect(first(stadium, 'Where will the new cricket stadium be built?').c.quote).not.toContain('Kanpur');
  });

  it('takes no sentence for the kind asked when it holds only a kind of actor, or when the name stands after a pronoun-led quote', () => {
    const porters = indexOf('en', `The guides and porters waited at the lower camp for a week. ${age}`);
    expect(first(porters, 'Who was the oldest climber ever to reach the summit?').c.quote).toBe(age);
    const after = indexOf('en', `${age} Mira Dasgupta became the first climber to cross the Korvan ridge in winter.`);
    expect(first(after, 'Who was the oldest climber ever to reach the summit?').c.quote).toBe(age);
  });

  it('stays one sentence when the one beside it adds no word of the question', () => {
    const index = indexOf('en', `${climber} ${age} The weather held for three days.`);
    const { c } = first(index, 'Who was the first climber to cross the Korvan ridge in winter?');
    expect(c.quote).toBe(climber);
  });

  it('takes no sentence for a word the headline holds, which the whole article is about', () => {
    const stolen = 'The Korvan ridge lost two of its glaciers in the last decade.';
    const crossed = 'Mira Dasgupta crossed it in 2019 with two porters.';
    const index = titled('Korvan ridge crossing', 'en', `${stolen} ${crossed}`);
    expect(first(index, 'When did Mira Dasgupta cross the Korvan ridge?').c.quote).toBe(crossed);
    // the same sentences under a headline that does not say it: the sentence that names the ridge is quoted with it
    const untitled = titled('Mountain notes', 'en', `${stolen} ${crossed}`);
    expect(first(untitled, 'When did Mira Dasgupta cross the Korvan ridge?').c.quote).toBe(`${stolen} ${crossed}`);
  });

  it('takes no sentence after one that opens with a pronoun: what "he" did is of the one named before, not of a name after', () => {
    const index = titled('Test match report', 'en', 'Rohit Sharma fell early on the first morning. He scored 12 runs before lunch. Kohli then batted through the afternoon session in Perth.');
    expect(first(index, 'How many runs did Kohli score in Perth?').c.quote).not.toContain('Kohli');
    const hi = titled('टेस्ट मैच', 'hi', 'रोहित शर्मा पहली सुबह जल्दी आउट हो गए। उन्होंने लंच से पहले 12 रन बनाए। इसके बाद कोहली ने पर्थ में पूरे सत्र बल्लेबाजी की।');
    expect(first(hi, 'पर्थ में कोहली ने कितने रन बनाए?').c.quote).not.toContain('कोहली');
  });

  it('takes no sentence that gives another value of the kind asked, unmarked in the quote', () => {
    const index = titled('Wall collapse kills five', 'en', 'Five people died when a wall collapsed on Sunday, officials said. Last year, a similar collapse in Sitapur killed 12.');
    const { a, c } = first(index, 'How many people died in the wall collapse in Sitapur?');
    expect(a.answer).toBe('Five people');
    expect(c.quote).toBe('Five people died when a wall collapsed on Sunday, officials said.');
    // with no short answer in the first, the value beside it is what the reader looks for: the two are quoted
    const summit = indexOf('en', `${climber} ${age}`);
    expect(first(summit, 'How old was Mira Dasgupta when she reached the summit?').c.quote).toBe(`${climber} ${age}`);
  });

  it('takes no sentence from another paragraph', () => {
    const index = indexOf('en', climber, `${age} The weather held for three days.`);
    const { c } = first(index, 'How old was Mira Dasgupta when she reached the summit?');
    expect([climber, age]).toContain(c.quote);
  });

  it('stays one sentence when the two would pass the length of one passage', () => {
    const long = `Mira Dasgupta, who trained for eleven years in the valleys below and led four teams of porters, guides and students across the lower passes before she tried it, became the first climber to cross the Korvan ridge in winter, a crossing that experienced guides had long called impossible for anyone.`;
    const index = indexOf('en', `${long} ${age}`);
    const { c } = first(index, 'How old was Mira Dasgupta when she reached the summit?');
    expect([long, age]).toContain(c.quote);
  });
});
