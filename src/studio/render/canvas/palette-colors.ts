import { parseHex } from '../../art-direction/color-space.ts';
import { contrastRatio } from '../../art-direction/wcag-contrast.ts';

/** A CSS rgba() string for a hex color at an opacity. */
export function withAlpha(hex: string, alpha: number): string {
  const { r, g, b } = parseHex(hex);
  return `rgba(${r},${g},${b},${Math.min(1, Math.max(0, alpha)).toFixed(3)})`;
}

/** The preferred color when it reads on the background, else near-white or near-black, whichever reads better. */
export function readableOn(background: string, preferred: string, minimum = 3): string {
  if (contrastRatio(background, preferred) >= minimum) return preferred;
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#111111') ? '#ffffff' : '#111111';
}
