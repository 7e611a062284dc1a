import type { Brief } from '../brief.ts';
import { script as scriptSchema, type Script, type WriterInfo } from '../script.ts';
import { workflowCatalog } from '../../contract/workflow-catalog.ts';
import { briefSeed } from './brief-seed.ts';
import { anglesFor } from './angle-plan.ts';
import { gatherCopyFacts } from './copy-facts.ts';
import type { RankedPassage } from './knowledge-ranking.ts';
import { clampChars } from './line-fitting.ts';
import { planStages } from './stage-plan.ts';
import { composeVariant, type ComposedVariant } from './variant-composer.ts';
import { captionKey } from './caption-distinction.ts';
import { voiceForType } from './voices/voice-for-type.ts';

export const offlineWriterId = 'offline-copywriter';

/** Seconds per beat for stills, where "time" is reading time rather than a cut's length. */
const stillSecondsPerBeat = 3;

/** The built-in copywriter: framework beats from the brief's own facts, no model needed. */
export function writeOfflineScript(brief: Brief, fallbackReason?: string): Script {
  const facts = gatherCopyFacts(brief);
  const tier = workflowCatalog[brief.type].tiers[brief.quality];
  const plan = planStages(brief, facts);
  const durationSec = scriptDuration(tier.durationSec, plan.stages.length);
  const voice = voiceForType(brief.type);
  const seed = briefSeed(brief);
  const composed: ComposedVariant[] = [];
  const captionsTaken: Array<Set<string>> = [];
  anglesFor(brief.type, tier.variants, facts.concept !== undefined).forEach((angle, index) => {
    const variant = composeVariant({ facts, voice, plan, angle, index, seed, durationSec, captionsTaken });
    variant.variant.beats.slice(0, -1).forEach((beat, i) => (captionsTaken[i] ??= new Set()).add(captionKey(beat.onScreen)));
    composed.push(variant);
  });
  const writer: WriterInfo = { kind: 'offline', id: offlineWriterId, ...(fallbackReason ? { fallbackReason } : {}) };
  return scriptSchema.parse({
    framework: brief.framework,
    language: 'en',
    tone: brief.brand.tone ?? facts.tone,
    variants: composed.map((c) => c.variant),
    knowledgeUsed: knowledgeRecord(composed.flatMap((c) => c.passages)),
    writer,
  });
}

/** The cut's length; stills get a nominal reading time so their lines stay short too. */
export function scriptDuration(tierDurationSec: number, bodyStages: number): number {
  return tierDurationSec > 0 ? tierDurationSec : (bodyStages + 1) * stillSecondsPerBeat;
}

/** Each passage that made it on air, once. */
export function knowledgeRecord(passages: readonly RankedPassage[]): Script['knowledgeUsed'] {
  const seen = new Set<string>();
  const record: Script['knowledgeUsed'] = [];
  for (const { passage, excerpt } of passages) {
    const key = passage.id ?? excerpt;
    if (seen.has(key)) continue;
    seen.add(key);
    record.push({ ...(passage.id ? { id: passage.id } : {}), source: passage.source, excerpt: clampChars(excerpt, 300) });
  }
  return record;
}
