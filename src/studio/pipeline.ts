import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LanguageModel } from 'ai';
import { CinematicAdsError } from '../contract/errors.ts';
import { workflowCatalog, type StepId } from '../contract/workflow-catalog.ts';
import type { Brief } from './brief.ts';
import { mediaProviders, offlineProviders } from './render/index.ts';
import type { Deliverable, Manifest, StepTiming } from './manifest.ts';
import type { RenderSize } from './render-size.ts';
import type { Script } from './script.ts';
import { directoryStepStore, type StepStore } from './step-store.ts';
import type { Storyboard } from './storyboard.ts';
import type { DeliveringOutput, StepContext, StudioTools } from './steps/step-context.ts';
import { stepHandlers } from './steps/step-handlers.ts';
import type { ResearchOutput } from './steps/research-step.ts';

export type StudioEvent =
  | { kind: 'step'; step: StepId; status: 'started' | 'completed'; progress: number }
  | { kind: 'progress'; step: StepId; progress: number };

export interface StudioRun {
  brief: Brief;
  outDir: string;
  size?: RenderSize;
  /** Where step outputs persist; defaults to `<outDir>/.steps`, which makes re-running a folder resume it. */
  steps?: StepStore;
  tools?: StudioTools;
  textModel?: LanguageModel;
  /** Pause after art direction until a reviewer approves (`hitl`). */
  review?: { approved: boolean; notes?: string };
  signal?: AbortSignal;
  onEvent?: (event: StudioEvent) => void;
}

export type StudioOutcome =
  | { status: 'suspended'; storyboard: Storyboard; progress: number }
  | { status: 'completed'; manifest: Manifest };

/** What the store keeps per step: its output and the notices it raised (so a resumed run still reports them). */
export interface SavedStep<T> {
  output: T;
  notices: string[];
}

/** A reviewer's edited storyboard replaces the art direction before the run resumes. */
export async function replaceStoryboard(store: StepStore, storyboard: Storyboard): Promise<void> {
  await store.put('art_direction', { output: storyboard, notices: [] } satisfies SavedStep<Storyboard>);
}

const deliveringSteps = new Set<StepId>(['compose', 'image_generation', 'report']);

/**
 * Runs a brief through its workflow's steps. Each step's output is persisted before the next
 * starts; a step whose output already exists is skipped, so calling this again on the same store
 * resumes where the last run stopped (after a crash, or after a review).
 */
export async function runStudio(run: StudioRun): Promise<StudioOutcome> {
  const spec = workflowCatalog[run.brief.type];
  const store = run.steps ?? directoryStepStore(join(run.outDir, '.steps'));
  const workDir = join(run.outDir, '.work');
  const tools = run.tools ?? {};
  // Resolved before any work so an unknown model id fails the run at once, not after the copy.
  const providers = mediaProviders(run.brief.models, offlineProviders(tools));
  await mkdir(workDir, { recursive: true });

  const notices: string[] = [];
  const timings: StepTiming[] = [];
  const deliverables: Deliverable[] = [];
  let previousProgress = 0;
  const ctx: StepContext = {
    brief: run.brief,
    tier: spec.tiers[run.brief.quality],
    outDir: run.outDir,
    workDir,
    size: run.size ?? 'full',
    tools,
    providers,
    ...(run.textModel ? { textModel: run.textModel } : {}),
    ...(run.review?.notes ? { reviewNotes: run.review.notes } : {}),
    ...(run.signal ? { signal: run.signal } : {}),
    async output<T>(step: StepId) {
      const saved = await store.get<SavedStep<T>>(step);
      if (saved === undefined) throw new CinematicAdsError('internal', `Step "${step}" has no output yet`);
      return saved.output;
    },
    progress: () => {},
    notice: () => {},
  };

  for (const { step, progress } of spec.steps) {
    throwIfAborted(run.signal);
    let saved = await store.get<SavedStep<unknown>>(step);
    if (saved === undefined) {
      const started = performance.now();
      run.onEvent?.({ kind: 'step', step, status: 'started', progress: previousProgress });
      const from = previousProgress;
      ctx.progress = (fraction) =>
        run.onEvent?.({ kind: 'progress', step, progress: Math.round(from + (progress - from) * Math.min(1, Math.max(0, fraction))) });
      const stepNotices: string[] = [];
      ctx.notice = (text) => void (stepNotices.includes(text) || stepNotices.push(text));
      saved = { output: await stepHandlers[step](ctx), notices: stepNotices };
      await store.put(step, saved);
      run.onEvent?.({ kind: 'step', step, status: 'completed', progress });
      timings.push({ step, status: 'completed', ms: Math.round(performance.now() - started) });
    } else {
      timings.push({ step, status: 'resumed', ms: 0 });
    }
    for (const text of saved.notices) if (!notices.includes(text)) notices.push(text);
    const output = saved.output;
    previousProgress = progress;
    if (step === 'research') ctx.brief = withUsableImages(run.brief, output as ResearchOutput);
    if (deliveringSteps.has(step)) deliverables.push(...(output as DeliveringOutput).deliverables);
    if (step === 'art_direction' && run.review && !run.review.approved) {
      return { status: 'suspended', storyboard: output as Storyboard, progress };
    }
  }

  const manifest = await finish(ctx, store, { timings, deliverables, notices });
  // Intermediate tracks are only needed until compose has used them.
  await rm(workDir, { recursive: true, force: true });
  return { status: 'completed', manifest };
}

/** Later steps see only the images research could read, so `imageIndex` values stay valid. */
function withUsableImages(brief: Brief, research: ResearchOutput): Brief {
  if (!brief.source) return brief;
  return { ...brief, source: { ...brief.source, images: research.images } };
}

async function finish(
  ctx: StepContext,
  store: StepStore,
  parts: { timings: StepTiming[]; deliverables: Deliverable[]; notices: string[] },
): Promise<Manifest> {
  const { brief, outDir } = ctx;
  const script = (await store.get<SavedStep<Script>>('script'))?.output;
  const storyboard = (await store.get<SavedStep<Storyboard>>('art_direction'))?.output;
  const documents: Deliverable[] = [];
  if (script) documents.push(await writeJson(outDir, 'script.json', script, 'script'));
  if (storyboard) documents.push(await writeJson(outDir, 'storyboard.json', storyboard, 'storyboard'));

  const manifest: Manifest = {
    version: 1,
    type: brief.type,
    quality: brief.quality,
    formats: brief.formats,
    createdAt: new Date().toISOString(),
    ...(script ? { writer: script.writer } : {}),
    steps: parts.timings,
    deliverables: [...parts.deliverables, ...documents],
    knowledgeUsed: script?.knowledgeUsed ?? [],
    notices: parts.notices,
  };
  await writeJson(outDir, 'manifest.json', manifest, 'report');
  return manifest;
}

async function writeJson(outDir: string, name: string, value: unknown, kind: Deliverable['kind']): Promise<Deliverable> {
  const path = join(outDir, name);
  const text = JSON.stringify(value, null, 2);
  await writeFile(`${path}.tmp`, text);
  await rename(`${path}.tmp`, path);
  return { kind, path: name, mimeType: 'application/json', bytes: Buffer.byteLength(text) };
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CinematicAdsError('conflict', 'The render was cancelled', { cause: signal.reason });
}
