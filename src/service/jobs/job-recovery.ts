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
 * restarts keep interrupting them. Suspended jobs keep waiting for their review.
 */
export async function recoverJobs(deps: JobDeps, ending: JobEnding, queue: JobQueue): Promise<{ resumed: number; settled: number; failed: number }> {
  const counts = { resumed: 0, settled: 0, failed: 0 };
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
