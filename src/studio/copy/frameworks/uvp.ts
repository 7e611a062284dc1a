import { capitalize, fitOnScreen } from '../line-fitting.ts';
import type { FrameworkSpec, StageContext, StageDraft } from './stage-spec.ts';
import { audienceDraft, introLine, problemDraft, proofDraft } from './stage-drafts.ts';

/**
 * Unique value proposition: for whom, against which problem, what only this product does,
 * and the proof that it is true.
 */
function uniqueValue(ctx: StageContext): StageDraft {
  const f = ctx.facts;
  const benefit = ctx.pool.benefit();
  const promise = benefit ?? ctx.pool.outcome();
  return {
    onScreen: fitOnScreen(capitalize(promise)),
    lines: [
      introLine(ctx),
      { text: benefit ? ctx.voice.benefit(benefit, f, ctx.pick) : ctx.voice.outcome(promise, f, ctx.pick), keep: true },
    ],
  };
}

export const uvp: FrameworkSpec = {
  id: 'uvp',
  label: 'Unique value proposition',
  summary: 'State who it is for, the problem it solves, the value only this product delivers, and the proof behind it.',
  stages: [
    { name: 'Customer', role: 'audience', build: audienceDraft },
    { name: 'Problem', role: 'problem', build: problemDraft },
    { name: 'Unique value', role: 'solution', build: uniqueValue },
    { name: 'Proof', role: 'proof', build: proofDraft },
  ],
  closingName: 'Call to action',
  expandable: ['Unique value', 'Proof'],
};
