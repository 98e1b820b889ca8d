import type { Article } from '../corpus/article.js';
import type { Passage } from '../corpus/passages.js';
import { FIELDS, analyzePassage, analyzeText, termKey, type AnalyzedText, type FieldTerms } from '../lang/analyze.js';

/** A passage analyzed token by token, and every `field:term` key it holds. */
export interface AnalyzedPassage {
  text: AnalyzedText;
  keys: Set<string>;
}

/** Passages whose analysis is kept at once (a few megabytes). */
const ANALYZED_CACHE = 5000;

/**
 * The token-by-token analysis that qa reads for a question's few best candidates, and the terms of
 * article titles: computed on demand from the text (the index keeps only what search needs), and kept
 * for the passages asked about most recently.
 */
export class AnalysisCache {
  private readonly passageCache = new Map<number, AnalyzedPassage>();
  private readonly titleCache = new Map<string, Set<string>>();
  private readonly titleTextCache = new Map<string, AnalyzedText>();

  constructor(
    private readonly passages: readonly Passage[],
    private readonly article: (id: string) => Article | undefined,
  ) {}

  /** A passage analyzed token by token, with every `field:term` key it holds. */
  passage(id: number): AnalyzedPassage {
    let a = this.passageCache.get(id);
    if (a) {
      // most recently used last, so that the oldest goes first
      this.passageCache.delete(id);
    } else {
      const p = this.passages[id]!;
      const article = this.article(p.articleId)!;
      const text = analyzeText(article.body.slice(p.start, p.end), article.language);
      a = { text, keys: new Set(text.keys.flatMap((k) => [...k])) };
      if (this.passageCache.size >= ANALYZED_CACHE) this.passageCache.delete(this.passageCache.keys().next().value!);
    }
    this.passageCache.set(id, a);
    return a;
  }

  /** The `field:term` keys of an article's title. */
  titleTerms(articleId: string): Set<string> {
    let keys = this.titleCache.get(articleId);
    if (!keys) {
      const article = this.article(articleId);
      const terms: Partial<FieldTerms> = article ? analyzePassage(article.title, article.language) : {};
      keys = new Set(FIELDS.flatMap((f) => (terms[f] ?? []).map((t) => termKey(f, t))));
      this.titleCache.set(articleId, keys);
    }
    return keys;
  }

  /** An article's title analyzed token by token (an empty text for an article the index lacks). */
  titleText(articleId: string): AnalyzedText {
    let text = this.titleTextCache.get(articleId);
    if (!text) {
      const article = this.article(articleId);
      text = article ? analyzeText(article.title, article.language) : analyzeText('', 'en');
      this.titleTextCache.set(articleId, text);
    }
    return text;
  }
}
