import type { LanguageModel } from 'ai';
import type { StepId, TierSpec } from '../../contract/workflow-catalog.ts';
import type { Brief } from '../brief.ts';
import type { Deliverable } from '../manifest.ts';
import type { SelectedProviders } from '../render/index.ts';
import type { RenderSize } from '../render-size.ts';

/** Binaries the render steps spawn; unset means "find them" (system first, then npm fallback). */
export interface StudioTools {
  ffmpegPath?: string;
  espeakPath?: string;
}

/** What every step receives: the brief, where to write, and the outputs of the steps before it. */
export interface StepContext {
  brief: Brief;
  tier: TierSpec;
  outDir: string;
  /** Scratch folder for intermediate files (silent tracks, audio beds) inside `outDir`. */
  workDir: string;
  size: RenderSize;
  tools: StudioTools;
  /** The image, video and voice providers the brief's `models` chose. */
  providers: SelectedProviders;
  textModel?: LanguageModel;
  /** A reviewer's notes for a revised art direction. */
  reviewNotes?: string;
  signal?: AbortSignal;
  /** The persisted output of an earlier step; throws if that step has not run. */
  output<T>(step: StepId): Promise<T>;
  /** Reports how far the running step is (0–1), for progress events. */
  progress(fraction: number): void;
  /** Adds a sentence to the manifest's notices. */
  notice(text: string): void;
}

/** Steps that produce files return them so the manifest can list them. */
export interface DeliveringOutput {
  deliverables: Deliverable[];
}

export type StepHandler = (ctx: StepContext) => Promise<unknown>;
