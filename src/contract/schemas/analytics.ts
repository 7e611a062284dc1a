import { z } from 'zod';
import { workflowTypes } from '../workflow-catalog.ts';
import { calendarDate } from './dates.ts';

export const analyticsPeriods = ['7d', '30d', '90d'] as const;
export type AnalyticsPeriod = (typeof analyticsPeriods)[number];

const analyticsPeriod = z
  .enum(analyticsPeriods, { error: 'must be one of "7d", "30d", "90d"' })
  .describe('Window ending today: 7d, 30d (default) or 90d');

export const analyticsQuery = z.object({ period: analyticsPeriod.default('30d') }).describe('Analytics window');

const count = (description: string) => z.number().int().min(0).describe(description);

export const userAnalytics = z
  .object({
    period: analyticsPeriod,
    from: calendarDate.describe('First day of the window (YYYY-MM-DD)'),
    to: calendarDate.describe('Last day of the window (YYYY-MM-DD)'),
    trends: z
      .array(
        z
          .object({
            date: calendarDate.describe('The day'),
            projects: count('Jobs launched that day'),
            credits: count('Credits spent that day, net of refunds'),
            completed: count('Jobs completed that day'),
            failed: count('Jobs that failed that day'),
          })
          .describe('One day of activity'),
      )
      .describe('Daily activity, one entry per day of the window, oldest first'),
    usageByType: z
      .array(
        z.object({ type: z.enum(workflowTypes).describe('Workflow type'), projects: count('Jobs of this type') }).describe('Usage of one type'),
      )
      .describe('Jobs per workflow type, most used first; types never used are left out'),
    creditDistribution: z
      .array(
        z
          .object({
            type: z.enum(workflowTypes).describe('Workflow type'),
            credits: count('Credits spent on this type, net of refunds'),
            share: z.number().min(0).max(1).describe('Share of all credits spent in the window, from 0 to 1'),
          })
          .describe('Credits spent on one type'),
      )
      .describe('Where the credits went, largest share first'),
    peakHours: z
      .array(
        z
          .object({
            hour: z.number().int().min(0).max(23).describe('Hour of the day, UTC (0–23)'),
            projects: count('Jobs launched in that hour'),
          })
          .describe('Activity in one hour of the day'),
      )
      .describe('Launches per hour of the day over the window, busiest first'),
  })
  .describe('Usage analytics over a window');

export type UserAnalytics = z.infer<typeof userAnalytics>;
