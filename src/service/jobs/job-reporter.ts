import type { StepId } from '../../contract/workflow-catalog.ts';
import type { StudioEvent } from '../../studio/pipeline.ts';
import type { JobEventDraft } from '../events/job-event-log.ts';
import type { JobDeps } from './job-deps.ts';
import { type JobRecord, type JobStepRecord, isEnded } from './job-record.ts';

/**
 * Turns the studio's callbacks into the job's record, its numbered events and the account's
 * `workflow.step` events. Callbacks arrive synchronously; their writes are chained so they land
 * in order, and `drain` waits for them. Nothing is written once the job has ended (a cancel won).
 */
export interface JobReporter {
  studioEvent(event: StudioEvent): void;
  /** A progress line of the service's own (reading the source page). */
  progress(step: StepId, progress: number, message: string): void;
  /** Resolves when every write so far has landed; rejects with the first write that failed. */
  drain(): Promise<void>;
}

export function createJobReporter(deps: JobDeps, jobId: string): JobReporter {
  let chain = Promise.resolve();
  let failure: unknown;
  let lastProgress = -1;

  function record(change: (job: JobRecord, at: string) => JobRecord, draft: JobEventDraft, onWritten?: (job: JobRecord) => void): void {
    chain = chain.then(async () => {
      if (failure) return;
      try {
        await deps.jobs.update(
          jobId,
          (job) => (isEnded(job) ? undefined : { ...change(job, deps.now().toISOString()), updatedAt: deps.now().toISOString() }),
          async (job) => {
            await deps.events.append(jobId, draft);
            onWritten?.(job);
          },
        );
      } catch (error) {
        failure = error;
      }
    });
  }

  return {
    studioEvent(event) {
      if (event.kind === 'progress') {
        // Renders report per frame; a client needs each percent once.
        if (event.progress === lastProgress) return;
        lastProgress = event.progress;
        record((job) => ({ ...job, progress: event.progress }), { event: 'progress', data: { progress: event.progress, step: event.step } });
        return;
      }
      const status: 'running' | 'completed' = event.status === 'started' ? 'running' : 'completed';
      lastProgress = event.progress;
      record(
        (job, at) => ({ ...job, progress: event.progress, steps: withStep(job.steps, event.step, status, event.progress, at) }),
        { event: 'step', data: { step: event.step, status, progress: event.progress } },
        (job) => {
          if (status !== 'completed') return;
          const data = { jobId: job.id, step: event.step, status, progress: event.progress };
          deps.accountEvents.emit(job.accountId, { type: 'workflow.step', data }, deps.now());
        },
      );
    },
    progress(step, progress, message) {
      record((job) => job, { event: 'progress', data: { progress, step, message } });
    },
    async drain() {
      await chain;
      if (failure) throw failure;
    },
  };
}

/** The steps with `step` started or ended; a step run again (after a restart or a revise) starts over. */
function withStep(steps: JobStepRecord[], step: StepId, status: 'running' | 'completed', progress: number, at: string): JobStepRecord[] {
  const previous = steps.find((entry) => entry.step === step);
  const entry: JobStepRecord =
    status === 'running' ? { step, status, progress, startedAt: at } : { step, status, progress, startedAt: previous?.startedAt ?? at, endedAt: at };
  const index = steps.findIndex((candidate) => candidate.step === step);
  if (index === -1) return [...steps, entry];
  return steps.map((candidate, i) => (i === index ? entry : candidate));
}
