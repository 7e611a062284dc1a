import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFixture, type HttpFixture, jsonOf } from './http-fixture.ts';

let fixture: HttpFixture;
let auth: Record<string, string>;
const json = { 'Content-Type': 'application/json' };

beforeAll(async () => {
  // Room for every bad launch below: these tests are about input, not limits.
  fixture = await createHttpFixture({ rateLimits: { launch: { limit: 1000, windowSeconds: 3600 } } });
  auth = { Authorization: `Bearer ${(await fixture.newAccount({ credits: 10 })).apiKey}` };
});
afterAll(() => fixture.close());

async function launch(body: string, headers: Record<string, string> = json): Promise<{ status: number; body: Awaited<ReturnType<typeof jsonOf>> }> {
  const res = await fixture.app.request('/api/workflow', { method: 'POST', headers: { ...auth, ...headers }, body });
  return { status: res.status, body: await jsonOf(res) };
}

async function balance(): Promise<number> {
  return (await jsonOf(await fixture.app.request('/api/user/credits', { headers: auth }))).data.balance;
}

describe('bad input', () => {
  it('answers 400 naming each bad field, and spends nothing', async () => {
    const bad = await launch(JSON.stringify({ quality: 'ultra', async: 'yes' }));
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ success: false, code: 'invalid_request', details: { fields: ['type', 'quality', 'async'] } });
    expect(bad.body.error).toMatch(/^Invalid request body: type: must be one of .*; quality: must be one of "standard", "premium"; async: /);
    const clone = await launch(JSON.stringify({ type: 'clone' }));
    expect(clone.status).toBe(400);
    expect(clone.body.error).toBe('Invalid request body: url is required for type "clone"');
    expect(await balance()).toBe(10);
  });

  it('answers 400 "Request body is not valid JSON" for malformed JSON', async () => {
    const res = await launch('{"type": "cinematic",');
    expect(res).toEqual({ status: 400, body: { success: false, error: 'Request body is not valid JSON', code: 'invalid_request' } });
  });

  it('refuses JSON that is not an object, and bodies that are not JSON', async () => {
    expect((await launch('[1,2]')).body.error).toBe('Request body must be a JSON object');
    const form = await launch('type=cinematic', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
    expect(form.body.error).toMatch(/Content-Type: application\/json/);
  });

  it('names a missing or malformed query parameter', async () => {
    const missing = await fixture.app.request('/api/batch/status', { headers: auth });
    expect(missing.status).toBe(400);
    expect((await jsonOf(missing)).error).toMatch(/^Invalid query: batchId/);
    const bad = await fixture.app.request('/api/user/analytics?period=1y', { headers: auth });
    expect(bad.status).toBe(400);
    expect((await jsonOf(bad)).details.fields).toEqual(['period']);
  });

  it('names a malformed path parameter', async () => {
    const res = await fixture.app.request('/api/workflow/not%20an%20id!', { headers: auth });
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error).toMatch(/^Invalid path parameters: jobId/);
  });

  it('refuses a JSON body over 1 MB with 413, declared or streamed', async () => {
    const big = JSON.stringify({ type: 'cinematic', concept: 'x'.repeat(1_100_000) });
    const declared = await launch(big);
    expect(declared.status).toBe(413);
    expect(declared.body).toMatchObject({ success: false, code: 'payload_too_large' });
    const chunks = new TextEncoder().encode(big);
    const streamed = await fixture.app.request('/api/workflow', {
      method: 'POST',
      headers: { ...auth, ...json },
      body: new ReadableStream({ start: (controller) => (controller.enqueue(chunks), controller.close()) }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await balance()).toBe(10);
  });

  it('refuses a bad Idempotency-Key with a sentence', async () => {
    const res = await launch(JSON.stringify({ type: 'cinematic', concept: 'x' }), { ...json, 'Idempotency-Key': 'has spaces in it' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/Idempotency-Key/);
  });

  it('checks an upload: multipart only, the file field named, 413 past its limit', async () => {
    const notMultipart = await fixture.app.request('/api/user/brand/knowledge/files', { method: 'POST', headers: { ...auth, ...json }, body: '{}' });
    expect(notMultipart.status).toBe(400);
    expect((await jsonOf(notMultipart)).error).toMatch(/multipart\/form-data/);
    const noFile = new FormData();
    noFile.set('other', 'x');
    const missing = await fixture.app.request('/api/user/brand/knowledge/files', { method: 'POST', headers: auth, body: noFile });
    expect(missing.status).toBe(400);
    expect((await jsonOf(missing)).error).toMatch(/file: .*multipart\/form-data field "file"/);
    const tooBig = new FormData();
    tooBig.set('file', new File([new Uint8Array(11 * 1024 * 1024)], 'big.txt', { type: 'text/plain' }));
    const refused = await fixture.app.request('/api/user/brand/knowledge/files', { method: 'POST', headers: auth, body: tooBig });
    expect(refused.status).toBe(413);
  });

  it('never answers 500 to hostile input', async () => {
    const attempts: Array<[string, RequestInit]> = [
      ['/api/workflow/%E0%A4%A', { headers: auth }],
      ['/api/user/stats?startDate=%ZZ&endDate=2025-13-45', { headers: auth }],
      ['/api/workflow/stream?jobId=' + 'a'.repeat(5000), { headers: auth }],
      ['/api/workflow', { method: 'POST', headers: { ...auth, ...json }, body: '\u0000\uFFFF' }],
      ['/api/workflow', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json; charset=utf-16' }, body: 'null' }],
      ['/api/user/brand', { method: 'POST', headers: { ...auth, ...json }, body: JSON.stringify({ name: { $gt: '' }, colors: 'red' }) }],
      ['/api/user/keys?id=' + encodeURIComponent('../../etc/passwd'), { method: 'DELETE', headers: auth }],
      ['/api/user/brand/knowledge/files', { method: 'POST', headers: { ...auth, 'Content-Type': 'multipart/form-data; boundary=x' }, body: '--x\r\nbroken' }],
      ['/api/export?source=http://127.0.0.1/x.mp4', { headers: auth }],
      ['/media/../../etc/passwd', {}],
      ['/api/workflow', { method: 'PUT', headers: auth }],
    ];
    for (const [path, init] of attempts) {
      const res = await fixture.app.request(path, init);
      expect(res.status, `${init.method ?? 'GET'} ${path}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${init.method ?? 'GET'} ${path}`).toBeLessThan(500);
      expect((await jsonOf(res)).success).toBe(false);
    }
    expect(await balance()).toBe(10);
  });
});
