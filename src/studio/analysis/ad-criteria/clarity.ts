import { readability } from '../readability.ts';
import { boundedScore, findAll, type AdText, type CriterionResult } from './criterion.ts';

const jargon = /\b(synerg\w*|leverag\w*|solutions?|innovative|cutting[- ]edge|world[- ]class|best[- ]in[- ]class|seamless(ly)?|robust|disrupt\w*|paradigm|holistic|next[- ]gen(eration)?|state[- ]of[- ]the[- ]art)\b/i;

/** Plain words in short sentences: Flesch reading ease, sentence length and jargon. */
export function scoreClarity(ad: AdText): CriterionResult {
  const stats = readability(ad.text);
  let score = ((stats.fleschReadingEase - 20) * 100) / 55;
  const evidence = [`Flesch reading ease ${stats.fleschReadingEase} (60+ is plain English)`, `${stats.averageSentenceLength} words per sentence on average`];
  if (stats.averageSentenceLength > 20) {
    score -= 20;
    evidence.push('sentences over 20 words (−20)');
  } else if (stats.averageSentenceLength > 14) {
    score -= 10;
    evidence.push('sentences over 14 words (−10)');
  }
  const buzzwords = findAll(ad.text, jargon);
  if (buzzwords.length > 0) {
    score -= Math.min(20, buzzwords.length * 5);
    evidence.push(`jargon: ${buzzwords.join(', ')}`);
  }
  return {
    id: 'clarity',
    label: 'Clarity',
    weight: 15,
    score: boundedScore(score),
    evidence,
    advice: 'Keep sentences under 14 words and swap jargon for the concrete thing it stands for.',
  };
}
