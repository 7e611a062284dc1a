import type { Framework } from '../../contract/workflow-catalog.ts';
import { seededPicker } from './brief-seed.ts';
import type { CopyFacts } from './copy-facts.ts';
import { FactPool } from './fact-pool.ts';
import { frameworkSpecs } from './frameworks/framework-registry.ts';
import { narratorVoice } from './voices/narrator-voice.ts';

export interface OutlineStep {
  stage: string;
  line: string;
}

/** A framework told in one line per stage, in the narrator's voice: for reports and briefs. */
export function outlineFramework(facts: CopyFacts, framework: Framework, seed: number): OutlineStep[] {
  const spec = frameworkSpecs[framework];
  const ctx = { facts, voice: narratorVoice, pool: new FactPool(facts, 0), pick: seededPicker(seed), angle: 'benefit' as const };
  const steps = spec.stages.map((stage) => ({ stage: stage.name, line: stage.build(ctx).lines[0]?.text ?? '' }));
  return [...steps, { stage: spec.closingName, line: narratorVoice.close(facts.profile.cta, facts) }];
}
