import { withAlpha } from '../canvas/palette-colors.ts';
import { mixHex } from '../../art-direction/color-space.ts';
import { glow } from './backdrop.ts';
import type { HeroPlate } from './plate-types.ts';

/** A glowing sphere with orbit rings: an abstract "product moment" when there is no image. */
export const orbPlate: HeroPlate = (ctx, setup, area) => {
  const { colors } = setup;
  const x = area.x + area.width / 2;
  const y = area.y + area.height / 2;
  const r = Math.min(area.width, area.height) * 0.32;
  glow(ctx, x, y, r * 2.4, colors.primary, 0.55);
  const sphere = ctx.createRadialGradient(x - r * 0.35, y - r * 0.4, r * 0.05, x, y, r);
  sphere.addColorStop(0, mixHex(colors.primary, '#ffffff', 0.55));
  sphere.addColorStop(0.45, colors.primary);
  sphere.addColorStop(1, mixHex(colors.secondary, '#000000', 0.4));
  ctx.fillStyle = sphere;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.lineWidth = Math.max(1, r * 0.015);
  for (const [scale, alpha, tilt] of [
    [1.35, 0.75, -0.35],
    [1.7, 0.4, -0.3],
    [2.1, 0.2, -0.25],
  ] as const) {
    ctx.strokeStyle = withAlpha(colors.accent, alpha);
    ctx.beginPath();
    ctx.ellipse(x, y, r * scale, r * scale * 0.32, tilt, 0, Math.PI * 2);
    ctx.stroke();
  }
  ctx.fillStyle = colors.accent;
  ctx.beginPath();
  ctx.arc(x + r * 1.25, y - r * 0.42, Math.max(1.5, r * 0.07), 0, Math.PI * 2);
  ctx.fill();
};
