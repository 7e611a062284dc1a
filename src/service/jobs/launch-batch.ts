import { batchRequest } from '../../contract/schemas/batch.ts';
import { parseOrThrow } from '../../contract/validation.ts';
import type { Account } from '../service-ports.ts';
import { newBatchId } from './job-ids.ts';
import type { JobRecord } from './job-record.ts';
import type { LaunchDeps } from './launch-deps.ts';
import { prepareJob } from './prepare-job.ts';
import { payForLaunch } from './pay-for-launch.ts';
import { storeLaunchedJobs } from './store-launched-jobs.ts';

/**
 * POST /api/batch: all or nothing. Every workflow is checked and priced first; then one debit
 * covers them all (the ledger takes every item or none, so a short balance launches nothing);
 * then the jobs and the batch are stored and queued in request order.
 */
export async function launchBatch(deps: LaunchDeps, account: Account, args: unknown): Promise<{ batchId: string; jobIds: string[]; cost: number }> {
  const { workflows } = parseOrThrow(batchRequest, args, 'request body');
  const batchId = newBatchId();
  const jobs: JobRecord[] = [];
  for (const fields of workflows) jobs.push(await prepareJob(deps, account, fields, batchId));
  const cost = jobs.reduce((sum, job) => sum + job.cost, 0);
  await payForLaunch(deps, jobs);
  const jobIds = jobs.map((job) => job.id);
  await storeLaunchedJobs(deps, jobs, () =>
    deps.batches.create({ id: batchId, accountId: account.id, jobIds, cost, createdAt: deps.now().toISOString() }),
  );
  for (const job of jobs) deps.queue.enqueue(job.id);
  return { batchId, jobIds, cost };
}
