import { stemTerm, stopwords } from '../studio/copy/text-tokens.ts';

/**
 * How passages and queries become index terms: lower case, stopwords dropped (they match
 * everything and slow every search), light stemming so "shirts" finds "shirt" — the same rules
 * the copy step's own ranking uses, so what search finds is what a script can use.
 */
export function indexTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (lower.length < 2 || stopwords.has(lower)) return null;
  return stemTerm(lower);
}
