import { z } from 'zod';
import { jobId } from './ids.ts';
import { jobState } from './workflow-job.ts';
import { workflowResult } from './workflow-result.ts';

/**
 * The launch answer's fields. On the wire they sit beside `success` at the top level, not in
 * `data` [seed]: `{"success":true,"jobId":"wf_abc123xyz","message":"Workflow queued","cost":2}`.
 */
export const launchResponse = z
  .object({
    jobId,
    message: z.string().describe('"Workflow queued" for an async launch; "Workflow completed" or "Workflow failed" when async was false'),
    cost: z.number().int().min(0).describe('Credits debited for this job'),
    status: jobState.optional().describe('Final job state; only when async was false'),
    result: workflowResult.optional().describe('The job result; only when async was false'),
  })
  .describe('A launched workflow');

export type LaunchResponse = z.infer<typeof launchResponse>;
