import { generateText, Output, type LanguageModel } from 'ai';
import type { Brief } from '../brief.ts';
import { script as scriptSchema, type Script } from '../script.ts';
import { workflowCatalog } from '../../contract/workflow-catalog.ts';
import { anglesFor } from './angle-plan.ts';
import { gatherCopyFacts } from './copy-facts.ts';
import { buildCopyPrompt } from './copy-prompt.ts';
import { modelScriptOutput, type ModelVariant } from './model-script-output.ts';
import { normaliseModelVariant } from './model-variant-timing.ts';
import { knowledgeRecord, scriptDuration } from './offline-copywriter.ts';
import { planStages } from './stage-plan.ts';
import { voiceForType } from './voices/voice-for-type.ts';

/** Asks a text model for the variants, then holds its answer to the same rules as our own copy. */
export async function writeModelScript(brief: Brief, model: LanguageModel, signal?: AbortSignal): Promise<Script> {
  const facts = gatherCopyFacts(brief);
  const tier = workflowCatalog[brief.type].tiers[brief.quality];
  const plan = planStages(brief, facts);
  const durationSec = scriptDuration(tier.durationSec, plan.stages.length);
  const angles = anglesFor(brief.type, tier.variants, facts.concept !== undefined);
  const { system, prompt } = buildCopyPrompt(brief, facts, plan, angles, durationSec, voiceForType(brief.type));
  const result = await generateText({
    model,
    system,
    prompt,
    output: Output.object({ schema: modelScriptOutput, name: 'script', description: 'Ad script variants' }),
    maxRetries: 1,
    ...(signal ? { abortSignal: signal } : {}),
  });
  const answer = result.output;
  if (answer.variants.length < angles.length) throw new Error(`the model wrote ${answer.variants.length} variant(s); ${angles.length} are needed`);
  const required = brief.type === 'clone' ? [] : [...plan.stages.map((s) => s.name), plan.closingName];
  const variants = answer.variants.slice(0, angles.length).map((variant: ModelVariant, index) => {
    const missing = missingStages(variant, required);
    if (missing.length > 0) throw new Error(`variant ${index + 1} lacks the stage(s) ${missing.join(', ')}`);
    return normaliseModelVariant(variant, index, durationSec, plan.closingName, facts.knowledge);
  });
  return scriptSchema.parse({
    framework: brief.framework,
    language: 'en',
    tone: brief.brand.tone ?? facts.tone,
    variants: variants.map((v) => v.variant),
    knowledgeUsed: knowledgeRecord(variants.flatMap((v) => v.passages)),
    writer: { kind: 'model', id: modelIdOf(model) },
  });
}

export function modelIdOf(model: LanguageModel): string {
  return typeof model === 'string' ? model : model.modelId;
}

function missingStages(variant: ModelVariant, required: readonly string[]): string[] {
  const stages = variant.beats.map((b) => b.stage.toLowerCase());
  return required.filter((name) => !stages.some((stage) => stage.includes(name.toLowerCase())));
}
