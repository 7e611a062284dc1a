import { z } from 'zod';
import { workflowTypes } from '../workflow-catalog.ts';
import { batchId, jobId } from './ids.ts';
import { checkWorkflowRequirements, launchFields } from './launch.ts';
import { jobState } from './workflow-job.ts';

/** Large enough for a campaign, small enough that one request cannot drain a queue. */
export const maxBatchSize = 20;

/** A launch body without `async`: a batch always answers at once. */
export const batchWorkflow = z
  .object({
    ...launchFields,
    hitl: z.boolean().optional().describe('Human in the loop: pause after art direction for review'),
  })
  .superRefine(checkWorkflowRequirements)
  .describe('One workflow of the batch: the same fields as POST /api/workflow, without async');

export const batchRequest = z
  .object({
    workflows: z
      .array(batchWorkflow)
      .min(1, 'must list at least one workflow')
      .max(maxBatchSize, `must list at most ${maxBatchSize} workflows; split larger campaigns into several batches`)
      .describe(`The workflows to launch (1 to ${maxBatchSize})`),
  })
  .describe('Launch several workflows at once');

export type BatchRequest = z.infer<typeof batchRequest>;

export const batchLaunched = z
  .object({
    batchId,
    jobIds: z.array(jobId).describe('One job id per workflow, in request order'),
    cost: z.number().int().min(0).describe('Credits debited for the whole batch'),
  })
  .describe('A launched batch');

export const batchStatusQuery = z.object({ batchId }).describe('Query naming a batch');

export const batchStatus = z
  .object({
    batchId,
    total: z.number().int().min(0).describe('Number of jobs in the batch'),
    completed: z.number().int().min(0).describe('Jobs completed successfully'),
    failed: z.number().int().min(0).describe('Jobs that ended without a result: failed, rejected or cancelled'),
    pending: z.number().int().min(0).describe('Jobs queued, not started yet'),
    active: z.number().int().min(0).describe('Jobs running or suspended for review'),
    jobs: z
      .array(
        z
          .object({ jobId, type: z.enum(workflowTypes).describe('Workflow type'), status: jobState })
          .describe('One job of the batch'),
      )
      .describe('Each job and its exact state, in launch order'),
  })
  .describe('Status of a batch; total = completed + failed + pending + active');
