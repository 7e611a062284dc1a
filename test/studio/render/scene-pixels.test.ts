import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSizes, type Format } from '../../../src/contract/workflow-catalog.ts';
import { safeZone } from '../../../src/studio/render/canvas/safe-zone.ts';
import { frameCompositor } from '../../../src/studio/render/frames/frame-compositor.ts';
import { renderStill } from '../../../src/studio/render/index.ts';
import { legibleMoment } from '../../../src/studio/render/stills/render-still.ts';
import { sceneLayouts } from '../../../src/studio/storyboard.ts';
import { colorShare, lumaVariance, readPng } from '../../fixtures/pixels.ts';
import { everyLayoutStoryboard } from '../../fixtures/sample-storyboard.ts';
import { testDir } from '../../fixtures/temp-dir.ts';

const dir = testDir('pixels');
const storyboard = everyLayoutStoryboard();
const variant = storyboard.variants[0]!;
const formats: Format[] = ['9:16', '1:1', '16:9'];

describe.each(formats)('every layout in %s', (format) => {
  const slug = format.replace(':', 'x');

  it.each([...sceneLayouts])('%s: brand colors present and words where the safe zone is', async (layout) => {
    const scene = variant.scenes.find((candidate) => candidate.layout === layout)!;
    const still = await renderStill({ storyboard, variantId: 'v1', sceneId: scene.id, format, size: 'small', images: [], brandName: 'Solstice', outFile: join(dir, `${layout}-${slug}.png`) });
    const pixels = await readPng(still.path);
    const brand = colorShare(pixels, storyboard.palette.primary, 40) + colorShare(pixels, storyboard.palette.accent, 40);
    expect(brand).toBeGreaterThan(0.003);
    expect(lumaVariance(pixels, safeZone(format, pixels.width, pixels.height))).toBeGreaterThan(100);
  });
});

/**
 * The sound way to find text: paint the same scene at the same instant with and without glyphs
 * (everything else identical) and look where the two differ. Full size, so the fonts' real
 * metrics and the fitted sizes are the ones a delivered ad uses.
 */
describe.each(formats)('text inside the %s safe zone', (format) => {
  const { width, height } = formatSizes[format];
  const compositor = frameCompositor({ storyboard, variant, format, width, height, images: [], brandName: 'Solstice' });
  const safe = safeZone(format, width, height);

  it.each([...sceneLayouts])('%s', (layout) => {
    const index = compositor.timeline.scenes.findIndex((scene) => scene.layout === layout);
    const scene = compositor.timeline.scenes[index]!;
    const at = legibleMoment(compositor.prepared(index).settledAt, scene.duration);
    const ctx = compositor.canvas.getContext('2d');
    compositor.paintScene(index, at, { text: false });
    const bare = ctx.getImageData(0, 0, width, height).data;
    compositor.paintScene(index, at, { text: true });
    const full = ctx.getImageData(0, 0, width, height).data;

    let textPixels = 0;
    const outside: Array<[number, number]> = [];
    for (let i = 0; i < full.length; i += 4) {
      if (Math.abs(full[i]! - bare[i]!) + Math.abs(full[i + 1]! - bare[i + 1]!) + Math.abs(full[i + 2]! - bare[i + 2]!) < 24) continue;
      textPixels++;
      const x = (i / 4) % width;
      const y = Math.floor(i / 4 / width);
      if (x < safe.x || x >= safe.x + safe.width || y < safe.y || y >= safe.y + safe.height) outside.push([x, y]);
    }
    expect(textPixels).toBeGreaterThan(2000);
    expect(outside.slice(0, 5)).toEqual([]);
  });
});

describe('determinism', () => {
  it('paints the same still twice, byte for byte (seeded decoration)', async () => {
    const render = (name: string) =>
      renderStill({ storyboard, variantId: 'v1', sceneId: 's1', format: '1:1', size: 'small', images: [], outFile: join(dir, name) }).then((still) => readPng(still.path));
    const [a, b] = await Promise.all([render('twice-a.png'), render('twice-b.png')]);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
  });
});
