import { CinematicAdsError } from '../../contract/errors.ts';

/**
 * Where the ledger keeps things in the store. Transactions are numbered per account and padded,
 * so their keys sort in journal order; the other records are caches rebuilt from transactions.
 */
export const creditKeys = {
  /** The last applied transaction number and the balance after it. */
  head: (accountId: string) => `${accountPrefix(accountId)}head`,
  /** Every transaction of the account. */
  transactions: (accountId: string) => `${accountPrefix(accountId)}tx:`,
  transaction: (accountId: string, seq: number) => `${accountPrefix(accountId)}tx:${String(seq).padStart(12, '0')}`,
  /** What was debited for a ref (a job id). */
  debit: (accountId: string, ref: string) => `${accountPrefix(accountId)}debit:${ref}`,
  /** That a ref was refunded, and how much. */
  refund: (accountId: string, ref: string) => `${accountPrefix(accountId)}refund:${ref}`,
};

function accountPrefix(accountId: string): string {
  // Account ids are part of prefix scans: an id holding ":" could read into another account's keys.
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(accountId)) {
    throw new CinematicAdsError('invalid_request', `"${accountId}" is not an account id`);
  }
  return `credits:${accountId}:`;
}
