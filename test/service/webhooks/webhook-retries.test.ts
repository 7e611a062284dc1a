import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CinematicAds } from '../../../src/contract/interface.ts';
import type { CinematicAdsService } from '../../../src/service/service.ts';
import { sqliteKeyValueStore } from '../../../src/store/sqlite-key-value-store.ts';
import { errorOf } from '../../net/error-of.ts';
import { startService, tempDataDir } from '../service-fixture.ts';
import { eventually } from './eventually.ts';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.ts';

// Each test has its own receiver, so what one receives never counts for another.
let receiver: WebhookReceiver;
beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
afterEach(async () => {
  await receiver.close();
});

function emitStarted(service: CinematicAdsService, accountId: string, jobId: string) {
  return service.accountEvents.emit(accountId, { type: 'workflow.started', data: { jobId, workflowType: 'cinematic', quality: 'standard', cost: 1 } }, new Date());
}

async function settledLog(api: CinematicAds, webhookId: string, count: number) {
  return eventually(async () => {
    const { deliveries } = await api.listWebhookDeliveries({ webhookId, limit: 100 });
    return deliveries.length === count && deliveries.every((delivery) => delivery.status !== 'pending') ? deliveries : undefined;
  }, `${count} settled deliveries`);
}

describe('retries, disabling and redelivery', () => {
  const temp = tempDataDir('webhook-retries');
  afterAll(() => temp.cleanup());

  it('fails a delivery after its last attempt, disables an endpoint that keeps failing, and a redelivery enables it again', async () => {
    const fixture = await startService(temp.dir, {
      config: { allowPrivateFor: [receiver.allowance], webhooks: { maxAttempts: 3, firstRetryDelayMs: 2, maxRetryDelayMs: 10, disableAfterFailedDeliveries: 2 } },
    });
    try {
      const { api, caller } = await fixture.account();
      const created = await api.createWebhook({ url: receiver.url('/down'), events: ['workflow.started'] });
      receiver.useSecret(created.secret);
      receiver.behave((delivery) => (delivery.path === '/down' ? 503 : 200));
      const first = emitStarted(fixture.service, caller.account.id, 'wf_1');
      const [failed] = await settledLog(api, created.id, 1);
      expect(failed).toMatchObject({ eventId: first.payload.id, status: 'failed', attempts: 3, responseStatus: 503, error: 'The endpoint answered 503: nope, attempt 3', nextAttemptAt: null });
      expect((await api.listWebhooks()).webhooks[0]).toMatchObject({ enabled: true, disabledReason: null });

      // A second delivery failing every retry disables the endpoint, with the reason.
      emitStarted(fixture.service, caller.account.id, 'wf_2');
      await settledLog(api, created.id, 2);
      const [disabled] = (await api.listWebhooks()).webhooks;
      expect(disabled).toMatchObject({ enabled: false, disabledAt: expect.any(String) });
      expect(disabled!.disabledReason).toBe('2 deliveries in a row failed every retry; the last one: The endpoint answered 503: nope, attempt 3');

      // While disabled, events are logged as not sent, and nothing reaches the receiver.
      const before = receiver.received.length;
      const third = emitStarted(fixture.service, caller.account.id, 'wf_3');
      await fixture.service.webhooks.dispatcher.recorded();
      const [notSent] = (await api.listWebhookDeliveries({ webhookId: created.id })).deliveries;
      expect(notSent).toMatchObject({ eventId: third.payload.id, status: 'failed', attempts: 0, lastAttemptAt: null });
      expect(notSent!.error).toMatch(/^Not sent: the webhook was disabled \(2 deliveries in a row failed every retry; .*\); redeliver it once the receiver is fixed$/);
      expect(receiver.received.length).toBe(before);

      // The receiver is fixed; redelivering the missed event sends it (once it is due) and enables the endpoint.
      receiver.behave(() => 200);
      const redelivered = await api.redeliverWebhookDelivery({ webhookId: created.id, deliveryId: notSent!.id });
      expect(redelivered).toMatchObject({ id: notSent!.id, status: 'pending', attempts: 0 });
      const processed = await receiver.waitForProcessed(1);
      expect(processed.map((delivery) => [delivery.webhookId, delivery.verified])).toEqual([[third.payload.id, true]]);
      await eventually(async () => ((await api.listWebhooks()).webhooks[0]?.enabled ? true : undefined), 'the endpoint to be enabled again');
      const [enabled] = (await api.listWebhooks()).webhooks;
      expect(enabled).toMatchObject({ enabled: true, disabledAt: null, disabledReason: null });

      // Redelivering the first failed delivery resends the same event id and body.
      await api.redeliverWebhookDelivery({ webhookId: created.id, deliveryId: failed!.id });
      await receiver.waitForProcessed(2);
      const resent = receiver.received.filter((delivery) => delivery.webhookId === first.payload.id);
      expect(resent).toHaveLength(4);
      expect(new Set(resent.map((delivery) => delivery.body)).size).toBe(1);
      expect(resent.map((delivery) => delivery.answered)).toEqual([503, 503, 503, 200]);
      const log = await settledLog(api, created.id, 3);
      expect(log.find((delivery) => delivery.id === failed!.id)).toMatchObject({ status: 'succeeded', attempts: 4, responseStatus: 200, error: null });
    } finally {
      await fixture.service.close();
    }
  });

  it('answers 409 for a delivery that is still being retried', async () => {
    const fixture = await startService(temp.dir, {
      config: { allowPrivateFor: [receiver.allowance], webhooks: { firstRetryDelayMs: 60_000 } },
    });
    try {
      const { api, caller } = await fixture.account();
      const created = await api.createWebhook({ url: receiver.url('/later'), events: ['workflow.started'] });
      receiver.behave((delivery) => (delivery.path === '/later' ? 500 : 200));
      emitStarted(fixture.service, caller.account.id, 'wf_4');
      const pending = await eventually(async () => {
        const [delivery] = (await api.listWebhookDeliveries({ webhookId: created.id })).deliveries;
        return delivery?.attempts === 1 ? delivery : undefined;
      }, 'the first attempt');
      expect(pending).toMatchObject({ status: 'pending', responseStatus: 500, nextAttemptAt: expect.any(String) });
      const error = await errorOf(api.redeliverWebhookDelivery({ webhookId: created.id, deliveryId: pending.id }));
      expect(error).toMatchObject({ code: 'conflict', status: 409 });
      expect(error.message).toBe(`Delivery ${pending.id} is still being retried (next attempt at ${pending.nextAttemptAt}); redeliver it once it has succeeded or failed`);
    } finally {
      await fixture.service.close();
    }
  });
});

