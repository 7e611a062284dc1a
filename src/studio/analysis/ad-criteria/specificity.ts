import { boundedScore, findAll, type AdText, type CriterionResult } from './criterion.ts';

const vague = /\b(best|amazing|great|quality|innovative|premium|leading|perfect|unique|excellent|high[- ]quality|awesome|incredible|top[- ]notch|superior)\b/i;
const figures = /(?:[$€£]\s?)?\d[\d,.]*\s?(?:%|\+)?/;
const units = /\b\d[\d,.]*\s?(?:-|\s)?(?:ml|g|kg|km|mi|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|steps?|servings?|x)\b/i;

/** Numbers, units and names beat adjectives: “12-hour wear” says more than “amazing quality”. */
export function scoreSpecificity(ad: AdText): CriterionResult {
  const numbers = findAll(ad.text, figures);
  const measured = findAll(ad.text, units);
  const money = findAll(ad.text, /[$€£]\s?\d[\d,.]*|\d+\s?%/);
  const names = ad.sentences.flatMap((s) => s.split(/\s+/).slice(1).filter((w) => /^\p{Lu}\p{Ll}+/u.test(w)));
  const fuzzy = findAll(ad.text, vague);
  let score = 20 + Math.min(45, numbers.length * 15) + (money.length > 0 ? 15 : 0) + (measured.length > 0 ? 10 : 0) + Math.min(15, names.length * 5);
  score -= Math.min(32, fuzzy.length * 8);
  const evidence = [
    numbers.length > 0 ? `figures: ${numbers.join(', ')}` : 'no figures',
    measured.length > 0 ? `measured claims: ${measured.join(', ')}` : 'no measured claims',
    ...(names.length > 0 ? [`named things: ${[...new Set(names)].slice(0, 5).join(', ')}`] : []),
    ...(fuzzy.length > 0 ? [`vague words: ${fuzzy.join(', ')} (−${Math.min(32, fuzzy.length * 8)})`] : []),
  ];
  return {
    id: 'specificity',
    label: 'Specificity',
    weight: 15,
    score: boundedScore(score),
    evidence,
    advice: 'Replace each adjective with the fact behind it: a number, a duration, a place, a name.',
  };
}
