import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Rect } from '../canvas/frame-geometry.ts';
import { withAlpha } from '../canvas/palette-colors.ts';
import { mixHex } from '../../art-direction/color-space.ts';
import { glow } from './backdrop.ts';
import { drawImageContain } from './image-fill.ts';
import type { SceneSetup } from './scene-setup.ts';

/**
 * The hero product on a lit pedestal: the brief's image when there is one, otherwise a drawn
 * bottle in the brand colors, so a product shot never comes out empty.
 */
export function paintProductFigure(ctx: SKRSContext2D, setup: SceneSetup, area: Rect): void {
  const { colors } = setup;
  const cx = area.x + area.width / 2;
  const floor = area.y + area.height * 0.9;
  glow(ctx, cx, area.y + area.height * 0.45, Math.max(area.width, area.height) * 0.6, colors.accent, 0.45);

  const pedestal = ctx.createLinearGradient(0, floor - area.height * 0.05, 0, floor + area.height * 0.06);
  pedestal.addColorStop(0, mixHex(colors.surface, '#ffffff', 0.15));
  pedestal.addColorStop(1, colors.shadow);
  ctx.fillStyle = pedestal;
  ctx.beginPath();
  ctx.ellipse(cx, floor, area.width * 0.42, area.height * 0.06, 0, 0, Math.PI * 2);
  ctx.fill();

  const body: Rect = { x: cx - area.width * 0.3, y: area.y + area.height * 0.04, width: area.width * 0.6, height: area.height * 0.84 };
  if (setup.image) {
    ctx.save();
    ctx.shadowColor = withAlpha(colors.shadow, 0.8);
    ctx.shadowBlur = setup.unit * 0.04;
    ctx.shadowOffsetY = setup.unit * 0.015;
    drawImageContain(ctx, setup.image, { x: area.x, y: body.y, width: area.width, height: body.height });
    ctx.restore();
  } else {
    paintBottle(ctx, setup, body);
  }
}

function paintBottle(ctx: SKRSContext2D, setup: SceneSetup, box: Rect): void {
  const { colors } = setup;
  const bodyWidth = Math.min(box.width, box.height * 0.46);
  const x = box.x + (box.width - bodyWidth) / 2;
  const neckHeight = box.height * 0.16;
  const top = box.y + neckHeight;
  const height = box.height - neckHeight;

  const glass = ctx.createLinearGradient(x, 0, x + bodyWidth, 0);
  glass.addColorStop(0, mixHex(colors.primary, '#000000', 0.35));
  glass.addColorStop(0.35, colors.primary);
  glass.addColorStop(0.55, mixHex(colors.primary, '#ffffff', 0.35));
  glass.addColorStop(1, mixHex(colors.primary, '#000000', 0.45));
  ctx.fillStyle = glass;
  ctx.beginPath();
  ctx.roundRect(x, top, bodyWidth, height, bodyWidth * 0.18);
  ctx.fill();

  // Cap and neck in the accent color.
  ctx.fillStyle = colors.accent;
  ctx.beginPath();
  ctx.roundRect(x + bodyWidth * 0.3, box.y, bodyWidth * 0.4, neckHeight * 1.1, bodyWidth * 0.05);
  ctx.fill();

  // Label band with the brand's initial as a monogram mark (shapes, not text: it is part of the object).
  const labelTop = top + height * 0.36;
  ctx.fillStyle = colors.surface;
  ctx.fillRect(x, labelTop, bodyWidth, height * 0.3);
  ctx.strokeStyle = colors.accent;
  ctx.lineWidth = Math.max(1, bodyWidth * 0.03);
  ctx.beginPath();
  ctx.arc(x + bodyWidth / 2, labelTop + height * 0.15, height * 0.09, 0, Math.PI * 2);
  ctx.stroke();

  // Specular highlight down the left side.
  ctx.fillStyle = withAlpha('#ffffff', 0.22);
  ctx.beginPath();
  ctx.roundRect(x + bodyWidth * 0.12, top + height * 0.06, bodyWidth * 0.07, height * 0.8, bodyWidth * 0.04);
  ctx.fill();
}
