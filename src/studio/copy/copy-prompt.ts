import type { Brief } from '../brief.ts';
import type { Angle } from './angle-plan.ts';
import type { CopyFacts } from './copy-facts.ts';
import { frameworkSpecs } from './frameworks/framework-registry.ts';
import type { StagePlan } from './stage-plan.ts';
import type { CopyVoice } from './voices/copy-voice.ts';
import { closingReserve, wordsPerSecond } from './beat-timing.ts';
import { seasonalCopy } from './seasonal-copy.ts';

export interface CopyPrompt {
  system: string;
  prompt: string;
}

/** The brief as a copywriter's assignment: facts to use, structure to follow, limits to keep. */
export function buildCopyPrompt(brief: Brief, facts: CopyFacts, plan: StagePlan, angles: readonly Angle[], durationSec: number, voice: CopyVoice): CopyPrompt {
  const framework = frameworkSpecs[brief.framework];
  const stages = [...plan.stages.map((s) => s.name), plan.closingName];
  const bodySeconds = durationSec - closingReserve(durationSec);
  const lines = [
    `Write ${angles.length} ad script variant(s) for ${facts.brand}, one per angle, in this order: ${angles.join(', ')}.`,
    `Workflow: ${brief.type}. Speaker: ${voice.description}`,
    `Framework: ${framework.label}. ${framework.summary}`,
    `Beats, in order, one beat each, using exactly these stage names: ${stages.join(' | ')}.`,
    `The cut is ${durationSec} s. Voice-over is read at ${wordsPerSecond} words per second: about ${Math.floor(bodySeconds * wordsPerSecond)} words across the body beats and at most ${Math.floor(closingReserve(durationSec) * wordsPerSecond)} words in the final "${plan.closingName}" beat.`,
    'onScreen: at most 6 words. headline: at most 8 words. cta: an imperative, at most 6 words. The first beat opens with the hook.',
    brief.concept ? `Concept (the customer's idea: say it in the hook or the first beat, in the speaker's voice): ${brief.concept}` : '',
    `Product: ${facts.product} (${facts.kind}). Sector: ${facts.profile.label}. Tone: ${brief.brand.tone ?? facts.tone}. Audience: ${facts.audience}.`,
    facts.price ? `Price: ${facts.price}.` : '',
    listOf('Benefits', facts.benefits),
    listOf('Proof (use verbatim, never invent numbers)', facts.proofs),
    listOf('Offers', facts.offers),
    listOf('Audience pains', facts.pains.slice(0, 3).map((p) => p.phrase)),
    listOf('Brand knowledge (weave in the most relevant fact)', facts.knowledge.map((k) => k.excerpt)),
    facts.structure.length > 0 ? listOf("Reference ad's structure to mirror with OUR brand (do not reuse its claims)", facts.structure) : '',
    facts.season ? `Season: ${facts.season}. Greet with "${seasonalCopy[facts.season].greeting}" and respectfully reflect its themes (generosity, family, gatherings, gifts).` : '',
  ];
  return {
    system:
      'You are a senior direct-response copywriter for short video ads. Use only the facts given; never invent statistics, prices, awards or reviews. Write specific, concrete, spoken English.',
    prompt: lines.filter(Boolean).join('\n'),
  };
}

function listOf(label: string, items: readonly string[]): string {
  return items.length > 0 ? `${label}:\n${items.map((i) => `- ${i}`).join('\n')}` : '';
}
