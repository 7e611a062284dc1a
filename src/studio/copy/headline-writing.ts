import type { Angle } from './angle-plan.ts';
import type { CopyFacts } from './copy-facts.ts';
import type { FactPool } from './fact-pool.ts';
import { capitalize, clampChars, fitWords, withoutFinalStop } from './line-fitting.ts';
import { inline, isVerbLed } from './voices/voice-phrasing.ts';

/** The end-card headline: one idea per angle, at most eight words. */
export function writeHeadline(angle: Angle, f: CopyFacts, pool: FactPool): string {
  const benefit = f.benefits[0];
  const outcome = f.outcomes[0] ?? f.kind;
  const candidate = (() => {
    switch (angle) {
      case 'social proof':
        return f.proofs[0] ?? `Loved by ${f.profile.audienceNoun}`;
      case 'price':
        if (f.price) return `${f.product}, from ${f.price}`;
        return f.offers[0] ?? benefit ?? outcome;
      case 'urgency':
        return `Your ${f.kind} is waiting`;
      case 'concept film':
        return outcome;
      case 'brand story':
        return `${f.brand}: ${outcome}`;
      case 'testimonial':
        return `${f.product}: worth the hype`;
      case 'presenter':
        return `Why ${f.product} works`;
      case 'reference structure':
        return `${f.brand}: ${benefit ?? pool.outcome()}`;
      default:
        // "Weighs just 190 g" needs its subject to stand alone as a headline.
        return benefit && isVerbLed(benefit) ? `${f.product} ${inline(benefit)}` : (benefit ?? outcome);
    }
  })();
  return clampChars(capitalize(withoutFinalStop(fitWords(candidate, 8, ''))), 80);
}
