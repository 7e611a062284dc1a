import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Rect } from '../canvas/frame-geometry.ts';
import { withAlpha } from '../canvas/palette-colors.ts';
import { mixHex } from '../../art-direction/color-space.ts';
import { glow } from './backdrop.ts';
import { drawImageCover } from './image-fill.ts';
import type { SceneSetup } from './scene-setup.ts';

/**
 * The picture half of a split layout: the scene's image cropped to fit, or a graphic panel in the
 * brand colors (gradient, light, diagonal bands and a disc) when there is none.
 */
export function paintVisualPanel(ctx: SKRSContext2D, setup: SceneSetup, rect: Rect): void {
  const { colors, random } = setup;
  ctx.save();
  ctx.beginPath();
  ctx.rect(rect.x, rect.y, rect.width, rect.height);
  ctx.clip();
  if (setup.image) {
    drawImageCover(ctx, setup.image, rect);
  } else {
    const base = ctx.createLinearGradient(rect.x, rect.y, rect.x + rect.width, rect.y + rect.height);
    base.addColorStop(0, colors.secondary);
    base.addColorStop(1, mixHex(colors.primary, colors.shadow, 0.2));
    ctx.fillStyle = base;
    ctx.fillRect(rect.x, rect.y, rect.width, rect.height);
    const reach = Math.max(rect.width, rect.height);
    glow(ctx, rect.x + rect.width * 0.3, rect.y + rect.height * 0.3, reach * 0.8, colors.accent, 0.35);
    ctx.strokeStyle = withAlpha(colors.accent, 0.22);
    ctx.lineWidth = Math.max(1, setup.unit * 0.035);
    const step = setup.unit * 0.11;
    for (let i = -8; i < 14; i++) {
      const x = rect.x + i * step + random() * step * 0.2;
      ctx.beginPath();
      ctx.moveTo(x, rect.y + rect.height);
      ctx.lineTo(x + rect.height * 0.6, rect.y);
      ctx.stroke();
    }
    const r = Math.min(rect.width, rect.height) * 0.3;
    const disc = ctx.createRadialGradient(rect.x + rect.width * 0.6 - r * 0.3, rect.y + rect.height * 0.5 - r * 0.3, 0, rect.x + rect.width * 0.6, rect.y + rect.height * 0.5, r);
    disc.addColorStop(0, mixHex(colors.accent, '#ffffff', 0.4));
    disc.addColorStop(1, colors.accent);
    ctx.fillStyle = disc;
    ctx.beginPath();
    ctx.arc(rect.x + rect.width * 0.6, rect.y + rect.height * 0.5, r, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
}
