import { CinematicAdsError } from '../../../contract/errors.ts';
import type { Storyboard, StoryboardVariant } from '../../storyboard.ts';

export function findVariant(storyboard: Storyboard, variantId: string): StoryboardVariant {
  const variant = storyboard.variants.find((candidate) => candidate.variantId === variantId);
  if (!variant) {
    const known = storyboard.variants.map((candidate) => candidate.variantId).join(', ');
    throw new CinematicAdsError('invalid_request', `unknown variant "${variantId}"; the storyboard has: ${known}`, {
      details: { field: 'variantId' },
    });
  }
  return variant;
}
