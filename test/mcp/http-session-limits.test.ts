import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf } from '../http/http-fixture.ts';
import { eventually } from '../service/webhooks/eventually.ts';
import { initializeRequest, type McpHttpFixture, postHeaders, startMcpHttp } from './http-mcp-fixture.ts';

let http: McpHttpFixture;
beforeAll(async () => {
  http = await startMcpHttp({ mcp: { idleTimeoutMs: 200, maxSessions: 2 } });
});
afterAll(async () => {
  await http.close();
});

/** A session opened by a bare initialize: no standing stream, as a client that vanished leaves it. */
const initialize = (apiKey: string) =>
  fetch(http.mcpUrl, { method: 'POST', headers: { ...postHeaders, Authorization: `Bearer ${apiKey}` }, body: JSON.stringify(initializeRequest) });

describe('MCP sessions over HTTP are bounded', () => {
  it('refuses sessions beyond the server-wide bound with 503, closes idle ones, and keeps a connected client', async () => {
    const { apiKey } = await http.newAccount();
    // A connected SDK client holds its standing GET stream open: it is never idle.
    const connected = await http.connect(apiKey);
    const abandoned = await initialize(apiKey);
    expect(abandoned.status).toBe(200);
    const abandonedId = abandoned.headers.get('mcp-session-id')!;

    const full = await initialize(apiKey);
    expect(full.status).toBe(503);
    expect(full.headers.get('retry-after')).toBe('30');
    expect((await jsonOf(full)).error).toBe('Too many MCP sessions are open on this server; retry in a moment');

    // The idle sweep frees the abandoned session's place; the connected client keeps its own.
    await eventually(async () => ((await initialize(apiKey)).status === 200 ? true : undefined), 'room for a new session', 10_000);
    const probe = await fetch(http.mcpUrl, {
      method: 'POST',
      headers: { ...postHeaders, Authorization: `Bearer ${apiKey}`, 'Mcp-Session-Id': abandonedId, 'Mcp-Protocol-Version': '2025-11-25' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} }),
    });
    expect(probe.status).toBe(404);
    expect((await connected.client.callTool({ name: 'get_credits', arguments: {} })).isError).toBeFalsy();
    await connected.client.close();
  });
});
