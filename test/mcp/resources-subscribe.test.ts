import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { McpError, ResourceUpdatedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CinematicAds } from '../../src/contract/interface.ts';
import { registerProjectSubscriptions } from '../../src/mcp/resources/project-subscriptions.ts';
import { collectEvents, type ServiceFixture, startService, tempDataDir, waitForEvent } from '../service/service-fixture.ts';
import { connectServer, type ServerConnection } from './server-connection.ts';

const data = tempDataDir('mcp-resources-subscribe');
/** How long to wait for an asynchronous follower to catch up: generous for a loaded CI machine; nothing is timed. */
const patience = { timeout: 15_000, interval: 20 };
let fixture: ServiceFixture;
let api: CinematicAds;

beforeAll(async () => {
  fixture = await startService(data.dir);
  ({ api } = await fixture.account({ credits: 20 }));
}, 60_000);

afterAll(async () => {
  await fixture?.service.close();
  data.cleanup();
});

/** The API with a count of job streams open right now, to see followers start and stop. */
function countingStreams(inner: CinematicAds): { api: CinematicAds; open: () => number } {
  let open = 0;
  const api = new Proxy(inner, {
    get(target, property, receiver) {
      if (property === 'getWorkflowStream') {
        return (...args: Parameters<CinematicAds['getWorkflowStream']>) => ({
          async *[Symbol.asyncIterator]() {
            open += 1;
            try {
              yield* target.getWorkflowStream(...args);
            } finally {
              open -= 1;
            }
          },
        });
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { api, open: () => open };
}

async function connectWithUpdates(target: CinematicAds): Promise<{ mcp: ServerConnection; updates: string[] }> {
  const mcp = await connectServer(fixture, target);
  const updates: string[] = [];
  mcp.client.setNotificationHandler(ResourceUpdatedNotificationSchema, (notification) => {
    updates.push(notification.params.uri);
  });
  return { mcp, updates };
}

async function suspendedJob(concept: string): Promise<string> {
  const { jobId } = await api.launchWorkflow({ type: 'cinematic', concept, formats: '9:16', hitl: true });
  await waitForEvent(api, jobId, (event) => event.event === 'suspended');
  return jobId;
}

async function subscribeError(mcp: ServerConnection, uri: string): Promise<McpError> {
  const error = await mcp.client.subscribeResource({ uri }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(McpError);
  return error as McpError;
}

describe('resources/subscribe on a project', () => {
  it('sends notifications/resources/updated as the job moves on, until it completes', async () => {
    const jobId = await suspendedJob('Rainy city umbrella');
    const uri = `cinematicads://projects/${jobId}`;
    const { mcp, updates } = await connectWithUpdates(api);
    try {
      await expect(mcp.client.subscribeResource({ uri })).resolves.toEqual({});
      await api.reviewWorkflow({ jobId, action: 'approve' });
      await collectEvents(api, jobId);
      // Resuming (suspended → running), each step completing, and completion each change the resource.
      await vi.waitFor(async () => {
        expect(updates.length).toBeGreaterThanOrEqual(2);
        const [content] = (await mcp.client.readResource({ uri })).contents;
        expect(JSON.parse(content && 'text' in content ? content.text : '{}').job.status).toBe('completed');
      }, patience);
      expect(new Set(updates)).toEqual(new Set([uri]));
    } finally {
      await mcp.close();
    }
  }, 60_000);

  it('sends nothing after resources/unsubscribe', async () => {
    const jobId = await suspendedJob('Mountain cabin weekend');
    const uri = `cinematicads://projects/${jobId}`;
    const { mcp, updates } = await connectWithUpdates(api);
    try {
      await mcp.client.subscribeResource({ uri });
      await expect(mcp.client.unsubscribeResource({ uri })).resolves.toEqual({});
      await api.reviewWorkflow({ jobId, action: 'approve' });
      await collectEvents(api, jobId);
      await mcp.client.ping();
      expect(updates).toEqual([]);
    } finally {
      await mcp.close();
    }
  }, 60_000);

  it('stops following the job when the session closes', async () => {
    const jobId = await suspendedJob('Night market street food');
    const counted = countingStreams(api);
    const { mcp } = await connectWithUpdates(counted.api);
    await mcp.client.subscribeResource({ uri: `cinematicads://projects/${jobId}` });
    await vi.waitFor(() => expect(counted.open()).toBe(1), patience);
    await mcp.close();
    await vi.waitFor(() => expect(counted.open()).toBe(0), patience);
    await api.cancelWorkflow({ jobId });
  }, 60_000);

  it('accepts a finished project without following it, and refuses what cannot change', async () => {
    const jobId = await suspendedJob('Lemonade stand summer');
    await api.cancelWorkflow({ jobId });
    const counted = countingStreams(api);
    const { mcp, updates } = await connectWithUpdates(counted.api);
    try {
      await expect(mcp.client.subscribeResource({ uri: `cinematicads://projects/${jobId}` })).resolves.toEqual({});
      expect(counted.open()).toBe(0);
      await expect(mcp.client.unsubscribeResource({ uri: `cinematicads://projects/${jobId}` })).resolves.toEqual({});

      const notProject = await subscribeError(mcp, 'cinematicads://credits');
      expect(notProject.code).toBe(-32602);
      expect(notProject.message).toContain('cinematicads://projects/{id}');
      expect((await subscribeError(mcp, 'cinematicads://projects/wf_nosuchjob0000000000')).code).toBe(-32002);

      const { api: other } = await fixture.account();
      const stranger = await connectServer(fixture, other);
      try {
        expect((await subscribeError(stranger, `cinematicads://projects/${jobId}`)).code).toBe(-32002);
      } finally {
        await stranger.close();
      }
      expect(updates).toEqual([]);
    } finally {
      await mcp.close();
    }
  }, 60_000);

  it('caps the subscriptions of one session, counting each URI once', async () => {
    const first = await suspendedJob('Autumn knitwear');
    const second = await suspendedJob('Winter boots');
    const third = await suspendedJob('Spring picnic');
    const counted = countingStreams(api);
    const server = new McpServer({ name: 'capped', version: '1' }, { capabilities: { resources: {} } });
    registerProjectSubscriptions(server, counted.api, undefined, 2);
    const client = new Client({ name: 'capped-client', version: '1' });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
    try {
      await client.subscribeResource({ uri: `cinematicads://projects/${first}` });
      await client.subscribeResource({ uri: `cinematicads://projects/${first}` });
      await client.subscribeResource({ uri: `cinematicads://projects/${second}` });
      const refused = await client.subscribeResource({ uri: `cinematicads://projects/${third}` }).catch((caught: unknown) => caught);
      expect(refused).toBeInstanceOf(McpError);
      expect((refused as McpError).message).toMatch(/already follows 2 projects: unsubscribe/);
      await vi.waitFor(() => expect(counted.open()).toBe(2), patience);
      await client.unsubscribeResource({ uri: `cinematicads://projects/${first}` });
      await expect(client.subscribeResource({ uri: `cinematicads://projects/${third}` })).resolves.toEqual({});
    } finally {
      await client.close();
      await server.close();
      for (const jobId of [first, second, third]) await api.cancelWorkflow({ jobId });
    }
  }, 60_000);
});
