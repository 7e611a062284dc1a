import type { Angle } from './angle-plan.ts';
import type { DraftLine, StageContext } from './frameworks/stage-spec.ts';
import type { StageRole } from './stage-role.ts';

export interface Spotlight {
  /** Beats that may carry the line, by role, in order of preference. */
  roles: StageRole[];
  line: DraftLine;
}

/**
 * What makes a variant's angle felt beyond its hook: the social-proof cut says its proof in
 * the body, the price cut its price, the urgency cut its reason to act now.
 */
export function angleSpotlight(angle: Angle, ctx: StageContext): Spotlight | undefined {
  const f = ctx.facts;
  switch (angle) {
    case 'social proof': {
      const proof = f.proofs[0];
      return proof ? { roles: ['proof', 'authority', 'solution', 'benefit', 'outcome'], line: { text: ctx.voice.proof(proof, f, ctx.pick), keep: true } } : undefined;
    }
    case 'price': {
      const offer = ctx.voice.offer(f, ctx.pick);
      return offer ? { roles: ['offer', 'solution', 'benefit', 'outcome'], line: { text: offer, keep: true } } : undefined;
    }
    case 'urgency':
      return { roles: ['urgency', 'outcome', 'benefit', 'solution'], line: { text: ctx.voice.urgency(f, ctx.pick), keep: true } };
    default:
      return undefined;
  }
}
