import type { Image, SKRSContext2D } from '@napi-rs/canvas';
import type { Rect } from '../canvas/frame-geometry.ts';

/** Fills `rect` with the image, cropping the overflow (CSS `object-fit: cover`). */
export function drawImageCover(ctx: SKRSContext2D, image: Image, rect: Rect): void {
  const scale = Math.max(rect.width / image.width, rect.height / image.height);
  const sw = rect.width / scale;
  const sh = rect.height / scale;
  ctx.drawImage(image, (image.width - sw) / 2, (image.height - sh) / 2, sw, sh, rect.x, rect.y, rect.width, rect.height);
}

/** Fits the whole image inside `rect`, centered; returns where it landed. */
export function drawImageContain(ctx: SKRSContext2D, image: Image, rect: Rect): Rect {
  const scale = Math.min(rect.width / image.width, rect.height / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  const placed = { x: rect.x + (rect.width - width) / 2, y: rect.y + (rect.height - height) / 2, width, height };
  ctx.drawImage(image, placed.x, placed.y, placed.width, placed.height);
  return placed;
}
