import type { SKRSContext2D } from '@napi-rs/canvas';
import { easeOutCubic, phase } from './easing.ts';
import type { TextBlock } from './text-layout.ts';

/** How lines enter: rise from behind a mask, slide in from the left, fade, or appear at once. */
export type RevealStyle = 'rise' | 'slide' | 'fade' | 'none';

export interface RevealTiming {
  /** Scene-local second the first line starts. */
  start: number;
  /** Delay between lines. */
  stagger: number;
  /** Length of one line's entrance. */
  duration: number;
}

/** When the block's last line has fully entered. */
export function revealEnd(block: TextBlock, timing: RevealTiming): number {
  return timing.start + Math.max(0, block.lines.length - 1) * timing.stagger + timing.duration;
}

/**
 * Draws a fitted block at scene-local time `t`. While a line is entering it is clipped to its own
 * band, so moving text never leaves the box it was fitted to (and so never leaves the safe zone).
 */
export function drawTextBlock(
  ctx: SKRSContext2D,
  block: TextBlock,
  fill: string,
  t: number,
  style: RevealStyle,
  timing: RevealTiming,
): void {
  ctx.font = block.font;
  ctx.letterSpacing = block.letterSpacing;
  ctx.fillStyle = fill;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  const base = ctx.globalAlpha;
  block.lines.forEach((line, i) => {
    const p = style === 'none' ? 1 : easeOutCubic(phase(t, timing.start + i * timing.stagger, timing.duration));
    if (p <= 0) return;
    if (p >= 1) {
      ctx.fillText(line.text, line.x, line.baseline);
      return;
    }
    ctx.save();
    const pad = block.size * 0.3;
    ctx.beginPath();
    ctx.rect(block.bounds.x - 2, line.top - pad, block.bounds.width + 4, block.lineHeight + 2 * pad);
    ctx.clip();
    ctx.globalAlpha = base * (style === 'fade' ? p : Math.min(1, p * 1.6));
    const dx = style === 'slide' ? -(1 - p) * Math.min(block.bounds.width, block.size * 6) : 0;
    const dy = style === 'rise' ? (1 - p) * (block.lineHeight + pad) : 0;
    ctx.fillText(line.text, line.x + dx, line.baseline + dy);
    ctx.restore();
  });
  ctx.globalAlpha = base;
}
