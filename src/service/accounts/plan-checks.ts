import { CinematicAdsError } from '../../contract/errors.ts';
import { workflowCatalog, type WorkflowType } from '../../contract/workflow-catalog.ts';
import type { Account, Caller } from '../service-ports.ts';
import { namePlans, planNames, planPolicy, plansWhere } from './plan-policy.ts';

/** A Bearer key on a plan without API access is refused (403); web sessions always pass. */
export function checkApiAccess(caller: Caller): void {
  const { plan } = caller.account;
  if (caller.via !== 'api-key' || planPolicy(plan).apiAccess) return;
  const paidWithApi = plansWhere((policy, candidate) => policy.apiAccess && candidate !== 'trial');
  throw new CinematicAdsError(
    'forbidden',
    `The ${planNames[plan]} plan works in the web app only: API access is available on the ${namePlans(paidWithApi)} plans`,
    { details: { plan, plans: paidWithApi } },
  );
}

/** An ended trial launches nothing (402); a reserved workflow needs another plan (403). */
export function checkLaunchAllowed(account: Account, type: WorkflowType, now: Date): void {
  if (account.plan === 'trial' && account.trialEndsAt !== null && Date.parse(account.trialEndsAt) <= now.getTime()) {
    const paid = plansWhere((_, plan) => plan !== 'trial');
    throw new CinematicAdsError(
      'trial_expired',
      `The trial ended on ${account.trialEndsAt.slice(0, 10)}: move to the ${namePlans(paid, 'or')} plan to launch workflows`,
      { details: { trialEndsAt: account.trialEndsAt } },
    );
  }
  if (planPolicy(account.plan).reserved.includes(type)) {
    const including = plansWhere((policy) => !policy.reserved.includes(type));
    throw new CinematicAdsError(
      'forbidden',
      `The ${workflowCatalog[type].name} workflow ("${type}") is reserved for the ${namePlans(including)} plans; this account is on the ${planNames[account.plan]} plan`,
      { details: { type, plan: account.plan, plans: including } },
    );
  }
}
