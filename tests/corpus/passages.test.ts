import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBoilerplate, sentences, spanText } from '../../src/corpus/clean.js';
import { readCorpus } from '../../src/corpus/load.js';
import { MAX_PASSAGE, passagesOf } from '../../src/corpus/passages.js';
import { BN_ID, CORPUS, HI_ID, SEEDS } from '../helpers/corpus.js';

const corpus = await readCorpus(CORPUS);
const article = (id: string) => corpus.articles.find((a) => a.id === id)!;

describe('the bundled corpus', () => {
  it('holds both seed articles with their bodies byte for byte', async () => {
    expect(corpus.failures).toEqual([]);
    for (const id of [HI_ID, BN_ID]) {
      expect(article(id).body).toBe(await readFile(path.join(SEEDS, `${id}.txt`), 'utf8'));
    }
    expect(article(BN_ID)).toMatchObject({ language: 'bn', outlet: 'Zee 24 Ghanta', published: '2022-11-26T15:22:00+05:30' });
    expect(article(HI_ID).language).toBe('hi');
  });
});

describe('passages', () => {
  it('joins the one-word-per-line run of the Hindi seed into running sentences', () => {
    const texts = passagesOf(article(HI_ID)).map((p) => spanText(article(HI_ID).body, p));
    expect(texts).toContain('इस पूरे मामले की जांच दिल्ली पुलिस कर रही है।');
    expect(texts.some((t) => t.includes('प्रभावित सर्वरों की फोरेंसिक इमेज को फोरेंसिक जांच के लिए भेज दिया गया है।'))).toBe(true);
  });

  it('never includes "read also" lines, app promotions or update stamps', () => {
    for (const a of corpus.articles) {
      for (const p of passagesOf(a)) {
        const text = spanText(a.body, p);
        expect(text).not.toMatch(/ये भी पढ़ें|আরও পড়ুন|Zee 24 Ghanta App|Updated By/);
      }
    }
  });

  it('splits on the danda and keeps sentences whole', () => {
    const texts = passagesOf(article(HI_ID)).map((p) => spanText(article(HI_ID).body, p));
    expect(texts).toContain('IFSO के सूत्रों ने खुलासा किया है कि हैकर्स की तरफ से कुल पांच सर्वर को हैक किया गया था।');
    const bn = passagesOf(article(BN_ID)).map((p) => spanText(article(BN_ID).body, p));
    expect(bn).toContain('বুধবার সকাল ৬টা৪৫ মিনিটে এই অ্যাটাক হয়েছে।');
  });

  it('ends no sentence at a short form or an initial, in any of the three languages', () => {
    const split = (body: string) => sentences(body, { start: 0, end: body.length }).map((s) => body.slice(s.start, s.end));
    expect(split('अस्पताल के निदेशक डॉ. एम. के. वर्मा ने बयान दिया। जांच जारी है।')).toEqual(['अस्पताल के निदेशक डॉ. एम. के. वर्मा ने बयान दिया।', 'जांच जारी है।']);
    expect(split('ডা. এ. কে. সেন বিবৃতি দিলেন। তদন্ত চলছে।')).toEqual(['ডা. এ. কে. সেন বিবৃতি দিলেন।', 'তদন্ত চলছে।']);
    expect(split('The ruling in Rao v. Stevens (c. 1921) is cited by Lund et al. in their review. Experts (i.e. lawyers) agree.')).toEqual([
      'The ruling in Rao v. Stevens (c. 1921) is cited by Lund et al. in their review.',
      'Experts (i.e. lawyers) agree.',
    ]);
    // a full stop after an ordinary word still ends its sentence, in a language that writes the danda too
    expect(split('सर्वर बंद था. मरीज परेशान हुए।')).toEqual(['सर्वर बंद था.', 'मरीज परेशान हुए।']);
    // in text that ends its sentences with full stops, a word that is also a letter's name (आई: came) ends one
    expect(split('रिपोर्ट सामने आई. पुलिस ने जांच शुरू की.')).toEqual(['रिपोर्ट सामने आई.', 'पुलिस ने जांच शुरू की.']);
    // and so does a lower-case letter that is no short form: the m of p.m.
    expect(split('The servers went down at 7 p.m. Police arrived an hour later.')).toEqual(['The servers went down at 7 p.m.', 'Police arrived an hour later.']);
  });

  it('keeps a date and a clock time written as news writes them in their sentence: Nov. 23, Sept. 2021, 6:45 a.m. Wednesday, et al. 1998', () => {
    const split = (body: string) => sentences(body, { start: 0, end: body.length }).map((s) => body.slice(s.start, s.end));
    expect(split('The attack began on Nov. 23, 2022. Servers went down.')).toEqual(['The attack began on Nov. 23, 2022.', 'Servers went down.']);
    expect(split('The portal was launched in Sept. 2021. It failed.')).toEqual(['The portal was launched in Sept. 2021.', 'It failed.']);
    expect(split('Hackers struck at 6:45 a.m. Wednesday, officials said. Servers went down.')).toEqual(['Hackers struck at 6:45 a.m. Wednesday, officials said.', 'Servers went down.']);
    expect(split('Power returned at 5 p.m. Nov. 24 in most wards. Schools reopened.')).toEqual(['Power returned at 5 p.m. Nov. 24 in most wards.', 'Schools reopened.']);
    expect(split('It was confirmed by Rao et al. 1998 and others. Experts agree.')).toEqual(['It was confirmed by Rao et al. 1998 and others.', 'Experts agree.']);
    // and the short forms of Indian English news: sections, companies, ranks
    expect(split('An FIR was filed under Sec. 66 against XYZ Pvt. Ltd. and Addl. SP Rao, Dy. Commr. Singh said. Probe is on.')).toEqual([
      'An FIR was filed under Sec. 66 against XYZ Pvt. Ltd. and Addl. SP Rao, Dy. Commr. Singh said.',
      'Probe is on.',
    ]);
    expect(split('A study by Sharma et al. (2021) found the same flaw. It was fixed.')).toEqual(['A study by Sharma et al. (2021) found the same flaw.', 'It was fixed.']);
    // a month's whole name in any script, and a clock time before anything but the day it is on, still end theirs
    expect(split('The flood came in November. 23 people died.')).toEqual(['The flood came in November.', '23 people died.']);
    expect(split('घटना 5 जून. 12 लोग घायल हुए.')).toEqual(['घटना 5 जून.', '12 लोग घायल हुए.']);
    expect(split('নির্বাচন 20 মে. 15 রাজ্যে ভোট হয়.')).toEqual(['নির্বাচন 20 মে.', '15 রাজ্যে ভোট হয়.']);
    expect(split('Rescue ended at 5 p.m. Officials left.')).toEqual(['Rescue ended at 5 p.m.', 'Officials left.']);
    expect(split("The meeting ended at 5 p.m. Monday's session takes up the bill.")).toEqual(['The meeting ended at 5 p.m.', "Monday's session takes up the bill."]);
    expect(split('Results came at 10 p.m. May conceded defeat.')).toEqual(['Results came at 10 p.m.', 'May conceded defeat.']);
    // and a short form that stands before a number only, or an acronym in capitals, ends one before a capital
    expect(split('Sharma et al. The team said more work was needed.')).toEqual(['Sharma et al.', 'The team said more work was needed.']);
    expect(split('Bolt ran the 100 m in 9.58 sec. The record still stands.')).toEqual(['Bolt ran the 100 m in 9.58 sec.', 'The record still stands.']);
    expect(split('The company told the SEC. Shares fell 4%.')).toEqual(['The company told the SEC.', 'Shares fell 4%.']);
    // while in a headline all in capitals, or before a number, a short form in capitals is still one
    expect(split("DR. RAO VISITS ST. STEPHEN'S HOSPITAL, PLATFORM NO. 5 CLOSED")).toEqual(["DR. RAO VISITS ST. STEPHEN'S HOSPITAL, PLATFORM NO. 5 CLOSED"]);
    expect(split('The meeting is at 5 p.m. Nov.24 in Delhi. Then the vote.')).toEqual(['The meeting is at 5 p.m. Nov.24 in Delhi.', 'Then the vote.']);
  });

  it('marks the headline at the top of the body', () => {
    const first = passagesOf(article(HI_ID))[0]!;
    expect(first.headline).toBe(true);
    expect(passagesOf(article(HI_ID)).filter((p) => p.headline)).toHaveLength(1);
  });

  it('recognises boilerplate in the three languages', () => {
    expect(isBoilerplate('ये भी पढ़ें- AIIMS के बाद अब जल शक्ति मंत्रालय पर हमला')).toBe(true);
    expect(isBoilerplate('আরও পড়ুন: অন্য খবর')).toBe(true);
    expect(isBoilerplate('Also Read: Another story')).toBe(true);
    expect(isBoilerplate('(Zee 24 Ghanta App দেশের খবর পড়তে ডাউনলোড করুন Zee 24 Ghanta App)')).toBe(true);
    expect(isBoilerplate('दिल्ली पुलिस जांच कर रही है।')).toBe(false);
  });

  it('gives every passage of any text in-bounds, ordered, non-overlapping offsets of at most 300 units', () => {
    const piece = fc.constantFrom('सर्वर हैक हुआ।', 'এইমসে হামলা!', 'Five servers.', '\n', '\n\n', ' ', 'ये भी पढ़ें- x\n', 'a, ', 'शब्द\n', '?', 'অনেক দীর্ঘ বাক্য যা থামে না ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), (parts) => {
        const body = parts.join('');
        const ps = passagesOf({ id: 'x', body, title: 'x' });
        let last = 0;
        for (const p of ps) {
          expect(p.start).toBeGreaterThanOrEqual(last);
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.end).toBeLessThanOrEqual(body.length);
          expect(p.end - p.start).toBeLessThanOrEqual(MAX_PASSAGE);
          expect(body.slice(p.start, p.end).trim()).toBe(body.slice(p.start, p.end));
          last = p.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
