import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WebhookPayload, webhookPayload } from '../../../src/contract/schemas/webhook-payload.ts';
import { collectEvents, type ServiceFixture, startService, tempDataDir } from '../service-fixture.ts';
import { eventually } from './eventually.ts';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.ts';

const temp = tempDataDir('webhook-job');
let receiver: WebhookReceiver;
let fixture: ServiceFixture;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  fixture = await startService(temp.dir, {
    config: { allowPrivateFor: [receiver.allowance], webhooks: { firstRetryDelayMs: 5, maxRetryDelayMs: 50 } },
  });
});
afterAll(async () => {
  await fixture.service.close();
  await receiver.close();
  temp.cleanup();
});

describe('webhooks through a real job run', () => {
  it('a receiver that fails three times then succeeds gets every event exactly once after dedup, each signature valid', async () => {
    const { api, caller } = await fixture.account({ credits: 5 });
    const created = await api.createWebhook({ url: receiver.url('/flaky'), events: ['workflow.started', 'workflow.step', 'workflow.completed', 'video.ready'] });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    receiver.useSecret(created.secret);
    // Every event's first three attempts fail (500, a dropped connection's stand-in), the fourth succeeds.
    receiver.behave((_delivery, attempt) => (attempt <= 3 ? 500 : 204));

    const heard: WebhookPayload[] = [];
    const unsubscribe = fixture.service.accountEvents.subscribe((event) => event.accountId === caller.account.id && heard.push(event.payload));
    const { jobId } = await api.launchWorkflow({ type: 'cinematic', concept: 'A thermos that keeps soup hot for a whole day', formats: '9:16,1:1' });
    const events = await collectEvents(api, jobId);
    expect(events.at(-1)).toMatchObject({ event: 'result', data: { success: true } });
    unsubscribe();
    const subscribed = heard.filter((payload) => created.events.includes(payload.type));
    expect(subscribed.map((payload) => payload.type)).toEqual([
      'workflow.started',
      ...Array(6).fill('workflow.step'),
      'workflow.completed',
      'video.ready',
      'video.ready',
    ]);

    const processed = await receiver.waitForProcessed(subscribed.length);
    // Exactly once after dedup: one processed request per event, matched by id, with the body the service emitted.
    expect(processed.map((delivery) => delivery.webhookId).sort()).toEqual(subscribed.map((payload) => payload.id).sort());
    for (const delivery of processed) {
      const payload = webhookPayload.parse(JSON.parse(delivery.body));
      expect(payload.id).toBe(delivery.webhookId);
      expect(payload).toEqual(subscribed.find((event) => event.id === delivery.webhookId));
    }
    // Every request (failed ones included) was signed validly, per the standardwebhooks library.
    const mine = receiver.received.filter((delivery) => delivery.path === '/flaky');
    expect(mine).toHaveLength(subscribed.length * 4);
    expect(mine.every((delivery) => delivery.verified === true)).toBe(true);
    for (const event of subscribed) {
      const attempts = mine.filter((delivery) => delivery.webhookId === event.id);
      expect(attempts.map((delivery) => delivery.answered)).toEqual([500, 500, 500, 204]);
      expect(new Set(attempts.map((delivery) => delivery.body)).size).toBe(1);
    }
    // workflow.failed and workflow.suspended were not subscribed to, and never sent.
    expect(mine.some((delivery) => /"type":"workflow\.(failed|suspended)"/.test(delivery.body))).toBe(false);

    const log = await eventually(async () => {
      const { deliveries } = await api.listWebhookDeliveries({ webhookId: created.id, limit: 100 });
      return deliveries.length === subscribed.length && deliveries.every((delivery) => delivery.status === 'succeeded') ? deliveries : undefined;
    }, 'every delivery to be logged as succeeded');
    expect(log.map((delivery) => delivery.eventId).sort()).toEqual(subscribed.map((payload) => payload.id).sort());
    for (const delivery of log) {
      expect(delivery).toMatchObject({ attempts: 4, responseStatus: 204, error: null, nextAttemptAt: null, lastAttemptAt: expect.any(String) });
    }
  });

  it('a hanging receiver does not hold up the job: it completes while every delivery is still waiting for an answer', async () => {
    const hanging = await startWebhookReceiver();
    hanging.behave(() => 'hang');
    const temp2 = tempDataDir('webhook-hang');
    const slow = await startService(temp2.dir, {
      // A minute per attempt: were the job waiting on deliveries, it could not end before the test's own timeout.
      config: { allowPrivateFor: [hanging.allowance], webhooks: { attemptTimeoutMs: 60_000 } },
    });
    try {
      const { api: slowApi } = await slow.account({ credits: 5 });
      const created = await slowApi.createWebhook({ url: hanging.url(), events: ['workflow.started', 'workflow.step', 'workflow.completed', 'video.ready'] });
      const { jobId } = await slowApi.launchWorkflow({ type: 'cinematic', concept: 'A kettle that whistles a tune', formats: '9:16' });
      const events = await collectEvents(slowApi, jobId);
      expect(events.at(-1)).toMatchObject({ event: 'result', data: { success: true } });
      expect((await slowApi.getWorkflow({ jobId })).status).toBe('completed');
      // Nine events (started, six steps, completed, one video): eight in flight (the per-endpoint cap), none answered.
      await hanging.waitForRequests(8);
      expect(hanging.received).toHaveLength(8);
      expect(hanging.received.every((delivery) => delivery.answered === undefined)).toBe(true);
      const { deliveries } = await slowApi.listWebhookDeliveries({ webhookId: created.id, limit: 100 });
      expect(deliveries).toHaveLength(9);
      expect(deliveries.every((delivery) => delivery.status === 'pending' && delivery.attempts === 0)).toBe(true);
    } finally {
      // Closing aborts the hung attempts rather than waiting a minute for them; the deliveries stay pending.
      await slow.service.close();
      await hanging.close();
      temp2.cleanup();
    }
  });
});
