import { batchStatus, batchStatusQuery } from '../../src/contract/schemas/batch.ts';
import { defineTool } from '../tool-definition.ts';

export const getBatchStatusTool = defineTool({
  name: 'get_batch_status',
  operation: 'get_batch_status',
  toolset: 'batches',
  title: 'Batch status',
  description:
    "Counts a batch's jobs (completed, failed, pending, active) with each one's state; done when pending and active " +
    'are 0, then read results with get_workflow. Free, instant.',
  input: batchStatusQuery,
  output: batchStatus,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler(args, { api, signal }) {
    const status = await api.getBatchStatus(args, { signal });
    const done = status.pending === 0 && status.active === 0;
    return {
      structured: status,
      summary:
        `Batch ${status.batchId}: ${status.completed} completed, ${status.failed} failed, ${status.active} active, ` +
        `${status.pending} pending of ${status.total}${done ? ' — done' : ''}.`,
    };
  },
});
