import type { Format } from '../../contract/workflow-catalog.ts';
import type { RenderSize } from '../render-size.ts';
import type { Storyboard } from '../storyboard.ts';

/** Binaries to use instead of the ones found on the machine (same shape as the pipeline's `StudioTools`). */
export interface RenderTools {
  ffmpegPath?: string;
  espeakPath?: string;
}

/** What every picture render needs: which variant, which format at which size, and the source images. */
export interface PictureRequest {
  storyboard: Storyboard;
  variantId: string;
  format: Format;
  size: RenderSize;
  /** Local image paths; scenes pick one by `imageIndex`. */
  images: readonly string[];
  /** Shown on the end card (and as the presenter's name when the storyboard has none). */
  brandName?: string;
  tools?: RenderTools;
}

export const defaultBrandName = 'Your Brand';
