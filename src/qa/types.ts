import type { Language } from '../lang/script.js';

export interface Citation {
  /** The article id (its file name without extension). */
  source: string;
  title: string;
  /** The outlet that published it, when the article says. */
  outlet: string | null;
  /** The article's language: quotes stay in it. */
  language: Language;
  url: string | null;
  published: string | null;
  /** The quoted sentence(s): the body between start and end, whitespace runs made single spaces. */
  quote: string;
  /** Offsets into the article body, in UTF-16 code units. */
  start: number;
  end: number;
  /** Where in `quote` (UTF-16 offsets into the quote string) the short answer stands, to be highlighted; null when it has none. */
  highlight: { start: number; end: number } | null;
}

/** An article the corpus holds, offered when it cannot answer. */
export interface Suggestion {
  source: string;
  title: string;
  outlet: string | null;
  language: Language;
}

/** How an answer turned out, as the question log keeps it. */
export type Outcome = 'answered' | 'abstained' | 'conflict';

/** What the QA core returns and every front end renders; its JSON is what `ask --json` prints. */
export interface Answer {
  id?: string;
  question: string;
  /** The asker's language; the bot's own words follow it. */
  language: Language;
  /** The short answer as the source writes it, or null. */
  answer: string | null;
  /**
   * How the asker reads the short answer when the source writes it in another language or script: digits
   * and the asker's words (₹200 crore in cryptocurrency, ₹200 करोड़ की क्रिप्टोकरेंसी; Wednesday 6:45 am,
   * बुधवार सुबह 6:45), a name the lexicon knows in the asker's language (Delhi Police, दिल्ली पुलिस), or a
   * Latin transliteration of one it does not (Kavan Short) for a reader of Latin script. A reader of
   * romanized Hindi or Bengali gets the English reading. Absent when the span says it plainly already. Front
   * ends show it after the answer, in brackets.
   */
  reading?: string;
  abstained: boolean;
  /** True when the cited sources give different answers; both are cited, the dissenting one second. */
  conflict: boolean;
  citations: Citation[];
  /** When abstaining: the articles nearest the question, so the reader knows what can be asked. */
  suggestions?: Suggestion[];
  /**
   * When abstaining: the parts of the question the articles do not cover, as the asker typed them, in
   * the question's order (at most three): the words no article holds in any form or, when every word is
   * found somewhere, the heaviest ones the best passage lacks. Empty when the articles mention every
   * part and still do not answer.
   */
  uncovered?: string[];
}
