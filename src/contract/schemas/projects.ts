import { z } from 'zod';
import { formats, qualities, workflowTypes } from '../workflow-catalog.ts';
import { timestamp } from './dates.ts';
import { jobId } from './ids.ts';
import { jobState } from './workflow-job.ts';

export const project = z
  .object({
    jobId,
    type: z.enum(workflowTypes).describe('Workflow type'),
    name: z.string().describe('Title of the project, from its concept or source page'),
    quality: z.enum(qualities).describe('Tier it ran at'),
    status: jobState,
    cost: z.number().int().min(0).describe('Credits debited at launch'),
    refunded: z.number().int().min(0).describe('Credits refunded'),
    formats: z.array(z.enum(formats)).describe('Formats rendered'),
    concept: z.string().optional().describe('The creative concept it was launched with'),
    url: z.string().optional().describe('The source URL it was launched with'),
    videoUrl: z.string().optional().describe('URL of the first video, once completed'),
    thumbnailUrl: z.string().optional().describe('URL of a poster or preview image, once completed'),
    createdAt: timestamp.describe('When it was launched'),
    updatedAt: timestamp.describe('When it last changed'),
  })
  .describe('A project: one launched job and what it produced');

export const projectList = z
  .object({ projects: z.array(project).describe('Every project of the account, newest first') })
  .describe('Projects of the account');

export type Project = z.infer<typeof project>;
