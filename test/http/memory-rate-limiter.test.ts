import { describe, expect, it } from 'vitest';
import { createMemoryRateLimiter } from '../../src/http/memory-rate-limiter.ts';

describe('memory rate limiter', () => {
  it('allows `limit` hits per window, then refuses until the window resets', async () => {
    let now = 1_000_000;
    const limiter = createMemoryRateLimiter(() => now);
    const rule = { limit: 2, windowSeconds: 60 };
    expect(await limiter.hit('k', rule)).toEqual({ limit: 2, remaining: 1, resetAt: 1_060_000, allowed: true });
    expect(await limiter.hit('k', rule)).toMatchObject({ remaining: 0, allowed: true });
    expect(await limiter.hit('k', rule)).toMatchObject({ remaining: 0, allowed: false, resetAt: 1_060_000 });
    now = 1_060_000;
    expect(await limiter.hit('k', rule)).toEqual({ limit: 2, remaining: 1, resetAt: 1_120_000, allowed: true });
  });

  it('counts each key on its own', async () => {
    const limiter = createMemoryRateLimiter();
    const rule = { limit: 1, windowSeconds: 60 };
    expect((await limiter.hit('a', rule)).allowed).toBe(true);
    expect((await limiter.hit('b', rule)).allowed).toBe(true);
    expect((await limiter.hit('a', rule)).allowed).toBe(false);
  });
});
