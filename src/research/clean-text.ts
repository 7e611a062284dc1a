import { load } from 'cheerio';

/** Collapses whitespace (including non-breaking spaces) and trims. */
export function squish(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Squishes and clips to `max` characters at a word boundary, marking the cut with an ellipsis. */
export function cleanText(text: string, max: number): string {
  const squished = squish(text);
  if (squished.length <= max) return squished;
  const cut = squished.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** Keeps the first of each case- and punctuation-insensitive duplicate, in order, up to `limit`. */
export function uniqueTexts(texts: Iterable<string>, limit: number): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const text of texts) {
    if (kept.length >= limit) break;
    const key = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(text);
  }
  return kept;
}

/** Text of a string that may carry markup or entities (JSON-LD descriptions often do). */
export function htmlToText(value: string): string {
  return /[<&]/.test(value) ? load(value, null, false).root().text() : value;
}
