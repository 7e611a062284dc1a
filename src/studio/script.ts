import { z } from 'zod';
import { frameworks } from '../contract/workflow-catalog.ts';

/**
 * The copy step's output: one or more script variants (factory makes several angles), each a hook,
 * framework beats with on-screen and voice-over lines and their timings, and a call to action.
 * It is zod so a text model's structured output and a reviewer's edits are validated alike.
 */
export const scriptBeat = z.object({
  id: z.string().describe('Stable id, e.g. "b1"'),
  /** The framework stage this beat serves, e.g. "Problem", "Agitate", "Solution" for PAS. */
  stage: z.string().min(1).max(60),
  onScreen: z.string().min(1).max(90).describe('Short on-screen line (a few words)'),
  voiceOver: z.string().max(400).describe('What the voice says during this beat'),
  /** Seconds from the start of the cut. */
  start: z.number().min(0),
  end: z.number().min(0),
});
export type ScriptBeat = z.infer<typeof scriptBeat>;

export const scriptVariant = z.object({
  id: z.string().describe('Variant id, e.g. "v1"'),
  angle: z.string().min(1).max(120).describe('The creative angle of this variant, e.g. "price", "social proof"'),
  hook: z.string().min(1).max(160),
  headline: z.string().min(1).max(80).describe('End-card headline'),
  cta: z.string().min(1).max(60).describe('Call to action, e.g. "Shop the collection"'),
  beats: z.array(scriptBeat).min(1).max(20),
});
export type ScriptVariant = z.infer<typeof scriptVariant>;

export const writerInfo = z.object({
  kind: z.enum(['offline', 'model']),
  /** Capability or model id that wrote the copy; `offline-copywriter` for the built-in one. */
  id: z.string(),
  /** Why the model did not write it, when a model was configured but the offline writer ran. */
  fallbackReason: z.string().optional(),
});
export type WriterInfo = z.infer<typeof writerInfo>;

export const script = z.object({
  framework: z.enum(frameworks),
  language: z.string().default('en'),
  tone: z.string(),
  variants: z.array(scriptVariant).min(1).max(8),
  /** Knowledge passages the copy drew on, so a manifest can show where facts came from. */
  knowledgeUsed: z.array(z.object({ id: z.string().optional(), source: z.string(), excerpt: z.string() })).default([]),
  writer: writerInfo,
});
export type Script = z.infer<typeof script>;
