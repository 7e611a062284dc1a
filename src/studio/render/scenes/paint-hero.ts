import { insetRect, splitRect, type Rect } from '../canvas/frame-geometry.ts';
import { paintBackdrop, paintScrim, paintVignette } from './backdrop.ts';
import { backgroundStackPaint, layoutHeadlineStack, paintHeadlineStack, stackSettledAt } from './headline-stack.ts';
import { drawImageCover } from './image-fill.ts';
import { beamsPlate } from './plate-beams.ts';
import { horizonPlate } from './plate-horizon.ts';
import { orbPlate } from './plate-orb.ts';
import { ribbonsPlate } from './plate-ribbons.ts';
import type { HeroPlate } from './plate-types.ts';
import { revealTiming } from './reveal-timing.ts';
import type { PreparedScene, SceneSetup } from './scene-setup.ts';

/** Consecutive hero shots cycle through these, so a film of heroes does not repeat one picture. */
const plates: readonly HeroPlate[] = [horizonPlate, ribbonsPlate, orbPlate, beamsPlate];

/**
 * The cinematic shot: a full-bleed image (or a lit abstract plate) with a big headline. Portrait
 * puts the words in the lower half, landscape in the left column, square lower and compact.
 */
export function prepareHeroScene(setup: SceneSetup): PreparedScene {
  const { safe, orientation, scene, width: w, height: h } = setup;
  const pad = setup.unit * 0.02;
  const [textArea, pictureArea]: [Rect, Rect] =
    orientation === 'landscape'
      ? [splitRect(safe, 'horizontal', 0.56)[0], { x: w * 0.5, y: 0, width: w * 0.5, height: h }]
      : [splitRect(safe, 'vertical', orientation === 'portrait' ? 0.42 : 0.38)[1], { x: 0, y: 0, width: w, height: h * (orientation === 'portrait' ? 0.55 : 0.5) }];
  const stack = layoutHeadlineStack(setup, insetRect(textArea, pad), {
    kicker: scene.details?.[0],
    headline: scene.onScreen,
    align: orientation === 'landscape' ? 'left' : 'center',
    valign: orientation === 'landscape' ? 'middle' : 'bottom',
    headlineMax: orientation === 'portrait' ? 0.17 : 0.13,
  });
  const timing = revealTiming(setup, 0, stack.headline.lines.length + 1);
  const plate = plates[setup.index % plates.length] ?? orbPlate;
  const light = { x: (pictureArea.x + pictureArea.width / 2) / w, y: (pictureArea.y + pictureArea.height * 0.5) / h };

  return {
    settledAt: stackSettledAt(stack, timing),
    paintWorld(ctx) {
      if (setup.image) {
        drawImageCover(ctx, setup.image, { x: 0, y: 0, width: w, height: h });
        paintScrim(ctx, setup, orientation === 'landscape' ? 'left' : 'bottom', 0.75, 0.9);
        paintVignette(ctx, w, h, setup.colors.shadow, 0.5);
      } else {
        paintBackdrop(ctx, setup, light, (layer) => plate(layer, setup, pictureArea));
      }
    },
    paintOverlay(ctx, t, options) {
      paintHeadlineStack(ctx, stack, t, backgroundStackPaint(setup, timing), options.text);
    },
  };
}
