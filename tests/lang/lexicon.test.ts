import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../src/lang/lexicon-data.js';
import { concept, conceptCount, conceptKeys, conceptsOfWord, conceptsWrittenAs, matchConcepts, stemOfKey, withParents, wordStems } from '../../src/lang/lexicon.js';
import { normalize } from '../../src/lang/normalize.js';

const same = (...words: string[]) => {
  const [first, ...rest] = words.map(conceptsOfWord);
  return first!.some((c) => rest.every((r) => r.includes(c)));
};

describe('the concept lexicon', () => {
  it('is broad: hundreds of concepts, each with forms in English, Hindi, Bengali and romanized', () => {
    expect(conceptCount()).toBeGreaterThanOrEqual(300);
    for (const line of LEXICON.split('\n').filter((l) => l.includes('|'))) {
      const cols = line.split('|').map((c) => c.trim());
      expect(cols.every((c) => c.length > 0), line).toBe(true);
    }
  });

  it('joins native words that sound nothing alike', () => {
    expect(same('attack', 'हमला', 'হামলা', 'hamla')).toBe(true);
    expect(same('demand', 'मांग', 'দাবি')).toBe(true);
    expect(same('ransom', 'फिरौती', 'মুক্তিপণ')).toBe(true);
    expect(same('police', 'पुलिस', 'পুলিশ')).toBe(true);
    expect(same('investigation', 'जांच', 'তদন্ত')).toBe(true);
    expect(same('hospital', 'अस्पताल', 'হাসপাতাল')).toBe(true);
    expect(same('Wednesday', 'बुधवार', 'বুধবার')).toBe(true);
  });

  it('keeps the one who does apart from the thing or the act of the same English stem', () => {
    // residents are people, their residence a house; customers are users, customs not; attackers are hackers, an attack is none
    expect(conceptsOfWord('residents')).toEqual(expect.arrayContaining(['resident']));
    expect(conceptsOfWord('residents')).not.toContain('house');
    expect(conceptsOfWord('residence')).toContain('house');
    expect(conceptsOfWord('customers')).toContain('user');
    expect(conceptsOfWord('customs')).not.toContain('user');
    expect(conceptsOfWord('attackers')).toContain('hacker');
    expect(conceptsOfWord('attackers')).not.toContain('attack');
    expect(conceptsOfWord('attacked')).not.toContain('hacker');
    expect(conceptsOfWord('villagers')).toContain('resident');
    expect(conceptsOfWord('village')).not.toContain('resident');
    // a doer the lexicon lists stays with its act: protesters protest, foreigners are foreign
    expect(conceptsOfWord('protesters')).toContain('protest');
    expect(conceptsOfWord('foreigners')).toContain('foreign');
    // words that also name a transfer of money or a withdrawal are no evacuation
    expect(conceptsOfWord('স্থানান্তর')).not.toContain('evacuate');
    expect(conceptsOfWord('निकासी')).not.toContain('evacuate');
    // (निवासी, a resident, shares its stem with निवास, a residence: both are read as both, as Hindi writes them alike)
    expect(conceptsOfWord('निवासियों')).toContain('resident');
    // the inflections of a verb in -er stay with it: recovered, recovering are recover
    expect(same('recovered', 'recover')).toBe(true);
  });

  it('gives every word concept keys that are its own stems, marked or not, and leaves Hindi and Bengali stems as they are', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    fc.assert(
      fc.property(word, (w) => {
        const stems = wordStems(w);
        const keys = conceptKeys(w, stems);
        expect(keys.map(stemOfKey)).toEqual(stems);
      }),
    );
    const letters = [...'कखगचजटडतदनपबमयरलवसह', ...'ािीुेो', ...'কখগচজটডতদনপবমরলসহ', ...'ািীুেো'];
    const indic = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(indic, (raw) => {
        const norm = normalize(raw);
        if (norm === '') return;
        const stems = wordStems(norm);
        expect(conceptKeys(norm, stems)).toEqual(stems);
      }),
    );
  });

  it('keeps apart words that only sometimes mean the same: a team (टीम, দল) is no committee (समिति, কমিটি)', () => {
    expect(same('team', 'टीम', 'দল')).toBe(true);
    expect(same('committee', 'समिति', 'কমিটি')).toBe(true);
    for (const word of ['team', 'टीम', 'टीमों', 'দল', 'টিম']) expect(conceptsOfWord(word), word).not.toContain('committee');
    // nor an area (क्षेत्र, এলাকা) or a district a village, a group (समूह, দল) a gang, a grant compensation, a line a queue
    for (const word of ['area', 'district', 'क्षेत्र', 'इलाका', 'জেলা', 'এলাকা']) expect(conceptsOfWord(word), word).not.toContain('village');
    expect(same('area', 'क्षेत्र', 'এলাকা')).toBe(true);
    for (const word of ['group', 'समूह', 'দল']) expect(conceptsOfWord(word), word).not.toContain('gang');
    for (const word of ['grant', 'aid', 'अनुदान', 'অনুদান']) expect(conceptsOfWord(word), word).not.toContain('compensation');
    expect(same('grant', 'अनुदान', 'অনুদান')).toBe(true);
    for (const word of ['line', 'लाइन', 'লাইন']) expect(conceptsOfWord(word), word).not.toContain('wait');
    // and to begin is to start, not "since"
    expect(conceptsOfWord('begin')).toContain('start');
    expect(conceptsOfWord('begin')).not.toContain('since');
  });

  it('knows the dead, the people among the victims and how fires are fought, without taking words that share their stems', () => {
    expect(same('died', 'मौत', 'मरे', 'মৃত্যু', 'মারা', 'নিহত')).toBe(true);
    for (const word of ['patient', 'passengers', 'मरीजों', 'যাত্রী']) expect(withParents(conceptsOfWord(word)[0]!), word).toContain('person');
    expect(same('firefighters', 'दमकल', 'দমকল')).toBe(true);
    expect(same('control', 'काबू', 'নেভা')).toBe(true);
    expect(same('magnitude', 'तीव्रता', 'মাত্রা')).toBe(true);
    expect(same('suspended', 'निलंबित', 'সাসপেন্ড')).toBe(true);
    // brought out (বের করে আনা) of a fire or a wreck is rescued; a family's members (घरवाले) are its family
    expect(conceptsWrittenAs('বের করে আনা')).toContain('rescue');
    expect(conceptsOfWord('घरवालों')).toContain('family');
    // spurious liquor is liquor: a question of hooch finds जहरीली शराब and বিষমদ, and a passage of शराब alone more weakly
    for (const hooch of ['hooch', 'जहरीली शराब', 'বিষমদ']) expect(conceptsWrittenAs(hooch).flatMap(withParents), hooch).toEqual(expect.arrayContaining(['hooch', 'liquor']));
    expect(conceptsOfWord('शराब')).toEqual(['liquor']);
    // the Ministry of Defence (MoD) is no liquor, nor a firm that pulled out of a bid rescued
    expect(conceptsOfWord('mod')).not.toContain('liquor');
    expect(conceptsWrittenAs('pulled out')).not.toContain('rescue');
    // a raid carried out (छापे मारे गए) or a shot fired (गोली मारी गई) is no death, জন্য (for) no person, a
    // container or a statement put out no fire brought under control, a patient (मरीज) no death
    for (const phrase of ['मारे गए', 'मारी गई']) expect(conceptsWrittenAs(phrase), phrase).not.toContain('death');
    expect(conceptsOfWord('मरीज')).not.toContain('death');
    expect(conceptsOfWord('জন্য')).not.toContain('person');
    for (const word of ['contained', 'container']) expect(conceptsOfWord(word), word).not.toContain('control');
    expect(conceptsWrittenAs('put out')).not.toContain('control');
  });

  it('reads a Bengali compound that names an incident by what it befell and what befell it as both, part by part', () => {
    const parts = (word: string) => matchConcepts([wordStems(normalize(word))])[0]?.parts;
    expect(parts('নৌকাডুবিতে')).toEqual([['boat'], ['capsize']]);
    expect(parts('ট্রলারডুবি')).toEqual([['boat'], ['capsize']]);
    expect(conceptsOfWord('বাসদুর্ঘটনায়')).toEqual(expect.arrayContaining(['road', 'accident']));
    // a title is no incident: health minister is not a passage of health and another minister (no parts), but he is a minister
    expect(parts('স্বাস্থ্যমন্ত্রী')).toBeUndefined();
    expect(matchConcepts([wordStems(normalize('স্বাস্থ্যমন্ত্রী'))], [normalize('স্বাস্থ্যমন্ত্রী')]).map((m) => m.concepts)).toEqual([['minister']]);
    // a word the lexicon knows whole is read whole
    expect(parts('ভূমিধসে')).toBeUndefined();
    expect(conceptsOfWord('ভূমিধসে')).toEqual(['landslide']);
  });

  it('reads a death toll as a count of deaths, and victims as casualties, not deaths', () => {
    for (const toll of ['death toll', 'मृतक', 'মৃতের সংখ্যা']) expect(conceptsWrittenAs(toll).flatMap(withParents), toll).toEqual(expect.arrayContaining(['toll', 'death']));
    expect(conceptsOfWord('मृतकों').flatMap(withParents)).toContain('death');
    // a road's toll (a plaza, a free number) is no death
    for (const word of ['toll', 'tolls']) expect(conceptsOfWord(word), word).not.toContain('death');
    for (const victims of ['victims', 'पीड़ित', 'হতাহত']) expect(conceptsWrittenAs(victims).flatMap(withParents), victims).not.toContain('death');
    // a place affected (ক্ষতিগ্রস্ত এলাকা) has no victims
    expect(conceptsOfWord('ক্ষতিগ্রস্ত')).not.toContain('casualty');
  });

  it('reads a Hindi or Bengali title written as one word with its office as that office alone', () => {
    for (const [word, office] of [['দমকলমন্ত্রী', 'minister'], ['দমকলমন্ত্রীর', 'minister'], ['স্বাস্থ্যসচিব', 'secretary'], ['रेलमंत्री', 'minister'], ['स्वास्थ्यमंत्री', 'minister']] as const) {
      expect(conceptsOfWord(word), word).toContain(office);
      expect(conceptsOfWord(word), word).not.toContain('health');
    }
    // a title the lexicon knows whole is that title; a word of the office's only as a part of a longer word is none (vice-chairman)
    expect(conceptsOfWord('মুখ্যমন্ত্রী')).toContain('chief-minister');
    expect(conceptsOfWord('उपाध्यक्ष')).not.toContain('chairman');
    // nor a word that only ends as an office's stem or as a word that is also something else: मूलमंत्र (key mantra; मंत्र is
    // मंत्री's stem), কৃষিপ্রধান (farming-led: প্রধান is also "main"), मानवअधिकार (human rights; अधिकार is अधिकारी's stem)
    for (const word of ['मूलमंत्र', 'গুরুমন্ত্র', 'কৃষিপ্রধান', 'মুসলিমপ্রধান', 'मानवअधिकार', 'सर्वप्रमुख']) expect(conceptsOfWord(word), word).toEqual([]);
  });

  it('finds a concept through inflection', () => {
    expect(same('attacks', 'हमले', 'হামলার')).toBe(true);
    expect(same('patients', 'मरीजों', 'রোগীদের')).toBe(true);
    // an adjective's forms the stemmer leaves apart: नया, नए, नई
    expect(same('new', 'नया', 'नए', 'नई', 'নতুন', 'naye')).toBe(true);
    // and the abbreviations people type: amt, approx
    expect(same('amount', 'amt', 'रकम')).toBe(true);
    expect(same('approximately', 'approx', 'लगभग')).toBe(true);
    expect(same('children', 'बच्चे', 'বাচ্চা', 'bachche')).toBe(true);
    expect(same('student', 'छात्रा', 'ছাত্রী', 'chhatri')).toBe(true);
    expect(same('dead', 'मृत', 'মৃত', 'mrito')).toBe(true);
    expect(same('magistrate', 'DM', 'डीएम', 'जिलाधिकारी')).toBe(true);
    expect(same('commissioner', 'DC', 'कमिश्नर')).toBe(true);
  });

  it('joins the words for the last one before this: पिछले साल, গত বছর, the previous year', () => {
    expect(same('previous', 'पिछले', 'गत', 'बीते', 'গত', 'বিগত', 'pichle')).toBe(true);
    // not "last", which is as often the final one or a verb (how long did it last)
    expect(conceptsOfWord('last')).not.toContain('previous');
  });

  it('tells the concept a word is written as from one that only shares its stem', () => {
    expect(conceptsOfWord('चीनी')).toEqual(expect.arrayContaining(['chinese', 'china']));
    expect(conceptsWrittenAs('चीनी')).toEqual(['chinese']);
    expect(conceptsWrittenAs('चीन')).toEqual(['china']);
    expect(conceptsWrittenAs('china')).toEqual(['china']);
    // and an English word is no romanized form of another concept: China is not also চীনা (Chinese)
    expect(conceptsOfWord('China')).toEqual(['china']);
    expect(conceptsWrittenAs('दिल्ली पुलिस')).toEqual(['delhi-police']);
    expect(conceptsWrittenAs('hamlet')).toEqual([]);
  });

  it('knows a name’s broader kind, and every parent it names exists', () => {
    expect(withParents('protonmail')).toContain('email');
    expect(withParents('delhi-police')).toContain('police');
    expect(concept('aiims')?.entity).toBe(true);
    expect(concept('attack')?.entity).toBe(false);
  });
});
