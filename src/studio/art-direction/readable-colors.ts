import type { Palette } from '../storyboard.ts';
import { contrastRatio, ensureContrast, relativeLuminance } from './wcag-contrast.ts';
import { hexToHsl, hslToHex } from './color-space.ts';

/** Body text must reach WCAG AA (4.5:1) on both the background and the surface. */
export const minimumTextContrast = 4.5;
/** Accent shapes and large display text need 3:1 (WCAG non-text contrast). */
export const minimumAccentContrast = 3;

/**
 * Re-checks text, muted and accent colors after any palette change: a text color that no
 * longer reads flips to the other end of the scale, then moves just far enough to pass.
 */
export function settleReadableColors(palette: Palette): Palette {
  const darkGround = relativeLuminance(palette.background) < 0.18;
  const textStart = onCorrectSide(palette.text, darkGround);
  const text = readableOnBoth(textStart, palette.background, palette.surface);
  const muted = readableOnBoth(onCorrectSide(palette.muted, darkGround), palette.background, palette.surface);
  const accent = ensureContrast(palette.accent, palette.background, minimumAccentContrast);
  return { ...palette, text, muted, accent };
}

function readableOnBoth(color: string, background: string, surface: string): string {
  let candidate = ensureContrast(color, background, minimumTextContrast);
  if (contrastRatio(candidate, surface) < minimumTextContrast) candidate = ensureContrast(candidate, surface, minimumTextContrast);
  return contrastRatio(candidate, background) >= minimumTextContrast ? candidate : ensureContrast(candidate, background, minimumTextContrast);
}

/** Light text on a dark ground and dark text on a light one, keeping the color's hue. */
function onCorrectSide(color: string, darkGround: boolean): string {
  const hsl = hexToHsl(color);
  if (darkGround && hsl.l < 50) return hslToHex({ ...hsl, l: 100 - hsl.l });
  if (!darkGround && hsl.l > 50) return hslToHex({ ...hsl, l: 100 - hsl.l });
  return color;
}
