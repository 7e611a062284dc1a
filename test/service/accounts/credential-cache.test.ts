import { describe, expect, it } from 'vitest';
import { createCredentialCache } from '../../../src/service/accounts/credential-cache.ts';
import type { Caller } from '../../../src/service/service-ports.ts';

const caller: Caller = {
  account: { id: 'acc_a', name: 'A', plan: 'agency', trialEndsAt: null, createdAt: '2025-01-01T00:00:00.000Z' },
  credentialId: 'key_a',
  via: 'api-key',
};

describe('credential cache', () => {
  it('shares one store read among concurrent requests, keeps successes for its TTL, never failures', async () => {
    let clock = 0;
    const cache = createCredentialCache({ now: () => new Date(clock), ttlMs: 2_000 });
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return caller;
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.resolve('cak_live_secret', load)));
    expect(answers.every((answer) => answer === caller)).toBe(true);
    expect(loads).toBe(1);
    clock = 1_999;
    await cache.resolve('cak_live_secret', load);
    expect(loads).toBe(1);
    clock = 2_000;
    await cache.resolve('cak_live_secret', load);
    expect(loads).toBe(2);

    let misses = 0;
    const unknown = async () => ((misses += 1), null);
    await cache.resolve('cak_live_wrong', unknown);
    await cache.resolve('cak_live_wrong', unknown);
    expect(misses).toBe(2);
  });

  it('drops a credential at once when it is revoked, even one being read at that moment', async () => {
    const cache = createCredentialCache({ now: () => new Date(0) });
    let release!: () => void;
    const slow = () => new Promise<Caller>((resolve) => (release = () => resolve(caller)));
    const first = cache.resolve('cak_live_secret', slow);
    cache.forget('key_a');
    release();
    expect(await first).toBe(caller);
    let loads = 0;
    await cache.resolve('cak_live_secret', async () => ((loads += 1), null));
    expect(loads).toBe(1);
  });
});
