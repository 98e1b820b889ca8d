import type { Qualifier, Season, Tender, TimeRelation, VagueQuantity } from './data/types.js';
import { label } from './lexicon.js';
import { canonicalNumber } from './numbers.js';
import type { Language } from './script.js';
import { LANGUAGE_WORDS } from './words.js';

/**
 * One moment of a time as the source gives it: a clock time (with its day and the part of the day it is
 * read with), a day (a weekday, a relative day) with its part, a date of a month, or a year (a decade, a
 * period of years, a year of an era). Days, months and parts of the day are lexicon concepts.
 */
export type Moment =
  | { kind: 'clock'; hour: number; minute: number; day?: string; part?: string }
  | { kind: 'day'; day: string; part?: string }
  | { kind: 'date'; month: string; date?: number; year?: number }
  | { kind: 'year'; year: number; era?: string; decade?: true; until?: number };

/** A word of a name's reading: the concepts the lexicon knows it as, the coordinator of a list, or words as the source writes them; a comma after it when the list has one. */
export type NameWord = { ids: readonly string[]; comma?: true } | { and: true } | { text: string; comma?: true };

/**
 * How an asker reads a short answer the source writes in another language or script, as a typed record that
 * `sayReadout` renders in the asker's language: a count (more than 30, 5 of 50), a sum (₹200 crore in
 * cryptocurrency), a count said without a number (hundreds), a time (Wednesday 6:45 am), a name the lexicon
 * knows (Delhi Police, दिल्ली पुलिस), or a Latin transliteration of a name it does not (Kavan Short), for a
 * reader of Latin script only.
 */
export type Readout =
  | { kind: 'count'; qualifier?: Qualifier; low: number; high?: number; percent?: true; of?: number; each?: true }
  | { kind: 'money'; qualifier?: Qualifier; sign: string; low: number; high?: number; tender?: Tender; each?: true }
  | { kind: 'vague'; quantity: VagueQuantity }
  | { kind: 'time'; moments: readonly Moment[]; relation?: TimeRelation; season?: Season }
  | { kind: 'names'; words: readonly NameWord[]; possessive?: true }
  | { kind: 'latin'; text: string; possessive?: true };

/** A number in digits, grouped as a language's readers group it (1,200,000; 12,00,000). */
const grouped = (n: number, grouping: string) => (Number.isInteger(n) ? n.toLocaleString(grouping) : canonicalNumber(n));

/** The scales a sum is read in by its sign: dollars in millions and billions, any other in lakhs and crores. */
const SCALES = { dollar: [[1e9, 'billion'], [1e6, 'million']], other: [[1e7, 'crore'], [1e5, 'lakh']] } as const;

/** The English genitive a reading of a name takes when the answer keeps its own (Haridev's); Hindi and Bengali readings give the name alone. */
const ENGLISH_GENITIVE = LANGUAGE_WORDS.en.genitiveMarkers[0] ?? '';

/** A list of readings as a list reads: commas between, the coordinator before the last (Delhi, Pune and Mumbai). */
export function listed(items: readonly NameWord[]): NameWord[] {
  return items.flatMap((item, k): NameWord[] => {
    if (k === items.length - 2) return [item, { and: true }];
    return k < items.length - 2 && !('and' in item) ? [{ ...item, comma: true }] : [item];
  });
}

/** A text's ASCII digits written in a language's digits. */
const inDigits = (text: string, digits: string) => (digits === '0123456789' ? text : text.replace(/[0-9]/g, (d) => digits[Number(d)]!));

/**
 * A readout said in a language, its numbers in the language's digits (a name's reading has none of its
 * own): '' when it says nothing (a name whose concepts have no label).
 */
export function sayReadout(r: Readout, language: Language): string {
  const said = sayWords(r, language);
  return r.kind === 'names' || r.kind === 'latin' ? said : inDigits(said, LANGUAGE_WORDS[language].readout.digits);
}

/** A readout's words in a language, its numbers in ASCII digits. */
function sayWords(r: Readout, language: Language): string {
  const words = LANGUAGE_WORDS[language].readout;
  const conceptLabel = (id: string) => label(id, language) ?? label(id, 'en');
  const calendar = (id: string) => {
    const l = conceptLabel(id);
    return l && words.capitalizesCalendar ? l[0]!.toUpperCase() + l.slice(1) : l;
  };
  switch (r.kind) {
    case 'count': {
      let n = `${r.high !== undefined ? `${grouped(r.low, words.grouping)}–${grouped(r.high, words.grouping)}` : grouped(r.low, words.grouping)}${r.percent ? '%' : ''}`;
      // (the qualifier is the count's, not the whole's: about 1,200 of 5,000; 5,000 में से लगभग 1,200)
      if (r.qualifier) n = words.qualified[r.qualifier](n);
      if (r.of !== undefined) n = words.outOf(n, grouped(r.of, words.grouping));
      return r.each ? words.each(n) : n;
    }
    case 'money': {
      const sum = (value: number) => {
        for (const [size, scale] of r.sign === '$' ? SCALES.dollar : SCALES.other) if (value >= size) return `${r.sign}${canonicalNumber(value / size)} ${words.scales[scale]}`;
        return `${r.sign}${grouped(value, words.grouping)}`;
      };
      let n = r.high !== undefined ? `${sum(r.low)}–${sum(r.high)}` : sum(r.low);
      if (r.qualifier) n = words.qualified[r.qualifier](n);
      if (r.tender) n = words.tenders[r.tender](n);
      return r.each ? words.each(n) : n;
    }
    case 'vague':
      return words.vague[r.quantity];
    case 'time': {
      const moment = (m: Moment): (string | number | undefined)[] => {
        switch (m.kind) {
          case 'clock':
            return [m.day && calendar(m.day), words.clock(m.hour, m.minute, m.part && conceptLabel(m.part))];
          case 'day':
            return [calendar(m.day), m.part && conceptLabel(m.part)];
          case 'date':
            return [m.date, calendar(m.month), m.year];
          case 'year':
            return [m.era ? `${m.year} ${m.era}` : m.decade ? words.decade(String(m.year), r.relation !== undefined || r.season !== undefined) : m.until !== undefined ? `${m.year}–${m.until}` : m.year];
        }
      };
      let t = r.moments.flatMap(moment).filter((x) => x !== undefined && x !== '').join(' ');
      if (r.season) t = words.seasons[r.season](t);
      return r.relation ? words.relations[r.relation](t) : t;
    }
    case 'names': {
      const said: string[] = [];
      for (const w of r.words) {
        const text = 'and' in w ? LANGUAGE_WORDS[language].coordinators[0]! : 'ids' in w ? [...new Set(w.ids)].map(conceptLabel).filter(Boolean).join(' ') : w.text;
        if (text) said.push(`${text}${'comma' in w && w.comma ? ',' : ''}`);
      }
      const name = said.join(' ');
      return name && r.possessive && language === 'en' ? name + ENGLISH_GENITIVE : name;
    }
    case 'latin':
      return r.possessive ? r.text + ENGLISH_GENITIVE : r.text;
  }
}
