import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { batchRequest, batchStatus, maxBatchSize } from '../../src/contract/schemas/batch.ts';
import { reviewRequest } from '../../src/contract/schemas/review.ts';
import { workflowEvent, stepEventData } from '../../src/contract/schemas/workflow-events.ts';
import { jobStates } from '../../src/contract/schemas/workflow-job.ts';
import { workflowResult } from '../../src/contract/schemas/workflow-result.ts';
import { describeZodError } from '../../src/contract/validation.ts';

const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be refused`);
  return describeZodError(result.error);
};

describe('stream events', () => {
  it('read the seed examples', () => {
    expect(stepEventData.parse({ step: 'art_direction', status: 'completed', progress: 20 })).toEqual({
      step: 'art_direction',
      status: 'completed',
      progress: 20,
    });
    expect(workflowResult.parse({ success: true, videoUrl: 'https://...', duration: 15 })).toEqual({
      success: true,
      videoUrl: 'https://...',
      duration: 15,
    });
  });

  it('carry a failed result with the refund, and multi-format videos beside videoUrl', () => {
    const failed = { id: '7', event: 'result', data: { success: false, error: 'Render failed', refunded: 2 } };
    expect(workflowEvent.parse(failed)).toEqual(failed);
    const video = (format: string, width: number, height: number) => {
      return { format, url: `https://cdn/${width}x${height}.mp4`, width, height, duration: 15 };
    };
    const multi = {
      id: '9',
      event: 'result',
      data: { success: true, videoUrl: 'https://cdn/1080x1920.mp4', duration: 15, videos: [video('9:16', 1080, 1920), video('1:1', 1080, 1080)] },
    };
    expect(workflowEvent.parse(multi)).toEqual(multi);
    expect(workflowResult.safeParse({ success: false, error: 'x' }).success).toBe(false);
  });

  it('include the suspension awaiting review', () => {
    const suspended = { id: '4', event: 'suspended', data: { step: 'art_direction', progress: 20, message: 'Review the storyboard' } };
    expect(workflowEvent.parse(suspended)).toEqual(suspended);
    expect(workflowEvent.safeParse({ id: '1', event: 'finished', data: {} }).success).toBe(false);
  });

  it('use the job states of the spec', () => {
    expect(jobStates).toEqual(['queued', 'running', 'suspended', 'completed', 'failed', 'cancelled']);
  });
});

describe('review request', () => {
  it('accepts approve alone, with edits, and reject with notes', () => {
    expect(reviewRequest.safeParse({ action: 'approve' }).success).toBe(true);
    expect(
      reviewRequest.safeParse({
        action: 'approve',
        edits: { scenes: [{ sceneId: 's1', onScreen: 'Golden hour' }], palette: { accent: '#c8a24a' } },
      }).success,
    ).toBe(true);
    expect(reviewRequest.safeParse({ action: 'reject', notes: 'Off brand' }).success).toBe(true);
  });

  it('asks for notes on revise, and names bad actions and colors', () => {
    expect(messageOf(reviewRequest, { action: 'revise' })).toBe('notes is required for action "revise": say what art direction should change');
    expect(reviewRequest.safeParse({ action: 'revise', notes: 'Warmer light' }).success).toBe(true);
    expect(messageOf(reviewRequest, { action: 'publish' })).toBe('action: must be one of "approve", "revise", "reject"');
    expect(messageOf(reviewRequest, { action: 'approve', edits: { palette: { accent: 'gold' } } })).toContain('must be a 6-digit hex color');
  });
});

describe('batch', () => {
  const clone = { type: 'clone', url: 'https://example.com/ad' };

  it('launches 1 to the maximum of workflows, each checked like a launch', () => {
    expect(batchRequest.safeParse({ workflows: [clone, { type: 'cinematic', concept: 'x' }] }).success).toBe(true);
    expect(messageOf(batchRequest, { workflows: [] })).toBe('workflows: must list at least one workflow');
    expect(messageOf(batchRequest, { workflows: Array.from({ length: maxBatchSize + 1 }, () => clone) })).toContain(
      `must list at most ${maxBatchSize} workflows`,
    );
    expect(messageOf(batchRequest, { workflows: [clone, { type: 'clone' }] })).toBe('workflows.1.url: url is required for type "clone"');
  });

  it('reports the seed counts', () => {
    const status = { batchId: 'bt_1', total: 3, completed: 1, failed: 0, pending: 1, active: 1, jobs: [] };
    expect(batchStatus.parse(status)).toEqual(status);
    expect(Object.keys(batchStatus.shape)).toEqual(['batchId', 'total', 'completed', 'failed', 'pending', 'active', 'jobs']);
  });
});
