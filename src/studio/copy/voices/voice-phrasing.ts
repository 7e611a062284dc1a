import type { PainKind } from '../industry-profile.ts';
import { asSentence, lowerFirst, withoutFinalStop } from '../line-fitting.ts';
import type { CopyFacts } from '../copy-facts.ts';

/** What each kind of pain costs, for agitation lines. */
export const painStakes: Record<PainKind, string> = {
  time: 'hours you never get back',
  money: 'money you never see again',
  quality: 'results that never last',
  effort: 'effort that goes nowhere',
  confidence: 'that sinking feeling, every single time',
  trust: 'promises that never deliver',
  health: 'your body paying the price',
};

/** A claim as it reads mid-sentence: "long-lasting 12-hour wear". */
export function inline(text: string): string {
  return lowerFirst(withoutFinalStop(text.trim()));
}

/** "Ambre Doré by Maison Lumière", or the brand alone when it is the product. */
export function productByBrand(f: CopyFacts): string {
  return f.product === f.brand ? f.brand : `${f.product} by ${f.brand}`;
}

/**
 * A knowledge passage retold by someone outside the brand: "Our bottles …" becomes
 * "Maison Lumière's bottles …", "We …" becomes "They …".
 */
export function outsiderFact(excerpt: string, brand: string): string {
  const retold = excerpt
    .trim()
    .replace(/^Our\b/, `${brand}'s`)
    .replace(/^We\b/, 'They')
    .replace(/^Us\b/, 'Them')
    .replace(/\bour\b/g, 'their')
    .replace(/\bwe\b/g, 'they')
    .replace(/\bus\b/g, 'them')
    .replace(/\bwe're\b/gi, "they're")
    .replace(/\bwe've\b/gi, "they've");
  return asSentence(retold);
}

const claimVerbs = new Set(
  `weighs lasts ships keeps fits works dries includes comes makes saves cleans removes charges delivers runs holds protects
  helps gives takes brings cuts reduces boosts stays feels smells looks arrives uses turns connects syncs supports offers
  absorbs blocks lets repels softens heals tracks sets installs fades wears travels folds`.split(/\s+/),
);

/** "Weighs just 190 g" reads as a verb phrase and needs a subject; "12-hour wear" does not. */
export function isVerbLed(claim: string): boolean {
  const first = claim.trim().split(/\s+/)[0]?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
  return claimVerbs.has(first);
}

/** A claim as a clause with a subject when it needs one: "it weighs just 190 g". */
export function claimClause(claim: string, subject = 'it'): string {
  return isVerbLed(claim) ? `${subject} ${inline(claim)}` : inline(claim);
}
