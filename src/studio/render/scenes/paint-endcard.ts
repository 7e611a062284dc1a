import { easeOutCubic, phase } from '../canvas/easing.ts';
import { insetRect } from '../canvas/frame-geometry.ts';
import { withAlpha } from '../canvas/palette-colors.ts';
import { fitText, shiftBlock, type TextStyle } from '../canvas/text-layout.ts';
import { drawTextBlock, revealEnd } from '../canvas/text-reveal.ts';
import { glow, paintBackdrop } from './backdrop.ts';
import { layoutCtaButton, paintCtaButton } from './cta-button.ts';
import { revealTiming } from './reveal-timing.ts';
import type { PreparedScene, SceneSetup } from './scene-setup.ts';
import { bodyStyle, headlineStyle, typeSize } from './text-styles.ts';

/**
 * The last frame people see: brand name as a wordmark, the headline (`onScreen`) and a call-to-
 * action button, centered in the safe zone. Art direction's convention: `details` is
 * [call to action, brand name]; the CTA falls back to "Learn more", the name to the render's brand.
 */
export function prepareEndcardScene(setup: SceneSetup): PreparedScene {
  const { safe, orientation, scene, unit, colors } = setup;
  const column = insetRect(safe, orientation === 'landscape' ? safe.width * 0.15 : unit * 0.03, unit * 0.02);
  const gap = unit * 0.045;
  const wordmarkStyle: TextStyle = { ...headlineStyle(setup), uppercase: true, tracking: 0.06, lineHeight: 1 };
  const wordmark = fitText(setup.measure, scene.details?.[1] ?? setup.brandName, wordmarkStyle, { ...column, height: column.height * 0.3 }, {
    maxSize: typeSize(setup, orientation === 'portrait' ? 0.19 : 0.15),
    minSize: typeSize(setup, 0.05),
    maxLines: 2,
  });
  const headline = fitText(setup.measure, scene.onScreen, bodyStyle(setup, 'center', 600), { ...column, height: column.height * 0.3 }, {
    maxSize: typeSize(setup, 0.06),
    minSize: typeSize(setup, 0.03),
    maxLines: 3,
  });
  const buttonHeight = typeSize(setup, 0.11);
  const total = wordmark.bounds.height + gap + headline.bounds.height + gap * 1.4 + buttonHeight;
  const top = column.y + (column.height - total) / 2;
  const placedWordmark = shiftBlock(wordmark, 0, top - wordmark.bounds.y);
  const placedHeadline = shiftBlock(headline, 0, top + wordmark.bounds.height + gap - headline.bounds.y);
  // The button pulses up to 2.5%: lay it out in a slightly inset box so the pulse stays in the safe zone.
  const buttonTop = placedHeadline.bounds.y + placedHeadline.bounds.height + gap * 1.4;
  const button = layoutCtaButton(setup, scene.details?.[0] ?? 'Learn more', insetRect({ ...column, y: buttonTop, height: buttonHeight }, column.width * 0.03, 0), column.x + column.width / 2);
  const timing = revealTiming(setup, 0.15, 4);
  const headlineTiming = { ...timing, start: timing.start + timing.duration * 0.6 };
  const buttonAt = revealEnd(placedHeadline, headlineTiming) - 0.1;
  const ringY = top + total / 2;
  const ringRadius = Math.min(safe.width, safe.height) * 0.48;

  return {
    settledAt: buttonAt + 0.45,
    paintWorld(ctx) {
      paintBackdrop(ctx, setup, { x: 0.5, y: ringY / setup.height, strength: 0.9 });
      glow(ctx, setup.width / 2, ringY, ringRadius * 1.3, colors.accent, 0.25);
    },
    paintOverlay(ctx, t, options) {
      // A thin ring draws itself around the group as it lands.
      const ring = easeOutCubic(phase(t, 0, 0.9));
      ctx.strokeStyle = withAlpha(colors.accent, 0.6);
      ctx.lineWidth = Math.max(1, unit * 0.004);
      ctx.beginPath();
      ctx.arc(setup.width / 2, ringY, ringRadius, -Math.PI / 2, -Math.PI / 2 + ring * Math.PI * 2);
      ctx.stroke();
      if (options.text) {
        drawTextBlock(ctx, placedWordmark, colors.onBackground, t, 'rise', timing);
        drawTextBlock(ctx, placedHeadline, colors.subtle, t, 'fade', headlineTiming);
      }
      paintCtaButton(ctx, setup, button, easeOutCubic(phase(t, buttonAt, 0.35)), t, options.text);
    },
  };
}
