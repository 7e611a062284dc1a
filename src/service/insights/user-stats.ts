import { statsQuery, type UserStats } from '../../contract/schemas/stats.ts';
import { parseOrThrow } from '../../contract/validation.ts';
import { workflowTypes, type WorkflowType } from '../../contract/workflow-catalog.ts';
import type { JobRepository } from '../jobs/job-repository.ts';
import type { CreditLedger } from '../service-ports.ts';
import { dayOf } from './calendar-days.ts';
import { readJobCredits } from './job-credits.ts';

/**
 * GET /api/user/stats: the jobs launched between startDate and endDate (UTC days, inclusive),
 * counted by type and outcome; credits from the journal, attributed to the job that spent them
 * (debit minus its refund), so a refund made the day after a launch still nets against it.
 */
export async function userStats(deps: { jobs: JobRepository; ledger: CreditLedger }, accountId: string, query: unknown): Promise<UserStats> {
  const { startDate, endDate } = parseOrThrow(statsQuery, query ?? {}, 'query');
  const jobs = (await deps.jobs.listForAccount(accountId)).filter((job) => {
    const day = dayOf(job.createdAt);
    return (!startDate || day >= startDate) && (!endDate || day <= endDate);
  });
  const credits = await readJobCredits(deps.ledger, accountId);
  const projectsByType = Object.fromEntries(workflowTypes.map((type) => [type, 0])) as Record<WorkflowType, number>;
  let completed = 0;
  let failed = 0;
  for (const job of jobs) {
    projectsByType[job.type] += 1;
    if (job.status === 'completed') completed += 1;
    if (job.status === 'failed' || job.status === 'cancelled') failed += 1;
  }
  return {
    startDate: startDate ?? null,
    endDate: endDate ?? null,
    totalProjects: jobs.length,
    projectsByType,
    creditsUsed: jobs.reduce((sum, job) => sum + credits.net(job.id), 0),
    creditsRefunded: jobs.reduce((sum, job) => sum + credits.refunded(job.id), 0),
    completed,
    failed,
    successRate: completed + failed === 0 ? 0 : completed / (completed + failed),
  };
}
