import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { webhookPayload } from '../../src/contract/schemas/webhook-payload.ts';
import { createWebhookRequest, webhookEventTypes } from '../../src/contract/schemas/webhooks.ts';
import { describeZodError } from '../../src/contract/validation.ts';
import { signWebhook, verifyWebhookSignature, webhookHeaders } from '../../src/contract/webhook-signature.ts';

const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be refused`);
  return describeZodError(result.error);
};

describe('webhook registration', () => {
  it('uses the seed event types', () => {
    expect(webhookEventTypes).toEqual([
      'workflow.started',
      'workflow.step',
      'workflow.completed',
      'workflow.failed',
      'video.ready',
      'workflow.suspended',
    ]);
  });

  it('takes an http(s) endpoint (the server decides on plain http) and distinct known events', () => {
    expect(createWebhookRequest.safeParse({ url: 'https://hooks.example.com/ads', events: ['video.ready'] }).success).toBe(true);
    expect(createWebhookRequest.safeParse({ url: 'http://127.0.0.1:8080/hook', events: ['video.ready'] }).success).toBe(true);
    const url = 'https://h.example.com';
    expect(messageOf(createWebhookRequest, { url: 'ftp://h.example.com', events: ['video.ready'] })).toContain('url: must be an absolute https URL');
    expect(messageOf(createWebhookRequest, { url: '/relative', events: ['video.ready'] })).toContain('url: must be an absolute https URL');
    expect(messageOf(createWebhookRequest, { url: `https://h.example.com/${'a'.repeat(2048)}`, events: ['video.ready'] })).toContain('at most 2048');
    expect(messageOf(createWebhookRequest, { url, events: [] })).toBe('events: must list at least one event type');
    expect(messageOf(createWebhookRequest, { url, events: ['video.done'] })).toContain('events.0: must be one of "workflow.started"');
    expect(messageOf(createWebhookRequest, { url, events: ['video.ready', 'video.ready'] })).toBe(
      'events: must not list an event type twice',
    );
  });
});

describe('webhook payloads', () => {
  const base = { id: 'evt_1', createdAt: '2025-01-31T09:30:00Z' };

  it('have one shape per event type', () => {
    const samples = [
      { ...base, type: 'workflow.started', data: { jobId: 'wf_1', workflowType: 'cinematic', quality: 'premium', cost: 2 } },
      { ...base, type: 'workflow.step', data: { jobId: 'wf_1', step: 'art_direction', status: 'completed', progress: 20 } },
      { ...base, type: 'workflow.completed', data: { jobId: 'wf_1', result: { success: true, videoUrl: 'https://cdn/v.mp4', duration: 15 } } },
      { ...base, type: 'workflow.failed', data: { jobId: 'wf_1', error: 'Render failed', refunded: 2 } },
      { ...base, type: 'video.ready', data: { jobId: 'wf_1', format: '9:16', url: 'https://cdn/v.mp4', width: 1080, height: 1920, duration: 15 } },
      { ...base, type: 'workflow.suspended', data: { jobId: 'wf_1', step: 'art_direction', message: 'Review the storyboard' } },
    ];
    expect(samples.map((sample) => sample.type)).toEqual([...webhookEventTypes]);
    for (const sample of samples) expect(webhookPayload.parse(sample)).toEqual(sample);
    expect(webhookPayload.safeParse({ ...base, type: 'workflow.failed', data: { jobId: 'wf_1', error: 'x' } }).success).toBe(false);
  });
});

describe('webhook signatures (Standard Webhooks)', () => {
  // The scheme's reference vector; the expected value was also computed independently with:
  // printf 'msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.{"test": 2432232314}' | openssl dgst -sha256 -mac HMAC -macopt hexkey:<hex of base64-decoded secret> -binary | base64
  const delivery = {
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
    timestamp: 1_614_265_330,
    body: '{"test": 2432232314}',
  };
  const expected = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';
  const headersFor = (signature: string, overrides: Record<string, string> = {}) => ({
    'Webhook-Id': delivery.id,
    'Webhook-Timestamp': String(delivery.timestamp),
    'Webhook-Signature': signature,
    ...overrides,
  });

  it('sign HMAC-SHA256 over "<id>.<timestamp>.<body>" as v1,<base64>', () => {
    expect(webhookHeaders).toEqual({ id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' });
    expect(signWebhook(delivery)).toBe(expected);
  });

  it('verify an untouched delivery within the tolerance only', () => {
    const at = { secret: delivery.secret, body: delivery.body, nowSeconds: delivery.timestamp + 60 };
    expect(verifyWebhookSignature({ ...at, headers: headersFor(expected) })).toBe(true);
    expect(verifyWebhookSignature({ ...at, headers: new Headers(headersFor(expected)) })).toBe(true);
    // Several signatures (a secret being rotated): any one matching is enough.
    expect(verifyWebhookSignature({ ...at, headers: headersFor(`v1,bm90IGl0 ${expected}`) })).toBe(true);
    expect(verifyWebhookSignature({ ...at, body: '{"test": 2432232315}', headers: headersFor(expected) })).toBe(false);
    expect(verifyWebhookSignature({ ...at, headers: headersFor(expected, { 'Webhook-Id': 'msg_other' }) })).toBe(false);
    expect(verifyWebhookSignature({ ...at, secret: 'whsec_b3RoZXI=', headers: headersFor(expected) })).toBe(false);
    expect(verifyWebhookSignature({ ...at, nowSeconds: delivery.timestamp + 301, headers: headersFor(expected) })).toBe(false);
    expect(verifyWebhookSignature({ ...at, nowSeconds: delivery.timestamp - 301, headers: headersFor(expected) })).toBe(false);
    expect(verifyWebhookSignature({ ...at, headers: headersFor('v1,short') })).toBe(false);
    expect(verifyWebhookSignature({ ...at, headers: headersFor(expected, { 'Webhook-Timestamp': '12e3' }) })).toBe(false);
    expect(verifyWebhookSignature({ ...at, headers: { 'webhook-id': delivery.id } })).toBe(false);
    expect(verifyWebhookSignature({ ...at, secret: '', headers: headersFor(expected) })).toBe(false);
  });

  it('agree with the standardwebhooks library both ways', () => {
    const now = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({ id: 'evt_1', type: 'video.ready' });
    const signature = signWebhook({ ...delivery, timestamp: now, body });
    const headers = headersFor(signature, { 'Webhook-Timestamp': String(now) });
    expect(new Webhook(delivery.secret).verify(body, headers)).toEqual({ id: 'evt_1', type: 'video.ready' });
    const theirs = new Webhook(delivery.secret).sign(delivery.id, new Date(now * 1000), body);
    expect(verifyWebhookSignature({ secret: delivery.secret, body, headers: headersFor(theirs, { 'Webhook-Timestamp': String(now) }) })).toBe(true);
  });
});
