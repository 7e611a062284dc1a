import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import type { AppEnv } from '../../src/http/app-env.ts';
import { createHttpApp } from '../../src/http/create-http-app.ts';
import { type CinematicAdsService, createService } from '../../src/service/service.ts';
import { memoryKeyValueStore } from '../../src/store/memory-key-value-store.ts';
import { ssrfDestinations } from '../fixtures/ssrf-destinations.ts';
import { eventually } from '../service/webhooks/eventually.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../service/webhooks/webhook-receiver.ts';
import { jsonOf } from './http-fixture.ts';

// The shared HTTP fixture takes no configuration; webhooks need the receiver's address allow-listed.
let dataDir = '';
let receiver: WebhookReceiver;
let service: CinematicAdsService;
let app: Hono<AppEnv>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cinematicads-http-webhooks-'));
  receiver = await startWebhookReceiver();
  const config: Config = { dataDir, renderSize: 'small', allowPrivateFor: [receiver.allowance], webhooks: { firstRetryDelayMs: 2, maxAttempts: 2 } };
  service = createService({ config, store: memoryKeyValueStore(), publicUrl: 'http://localhost', logError: () => {} });
  await service.start();
  app = createHttpApp(service, { config, version: '0.0.0-test', publicUrl: 'http://localhost', closing: new AbortController().signal, logError: () => {} });
});
afterAll(async () => {
  await service.close();
  await receiver.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function newKey(): Promise<{ accountId: string; auth: Record<string, string> }> {
  const account = await service.accounts.createAccount({ name: 'Webhooks', plan: 'agency', credits: 5 });
  const key = await service.accounts.createApiKey(account.id, { name: 'test' });
  return { accountId: account.id, auth: { authorization: `Bearer ${key.key}` } };
}

const post = (path: string, auth: Record<string, string>, body?: unknown) =>
  app.request(path, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

describe('/api/webhooks over HTTP', () => {
  it('registers, lists, logs deliveries, redelivers and deletes, in the envelope', async () => {
    const { accountId, auth } = await newKey();
    const createdRes = await post('/api/webhooks', auth, { url: receiver.url('/http'), events: ['workflow.started', 'video.ready'] });
    expect(createdRes.status).toBe(200);
    const created = (await jsonOf(createdRes)).data;
    expect(created).toMatchObject({ url: receiver.url('/http'), enabled: true, secret: expect.stringMatching(/^whsec_/) });
    receiver.useSecret(created.secret);

    const list = await jsonOf(await app.request('/api/webhooks', { headers: auth }));
    expect(list.success).toBe(true);
    expect(list.data.webhooks).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(created.secret);

    const event = service.accountEvents.emit(accountId, { type: 'workflow.started', data: { jobId: 'wf_http', workflowType: 'brand', quality: 'premium', cost: 4 } }, new Date());
    const [received] = await receiver.waitForProcessed(1);
    expect(received).toMatchObject({ webhookId: event.payload.id, verified: true });
    expect(JSON.parse(received!.body)).toEqual(event.payload);

    const log = await eventually(async () => {
      const body = await jsonOf(await app.request(`/api/webhooks/${created.id}/deliveries?limit=5`, { headers: auth }));
      return body.data.deliveries[0]?.status === 'succeeded' ? body.data.deliveries : undefined;
    }, 'the delivery to be logged');
    expect(log).toEqual([
      {
        id: expect.stringMatching(/^whd_/),
        eventId: event.payload.id,
        event: 'workflow.started',
        status: 'succeeded',
        attempts: 1,
        responseStatus: 200,
        error: null,
        createdAt: expect.any(String),
        lastAttemptAt: expect.any(String),
        nextAttemptAt: null,
      },
    ]);

    const redeliverRes = await post(`/api/webhooks/${created.id}/deliveries/${log[0].id}/redeliver`, auth);
    expect(redeliverRes.status).toBe(200);
    expect((await jsonOf(redeliverRes)).data).toMatchObject({ id: log[0].id, status: 'pending' });
    await receiver.waitForRequests(2);
    // The redelivery carries the same webhook-id: a deduplicating receiver processes the event once.
    expect(receiver.received.filter((delivery) => delivery.path === '/http').map((delivery) => delivery.webhookId)).toEqual([event.payload.id, event.payload.id]);
    expect(receiver.processed().filter((delivery) => delivery.path === '/http')).toHaveLength(1);

    const deleted = await app.request(`/api/webhooks?id=${created.id}`, { method: 'DELETE', headers: auth });
    expect(await jsonOf(deleted)).toEqual({ success: true, data: { id: created.id, deleted: true } });
    const gone = await app.request(`/api/webhooks/${created.id}/deliveries`, { headers: auth });
    expect(gone.status).toBe(404);
    expect(await jsonOf(gone)).toMatchObject({ success: false, code: 'not_found', error: `No webhook with id "${created.id}"` });
  });

  it('answers 404 for another account\'s webhook and delivery, 401 without a key', async () => {
    const owner = await newKey();
    const stranger = await newKey();
    const created = (await jsonOf(await post('/api/webhooks', owner.auth, { url: receiver.url('/mine'), events: ['video.ready'] }))).data;
    const paths: Array<[string, string]> = [
      ['GET', `/api/webhooks/${created.id}/deliveries`],
      ['DELETE', `/api/webhooks?id=${created.id}`],
      ['POST', `/api/webhooks/${created.id}/deliveries/whd_0000000000000000000000000/redeliver`],
    ];
    for (const [method, path] of paths) {
      const res = await app.request(path, { method, headers: stranger.auth });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    expect((await jsonOf(await app.request('/api/webhooks', { headers: stranger.auth }))).data.webhooks).toEqual([]);
    expect((await app.request('/api/webhooks')).status).toBe(401);
    const unknownDelivery = await post(`/api/webhooks/${created.id}/deliveries/whd_0000000000000000000000000/redeliver`, owner.auth);
    expect(unknownDelivery.status).toBe(404);
    expect((await jsonOf(unknownDelivery)).error).toBe(`No delivery with id "whd_0000000000000000000000000" for webhook ${created.id}`);
  });

  it('answers malformed registrations with a 400 sentence', async () => {
    const { auth } = await newKey();
    const cases: Array<[unknown, string]> = [
      [{ url: 'https://hooks.example.com/x', events: ['video.done'] }, 'events.0: must be one of'],
      [{ url: 'http://hooks.example.com/x', events: ['video.ready'] }, 'url: must be https'],
      [{ url: 42, events: ['video.ready'] }, 'url:'],
      ['not an object', 'Request body must be a JSON object'],
    ];
    for (const [body, message] of cases) {
      const res = await post('/api/webhooks', auth, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const json = await jsonOf(res);
      expect(json).toMatchObject({ success: false, code: 'invalid_request' });
      expect(json.error).toContain(message);
    }
    const bad = await app.request('/api/webhooks', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{"url":' });
    expect(bad.status).toBe(400);
  });

  it.each(ssrfDestinations.map((row) => [row.label, row] as const))('refuses to register %s', async (_label, { host, reason }) => {
    const { auth } = await newKey();
    const res = await post('/api/webhooks', auth, { url: `https://${host}/hook`, events: ['video.ready'] });
    expect(res.status).toBe(400);
    const json = await jsonOf(res);
    expect(json.code).toBe('invalid_request');
    expect(json.error).toContain(reason);
  });
});
