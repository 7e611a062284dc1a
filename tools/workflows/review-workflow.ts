import { z } from 'zod';
import { jobId } from '../../src/contract/schemas/ids.ts';
import { jobTransition, reviewRequest } from '../../src/contract/schemas/review.ts';
import { defineTool } from '../tool-definition.ts';

export const reviewWorkflowTool = defineTool({
  name: 'review_workflow',
  operation: 'review_workflow',
  toolset: 'workflows',
  title: 'Review a paused job (approve, revise or reject)',
  description:
    "Passes on the user's review of a job paused for it (hitl; shown as suspended with its storyboard): approve renders it (with " +
    'edits to scenes or palette if given), revise redoes art direction with the notes and pauses again, reject ends it with a ' +
    'refund. Never decide for the user. Free; then follow_workflow waits for the render. Only for a paused job.',
  input: z.object({ jobId, ...reviewRequest.shape }),
  output: jobTransition,
  // reject ends the job for good (refunded); approve and revise only move it on.
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false },
  async handler(args, { api, signal }) {
    const answer = await api.reviewWorkflow(args, { signal });
    const next =
      answer.status === 'running' ? ` Call follow_workflow with jobId "${answer.jobId}" to wait for ${args.action === 'revise' ? 'the new storyboard' : 'the render'}.` : '';
    return { structured: answer, summary: `${answer.message}.${next}` };
  },
});
