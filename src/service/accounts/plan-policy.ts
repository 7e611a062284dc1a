import type { WorkflowType } from '../../contract/workflow-catalog.ts';
import { type Plan, plans } from '../service-ports.ts';

/** What a plan allows: API keys (Bearer access) or web sessions only, and the workflows it withholds. */
export interface PlanPolicy {
  apiAccess: boolean;
  reserved: readonly WorkflowType[];
}

const policies: Record<Plan, PlanPolicy> = {
  trial: { apiAccess: true, reserved: ['influencer', 'brand'] },
  pro: { apiAccess: false, reserved: ['brand'] },
  agency: { apiAccess: true, reserved: [] },
  enterprise: { apiAccess: true, reserved: [] },
};

export const planNames: Record<Plan, string> = { trial: 'Trial', pro: 'Pro', agency: 'Agency', enterprise: 'Enterprise' };

/** How long a trial lasts when the operator does not say. */
export const defaultTrialDays = 14;

export function planPolicy(plan: Plan): PlanPolicy {
  return policies[plan];
}

/** The plans matching `test`, in the order of the price list. */
export function plansWhere(test: (policy: PlanPolicy, plan: Plan) => boolean): Plan[] {
  return plans.filter((plan) => test(policies[plan], plan));
}

/** "Pro, Agency and Enterprise" (or "… or Enterprise"). */
export function namePlans(list: readonly Plan[], conjunction: 'and' | 'or' = 'and'): string {
  const names = list.map((plan) => planNames[plan]);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1)}`;
}
