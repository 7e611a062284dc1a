import type { JobDeps } from './job-deps.ts';
import { type JobRecord, isEnded } from './job-record.ts';
import { transition } from './job-state-machine.ts';

/**
 * Marks a job running for a run about to start: a queued job moves to running (and the account
 * hears `workflow.started` the first time); a job found running (resumed after a restart, or
 * approved after review) stays running. Undefined when the job can no longer run.
 */
export async function startRun(deps: JobDeps, jobId: string): Promise<JobRecord | undefined> {
  let firstStart = false;
  const { job, changed } = await deps.jobs.update(jobId, (current) => {
    if (isEnded(current) || current.status === 'suspended') return undefined;
    firstStart = !current.startedAt;
    const at = deps.now();
    return current.status === 'queued' ? transition(current, 'running', at) : { ...current, updatedAt: at.toISOString() };
  });
  if (!changed) return undefined;
  if (firstStart) {
    const data = { jobId: job.id, workflowType: job.type, quality: job.quality, cost: job.cost };
    deps.accountEvents.emit(job.accountId, { type: 'workflow.started', data }, deps.now());
  }
  return job;
}
