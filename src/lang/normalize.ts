/**
 * Normalization for matching. It never touches the article body: callers keep the raw text and its
 * offsets, and normalize only copies of tokens for analysis.
 */

/** Zero-width and invisible format characters that differ between otherwise identical words. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Decimal digits of every script as ASCII. Unicode puts each script's digits 0–9 in one contiguous
 * run (Nd runs are always whole multiples of ten), so a digit's value is its distance from the start
 * of its run, modulo ten. The table is built once from the Unicode data the regex engine carries.
 */
let digitValue: Map<number, number> | undefined;
function digitTable(): Map<number, number> {
  if (digitValue) return digitValue;
  const table = new Map<number, number>();
  const isDigit = /^\p{Nd}$/u;
  let runStart = -1;
  for (let cp = 0x80; cp <= 0x1fbff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (isDigit.test(String.fromCodePoint(cp))) {
      if (runStart < 0) runStart = cp;
      table.set(cp, (cp - runStart) % 10);
    } else {
      runStart = -1;
    }
  }
  digitValue = table;
  return table;
}

/** Fold every decimal digit, of whatever script, to its ASCII digit. */
export function foldDigits(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  const table = digitTable();
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const v = cp > 0x7f ? table.get(cp) : undefined;
    out += v === undefined ? ch : String(v);
  }
  return out;
}

/** NFC, invisible characters removed, digits folded to ASCII, lower case. */
export function normalize(text: string): string {
  return foldDigits(text.normalize('NFC').replace(INVISIBLE, '')).toLowerCase();
}
