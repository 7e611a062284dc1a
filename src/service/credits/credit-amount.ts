import { CinematicAdsError } from '../../contract/errors.ts';

/** The largest single grant, debit or refund: keeps every balance a safe integer. */
export const maxCreditAmount = 1_000_000_000;

/** Credits move in whole, positive amounts; anything else is a caller's bug, named plainly. */
export function requireCreditAmount(amount: number, what: string): number {
  if (!Number.isInteger(amount) || amount < 1 || amount > maxCreditAmount) {
    throw new CinematicAdsError('invalid_request', `${what} must be a whole number of credits from 1 to ${maxCreditAmount}, not ${amount}`);
  }
  return amount;
}

export function requireRef(ref: string, what: string): string {
  if (typeof ref !== 'string' || ref.trim() === '' || ref.length > 200) {
    throw new CinematicAdsError('invalid_request', `${what} must be a non-empty reference of at most 200 characters`);
  }
  return ref;
}
