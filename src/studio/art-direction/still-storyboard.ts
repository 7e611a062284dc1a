import type { ScriptVariant } from '../script.ts';
import type { Scene, StoryboardVariant } from '../storyboard.ts';
import { clampChars, fitOnScreen } from '../copy/line-fitting.ts';
import { analyzePainPoints } from '../analysis/painpoint-analysis.ts';
import { describeShot } from './shot-writing.ts';
import type { SceneContext } from './video-storyboard.ts';

/** A still is shown, not played: one second per frame is its nominal "duration". */
const stillSeconds = 1;

/**
 * Static ads: each variant is a still (or the tier's number of stills) carrying the
 * headline over the product photo, with details [call to action, brand, hook].
 */
export function staticAdVariant(ctx: SceneContext, variant: ScriptVariant, stills: number): StoryboardVariant {
  const images = ctx.brief.source?.images ?? [];
  const count = Math.max(1, stills);
  const scenes: Scene[] = Array.from({ length: count }, (_, i) => {
    const beat = i === 0 ? undefined : variant.beats[i % variant.beats.length];
    const onScreen = clampChars(beat ? beat.onScreen : variant.headline, 90);
    const imageIndex = images.length > 0 ? i % images.length : undefined;
    const layout = imageIndex !== undefined ? 'product' : 'card';
    return {
      id: `${variant.id}-s${i + 1}`,
      beatId: beat?.id ?? 'hook',
      start: i * stillSeconds,
      duration: stillSeconds,
      shot: describeShot({ layout, motion: 'static', role: 'hook', facts: ctx.facts, imagery: ctx.facts.imagery[0] ?? ctx.facts.kind, onScreen, ...(imageIndex !== undefined ? { imageIndex } : {}) }),
      layout,
      motion: 'static',
      onScreen,
      voiceOver: '',
      ...(imageIndex !== undefined ? { imageIndex } : {}),
      details: [variant.cta, clampChars(ctx.facts.brand, 120), clampChars(fitOnScreen(variant.hook, 12), 120)],
    };
  });
  return { variantId: variant.id, durationSec: count * stillSeconds, scenes };
}

/**
 * The pain-point still: the top pain's best hook as a pull quote, with details
 * [pain point, angle, brand].
 */
export function painPointVariant(ctx: SceneContext, variant: ScriptVariant): StoryboardVariant {
  const report = analyzePainPoints(ctx.brief);
  const top = report.painPoints[0];
  const onScreen = clampChars(top?.hooks[0] ?? variant.hook, 90);
  const scene: Scene = {
    id: `${variant.id}-s1`,
    beatId: 'hook',
    start: 0,
    duration: stillSeconds,
    shot: describeShot({ layout: 'quote', motion: 'static', role: 'problem', facts: ctx.facts, imagery: ctx.facts.imagery[0] ?? ctx.facts.kind, onScreen }),
    layout: 'quote',
    motion: 'static',
    onScreen,
    voiceOver: '',
    details: [
      clampChars(`Pain point: ${top?.pain ?? ctx.facts.pains[0]?.phrase ?? ctx.facts.kind}`, 120),
      clampChars(`Angle: ${top?.angle ?? variant.angle}`, 120),
      clampChars(ctx.facts.brand, 120),
    ],
  };
  return { variantId: variant.id, durationSec: stillSeconds, scenes: [scene] };
}
