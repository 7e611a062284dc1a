import { z } from 'zod';

/**
 * Opaque identifiers. Ours carry a prefix (`wf_`, `bt_`…) but clients must not rely on it, so
 * the schemas only keep ids to a safe alphabet that needs no escaping in a path or a query.
 */
function opaqueId(what: string, example: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be a ${what} string`) })
    .trim()
    .min(1, 'is required')
    .max(100, 'must be at most 100 characters')
    .regex(/^[A-Za-z0-9_-]+$/, `must be a ${what} such as "${example}" (letters, digits, "_" and "-")`);
}

export const jobId = opaqueId('job id', 'wf_abc123xyz').describe('Job id returned by POST /api/workflow, e.g. "wf_abc123xyz"');
export const batchId = opaqueId('batch id', 'bt_7Qm2xk').describe('Batch id returned by POST /api/batch');
export const apiKeyId = opaqueId('key id', 'key_4f9a1c').describe('API key id (not the secret key itself), from GET /api/user/keys');
export const knowledgeSourceId = opaqueId('source id', 'kn_82hd0s').describe('Knowledge source id, from GET /api/user/brand/knowledge');
export const webhookId = opaqueId('webhook id', 'wh_5t1pz3').describe('Webhook id, from GET /api/webhooks');
