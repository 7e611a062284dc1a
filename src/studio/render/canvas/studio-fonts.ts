import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import { CinematicAdsError } from '../../../contract/errors.ts';

export type FontFamily = 'Bebas Neue' | 'Playfair Display' | 'Inter';

/** The weights the painters use; latin-ext too so accented brand names render in the same face. */
const faces: Array<{ family: FontFamily; pkg: string; file: string; weights: number[] }> = [
  { family: 'Bebas Neue', pkg: '@fontsource/bebas-neue', file: 'bebas-neue', weights: [400] },
  { family: 'Playfair Display', pkg: '@fontsource/playfair-display', file: 'playfair-display', weights: [400, 700] },
  { family: 'Inter', pkg: '@fontsource/inter', file: 'inter', weights: [400, 600, 800] },
];

let registered = false;

/**
 * Registers the bundled fontsource faces with Skia once per process. Rendering never relies on
 * system fonts, so a frame looks the same on every machine.
 */
export function registerStudioFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const face of faces) {
    let filesDir: string;
    try {
      filesDir = join(dirname(require.resolve(`${face.pkg}/package.json`)), 'files');
    } catch (error) {
      throw new CinematicAdsError('dependency_missing', `The font package ${face.pkg} is not installed; run \`npm install\`.`, { cause: error });
    }
    for (const weight of face.weights) {
      for (const subset of ['latin', 'latin-ext']) {
        const path = join(filesDir, `${face.file}-${subset}-${weight}-normal.woff2`);
        if (existsSync(path)) GlobalFonts.registerFromPath(path, face.family);
      }
    }
    if (!GlobalFonts.has(face.family)) {
      throw new CinematicAdsError('dependency_missing', `The font ${face.family} could not be loaded from ${filesDir}.`);
    }
  }
  registered = true;
}

/** A CSS font shorthand for the canvas. */
export function fontShorthand(family: FontFamily, weight: number, sizePx: number): string {
  return `${weight} ${sizePx.toFixed(1)}px "${family}"`;
}
