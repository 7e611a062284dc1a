import type { Brief } from '../brief.ts';
import type { ScriptVariant } from '../script.ts';
import type { Scene } from '../storyboard.ts';
import type { CopyFacts } from '../copy/copy-facts.ts';
import { clampChars } from '../copy/line-fitting.ts';
import { slotBeats } from './beat-slotting.ts';
import { detailsFor } from './scene-details.ts';
import { frameFor, showsPhoto } from './scene-layout.ts';
import { tileDurations } from './scene-clock.ts';
import { describeShot } from './shot-writing.ts';
import type { PresenterPersona } from './presenter-persona.ts';

export interface SceneContext {
  brief: Brief;
  facts: CopyFacts;
  presenter?: PresenterPersona;
}

/** One variant's scenes for a video cut: beats fitted to the tier's scene count, framed and timed. */
export function videoScenes(ctx: SceneContext, variant: ScriptVariant, sceneCount: number, durationSec: number): Scene[] {
  const { brief, facts } = ctx;
  const images = brief.source?.images ?? [];
  const slots = slotBeats(variant.beats, sceneCount, durationSec);
  const tiles = tileDurations(slots.map((s) => s.duration), durationSec);
  let photos = 0;
  return slots.map((slot, i) => {
    const tile = tiles[i] ?? { start: 0, duration: durationSec };
    const imagery = facts.imagery[i % Math.max(1, facts.imagery.length)] ?? facts.kind;
    const base = { id: `${variant.id}-s${i + 1}`, beatId: slot.beatId, start: tile.start, duration: tile.duration, voiceOver: clampChars(slot.voiceOver, 400) };
    if (slot.closing) {
      const shot = describeShot({ layout: 'endcard', motion: 'static', role: 'cta', facts, imagery, onScreen: variant.headline, headline: variant.headline, cta: variant.cta });
      return { ...base, shot, layout: 'endcard', motion: 'static', onScreen: clampChars(variant.headline, 90), details: [variant.cta, clampChars(facts.brand, 120)] };
    }
    const frame = frameFor(brief.type, slot.role, i, images.length > 0);
    const imageIndex = images.length > 0 && showsPhoto(brief.type, frame.layout) ? photos++ % images.length : undefined;
    const details = detailsFor(frame.layout, slot.role, facts);
    const shot = describeShot({
      ...frame,
      role: slot.role,
      facts,
      imagery,
      onScreen: slot.onScreen,
      ...(ctx.presenter ? { presenter: ctx.presenter } : {}),
      ...(imageIndex !== undefined ? { imageIndex } : {}),
    });
    return {
      ...base,
      shot,
      ...frame,
      onScreen: clampChars(slot.onScreen, 90),
      ...(imageIndex !== undefined ? { imageIndex } : {}),
      ...(details ? { details } : {}),
    };
  });
}
