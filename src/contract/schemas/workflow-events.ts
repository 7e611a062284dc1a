import { z } from 'zod';
import { workflowResult } from './workflow-result.ts';
import { progressPercent, stepId, stepState } from './workflow-job.ts';

export const workflowEventTypes = ['step', 'progress', 'result', 'suspended'] as const;
export type WorkflowEventType = (typeof workflowEventTypes)[number];

const eventId = z.string().describe('Event id (the SSE id: line); send the last one seen as Last-Event-ID to resume');

export const stepEventData = z
  .object({ step: stepId, status: stepState, progress: progressPercent })
  .describe('A step started or ended, e.g. {"step":"art_direction","status":"completed","progress":20}');

export const progressEventData = z
  .object({
    progress: progressPercent,
    step: stepId.optional().describe('The step making progress'),
    message: z.string().optional().describe('What is happening, for display'),
  })
  .describe('Progress within a step');

export const suspendedEventData = z
  .object({
    step: stepId.describe('The step after which the job paused (art_direction)'),
    progress: progressPercent,
    message: z.string().describe('What is awaited and how to answer it (POST /api/workflow/{jobId}/review)'),
  })
  .describe('The job paused for human review (hitl)');

export const workflowEvent = z
  .discriminatedUnion('event', [
    z.object({ id: eventId, event: z.literal('step').describe('SSE event name'), data: stepEventData }),
    z.object({ id: eventId, event: z.literal('progress').describe('SSE event name'), data: progressEventData }),
    z.object({ id: eventId, event: z.literal('suspended').describe('SSE event name'), data: suspendedEventData }),
    z.object({ id: eventId, event: z.literal('result').describe('SSE event name; the last event of a stream'), data: workflowResult }),
  ])
  .describe('One Server-Sent Event of a job: `id:`, `event:` and JSON `data:`');

export type WorkflowEvent = z.infer<typeof workflowEvent>;
