import MiniSearch from 'minisearch';
import { FIELDS, type Field } from '../lang/analyze.js';

/**
 * MiniSearch as Sakshi uses it: fields analyzed beforehand, documents numbered 0..n-1 (a passage's
 * number is its MiniSearch id and short id alike), and its term index read and filled directly when an
 * index is saved or loaded. MiniSearch's own toJSON/loadJS build a second copy of every posting as
 * plain objects and hold the event loop for seconds on a large corpus; reading its maps here keeps
 * one copy and lets loading yield. Everything that touches MiniSearch's internals is in this module,
 * and the round-trip tests (build → save → load gives the same answers) guard it across upgrades.
 */

/** Fields are analyzed before they reach MiniSearch: it only splits on the spaces we joined them with. */
export const splitTerms = (text: string): string[] => (text.length === 0 ? [] : text.split(' '));

export const MINISEARCH_OPTIONS = {
  fields: [...FIELDS],
  idField: 'id',
  tokenize: splitTerms,
  processTerm: (term: string) => term,
  searchOptions: { tokenize: splitTerms, processTerm: (term: string) => term },
};

/** MiniSearch's postings of one term: for each field number, document short id → term frequency. */
export type TermPostings = Map<number, Map<number, number>>;
/** The same, as a loaded index holds them. */
export type LoadedPostings = Map<number, PostingList>;

/** The parts of MiniSearch 7's state that a saved index holds (see the class's own toJSON/loadJS). */
interface Internals {
  _index: { get(term: string): TermPostings | undefined; set(term: string, data: TermPostings): unknown; [Symbol.iterator](): Iterator<[string, TermPostings]> };
  _documentIds: Map<number, number>;
  _idToShortId: Map<number, number>;
  _fieldLength: Map<number, ArrayLike<number>>;
  _avgFieldLength: number[];
  _fieldIds: Record<string, number>;
  _documentCount: number;
  _nextId: number;
}

const internals = (mini: MiniSearch) => mini as unknown as Internals;

export const newEngine = () => new MiniSearch(MINISEARCH_OPTIONS);

/** How many documents hold a term in a field, as MiniSearch counts them (0 when it does not hold it). */
export function engineFrequency(mini: MiniSearch, field: Field, term: string): number {
  return internals(mini)._index.get(term)?.get(FIELDS.indexOf(field))?.size ?? 0;
}

/** The documents that hold a term in a field, ids ascending (none when it does not hold it). */
export function engineHolders(mini: MiniSearch, field: Field, term: string): Iterable<number> {
  return internals(mini)._index.get(term)?.get(FIELDS.indexOf(field))?.keys() ?? [];
}

/** What a saved index keeps of MiniSearch besides its terms. */
export interface EngineShape {
  documentCount: number;
  averageFieldLength: number[];
}

export function engineShape(mini: MiniSearch): EngineShape {
  const m = internals(mini);
  const fieldIds = FIELDS.map((f) => m._fieldIds[f]);
  if (fieldIds.some((id, i) => id !== i)) throw new Error('MiniSearch numbers the fields in another order than FIELDS');
  if (m._nextId !== m._documentCount) throw new Error('MiniSearch holds removed documents: a saved index needs documents numbered 0..n-1');
  return { documentCount: m._documentCount, averageFieldLength: [...m._avgFieldLength] };
}

/** Each document's length in each field (terms, as MiniSearch counts them), FIELDS.length per document. */
export function fieldLengths(mini: MiniSearch, from: number, to: number): Uint32Array {
  const m = internals(mini);
  const out = new Uint32Array((to - from) * FIELDS.length);
  for (let id = from; id < to; id++) {
    const lengths = m._fieldLength.get(id);
    for (let f = 0; f < FIELDS.length; f++) out[(id - from) * FIELDS.length + f] = lengths?.[f] ?? 0;
  }
  return out;
}

/** Every term with its postings, in MiniSearch's own order. */
export function engineTerms(mini: MiniSearch): Iterable<[string, TermPostings]> {
  return { [Symbol.iterator]: () => internals(mini)._index[Symbol.iterator]() };
}

/**
 * The postings of one term in one field as a loaded index keeps them: two views into the Uint32 table
 * the file line was decoded to, document ids ascending (as MiniSearch's own map has them when documents
 * are added in order). MiniSearch reads postings through size, keys() and get(), which this answers
 * with the same values in the same order, for a tenth of the memory of a Map and no time spent building one.
 */
export class PostingList {
  constructor(
    private readonly ids: Uint32Array,
    private readonly frequencies: Uint32Array,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  keys(): IterableIterator<number> {
    return this.ids.values();
  }

  values(): IterableIterator<number> {
    return this.frequencies.values();
  }

  get(id: number): number | undefined {
    let lo = 0;
    let hi = this.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.ids[mid]!;
      if (at === id) return this.frequencies[mid];
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/** Documents 0..n-1, each its own id: what MiniSearch's id maps hold for a loaded index, without a map entry each. */
class DenseIds {
  constructor(readonly size: number) {}
  has(id: number): boolean {
    return Number.isInteger(id) && id >= 0 && id < this.size;
  }
  get(id: number): number | undefined {
    return this.has(id) ? id : undefined;
  }
  *keys(): IterableIterator<number> {
    for (let i = 0; i < this.size; i++) yield i;
  }
  values(): IterableIterator<number> {
    return this.keys();
  }
  *entries(): IterableIterator<[number, number]> {
    for (let i = 0; i < this.size; i++) yield [i, i];
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(fn: (value: number, key: number) => void): void {
    for (let i = 0; i < this.size; i++) fn(i, i);
  }
}

/** Each document's length in each field, in one table: MiniSearch reads `get(id)[fieldId]`. */
class FieldLengthTable {
  readonly table: Uint32Array;
  constructor(readonly size: number) {
    this.table = new Uint32Array(size * FIELDS.length);
  }
  has(id: number): boolean {
    return Number.isInteger(id) && id >= 0 && id < this.size;
  }
  get(id: number): Uint32Array | undefined {
    return this.has(id) ? this.table.subarray(id * FIELDS.length, (id + 1) * FIELDS.length) : undefined;
  }
}

/** An empty MiniSearch of this shape, to be filled with documents' lengths and terms as they are read. */
export function emptyEngine(shape: EngineShape): MiniSearch {
  const mini = MiniSearch.loadJS(
    {
      documentCount: shape.documentCount,
      nextId: shape.documentCount,
      documentIds: {},
      fieldIds: Object.fromEntries(FIELDS.map((f, i) => [f, i])),
      fieldLength: {},
      averageFieldLength: shape.averageFieldLength,
      storedFields: {},
      dirtCount: 0,
      index: [],
      serializationVersion: 2,
    } as never,
    MINISEARCH_OPTIONS,
  );
  const m = internals(mini) as unknown as Record<string, unknown>;
  m._documentIds = new DenseIds(shape.documentCount);
  m._idToShortId = new DenseIds(shape.documentCount);
  m._fieldLength = new FieldLengthTable(shape.documentCount);
  return mini;
}

/** Set the field lengths of documents from..from+n-1 (FIELDS.length numbers per document). */
export function addDocuments(mini: MiniSearch, from: number, lengths: Uint32Array): void {
  (internals(mini)._fieldLength as unknown as FieldLengthTable).table.set(lengths, from * FIELDS.length);
}

export function addTerm(mini: MiniSearch, term: string, postings: Map<number, PostingList>): void {
  internals(mini)._index.set(term, postings as unknown as TermPostings);
}
