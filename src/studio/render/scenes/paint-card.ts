import { easeOutCubic, phase } from '../canvas/easing.ts';
import { insetRect, type Rect } from '../canvas/frame-geometry.ts';
import { paintBackdrop } from './backdrop.ts';
import { cardSprite, type CardSprite } from './card-sprite.ts';
import { layoutHeadlineStack, paintHeadlineStack, stackSettledAt } from './headline-stack.ts';
import { drawImageCover } from './image-fill.ts';
import { revealStyle, revealTiming } from './reveal-timing.ts';
import type { PreparedScene, SceneSetup } from './scene-setup.ts';

/** A message on a floating card over the lit backdrop (or the dimmed image); the card settles in, then the words. */
export function prepareCardScene(setup: SceneSetup): PreparedScene {
  const { safe, orientation, scene, unit } = setup;
  const size =
    orientation === 'portrait'
      ? { width: safe.width, height: safe.height * 0.62 }
      : orientation === 'landscape'
        ? { width: safe.width * 0.62, height: safe.height * 0.78 }
        : { width: safe.width * 0.9, height: safe.height * 0.72 };
  const card: Rect = { x: safe.x + (safe.width - size.width) / 2, y: safe.y + (safe.height - size.height) / 2, ...size };
  const stack = layoutHeadlineStack(setup, insetRect(card, unit * 0.07, unit * 0.08), {
    kicker: scene.details?.[1],
    headline: scene.onScreen,
    body: scene.details?.[0],
    align: 'center',
    valign: 'middle',
    headlineMax: 0.13,
  });
  const timing = revealTiming(setup, 0.2, stack.headline.lines.length + 2);
  let sprite: CardSprite | undefined;

  return {
    settledAt: stackSettledAt(stack, timing),
    paintWorld(ctx) {
      if (setup.image) {
        drawImageCover(ctx, setup.image, { x: 0, y: 0, width: setup.width, height: setup.height });
        ctx.fillStyle = 'rgba(0,0,0,0.45)';
        ctx.fillRect(0, 0, setup.width, setup.height);
      } else {
        paintBackdrop(ctx, setup, { x: 0.3, y: 0.25 });
      }
    },
    paintOverlay(ctx, t, options) {
      sprite ??= cardSprite(setup.colors, card, unit);
      const p = easeOutCubic(phase(t, 0, Math.max(0.2, timing.start + timing.duration * 0.4)));
      if (p <= 0) return;
      // The card rises a little and fades in; it never grows past its rect.
      ctx.save();
      ctx.globalAlpha = p;
      ctx.drawImage(sprite.canvas, sprite.x, sprite.y + (1 - p) * unit * 0.04);
      ctx.restore();
      paintHeadlineStack(
        ctx,
        stack,
        t,
        {
          ink: setup.colors.onSurface,
          kickerInk: setup.colors.accent,
          bodyInk: setup.colors.onSurface,
          ruleColor: setup.colors.primary,
          style: revealStyle(setup),
          timing,
        },
        options.text,
      );
    },
  };
}
