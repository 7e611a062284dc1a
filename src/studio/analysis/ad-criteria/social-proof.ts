import { boundedScore, findAll, type AdText, type CriterionResult } from './criterion.ts';

const kinds: ReadonlyArray<[string, RegExp]> = [
  ['rating', /\b\d(?:[.,]\d)?\s?(?:\/\s?5|stars?|out of 5)|★+/i],
  ['reviews', /\b[\d,.]+\+?\s?(?:k\s)?(?:reviews?|ratings?)\b|\breviews?\b/i],
  ['customer count', /\b[\d,.]+\+?\s?(?:k\s)?(?:customers|clients|users|members|happy \w+|people)\b/i],
  ['testimonial', /[“"][^”"]{8,}[”"]/],
  ['endorsement', /\b(trusted by|as seen (?:in|on)|recommended by|award[- ]winning|winner of|#1|best[- ]?seller)\b/i],
];

/** Evidence that others chose it: ratings, review counts, customers, quotes, endorsements. */
export function scoreSocialProof(ad: AdText): CriterionResult {
  const found = kinds.map(([kind, pattern]) => [kind, findAll(ad.text, pattern)] as const).filter(([, hits]) => hits.length > 0);
  const hasNumber = found.some(([, hits]) => hits.some((h) => /\d/.test(h)));
  const score = found.length === 0 ? 0 : 60 + (found.length - 1) * 20 + (hasNumber ? 20 : 0);
  return {
    id: 'social-proof',
    label: 'Social proof',
    weight: 10,
    score: boundedScore(score),
    evidence: found.length > 0 ? found.map(([kind, hits]) => `${kind}: ${hits.slice(0, 3).join(', ')}`) : ['no ratings, reviews, customer numbers or testimonials'],
    advice: 'Add one verifiable proof point with a number: a rating, a review count or a customer count.',
  };
}
