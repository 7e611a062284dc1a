import { analyticsQuery, type UserAnalytics } from '../../contract/schemas/analytics.ts';
import { parseOrThrow } from '../../contract/validation.ts';
import { type WorkflowType, workflowTypes } from '../../contract/workflow-catalog.ts';
import type { JobRepository } from '../jobs/job-repository.ts';
import type { CreditLedger } from '../service-ports.ts';
import { addDays, dayOf, daysFrom } from './calendar-days.ts';
import { readJobCredits } from './job-credits.ts';

const periodDays = { '7d': 7, '30d': 30, '90d': 90 } as const;

/**
 * GET /api/user/analytics over the window ending today (UTC): one trend entry per day (launches
 * and their net credits by launch day, outcomes by the day the job ended), usage and credits by
 * type, and launches per hour of the day. Types and hours with no activity are left out.
 */
export async function userAnalytics(
  deps: { jobs: JobRepository; ledger: CreditLedger; now: () => Date },
  accountId: string,
  query: unknown,
): Promise<UserAnalytics> {
  const { period } = parseOrThrow(analyticsQuery, query ?? {}, 'query');
  const to = dayOf(deps.now());
  const from = addDays(to, 1 - periodDays[period]);
  const all = await deps.jobs.listForAccount(accountId);
  const launched = all.filter((job) => dayOf(job.createdAt) >= from && dayOf(job.createdAt) <= to);
  const credits = await readJobCredits(deps.ledger, accountId);

  const trends = new Map(daysFrom(from, to).map((date) => [date, { date, projects: 0, credits: 0, completed: 0, failed: 0 }]));
  const usage = new Map<WorkflowType, number>();
  const spent = new Map<WorkflowType, number>();
  const hours = new Map<number, number>();
  for (const job of launched) {
    const day = trends.get(dayOf(job.createdAt));
    if (day) {
      day.projects += 1;
      day.credits += credits.net(job.id);
    }
    usage.set(job.type, (usage.get(job.type) ?? 0) + 1);
    spent.set(job.type, (spent.get(job.type) ?? 0) + credits.net(job.id));
    const hour = new Date(job.createdAt).getUTCHours();
    hours.set(hour, (hours.get(hour) ?? 0) + 1);
  }
  for (const job of all) {
    const day = job.endedAt ? trends.get(dayOf(job.endedAt)) : undefined;
    if (!day) continue;
    if (job.status === 'completed') day.completed += 1;
    if (job.status === 'failed' || job.status === 'cancelled') day.failed += 1;
  }

  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  return {
    period,
    from,
    to,
    trends: [...trends.values()],
    usageByType: [...usage].map(([type, projects]) => ({ type, projects })).sort((a, b) => b.projects - a.projects || byCatalog(a, b)),
    creditDistribution: [...spent]
      .filter(([, amount]) => amount > 0)
      .map(([type, amount]) => ({ type, credits: amount, share: amount / total }))
      .sort((a, b) => b.credits - a.credits || byCatalog(a, b)),
    peakHours: [...hours].map(([hour, projects]) => ({ hour, projects })).sort((a, b) => b.projects - a.projects || a.hour - b.hour),
  };
}

/** Ties keep the catalog's order, so the same data always reads the same. */
function byCatalog(a: { type: WorkflowType }, b: { type: WorkflowType }): number {
  return workflowTypes.indexOf(a.type) - workflowTypes.indexOf(b.type);
}
