import { openIndex } from './src/search/open.js';
import { ask } from './src/qa/answer.js';
const { index } = await openIndex({ corpusDir: 'corpus', warn: () => {} } as any);
const qs = process.argv.slice(2).length ? process.argv.slice(2) : [
  'how much ransom did the hackers want', 'ransom amount?', 'wat time did the attak happen', 'when did the attack begin', 'which day was the attack',
  'kitne computer me antivirus dala gaya', 'hackeron ne kitna paisa manga', 'koto gulo server hack hoyechilo', 'who is probing the case', 'were any hackers caught?',
  'how many servers were scanned', 'serveres hacked how many', 'dark web pe data kitni baar search hua', 'which countrys hackers', 'what email id did hackers use',
  'did aiims pay the ransom?', 'how many pcs got antivirus', 'hackers kahan se the', 'কোন দেশের হ্যাকার?', 'हमला किस दिन हुआ?', 'how many servers wer hackd',
  'what did the hackers demand', 'how many computers were affected', 'Who attacked AIIMS?', 'what was stolen', 'how many patients died', 'is the data safe now?',
];
for (const q of qs) {
  const a = ask(index, q);
  console.log(q, '=>', a.abstained ? 'ABSTAIN' : `${a.answer ?? '(no short)'}${a.reading ? ' (' + a.reading + ')' : ''}`, '|', a.citations[0]?.quote.slice(0, 90) ?? '');
}
