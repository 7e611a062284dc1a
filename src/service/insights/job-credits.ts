import type { CreditLedger } from '../service-ports.ts';

/** What the journal says each job cost and got back, by job id (the ref of its debit and refund). */
export interface JobCredits {
  debited(jobId: string): number;
  refunded(jobId: string): number;
  /** Debited minus refunded: what the job really cost. */
  net(jobId: string): number;
}

export async function readJobCredits(ledger: CreditLedger, accountId: string): Promise<JobCredits> {
  const debits = new Map<string, number>();
  const refunds = new Map<string, number>();
  for (const entry of await ledger.entries(accountId)) {
    if (entry.kind === 'debit') debits.set(entry.ref, (debits.get(entry.ref) ?? 0) - entry.delta);
    if (entry.kind === 'refund') refunds.set(entry.ref, (refunds.get(entry.ref) ?? 0) + entry.delta);
  }
  const debited = (jobId: string) => debits.get(jobId) ?? 0;
  const refunded = (jobId: string) => refunds.get(jobId) ?? 0;
  return { debited, refunded, net: (jobId) => Math.max(0, debited(jobId) - refunded(jobId)) };
}
