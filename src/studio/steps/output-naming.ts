import type { Format } from '../../contract/workflow-catalog.ts';
import { formatSlug } from '../deliverable-file.ts';

/** `video-9x16`, or `video-v2-9x16` when the job has several variants: names a person can sort. */
export function outputName(stem: string, variantId: string, format: Format, variantCount: number): string {
  return variantCount > 1 ? `${stem}-${variantId}-${formatSlug(format)}` : `${stem}-${formatSlug(format)}`;
}
