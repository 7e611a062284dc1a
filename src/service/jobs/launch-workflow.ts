import type { LaunchResponse } from '../../contract/schemas/launch-response.ts';
import { launchRequest } from '../../contract/schemas/launch.ts';
import type { JobState } from '../../contract/schemas/workflow-job.ts';
import { parseOrThrow } from '../../contract/validation.ts';
import type { Account } from '../service-ports.ts';
import { presentResult } from './job-view.ts';
import type { LaunchDeps } from './launch-deps.ts';
import { prepareJob } from './prepare-job.ts';
import { payForLaunch } from './pay-for-launch.ts';
import { storeLaunchedJobs } from './store-launched-jobs.ts';
import { waitForJob } from './wait-for-job.ts';

const endMessages: Record<JobState, string> = {
  queued: 'Workflow queued',
  running: 'Workflow running',
  suspended: 'Workflow suspended for review',
  completed: 'Workflow completed',
  failed: 'Workflow failed',
  cancelled: 'Workflow cancelled',
};

/**
 * POST /api/workflow. In this order, so a refused request spends nothing and writes nothing:
 * validate, check the plan, price, check the models, debit, store, enqueue. With `async: false`
 * the answer waits for the job to end (or to pause for review) and carries its result.
 */
export async function launchWorkflow(deps: LaunchDeps, account: Account, args: unknown, signal?: AbortSignal): Promise<LaunchResponse> {
  const { async: answerAtOnce, ...fields } = parseOrThrow(launchRequest, args, 'request body');
  const job = await prepareJob(deps, account, fields);
  await payForLaunch(deps, [job]);
  await storeLaunchedJobs(deps, [job]);
  deps.queue.enqueue(job.id);
  if (answerAtOnce) return { jobId: job.id, message: 'Workflow queued', cost: job.cost };

  const ended = await waitForJob(deps, job.id, signal);
  return {
    jobId: job.id,
    message: endMessages[ended.status],
    cost: job.cost,
    status: ended.status,
    ...(ended.result ? { result: presentResult(ended.result, deps.links) } : {}),
  };
}
