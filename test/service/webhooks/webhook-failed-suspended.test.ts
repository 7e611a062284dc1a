import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookPayload } from '../../../src/contract/schemas/webhook-payload.ts';
import { collectEvents, type ServiceFixture, startService, tempDataDir } from '../service-fixture.ts';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.ts';

const temp = tempDataDir('webhook-failed');
let receiver: WebhookReceiver;
let fixture: ServiceFixture;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  // This instance's ffmpeg does not exist, so every video render fails for real (and is refunded).
  fixture = await startService(temp.dir, { config: { ffmpegPath: '/nonexistent/bin/ffmpeg', allowPrivateFor: [receiver.allowance] } });
});
afterAll(async () => {
  await fixture.service.close();
  await receiver.close();
  temp.cleanup();
});

const bodies = (type: string) => receiver.processed().map((delivery) => webhookPayload.parse(JSON.parse(delivery.body))).filter((payload) => payload.type === type);

describe('webhooks for jobs that fail or wait for review', () => {
  it('delivers workflow.failed with the credits refunded, and workflow.suspended when a job waits for review', async () => {
    const { api } = await fixture.account({ credits: 10 });
    const created = await api.createWebhook({ url: receiver.url('/ends'), events: ['workflow.failed', 'workflow.suspended'] });
    receiver.useSecret(created.secret);

    const failing = await api.launchWorkflow({ type: 'cinematic', concept: 'Noise-cancelling earbuds', quality: 'premium' });
    expect((await collectEvents(api, failing.jobId)).at(-1)).toMatchObject({ event: 'result', data: { success: false, refunded: 2 } });
    await receiver.waitForProcessed(1);
    expect(bodies('workflow.failed')).toEqual([
      expect.objectContaining({ data: { jobId: failing.jobId, error: expect.stringContaining('ffmpeg'), refunded: 2 } }),
    ]);

    const reviewed = await api.launchWorkflow({ type: 'cinematic', concept: 'A desk lamp that follows the sun', hitl: true });
    await collectEvents(api, reviewed.jobId, { untilSuspended: true });
    await receiver.waitForProcessed(2);
    expect(bodies('workflow.suspended')).toEqual([
      expect.objectContaining({ data: { jobId: reviewed.jobId, step: 'art_direction', message: expect.any(String) } }),
    ]);
    // Cancelled while waiting: refunded, and told as workflow.failed (the seed's list has no "cancelled").
    await api.cancelWorkflow({ jobId: reviewed.jobId });
    await receiver.waitForProcessed(3);
    expect(bodies('workflow.failed').map((payload) => payload.data)).toEqual([
      expect.objectContaining({ jobId: failing.jobId, refunded: 2 }),
      expect.objectContaining({ jobId: reviewed.jobId, refunded: 1 }),
    ]);
    expect(receiver.received.every((delivery) => delivery.verified === true)).toBe(true);
    // Nothing else was subscribed to, so nothing else was sent.
    expect(receiver.received).toHaveLength(3);
  });
});
