import type { SKRSContext2D } from '@napi-rs/canvas';
import { easeOutBack, phase } from '../canvas/easing.ts';
import { withAlpha } from '../canvas/palette-colors.ts';
import { fitText, type TextBlock } from '../canvas/text-layout.ts';
import { drawTextBlock } from '../canvas/text-reveal.ts';
import type { SceneSetup } from './scene-setup.ts';

export interface PriceBadge {
  cx: number;
  cy: number;
  radius: number;
  label: TextBlock;
}

/** A round accent badge (price, "new", a claim) whose label is fitted inside its inner square. */
export function layoutPriceBadge(setup: SceneSetup, text: string, cx: number, cy: number, radius: number): PriceBadge {
  const side = radius * 1.3;
  const label = fitText(
    setup.measure,
    text,
    { family: 'Inter', weight: 800, lineHeight: 1.05, align: 'center', tracking: -0.02 },
    { x: cx - side / 2, y: cy - side / 2, width: side, height: side },
    { maxSize: radius * 0.62, minSize: radius * 0.18, maxLines: 3 },
  );
  return { cx, cy, radius, label };
}

/** Stamps the badge in with a small overshoot at scene-local `at`, slowly rotating its dashed ring. */
export function paintPriceBadge(ctx: SKRSContext2D, setup: SceneSetup, badge: PriceBadge, t: number, at: number, withText: boolean): void {
  const p = phase(t, at, 0.4);
  if (p <= 0) return;
  const scale = 0.8 + 0.2 * easeOutBack(p);
  ctx.save();
  ctx.translate(badge.cx, badge.cy);
  ctx.scale(scale, scale);
  ctx.translate(-badge.cx, -badge.cy);
  ctx.globalAlpha *= Math.min(1, p * 2);
  ctx.fillStyle = setup.colors.accent;
  ctx.beginPath();
  ctx.arc(badge.cx, badge.cy, badge.radius, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = withAlpha(setup.colors.onAccent, 0.5);
  ctx.lineWidth = Math.max(1, badge.radius * 0.04);
  ctx.setLineDash([badge.radius * 0.12, badge.radius * 0.08]);
  ctx.lineDashOffset = t * badge.radius * 0.3;
  ctx.beginPath();
  ctx.arc(badge.cx, badge.cy, badge.radius * 0.86, 0, Math.PI * 2);
  ctx.stroke();
  ctx.setLineDash([]);
  if (withText) drawTextBlock(ctx, badge.label, setup.colors.onAccent, t, 'none', { start: 0, stagger: 0, duration: 1 });
  ctx.restore();
}
