import { z } from 'zod';
import { qualities, workflowTypes } from '../workflow-catalog.ts';
import { timestamp } from './dates.ts';
import { jobId } from './ids.ts';
import { progressPercent, stepId, stepState } from './workflow-job.ts';
import { videoRendition, workflowFailure, workflowSuccess } from './workflow-result.ts';

const eventId = z
  .string()
  .describe('Event id, also sent as the webhook-id header; retries and redeliveries of the event keep it, so receivers drop duplicates by it');
const occurredAt = timestamp.describe('When the event occurred');

function event<T extends string, D extends z.ZodObject>(type: T, description: string, data: D) {
  return z.object({ id: eventId, type: z.literal(type).describe(description), createdAt: occurredAt, data });
}

/** The JSON body POSTed to a webhook endpoint, one shape per event type. */
export const webhookPayload = z
  .discriminatedUnion('type', [
    event(
      'workflow.started',
      'A workflow has started',
      z.object({
        jobId,
        workflowType: z.enum(workflowTypes).describe('Workflow type'),
        quality: z.enum(qualities).describe('Tier'),
        cost: z.number().int().min(0).describe('Credits debited'),
      }),
    ),
    event(
      'workflow.step',
      'A workflow step completed (progress update)',
      z.object({ jobId, step: stepId, status: stepState, progress: progressPercent }),
    ),
    event('workflow.completed', 'A workflow completed successfully', z.object({ jobId, result: workflowSuccess })),
    event('workflow.failed', 'A workflow failed; its credits were refunded', workflowFailure.omit({ success: true }).extend({ jobId })),
    event('video.ready', 'A video is ready for download', videoRendition.extend({ jobId })),
    event(
      'workflow.suspended',
      'A workflow is waiting for human review (hitl)',
      z.object({ jobId, step: stepId, message: z.string().describe('What is awaited and how to answer it') }),
    ),
  ])
  .describe('A webhook delivery body');

export type WebhookPayload = z.infer<typeof webhookPayload>;
