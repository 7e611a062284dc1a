import type { SKRSContext2D } from '@napi-rs/canvas';
import { easeOutCubic, phase } from '../canvas/easing.ts';
import type { Rect } from '../canvas/frame-geometry.ts';
import { withAlpha } from '../canvas/palette-colors.ts';
import { fitText, shiftBlock, type TextBlock } from '../canvas/text-layout.ts';
import { drawTextBlock } from '../canvas/text-reveal.ts';
import type { SceneSetup } from './scene-setup.ts';
import { labelStyle, typeSize } from './text-styles.ts';

/** A small tracked-caps label on a translucent pill ("Before", "New"), placed at its rect's top-left. */
export interface LabelChip {
  rect: Rect;
  text: TextBlock;
}

export function layoutLabelChip(setup: SceneSetup, content: string, at: { x: number; y: number; maxWidth: number }): LabelChip {
  const size = typeSize(setup, 0.032);
  const pad = size * 0.7;
  const text = fitText(setup.measure, content, labelStyle('left'), { x: 0, y: 0, width: at.maxWidth - pad * 2, height: size * 1.3 }, { maxSize: size, minSize: size * 0.5, maxLines: 1 });
  const rect = { x: at.x, y: at.y, width: text.bounds.width + pad * 2, height: text.lineHeight + pad };
  return { rect, text: shiftBlock(text, rect.x + pad - text.bounds.x, rect.y + pad / 2 - text.bounds.y) };
}

export function paintLabelChip(ctx: SKRSContext2D, setup: SceneSetup, chip: LabelChip, t: number, at: number, withText: boolean): void {
  const p = easeOutCubic(phase(t, at, 0.35));
  if (p <= 0) return;
  const { rect } = chip;
  ctx.save();
  ctx.globalAlpha *= p;
  ctx.fillStyle = withAlpha(setup.colors.shadow, 0.7);
  ctx.beginPath();
  ctx.roundRect(rect.x, rect.y, rect.width, rect.height, rect.height / 2);
  ctx.fill();
  ctx.strokeStyle = setup.colors.accent;
  ctx.lineWidth = Math.max(1, setup.unit * 0.003);
  ctx.stroke();
  if (withText) drawTextBlock(ctx, chip.text, setup.colors.accent, t, 'none', { start: 0, stagger: 0, duration: 1 });
  ctx.restore();
}
