import { z } from 'zod';

/** What a text model is asked for: the words only. Ids and timings are ours to set. */
export const modelBeat = z.object({
  stage: z.string().min(1).max(60),
  onScreen: z.string().min(1).max(90),
  voiceOver: z.string().max(400),
});

export const modelVariant = z.object({
  angle: z.string().min(1).max(120),
  hook: z.string().min(1).max(160),
  headline: z.string().min(1).max(80),
  cta: z.string().min(1).max(60),
  beats: z.array(modelBeat).min(2).max(20),
});
export type ModelVariant = z.infer<typeof modelVariant>;

export const modelScriptOutput = z.object({ variants: z.array(modelVariant).min(1).max(8) });
