import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';

export interface WorldLayerCache {
  /** The scene's world as a bitmap, painted on first use. */
  layer(index: number): Canvas;
  /** Returns the layers of scenes no longer on screen to the spare pool. */
  keepOnly(indices: readonly number[]): void;
}

/**
 * Frame-sized bitmaps of the scenes on screen (two during a crossfade), recycled through a small
 * pool so memory stays flat whatever the length of the film.
 */
export function worldLayerCache(width: number, height: number, background: string, paint: (index: number, ctx: SKRSContext2D) => void): WorldLayerCache {
  const layers: Array<{ index: number; canvas: Canvas }> = [];
  const spare: Canvas[] = [];
  return {
    layer(index) {
      const found = layers.find((layer) => layer.index === index);
      if (found) return found.canvas;
      // Skia records canvas drawing as a picture and replays it whenever the canvas is drawn
      // elsewhere: painted into a scratch canvas and copied as pixels, the layer is a plain
      // bitmap and drawing it per frame costs one resample instead of every gradient again.
      const painter = createCanvas(width, height);
      const painterCtx = painter.getContext('2d');
      painterCtx.fillStyle = background;
      painterCtx.fillRect(0, 0, width, height);
      paint(index, painterCtx);
      const canvas = spare.pop() ?? createCanvas(width, height);
      canvas.getContext('2d').putImageData(painterCtx.getImageData(0, 0, width, height), 0, 0);
      layers.push({ index, canvas });
      return canvas;
    },
    keepOnly(indices) {
      for (let i = layers.length - 1; i >= 0; i--) {
        const entry = layers[i];
        if (entry && !indices.includes(entry.index)) {
          spare.push(entry.canvas);
          layers.splice(i, 1);
        }
      }
    },
  };
}
