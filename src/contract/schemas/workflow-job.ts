import { z } from 'zod';
import { deliverableKinds, formats, qualities, stepIds, workflowTypes } from '../workflow-catalog.ts';
import { timestamp } from './dates.ts';
import { batchId, jobId } from './ids.ts';
import { workflowResult } from './workflow-result.ts';

export const jobStates = ['queued', 'running', 'suspended', 'completed', 'failed', 'cancelled'] as const;
export type JobState = (typeof jobStates)[number];

export const jobState = z
  .enum(jobStates)
  .describe('queued → running → completed | failed; suspended while a review is awaited (hitl); cancelled by the owner or a rejected review');

export const stepStatuses = ['running', 'completed', 'failed', 'skipped'] as const;

export const stepState = z.enum(stepStatuses).describe('Where the step stands');
export const stepId = z.enum(stepIds).describe('Pipeline step, e.g. "art_direction" or "video_generation"');
export const progressPercent = z.number().min(0).max(100).describe('Job progress in percent (0–100)');

export const jobStep = z
  .object({
    step: stepId,
    status: stepState,
    progress: progressPercent,
    startedAt: timestamp.describe('When the step started'),
    endedAt: timestamp.optional().describe('When the step ended'),
  })
  .describe('One step the job has reached');

export const jobArtifact = z
  .object({
    kind: z.enum(deliverableKinds).describe('What the file is: video, poster, captions, image, report, script or storyboard'),
    url: z.string().describe('Absolute URL of the file'),
    contentType: z.string().describe('Media type, e.g. "video/mp4" or "application/json"'),
    format: z.enum(formats).optional().describe('Aspect ratio, for renditions'),
    step: stepId.optional().describe('The step that produced it'),
  })
  .describe('A file the job has produced so far (intermediate or final)');

export const jobParams = z.object({ jobId }).describe('Path parameters naming a job');
export const jobQuery = z.object({ jobId }).describe('Query naming a job');

export const workflowJob = z
  .object({
    jobId,
    type: z.enum(workflowTypes).describe('Workflow type'),
    quality: z.enum(qualities).describe('Tier the job runs at'),
    status: jobState,
    progress: progressPercent,
    cost: z.number().int().min(0).describe('Credits debited at launch'),
    refunded: z.number().int().min(0).describe('Credits returned so far (on failure, cancel or reject)'),
    formats: z.array(z.enum(formats)).describe('Formats being rendered'),
    hitl: z.boolean().describe('Whether the job pauses after art direction for review'),
    batchId: batchId.optional().describe('The batch this job belongs to, when it was launched by POST /api/batch'),
    createdAt: timestamp.describe('When the job was launched'),
    updatedAt: timestamp.describe('When the job last changed'),
    steps: z.array(jobStep).describe('Steps reached so far, in order'),
    artifacts: z.array(jobArtifact).describe('Files produced so far; the storyboard to review is here while suspended'),
    result: workflowResult.optional().describe('Present once the job has ended (completed, failed or cancelled)'),
  })
  .describe('A job: its state, steps so far, artifacts and result');

export type WorkflowJob = z.infer<typeof workflowJob>;
