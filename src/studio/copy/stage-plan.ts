import type { Brief } from '../brief.ts';
import { workflowCatalog } from '../../contract/workflow-catalog.ts';
import type { CopyFacts } from './copy-facts.ts';
import { frameworkSpecs } from './frameworks/framework-registry.ts';
import type { StageContext, StageDraft, StageSpec } from './frameworks/stage-spec.ts';
import { factLine } from './frameworks/stage-drafts.ts';
import { capitalize, fitOnScreen } from './line-fitting.ts';
import { painCaption } from './pain-captions.ts';
import { referenceStages } from './reference-structure.ts';

export interface StagePlan {
  stages: StageSpec[];
  closingName: string;
}

/**
 * The body stages of every variant: the framework's (or, for clone, the reference page's),
 * with extra beats for the stages that carry most weight when the tier has more scenes than
 * the framework has stages — a premium cut says more, it does not stretch the same lines.
 */
export function planStages(brief: Brief, facts: CopyFacts): StagePlan {
  const framework = frameworkSpecs[brief.framework];
  const reference = brief.type === 'clone' ? referenceStages(facts.structure).slice(0, 8) : [];
  const base = reference.length > 0 ? reference : framework.stages;
  const expandable = reference.length > 0 ? reference.slice(0, 2).map((s) => s.name) : framework.expandable;
  const slots = workflowCatalog[brief.type].tiers[brief.quality].scenes;
  const extra = Math.max(0, slots - 1 - base.length);
  const stages = [...base];
  for (let i = 0; i < extra; i++) {
    const name = expandable[i % expandable.length] ?? base[base.length - 1]?.name ?? 'Benefit';
    const at = lastIndexOfName(stages, name);
    const original = stages[at];
    const role = original?.role ?? 'benefit';
    stages.splice(at + 1, 0, { name, role, build: role === 'problem' || role === 'agitate' ? deeperPainDraft : supportDraft });
  }
  return { stages, closingName: framework.closingName };
}

/** An extra beat for a problem stage: the next pain, with its sting. */
export function deeperPainDraft(ctx: StageContext): StageDraft {
  const pain = ctx.pool.pain();
  return {
    onScreen: painCaption(pain),
    lines: [{ text: ctx.voice.pain(pain, ctx.facts, ctx.pick), keep: true }, { text: ctx.voice.agitate(pain, ctx.facts, ctx.pick) }],
  };
}

/** An extra beat: the next fact not yet said — a benefit, a proof, a knowledge fact, an outcome. */
export function supportDraft(ctx: StageContext): StageDraft {
  const benefit = ctx.pool.benefit();
  if (benefit) return { onScreen: fitOnScreen(capitalize(benefit)), lines: [{ text: ctx.voice.benefit(benefit, ctx.facts, ctx.pick), keep: true }] };
  const proof = ctx.pool.proof();
  if (proof) return { onScreen: fitOnScreen(proof), lines: [{ text: ctx.voice.proof(proof, ctx.facts, ctx.pick), keep: true }] };
  const fact = factLine(ctx);
  if (fact?.passage) return { onScreen: fitOnScreen(fact.passage.excerpt), lines: [fact] };
  const outcome = ctx.pool.outcome();
  return { onScreen: fitOnScreen(capitalize(outcome)), lines: [{ text: ctx.voice.outcome(outcome, ctx.facts, ctx.pick) }] };
}

function lastIndexOfName(stages: readonly StageSpec[], name: string): number {
  for (let i = stages.length - 1; i >= 0; i--) if (stages[i]?.name === name) return i;
  return stages.length - 1;
}
