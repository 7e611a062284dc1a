import { fitOnScreen } from '../line-fitting.ts';
import { painCaption } from '../pain-captions.ts';
import { inline } from '../voices/voice-phrasing.ts';
import type { FrameworkSpec, StageContext, StageDraft } from './stage-spec.ts';
import { authorityDraft, benefitDraft, offerDraft, urgencyDraft } from './stage-drafts.ts';

/**
 * BANT — Budget, Authority, Need, Timeline: the sales qualification questions answered in
 * the ad itself: it fits your budget, you can trust who is behind it, it meets a real need,
 * and it works on your timeline.
 */
function budget(ctx: StageContext): StageDraft {
  if (ctx.facts.price || ctx.facts.offers.length > 0) return offerDraft(ctx);
  const promise = ctx.facts.benefits[0] ?? ctx.facts.outcomes[0] ?? ctx.facts.kind;
  return { onScreen: 'Spend once, spend well', lines: [{ text: `Spend once, spend well: ${inline(promise)}.` }, ...benefitDraft(ctx).lines.slice(1)] };
}

function need(ctx: StageContext): StageDraft {
  const pain = ctx.pool.pain();
  return {
    onScreen: painCaption(pain, (p) => `Done with ${p}?`),
    lines: [{ text: `Done with ${pain.phrase}? You need ${ctx.facts.productRef}.`, keep: true }],
  };
}

function timeline(ctx: StageContext): StageDraft {
  const timed = [...ctx.facts.benefits, ...ctx.facts.offers].find((claim) => /\b(?:in|within|under)\s+\d+\s*(?:minutes?|hours?|days?|weeks?)|same[- ]day|next[- ]day|\d+[- ](?:minute|hour|day)\b/i.test(claim));
  if (timed) return { onScreen: fitOnScreen(timed), lines: [{ text: `On your timeline: ${inline(timed)}.`, keep: true }] };
  return urgencyDraft(ctx);
}

export const bant: FrameworkSpec = {
  id: 'bant',
  label: 'Budget–Authority–Need–Timeline',
  summary: 'Answer the buyer’s qualifying questions: it fits the budget, a credible authority stands behind it, it meets a real need, and it works on their timeline.',
  stages: [
    { name: 'Budget', role: 'offer', build: budget },
    { name: 'Authority', role: 'authority', build: authorityDraft },
    { name: 'Need', role: 'problem', build: need },
    { name: 'Timeline', role: 'urgency', build: timeline },
  ],
  closingName: 'Call to action',
  expandable: ['Need', 'Authority'],
};
