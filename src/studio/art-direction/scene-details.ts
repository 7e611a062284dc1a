import type { CopyFacts } from '../copy/copy-facts.ts';
import { clampChars } from '../copy/line-fitting.ts';
import type { SceneLayout, SlotRole } from './scene-layout.ts';

/**
 * The `details` lines a layout shows besides its caption. Conventions the renderer reads:
 * list → bullet points; quote → attribution; card → the price or offer; split → the two
 * panel labels; endcard and stills → [call to action, brand name, …supporting lines].
 */
export function detailsFor(layout: SceneLayout, role: SlotRole, facts: CopyFacts): string[] | undefined {
  switch (layout) {
    case 'list': {
      const points = role === 'plan' ? [...facts.profile.plan.steps] : [...facts.benefits, ...facts.proofs, ...facts.offers];
      return (points.length > 0 ? points : [...facts.profile.plan.steps]).slice(0, 4).map((p) => clampChars(p, 120));
    }
    case 'quote':
      return [`— ${facts.brand}`];
    case 'card':
      if (facts.price) return [facts.price];
      return facts.offers.length > 0 ? facts.offers.slice(0, 1).map((o) => clampChars(o, 120)) : undefined;
    case 'split':
      return role === 'problem' || role === 'agitate' || role === 'hook' ? ['Before', `With ${clampChars(facts.brand, 100)}`] : undefined;
    default:
      return undefined;
  }
}
