import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CinematicAdsError } from '../../contract/errors.ts';
import { researchBrief } from '../../research/research-brief.ts';
import type { Brief } from '../../studio/brief.ts';
import { runStudio } from '../../studio/pipeline.ts';
import { artifactsOf, successResultOf } from './job-deliverables.ts';
import type { JobDeps } from './job-deps.ts';
import type { JobEnding } from './job-ending.ts';
import { jobFolder, jobStepStore } from './job-folders.ts';
import { recheckBrief } from './job-brief.ts';
import { type JobRun, QueueClosedError } from './job-queue.ts';
import { type JobRecord, isEnded } from './job-record.ts';
import { createJobReporter, type JobReporter } from './job-reporter.ts';
import { startRun } from './job-start.ts';
import { suspendForReview } from './job-suspension.ts';

/**
 * One run of a job, as the queue calls it: read the source page if needed, run the studio from
 * the last completed step, and record the outcome — suspended for review, completed, or failed
 * and refunded. A run stopped by shutdown leaves the job as it is, to resume on the next start.
 */
export function createJobRunner(deps: JobDeps, ending: JobEnding): JobRun {
  return async function runJob(jobId: string, signal: AbortSignal): Promise<void> {
    const stored = await deps.jobs.get(jobId);
    if (!stored || isEnded(stored) || stored.status === 'suspended') return;
    const folder = jobFolder(deps.settings.dataDir, jobId);
    const blocker = resumeBlocker(stored, folder);
    if (blocker) {
      await ending.end(jobId, 'failed', blocker);
      return;
    }
    const job = await startRun(deps, jobId);
    if (!job) return;
    const reporter = createJobReporter(deps, jobId);
    try {
      const brief = await readSource(deps, job, recheckBrief(job.brief), { folder, signal, reporter });
      const steps = jobStepStore(folder);
      // A revise: art direction runs again, with every note so far (the flag clears when the job pauses again).
      if (job.review?.redo) await steps.delete('art_direction');
      const outcome = await runStudio({
        brief,
        outDir: folder,
        size: deps.settings.renderSize,
        steps,
        tools: deps.settings.tools,
        ...(deps.settings.textModel ? { textModel: deps.settings.textModel } : {}),
        ...(job.review ? { review: { approved: job.review.approved, notes: job.review.notes.join('. ') } } : {}),
        signal,
        onEvent: reporter.studioEvent,
      });
      await reporter.drain();
      if (outcome.status === 'suspended') await suspendForReview(deps, job, outcome, folder);
      else await ending.complete(jobId, successResultOf(jobId, brief, outcome.manifest), artifactsOf(jobId, brief, outcome.manifest));
    } catch (error) {
      await reporter.drain().catch(() => undefined);
      if (signal.reason instanceof QueueClosedError) return;
      // After a cancel the job has ended already and this changes nothing.
      await ending.end(jobId, 'failed', failureSentence(error));
    }
  };
}

/** Why a stored job cannot run again, or undefined when it can. */
function resumeBlocker(job: JobRecord, folder: string): string | undefined {
  // The sentence reaches the client: it names no server path.
  if (!existsSync(folder)) return 'The job could not resume: its working folder is gone';
  try {
    recheckBrief(job.brief);
    return undefined;
  } catch (error) {
    return `The job could not resume: its brief is no longer valid (${(error as Error).message})`;
  }
}

/** Fills the brief's page facts from its url once; the researched brief is stored so a resumed run does not fetch again. */
async function readSource(
  deps: JobDeps,
  job: JobRecord,
  brief: Brief,
  run: { folder: string; signal: AbortSignal; reporter: JobReporter },
): Promise<Brief> {
  if (!brief.url || brief.source) return brief;
  run.reporter.progress('research', 0, `Reading ${brief.url}`);
  const researched = await researchBrief(brief, { safeFetch: deps.settings.safeFetch, imagesDir: join(run.folder, '.source'), signal: run.signal });
  for (const note of researched.notes) run.reporter.progress('research', 0, note);
  await run.reporter.drain();
  await deps.jobs.update(job.id, (current) => (isEnded(current) ? undefined : { ...current, brief: researched.brief }));
  return researched.brief;
}

/** The sentence a client reads in a failed result. */
function failureSentence(error: unknown): string {
  if (CinematicAdsError.is(error)) return error.message;
  return `The workflow failed: ${error instanceof Error ? error.message : String(error)}`;
}
