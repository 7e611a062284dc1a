import { withAlpha } from '../canvas/palette-colors.ts';
import { glow } from './backdrop.ts';
import type { HeroPlate } from './plate-types.ts';

/** Silk ribbons of the brand colors sweeping through the frame, each with a sheen along its crest. */
export const ribbonsPlate: HeroPlate = (ctx, setup, area) => {
  const { colors, random, unit } = setup;
  glow(ctx, area.x + area.width * 0.5, area.y + area.height * 0.5, Math.max(area.width, area.height) * 0.7, colors.primary, 0.4);
  ctx.lineCap = 'round';
  for (let i = 0; i < 4; i++) {
    const y0 = area.y + area.height * (0.2 + i * 0.2 + (random() - 0.5) * 0.1);
    const y1 = area.y + area.height * (0.8 - i * 0.18 + (random() - 0.5) * 0.1);
    const x0 = area.x - area.width * 0.2;
    const x1 = area.x + area.width * 1.2;
    const band = ctx.createLinearGradient(x0, y0, x1, y1);
    band.addColorStop(0, withAlpha(colors.secondary, 0.85));
    band.addColorStop(0.5, withAlpha(colors.primary, 0.9));
    band.addColorStop(1, withAlpha(colors.accent, 0.85));
    const bend = area.height * (0.35 + random() * 0.3) * (i % 2 === 0 ? 1 : -1);
    const trace = () => {
      ctx.beginPath();
      ctx.moveTo(x0, y0);
      ctx.bezierCurveTo(x0 + area.width * 0.45, y0 - bend, x1 - area.width * 0.45, y1 + bend, x1, y1);
    };
    trace();
    ctx.strokeStyle = band;
    ctx.globalAlpha = 0.55 + i * 0.12;
    ctx.lineWidth = unit * (0.05 + random() * 0.07);
    ctx.stroke();
    ctx.globalAlpha = 0.35;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = Math.max(1, unit * 0.004);
    trace();
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
};
