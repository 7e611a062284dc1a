import { resolveBrief, type Brief } from '../../../src/studio/brief.ts';
import type { Script } from '../../../src/studio/script.ts';

/** The brief from the copy review: a packable rain jacket whose title starts with the brand. */
export function rainJacketBrief(overrides: Record<string, unknown> = {}): Brief {
  return resolveBrief({
    type: 'influencer',
    concept: 'A rain jacket that disappears into your pocket',
    brand: { name: 'Drift', industry: 'outdoor apparel', tone: 'playful, bold', targetAudience: 'city cyclists' },
    source: { title: 'Drift Packable Rain Jacket', price: '$79', claims: ['Packs into its own pocket', 'Fully taped seams', 'Weighs 190 g'] },
    ...overrides,
  });
}

/** The video types the review read, each with what its brief needs. */
export const reviewedTypes = [
  ['influencer', {}],
  ['avatar', {}],
  ['factory', { url: 'https://drift.example/jacket' }],
  ['brand', {}],
  ['cinematic', { seasonal: 'ramadan' }],
  ['clone', { url: 'https://x.example' }],
  ['staticad', {}],
] as const;

/** Every line a viewer sees or hears. */
export function everyLine(s: Script): string[] {
  return s.variants.flatMap((v) => [v.hook, v.headline, v.cta, ...v.beats.flatMap((b) => [b.onScreen, b.voiceOver])]).filter(Boolean);
}
