import type { PainKind } from '../industry-profile.ts';
import type { CopyFacts } from '../copy-facts.ts';
import { capitalize, firstFitting, fitOnScreen } from '../line-fitting.ts';
import { painCaption } from '../pain-captions.ts';
import type { DiscoveredPain } from '../pain-discovery.ts';
import { audienceLabel } from '../voices/voice-phrasing.ts';
import { allPhrasings } from '../voices/shorter-phrasing.ts';
import type { DraftLine, StageContext, StageDraft } from './stage-spec.ts';

/**
 * The building blocks every framework stage is made of: state a pain, twist it, introduce
 * the product, prove it, show the plan… Framework files arrange and adapt these per stage.
 */
const stakeCaptions: Record<PainKind, string> = {
  time: 'Hours, gone',
  money: 'Money, gone',
  quality: 'Another letdown',
  effort: 'All that effort',
  confidence: 'Every. Single. Time.',
  trust: 'Empty promises',
  health: 'Your body keeps score',
};

/** The pain's own sting on screen when it fits whole ("Soaked before you're halfway there"), else what it costs. */
export function stakeCaption(pain: DiscoveredPain): string {
  return firstFitting([...(pain.sting ? [pain.sting] : []), stakeCaptions[pain.kind]]);
}

export function problemDraft(ctx: StageContext): StageDraft {
  const pain = ctx.pool.pain();
  return {
    onScreen: painCaption(pain),
    lines: [{ text: ctx.voice.pain(pain, ctx.facts, ctx.pick) }, { text: ctx.voice.audience(ctx.facts, ctx.pick) }],
  };
}

export function agitateDraft(ctx: StageContext): StageDraft {
  const pain = ctx.pool.currentPain();
  return {
    onScreen: stakeCaption(pain),
    lines: [{ text: ctx.voice.agitate(pain, ctx.facts, ctx.pick) }],
  };
}

/** The product enters; the most relevant knowledge fact rides along as its credential. */
export function solutionDraft(ctx: StageContext): StageDraft {
  const lines: DraftLine[] = [introLine(ctx)];
  const fact = factLine(ctx);
  if (fact) lines.push(fact);
  const benefit = ctx.pool.benefit();
  if (benefit) lines.push({ text: ctx.voice.benefit(benefit, ctx.facts, ctx.pick) });
  return { onScreen: productCaption(ctx.facts), lines, altCaptions: productAltCaptions(ctx.facts) };
}

/** The line that names the product: a script that never says what it sells has failed, so it goes last. */
export function introLine(ctx: StageContext): DraftLine {
  return { text: ctx.voice.introduce(ctx.facts, ctx.pick), essential: true };
}

/** "Meet the Drift Packable Rain Jacket", or the name alone: a product's name is never cut. */
export function productCaption(f: CopyFacts): string {
  return firstFitting([`Meet ${f.productRef}`, `Meet ${f.product}`, f.product]);
}

/** Other ways to put the product on screen: its name alone, with its price. */
export function productAltCaptions(f: CopyFacts): string[] {
  return [f.product, ...(f.price ? [`${f.product}: ${f.price}`] : [])];
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

/**
 * The brand's evidence: knowledge first (its own words), then proof, then a concrete claim
 * the viewer can check ("Weighs 190 g"). Undefined when the brief has none of them.
 */
export function evidenceDraft(ctx: StageContext): StageDraft | undefined {
  const fact = factLine(ctx);
  if (fact?.passage) return { onScreen: fitOnScreen(fact.passage.excerpt), lines: [fact, ...benefitDraft(ctx).lines.slice(0, 1)] };
  const proof = ctx.pool.proof();
  if (proof) return { onScreen: fitOnScreen(proof), lines: [{ text: ctx.voice.proof(proof, ctx.facts, ctx.pick), keep: true }] };
  const benefit = ctx.pool.benefit();
  if (benefit) return { onScreen: fitOnScreen(capitalize(benefit)), lines: [{ text: ctx.voice.benefit(benefit, ctx.facts, ctx.pick), keep: true }] };
  return undefined;
}

/**
 * Why to trust it: the brand's evidence. A bare claim is no authority without the product it
 * belongs to, so the product is named with it; with no evidence at all, the product itself.
 */
export function authorityDraft(ctx: StageContext): StageDraft {
  const evidence = evidenceDraft(ctx);
  if (!evidence) return solutionDraft(ctx);
  const byClaim = !evidence.lines.some((l) => l.passage) && ctx.facts.proofs.length === 0;
  return byClaim ? { ...evidence, lines: [introLine(ctx), ...evidence.lines] } : evidence;
}

export function offerDraft(ctx: StageContext): StageDraft {
  const offer = ctx.voice.offer(ctx.facts, ctx.pick);
  if (!offer) return benefitDraft(ctx);
  const caption = ctx.facts.price ? `${ctx.facts.product}: ${ctx.facts.price}` : (ctx.facts.offers[0] ?? offer);
  return { onScreen: fitOnScreen(caption), lines: [{ text: offer, keep: true }] };
}

export function urgencyDraft(ctx: StageContext): StageDraft {
  const line = ctx.voice.urgency(ctx.facts, ctx.pick);
  // The speaker's other ways to say it give another variant of the cut its own caption.
  return { onScreen: fitOnScreen(line), lines: [{ text: line }], altCaptions: allPhrasings((pick) => ctx.voice.urgency(ctx.facts, pick)) };
}

export function planDraft(ctx: StageContext): StageDraft {
  const { steps, line } = ctx.facts.profile.plan;
  return { onScreen: `${steps.join('. ')}.`, lines: [{ text: line }] };
}

export function audienceDraft(ctx: StageContext): StageDraft {
  const f = ctx.facts;
  const who = audienceLabel(f);
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
