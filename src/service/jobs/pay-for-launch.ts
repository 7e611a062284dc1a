import type { JobRecord } from './job-record.ts';
import type { LaunchDeps } from './launch-deps.ts';

/**
 * Debits the launch of `jobs` (one account's) as one all-or-nothing payment. The launch is
 * reserved in the store first, so a process that stops after the debit and before the jobs are
 * stored leaves a trace the next start refunds (see job-recovery.ts); a refused debit clears it.
 */
export async function payForLaunch(deps: LaunchDeps, jobs: readonly JobRecord[]): Promise<void> {
  const accountId = jobs[0]!.accountId;
  await deps.jobs.reserve(jobs);
  try {
    await deps.ledger.debit(
      accountId,
      jobs.map((job) => ({ amount: job.cost, ref: job.id })),
    );
  } catch (error) {
    await deps.jobs.release(jobs.map((job) => job.id));
    throw error;
  }
}
