import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEXICON } from '../src/lang/lexicon-data.js';
import type { Language } from '../src/lang/script.js';

/**
 * Real Hindi, Bengali and English words the repository already holds, for the benchmark's Zipf corpus:
 * the words of the XQuAD articles and the seeds ranked by how often they occur there, then the
 * lexicon's forms not met in those texts. Each word goes to the language of its script.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEXT_FOLDERS = ['eval/xquad-dev/corpus-hi', 'eval/xquad-dev/corpus-en', 'eval/seeds'];

const WORD = /[\p{L}\p{M}]+/gu;

function languageOf(word: string): Language | undefined {
  if (/^[\u0900-\u097f]+$/.test(word)) return 'hi';
  if (/^[\u0980-\u09ff]+$/.test(word)) return 'bn';
  if (/^[a-z]+$/.test(word)) return 'en';
  return undefined;
}

/** A file's text without its front matter (titles and metadata are not sentences). */
const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

let cached: Record<Language, string[]> | undefined;

export function realWords(): Record<Language, string[]> {
  if (cached) return cached;
  const counts = new Map<string, number>();
  for (const folder of TEXT_FOLDERS) {
    const dir = path.join(ROOT, folder);
    for (const name of readdirSync(dir).sort()) {
      for (const [w] of bodyOf(readFileSync(path.join(dir, name), 'utf8')).matchAll(WORD)) {
        const word = w.toLowerCase();
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  // a stable order: most frequent first, ties in order of first appearance (Map order)
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  // lexicon lines are `id | English | Hindi | Bengali | romanized`: every form's words, after the texts' words
  const lexicon = LEXICON.split('\n')
    .filter((line) => line.includes('|'))
    .flatMap((line) => line.split('|').slice(1, 4).join(',').split(/[,\s]+/))
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0);
  const words: Record<Language, string[]> = { hi: [], bn: [], en: [] };
  const seen = new Set<string>();
  for (const w of [...ranked, ...lexicon]) {
    const language = languageOf(w);
    if (!language || seen.has(w)) continue;
    seen.add(w);
    words[language].push(w);
  }
  cached = words;
  return words;
}
