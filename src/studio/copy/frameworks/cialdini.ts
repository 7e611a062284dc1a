import { asSentence, capitalize, fitOnScreen } from '../line-fitting.ts';
import type { FrameworkSpec, StageContext, StageDraft } from './stage-spec.ts';
import { audienceLabel } from '../voices/voice-phrasing.ts';
import { audienceDraft, authorityDraft, offerDraft, proofDraft, urgencyDraft } from './stage-drafts.ts';

/**
 * Cialdini's principles of persuasion, one beat each: give first (reciprocity), ask for a
 * small step (commitment), show others doing it (social proof), cite expertise (authority),
 * be likeable and close (liking), and make it scarce (scarcity).
 */
function reciprocity(ctx: StageContext): StageDraft {
  const tip = ctx.facts.profile.tip;
  return { onScreen: 'A free tip, first', lines: [{ text: `Here's a free tip: ${tip}.`, keep: true }] };
}

function commitment(ctx: StageContext): StageDraft {
  const first = ctx.facts.profile.plan.first;
  return { onScreen: fitOnScreen(`Start small: ${first}`), lines: [{ text: asSentence(`Start small: ${first}`) }] };
}

function socialProof(ctx: StageContext): StageDraft {
  if (ctx.facts.proofs.length > 0) return proofDraft(ctx);
  const f = ctx.facts;
  const who = audienceLabel(f);
  return { onScreen: fitOnScreen(`Loved by ${who}`), lines: [{ text: `${capitalize(who)} are choosing ${f.brand}.` }] };
}

function scarcity(ctx: StageContext): StageDraft {
  const offer = offerDraft(ctx);
  const urgency = urgencyDraft(ctx);
  return { onScreen: urgency.onScreen, lines: [...urgency.lines, ...offer.lines.map((l) => ({ ...l, keep: false }))], ...(urgency.altCaptions ? { altCaptions: urgency.altCaptions } : {}) };
}

export const cialdini: FrameworkSpec = {
  id: 'cialdini',
  label: "Cialdini's principles of persuasion",
  summary: 'One beat per principle: reciprocity (give first), commitment (a small step), social proof, authority, liking, scarcity.',
  stages: [
    { name: 'Reciprocity', role: 'offer', build: reciprocity },
    { name: 'Commitment', role: 'plan', build: commitment },
    { name: 'Social proof', role: 'proof', build: socialProof },
    { name: 'Authority', role: 'authority', build: authorityDraft },
    { name: 'Liking', role: 'audience', build: audienceDraft },
    { name: 'Scarcity', role: 'urgency', build: scarcity },
  ],
  closingName: 'Call to action',
  expandable: ['Social proof', 'Authority'],
};
