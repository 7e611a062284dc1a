import { z } from 'zod';
import { jobId } from './ids.ts';
import { storyboardEdits } from './storyboard-edits.ts';
import { jobState } from './workflow-job.ts';

export const reviewActions = ['approve', 'revise', 'reject'] as const;
export type ReviewAction = (typeof reviewActions)[number];

export const reviewRequest = z
  .object({
    action: z
      .enum(reviewActions, { error: 'must be one of "approve", "revise", "reject"' })
      .describe(
        'approve: render as is (with edits if given); revise: redo art direction following the notes; reject: end the job and refund it',
      ),
    notes: z.string().trim().min(1).max(2000).optional().describe('What to change (revise) or why (reject), in plain words'),
    edits: storyboardEdits.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.action === 'revise' && !value.notes && !value.edits) {
      ctx.addIssue({ code: 'custom', path: ['notes'], message: 'notes is required for action "revise": say what art direction should change' });
    }
  })
  .describe('A review of a suspended job');

export type ReviewRequest = z.infer<typeof reviewRequest>;

export const jobTransition = z
  .object({
    jobId,
    status: jobState.describe('The job state after the action'),
    refunded: z.number().int().min(0).describe('Credits refunded by this action (0 when nothing was refunded)'),
    message: z.string().describe('What happened, e.g. "Review approved: rendering resumed"'),
  })
  .describe('The outcome of a review or a cancel');
