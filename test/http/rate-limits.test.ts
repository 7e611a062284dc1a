import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFixture, type HttpFixture, jsonOf } from './http-fixture.ts';

let fixture: HttpFixture;

beforeAll(async () => {
  fixture = await createHttpFixture({
    rateLimits: { default: { limit: 5, windowSeconds: 60 }, launch: { limit: 2, windowSeconds: 3600 }, stream: { limit: 1, windowSeconds: 3600 } },
  });
});
afterAll(() => fixture.close());

function limits(res: Response): { limit: number; remaining: number; reset: number } {
  return {
    limit: Number(res.headers.get('x-ratelimit-limit')),
    remaining: Number(res.headers.get('x-ratelimit-remaining')),
    reset: Number(res.headers.get('x-ratelimit-reset')),
  };
}

describe('rate limits', () => {
  it('puts X-RateLimit-* on every response, success or error, counting down per credential', async () => {
    const { apiKey } = await fixture.newAccount({ credits: 5 });
    const headers = { Authorization: `Bearer ${apiKey}` };
    const now = Math.floor(Date.now() / 1000);
    const answers = [
      await fixture.app.request('/api/user/credits', { headers }),
      await fixture.app.request('/api/nowhere', { headers }),
      await fixture.app.request('/api/batch/status', { headers }),
      await fixture.app.request('/api/workflow/wf_missing', { headers }),
    ];
    expect(answers.map((res) => res.status)).toEqual([200, 404, 400, 404]);
    expect(answers.map((res) => limits(res).remaining)).toEqual([4, 3, 2, 1]);
    for (const res of answers) {
      expect(limits(res).limit).toBe(5);
      expect(limits(res).reset).toBeGreaterThan(now);
      expect(limits(res).reset).toBeLessThanOrEqual(now + 61);
    }
  });

  it('answers 429 with Retry-After and the envelope past the limit; another key is unaffected', async () => {
    const { apiKey } = await fixture.newAccount({ credits: 5 });
    const headers = { Authorization: `Bearer ${apiKey}` };
    for (let i = 0; i < 5; i++) expect((await fixture.app.request('/api/user/credits', { headers })).status).toBe(200);
    const refused = await fixture.app.request('/api/user/credits', { headers });
    expect(refused.status).toBe(429);
    expect(limits(refused).remaining).toBe(0);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await jsonOf(refused)).toEqual({ success: false, error: expect.stringMatching(/^Rate limit exceeded: 5 requests per minute/), code: 'rate_limited' });

    const other = await fixture.newAccount({ credits: 5 });
    expect((await fixture.app.request('/api/user/credits', { headers: { Authorization: `Bearer ${other.apiKey}` } })).status).toBe(200);
  });

  it('limits launches by their own class, and a refused launch spends nothing', async () => {
    const { apiKey } = await fixture.newAccount({ credits: 10 });
    const headers = { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' };
    const body = JSON.stringify({ type: 'staticad', concept: 'Summer sale on linen shirts' });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fixture.app.request('/api/workflow', { method: 'POST', headers, body })).status);
    expect(statuses).toEqual([200, 200, 429]);
    const credits = await jsonOf(await fixture.app.request('/api/user/credits', { headers }));
    expect(credits.data.balance).toBe(8);
  });

  it('counts stream connections, hourly', async () => {
    const { apiKey } = await fixture.newAccount({ credits: 1 });
    const headers = { Authorization: `Bearer ${apiKey}` };
    const first = await fixture.app.request('/api/workflow/stream?jobId=wf_unknown', { headers });
    expect(first.status).toBe(404);
    expect(limits(first)).toMatchObject({ limit: 1, remaining: 0 });
    const second = await fixture.app.request('/api/workflow/stream?jobId=wf_unknown', { headers });
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(3500);
    expect((await jsonOf(second)).error).toMatch(/^Rate limit exceeded: 1 connection per hour/);
  });

  it('limits anonymous requests by client address, 401s included', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await fixture.app.request('/api/user/credits', { headers: { Authorization: 'Bearer nope' } })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const health = await fixture.app.request('/api/health');
    expect(health.status).toBe(429);
    expect(health.headers.get('retry-after')).not.toBeNull();
  });
});
