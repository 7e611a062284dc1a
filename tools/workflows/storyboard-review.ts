import { z } from 'zod';
import type { ReviewAction } from '../../src/contract/schemas/review.ts';
import type { WorkflowJob } from '../../src/contract/schemas/workflow-job.ts';
import type { ToolContext } from '../tool-definition.ts';

export const reviewScene = z
  .object({
    sceneId: z.string().describe('Scene id, for edits in review_workflow'),
    duration: z.number().describe('Seconds on screen'),
    shot: z.string().describe('What the shot shows'),
    onScreen: z.string().describe('Text on screen'),
    voiceOver: z.string().describe('Voice-over line'),
  })
  .describe('One scene of the storyboard');

export const pendingReview = z
  .object({
    storyboardUrl: z.string().describe('The storyboard JSON (artifact kind "storyboard")'),
    scenes: z.array(reviewScene).optional().describe('Every scene, in order (all variants), when the storyboard could be read'),
    palette: z.record(z.string(), z.string()).optional().describe('Colors by role, hex; editable in review_workflow'),
    note: z.string().optional().describe('What happened when the human was asked, if they were'),
  })
  .describe('The storyboard awaiting review_workflow');

export type PendingReview = z.infer<typeof pendingReview>;

/** Only the fields a reviewer reads; anything else in the file is ignored, so a newer studio does not break the review. */
const storyboardFile = z.object({
  palette: z.record(z.string(), z.string()).optional(),
  variants: z
    .array(
      z.object({
        scenes: z.array(
          z.object({ id: z.string(), duration: z.number(), shot: z.string(), onScreen: z.string(), voiceOver: z.string() }),
        ),
      }),
    )
    .min(1),
});

/** The review of a suspended job: its storyboard link and, when the face can read it, the scenes themselves. */
export async function pendingReviewOf(job: WorkflowJob, readMedia: ToolContext['readMedia']): Promise<PendingReview | undefined> {
  const artifact = job.artifacts.find((candidate) => candidate.kind === 'storyboard');
  if (!artifact) return undefined;
  const review: PendingReview = { storyboardUrl: artifact.url };
  const media = readMedia ? await readMedia(artifact.url).catch(() => null) : null;
  if (!media) return review;
  let parsed: z.infer<typeof storyboardFile> | undefined;
  try {
    parsed = storyboardFile.parse(JSON.parse(new TextDecoder().decode(media.bytes)));
  } catch {
    return review;
  }
  const scenes = parsed.variants.flatMap((variant) =>
    variant.scenes.map((scene) => ({ sceneId: scene.id, duration: scene.duration, shot: scene.shot, onScreen: scene.onScreen, voiceOver: scene.voiceOver })),
  );
  return { ...review, scenes, ...(parsed.palette ? { palette: parsed.palette } : {}) };
}

/** What the human answered, as a review_workflow call (or why it cannot be one). */
export type ReviewDecision = { action: ReviewAction; notes?: string } | { declined: string };

const shownScenes = 12;

/** The elicitation: a flat form (MCP allows only primitive fields) of a decision and notes, under the storyboard. */
export function reviewQuestion(job: WorkflowJob, review: PendingReview | undefined) {
  const scenes = review?.scenes ?? [];
  const lines = scenes.slice(0, shownScenes).map((scene, index) => {
    const words = [scene.onScreen && `on screen "${scene.onScreen}"`, scene.voiceOver && `voice "${scene.voiceOver}"`].filter(Boolean).join(', ');
    return `${index + 1}. (${scene.duration.toFixed(1)} s) ${scene.shot}${words ? ` — ${words}` : ''}`;
  });
  if (scenes.length > shownScenes) lines.push(`…and ${scenes.length - shownScenes} more scenes.`);
  if (lines.length === 0 && review) lines.push(`Storyboard: ${review.storyboardUrl}`);
  const credits = `${job.cost} credit${job.cost === 1 ? '' : 's'}`;
  const message = [
    `Your ${job.type} ad (job ${job.jobId}) paused after art direction. Review the storyboard before it is rendered:`,
    ...lines,
    `Approve to render it, revise to redo the art direction following your notes, or reject to end the job and refund its ${credits}.`,
  ].join('\n');
  return {
    message,
    requestedSchema: {
      type: 'object' as const,
      properties: {
        decision: {
          type: 'string',
          title: 'Decision',
          description: `approve: render as shown; revise: redo the art direction with your notes; reject: end the job, refund ${credits}`,
          enum: ['approve', 'revise', 'reject'],
        },
        notes: {
          type: 'string',
          title: 'Notes',
          description: 'What to change (needed to revise), or why you reject it',
          maxLength: 2000,
        },
      },
      required: ['decision'],
    },
  };
}

/** Reads the form's answer; anything but a usable decision is handed back to the model to ask in its own words. */
export function decisionOf(content: Record<string, unknown>): ReviewDecision {
  const decision = content.decision;
  const notes = typeof content.notes === 'string' && content.notes.trim() ? content.notes.trim().slice(0, 2000) : undefined;
  if (decision !== 'approve' && decision !== 'revise' && decision !== 'reject') {
    return { declined: 'The reviewer sent no decision.' };
  }
  if (decision === 'revise' && !notes) return { declined: 'The reviewer chose revise but wrote no notes saying what to change.' };
  return { action: decision, ...(notes ? { notes } : {}) };
}
