import type { RevealStyle, RevealTiming } from '../canvas/text-reveal.ts';
import type { SceneSetup } from './scene-setup.ts';

/**
 * Text entrance timing for a scene, compressed for short scenes so every line has landed by
 * about half the scene: the viewer needs the rest of it to read.
 */
export function revealTiming(setup: SceneSetup, delay = 0, lines = 3): RevealTiming {
  const start = 0.12 + delay;
  const stagger = 0.09;
  const duration = 0.5;
  const natural = start + stagger * Math.max(0, lines - 1) + duration;
  const squeeze = Math.min(1, (setup.scene.duration * 0.5) / natural);
  return { start: start * squeeze, stagger: stagger * squeeze, duration: duration * squeeze };
}

/** The entrance that matches the scene's motion: `slide` slides, `static` fades, the rest rise. */
export function revealStyle(setup: SceneSetup): RevealStyle {
  if (setup.scene.motion === 'slide') return 'slide';
  if (setup.scene.motion === 'static') return 'fade';
  return 'rise';
}
