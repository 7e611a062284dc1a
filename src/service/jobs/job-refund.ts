import type { CreditLedger } from '../service-ports.ts';
import type { JobRecord } from './job-record.ts';

/**
 * The refund rule. A failed, cancelled or rejected job gets its whole cost back: a job delivers
 * its files only in its last step, and a job that ends there has completed, so a job that ends
 * any other way has delivered nothing. A completed job is never refunded. The ledger refunds a
 * job at most once, however often this runs (a retry after a crash, a cancel racing a failure).
 */
export function refundDue(job: Pick<JobRecord, 'status' | 'cost'>): number {
  return job.status === 'failed' || job.status === 'cancelled' ? job.cost : 0;
}

/** Refunds what is due and answers what the journal shows as refunded for the job, whoever refunded it. */
export async function refundJob(ledger: CreditLedger, job: JobRecord): Promise<number> {
  const due = refundDue(job);
  if (due === 0) return 0;
  const now = await ledger.refund(job.accountId, job.id, due, `Job ${job.id} ${job.status}`);
  if (now > 0) return now;
  const entries = await ledger.entries(job.accountId);
  return entries.filter((entry) => entry.kind === 'refund' && entry.ref === job.id).reduce((sum, entry) => sum + entry.delta, 0);
}
