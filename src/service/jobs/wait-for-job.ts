import { followJobEvents } from '../events/job-event-subscription.ts';
import type { JobDeps } from './job-deps.ts';
import type { JobRecord } from './job-record.ts';

/** The job once it has ended or paused for review (or as it stands when `signal` aborts first). */
export async function waitForJob(deps: JobDeps, jobId: string, signal?: AbortSignal): Promise<JobRecord> {
  for await (const event of followJobEvents(deps.events, jobId, signal ? { signal } : {})) {
    if (event.event === 'result' || event.event === 'suspended') break;
  }
  const job = await deps.jobs.get(jobId);
  if (!job) throw new Error(`Job ${jobId} disappeared while it was awaited`);
  return job;
}
