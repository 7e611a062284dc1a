import { describe, expect, it } from 'vitest';
import { CinematicAdsError } from '../../../src/contract/errors.ts';
import { workflowTypes } from '../../../src/contract/workflow-catalog.ts';
import { checkApiAccess, checkLaunchAllowed } from '../../../src/service/accounts/plan-checks.ts';
import { planPolicy } from '../../../src/service/accounts/plan-policy.ts';
import type { Account, Caller, Plan } from '../../../src/service/service-ports.ts';

const now = new Date('2025-03-01T12:00:00Z');

function account(plan: Plan, trialEndsAt: string | null = null): Account {
  return { id: 'acc_test', name: 'Test', plan, trialEndsAt, createdAt: '2025-01-01T00:00:00Z' };
}

function caughtBy(check: () => void): CinematicAdsError {
  try {
    check();
  } catch (error) {
    if (error instanceof CinematicAdsError) return error;
    throw error;
  }
  throw new Error('expected the check to refuse');
}

describe('plan policy', () => {
  it('says which plans have API access and which workflows each reserves', () => {
    expect(planPolicy('trial')).toEqual({ apiAccess: true, reserved: ['influencer', 'brand'] });
    expect(planPolicy('pro')).toEqual({ apiAccess: false, reserved: ['brand'] });
    expect(planPolicy('agency')).toEqual({ apiAccess: true, reserved: [] });
    expect(planPolicy('enterprise')).toEqual({ apiAccess: true, reserved: [] });
  });

  it('refuses a reserved workflow with 403 naming it and the plans that include it', () => {
    const brand = caughtBy(() => checkLaunchAllowed(account('trial', '2025-03-10T00:00:00Z'), 'brand', now));
    expect(brand.status).toBe(403);
    expect(brand.message).toBe('The Brand Clone workflow ("brand") is reserved for the Agency and Enterprise plans; this account is on the Trial plan');
    const influencer = caughtBy(() => checkLaunchAllowed(account('trial', '2025-03-10T00:00:00Z'), 'influencer', now));
    expect(influencer.message).toBe(
      'The Influencer workflow ("influencer") is reserved for the Pro, Agency and Enterprise plans; this account is on the Trial plan',
    );
    expect(caughtBy(() => checkLaunchAllowed(account('pro'), 'brand', now)).code).toBe('forbidden');
  });

  it('lets every plan launch what it does not reserve', () => {
    for (const plan of ['trial', 'pro', 'agency', 'enterprise'] as const) {
      for (const type of workflowTypes.filter((type) => !planPolicy(plan).reserved.includes(type))) {
        expect(() => checkLaunchAllowed(account(plan, plan === 'trial' ? '2025-03-10T00:00:00Z' : null), type, now)).not.toThrow();
      }
    }
  });

  it('answers an ended trial with 402 trial_expired, whatever the workflow', () => {
    const ended = caughtBy(() => checkLaunchAllowed(account('trial', '2025-03-01T12:00:00Z'), 'cinematic', now));
    expect(ended.status).toBe(402);
    expect(ended.code).toBe('trial_expired');
    expect(ended.message).toBe('The trial ended on 2025-03-01: move to the Pro, Agency or Enterprise plan to launch workflows');
  });

  it('refuses API keys on a web-only plan with 403, and lets its web sessions through', () => {
    const keyCaller: Caller = { account: account('pro'), credentialId: 'key_x', via: 'api-key' };
    const refused = caughtBy(() => checkApiAccess(keyCaller));
    expect(refused.status).toBe(403);
    expect(refused.message).toBe('The Pro plan works in the web app only: API access is available on the Agency and Enterprise plans');
    expect(() => checkApiAccess({ ...keyCaller, via: 'session' })).not.toThrow();
    for (const plan of ['trial', 'agency', 'enterprise'] as const) {
      expect(() => checkApiAccess({ ...keyCaller, account: account(plan) })).not.toThrow();
    }
  });
});
