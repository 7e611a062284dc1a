import { z } from 'zod';
import { formats } from '../workflow-catalog.ts';

const format = z.enum(formats).describe('Aspect ratio of this rendition: 9:16, 1:1 or 16:9');
const width = z.number().int().positive().describe('Width in pixels');
const height = z.number().int().positive().describe('Height in pixels');
const variant = z
  .number()
  .int()
  .min(1)
  .optional()
  .describe('Variant number (from 1) when the workflow renders several variants per format, as factory does');

export const videoRendition = z
  .object({
    format,
    url: z.string().describe('Absolute URL of the MP4'),
    width,
    height,
    duration: z.number().positive().describe('Length in seconds'),
    variant,
  })
  .describe('One rendered video');

export const imageRendition = z
  .object({ format, url: z.string().describe('Absolute URL of the PNG'), width, height, variant })
  .describe('One rendered still image');

export const workflowSuccess = z
  .object({
    success: z.literal(true).describe('The job completed'),
    videoUrl: z.string().optional().describe('URL of the first format\'s video (video workflows); the seed\'s single-video field'),
    duration: z.number().positive().optional().describe('Length of that video in seconds'),
    videos: z.array(videoRendition).optional().describe('Every rendered video, one per format (and per variant)'),
    images: z.array(imageRendition).optional().describe('Rendered still images (staticad, painpoint)'),
    posterUrl: z.string().optional().describe('URL of a poster frame (PNG) of the first video'),
    captionsUrl: z.string().optional().describe('URL of the captions (WebVTT) of the first video'),
    reportUrl: z.string().optional().describe('URL of the written report (Markdown) for analysis workflows'),
    summary: z.string().optional().describe('A few sentences saying what was made, or the report\'s key findings'),
  })
  .describe('Result of a completed job');

export const workflowFailure = z
  .object({
    success: z.literal(false).describe('The job failed or was rejected'),
    error: z.string().describe('Why the job failed, as a sentence'),
    refunded: z.number().int().min(0).describe('Credits returned to the balance'),
  })
  .describe('Result of a failed job; its credits are refunded automatically');

export const workflowResult = z
  .discriminatedUnion('success', [workflowSuccess, workflowFailure])
  .describe('Final result of a job: deliverables on success, the error and the refund on failure');

export type VideoRendition = z.infer<typeof videoRendition>;
export type ImageRendition = z.infer<typeof imageRendition>;
export type WorkflowResult = z.infer<typeof workflowResult>;
