import type { Rect } from '../canvas/frame-geometry.ts';
import { glow, paintBackdrop } from './backdrop.ts';
import { backgroundStackPaint, layoutHeadlineStack, paintHeadlineStack, stackSettledAt } from './headline-stack.ts';
import { layoutLowerThird, paintLowerThird } from './lower-third.ts';
import { paintPresenterFigure, type FigurePlacement } from './presenter-figure.ts';
import { revealTiming } from './reveal-timing.ts';
import type { PreparedScene, SceneSetup } from './scene-setup.ts';

/**
 * The presenter talking to camera: a drawn character framed head-and-shoulders, a name plate in
 * the lower third and the line they are saying as a caption. Portrait centers the presenter;
 * landscape and square move them right to free a text column.
 */
export function preparePresenterScene(setup: SceneSetup): PreparedScene {
  const { safe, orientation, width: w, height: h, scene } = setup;
  const person = setup.presenter ?? { name: setup.brandName, role: 'Presenter' };
  // Consecutive presenter scenes cut between a medium shot and a close-up, as an edit would.
  const close = setup.index % 2 === 1;
  const figure: FigurePlacement =
    orientation === 'portrait'
      ? { cx: w * 0.5, bottom: h * (close ? 1.1 : 1.02), head: h * (close ? 0.15 : 0.12) }
      : { cx: w * (orientation === 'landscape' ? 0.7 : 0.64), bottom: h * (close ? 1.12 : 1.03), head: h * (close ? 0.17 : 0.14) };
  const plateArea: Rect =
    orientation === 'portrait'
      ? { x: safe.x, y: safe.y + safe.height * 0.7, width: safe.width * 0.9, height: safe.height * 0.3 }
      : { x: safe.x, y: safe.y + safe.height * 0.6, width: safe.width * 0.6, height: safe.height * 0.4 };
  const captionArea: Rect =
    orientation === 'portrait'
      ? { x: safe.x, y: safe.y, width: safe.width, height: safe.height * 0.22 }
      : { x: safe.x, y: safe.y, width: safe.width * (orientation === 'landscape' ? 0.42 : 0.46), height: safe.height * 0.55 };
  const stack = layoutHeadlineStack(setup, captionArea, {
    headline: scene.onScreen,
    align: orientation === 'portrait' ? 'center' : 'left',
    valign: orientation === 'portrait' ? 'top' : 'middle',
    headlineMax: orientation === 'portrait' ? 0.1 : 0.09,
    headlineMaxLines: 3,
  });
  const plate = layoutLowerThird(setup, person, plateArea);
  const timing = revealTiming(setup, 0.3, stack.headline.lines.length + 1);

  return {
    settledAt: Math.max(stackSettledAt(stack, timing), 0.8),
    paintWorld(ctx) {
      paintBackdrop(ctx, setup, { x: figure.cx / w, y: 0.35, strength: 0.7 });
      glow(ctx, figure.cx, figure.bottom - figure.head * 4.4, figure.head * 3.2, setup.colors.accent, 0.35);
      paintPresenterFigure(ctx, setup.colors, figure);
    },
    paintOverlay(ctx, t, options) {
      paintLowerThird(ctx, setup, plate, t, 0.1, options.text);
      paintHeadlineStack(ctx, stack, t, backgroundStackPaint(setup, timing), options.text);
    },
  };
}
