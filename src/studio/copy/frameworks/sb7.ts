import { capitalize, fitOnScreen } from '../line-fitting.ts';
import type { FrameworkSpec, StageContext, StageDraft } from './stage-spec.ts';
import { audienceDraft, evidenceDraft, introLine, outcomeDraft, planDraft, problemDraft, productCaption, stakeCaption } from './stage-drafts.ts';

/**
 * StoryBrand (SB7): the customer is the hero who wants something, meets a problem, finds a
 * guide (the brand, with empathy and authority) who gives a plan and calls them to act,
 * avoiding failure and ending in success. The brand is never the hero.
 */
function guide(ctx: StageContext): StageDraft {
  // The guide is who the product comes from: it is named here, and shown unless knowledge or proof takes the screen.
  const evidence = evidenceDraft(ctx);
  const proven = evidence?.lines.some((l) => l.passage) || ctx.facts.proofs.length > 0;
  return { onScreen: evidence && proven ? evidence.onScreen : productCaption(ctx.facts), lines: [introLine(ctx), ...(evidence?.lines ?? [])] };
}

function stakes(ctx: StageContext): StageDraft {
  const pain = ctx.pool.currentPain();
  return {
    onScreen: stakeCaption(pain),
    lines: [{ text: `Don't settle for ${pain.phrase} another day.` }, { text: ctx.voice.agitate(pain, ctx.facts, ctx.pick) }],
  };
}

/** Success is pictured by what this product does when the page says it; the sector's outcome is the fallback. */
function success(ctx: StageContext): StageDraft {
  const draft = outcomeDraft(ctx);
  const benefit = ctx.pool.benefit();
  if (!benefit) return { onScreen: draft.onScreen || fitOnScreen(ctx.facts.kind), lines: draft.lines };
  return { onScreen: fitOnScreen(capitalize(benefit)), lines: [...draft.lines, { text: ctx.voice.benefit(benefit, ctx.facts, ctx.pick), keep: true }] };
}

export const sb7: FrameworkSpec = {
  id: 'sb7',
  label: 'StoryBrand SB7',
  summary:
    'The customer is the hero: they want something, hit a problem, meet the brand as a guide with empathy and authority, get a simple plan, are called to act, see the stakes of failure and the picture of success.',
  stages: [
    { name: 'Character', role: 'audience', build: audienceDraft },
    { name: 'Problem', role: 'problem', build: problemDraft },
    { name: 'Guide', role: 'authority', build: guide },
    { name: 'Plan', role: 'plan', build: planDraft },
    { name: 'Stakes', role: 'agitate', build: stakes },
    { name: 'Success', role: 'outcome', build: success },
  ],
  closingName: 'Call to action',
  expandable: ['Success', 'Guide'],
};
