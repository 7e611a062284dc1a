import { z } from 'zod';
import { parseOrThrow } from '../../contract/validation.ts';
import { maxCreditAmount } from '../credits/credit-amount.ts';
import { plans } from '../service-ports.ts';

/** What an operator gives to open an account. */
export const newAccountSchema = z
  .object({
    name: z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters'),
    plan: z.enum(plans, { error: `plan must be one of ${plans.join(', ')}` }),
    credits: z
      .number()
      .int('credits must be a whole number')
      .min(0, 'credits must not be negative')
      .max(maxCreditAmount, `credits must be at most ${maxCreditAmount}`)
      .default(0),
    trialDays: z.number().int('trialDays must be a whole number').min(1, 'trialDays must be at least 1').max(3650, 'trialDays must be at most 3650').optional(),
  })
  .refine((input) => input.trialDays === undefined || input.plan === 'trial', {
    message: 'trialDays applies to trial accounts only',
    path: ['trialDays'],
  });

export type NewAccount = z.input<typeof newAccountSchema>;

export function parseNewAccount(input: NewAccount): z.output<typeof newAccountSchema> {
  return parseOrThrow(newAccountSchema, input, 'account');
}
