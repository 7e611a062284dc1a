import { request as httpRequest } from 'node:http';
import { CallToolResultSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectTools } from '../../tools/tool-catalog.ts';
import { jsonOf } from '../http/http-fixture.ts';
import { eventually } from '../service/webhooks/eventually.ts';
import { initializeRequest, type McpHttpFixture, postHeaders, startMcpHttp } from './http-mcp-fixture.ts';

let http: McpHttpFixture;
beforeAll(async () => {
  http = await startMcpHttp({ mcp: { maxSessionsPerAccount: 2, idleTimeoutMs: 60_000 }, config: { rateLimits: { launch: { limit: 1, windowSeconds: 3600 } } } });
});
afterAll(async () => {
  await http.close();
});

/** A raw POST to /mcp, as a client (or an attacker) would send it. */
const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(http.mcpUrl, { method: 'POST', headers: { ...postHeaders, ...headers }, body: JSON.stringify(body) });

describe('MCP over Streamable HTTP at /mcp', () => {
  it('serves the tools to an SDK client with an API key as Bearer token, in a session', async () => {
    const { apiKey } = await http.newAccount(9);
    const { client, transport } = await http.connect(apiKey);
    try {
      expect(transport.sessionId).toMatch(/^[0-9a-f-]{36}$/);
      const { tools } = await client.listTools();
      expect(tools.filter((tool) => tool.execution?.taskSupport !== 'required').map((tool) => tool.name)).toEqual(selectTools().map((tool) => tool.name));
      const credits = await client.callTool({ name: 'get_credits', arguments: {} });
      expect(credits.structuredContent).toEqual({ balance: 9, plan: 'agency', trialEndsAt: null });
    } finally {
      await client.close();
    }
  });

  it('answers 401 without a Bearer API key: none, a wrong one, or only a web session cookie', async () => {
    const { accountId } = await http.newAccount();
    const none = await post(initializeRequest);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await jsonOf(none)).error).toBe('/mcp needs an API key: send "Authorization: Bearer <API key>"');
    expect((await post(initializeRequest, { Authorization: 'Bearer cak_live_wrong' })).status).toBe(401);
    const session = await http.service.accounts.createSession(accountId);
    expect((await post(initializeRequest, { Cookie: `cinematicads_session=${session.token}` })).status).toBe(401);
  });

  it('refuses a foreign Origin and a foreign Host (DNS rebinding) with 403', async () => {
    const { apiKey } = await http.newAccount();
    const auth = { Authorization: `Bearer ${apiKey}` };
    const foreign = await post(initializeRequest, { ...auth, Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await jsonOf(foreign)).error).toMatch(/^Origin "https:\/\/evil\.example" may not use \/mcp/);
    // The server's own origin is welcome.
    expect((await post(initializeRequest, { ...auth, Origin: http.server.url })).status).toBe(200);

    // fetch will not forge a Host header; a plain request will, as a rebound name would send it.
    const rebound = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        http.mcpUrl,
        { method: 'POST', headers: { ...postHeaders, ...auth, Host: `attacker.example:${http.server.port}` } },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(initializeRequest));
    });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body).error).toMatch(/^Host "attacker\.example:\d+" is not served at \/mcp/);
  });

  it('keeps a session to the account that opened it, ends it on DELETE, and bounds sessions per account', async () => {
    const owner = await http.newAccount();
    const stranger = await http.newAccount();
    const first = await http.connect(owner.apiKey);
    const sessionId = first.transport.sessionId!;
    const asStranger = await post({ jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} }, {
      Authorization: `Bearer ${stranger.apiKey}`,
      'Mcp-Session-Id': sessionId,
      'Mcp-Protocol-Version': '2025-11-25',
    });
    expect(asStranger.status).toBe(404);
    expect((await first.client.listTools()).tools.length).toBeGreaterThan(0);

    // A third session for the same account closes its least recently used one (the bound is 2 here).
    const second = await http.connect(owner.apiKey);
    const third = await http.connect(owner.apiKey);
    await expect(first.client.listTools()).rejects.toThrow(/404|Session not found/);
    expect((await second.client.listTools()).tools.length).toBeGreaterThan(0);

    // DELETE ends a session for good.
    const secondId = second.transport.sessionId!;
    await second.transport.terminateSession();
    const afterDelete = await post({ jsonrpc: '2.0', id: 3, method: 'tools/list', params: {} }, {
      Authorization: `Bearer ${owner.apiKey}`,
      'Mcp-Session-Id': secondId,
      'Mcp-Protocol-Version': '2025-11-25',
    });
    expect(afterDelete.status).toBe(404);
    expect((await third.client.callTool({ name: 'get_credits', arguments: {} })).isError).toBeFalsy();
    await Promise.all([first.client.close(), second.client.close(), third.client.close()]);
  });

  it('asks a request without a session to initialize first', async () => {
    const { apiKey } = await http.newAccount();
    const orphan = await post({ jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} }, { Authorization: `Bearer ${apiKey}` });
    expect(orphan.status).toBe(400);
    expect((await jsonOf(orphan)).error.message).toMatch(/initialize first/);
  });

  it('counts tool calls that launch work against the launch rate limit, as the REST routes do', async () => {
    const { apiKey } = await http.newAccount(5);
    const { client } = await http.connect(apiKey);
    try {
      const workflows = [{ type: 'ad-optimizer', concept: 'Critique our ad' }];
      expect((await client.callTool({ name: 'launch_batch', arguments: { workflows } })).isError).toBeFalsy();
      // Over the limit: the REST API's 429 sentence, as a result the model can read, and nothing launched.
      const throttled = await client.callTool({ name: 'launch_batch', arguments: { workflows } });
      expect(throttled.isError).toBe(true);
      expect(throttled.content).toEqual([
        { type: 'text', text: 'Rate limit exceeded: 1 request per hour for this endpoint class; retry after the seconds in Retry-After' },
        { type: 'text', text: expect.stringContaining('"code":"rate_limited"') },
      ]);
      // Other tools are not launches.
      expect((await client.callTool({ name: 'get_credits', arguments: {} })).structuredContent).toMatchObject({ balance: 4 });
    } finally {
      await client.close();
    }
  });

  it('survives a client that drops mid-call: the job runs to its end and the next session works', async () => {
    const { apiKey, accountId } = await http.newAccount(1);
    const { client } = await http.connect(apiKey);
    let firstProgress!: () => void;
    const progressed = new Promise<void>((resolve) => (firstProgress = resolve));
    const call = client.callTool({ name: 'launch_workflow', arguments: { type: 'cinematic', concept: 'A lamp that follows the sun', wait: true } }, CallToolResultSchema, {
      onprogress: () => firstProgress(),
    });
    await progressed;
    await client.close();
    await expect(call).rejects.toThrow();

    const caller = { account: (await http.service.accounts.getAccount(accountId))!, credentialId: 'test', via: 'session' as const };
    const api = http.service.forAccount(caller);
    const [project] = (await api.listProjects()).projects;
    const job = await eventually(async () => {
      const current = await api.getWorkflow({ jobId: project!.jobId });
      return current.status === 'completed' || current.status === 'failed' || current.status === 'cancelled' ? current : undefined;
    }, 'the job to end', 60_000);
    expect(job).toMatchObject({ status: 'completed', refunded: 0 });

    const again = await http.connect(apiKey);
    expect((await again.client.callTool({ name: 'get_credits', arguments: {} })).structuredContent).toMatchObject({ balance: 0 });
    await again.client.close();
    expect(http.logged).toEqual([]);
  });
});
