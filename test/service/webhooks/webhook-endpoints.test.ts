import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookStoreKeys } from '../../../src/service/webhooks/webhook-store-keys.ts';
import { ssrfDestinations } from '../../fixtures/ssrf-destinations.ts';
import { errorOf } from '../../net/error-of.ts';
import { type ServiceFixture, startService, tempDataDir } from '../service-fixture.ts';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.ts';

const temp = tempDataDir('webhook-endpoints');
let receiver: WebhookReceiver;
let fixture: ServiceFixture;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  fixture = await startService(temp.dir, { config: { allowPrivateFor: [receiver.allowance] } });
});
afterAll(async () => {
  await fixture.service.close();
  await receiver.close();
  temp.cleanup();
});

describe('registering webhooks', () => {
  it('shows the secret once, lists endpoints without it, and keeps it sealed in the store', async () => {
    const { api, caller } = await fixture.account();
    const created = await api.createWebhook({ url: receiver.url('/a'), events: ['video.ready'], description: '  CRM sync ' });
    expect(created).toEqual({
      id: expect.stringMatching(/^wh_[0-9A-Za-z]{20}$/),
      url: receiver.url('/a'),
      events: ['video.ready'],
      description: 'CRM sync',
      createdAt: expect.any(String),
      enabled: true,
      disabledAt: null,
      disabledReason: null,
      secret: expect.stringMatching(/^whsec_/),
    });
    const { secret, ...shown } = created;
    expect(await api.listWebhooks()).toEqual({ webhooks: [shown] });
    const stored = JSON.stringify(await fixture.store.get(webhookStoreKeys.webhook(created.id)));
    expect(stored).toContain(caller.account.id);
    // Neither the secret nor its base64 key part is in the store in the clear.
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(secret.slice('whsec_'.length));
  });

  it('answers another account\'s webhook and delivery ids with the same 404 as unknown ones', async () => {
    const owner = await fixture.account();
    const stranger = await fixture.account();
    const created = await owner.api.createWebhook({ url: receiver.url('/scoped'), events: ['workflow.started'] });
    fixture.service.accountEvents.emit(owner.caller.account.id, { type: 'workflow.started', data: { jobId: 'wf_x', workflowType: 'cinematic', quality: 'standard', cost: 1 } }, new Date());
    await fixture.service.webhooks.dispatcher.recorded();
    const [delivery] = (await owner.api.listWebhookDeliveries({ webhookId: created.id })).deliveries;
    expect(delivery).toBeDefined();

    expect((await stranger.api.listWebhooks()).webhooks).toEqual([]);
    for (const call of [
      stranger.api.listWebhookDeliveries({ webhookId: created.id }),
      stranger.api.deleteWebhook({ id: created.id }),
      stranger.api.redeliverWebhookDelivery({ webhookId: created.id, deliveryId: delivery!.id }),
    ]) {
      const error = await errorOf(call);
      expect(error).toMatchObject({ code: 'not_found', message: `No webhook with id "${created.id}"` });
    }
    const unknown = await errorOf(owner.api.listWebhookDeliveries({ webhookId: 'wh_doesnotexist' }));
    expect(unknown.message).toBe('No webhook with id "wh_doesnotexist"');
    // A delivery of another endpoint, even the owner's own, is not found under this one.
    const other = await owner.api.createWebhook({ url: receiver.url('/other'), events: ['video.ready'] });
    const crossed = await errorOf(owner.api.redeliverWebhookDelivery({ webhookId: other.id, deliveryId: delivery!.id }));
    expect(crossed).toMatchObject({ code: 'not_found', message: `No delivery with id "${delivery!.id}" for webhook ${other.id}` });
    // Still there for its owner.
    expect((await owner.api.listWebhooks()).webhooks.map((webhook) => webhook.id)).toContain(created.id);
  });

  it('deletes an endpoint with its log, then answers 404 for it', async () => {
    const { api } = await fixture.account();
    const created = await api.createWebhook({ url: receiver.url('/gone'), events: ['video.ready'] });
    expect(await api.deleteWebhook({ id: created.id })).toEqual({ id: created.id, deleted: true });
    expect((await api.listWebhooks()).webhooks).toEqual([]);
    expect((await errorOf(api.deleteWebhook({ id: created.id }))).code).toBe('not_found');
    expect(await fixture.store.get(webhookStoreKeys.webhook(created.id))).toBeUndefined();
  });

  it('refuses a second registration of a URL and more than 20 endpoints with a 409 saying what to do', async () => {
    const { api } = await fixture.account();
    const first = await api.createWebhook({ url: receiver.url('/0'), events: ['video.ready'] });
    const twice = await errorOf(api.createWebhook({ url: receiver.url('/0'), events: ['workflow.failed'] }));
    expect(twice).toMatchObject({ code: 'conflict', status: 409 });
    expect(twice.message).toBe(`${receiver.url('/0')} is already registered as webhook ${first.id}; list several events on one webhook instead`);
    for (let index = 1; index < 20; index += 1) await api.createWebhook({ url: receiver.url(`/${index}`), events: ['video.ready'] });
    const over = await errorOf(api.createWebhook({ url: receiver.url('/20'), events: ['video.ready'] }));
    expect(over).toMatchObject({ code: 'conflict', status: 409 });
    expect(over.message).toBe('This account already has 20 webhooks, the most allowed; delete one (DELETE /api/webhooks?id=…) before adding another');
    expect((await api.listWebhooks()).webhooks).toHaveLength(20);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const { api } = await fixture.account();
    const cases: Array<[unknown, string]> = [
      [{ url: 'https://hooks.example.com/x', events: [] }, 'Invalid request body: events: must list at least one event type'],
      [{ url: 'not a url', events: ['video.ready'] }, 'Invalid request body: url: must be an absolute https URL such as "https://hooks.example.com/cinematicads"'],
      [{ events: ['video.ready'] }, 'Invalid request body: url:'],
      [{ url: 'https://user:pw@hooks.example.com/x', events: ['video.ready'] }, 'url: must not carry a user name or password'],
      [{ url: 'http://hooks.example.com/x', events: ['video.ready'] }, 'url: must be https; plain http is accepted only for an IP address:port'],
      // A private address allowed for another port is not a way around https or the address check.
      [{ url: `http://127.0.0.1:${receiver.port + 1}/x`, events: ['video.ready'] }, 'url: must be https'],
    ];
    for (const [args, message] of cases) {
      const error = await errorOf(api.createWebhook(args as never));
      expect(error.code, message).toBe('invalid_request');
      expect(error.message).toContain(message);
    }
    expect((await errorOf(api.listWebhookDeliveries({ webhookId: 'wh_x', limit: 500 }))).message).toBe('Invalid query: limit: must be at most 100');
    expect((await errorOf(api.redeliverWebhookDelivery({ webhookId: 'wh_x', deliveryId: 'a/b' }))).message).toContain('deliveryId: must be a delivery id');
  });

  it.each(ssrfDestinations.map((row) => [row.label, row] as const))('refuses %s at registration, before anything is stored', async (_label, { host, reason }) => {
    const { api } = await fixture.account();
    const error = await errorOf(api.createWebhook({ url: `https://${host}/hook`, events: ['video.ready'] }));
    expect(error).toMatchObject({ code: 'invalid_request', status: 400 });
    expect(error.message).toMatch(/^url: /);
    expect(error.message).toContain(reason);
    expect(error.message).toContain('webhooks are delivered to public addresses only');
    expect((await api.listWebhooks()).webhooks).toEqual([]);
  });
});
