import type { JobDeps } from './job-deps.ts';
import type { JobEnding } from './job-ending.ts';
import type { JobQueue } from './job-queue.ts';
import { isEnded } from './job-record.ts';

/** Restarts a job may live through before it is failed and refunded instead of tried again. */
export const maxInterruptions = 3;

/**
 * What `start()` does with the jobs a previous process left behind: ended jobs whose settling
 * was cut short are settled (refund, result, event); queued and running jobs go back in the
 * queue, oldest first, and resume from their last completed step — or fail with a refund when
 * they cannot (their folder is gone, their brief no longer validates: see the runner), or when
 * restarts keep interrupting them. Suspended jobs keep waiting for their review. Launches paid
 * for but never stored are refunded.
 */
export async function recoverJobs(
  deps: JobDeps,
  ending: JobEnding,
  queue: JobQueue,
): Promise<{ resumed: number; settled: number; failed: number; refundedLaunches: number }> {
  const counts = { resumed: 0, settled: 0, failed: 0, refundedLaunches: 0 };
  // Paid for, never stored: the ledger refunds only what was really debited, once. One serving
  // process per data folder (the pid lock) means no launch is mid-way in another process now.
  for (const launch of await deps.jobs.interruptedLaunches()) {
    const refunded = await deps.ledger.refund(launch.accountId, launch.jobId, launch.cost, `Launch of ${launch.jobId} was interrupted before its job was stored`);
    if (refunded > 0) counts.refundedLaunches += 1;
    await deps.jobs.release([launch.jobId]); // after the refund: a crash in between refunds again, which the ledger makes a no-op
  }
  for (const job of await deps.jobs.listActive()) {
    if (isEnded(job)) {
      if (!job.settled) {
        await ending.settle(job);
        counts.settled += 1;
      }
      continue;
    }
    if (job.status === 'suspended') continue;
    if (job.status === 'running') {
      const { job: counted } = await deps.jobs.update(job.id, (current) => ({ ...current, interruptions: current.interruptions + 1 }));
      if (counted.interruptions > maxInterruptions) {
        await ending.end(job.id, 'failed', `The job was interrupted by ${counted.interruptions} restarts; it was stopped and refunded`);
        counts.failed += 1;
        continue;
      }
    }
    queue.enqueue(job.id);
    counts.resumed += 1;
  }
  return counts;
}
