import { mkdir, rm } from 'node:fs/promises';
import { jobFolder } from './job-folders.ts';
import type { JobRecord } from './job-record.ts';
import type { LaunchDeps } from './launch-deps.ts';

const queuedMessage = 'Queued: the render starts when a render slot is free';

/**
 * Writes paid-for jobs (folder and record). Should anything fail, what was written is taken back
 * and every job refunded before the error goes on: the caller sees the failure and keeps its credits.
 */
export async function storeLaunchedJobs(deps: LaunchDeps, jobs: readonly JobRecord[], extra?: () => Promise<void>): Promise<void> {
  try {
    for (const job of jobs) {
      await mkdir(jobFolder(deps.settings.dataDir, job.id), { recursive: true });
      await deps.jobs.create(job);
      // A first event at once: a stream opened on a job waiting in the queue starts right away.
      await deps.events.append(job.id, { event: 'progress', data: { progress: 0, message: queuedMessage } });
    }
    await extra?.();
  } catch (error) {
    for (const job of jobs) {
      await deps.jobs.discard(job).catch(() => undefined);
      await rm(jobFolder(deps.settings.dataDir, job.id), { recursive: true, force: true }).catch(() => undefined);
      await deps.ledger.refund(job.accountId, job.id, job.cost, `Launch of ${job.id} could not be stored`);
    }
    throw error;
  }
}
