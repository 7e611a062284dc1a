import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { Rect } from '../canvas/frame-geometry.ts';
import { withAlpha } from '../canvas/palette-colors.ts';
import type { SceneColors } from './scene-colors.ts';

export interface CardSprite {
  canvas: Canvas;
  /** Where the sprite's top-left goes so the card lands on its rect (the margin holds the shadow). */
  x: number;
  y: number;
}

/**
 * A surface card with its soft shadow, rendered once into its own small canvas: blurring a shadow
 * every frame would cost more than the rest of the frame, drawing a sprite costs almost nothing.
 */
export function cardSprite(colors: SceneColors, rect: Rect, unit: number): CardSprite {
  const margin = Math.ceil(unit * 0.06);
  const canvas = createCanvas(Math.ceil(rect.width + margin * 2), Math.ceil(rect.height + margin * 2));
  const ctx = canvas.getContext('2d');
  const radius = unit * 0.035;
  ctx.shadowColor = withAlpha('#000000', 0.45);
  ctx.shadowBlur = margin * 0.7;
  ctx.shadowOffsetY = margin * 0.25;
  ctx.fillStyle = withAlpha(colors.surface, 0.94);
  ctx.beginPath();
  ctx.roundRect(margin, margin, rect.width, rect.height, radius);
  ctx.fill();
  ctx.shadowColor = 'transparent';
  ctx.strokeStyle = withAlpha(colors.accent, 0.35);
  ctx.lineWidth = Math.max(1, unit * 0.002);
  ctx.stroke();
  // An accent strip along the top edge, clipped to the rounded corners.
  ctx.save();
  ctx.clip();
  ctx.fillStyle = colors.accent;
  ctx.fillRect(margin, margin, rect.width, Math.max(2, unit * 0.014));
  ctx.restore();
  return { canvas, x: rect.x - margin, y: rect.y - margin };
}
