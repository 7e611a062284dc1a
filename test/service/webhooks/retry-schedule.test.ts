import { describe, expect, it } from 'vitest';
import type { Config } from '../../../src/config.ts';
import { nextRetryDelayMs } from '../../../src/service/webhooks/retry-schedule.ts';
import { webhookSettings } from '../../../src/service/webhooks/webhook-settings.ts';

const production = webhookSettings({ dataDir: '/nonexistent' } as Config);
const middle = () => 0.5;

describe('the retry schedule', () => {
  it('grows 4× per failure from 10 s, capped at 4 h, for 8 attempts spanning about 8 hours', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((attempts) => nextRetryDelayMs(attempts, production, middle));
    expect(delays).toEqual([10_000, 40_000, 160_000, 640_000, 2_560_000, 10_240_000, 14_400_000]);
    expect(nextRetryDelayMs(8, production, middle)).toBeUndefined();
    const hours = delays.reduce((sum, delay) => sum! + delay!, 0)! / 3_600_000;
    expect(hours).toBeGreaterThan(7);
    expect(hours).toBeLessThan(9);
  });

  it('jitters each wait by at most ±20%, never past the cap', () => {
    expect(nextRetryDelayMs(1, production, () => 0)).toBe(8_000);
    expect(nextRetryDelayMs(1, production, () => 0.999_999)).toBe(12_000);
    expect(nextRetryDelayMs(7, production, () => 0.999_999)).toBe(14_400_000);
    expect(nextRetryDelayMs(7, production, () => 0)).toBe(11_520_000);
  });

  it('follows the configured settings, so tests retry in milliseconds', () => {
    const quick = webhookSettings({ dataDir: '/x', webhooks: { maxAttempts: 3, firstRetryDelayMs: 5, maxRetryDelayMs: 50 } } as Config);
    expect([1, 2, 3].map((attempts) => nextRetryDelayMs(attempts, quick, middle))).toEqual([5, 20, undefined]);
    expect(nextRetryDelayMs(1, { ...quick, firstRetryDelayMs: 1 }, () => 0)).toBe(1);
  });
});
