import { z } from 'zod';
import { checkWorkflowRequirements, launchFields } from '../../contract/schemas/launch.ts';
import { idempotencyKey } from '../../../tools/idempotency-key.ts';
import { defineTool } from '../../../tools/tool-definition.ts';
import { launchWorkflowTool } from '../../../tools/workflows/launch-workflow.ts';
import { jobOutcome, outcomeOf } from '../../../tools/workflows/job-outcome.ts';

/** launch_workflow's fields without its waiting: a task is waited for with tasks/result. */
export const launchTaskInput = z
  .object({
    ...launchFields,
    hitl: z.boolean().optional().describe('Pause after art direction for a human review (task input_required)'),
    idempotencyKey,
  })
  .superRefine(checkWorkflowRequirements);

/**
 * Generation as an MCP task, for clients that support tasks: the call answers with a task whose id
 * is the job id, then the client polls, reads the result or cancels by that id. Registered apart
 * from launch_workflow because a tool is either a task tool or a plain one in the SDK.
 */
export const launchWorkflowTaskTool = defineTool({
  name: 'launch_workflow_task',
  toolset: 'workflows',
  title: 'Launch a workflow as an MCP task',
  description:
    "launch_workflow's launch (same fields and credits) as an MCP task, for clients that support tasks: the task id is the job id; " +
    'poll with tasks/get, get the result with tasks/result (which asks the human at a hitl pause), cancel with tasks/cancel ' +
    '(refunded). Otherwise use launch_workflow.',
  input: launchTaskInput,
  output: jobOutcome,
  annotations: launchWorkflowTool.annotations,
  async handler({ idempotencyKey: key, ...launch }, { api, signal }) {
    const launched = await api.launchWorkflow({ ...launch, async: true }, { signal, ...(key ? { idempotencyKey: key } : {}) });
    const outcome = outcomeOf(await api.getWorkflow({ jobId: launched.jobId }, { signal }));
    return { structured: outcome, summary: `${launched.message}: job ${launched.jobId} for ${launched.cost} credit(s).` };
  },
});
