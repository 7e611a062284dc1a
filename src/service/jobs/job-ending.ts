import type { WorkflowResult } from '../../contract/schemas/workflow-result.ts';
import type { JobDeps } from './job-deps.ts';
import { type JobArtifactRecord, type JobRecord, isEnded } from './job-record.ts';
import { refundJob } from './job-refund.ts';
import { transition } from './job-state-machine.ts';
import { presentResult } from './job-view.ts';

export interface JobEnding {
  /** Fails or cancels a job that has not ended, then settles it; `changed` is false when it had already ended. */
  end(jobId: string, to: 'failed' | 'cancelled', reason: string): Promise<{ job: JobRecord; changed: boolean }>;
  /** Marks a running job completed with its deliverables, then settles it. */
  complete(jobId: string, result: WorkflowResult, artifacts: JobArtifactRecord[]): Promise<{ job: JobRecord; changed: boolean }>;
  /**
   * Writes what an ended job still owes, each part safe to repeat: the refund (the ledger pays a
   * job once), the result, the stream's `result` event (unless stored already), the account
   * events, and finally `settled`. A restart calls it again for jobs a crash left unsettled.
   */
  settle(job: JobRecord): Promise<JobRecord>;
}

export function createJobEnding(deps: JobDeps): JobEnding {
  const { jobs, events, ledger, accountEvents, links, now } = deps;

  async function settle(job: JobRecord): Promise<JobRecord> {
    if (job.settled || !isEnded(job)) return job;
    const refunded = await refundJob(ledger, job);
    const result: WorkflowResult = job.result ?? { success: false, error: job.endReason ?? `The job was ${job.status}`, refunded };
    const { job: withResult } = await jobs.update(job.id, (current) => ({ ...current, refunded, result, updatedAt: now().toISOString() }));
    // Account events go out before the stream's `result`: a client that stops reading at `result` has heard them.
    announceEnd(withResult, result);
    if (!(await events.history(job.id)).some((event) => event.event === 'result')) {
      await events.append(job.id, { event: 'result', data: result });
    }
    return (await jobs.update(job.id, (current) => ({ ...current, settled: true }))).job;
  }

  function announceEnd(job: JobRecord, stored: WorkflowResult): void {
    const at = now();
    const result = presentResult(stored, links);
    if (!result.success) {
      // Cancelled and rejected jobs end here too: the contract's event list has no "cancelled", and they are refunded alike.
      accountEvents.emit(job.accountId, { type: 'workflow.failed', data: { jobId: job.id, error: result.error, refunded: result.refunded } }, at);
      return;
    }
    accountEvents.emit(job.accountId, { type: 'workflow.completed', data: { jobId: job.id, result } }, at);
    for (const video of result.videos ?? []) accountEvents.emit(job.accountId, { type: 'video.ready', data: { jobId: job.id, ...video } }, at);
  }

  async function finish(jobId: string, change: (job: JobRecord) => JobRecord): Promise<{ job: JobRecord; changed: boolean }> {
    const outcome = await jobs.update(jobId, (job) => (isEnded(job) ? undefined : change(job)));
    return outcome.changed ? { job: await settle(outcome.job), changed: true } : outcome;
  }

  return {
    end: (jobId, to, reason) =>
      finish(jobId, (job) => {
        const ended = transition(job, to, now());
        // A step cut short did not complete: it reads as failed, not as running forever.
        const steps = job.steps.map((step) => (step.status === 'running' ? { ...step, status: 'failed' as const, endedAt: ended.updatedAt } : step));
        return { ...ended, steps, endReason: reason };
      }),
    complete: (jobId, result, artifacts) =>
      finish(jobId, (job) => ({ ...transition(job, 'completed', now()), progress: 100, result, artifacts })),
    settle,
  };
}
