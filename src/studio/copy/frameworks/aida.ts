import { capitalize, fitOnScreen } from '../line-fitting.ts';
import type { FrameworkSpec, StageContext, StageDraft } from './stage-spec.ts';
import { benefitDraft, factLine, introLine, problemDraft, productAltCaptions, productCaption } from './stage-drafts.ts';

/**
 * AIDA — Attention, Interest, Desire, Action: stop the scroll, give a reason to keep
 * watching (what it is and one concrete fact), make them want the outcome, then ask.
 */
function interest(ctx: StageContext): StageDraft {
  const fact = factLine(ctx);
  const intro = introLine(ctx);
  return {
    onScreen: fact?.passage ? fitOnScreen(fact.passage.excerpt) : productCaption(ctx.facts),
    altCaptions: productAltCaptions(ctx.facts),
    // Without a fact, say who it is for: the benefits are saved for Desire.
    lines: fact ? [intro, fact] : [intro, { text: ctx.voice.audience(ctx.facts, ctx.pick) }],
  };
}

function desire(ctx: StageContext): StageDraft {
  const benefit = benefitDraft(ctx);
  const outcome = ctx.pool.outcome();
  const proof = ctx.pool.proof();
  return {
    onScreen: benefit.onScreen || fitOnScreen(capitalize(outcome)),
    lines: [...benefit.lines, ...(proof ? [{ text: ctx.voice.proof(proof, ctx.facts, ctx.pick) }] : [])],
  };
}

export const aida: FrameworkSpec = {
  id: 'aida',
  label: 'Attention–Interest–Desire–Action',
  summary: 'Grab attention, build interest with what it is and a concrete fact, create desire for the outcome, then call to action.',
  stages: [
    { name: 'Attention', role: 'problem', build: problemDraft },
    { name: 'Interest', role: 'solution', build: interest },
    { name: 'Desire', role: 'outcome', build: desire },
  ],
  closingName: 'Action',
  expandable: ['Desire', 'Interest'],
};
