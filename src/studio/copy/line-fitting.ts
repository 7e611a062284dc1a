import { isDangling, phraseCut } from './phrase-boundaries.ts';
import { countWords } from './text-tokens.ts';

/**
 * Sizing copy to where it goes: on-screen lines are a few words, voice-over sentences must fit
 * their beat at speaking pace. Cuts happen only where a phrase ends (see phrase-boundaries.ts),
 * so a shortened line never stops on "after", "the" or "their".
 */
export const maxOnScreenWords = 6;
export const maxOnScreenChars = 90;

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

/** Keeps at most `maxWords` words, cut where a phrase ends (a clause boundary when one is close). */
export function fitWords(text: string, maxWords: number, ending: '.' | '' = '.'): string {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  if (tokens.length <= maxWords) return text.trim();
  const cut = phraseCut(tokens, maxWords);
  let kept = cut > 0 ? tokens.slice(0, cut) : tokens.slice(0, Math.max(1, maxWords));
  while (kept.length > 1 && isDangling(kept[kept.length - 1] ?? '')) kept = kept.slice(0, -1);
  const joined = kept.join(' ').replace(/[,;:\s—–-]+$/, '');
  if (/[.!?]$/.test(joined) || !ending) return joined;
  return `${joined}${ending}`;
}

/** True when the text fits on screen as it is, without being cut. */
export function fitsOnScreen(text: string, maxWords = maxOnScreenWords): boolean {
  const clean = withoutFinalStop(text.trim().replace(/\s+/g, ' '));
  return clean.length > 0 && clean.split(' ').length <= maxWords && countWords(clean) <= maxWords && clean.length <= maxOnScreenChars;
}

/** The first candidate that fits on screen whole (a name is never cut), else the last one fitted. */
export function firstFitting(candidates: readonly string[], maxWords = maxOnScreenWords): string {
  const whole = candidates.find((c) => fitsOnScreen(c, maxWords));
  return whole !== undefined ? withoutFinalStop(whole.trim().replace(/\s+/g, ' ')) : fitOnScreen(candidates[candidates.length - 1] ?? '', maxWords);
}

/** A short on-screen line: first clause, at most six words and 90 characters, no full stop. */
export function fitOnScreen(text: string, maxWords = maxOnScreenWords): string {
  const clean = text.trim().replace(/\s+/g, ' ').replace(/^["“]|["”]$/g, '');
  // A line that fits whole is never cut ("Drift Packable Rain Jacket: $79" keeps its price).
  if (fitsOnScreen(clean, maxWords)) return capitalize(withoutFinalStop(clean));
  const clauses = clean.split(/(?<=[.;:!?])\s+|\s+[—–]\s+/).filter((c) => c.split(' ').length >= 2);
  const first = clauses[0] ?? clean;
  // Hyphenated words count twice ("Hand-blended"), so the budget tightens until it truly fits.
  for (let budget = maxWords; budget > 1; budget--) {
    const fitted = capitalize(withoutFinalStop(fitWords(first, budget, '')));
    if (fitsOnScreen(fitted, maxWords)) return fitted;
  }
  return capitalize(withoutFinalStop(fitWords(first, 1, '')));
}

/** Shortens to a character limit at a word boundary (for schema fields with a max length). */
export function clampChars(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const tokens = text.slice(0, maxChars).replace(/\s+\S*$/, '').split(/\s+/);
  while (tokens.length > 1 && isDangling(tokens[tokens.length - 1] ?? '')) tokens.pop();
  return tokens.join(' ').replace(/[,;:\s—–-]+$/, '');
}
