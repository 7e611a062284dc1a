/**
 * Sorts a page's selling points by what they can do in an ad: proof (ratings, reviews,
 * customer counts, awards), offers (free shipping, discounts, guarantees) and plain benefits.
 */
export interface ReadClaims {
  proofs: string[];
  offers: string[];
  benefits: string[];
}

const proofPattern = /\b\d(?:[.,]\d)?\s*(?:\/\s*5|stars?|★)|★|\breviews?\b|\brated\b|\bcustomers\b|\bclients\b|\busers\b|\bloved by\b|\btrusted by\b|\baward|\bas seen (?:in|on)\b|\bbest[- ]?sell|\bsatisfied\b|\btestimonial|^["“]/i;
const offerPattern = /\bfree (?:shipping|delivery|returns?|trial|gift|sample)|\d+\s?%\s?off|\bdiscount|\bsale\b|\bbundle|\bmoney[- ]back|\bguarantee|\bcode\b|\bfirst order\b|\bsave \$?\d/i;

export function readClaims(claims: readonly string[]): ReadClaims {
  const result: ReadClaims = { proofs: [], offers: [], benefits: [] };
  for (const raw of claims) {
    const claim = raw.trim().replace(/\s+/g, ' ');
    if (!claim) continue;
    if (proofPattern.test(claim)) result.proofs.push(claim);
    else if (offerPattern.test(claim)) result.offers.push(claim);
    else result.benefits.push(claim);
  }
  return result;
}

/** The first number in a text with its unit word, e.g. "12-hour", "2,000 customers", "4.8". */
export function firstFigure(text: string): string | undefined {
  const match = text.match(/(?:[$€£]\s?)?\d[\d,.]*(?:\s?%|\+)?(?:[- ](?:hour|day|week|minute|year|month|step)s?|\s(?:customers|clients|users|reviews|stars|hours|days|minutes|years))?/i);
  return match?.[0];
}
