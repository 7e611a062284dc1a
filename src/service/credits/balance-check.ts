import type { CreditTransaction } from './credit-transaction.ts';

/** The outcome of recomputing an account's balance from its journal. */
export interface BalanceCheck {
  ok: boolean;
  /** The balance the ledger reports. */
  balance: number;
  /** The sum of every entry in the journal. */
  recomputed: number;
  entries: number;
  /** One sentence per inconsistency found; empty when ok. */
  problems: string[];
}

/**
 * Replays the journal from zero: numbering without gaps, each entry's recorded balance equal to
 * the running sum and never negative, at most one refund per ref and never more than it debited.
 */
export function checkJournal(transactions: readonly CreditTransaction[], balance: number): BalanceCheck {
  const problems: string[] = [];
  const debited = new Map<string, number>();
  const refunded = new Set<string>();
  let running = 0;
  let count = 0;
  transactions.forEach((transaction, index) => {
    if (transaction.seq !== index + 1) problems.push(`transaction ${index + 1} is numbered ${transaction.seq}`);
    for (const entry of transaction.entries) {
      count += 1;
      running += entry.delta;
      if (entry.balance !== running) problems.push(`entry ${entry.id} records balance ${entry.balance}, the journal sums to ${running}`);
      if (running < 0) problems.push(`entry ${entry.id} takes the balance to ${running}`);
      if (entry.kind === 'debit') {
        if (debited.has(entry.ref)) problems.push(`ref ${entry.ref} is debited twice`);
        debited.set(entry.ref, -entry.delta);
      }
      if (entry.kind === 'refund') {
        if (refunded.has(entry.ref)) problems.push(`ref ${entry.ref} is refunded twice`);
        if (entry.delta > (debited.get(entry.ref) ?? 0)) problems.push(`ref ${entry.ref} is refunded more than it was debited`);
        refunded.add(entry.ref);
      }
    }
    if (transaction.balance !== running) problems.push(`transaction ${transaction.seq} records balance ${transaction.balance}, the journal sums to ${running}`);
  });
  if (balance !== running) problems.push(`the ledger reports ${balance} credits, the journal sums to ${running}`);
  return { ok: problems.length === 0, balance, recomputed: running, entries: count, problems };
}
