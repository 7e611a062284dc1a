import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { webhookSettings } from '../../../src/service/webhooks/webhook-settings.ts';

describe('webhook settings', () => {
  it('are read from CINEMATICADS_WEBHOOK_* once, with production defaults for the rest', () => {
    const config = loadConfig({ CINEMATICADS_DATA: '/tmp/x', CINEMATICADS_WEBHOOK_MAX_ATTEMPTS: '3', CINEMATICADS_WEBHOOK_FIRST_RETRY_MS: '5', CINEMATICADS_WEBHOOK_DISABLE_AFTER: '2' });
    expect(webhookSettings(config)).toMatchObject({
      maxAttempts: 3,
      firstRetryDelayMs: 5,
      maxRetryDelayMs: 4 * 60 * 60_000,
      attemptTimeoutMs: 10_000,
      disableAfterFailedDeliveries: 2,
      maxEndpointsPerAccount: 20,
    });
    expect(loadConfig({ CINEMATICADS_DATA: '/tmp/x' }).webhooks).toBeUndefined();
  });

  it('refuse a value that is not a number in range, naming it', () => {
    expect(() => loadConfig({ CINEMATICADS_DATA: '/tmp/x', CINEMATICADS_WEBHOOK_TIMEOUT_MS: 'soon' })).toThrow(/webhooks\.attemptTimeoutMs/);
    expect(() => loadConfig({ CINEMATICADS_DATA: '/tmp/x', CINEMATICADS_WEBHOOK_MAX_ATTEMPTS: '50' })).toThrow(/webhooks\.maxAttempts/);
  });
});
