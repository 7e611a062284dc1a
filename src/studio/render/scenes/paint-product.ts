import { insetRect, type Rect } from '../canvas/frame-geometry.ts';
import { paintBackdrop } from './backdrop.ts';
import { backgroundStackPaint, layoutHeadlineStack, paintHeadlineStack, stackSettledAt } from './headline-stack.ts';
import { layoutPriceBadge, paintPriceBadge, type PriceBadge } from './price-badge.ts';
import { paintProductFigure } from './product-figure.ts';
import { revealTiming } from './reveal-timing.ts';
import type { PreparedScene, SceneSetup } from './scene-setup.ts';

/**
 * The product on a lit pedestal with its name and a badge (`details[0]`, e.g. the price). Portrait
 * and square put the product above the words; landscape puts it on the right.
 */
export function prepareProductScene(setup: SceneSetup): PreparedScene {
  const { safe, orientation, width: w, height: h, scene, unit } = setup;
  let figure: Rect;
  let area: Rect;
  if (orientation === 'landscape') {
    figure = { x: w * 0.52, y: h * 0.1, width: w * 0.4, height: h * 0.82 };
    area = { x: safe.x, y: safe.y, width: w * 0.5 - safe.x, height: safe.height };
  } else {
    const top = orientation === 'portrait' ? 0.15 : 0.08;
    const bottom = orientation === 'portrait' ? 0.58 : 0.6;
    figure = { x: w * 0.15, y: h * top, width: w * 0.7, height: h * (bottom - top) };
    area = { x: safe.x, y: h * bottom + unit * 0.03, width: safe.width, height: safe.y + safe.height - h * bottom - unit * 0.03 };
  }
  const stack = layoutHeadlineStack(setup, insetRect(area, unit * 0.01), {
    headline: scene.onScreen,
    body: scene.details?.[1],
    align: orientation === 'landscape' ? 'left' : 'center',
    valign: orientation === 'landscape' ? 'middle' : 'top',
    headlineMax: orientation === 'portrait' ? 0.15 : 0.12,
    headlineMaxLines: 2,
  });
  const timing = revealTiming(setup, 0.1, stack.headline.lines.length + 1);
  const badgeRadius = unit * (orientation === 'square' ? 0.1 : 0.11);
  let badge: PriceBadge | undefined;
  if (scene.details?.[0]) {
    // Inside the safe zone, overlapping the product's upper right shoulder.
    const cx = Math.min(safe.x + safe.width - badgeRadius * 1.05, figure.x + figure.width * 0.85);
    const cy = Math.max(safe.y + badgeRadius * 1.05, figure.y + figure.height * 0.2);
    badge = layoutPriceBadge(setup, scene.details[0], cx, cy, badgeRadius);
  }
  const badgeAt = timing.start + timing.duration;

  return {
    settledAt: Math.max(stackSettledAt(stack, timing), badge ? badgeAt + 0.4 : 0),
    paintWorld(ctx) {
      paintBackdrop(ctx, setup, { x: (figure.x + figure.width / 2) / w, y: (figure.y + figure.height * 0.4) / h, strength: 0.8 });
      paintProductFigure(ctx, setup, figure);
    },
    paintOverlay(ctx, t, options) {
      paintHeadlineStack(ctx, stack, t, backgroundStackPaint(setup, timing), options.text);
      if (badge) paintPriceBadge(ctx, setup, badge, t, badgeAt, options.text);
    },
  };
}
