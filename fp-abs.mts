// npx tsx /tmp/d/fp-abs.mts "q" "passage" lang
import { SearchIndex } from '/work/main/src/search/index.js';
import { ask } from '/work/main/src/qa/answer.js';
import { consider } from '/work/main/src/qa/consider.js';
const [q, body, lang] = process.argv.slice(2);
const index = SearchIndex.build({ articles: [{ id: 'a1', file: 'a1.md', title: 'x', language: (lang ?? 'hi') as 'hi', outlet: null, url: null, published: null, body: body! }], failures: [], fingerprint: 'x' });
const { plan } = consider(index, q!);
console.log('type', plan.type, 'focus', plan.focus?.raw, 'which', plan.which.map((u) => u.raw).join(' '), 'verb', plan.whichIsVerb);
const a = ask(index, q!);
console.log('ANSWER', a.abstained ? 'ABSTAIN' : JSON.stringify(a.answer), '|', a.citations[0]?.quote.slice(0, 100));
