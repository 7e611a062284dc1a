import { findVariant } from '../frames/find-variant.ts';
import { renderStill, type StillRequest, type StillResult } from './render-still.ts';

export type PosterRequest = Omit<StillRequest, 'sceneId'>;

/** The video's cover image: the hook scene (the first, unless another is marked `hook`) once its words have landed. */
export function renderPoster(request: PosterRequest): Promise<StillResult> {
  const variant = findVariant(request.storyboard, request.variantId);
  const hook = variant.scenes.find((scene) => scene.beatId === 'hook') ?? [...variant.scenes].sort((a, b) => a.start - b.start)[0];
  return renderStill({ ...request, ...(hook ? { sceneId: hook.id } : {}) });
}
