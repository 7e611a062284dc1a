import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Rect } from '../canvas/frame-geometry.ts';
import { withAlpha } from '../canvas/palette-colors.ts';
import { mixHex } from '../../art-direction/color-space.ts';
import { glow, paintVignette } from './backdrop.ts';
import { layoutCaptionBubble, paintCaptionBubble, type CaptionBubble } from './caption-bubble.ts';
import { drawImageCover } from './image-fill.ts';
import { paintPresenterFigure } from './presenter-figure.ts';
import type { PreparedScene, SceneSetup } from './scene-setup.ts';
import { typeSize } from './text-styles.ts';

/**
 * UGC selfie framing: the creator close to the lens, slightly off-center, in a warm out-of-focus
 * room, the camera wobbling as if hand-held; the words pop up as caption stickers.
 */
export function prepareSelfieScene(setup: SceneSetup): PreparedScene {
  const { safe, orientation, width: w, height: h, scene, colors } = setup;
  // Odd scenes mirror the framing (creator on the other side, stickers swapped): a cut, not a repeat.
  const mirrored = setup.index % 2 === 1;
  const stickerArea: Rect =
    orientation === 'portrait'
      ? { x: safe.x, y: safe.y + safe.height * 0.56, width: safe.width, height: safe.height * 0.44 }
      : orientation === 'landscape'
        ? { x: safe.x + (mirrored ? safe.width * 0.55 : 0), y: safe.y + safe.height * 0.2, width: safe.width * 0.45, height: safe.height * 0.8 }
        : { x: safe.x, y: safe.y + safe.height * 0.48, width: safe.width, height: safe.height * 0.52 };
  const size = typeSize(setup, orientation === 'portrait' ? 0.085 : 0.06);
  const inset = stickerArea.width * 0.08;
  const bubbles: CaptionBubble[] = [];
  const first = layoutCaptionBubble(
    setup,
    scene.onScreen,
    { ...stickerArea, x: stickerArea.x + (mirrored ? inset : 0), width: stickerArea.width - inset, height: stickerArea.height * 0.6 },
    { size, tail: mirrored ? 'right' : 'left', fill: '#ffffff', ink: '#111111', at: 0.1 },
  );
  bubbles.push(first);
  const second = scene.details?.[0];
  if (second) {
    const top = first.rect.y + first.rect.height + size * 0.5;
    const area = { x: stickerArea.x + (mirrored ? 0 : inset), y: top, width: stickerArea.width - inset, height: stickerArea.y + stickerArea.height - top };
    const at = Math.min(0.5, scene.duration * 0.35);
    bubbles.push(layoutCaptionBubble(setup, second, area, { size: size * 0.85, tail: mirrored ? 'left' : 'right', fill: colors.accent, ink: colors.onAccent, at }));
  }
  const head = orientation === 'portrait' ? h * 0.15 : h * 0.17;
  const side = orientation === 'landscape' ? 0.68 : 0.58;
  const cx = w * (mirrored ? 1 - side : side);

  return {
    handheld: true,
    settledAt: Math.max(...bubbles.map((bubble) => bubble.at + 0.35)),
    paintWorld(ctx) {
      if (setup.image) drawImageCover(ctx, setup.image, { x: 0, y: 0, width: w, height: h });
      else paintRoom(ctx, setup);
      // Portrait keeps the face above the stickers; wider frames have room beside it.
      paintPresenterFigure(ctx, colors, { cx, bottom: h * (orientation === 'portrait' ? 1 : 1.08), head });
      paintVignette(ctx, w, h, colors.shadow, 0.45);
    },
    paintOverlay(ctx, t, options) {
      for (const bubble of bubbles) paintCaptionBubble(ctx, bubble, t, options.text);
    },
  };
}

/** A warm, defocused room: window light, a lamp, and big soft bokeh — the background of a phone video. */
function paintRoom(ctx: SKRSContext2D, setup: SceneSetup): void {
  const { width: w, height: h, colors, random, unit } = setup;
  const wall = ctx.createLinearGradient(0, 0, w, h);
  wall.addColorStop(0, mixHex(colors.surface, '#f3d9b5', 0.35));
  wall.addColorStop(1, mixHex(colors.background, colors.secondary, 0.3));
  ctx.fillStyle = wall;
  ctx.fillRect(0, 0, w, h);
  // Window light from the left, a lamp glow on the right.
  glow(ctx, w * 0.05, h * 0.25, Math.max(w, h) * 0.6, '#fff4e0', 0.55);
  glow(ctx, w * 0.9, h * 0.55, unit * 0.45, colors.accent, 0.45);
  for (let i = 0; i < 10; i++) {
    const r = unit * (0.04 + random() * 0.08);
    ctx.fillStyle = withAlpha(i % 2 ? colors.accent : '#ffffff', 0.06 + random() * 0.1);
    ctx.beginPath();
    ctx.arc(random() * w, random() * h * 0.7, r, 0, Math.PI * 2);
    ctx.fill();
  }
}
