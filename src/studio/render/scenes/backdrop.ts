import type { SKRSContext2D } from '@napi-rs/canvas';
import { withAlpha } from '../canvas/palette-colors.ts';
import { mixHex } from '../../art-direction/color-space.ts';
import { grainTile } from './film-grain.ts';
import type { SceneSetup } from './scene-setup.ts';

export interface BackdropLight {
  /** Key light position as fractions of the frame. */
  x: number;
  y: number;
  /** 0..1: how much the primary color glows. */
  strength?: number;
}

/**
 * The cinematic ground every layout stands on: a graded gradient, a key light in the primary
 * color, an accent rim light, out-of-focus bokeh, an anamorphic streak, grain and a vignette.
 * Painted once per scene into the world layer, so its cost does not repeat per frame.
 */
export function paintBackdrop(ctx: SKRSContext2D, setup: SceneSetup, light: BackdropLight, subject?: (ctx: SKRSContext2D) => void): void {
  const { width: w, height: h, colors } = setup;
  const strength = light.strength ?? 1;
  const base = ctx.createLinearGradient(0, 0, w * 0.3, h);
  base.addColorStop(0, mixHex(colors.background, colors.shadow, 0.5));
  base.addColorStop(0.55, colors.background);
  base.addColorStop(1, mixHex(colors.background, colors.surface, 0.7));
  ctx.fillStyle = base;
  ctx.fillRect(0, 0, w, h);

  const reach = Math.max(w, h);
  glow(ctx, w * light.x, h * light.y, reach * 0.75, colors.primary, (colors.isDark ? 0.6 : 0.4) * strength);
  glow(ctx, w * (1 - light.x * 0.8), h * Math.min(0.95, 1 - light.y * 0.6), reach * 0.55, colors.accent, 0.28 * strength);
  glow(ctx, w * 0.5, h * 1.05, reach * 0.5, colors.secondary, 0.3);

  paintBokeh(ctx, setup);
  paintStreak(ctx, w * light.x, h * light.y, w, colors.accent, setup.unit);
  // The subject sits under the grain and the vignette, like everything the lens saw.
  subject?.(ctx);

  ctx.save();
  ctx.globalAlpha = colors.isDark ? 0.07 : 0.04;
  ctx.globalCompositeOperation = 'overlay';
  const pattern = ctx.createPattern(grainTile(), 'repeat');
  if (pattern) {
    ctx.fillStyle = pattern;
    ctx.fillRect(0, 0, w, h);
  }
  ctx.restore();
  paintVignette(ctx, w, h, colors.shadow, colors.isDark ? 0.75 : 0.35);
}

export function glow(ctx: SKRSContext2D, x: number, y: number, radius: number, color: string, alpha: number): void {
  const gradient = ctx.createRadialGradient(x, y, 0, x, y, radius);
  gradient.addColorStop(0, withAlpha(color, alpha));
  gradient.addColorStop(0.45, withAlpha(color, alpha * 0.35));
  gradient.addColorStop(1, withAlpha(color, 0));
  ctx.fillStyle = gradient;
  ctx.fillRect(x - radius, y - radius, radius * 2, radius * 2);
}

function paintBokeh(ctx: SKRSContext2D, setup: SceneSetup): void {
  const { width: w, height: h, colors, random, unit } = setup;
  const tints = [colors.accent, colors.primary, colors.secondary, '#ffffff'];
  for (let i = 0; i < 16; i++) {
    const r = unit * (0.015 + random() ** 2 * 0.09);
    const x = random() * w;
    const y = random() * h;
    const color = tints[i % tints.length] ?? colors.accent;
    const gradient = ctx.createRadialGradient(x, y, r * 0.2, x, y, r);
    const alpha = 0.08 + random() * 0.22;
    gradient.addColorStop(0, withAlpha(color, alpha));
    gradient.addColorStop(0.8, withAlpha(color, alpha * 0.8));
    gradient.addColorStop(1, withAlpha(color, 0));
    ctx.fillStyle = gradient;
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** A thin horizontal flare through the key light, as anamorphic lenses draw, fading out both ways. */
function paintStreak(ctx: SKRSContext2D, x: number, y: number, w: number, color: string, unit: number): void {
  const thickness = Math.max(1, unit * 0.003);
  const reach = w * 0.45;
  const gradient = ctx.createLinearGradient(x - reach, 0, x + reach, 0);
  gradient.addColorStop(0, withAlpha(color, 0));
  gradient.addColorStop(0.5, withAlpha(color, 0.35));
  gradient.addColorStop(1, withAlpha(color, 0));
  ctx.fillStyle = gradient;
  ctx.fillRect(x - reach, y - thickness / 2, reach * 2, thickness);
}

export function paintVignette(ctx: SKRSContext2D, w: number, h: number, color: string, alpha: number): void {
  const gradient = ctx.createRadialGradient(w / 2, h / 2, Math.min(w, h) * 0.35, w / 2, h / 2, Math.hypot(w, h) / 2);
  gradient.addColorStop(0, withAlpha(color, 0));
  gradient.addColorStop(1, withAlpha(color, alpha));
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, w, h);
}

/** A gradient that darkens toward one edge so text over imagery reads. */
export function paintScrim(ctx: SKRSContext2D, setup: SceneSetup, edge: 'bottom' | 'left', reach: number, alpha: number): void {
  const { width: w, height: h, colors } = setup;
  const gradient =
    edge === 'bottom' ? ctx.createLinearGradient(0, h, 0, h * (1 - reach)) : ctx.createLinearGradient(0, 0, w * reach, 0);
  gradient.addColorStop(0, withAlpha(colors.shadow, alpha));
  gradient.addColorStop(0.6, withAlpha(colors.shadow, alpha * 0.6));
  gradient.addColorStop(1, withAlpha(colors.shadow, 0));
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, w, h);
}
