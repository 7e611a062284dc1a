import { z } from 'zod';
import { formats } from '../contract/workflow-catalog.ts';

/**
 * The art-direction step's output and the human-review point (`hitl`): plain data that a
 * reviewer may edit before anything is rendered. Times are seconds; colors are hex.
 */
export const sceneLayouts = ['hero', 'split', 'card', 'product', 'presenter', 'selfie', 'quote', 'list', 'endcard'] as const;
export const sceneMotions = ['push', 'zoom', 'slide', 'pan', 'static'] as const;

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a 6-digit hex color such as "#1a2b3c"');

export const palette = z.object({
  background: hex,
  surface: hex,
  primary: hex,
  secondary: hex,
  accent: hex,
  text: hex,
  muted: hex,
});
export type Palette = z.infer<typeof palette>;

export const typography = z.object({
  display: z.enum(['Bebas Neue', 'Playfair Display', 'Inter']).describe('Font for headlines'),
  body: z.enum(['Inter', 'Playfair Display']).describe('Font for captions and body lines'),
  /** Multiplier on the base text size (1 = default). */
  scale: z.number().min(0.5).max(2).default(1),
  uppercaseHeadlines: z.boolean().default(false),
});
export type Typography = z.infer<typeof typography>;

export const scene = z.object({
  id: z.string(),
  /** The script beat this scene shows (`hook`, `cta`, `endcard` or a beat id). */
  beatId: z.string(),
  start: z.number().min(0),
  duration: z.number().positive().max(60),
  shot: z.string().min(1).max(300).describe('What the shot shows, in words, e.g. "slow push on the bottle in golden light"'),
  layout: z.enum(sceneLayouts),
  motion: z.enum(sceneMotions),
  onScreen: z.string().max(90),
  voiceOver: z.string().max(400),
  /** Index into the source images to feature, when the brief has them. */
  imageIndex: z.number().int().min(0).optional(),
  /** Extra lines for list/quote layouts (bullets, a testimonial's author…). */
  details: z.array(z.string().max(120)).max(6).optional(),
});
export type Scene = z.infer<typeof scene>;

export const storyboardVariant = z.object({
  variantId: z.string(),
  durationSec: z.number().positive(),
  scenes: z.array(scene).min(1).max(20),
});
export type StoryboardVariant = z.infer<typeof storyboardVariant>;

export const storyboard = z.object({
  formats: z.array(z.enum(formats)).default([]),
  fps: z.number().int().min(1).max(60).default(30),
  palette,
  typography,
  /** Persona for avatar/influencer cuts: who is speaking. */
  presenter: z.object({ name: z.string(), role: z.string() }).optional(),
  music: z.object({ enabled: z.boolean(), bpm: z.number().min(50).max(180), mood: z.enum(['warm', 'bright', 'tense', 'epic', 'calm']) }),
  voice: z.object({ enabled: z.boolean(), voice: z.string().default('en-us'), wordsPerMinute: z.number().min(80).max(260).default(165) }),
  variants: z.array(storyboardVariant).min(1).max(8),
});
export type Storyboard = z.infer<typeof storyboard>;