describe('a restart', () => {
  const temp = tempDataDir('webhook-restart');
  afterAll(() => temp.cleanup());

  it('keeps pending retries: the next process delivers them, under the same webhook-id', async () => {
    receiver.behave((delivery) => (delivery.path === '/restart' ? 503 : 200));
    // The first process fails once and would retry in a minute; it stops before then.
    const first = await startService(temp.dir, {
      store: sqliteKeyValueStore(join(temp.dir, 'store.sqlite')),
      config: { allowPrivateFor: [receiver.allowance], webhooks: { firstRetryDelayMs: 60_000 } },
    });
    const { api, caller, apiKey } = await first.account();
    const created = await api.createWebhook({ url: receiver.url('/restart'), events: ['workflow.started'] });
    receiver.useSecret(created.secret);
    const event = emitStarted(first.service, caller.account.id, 'wf_5');
    await eventually(async () => ((await api.listWebhookDeliveries({ webhookId: created.id })).deliveries[0]?.attempts === 1 ? true : undefined), 'a failed attempt');
    await first.service.close();

    receiver.behave(() => 200);
    // The due time (a minute away, ±20% jitter) is kept across the restart: the second process's clock is past it.
    const second = await startService(temp.dir, {
      store: sqliteKeyValueStore(join(temp.dir, 'store.sqlite')),
      config: { allowPrivateFor: [receiver.allowance] },
      clock: () => new Date(Date.now() + 75_000),
    });
    try {
      const processed = await receiver.waitForProcessed(1);
      expect(processed[0]).toMatchObject({ webhookId: event.payload.id, verified: true, path: '/restart' });
      const api2 = second.service.forAccount((await second.service.authenticate({ apiKey }))!);
      const [delivery] = await settledLog(api2, created.id, 1);
      expect(delivery).toMatchObject({ status: 'succeeded', attempts: 2, responseStatus: 200 });
    } finally {
      await second.service.close();
    }
  });
});
