/**
 * Sizing copy to where it goes: on-screen lines are a few words, voice-over sentences must fit
 * their beat at speaking pace. Cuts happen at clause boundaries where possible and never leave
 * a dangling "and" or "the".
 */
export const maxOnScreenWords = 6;
export const maxOnScreenChars = 90;

const danglingTail = new Set([
  'a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'our', 'so',
  'that', 'the', 'their', 'to', 'with', 'your', 'is', 'are', 'was', 'but', 'its', 'my', '—', '-', '–',
]);

/** Words that start a new phrase: a cut just before one leaves a complete phrase. */
const joiners = new Set(['and', 'or', 'but', 'that', 'which', 'while', 'because', 'so']);

/** Upper-cases the first letter, leaving the rest (brand and product casing) alone. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter unless the first word looks like a name or acronym. */
export function lowerFirst(text: string): string {
  const first = text.split(/\s+/)[0] ?? '';
  if (first.length > 1 && (first === first.toUpperCase() || /[A-Z]/.test(first.slice(1)))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A complete sentence: capitalised, trimmed, ending in ., ! or ?. */
export function asSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ').replace(/[,;:\s—–-]+$/, '');
  if (!trimmed) return '';
  return capitalize(/[.!?…"”]$/.test(trimmed) ? trimmed : `${trimmed}.`);
}

/** Drops terminal punctuation other than a question or exclamation mark. */
export function withoutFinalStop(text: string): string {
  return text.trim().replace(/[.,;:\s]+$/, '');
}

/** Keeps at most `maxWords` words, cutting at a clause boundary when one is close to the limit. */
export function fitWords(text: string, maxWords: number, ending: '.' | '' = '.'): string {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  if (tokens.length <= maxWords) return text.trim();
  let kept = tokens.slice(0, Math.max(1, maxWords));
  const clauseEnd = findLastIndex(kept, (t) => /[,;:]$/.test(t) || t === '—' || t === '–');
  const joiner = findLastIndex(kept, (t) => joiners.has(t.toLowerCase()));
  if (clauseEnd >= Math.ceil(maxWords * 0.6) - 1) kept = kept.slice(0, clauseEnd + 1);
  else if (joiner >= Math.ceil(maxWords / 2)) kept = kept.slice(0, joiner);
  while (kept.length > 1 && danglingTail.has(stripPunctuation(kept[kept.length - 1] ?? '').toLowerCase())) kept = kept.slice(0, -1);
  const joined = kept.join(' ').replace(/[,;:\s—–-]+$/, '');
  if (/[.!?]$/.test(joined) || !ending) return joined;
  return `${joined}${ending}`;
}

/** A short on-screen line: first clause, at most six words and 90 characters, no full stop. */
export function fitOnScreen(text: string, maxWords = maxOnScreenWords): string {
  const clean = text.trim().replace(/\s+/g, ' ').replace(/^["“]|["”]$/g, '');
  const clauses = clean.split(/(?<=[.;:!?])\s+|\s+[—–]\s+/).filter((c) => c.split(' ').length >= 2);
  const first = clauses[0] ?? clean;
  const fitted = withoutFinalStop(fitWords(first, maxWords, ''));
  return fitted.length <= maxOnScreenChars ? fitted : withoutFinalStop(fitted.slice(0, maxOnScreenChars).replace(/\s+\S*$/, ''));
}

/** Shortens to a character limit at a word boundary (for schema fields with a max length). */
export function clampChars(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  return text.slice(0, maxChars).replace(/\s+\S*$/, '').replace(/[,;:\s—–-]+$/, '');
}

function stripPunctuation(token: string): string {
  return token.replace(/[^\p{L}\p{N}'—–-]/gu, '');
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
