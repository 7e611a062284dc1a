import { jobParams } from '../../src/contract/schemas/workflow-job.ts';
import { jobTransition } from '../../src/contract/schemas/review.ts';
import { defineTool } from '../tool-definition.ts';

export const cancelWorkflowTool = defineTool({
  name: 'cancel_workflow',
  operation: 'cancel_workflow',
  toolset: 'workflows',
  title: 'Cancel a job',
  description:
    'Stops a queued, running or paused job for good and refunds what was not delivered. To change a paused job instead use ' +
    'review_workflow (revise). Free; fails when the job has already ended.',
  input: jobParams,
  output: jobTransition,
  // Destroys the work in progress; a second call changes nothing more (it answers that the job already ended).
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  async handler(args, { api, signal }) {
    const answer = await api.cancelWorkflow(args, { signal });
    return { structured: answer, summary: `${answer.message}.` };
  },
});
