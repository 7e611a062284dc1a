import { CinematicAdsError } from '../../contract/errors.ts';
import type { JobState } from '../../contract/schemas/workflow-job.ts';
import type { JobEnding } from './job-ending.ts';
import { isEnded } from './job-record.ts';
import type { LaunchDeps } from './launch-deps.ts';

/** The abort reason of a run stopped by its owner (the job is already cancelled when the run hears it). */
export class JobCancelledError extends Error {
  override readonly name = 'JobCancelledError';
}

export interface JobTransitionAnswer {
  jobId: string;
  status: JobState;
  refunded: number;
  message: string;
}

/**
 * POST /api/workflow/:jobId/cancel for a queued, running or suspended job: it leaves the queue,
 * ends as cancelled with its refund (see job-refund.ts), then a running render is aborted.
 * Cancelling an ended job is a 409, so a repeated cancel cannot refund twice.
 */
export async function cancelWorkflow(deps: LaunchDeps, ending: JobEnding, accountId: string, jobId: string): Promise<JobTransitionAnswer> {
  const job = await deps.jobs.getOwned(accountId, jobId);
  if (isEnded(job)) throw alreadyEnded(jobId, job.status);
  deps.queue.remove(jobId);
  const ended = await ending.end(jobId, 'cancelled', 'Cancelled by its owner before it finished');
  if (!ended.changed) throw alreadyEnded(jobId, ended.job.status);
  deps.queue.abort(jobId, new JobCancelledError(`Job ${jobId} was cancelled`));
  const refunded = ended.job.refunded;
  return { jobId, status: 'cancelled', refunded, message: `Job cancelled; ${refunded} credit${refunded === 1 ? '' : 's'} refunded` };
}

function alreadyEnded(jobId: string, status: string): CinematicAdsError {
  return new CinematicAdsError('conflict', `Job ${jobId} has already ended (${status}); there is nothing to cancel`, { details: { status } });
}
