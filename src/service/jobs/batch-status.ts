import type { JobState } from '../../contract/schemas/workflow-job.ts';
import type { WorkflowType } from '../../contract/workflow-catalog.ts';
import type { BatchRepository } from './batch-repository.ts';
import type { JobRepository } from './job-repository.ts';

export interface BatchStatus {
  batchId: string;
  total: number;
  completed: number;
  failed: number;
  pending: number;
  active: number;
  jobs: Array<{ jobId: string; type: WorkflowType; status: JobState }>;
}

/** Which count each state falls in: failed covers every end without a result (failed, rejected, cancelled). */
const bucketOf: Record<JobState, 'completed' | 'failed' | 'pending' | 'active'> = {
  queued: 'pending',
  running: 'active',
  suspended: 'active',
  completed: 'completed',
  failed: 'failed',
  cancelled: 'failed',
};

/** GET /api/batch/status: total = completed + failed + pending + active, with each job's state in launch order. */
export async function batchStatus(deps: { batches: BatchRepository; jobs: JobRepository }, accountId: string, batchId: string): Promise<BatchStatus> {
  const batch = await deps.batches.getOwned(accountId, batchId);
  const status: BatchStatus = { batchId: batch.id, total: 0, completed: 0, failed: 0, pending: 0, active: 0, jobs: [] };
  for (const jobId of batch.jobIds) {
    const job = await deps.jobs.get(jobId);
    if (!job) continue;
    status.total += 1;
    status[bucketOf[job.status]] += 1;
    status.jobs.push({ jobId: job.id, type: job.type, status: job.status });
  }
  return status;
}
