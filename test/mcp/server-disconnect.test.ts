import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { CallToolResultSchema } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { createMcpServer } from '../../src/mcp/create-mcp-server.ts';
import { collectEvents, serviceForFile } from '../service/service-fixture.ts';

const fixture = serviceForFile('mcp-disconnect');

describe('a client that disconnects mid-call', () => {
  it('leaves the server answering and the job running to its end, nothing refunded', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const logged: unknown[] = [];
    const server = createMcpServer(api, { version: 'test', logError: (_message, cause) => logged.push(cause) });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const client = new Client({ name: 'leaving', version: '1' });
    await Promise.all([server.connect(serverSide), client.connect(clientSide)]);

    let firstProgress!: () => void;
    const progressed = new Promise<void>((resolve) => (firstProgress = resolve));
    const call = client.callTool({ name: 'launch_workflow', arguments: { type: 'cinematic', concept: 'A kite for windless days', wait: true } }, CallToolResultSchema, {
      onprogress: () => firstProgress(),
    });
    await progressed;
    // The transport goes away under the call, as when a desktop client quits.
    await clientSide.close();
    await expect(call).rejects.toThrow(/Connection closed/);

    const [project] = (await api.listProjects()).projects;
    const events = await collectEvents(api, project!.jobId);
    expect(events.at(-1)).toMatchObject({ event: 'result', data: { success: true } });
    const job = await api.getWorkflow({ jobId: project!.jobId });
    expect(job).toMatchObject({ status: 'completed', refunded: 0 });
    expect((await api.getCredits()).balance).toBe(0);
    expect(logged).toEqual([]);

    // The same server takes the next client.
    const [nextClientSide, nextServerSide] = InMemoryTransport.createLinkedPair();
    const next = new Client({ name: 'back', version: '1' });
    await server.close();
    await Promise.all([server.connect(nextServerSide), next.connect(nextClientSide)]);
    const credits = await next.callTool({ name: 'get_credits', arguments: {} });
    expect(credits.structuredContent).toMatchObject({ balance: 0 });
    await next.close();
    await server.close();
  });
});
