import type { Angle } from './angle-plan.ts';
import type { CopyFacts } from './copy-facts.ts';
import { clampChars } from './line-fitting.ts';

/** The call to action: the sector's verb, sharpened by the angle; short and imperative. */
export function writeCta(angle: Angle, f: CopyFacts): string {
  const base = f.profile.cta;
  const cta = (() => {
    switch (angle) {
      case 'price':
        return f.price ? `Get yours for ${f.price}` : base;
      case 'urgency':
        return /today|now/i.test(base) ? base : `${base} today`;
      case 'social proof':
        return /customers|clients|members/i.test(f.proofs[0] ?? '') ? `Join them at ${f.brand}` : base;
      case 'testimonial':
        return 'Try it yourself';
      default:
        return base;
    }
  })();
  return clampChars(cta, 60);
}
