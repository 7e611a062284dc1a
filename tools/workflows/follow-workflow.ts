import { z } from 'zod';
import { jobId } from '../../src/contract/schemas/ids.ts';
import { defineTool } from '../tool-definition.ts';
import { followJob } from './follow-job.ts';
import { followResult, jobOutcome } from './job-outcome.ts';
import { embedImages, maxWaitSeconds, waitSeconds } from './wait-fields.ts';

export const followWorkflowTool = defineTool({
  name: 'follow_workflow',
  // The SSE stream is not a request/response call: this tool reads it and reports it as progress.
  operation: 'get_workflow_stream',
  toolset: 'workflows',
  title: 'Wait for a job, with progress',
  description:
    'Waits for a job (from launch_workflow or launch_batch), reporting each step as progress, and returns the result with links ' +
    'to the videos and images. A job paused for review (hitl) is put to the human when the client can ask them; otherwise you get ' +
    `the storyboard: then call review_workflow. Returns the current status after waitSeconds (max ${maxWaitSeconds}): call again. ` +
    'Cancelling the call cancels the job (refunded). Free. To check without waiting use get_workflow.',
  input: z.object({ jobId, waitSeconds, embedImages }),
  output: jobOutcome,
  // Watching changes nothing by itself; it applies the human's review answer and cancels the job when the call is cancelled.
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler({ jobId: id, waitSeconds: seconds, embedImages: embed }, context) {
    const end = await followJob(context, id, { waitMs: seconds * 1000, onAbort: 'cancel-job' });
    return followResult(context, end, embed);
  },
});
