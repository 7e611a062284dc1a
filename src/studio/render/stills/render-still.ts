import { stat, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CinematicAdsError } from '../../../contract/errors.ts';
import { findVariant } from '../frames/find-variant.ts';
import { frameCompositor } from '../frames/frame-compositor.ts';
import { loadSourceImages } from '../frames/source-images.ts';
import { writeAtomically } from '../output/partial-file.ts';
import { defaultBrandName, type PictureRequest } from '../render-request.ts';
import { frameSize } from '../../render-size.ts';

export interface StillRequest extends PictureRequest {
  /** The scene to show; the first scene by default. */
  sceneId?: string;
  /** A .png or .jpg file. */
  outFile: string;
}

export interface StillResult {
  path: string;
  width: number;
  height: number;
  bytes: number;
  sceneId: string;
  notices: string[];
}

/**
 * One scene as an image, at its most legible moment: after every line has entered, before the
 * scene ends. Used for static ads, posters and thumbnails.
 */
export async function renderStill(request: StillRequest): Promise<StillResult> {
  const variant = findVariant(request.storyboard, request.variantId);
  const kind = imageKind(request.outFile);
  const { width, height } = frameSize(request.format, request.size);
  const { images, notices } = await loadSourceImages(request.images, variant);
  const compositor = frameCompositor({
    storyboard: request.storyboard,
    variant,
    format: request.format,
    width,
    height,
    images,
    brandName: request.brandName ?? defaultBrandName,
  });
  const index = request.sceneId === undefined ? 0 : compositor.timeline.scenes.findIndex((scene) => scene.id === request.sceneId);
  const scene = compositor.timeline.scenes[index];
  if (!scene) {
    throw new CinematicAdsError('invalid_request', `unknown scene "${request.sceneId}" in variant "${variant.variantId}"`, { details: { field: 'sceneId' } });
  }
  compositor.paintScene(index, legibleMoment(compositor.prepared(index).settledAt, scene.duration));
  const encoded = kind === 'png' ? await compositor.canvas.encode('png') : await compositor.canvas.encode('jpeg', 90);
  await writeAtomically(request.outFile, (partial) => writeFile(partial, encoded));
  const { size } = await stat(request.outFile);
  return { path: request.outFile, width, height, bytes: size, sceneId: scene.id, notices };
}

/** A beat after the text settles, never past the scene's last frame. */
export function legibleMoment(settledAt: number, duration: number): number {
  return Math.max(0, Math.min(duration - 0.05, settledAt + 0.15));
}

function imageKind(path: string): 'png' | 'jpeg' {
  const ext = extname(path).toLowerCase();
  if (ext === '.png') return 'png';
  if (ext === '.jpg' || ext === '.jpeg') return 'jpeg';
  throw new CinematicAdsError('invalid_request', `A still must be a .png or .jpg file, not "${path}"`, { details: { field: 'outFile' } });
}
