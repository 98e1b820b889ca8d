import { describe, expect, it } from 'vitest';
import { article } from '../helpers/index.js';
import { ask } from '../../src/qa/answer.js';
import { consider } from '../../src/qa/consider.js';
import { MAX_UNCOVERED, uncoveredParts } from '../../src/qa/uncovered.js';
import { SearchIndex } from '../../src/search/index.js';

const FLOOD = article('en-flood', 'en', 'Rain floods Mumbai', 'Heavy rain flooded Mumbai on Monday.\n\nTrains in Mumbai stopped for hours.');

/** Two incidents: a ransom demanded from AIIMS in Delhi, and a flood in Mumbai. */
const aiimsAndFlood = SearchIndex.build({
  articles: [
    article(
      'en-aiims',
      'en',
      'Hackers hit AIIMS servers',
      'Hackers demanded a ransom of 200 crore rupees from AIIMS in Delhi.\n\nFive servers of the hospital were hacked, police said.\n\nThe hospital director said patient care went on by hand.',
    ),
    FLOOD,
    article('hi-aiims', 'hi', 'एम्स पर साइबर हमला', 'हैकर्स ने एम्स से 200 करोड़ रुपये की फिरौती मांगी।'),
  ],
  failures: [],
  fingerprint: 'uncovered-test',
});

/** The parts of the question the articles do not cover, computed as `ask` does, whether it abstains or not. */
function uncovered(question: string, index = aiimsAndFlood): string[] {
  return uncoveredParts(index, consider(index, question), question);
}

describe('the parts of a question the articles do not cover', () => {
  it('are the words no article holds in any form, as the asker typed them, neighbours as one part', () => {
    expect(uncovered('What ransom did the Municipal Corporation of Pune pay?')).toEqual(['Municipal Corporation', 'Pune']);
    expect(uncovered('Did zorblat, quindle hack AIIMS?')).toEqual(['zorblat', 'quindle']);
  });

  it('when every word is found somewhere, are the heavy words the best passage lacks: the ransom passage does not say Mumbai', () => {
    expect(uncovered('What ransom did hackers demand from AIIMS for the Mumbai attack?')).toEqual(['Mumbai']);
    // a payment is not the sum demanded: the articles speak of the ransom, never of paying it
    expect(uncovered('How much ransom did AIIMS pay?')).toEqual(['pay']);
    expect(ask(aiimsAndFlood, 'How much ransom did AIIMS pay?').answer).toBeNull();
  });

  it('never name a word that only restates what is asked ("the name of", "tell"), unless it is all the question has', () => {
    expect(uncovered('What is the name of the AIIMS chairman?')).toEqual(['chairman']);
    // (the ransom passage says nothing of telling: the question is about the ransom, which it holds)
    expect(uncovered('When did hackers tell AIIMS about the ransom?')).toEqual([]);
    const floodOnly = SearchIndex.build({ articles: [FLOOD], failures: [], fingerprint: 'flood-only' });
    expect(uncovered('What was the ransom?', floodOnly)).toEqual(['ransom']);
    expect(uncovered('What was the ransom for the Mumbai zorblat?', floodOnly)).toEqual(['zorblat']);
  });

  it('are empty when the best passage holds every part of the question', () => {
    expect(uncovered('How much ransom did hackers demand from AIIMS?')).toEqual([]);
  });

  it('are at most a few, in the order of the question', () => {
    const parts = uncovered('Did zorblat, quindle, frumpet, splonk and wizzle hack AIIMS?');
    expect(parts).toEqual(['zorblat', 'quindle', 'frumpet'].slice(0, MAX_UNCOVERED));
  });

  it('come with an answer that abstains, and only with one', () => {
    const abstained = ask(aiimsAndFlood, 'Who won the cricket world cup?');
    expect(abstained.abstained).toBe(true);
    expect(abstained.uncovered).toEqual(['won', 'cricket world cup']);
    const answered = ask(aiimsAndFlood, 'How many servers of AIIMS were hacked?');
    expect(answered.abstained).toBe(false);
    expect(answered.uncovered).toBeUndefined();
  });
});
