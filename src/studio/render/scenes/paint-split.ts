import { insetRect, type Rect } from '../canvas/frame-geometry.ts';
import { withAlpha } from '../canvas/palette-colors.ts';
import { paintBackdrop } from './backdrop.ts';
import { layoutLabelChip, paintLabelChip } from './label-chip.ts';
import { backgroundStackPaint, layoutHeadlineStack, paintHeadlineStack, stackSettledAt } from './headline-stack.ts';
import { revealTiming } from './reveal-timing.ts';
import type { PreparedScene, SceneSetup } from './scene-setup.ts';
import { paintVisualPanel } from './visual-panel.ts';

/**
 * Picture and words side by side in landscape, stacked (picture on top) in portrait and square.
 * The picture runs full-bleed to the frame edges; the words stay in the safe zone.
 */
export function prepareSplitScene(setup: SceneSetup): PreparedScene {
  const { safe, orientation, width: w, height: h, scene, unit } = setup;
  const gap = unit * 0.04;
  let panel: Rect;
  let area: Rect;
  if (orientation === 'landscape') {
    panel = { x: 0, y: 0, width: w * 0.48, height: h };
    area = { x: panel.width + gap, y: safe.y, width: safe.x + safe.width - panel.width - gap, height: safe.height };
  } else {
    panel = { x: 0, y: 0, width: w, height: h * 0.5 };
    area = { x: safe.x, y: Math.max(safe.y, panel.height + gap), width: safe.width, height: safe.y + safe.height - Math.max(safe.y, panel.height + gap) };
  }
  // Art direction's convention: details are the two panels' labels ("Before", "With Brand").
  const stack = layoutHeadlineStack(setup, insetRect(area, unit * 0.01), {
    kicker: scene.details?.[1],
    headline: scene.onScreen,
    align: orientation === 'landscape' ? 'left' : 'center',
    valign: orientation === 'landscape' ? 'middle' : 'top',
    headlineMax: orientation === 'portrait' ? 0.14 : 0.11,
  });
  const timing = revealTiming(setup, 0.1, stack.headline.lines.length + 1);
  const chip = scene.details?.[0]
    ? layoutLabelChip(setup, scene.details[0], { x: safe.x, y: safe.y, maxWidth: Math.min(safe.width, panel.x + panel.width - safe.x - unit * 0.03) })
    : undefined;

  return {
    settledAt: stackSettledAt(stack, timing),
    paintWorld(ctx) {
      paintBackdrop(ctx, setup, orientation === 'landscape' ? { x: 0.75, y: 0.4, strength: 0.6 } : { x: 0.5, y: 0.8, strength: 0.6 });
      paintVisualPanel(ctx, setup, panel);
      ctx.fillStyle = withAlpha(setup.colors.shadow, 0.35);
      if (orientation === 'landscape') ctx.fillRect(panel.width, 0, unit * 0.02, h);
      else ctx.fillRect(0, panel.height, w, unit * 0.02);
    },
    paintOverlay(ctx, t, options) {
      // The accent seam between picture and words wipes in with the scene.
      const grow = Math.min(1, t / 0.6);
      ctx.fillStyle = setup.colors.accent;
      const seam = Math.max(2, unit * 0.012);
      if (orientation === 'landscape') ctx.fillRect(panel.width - seam / 2, 0, seam, h * grow);
      else ctx.fillRect(0, panel.height - seam / 2, w * grow, seam);
      if (chip) paintLabelChip(ctx, setup, chip, t, 0.05, options.text);
      paintHeadlineStack(ctx, stack, t, backgroundStackPaint(setup, timing, setup.colors.primary), options.text);
    },
  };
}
