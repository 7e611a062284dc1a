/**
 * Word-level text handling shared by knowledge ranking, pain discovery and the ad critique:
 * tokens, content terms (stopwords removed, lightly stemmed), word counts and sentences.
 */
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[.,][\p{N}]+)*/gu;

export const stopwords: ReadonlySet<string> = new Set(
  `a an and are as at be been being but by can could did do does doing for from had has have having he her here
  hers him his how i if in into is it its itself just me more most my no nor not of off on once only or other our
  ours out over own same she should so some such than that the their theirs them then there these they this those
  through to too under until up very was we were what when where which while who whom why will with would you your
  yours yourself ad ads every all any each few also get got us let lets it's i'm you're we're that's don't`
    .split(/\s+/)
    .filter(Boolean),
);

/** Every word-like token, in order, original case. */
export function words(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

export function countWords(text: string): number {
  return words(text).length;
}

/** Light suffix stripping so "bottles" meets "bottle" and "refilled" meets "refill". */
export function stemTerm(term: string): string {
  if (term.length > 5 && term.endsWith('ies')) return `${term.slice(0, -3)}y`;
  if (term.length > 5 && term.endsWith('ing')) return term.slice(0, -3);
  if (term.length > 4 && term.endsWith('ed')) return term.slice(0, -2);
  if (term.length > 3 && term.endsWith('s') && !term.endsWith('ss')) return term.slice(0, -1);
  return term;
}

/** Lower-cased, stemmed terms that carry meaning (stopwords and one-letter tokens removed). */
export function contentTerms(text: string): string[] {
  return words(text.toLowerCase())
    .filter((w) => w.length > 1 && !stopwords.has(w))
    .map(stemTerm);
}

/** Splits prose into sentences at ., ! or ? followed by a space or the end. */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}\p{N}"“'‘(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Share of `a`'s distinct terms that also appear in `b` (0..1), leaving out any `ignored` terms. */
export function termOverlap(a: string, b: string, ignored: ReadonlySet<string> = new Set()): number {
  const left = new Set(contentTerms(a).filter((t) => !ignored.has(t)));
  if (left.size === 0) return 0;
  const right = new Set(contentTerms(b));
  let shared = 0;
  for (const term of left) if (right.has(term)) shared++;
  return shared / left.size;
}
