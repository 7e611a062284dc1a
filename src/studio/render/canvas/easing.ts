/** Easing curves for reveals and camera moves; all map 0..1 to 0..1 and clamp outside. */
function clamp01(t: number): number {
  return t <= 0 ? 0 : t >= 1 ? 1 : t;
}

export function easeOutCubic(t: number): number {
  const x = clamp01(t);
  return 1 - (1 - x) ** 3;
}

export function easeInOutSine(t: number): number {
  return -(Math.cos(Math.PI * clamp01(t)) - 1) / 2;
}

/** Overshoots a little before settling: for buttons and bubbles popping in. */
export function easeOutBack(t: number): number {
  const x = clamp01(t);
  const c = 1.70158;
  return 1 + (c + 1) * (x - 1) ** 3 + c * (x - 1) ** 2;
}

/** Progress of an animation that starts at `delay` and lasts `duration` seconds, at time `t`. */
export function phase(t: number, delay: number, duration: number): number {
  return clamp01((t - delay) / duration);
}
