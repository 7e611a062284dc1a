import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { WorkflowJob } from '../../contract/schemas/workflow-job.ts';
import { jobLinks } from '../../../tools/workflows/job-links.ts';
import { outcomeOf, summaryOf } from '../../../tools/workflows/job-outcome.ts';
import { toCallToolResult } from '../tool-call-result.ts';

/**
 * What tasks/result answers for an ended job: the same result launch_workflow gives when it waits
 * (outcome, summary, links), marked as an error when the job failed.
 */
export function jobTaskResult(job: WorkflowJob, options: { mediaReadable?: boolean } = {}): CallToolResult {
  const outcome = outcomeOf(job);
  const result = toCallToolResult({ structured: outcome, summary: summaryOf(outcome), links: jobLinks(job) }, outcome, options);
  return job.status === 'failed' ? { ...result, isError: true } : result;
}
