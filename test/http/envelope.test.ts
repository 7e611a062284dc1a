import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFixture, type HttpFixture, jsonOf } from './http-fixture.ts';

let fixture: HttpFixture;
let auth: Record<string, string>;

beforeAll(async () => {
  fixture = await createHttpFixture();
  auth = { Authorization: `Bearer ${(await fixture.newAccount({ credits: 10 })).apiKey}` };
});
afterAll(() => fixture.close());

describe('envelopes', () => {
  it('wraps JSON answers as {success:true, data}', async () => {
    const res = await fixture.app.request('/api/user/credits', { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await jsonOf(res);
    expect(body).toMatchObject({ success: true, data: { balance: 10 } });
    expect(Object.keys(body)).toEqual(['success', 'data']);
  });

  it('answers the launch with its fields at the top level, byte for byte in the seed\'s order', async () => {
    const res = await fixture.app.request('/api/workflow', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'cinematic', concept: 'Luxury perfume ad with golden tones', quality: 'premium', formats: '9:16,1:1', async: true }),
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/^\{"success":true,"jobId":"wf_[A-Za-z0-9_-]+","message":"Workflow queued","cost":2\}$/);
  });

  it('hands the Idempotency-Key to the service: a repeated launch answers the same job and spends nothing', async () => {
    const { apiKey } = await fixture.newAccount({ credits: 5 });
    const headers = { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'order-42' };
    const body = JSON.stringify({ type: 'staticad', concept: 'Cold brew in a can, no sugar' });
    const first = await (await fixture.app.request('/api/workflow', { method: 'POST', headers, body })).text();
    const again = await (await fixture.app.request('/api/workflow', { method: 'POST', headers, body })).text();
    expect(again).toBe(first);
    const credits = await jsonOf(await fixture.app.request('/api/user/credits', { headers: { Authorization: `Bearer ${apiKey}` } }));
    expect(credits.data.balance).toBe(4);
  });

  it('serves the public routes without credentials', async () => {
    const health = await jsonOf(await fixture.app.request('/api/health'));
    expect(health).toEqual({ success: true, data: { status: 'ok', version: expect.any(String) } });
    const models = await jsonOf(await fixture.app.request('/api/models/status'));
    expect(models.data.capabilities).toHaveProperty('video');
  });

  it('serves the OpenAPI document as is, outside the envelope', async () => {
    const res = await fixture.app.request('/openapi.json');
    expect(res.status).toBe(200);
    const document = await jsonOf(res);
    expect(document.openapi).toBe('3.1.0');
    expect(document).not.toHaveProperty('success');
    expect(Object.keys(document.paths)).toContain('/api/workflow/stream');
  });

  it('answers an unknown route with a 404 in the envelope', async () => {
    const res = await fixture.app.request('/api/nothing-here', { headers: auth });
    expect(res.status).toBe(404);
    expect(await jsonOf(res)).toEqual({ success: false, error: expect.stringContaining('No route GET /api/nothing-here'), code: 'not_found' });
  });

  it('describes itself at / and tags every response with a request id', async () => {
    const res = await fixture.app.request('/');
    expect(res.status).toBe(200);
    expect((await jsonOf(res)).data.openapi).toMatch(/\/openapi\.json$/);
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
    const echoed = await fixture.app.request('/api/health', { headers: { 'X-Request-Id': 'trace-123' } });
    expect(echoed.headers.get('x-request-id')).toBe('trace-123');
  });

  it('answers CORS preflights for Bearer clients from any origin', async () => {
    const res = await fixture.app.request('/api/workflow', {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const actual = await fixture.app.request('/api/health', { headers: { Origin: 'https://app.example' } });
    expect(actual.headers.get('access-control-expose-headers')).toMatch(/X-RateLimit-Remaining/);
  });
});
