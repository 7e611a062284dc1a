import type { SKRSContext2D } from '@napi-rs/canvas';
import { withAlpha } from '../canvas/palette-colors.ts';
import { mixHex } from '../../art-direction/color-space.ts';
import type { SceneColors } from './scene-colors.ts';

export interface FigurePlacement {
  /** Horizontal center of the figure. */
  cx: number;
  /** Where the shoulders leave the frame (usually the frame's bottom edge or below). */
  bottom: number;
  /** Head radius; the head's center sits 4.3 head radii above `bottom`. */
  head: number;
}

/**
 * A drawn presenter: head and shoulders in the brand colors with a rim light — a character,
 * not a photo, so the offline studio can cut "to camera" without any model.
 */
export function paintPresenterFigure(ctx: SKRSContext2D, colors: SceneColors, at: FigurePlacement): void {
  const { cx, bottom, head: r } = at;
  const headY = bottom - r * 4.3;
  const shoulderY = headY + r * 1.55;
  const skin = mixHex('#c8926e', colors.surface, 0.12);
  const hair = mixHex(colors.secondary, '#000000', 0.55);

  // Shoulders and jacket.
  const jacket = ctx.createLinearGradient(cx - r * 3, 0, cx + r * 3, 0);
  jacket.addColorStop(0, mixHex(colors.primary, '#000000', 0.45));
  jacket.addColorStop(0.5, colors.primary);
  jacket.addColorStop(1, mixHex(colors.primary, '#000000', 0.35));
  ctx.fillStyle = jacket;
  ctx.beginPath();
  ctx.moveTo(cx - r * 3.2, bottom + r);
  ctx.bezierCurveTo(cx - r * 3.1, shoulderY + r * 0.4, cx - r * 2.2, shoulderY, cx - r * 0.9, shoulderY - r * 0.1);
  ctx.lineTo(cx + r * 0.9, shoulderY - r * 0.1);
  ctx.bezierCurveTo(cx + r * 2.2, shoulderY, cx + r * 3.1, shoulderY + r * 0.4, cx + r * 3.2, bottom + r);
  ctx.closePath();
  ctx.fill();
  ctx.strokeStyle = withAlpha(colors.accent, 0.8);
  ctx.lineWidth = Math.max(1, r * 0.06);
  ctx.stroke();

  // Shirt V and neck.
  ctx.fillStyle = colors.surface;
  ctx.beginPath();
  ctx.moveTo(cx - r * 0.75, shoulderY - r * 0.05);
  ctx.lineTo(cx, shoulderY + r * 1.5);
  ctx.lineTo(cx + r * 0.75, shoulderY - r * 0.05);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = mixHex(skin, '#000000', 0.12);
  ctx.beginPath();
  ctx.moveTo(cx - r * 0.42, headY + r * 0.6);
  ctx.lineTo(cx + r * 0.42, headY + r * 0.6);
  ctx.lineTo(cx + r * 0.5, shoulderY + r * 0.1);
  ctx.lineTo(cx, shoulderY + r * 0.8);
  ctx.lineTo(cx - r * 0.5, shoulderY + r * 0.1);
  ctx.closePath();
  ctx.fill();

  // Head, hair, face.
  const face = ctx.createRadialGradient(cx - r * 0.3, headY - r * 0.3, r * 0.1, cx, headY, r * 1.2);
  face.addColorStop(0, mixHex(skin, '#ffffff', 0.18));
  face.addColorStop(1, mixHex(skin, '#000000', 0.2));
  ctx.fillStyle = face;
  ctx.beginPath();
  ctx.ellipse(cx, headY, r * 0.82, r, 0, 0, Math.PI * 2);
  ctx.fill();
  // Hair: a cap over the crown and a fringe swept to one side.
  ctx.fillStyle = hair;
  ctx.beginPath();
  ctx.ellipse(cx, headY - r * 0.08, r * 0.9, r * 1.02, 0, Math.PI, Math.PI * 2);
  ctx.bezierCurveTo(cx + r * 0.92, headY + r * 0.1, cx + r * 0.7, headY - r * 0.45, cx + r * 0.15, headY - r * 0.5);
  ctx.bezierCurveTo(cx - r * 0.35, headY - r * 0.55, cx - r * 0.75, headY - r * 0.25, cx - r * 0.9, headY - r * 0.08);
  ctx.closePath();
  ctx.fill();

  ctx.fillStyle = mixHex(hair, '#000000', 0.3);
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.ellipse(cx + side * r * 0.32, headY + r * 0.05, r * 0.07, r * 0.1, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.strokeStyle = mixHex(skin, '#5a2a22', 0.6);
  ctx.lineWidth = Math.max(1, r * 0.06);
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.arc(cx, headY + r * 0.3, r * 0.28, Math.PI * 0.2, Math.PI * 0.8);
  ctx.stroke();

  // Rim light on the head's far side.
  ctx.strokeStyle = withAlpha(colors.accent, 0.55);
  ctx.lineWidth = Math.max(1, r * 0.08);
  ctx.beginPath();
  ctx.ellipse(cx, headY, r * 0.82, r, 0, -Math.PI * 0.45, Math.PI * 0.35);
  ctx.stroke();
}
