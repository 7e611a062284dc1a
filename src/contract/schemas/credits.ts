import { z } from 'zod';
import { timestamp } from './dates.ts';

export const creditBalance = z
  .object({
    balance: z.number().int().min(0).describe('Credits available now'),
    plan: z.string().describe('Plan of the account, e.g. "trial", "agency" or "enterprise"'),
    trialEndsAt: timestamp.nullable().describe('When the trial ends (null when not on a trial); after it, launches answer 402'),
  })
  .describe('Credit balance of the account');

export type CreditBalance = z.infer<typeof creditBalance>;
