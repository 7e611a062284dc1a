import { batchLaunched, batchRequest, maxBatchSize } from '../../src/contract/schemas/batch.ts';
import { idempotencyKey } from '../idempotency-key.ts';
import { defineTool } from '../tool-definition.ts';

export const launchBatchTool = defineTool({
  name: 'launch_batch',
  operation: 'launch_batch',
  toolset: 'batches',
  title: 'Launch a batch of workflows',
  description:
    `Launches 1 to ${maxBatchSize} workflows at once (launch_workflow's fields each), e.g. a campaign. All or nothing; ` +
    'costs the sum of their credits (see estimate_cost); failed jobs are refunded. Jobs take minutes: track them with ' +
    'get_batch_status. For one ad use launch_workflow.',
  input: batchRequest.extend({ idempotencyKey }),
  output: batchLaunched,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async handler({ idempotencyKey: key, ...batch }, { api, signal }) {
    const launched = await api.launchBatch(batch, { signal, ...(key ? { idempotencyKey: key } : {}) });
    return {
      structured: launched,
      summary: `Launched ${launched.jobIds.length} workflow(s) as batch ${launched.batchId} for ${launched.cost} credit(s); follow it with get_batch_status.`,
    };
  },
});
