import { batchLaunched, batchRequest, batchStatus, batchStatusQuery, maxBatchSize } from '../schemas/batch.ts';
import { defineOperation } from './operation-definition.ts';

export const launchBatch = defineOperation({
  name: 'launch_batch',
  method: 'POST',
  path: '/api/batch',
  auth: true,
  rateClass: 'launch',
  spendsCredits: true,
  input: { body: batchRequest },
  output: batchLaunched,
  response: { kind: 'json' },
  envelope: 'data',
  errors: ['unavailable'],
  summary: 'Launch several workflows at once',
  description:
    `Launches 1 to ${maxBatchSize} workflows in one request, each with the fields of launch_workflow (without async): ` +
    'a campaign across types, concepts or formats. All or nothing: when the balance cannot pay for every workflow, ' +
    'nothing is launched (402). It costs the sum of the workflows\' credits; each job then runs and is refunded on failure ' +
    'on its own. Track the batch with get_batch_status, or each job with get_workflow_stream. Counts as one launch ' +
    'against the launch rate limit. Send an Idempotency-Key header to retry without paying twice.',
  tags: ['Batches'],
  source: 'ext',
});

export const getBatchStatus = defineOperation({
  name: 'get_batch_status',
  method: 'GET',
  path: '/api/batch/status',
  auth: true,
  rateClass: 'default',
  spendsCredits: false,
  input: { query: batchStatusQuery },
  output: batchStatus,
  response: { kind: 'json' },
  envelope: 'data',
  errors: ['not_found'],
  summary: 'Count the jobs of a batch by state',
  description:
    "Returns how many of a batch's jobs are completed, failed, pending (queued) and active (running or awaiting review), " +
    'out of the total, with each job\'s state. The batch is done when pending and active are both 0; then read each ' +
    'result with get_workflow. Free and instant; poll it every few seconds at most.',
  tags: ['Batches'],
  source: 'seed',
});

export const batchOperations = [launchBatch, getBatchStatus] as const;
