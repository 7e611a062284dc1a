import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFixture, type HttpFixture, jsonOf } from '../http/http-fixture.ts';
import { connectServer, errorOf, structuredOf } from './server-connection.ts';

// The REST app and the MCP server over one service, so their answers can be compared word for word.
let http: HttpFixture;
beforeAll(async () => {
  http = await createHttpFixture();
});
afterAll(async () => {
  await http.close();
});

/** A new account's API on the fixture's service, and its key for the REST requests. */
async function accountOf(credits: number) {
  const { apiKey } = await http.newAccount({ credits });
  const caller = (await http.service.authenticate({ apiKey }))!;
  return { api: http.service.forAccount(caller), apiKey };
}

const audit = (concept: string) => ({ type: 'ad-optimizer', concept });

describe('batch tools over MCP', () => {
  it('launch_batch launches every workflow, debits once per idempotency key, and get_batch_status counts the jobs', async () => {
    const { api } = await accountOf(5);
    const mcp = await connectServer(http, api);
    try {
      const args = { workflows: [audit('Critique our summer ad'), audit('Critique our winter ad')], idempotencyKey: 'batch-0001-abcdef' };
      const launched = structuredOf(await mcp.call('launch_batch', args));
      expect(launched).toMatchObject({ batchId: expect.any(String), cost: 2 });
      expect(launched.jobIds).toHaveLength(2);
      expect((await api.getCredits()).balance).toBe(3);

      // A retry after a lost answer returns the first answer and pays nothing.
      expect(structuredOf(await mcp.call('launch_batch', args))).toEqual(launched);
      expect((await api.getCredits()).balance).toBe(3);

      const status = structuredOf(await mcp.call('get_batch_status', { batchId: launched.batchId }));
      expect(status).toMatchObject({ batchId: launched.batchId, total: 2 });
      expect(status.completed + status.failed + status.pending + status.active).toBe(2);
      expect(status.jobs.map((job: { jobId: string }) => job.jobId)).toEqual(launched.jobIds);
    } finally {
      await mcp.close();
    }
  });

  it('a short balance is an isError result with the REST API\'s 402 sentence, word for word, and launches nothing', async () => {
    const { api, apiKey } = await accountOf(1);
    const mcp = await connectServer(http, api);
    try {
      const workflows = [audit('One'), audit('Two')];
      const refused = errorOf(await mcp.call('launch_batch', { workflows }));
      const rest = await http.app.request('/api/batch', {
        method: 'POST',
        headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ workflows }),
      });
      expect(rest.status).toBe(402);
      const body = await jsonOf(rest);
      expect(refused).toEqual(body);
      expect(refused.error).toBe('Insufficient credits. Required: 2, available: 1');
      expect(refused.code).toBe('insufficient_credits');
      expect((await api.listProjects()).projects).toHaveLength(0);
    } finally {
      await mcp.close();
    }
  });

  it('names the bad field of a workflow in the batch, and an unknown batch is the REST 404 sentence', async () => {
    const { api, apiKey } = await accountOf(5);
    const mcp = await connectServer(http, api);
    try {
      const missingUrl = errorOf(await mcp.call('launch_batch', { workflows: [audit('Fine'), { type: 'clone' }] }));
      expect(missingUrl).toMatchObject({ code: 'invalid_request', details: { fields: ['workflows.1.url'] } });
      expect(missingUrl.error).toBe('Invalid arguments: workflows.1.url: url is required for type "clone"');
      expect(errorOf(await mcp.call('launch_batch', { workflows: [] })).error).toBe('Invalid arguments: workflows: must list at least one workflow');

      const unknown = errorOf(await mcp.call('get_batch_status', { batchId: 'bt_missing' }));
      const rest = await jsonOf(await http.app.request('/api/batch/status?batchId=bt_missing', { headers: { Authorization: `Bearer ${apiKey}` } }));
      expect(unknown).toEqual(rest);
      expect(unknown.code).toBe('not_found');
    } finally {
      await mcp.close();
    }
  });
});
