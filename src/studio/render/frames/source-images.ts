import { readFile } from 'node:fs/promises';
import { loadImage, type Image } from '@napi-rs/canvas';
import type { StoryboardVariant } from '../../storyboard.ts';

export interface SourceImages {
  /** By index into the brief's images; a hole where the file was missing, unreadable or not an image. */
  images: Array<Image | undefined>;
  notices: string[];
}

/**
 * Loads the images the variant's scenes point at (and only those). A file that cannot be read or
 * decoded is skipped with a notice: the scene is painted without it rather than failing the render.
 */
export async function loadSourceImages(paths: readonly string[], variant: StoryboardVariant): Promise<SourceImages> {
  const wanted = new Set(variant.scenes.map((scene) => scene.imageIndex).filter((index): index is number => index !== undefined));
  const images: Array<Image | undefined> = [];
  const notices: string[] = [];
  for (const index of [...wanted].sort((a, b) => a - b)) {
    const path = paths[index];
    if (path === undefined) {
      notices.push(`A scene asks for image ${index + 1}, but only ${paths.length} source image(s) were given; it was painted without one.`);
      continue;
    }
    try {
      const image = await loadImage(await readFile(path));
      if (image.width === 0 || image.height === 0) throw new Error('it decodes to an empty image');
      images[index] = image;
    } catch (error) {
      notices.push(`Image ${path} could not be used (${(error as Error).message}); its scenes were painted without it.`);
    }
  }
  return { images, notices };
}
