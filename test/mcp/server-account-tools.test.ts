import { describe, expect, it } from 'vitest';
import { publicUrl, serviceForFile } from '../service/service-fixture.ts';
import { connectServer, errorOf, failureOf, structuredOf, textsOf } from './server-connection.ts';

const fixture = serviceForFile('mcp-account-tools');

describe('account tools over MCP', () => {
  it('get_credits answers the balance as structured content, with a summary and the JSON as text', async () => {
    const { api } = await fixture.account({ credits: 7 });
    const mcp = await connectServer(fixture, api);
    try {
      const result = await mcp.call('get_credits');
      expect(structuredOf(result)).toEqual({ balance: 7, plan: 'agency', trialEndsAt: null });
      const [text] = textsOf(result);
      expect(text).toBe('7 credit(s) available (agency plan).\n{"balance":7,"plan":"agency","trialEndsAt":null}');
    } finally {
      await mcp.close();
    }
  });

  it('get_stats and get_analytics answer what the API answers, and name a bad field', async () => {
    const { api } = await fixture.account();
    const mcp = await connectServer(fixture, api);
    try {
      const range = { startDate: '2025-01-01', endDate: '2025-01-31' };
      expect(structuredOf(await mcp.call('get_stats', range))).toEqual(await api.getStats(range));
      expect(structuredOf(await mcp.call('get_analytics', { period: '7d' }))).toEqual(await api.getAnalytics({ period: '7d' }));
      const backwards = errorOf(await mcp.call('get_stats', { startDate: '2025-02-01', endDate: '2025-01-01' }));
      expect(backwards).toMatchObject({ code: 'invalid_request', details: { fields: ['endDate'] } });
      expect(backwards.error).toBe('Invalid arguments: endDate must be on or after startDate (2025-02-01)');
      expect(errorOf(await mcp.call('get_analytics', { period: '1y' })).error).toBe('Invalid arguments: period: must be one of "7d", "30d", "90d"');
    } finally {
      await mcp.close();
    }
  });

  it('list_projects returns the newest projects up to the limit, with the total', async () => {
    const { api } = await fixture.account({ credits: 3 });
    for (const concept of ['First ad', 'Second ad', 'Third ad']) await api.launchWorkflow({ type: 'cinematic', concept });
    const mcp = await connectServer(fixture, api);
    try {
      const all = await api.listProjects();
      const listed = structuredOf(await mcp.call('list_projects', { limit: 2 }));
      expect(listed.total).toBe(3);
      expect(listed.projects.map((project: { jobId: string }) => project.jobId)).toEqual(all.projects.slice(0, 2).map((project) => project.jobId));
      expect(errorOf(await mcp.call('list_projects', { limit: 0 })).error).toMatch(/^Invalid arguments: limit: /);
    } finally {
      await mcp.close();
    }
  });

  it('creates, lists and revokes API keys; another id is the same 404 sentence as over REST', async () => {
    const { api } = await fixture.account();
    const mcp = await connectServer(fixture, api);
    try {
      const created = structuredOf(await mcp.call('create_api_key', { name: 'Zapier' }));
      expect(created).toMatchObject({ name: 'Zapier', key: expect.stringMatching(/^cak_/) });
      expect(await fixture.service.authenticate({ apiKey: created.key })).not.toBeNull();
      const listed = structuredOf(await mcp.call('list_api_keys'));
      expect(listed.keys.map((key: { id: string }) => key.id)).toContain(created.id);
      expect(JSON.stringify(listed)).not.toContain(created.key);
      expect(structuredOf(await mcp.call('revoke_api_key', { id: created.id }))).toEqual({ id: created.id, revoked: true });
      expect(await fixture.service.authenticate({ apiKey: created.key })).toBeNull();
      const again = errorOf(await mcp.call('revoke_api_key', { id: created.id }));
      expect(again).toMatchObject({ code: 'not_found', error: (await failureOf(() => api.revokeApiKey({ id: created.id })))!.message });
    } finally {
      await mcp.close();
    }
  });

  it('export_projects answers a download link, never the archive', async () => {
    const { api } = await fixture.account({ credits: 1 });
    await api.launchWorkflow({ type: 'cinematic', concept: 'A lamp' });
    const mcp = await connectServer(fixture, api);
    try {
      const result = await mcp.call('export_projects');
      expect(structuredOf(result)).toMatchObject({ downloadUrl: `${publicUrl}/api/user/projects/export`, contentType: 'application/zip', projects: 1 });
      expect(result.content).toContainEqual(expect.objectContaining({ type: 'resource_link', uri: `${publicUrl}/api/user/projects/export`, mimeType: 'application/zip' }));
      // Nothing of the archive itself in the answer.
      expect(JSON.stringify(result).length).toBeLessThan(2000);
    } finally {
      await mcp.close();
    }
  });

  it('export_projects without a known REST address says where to get the archive', async () => {
    const { api } = await fixture.account();
    const mcp = await connectServer(fixture, api, { apiUrl: undefined });
    try {
      const refusal = errorOf(await mcp.call('export_projects'));
      expect(refusal.code).toBe('unavailable');
      expect(refusal.error).toMatch(/GET \/api\/user\/projects\/export/);
    } finally {
      await mcp.close();
    }
  });
});

describe('estimate_cost', () => {
  it('prices a launch and a batch from the catalog against the balance, spending nothing', async () => {
    const { api } = await fixture.account({ credits: 5 });
    const mcp = await connectServer(fixture, api);
    try {
      const one = structuredOf(await mcp.call('estimate_cost', { workflows: [{ type: 'cinematic' }] }));
      expect(one).toEqual({ cost: 1, balance: 5, affordable: true, shortBy: 0, items: [{ type: 'cinematic', quality: 'standard', name: 'Director', cost: 1 }] });
      const batch = structuredOf(
        await mcp.call('estimate_cost', { workflows: [{ type: 'brand', quality: 'premium' }, { type: 'factory' }, { type: 'staticad', quality: 'premium' }] }),
      );
      expect(batch).toMatchObject({ cost: 29, balance: 5, affordable: false, shortBy: 24, reason: 'Insufficient credits. Required: 29, available: 5' });
      expect((await api.getCredits()).balance).toBe(5);
      expect(errorOf(await mcp.call('estimate_cost', { workflows: [{ type: 'movie' }] })).error).toMatch(/^Invalid arguments: workflows\.0\.type: must be one of/);
      expect(errorOf(await mcp.call('estimate_cost', { workflows: [] })).error).toBe('Invalid arguments: workflows: must list at least one workflow');
    } finally {
      await mcp.close();
    }
  });
});
