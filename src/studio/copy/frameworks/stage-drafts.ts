import type { PainKind } from '../industry-profile.ts';
import { capitalize, fitOnScreen } from '../line-fitting.ts';
import type { DraftLine, StageContext, StageDraft } from './stage-spec.ts';

/**
 * The building blocks every framework stage is made of: state a pain, twist it, introduce
 * the product, prove it, show the plan… Framework files arrange and adapt these per stage.
 */
const stakeCaptions: Record<PainKind, string> = {
  time: 'Hours, gone',
  money: 'Money, gone',
  quality: 'It never lasts',
  effort: 'All that effort',
  confidence: 'Every. Single. Time.',
  trust: 'Empty promises',
  health: 'Your body keeps score',
};

export function problemDraft(ctx: StageContext): StageDraft {
  const pain = ctx.pool.pain();
  return {
    onScreen: fitOnScreen(capitalize(pain.phrase)),
    lines: [{ text: ctx.voice.pain(pain, ctx.facts, ctx.pick) }, { text: ctx.voice.audience(ctx.facts, ctx.pick) }],
  };
}

export function agitateDraft(ctx: StageContext): StageDraft {
  const pain = ctx.pool.currentPain();
  return {
    onScreen: stakeCaptions[pain.kind],
    lines: [{ text: ctx.voice.agitate(pain, ctx.facts, ctx.pick) }],
  };
}

/** The product enters; the most relevant knowledge fact rides along as its credential. */
export function solutionDraft(ctx: StageContext): StageDraft {
  const lines: DraftLine[] = [{ text: ctx.voice.introduce(ctx.facts, ctx.pick), keep: true }];
  const fact = factLine(ctx);
  if (fact) lines.push(fact);
  const benefit = ctx.pool.benefit();
  if (benefit) lines.push({ text: ctx.voice.benefit(benefit, ctx.facts, ctx.pick) });
  return { onScreen: fitOnScreen(`Meet ${ctx.facts.product}`), lines };
}

export function benefitDraft(ctx: StageContext): StageDraft {
  const benefit = ctx.pool.benefit();
  const outcome = ctx.pool.outcome();
  const lines: DraftLine[] = benefit
    ? [{ text: ctx.voice.benefit(benefit, ctx.facts, ctx.pick) }, { text: ctx.voice.outcome(outcome, ctx.facts, ctx.pick) }]
    : [{ text: ctx.voice.outcome(outcome, ctx.facts, ctx.pick) }];
  return { onScreen: fitOnScreen(capitalize(benefit ?? outcome)), lines };
}

export function proofDraft(ctx: StageContext): StageDraft {
  const proof = ctx.pool.proof();
  if (proof) return { onScreen: fitOnScreen(proof), lines: [{ text: ctx.voice.proof(proof, ctx.facts, ctx.pick), keep: true }] };
  return authorityDraft(ctx);
}

/** Knowledge first (it is the brand's own evidence), then proof, then the product itself. */
export function authorityDraft(ctx: StageContext): StageDraft {
  const fact = factLine(ctx);
  if (fact?.passage) return { onScreen: fitOnScreen(fact.passage.excerpt), lines: [fact, ...benefitDraft(ctx).lines.slice(0, 1)] };
  const proof = ctx.pool.proof();
  if (proof) return { onScreen: fitOnScreen(proof), lines: [{ text: ctx.voice.proof(proof, ctx.facts, ctx.pick), keep: true }] };
  return solutionDraft(ctx);
}

export function offerDraft(ctx: StageContext): StageDraft {
  const offer = ctx.voice.offer(ctx.facts, ctx.pick);
  if (!offer) return benefitDraft(ctx);
  const caption = ctx.facts.price ? `${ctx.facts.product}: ${ctx.facts.price}` : (ctx.facts.offers[0] ?? offer);
  return { onScreen: fitOnScreen(caption), lines: [{ text: offer, keep: true }] };
}

export function urgencyDraft(ctx: StageContext): StageDraft {
  const line = ctx.voice.urgency(ctx.facts, ctx.pick);
  return { onScreen: fitOnScreen(line), lines: [{ text: line }] };
}

export function planDraft(ctx: StageContext): StageDraft {
  const { steps, line } = ctx.facts.profile.plan;
  return { onScreen: `${steps.join('. ')}.`, lines: [{ text: line }] };
}

export function audienceDraft(ctx: StageContext): StageDraft {
  const f = ctx.facts;
  const who = f.audience.split(/\s+/).length <= 4 ? f.audience : f.profile.audienceNoun;
  return {
    onScreen: fitOnScreen(`For ${who}`),
    lines: [{ text: ctx.voice.audience(f, ctx.pick) }, { text: ctx.voice.outcome(ctx.pool.outcome(), f, ctx.pick) }],
  };
}

export function outcomeDraft(ctx: StageContext): StageDraft {
  const outcome = ctx.pool.outcome();
  return { onScreen: fitOnScreen(capitalize(outcome)), lines: [{ text: ctx.voice.outcome(outcome, ctx.facts, ctx.pick) }] };
}

/** The next unused knowledge passage as a line in the speaker's voice. */
export function factLine(ctx: StageContext): DraftLine | undefined {
  const passage = ctx.pool.knowledge();
  if (!passage) return undefined;
  return { text: ctx.voice.fact(passage.excerpt, ctx.facts), keep: true, passage };
}
