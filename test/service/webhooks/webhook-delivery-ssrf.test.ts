import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../../src/config.ts';
import { type AccountEvents, createAccountEvents } from '../../../src/service/events/account-events.ts';
import { inProcessEventBus } from '../../../src/service/events/event-bus.ts';
import { createWebhookNetwork } from '../../../src/service/webhooks/webhook-network.ts';
import { createSecretBox } from '../../../src/service/webhooks/webhook-secret-box.ts';
import { type WebhookSettings, webhookSettings } from '../../../src/service/webhooks/webhook-settings.ts';
import { createWebhooks, type Webhooks } from '../../../src/service/webhooks/webhooks.ts';
import { memoryKeyValueStore } from '../../../src/store/memory-key-value-store.ts';
import { eventually } from './eventually.ts';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.ts';

/** A TCP listener that only counts connections: proof that a refused destination was never connected to. */
let tripwire: Server;
let tripwirePort = 0;
let connections = 0;
let receiver: WebhookReceiver;

beforeAll(async () => {
  tripwire = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => tripwire.listen(0, '127.0.0.1', resolve));
  tripwirePort = (tripwire.address() as AddressInfo).port;
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
  await new Promise<void>((resolve) => tripwire.close(() => resolve()));
});

/** The webhook parts on their own, with a resolver the test controls (names point wherever it says). */
function harness(answers: Map<string, string[]>, overrides: Partial<WebhookSettings> = {}) {
  const events: AccountEvents = createAccountEvents(inProcessEventBus());
  const settings = { ...webhookSettings({ dataDir: '/nonexistent' } as Config), maxAttempts: 1, ...overrides };
  const webhooks: Webhooks = createWebhooks({
    store: memoryKeyValueStore(),
    secrets: createSecretBox(randomBytes(32)),
    network: createWebhookNetwork({
      allowPrivateFor: [receiver.allowance],
      resolve: async (hostname) => answers.get(hostname) ?? [],
    }),
    settings,
    now: () => new Date(),
    logError: () => {},
  });
  events.subscribe(webhooks.dispatcher.enqueue);
  const emit = (accountId: string) =>
    events.emit(accountId, { type: 'workflow.started', data: { jobId: 'wf_1', workflowType: 'cinematic', quality: 'standard', cost: 1 } }, new Date());
  const settled = (accountId: string, webhookId: string) =>
    eventually(async () => {
      const [delivery] = await webhooks.deliveries(accountId, webhookId, 1);
      return delivery && delivery.status !== 'pending' ? delivery : undefined;
    }, 'the delivery to settle');
  return { webhooks, events, emit, settled };
}

const privateAnswers: Array<[label: string, address: string, reason: string]> = [
  ['IPv4 loopback', '127.0.0.1', 'a loopback address'],
  ['IPv6 loopback', '::1', 'a loopback address'],
  ['10/8 private', '10.1.2.3', 'a private address'],
  ['cloud metadata', '169.254.169.254', 'a link-local address (the cloud metadata endpoint)'],
  ['unspecified', '0.0.0.0', 'an unspecified address'],
  ['IPv4-mapped IPv6 loopback', '::ffff:127.0.0.1', 'an IPv4-mapped IPv6 address of 127.0.0.1, a loopback address'],
];

describe('delivery through the guarded fetch', () => {
  it.each(privateAnswers)('a name that resolved publicly at registration and now resolves to %s fails without connecting', async (_label, address, reason) => {
    const answers = new Map([['hooks.example.test', ['93.184.216.34']]]);
    const { webhooks, emit, settled } = harness(answers);
    await webhooks.dispatcher.start();
    try {
      const created = await webhooks.create('acc_1', { url: `https://hooks.example.test:${tripwirePort}/hook`, events: ['workflow.started'] });
      answers.set('hooks.example.test', [address]);
      const before = connections;
      const event = emit('acc_1');
      const delivery = await settled('acc_1', created.id);
      expect(delivery).toMatchObject({ eventId: event.payload.id, status: 'failed', attempts: 1, responseStatus: null });
      expect(delivery.error).toContain(`Refused to fetch https://hooks.example.test:${tripwirePort}/hook: hooks.example.test resolves to`);
      expect(delivery.error).toContain(reason);
      expect(connections).toBe(before);
    } finally {
      await webhooks.dispatcher.close();
    }
  });

  it.each([
    ['the tripwire on loopback', () => `http://127.0.0.1:${tripwirePort}/x`],
    ['the cloud metadata endpoint', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a name resolving to a private address', () => `https://intranet.example.test:${tripwirePort}/`],
  ])('a redirect to %s is not followed: the delivery fails saying so', async (_label, target) => {
    const { webhooks, emit, settled } = harness(new Map([['intranet.example.test', ['127.0.0.1']]]));
    await webhooks.dispatcher.start();
    try {
      const created = await webhooks.create('acc_2', { url: receiver.url('/moved'), events: ['workflow.started'] });
      receiver.behave((delivery) => (delivery.path === '/moved' ? { redirect: target(), status: 307 } : 200));
      const before = connections;
      emit('acc_2');
      const delivery = await settled('acc_2', created.id);
      expect(delivery).toMatchObject({ status: 'failed', attempts: 1, responseStatus: null });
      expect(delivery.error).toBe('The endpoint answered with a redirect, which deliveries do not follow; register the final URL');
      expect(connections).toBe(before);
    } finally {
      await webhooks.dispatcher.close();
    }
  });

  it('times out an attempt that gets no answer', async () => {
    const { webhooks, emit, settled } = harness(new Map(), { attemptTimeoutMs: 50 });
    await webhooks.dispatcher.start();
    try {
      const created = await webhooks.create('acc_3', { url: receiver.url('/silent'), events: ['workflow.started'] });
      receiver.behave(() => 'hang');
      emit('acc_3');
      const delivery = await settled('acc_3', created.id);
      expect(delivery).toMatchObject({ status: 'failed', responseStatus: null, error: `Timed out after 50 ms fetching ${receiver.url('/silent')}` });
    } finally {
      await webhooks.dispatcher.close();
    }
  });

  it('keeps a short excerpt of an error answer and never reads a large body', async () => {
    const { webhooks, events, emit, settled } = harness(new Map());
    await webhooks.dispatcher.start();
    try {
      const created = await webhooks.create('acc_4', { url: receiver.url('/loud'), events: ['workflow.started', 'workflow.step'] });
      receiver.behave((delivery) =>
        delivery.body.includes('workflow.started') ? { status: 502, body: `Bad gateway\n\n${'x'.repeat(5_000_000)}` } : { status: 200, body: 'y'.repeat(5_000_000) },
      );
      emit('acc_4');
      const failed = await settled('acc_4', created.id);
      expect(failed.responseStatus).toBe(502);
      expect(failed.error).toMatch(/^The endpoint answered 502: Bad gateway x+$/);
      expect(failed.error!.length).toBeLessThan(400);
      // A 2xx is enough, whatever follows it: its 5 MB body is not read.
      events.emit('acc_4', { type: 'workflow.step', data: { jobId: 'wf_1', step: 'script', status: 'completed', progress: 30 } }, new Date());
      const succeeded = await eventually(async () => {
        const [newest] = await webhooks.deliveries('acc_4', created.id, 1);
        return newest?.event === 'workflow.step' && newest.status !== 'pending' ? newest : undefined;
      }, 'the step delivery');
      expect(succeeded).toMatchObject({ status: 'succeeded', responseStatus: 200, error: null });
    } finally {
      await webhooks.dispatcher.close();
    }
  });
});
