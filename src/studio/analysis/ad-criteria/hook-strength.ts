import { countWords } from '../../copy/text-tokens.ts';
import { boundedScore, type AdText, type CriterionResult } from './criterion.ts';

const weakOpeners = /^(we are|we're|welcome to|introducing our|at \w+,? we|our company|about us|hello|hi there)\b/i;

/** The first line decides whether the rest is read: a question, a number and "you" all help. */
export function scoreHook(ad: AdText): CriterionResult {
  const line = ad.firstLine;
  const evidence: string[] = [`First line: “${line}”`];
  let score = 0;
  if (line.includes('?')) {
    score += 30;
    evidence.push('asks a question (+30)');
  }
  if (/\d|\b(one|two|three|four|five|ten|hundred|thousand)\b/i.test(line)) {
    score += 25;
    evidence.push('contains a number (+25)');
  }
  if (/\b(you|your|you're|yours)\b/i.test(line)) {
    score += 25;
    evidence.push('speaks to “you” (+25)');
  }
  const length = countWords(line);
  if (length <= 12) {
    score += 20;
    evidence.push(`short: ${length} words (+20)`);
  } else if (length <= 20) {
    score += 10;
    evidence.push(`${length} words: long for a hook (+10)`);
  } else evidence.push(`${length} words: too long to scan (+0)`);
  if (weakOpeners.test(line)) {
    score -= 20;
    evidence.push('opens by talking about the company (−20)');
  }
  return {
    id: 'hook',
    label: 'Hook strength',
    weight: 20,
    score: boundedScore(score),
    evidence,
    advice: 'Open on the reader: a question about their problem, a concrete number, and “you” in the first twelve words.',
  };
}
