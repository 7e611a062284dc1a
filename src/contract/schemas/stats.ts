import { z } from 'zod';
import { workflowTypes } from '../workflow-catalog.ts';
import { calendarDate } from './dates.ts';

export const statsQuery = z
  .object({
    startDate: calendarDate.optional().describe('First day counted (YYYY-MM-DD, inclusive); default: the first project'),
    endDate: calendarDate.optional().describe('Last day counted (YYYY-MM-DD, inclusive); default: today'),
  })
  .superRefine((value, ctx) => {
    if (value.startDate && value.endDate && value.startDate > value.endDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `endDate must be on or after startDate (${value.startDate})` });
    }
  })
  .describe('Date range of the statistics');

export const userStats = z
  .object({
    startDate: calendarDate.nullable().describe('First day counted, or null for "since the beginning"'),
    endDate: calendarDate.nullable().describe('Last day counted, or null for "until today"'),
    totalProjects: z.number().int().min(0).describe('Jobs launched in the range'),
    projectsByType: z
      .record(z.enum(workflowTypes), z.number().int().min(0))
      .describe('Jobs launched per workflow type (every type, 0 when unused)'),
    creditsUsed: z.number().int().min(0).describe('Credits spent, net of refunds'),
    creditsRefunded: z.number().int().min(0).describe('Credits refunded for failed, rejected or cancelled jobs'),
    completed: z.number().int().min(0).describe('Jobs completed successfully'),
    failed: z.number().int().min(0).describe('Jobs that failed, were rejected or cancelled'),
    successRate: z.number().min(0).max(1).describe('completed / (completed + failed), from 0 to 1; 0 when no job has ended'),
  })
  .describe('Usage statistics of the account');

export type UserStats = z.infer<typeof userStats>;
