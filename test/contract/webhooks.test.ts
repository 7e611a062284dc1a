import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { webhookPayload } from '../../src/contract/schemas/webhook-payload.ts';
import { createWebhookRequest, webhookEventTypes } from '../../src/contract/schemas/webhooks.ts';
import { describeZodError } from '../../src/contract/validation.ts';
import { signWebhook, verifyWebhookSignature } from '../../src/contract/webhook-signature.ts';

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

  it('takes an HTTPS endpoint and distinct known events', () => {
    expect(createWebhookRequest.safeParse({ url: 'https://hooks.example.com/ads', events: ['video.ready'] }).success).toBe(true);
    const url = 'https://h.example.com';
    expect(messageOf(createWebhookRequest, { url: 'http://h.example.com', events: ['video.ready'] })).toContain('url: must be an absolute https URL');
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

describe('webhook signatures', () => {
  const delivery = { secret: 'whsec_test', timestamp: 1_709_312_400, body: '{"id":"evt_1"}' };

  it('sign HMAC-SHA256 over "<timestamp>.<body>" as v1=<hex>', () => {
    // Reference value computed with: printf '1709312400.{"id":"evt_1"}' | openssl dgst -sha256 -hmac whsec_test
    expect(signWebhook(delivery)).toBe('v1=f2921f7620f08fdede718b4475a5608a1f9c2614b5e83724f5dfb230cea98da2');
  });

  it('verify an untouched delivery within the tolerance only', () => {
    const signature = signWebhook(delivery);
    expect(verifyWebhookSignature({ ...delivery, signature, nowSeconds: delivery.timestamp + 60 })).toBe(true);
    expect(verifyWebhookSignature({ ...delivery, body: '{"id":"evt_2"}', signature, nowSeconds: delivery.timestamp })).toBe(false);
    expect(verifyWebhookSignature({ ...delivery, secret: 'other', signature, nowSeconds: delivery.timestamp })).toBe(false);
    expect(verifyWebhookSignature({ ...delivery, signature, nowSeconds: delivery.timestamp + 301 })).toBe(false);
    expect(verifyWebhookSignature({ ...delivery, signature: 'v1=short', nowSeconds: delivery.timestamp })).toBe(false);
  });
});
