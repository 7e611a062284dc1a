import { words } from '../copy/text-tokens.ts';

export interface ReadabilityStats {
  words: number;
  sentences: number;
  syllables: number;
  averageSentenceLength: number;
  /** Flesch reading ease: 60–70 is plain English, above 70 easy, below 50 hard. */
  fleschReadingEase: number;
}

/** Sentences of ad text: ad lines often end without punctuation, so a line break ends one too. */
export function adSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

export function readability(text: string): ReadabilityStats {
  const sentenceCount = Math.max(1, adSentences(text).length);
  const tokens = words(text).filter((w) => /\p{L}/u.test(w));
  const wordCount = Math.max(1, tokens.length);
  const syllables = tokens.reduce((sum, w) => sum + countSyllables(w), 0);
  const averageSentenceLength = wordCount / sentenceCount;
  const fleschReadingEase = 206.835 - 1.015 * averageSentenceLength - 84.6 * (syllables / wordCount);
  return {
    words: tokens.length,
    sentences: sentenceCount,
    syllables,
    averageSentenceLength: round(averageSentenceLength),
    fleschReadingEase: round(fleschReadingEase),
  };
}

/** English syllables by vowel groups, with the usual silent-e and -ed/-es corrections. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m.charAt(0)).replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
