import type { Framework } from '../../../contract/workflow-catalog.ts';
import type { Picker } from '../brief-seed.ts';
import type { Angle } from '../angle-plan.ts';
import type { CopyFacts } from '../copy-facts.ts';
import type { FactPool } from '../fact-pool.ts';
import type { RankedPassage } from '../knowledge-ranking.ts';
import type { StageRole } from '../stage-role.ts';
import type { CopyVoice } from '../voices/copy-voice.ts';

/**
 * One candidate voice-over sentence. When a beat runs long, optional lines go first, then
 * `keep` lines; `essential` lines (the hook) and knowledge quotes go last.
 */
export interface DraftLine {
  text: string;
  /** A shorter whole sentence saying the same, for when the beat runs long. */
  shorter?: string;
  keep?: boolean;
  essential?: boolean;
  /** The knowledge passage the line quotes, recorded in `knowledgeUsed` when it airs. */
  passage?: RankedPassage;
}

/** A beat before timing: its caption and its candidate lines, most important first. */
export interface StageDraft {
  onScreen: string;
  lines: DraftLine[];
  /** Other captions the beat could show, when its own repeats another variant's. */
  altCaptions?: string[];
}

export interface StageContext {
  facts: CopyFacts;
  voice: CopyVoice;
  pool: FactPool;
  pick: Picker;
  angle: Angle;
}

export interface StageSpec {
  name: string;
  role: StageRole;
  build(ctx: StageContext): StageDraft;
}

/** A marketing framework: its body stages in order, and the name of its closing stage. */
export interface FrameworkSpec {
  id: Framework;
  label: string;
  /** How the framework persuades, for the model prompt. */
  summary: string;
  stages: StageSpec[];
  closingName: string;
  /** Stages that earn a second beat when the tier has more scenes than stages, in order. */
  expandable: string[];
}
