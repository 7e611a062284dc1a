import type { Angle } from './angle-plan.ts';
import type { CopyFacts } from './copy-facts.ts';
import type { FactPool } from './fact-pool.ts';
import { conceptPhrase } from './concept-reading.ts';
import { capitalize, clampChars, fitWords, withoutFinalStop } from './line-fitting.ts';
import { countWords } from './text-tokens.ts';
import { agrees, audienceLabel, inline, needsSubject } from './voices/voice-phrasing.ts';

const maxHeadlineWords = 8;

/** The end-card headline: one idea per angle, at most eight words. */
export function writeHeadline(angle: Angle, f: CopyFacts, pool: FactPool): string {
  const benefit = f.benefits[0];
  const outcome = f.outcomes[0] ?? f.kind;
  const candidate = (() => {
    switch (angle) {
      case 'concept':
        return f.concept ? conceptPhrase(f.concept, 'a') : (benefit ?? outcome);
      case 'social proof':
        return f.proofs[0] ?? `Loved by ${audienceLabel(f)}`;
      case 'price':
        if (f.price) return `${f.product}, from ${f.price}`;
        return f.offers[0] ?? benefit ?? outcome;
      case 'urgency':
        return `Your ${f.kind} is waiting`;
      case 'concept film':
        return f.concept?.isIdea ? conceptPhrase(f.concept, 'a') : outcome;
      case 'brand story': {
        // The brand signs the idea the brief asked for, when it is one and the two fit a headline.
        const idea = f.concept?.isIdea ? conceptPhrase(f.concept, 'a') : undefined;
        const signed = [idea && `${f.brand}: ${idea}`, idea].find((c): c is string => Boolean(c) && countWords(c ?? '') <= maxHeadlineWords);
        return signed ?? `${f.brand}: ${outcome}`;
      }
      case 'testimonial':
        return `${f.product}: worth the hype`;
      case 'presenter':
        return `Why ${f.productRef} ${agrees(f, 'works', 'work')}`;
      case 'reference structure':
        return `${f.brand}: ${benefit ?? pool.outcome()}`;
      default: {
        // "Weighs just 190 g" reads best with its subject, when the two still make a headline.
        const withSubject = benefit && needsSubject(benefit) ? `${f.product} ${inline(benefit)}` : undefined;
        return withSubject && countWords(withSubject) <= maxHeadlineWords ? withSubject : (benefit ?? outcome);
      }
    }
  })();
  return clampChars(capitalize(withoutFinalStop(fitWords(candidate, maxHeadlineWords, ''))), 80);
}
