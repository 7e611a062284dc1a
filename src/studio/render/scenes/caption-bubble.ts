import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Rect } from '../canvas/frame-geometry.ts';
import { easeOutBack, phase } from '../canvas/easing.ts';
import { withAlpha } from '../canvas/palette-colors.ts';
import { fitText, shiftBlock, type TextBlock, type TextStyle } from '../canvas/text-layout.ts';
import { drawTextBlock } from '../canvas/text-reveal.ts';
import type { SceneSetup } from './scene-setup.ts';

export interface CaptionBubble {
  rect: Rect;
  text: TextBlock;
  /** Which side the tail points from. */
  tail: 'left' | 'right';
  fill: string;
  ink: string;
  /** Scene-local second it pops in. */
  at: number;
}

/** Lays a UGC-style caption sticker into `area` (top-aligned), sized to its text. */
export function layoutCaptionBubble(
  setup: SceneSetup,
  content: string,
  area: Rect,
  options: { size: number; tail: 'left' | 'right'; fill: string; ink: string; at: number; weight?: number },
): CaptionBubble {
  const pad = options.size * 0.55;
  const style: TextStyle = { family: 'Inter', weight: options.weight ?? 800, lineHeight: 1.2, align: 'left' };
  const text = fitText(setup.measure, content, style, { x: area.x + pad, y: area.y + pad, width: area.width - 2 * pad, height: area.height - 2 * pad }, {
    maxSize: options.size,
    minSize: options.size * 0.5,
    valign: 'top',
  });
  const width = text.bounds.width + 2 * pad;
  const x = options.tail === 'left' ? area.x : area.x + area.width - width;
  const dx = x + pad - text.bounds.x;
  return {
    rect: { x, y: area.y, width, height: text.bounds.height + 2 * pad },
    text: shiftBlock(text, dx, 0),
    tail: options.tail,
    fill: options.fill,
    ink: options.ink,
    at: options.at,
  };
}

/** Pops the bubble in from its tail corner; the overshoot is kept small so it stays in its area. */
export function paintCaptionBubble(ctx: SKRSContext2D, bubble: CaptionBubble, t: number, withText: boolean): void {
  const p = phase(t, bubble.at, 0.35);
  if (p <= 0) return;
  const { rect } = bubble;
  const scale = 0.85 + 0.15 * easeOutBack(p);
  const ox = bubble.tail === 'left' ? rect.x : rect.x + rect.width;
  const oy = rect.y + rect.height;
  ctx.save();
  ctx.translate(ox, oy);
  ctx.scale(scale, scale);
  ctx.translate(-ox, -oy);
  ctx.globalAlpha *= Math.min(1, p * 2);
  const radius = Math.min(rect.height / 2, bubble.text.size * 0.7);
  ctx.fillStyle = withAlpha('#000000', 0.18);
  ctx.beginPath();
  ctx.roundRect(rect.x + radius * 0.15, rect.y + radius * 0.2, rect.width, rect.height, radius);
  ctx.fill();
  ctx.fillStyle = bubble.fill;
  ctx.beginPath();
  ctx.roundRect(rect.x, rect.y, rect.width, rect.height, radius);
  const tailX = bubble.tail === 'left' ? rect.x + radius : rect.x + rect.width - radius;
  const dir = bubble.tail === 'left' ? -1 : 1;
  ctx.moveTo(tailX - radius * 0.6 * dir, rect.y + rect.height - 1);
  ctx.lineTo(tailX + radius * 0.2 * dir, rect.y + rect.height + radius * 0.6);
  ctx.lineTo(tailX + radius * 0.5 * dir, rect.y + rect.height - 1);
  ctx.fill();
  if (withText) drawTextBlock(ctx, bubble.text, bubble.ink, t, 'none', { start: 0, stagger: 0, duration: 1 });
  ctx.restore();
}
