import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Rect } from '../canvas/frame-geometry.ts';
import { withAlpha } from '../canvas/palette-colors.ts';
import { fitText, shiftBlock, type TextBlock } from '../canvas/text-layout.ts';
import { drawTextBlock } from '../canvas/text-reveal.ts';
import type { SceneSetup } from './scene-setup.ts';
import { typeSize } from './text-styles.ts';

export interface CtaButton {
  rect: Rect;
  label: TextBlock;
}

/** Sizes a pill button to its label, centered on `centerX`, inside `area`. */
export function layoutCtaButton(setup: SceneSetup, text: string, area: Rect, centerX: number): CtaButton {
  const height = Math.min(area.height, typeSize(setup, 0.11));
  const maxWidth = Math.min(area.width, setup.unit * 0.8);
  const label = fitText(
    setup.measure,
    text,
    { family: 'Inter', weight: 800, lineHeight: 1, align: 'center', uppercase: true, tracking: 0.06 },
    { x: 0, y: 0, width: maxWidth - height, height: height * 0.5 },
    { maxSize: height * 0.38, minSize: height * 0.2, maxLines: 1 },
  );
  const width = Math.min(maxWidth, label.bounds.width + height * 1.1);
  const rect = { x: Math.max(area.x, centerX - width / 2), y: area.y, width, height };
  const dx = rect.x + rect.width / 2 - (label.bounds.x + label.bounds.width / 2);
  const dy = rect.y + (rect.height - label.lineHeight) / 2 - label.bounds.y;
  return { rect, label: shiftBlock(label, dx, dy) };
}

/** Draws the button popping in at `appear` (0..1) with a gentle pulse after; the label stays inside the pill. */
export function paintCtaButton(ctx: SKRSContext2D, setup: SceneSetup, button: CtaButton, appear: number, t: number, text: boolean): void {
  if (appear <= 0) return;
  const { rect } = button;
  const pulse = appear >= 1 ? 1 + 0.025 * Math.sin(t * Math.PI * 2 * 0.8) : appear;
  ctx.save();
  ctx.translate(rect.x + rect.width / 2, rect.y + rect.height / 2);
  ctx.scale(pulse, pulse);
  ctx.translate(-(rect.x + rect.width / 2), -(rect.y + rect.height / 2));
  ctx.globalAlpha *= Math.min(1, appear * 1.5);
  ctx.fillStyle = withAlpha(setup.colors.accent, 0.25);
  ctx.beginPath();
  ctx.roundRect(rect.x - rect.height * 0.08, rect.y - rect.height * 0.08, rect.width + rect.height * 0.16, rect.height * 1.16, rect.height * 0.58);
  ctx.fill();
  ctx.fillStyle = setup.colors.accent;
  ctx.beginPath();
  ctx.roundRect(rect.x, rect.y, rect.width, rect.height, rect.height / 2);
  ctx.fill();
  if (text) drawTextBlock(ctx, button.label, setup.colors.onAccent, t, 'none', { start: 0, stagger: 0, duration: 1 });
  ctx.restore();
}
