import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectEvents, type ServiceFixture, startService, tempDataDir } from '../service/service-fixture.ts';
import { eventually } from '../service/webhooks/eventually.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../service/webhooks/webhook-receiver.ts';
import { connectServer, errorOf, failureOf, structuredOf } from './server-connection.ts';

const temp = tempDataDir('mcp-webhooks');
let receiver: WebhookReceiver;
let fixture: ServiceFixture;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
  fixture = await startService(temp.dir, { config: { allowPrivateFor: [receiver.allowance], webhooks: { firstRetryDelayMs: 5, maxRetryDelayMs: 50 } } });
});
afterAll(async () => {
  await fixture.service.close();
  await receiver.close();
  temp.cleanup();
});

describe('webhook tools over MCP', () => {
  it('registers an endpoint, lists its deliveries after a real job, redelivers one with the same webhook-id, and deletes it', async () => {
    const { api } = await fixture.account({ credits: 2 });
    const mcp = await connectServer(fixture, api);
    try {
      const created = structuredOf(await mcp.call('create_webhook', { url: receiver.url('/mcp-hooks'), events: ['workflow.started'], description: 'from MCP' }));
      expect(created).toMatchObject({ url: receiver.url('/mcp-hooks'), events: ['workflow.started'], enabled: true, secret: expect.stringMatching(/^whsec_/) });
      receiver.useSecret(created.secret);
      const listed = structuredOf(await mcp.call('list_webhooks'));
      expect(listed.webhooks).toEqual([expect.objectContaining({ id: created.id, description: 'from MCP' })]);
      expect(JSON.stringify(listed)).not.toContain(created.secret);
      expect(structuredOf(await mcp.call('list_webhook_deliveries', { webhookId: created.id }))).toEqual({ deliveries: [] });

      const { jobId } = await api.launchWorkflow({ type: 'ad-optimizer', concept: 'Critique our spring sale ad' });
      await collectEvents(api, jobId);
      const [first] = await receiver.waitForProcessed(1);
      const delivered = await eventually(async () => {
        const { deliveries } = structuredOf(await mcp.call('list_webhook_deliveries', { webhookId: created.id, limit: 5 }));
        return deliveries[0]?.status === 'succeeded' ? deliveries[0] : undefined;
      }, 'the delivery to succeed');
      expect(delivered).toMatchObject({ event: 'workflow.started', eventId: first!.webhookId, attempts: 1 });

      const again = structuredOf(await mcp.call('redeliver_webhook_delivery', { webhookId: created.id, deliveryId: delivered.id }));
      expect(again).toMatchObject({ id: delivered.id, eventId: first!.webhookId });
      const requests = await receiver.waitForRequests(2);
      expect(requests[1]).toMatchObject({ webhookId: first!.webhookId, body: first!.body, verified: true });

      expect(structuredOf(await mcp.call('delete_webhook', { id: created.id }))).toEqual({ id: created.id, deleted: true });
      expect(structuredOf(await mcp.call('list_webhooks'))).toEqual({ webhooks: [] });
      const missing = errorOf(await mcp.call('delete_webhook', { id: created.id }));
      expect(missing).toMatchObject({ code: 'not_found', error: (await failureOf(() => api.deleteWebhook({ id: created.id })))!.message });
    } finally {
      await mcp.close();
    }
  });

  it('refuses what the API refuses, with its code and sentence: a private receiver, an unknown event, an unknown delivery', async () => {
    const { api } = await fixture.account();
    const mcp = await connectServer(fixture, api);
    try {
      const privateUrl = { url: 'https://10.0.0.7/hooks', events: ['workflow.completed' as const] };
      const refused = errorOf(await mcp.call('create_webhook', privateUrl));
      const direct = await failureOf(() => api.createWebhook(privateUrl));
      expect(refused).toMatchObject({ code: direct!.code, error: direct!.message });

      const unknownEvent = errorOf(await mcp.call('create_webhook', { url: receiver.url('/x'), events: ['video.deleted'] }));
      expect(unknownEvent.error).toMatch(/^Invalid arguments: events\.0: must be one of "workflow\.started"/);

      const created = await api.createWebhook({ url: receiver.url('/y'), events: ['workflow.failed'] });
      const noDelivery = errorOf(await mcp.call('redeliver_webhook_delivery', { webhookId: created.id, deliveryId: 'whd_missing' }));
      const directMissing = await failureOf(() => api.redeliverWebhookDelivery({ webhookId: created.id, deliveryId: 'whd_missing' }));
      expect(noDelivery).toMatchObject({ code: 'not_found', error: directMissing!.message });
      expect((await api.listWebhooks()).webhooks).toHaveLength(1);
    } finally {
      await mcp.close();
    }
  });
});
