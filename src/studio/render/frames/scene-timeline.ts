import type { Scene } from '../../storyboard.ts';

/** What is on screen at one instant: the current scene, and the one fading out under it during a cut. */
export interface TimelineMoment {
  current: number;
  /** Scene-local seconds of the current scene. */
  local: number;
  outgoing?: { index: number; local: number };
  /** 0..1 opacity of the current scene over the outgoing one. */
  mix: number;
}

export interface SceneTimeline {
  scenes: Scene[];
  durationSec: number;
  at(seconds: number): TimelineMoment;
  /** Crossfade length into scene `index` (0 for the first). */
  transitionInto(index: number): number;
}

/**
 * Orders scenes by start and answers "what is showing at t". A scene holds until the next one
 * starts (gaps never show black); each cut is a short crossfade at the incoming scene's start.
 */
export function sceneTimeline(scenes: readonly Scene[], durationSec: number): SceneTimeline {
  const ordered = [...scenes].sort((a, b) => a.start - b.start);
  const fades = ordered.map((scene, i) => {
    const previous = ordered[i - 1];
    return previous ? Math.min(0.4, scene.duration * 0.3, previous.duration * 0.3) : 0;
  });
  const indexAt = (seconds: number) => {
    let index = 0;
    for (let i = 1; i < ordered.length; i++) if ((ordered[i]?.start ?? Infinity) <= seconds) index = i;
    return index;
  };
  return {
    scenes: ordered,
    durationSec,
    transitionInto: (index) => fades[index] ?? 0,
    at(seconds) {
      const current = indexAt(seconds);
      const scene = ordered[current] as Scene;
      const local = Math.max(0, seconds - scene.start);
      const fade = fades[current] ?? 0;
      const previous = ordered[current - 1];
      if (previous && fade > 0 && local < fade) {
        return { current, local, outgoing: { index: current - 1, local: seconds - previous.start }, mix: local / fade };
      }
      return { current, local, mix: 1 };
    },
  };
}
