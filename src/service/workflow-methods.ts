import type { z } from 'zod';
import type { CinematicAds, SpendOptions } from '../contract/interface.ts';
import { batchRequest, batchStatusQuery } from '../contract/schemas/batch.ts';
import { launchRequest } from '../contract/schemas/launch.ts';
import { jobParams, jobQuery } from '../contract/schemas/workflow-job.ts';
import { parseOrThrow } from '../contract/validation.ts';
import type { AccountContext } from './account-context.ts';
import { deferredIterable } from './events/deferred-iterable.ts';
import { followJobEvents } from './events/job-event-subscription.ts';
import { parseLastEventId } from './events/last-event-id.ts';
import { batchStatus } from './jobs/batch-status.ts';
import { cancelWorkflow } from './jobs/cancel-workflow.ts';
import { presentEvent, presentJob } from './jobs/job-view.ts';
import { launchBatch } from './jobs/launch-batch.ts';
import { launchWorkflow } from './jobs/launch-workflow.ts';
import { reviewWorkflow } from './jobs/review-workflow.ts';
import { requestFingerprint } from './request-fingerprint.ts';

export type WorkflowMethods = Pick<
  CinematicAds,
  'launchWorkflow' | 'getWorkflowStream' | 'getWorkflow' | 'reviewWorkflow' | 'cancelWorkflow' | 'launchBatch' | 'getBatchStatus'
>;

/** Workflows and batches for one account: every job id is looked up within that account only. */
export function workflowMethods(ctx: AccountContext): WorkflowMethods {
  const { account } = ctx.caller;

  /** With an Idempotency-Key, the first answer is kept and replayed; nothing is spent twice. */
  function spend<T>(operation: string, schema: z.ZodType, args: unknown, options: SpendOptions | undefined, work: () => Promise<T>): Promise<T> {
    const key = options?.idempotencyKey;
    return key === undefined ? work() : ctx.idempotency.once(account.id, key, requestFingerprint(operation, schema, args), work);
  }

  return {
    launchWorkflow: (args, options) =>
      spend('launch_workflow', launchRequest, args, options, () => launchWorkflow(ctx, account, args, options?.signal)),
    getWorkflowStream: (args, options) =>
      deferredIterable(
        async () => {
          const { jobId } = parseOrThrow(jobQuery, args, 'query');
          const afterSeq = parseLastEventId(options?.lastEventId);
          await ctx.jobs.getOwned(account.id, jobId);
          return followJobEvents(ctx.events, jobId, {
            ...(afterSeq !== undefined ? { afterSeq } : {}),
            ...(options?.signal ? { signal: options.signal } : {}),
          });
        },
        (event) => presentEvent(event, ctx.links),
      ),
    async getWorkflow(args) {
      const { jobId } = parseOrThrow(jobParams, args, 'path parameters');
      return presentJob(await ctx.jobs.getOwned(account.id, jobId), ctx.links);
    },
    async reviewWorkflow(args) {
      parseOrThrow(jobParams, args, 'path parameters');
      return reviewWorkflow(ctx, ctx.ending, account.id, args);
    },
    async cancelWorkflow(args) {
      const { jobId } = parseOrThrow(jobParams, args, 'path parameters');
      return cancelWorkflow(ctx, ctx.ending, account.id, jobId);
    },
    launchBatch: (args, options) => spend('launch_batch', batchRequest, args, options, () => launchBatch(ctx, account, args)),
    async getBatchStatus(args) {
      const { batchId } = parseOrThrow(batchStatusQuery, args, 'query');
      return batchStatus(ctx, account.id, batchId);
    },
  };
}
