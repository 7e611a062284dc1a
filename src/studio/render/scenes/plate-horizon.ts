import { Path2D, type SKRSContext2D } from '@napi-rs/canvas';
import { withAlpha } from '../canvas/palette-colors.ts';
import { mixHex } from '../../art-direction/color-space.ts';
import { glow } from './backdrop.ts';
import type { HeroPlate } from './plate-types.ts';

/**
 * Golden hour in the brand colors: a low sun with bloom and rays over layered ridges, each ridge
 * rim-lit on its crest and the valleys filled with haze, so depth reads at a glance.
 */
export const horizonPlate: HeroPlate = (ctx, setup, area) => {
  const { colors, width: w, random, unit } = setup;
  const r = Math.min(area.width, area.height) * 0.24;
  const cx = area.x + area.width * 0.5;
  const horizon = area.y + area.height * 0.8;
  const sunY = horizon - r * 0.45;
  glow(ctx, cx, sunY, Math.max(area.width, area.height) * 0.9, colors.accent, 0.5);
  paintRays(ctx, cx, sunY, Math.max(w, setup.height), colors.accent, random);
  glow(ctx, cx, sunY, r * 2.2, mixHex(colors.accent, '#ffffff', 0.3), 0.55);
  const sun = ctx.createLinearGradient(0, sunY - r, 0, sunY + r);
  sun.addColorStop(0, mixHex(colors.accent, '#ffffff', 0.55));
  sun.addColorStop(0.6, mixHex(colors.accent, colors.primary, 0.45));
  sun.addColorStop(1, colors.primary);
  ctx.fillStyle = sun;
  ctx.beginPath();
  ctx.arc(cx, sunY, r, 0, Math.PI * 2);
  ctx.fill();
  // Three ridges, nearer ones darker and lower; the last is the ground the words stand on.
  for (let layer = 0; layer < 3; layer++) {
    const top = horizon + layer * r * 0.32 - r * 0.05;
    const tone = mixHex(colors.secondary, colors.background, 0.3 + layer * 0.3);
    const amplitude = r * (0.55 - layer * 0.12);
    const crest = ridgePath(w, top, amplitude, random);
    const shape = closeBelow(crest, w, setup.height);
    ctx.fillStyle = verticalFade(ctx, top - amplitude, setup.height, [tone, mixHex(tone, colors.shadow, 0.6)]);
    ctx.fill(shape);
    // Mist on the ridge's upper slopes, lit by the sun behind.
    ctx.fillStyle = verticalFade(ctx, top - amplitude / 2, top + r * 0.6, [withAlpha(colors.accent, 0.2 - layer * 0.05), withAlpha(colors.accent, 0)]);
    ctx.fill(shape);
    ctx.strokeStyle = withAlpha(mixHex(colors.accent, '#ffffff', 0.2), 0.55 - layer * 0.15);
    ctx.lineWidth = Math.max(1, unit * 0.004);
    ctx.stroke(crest);
  }
};

/** Faint shafts of light fanning out from the sun (added light, so they brighten what is behind). */
function paintRays(ctx: SKRSContext2D, x: number, y: number, reach: number, color: string, random: () => number): void {
  ctx.save();
  ctx.globalCompositeOperation = 'lighter';
  for (let i = 0; i < 14; i++) {
    const angle = Math.PI * (1.05 + (i / 13) * 0.9) + (random() - 0.5) * 0.08;
    const spread = 0.012 + random() * 0.035;
    const shaft = ctx.createRadialGradient(x, y, 0, x, y, reach);
    shaft.addColorStop(0, withAlpha(color, 0.05 + random() * 0.06));
    shaft.addColorStop(1, withAlpha(color, 0));
    ctx.fillStyle = shaft;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + Math.cos(angle - spread) * reach, y + Math.sin(angle - spread) * reach);
    ctx.lineTo(x + Math.cos(angle + spread) * reach, y + Math.sin(angle + spread) * reach);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
}

function ridgePath(w: number, top: number, amplitude: number, random: () => number): Path2D {
  const path = new Path2D();
  const points = 5;
  let previous = { x: -w * 0.02, y: top + (random() - 0.5) * amplitude };
  path.moveTo(previous.x, previous.y);
  for (let i = 1; i <= points; i++) {
    const next = { x: (w * 1.04 * i) / points - w * 0.02, y: top + (random() - 0.5) * amplitude };
    const mid = (previous.x + next.x) / 2;
    path.bezierCurveTo(mid, previous.y, mid, next.y, next.x, next.y);
    previous = next;
  }
  return path;
}

function closeBelow(crest: Path2D, w: number, h: number): Path2D {
  const shape = new Path2D(crest);
  shape.lineTo(w * 1.02, h);
  shape.lineTo(-w * 0.02, h);
  shape.closePath();
  return shape;
}

function verticalFade(ctx: SKRSContext2D, top: number, bottom: number, [from, to]: [string, string]) {
  const gradient = ctx.createLinearGradient(0, top, 0, bottom);
  gradient.addColorStop(0, from);
  gradient.addColorStop(1, to);
  return gradient;
}
