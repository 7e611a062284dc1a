import type { SKRSContext2D } from '@napi-rs/canvas';
import { mixHex, withAlpha } from '../canvas/palette-colors.ts';
import { glow } from './backdrop.ts';
import type { HeroPlate } from './plate-types.ts';

/** A low sun over layered hills, haze on the horizon: golden hour in the brand colors. */
export const horizonPlate: HeroPlate = (ctx, setup, area) => {
  const { colors, width: w, height: h, random } = setup;
  const r = Math.min(area.width, area.height) * 0.3;
  const cx = area.x + area.width * 0.5;
  const horizon = area.y + area.height * 0.78;
  glow(ctx, cx, horizon - r * 0.4, Math.max(w, h) * 0.7, colors.accent, 0.45);
  const sun = ctx.createLinearGradient(0, horizon - r * 1.6, 0, horizon + r * 0.4);
  sun.addColorStop(0, mixHex(colors.accent, '#ffffff', 0.35));
  sun.addColorStop(1, colors.primary);
  ctx.fillStyle = sun;
  ctx.beginPath();
  ctx.arc(cx, horizon - r * 0.55, r, 0, Math.PI * 2);
  ctx.fill();
  const haze = ctx.createLinearGradient(0, horizon - r * 0.6, 0, horizon + r * 0.3);
  haze.addColorStop(0, withAlpha(colors.accent, 0));
  haze.addColorStop(1, withAlpha(colors.accent, 0.35));
  ctx.fillStyle = haze;
  ctx.fillRect(0, horizon - r * 0.6, w, r * 0.9);
  // Three ridges, each nearer one darker and lower, the last one the ground the words stand on.
  for (let layer = 0; layer < 3; layer++) {
    const top = horizon + layer * r * 0.22 - r * 0.1;
    const tone = mixHex(colors.secondary, colors.background, 0.35 + layer * 0.3);
    paintRidge(ctx, w, h, top, r * (0.45 - layer * 0.1), tone, mixHex(tone, colors.shadow, 0.5), random);
  }
};

function paintRidge(ctx: SKRSContext2D, w: number, h: number, top: number, amplitude: number, near: string, far: string, random: () => number): void {
  const points = 5;
  ctx.beginPath();
  ctx.moveTo(0, h);
  let previous = { x: 0, y: top + (random() - 0.5) * amplitude };
  ctx.lineTo(previous.x, previous.y);
  for (let i = 1; i <= points; i++) {
    const next = { x: (w * i) / points, y: top + (random() - 0.5) * amplitude };
    const mid = (previous.x + next.x) / 2;
    ctx.bezierCurveTo(mid, previous.y, mid, next.y, next.x, next.y);
    previous = next;
  }
  ctx.lineTo(w, h);
  ctx.closePath();
  const fill = ctx.createLinearGradient(0, top - amplitude, 0, h);
  fill.addColorStop(0, near);
  fill.addColorStop(1, far);
  ctx.fillStyle = fill;
  ctx.fill();
}
