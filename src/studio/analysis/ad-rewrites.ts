import type { CopyFacts } from '../copy/copy-facts.ts';
import { firstFigure, readClaims } from '../copy/claim-reading.ts';
import { capitalize, clampChars, fitWords, withoutFinalStop } from '../copy/line-fitting.ts';
import type { AdText } from './ad-criteria/criterion.ts';

export interface AdRewrites {
  hooks: string[];
  cta: string;
  headline: string;
}

/**
 * Concrete replacements built from the ad's own facts (and the brief's): three hooks of
 * different kinds, a tighter call to action and a specific headline. Numbers are only ever
 * reused from the text, never invented.
 */
export function rewriteAd(ad: AdText, facts: CopyFacts): AdRewrites {
  const fromAd = readClaims(ad.sentences);
  const claims = [...facts.benefits, ...facts.proofs, ...facts.offers, ...fromAd.benefits, ...fromAd.proofs, ...fromAd.offers];
  const figured = claims.find((c) => firstFigure(c) && c.split(/\s+/).length <= 12);
  const pain = facts.pains[0]?.phrase ?? `settling for less than ${facts.kind} should be`;
  const outcome = facts.outcomes[0] ?? facts.kind;
  const hooks = [
    `Still putting up with ${pain}?`,
    figured ? `${capitalize(withoutFinalStop(figured))}. Here's why that matters to you.` : `3 signs you've outgrown ${pain}.`,
    `You deserve ${outcome}. ${capitalize(facts.productRef)} makes it simple.`,
  ].map((h) => clampChars(h, 160));
  const base = facts.profile.cta;
  const cta = clampChars(/\b(today|now)\b/i.test(base) ? base : `${base} today`, 60);
  const benefit = figured ?? facts.benefits[0] ?? outcome;
  const headline = clampChars(capitalize(withoutFinalStop(fitWords(`${facts.product}: ${withoutFinalStop(benefit)}`, 8, ''))), 80);
  return { hooks, cta, headline };
}
