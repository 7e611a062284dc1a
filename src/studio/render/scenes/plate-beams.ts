import { withAlpha } from '../canvas/palette-colors.ts';
import { glow } from './backdrop.ts';
import type { HeroPlate } from './plate-types.ts';

/** Volumetric light falling from above into haze, with dust catching it: a stage waiting for the product. */
export const beamsPlate: HeroPlate = (ctx, setup, area) => {
  const { colors, width: w, height: h, random, unit } = setup;
  const sourceX = area.x + area.width * 0.5;
  const sourceY = -h * 0.08;
  ctx.save();
  ctx.globalCompositeOperation = 'lighter';
  for (let i = 0; i < 6; i++) {
    const spread = (i - 2.5) * w * 0.16 + (random() - 0.5) * w * 0.08;
    const width = w * (0.08 + random() * 0.1);
    const beam = ctx.createLinearGradient(0, sourceY, 0, h);
    const tint = i % 2 === 0 ? colors.accent : colors.primary;
    beam.addColorStop(0, withAlpha(tint, 0.28));
    beam.addColorStop(0.7, withAlpha(tint, 0.06));
    beam.addColorStop(1, withAlpha(tint, 0));
    ctx.fillStyle = beam;
    ctx.beginPath();
    ctx.moveTo(sourceX - unit * 0.01, sourceY);
    ctx.lineTo(sourceX + unit * 0.01, sourceY);
    ctx.lineTo(sourceX + spread + width, h);
    ctx.lineTo(sourceX + spread - width, h);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
  glow(ctx, sourceX, area.y + area.height * 0.85, area.width * 0.7, colors.accent, 0.35);
  for (let i = 0; i < 60; i++) {
    ctx.fillStyle = withAlpha('#ffffff', 0.15 + random() * 0.5);
    ctx.beginPath();
    ctx.arc(area.x + random() * area.width, area.y + random() * area.height, Math.max(0.6, unit * 0.0025 * (0.5 + random())), 0, Math.PI * 2);
    ctx.fill();
  }
};
