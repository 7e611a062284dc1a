import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { seededRandom } from '../canvas/seeded-random.ts';

let tile: Canvas | undefined;

/** A small tile of monochrome noise, made once per process, tiled over layers as film grain. */
export function grainTile(): Canvas {
  if (tile) return tile;
  const size = 128;
  tile = createCanvas(size, size);
  const ctx = tile.getContext('2d');
  const pixels = ctx.createImageData(size, size);
  const random = seededRandom('grain');
  for (let i = 0; i < pixels.data.length; i += 4) {
    const v = Math.round(random() * 255);
    pixels.data[i] = v;
    pixels.data[i + 1] = v;
    pixels.data[i + 2] = v;
    pixels.data[i + 3] = 255;
  }
  ctx.putImageData(pixels, 0, 0);
  return tile;
}
