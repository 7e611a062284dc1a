import { z } from 'zod';
import { jobId } from '../../src/contract/schemas/ids.ts';
import { jobState, progressPercent, type WorkflowJob } from '../../src/contract/schemas/workflow-job.ts';
import { workflowResult } from '../../src/contract/schemas/workflow-result.ts';
import { workflowTypes } from '../../src/contract/workflow-catalog.ts';
import type { ToolContext, ToolResult } from '../tool-definition.ts';
import type { FollowEnd } from './follow-job.ts';
import { embeddedImages, jobLinks } from './job-links.ts';
import { pendingReview, type PendingReview } from './storyboard-review.ts';

export const jobOutcome = z
  .object({
    jobId,
    type: z.enum(workflowTypes).describe('Workflow type'),
    status: jobState,
    progress: progressPercent,
    cost: z.number().int().min(0).describe('Credits debited at launch'),
    refunded: z.number().int().min(0).describe('Credits returned (failure, cancel or reject)'),
    result: workflowResult.optional().describe('Once ended: the deliverables, or the error and refund'),
    review: pendingReview.optional().describe('Present while the job waits for review_workflow'),
    next: z.string().describe('What to do next'),
  })
  .describe('Where a job stands');

export type JobOutcome = z.infer<typeof jobOutcome>;

/** The next move for the model, in one sentence it can act on. */
export function nextStepFor(job: WorkflowJob, waitedSeconds?: number): string {
  const id = `jobId "${job.jobId}"`;
  switch (job.status) {
    case 'completed':
      return 'Done: give the user the links to the deliverables.';
    case 'failed':
      return `Failed and refunded ${job.refunded} credit${job.refunded === 1 ? '' : 's'}: tell the user why; fix the cause before launching again.`;
    case 'cancelled':
      return `Cancelled; ${job.refunded} credit${job.refunded === 1 ? '' : 's'} refunded.`;
    case 'suspended':
      return (
        `Waiting for a human review: show the user the storyboard (review.scenes, or the storyboard link) and ask them, then call ` +
        `review_workflow with ${id} and action "approve", "revise" (notes say what to change) or "reject" (refunds ${job.cost}); ` +
        'after approve or revise, call follow_workflow to wait for it.'
      );
    default: {
      const waited = waitedSeconds ? ` after waiting ${waitedSeconds} s` : '';
      return `Still ${job.status} at ${job.progress}%${waited}: call follow_workflow with ${id} to wait with progress, or get_workflow to check without waiting.`;
    }
  }
}

export function outcomeOf(job: WorkflowJob, extra: { review?: PendingReview; waitedSeconds?: number } = {}): JobOutcome {
  return {
    jobId: job.jobId,
    type: job.type,
    status: job.status,
    progress: job.progress,
    cost: job.cost,
    refunded: job.refunded,
    ...(job.result ? { result: job.result } : {}),
    ...(job.status === 'suspended' && extra.review ? { review: extra.review } : {}),
    next: nextStepFor(job, extra.waitedSeconds),
  };
}

/** One line for the model ahead of the JSON. */
export function summaryOf(outcome: JobOutcome): string {
  const head = `Job ${outcome.jobId} (${outcome.type})`;
  const result = outcome.result;
  if (result?.success) return `${head} completed. ${result.summary ?? ''}`.trim();
  if (result && !result.success) return `${head} ${outcome.status}: ${result.error} (${result.refunded} credit(s) refunded).`;
  if (outcome.status === 'suspended') return `${head} is waiting for review. ${outcome.review?.note ?? ''}`.trim();
  return `${head} is ${outcome.status} at ${outcome.progress}%.`;
}

/** A followed job as the tool's answer: the outcome, links to its files, and its small images when asked. */
export async function followResult(context: ToolContext, end: FollowEnd, embedImages: boolean): Promise<ToolResult<JobOutcome>> {
  const outcome = outcomeOf(end.job, { ...(end.review ? { review: end.review } : {}), waitedSeconds: end.waitedSeconds });
  const images = embedImages ? await embeddedImages(end.job, context.readMedia) : [];
  return {
    structured: outcome,
    summary: summaryOf(outcome),
    links: jobLinks(end.job, { storyboard: end.job.status === 'suspended' }),
    ...(images.length ? { images } : {}),
  };
}
