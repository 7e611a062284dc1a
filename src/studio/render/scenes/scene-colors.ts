import type { Palette } from '../../storyboard.ts';
import { readableOn } from '../canvas/palette-colors.ts';
import { mixHex } from '../../art-direction/color-space.ts';
import { relativeLuminance } from '../../art-direction/wcag-contrast.ts';

/** The storyboard palette plus the pairings painters need: text that reads on each surface. */
export interface SceneColors extends Palette {
  onBackground: string;
  onSurface: string;
  onPrimary: string;
  onAccent: string;
  /** Secondary text on the background (the palette's muted, when it reads). */
  subtle: string;
  /** A deep shade of the background for vignettes and scrims. */
  shadow: string;
  isDark: boolean;
}

export function sceneColors(palette: Palette): SceneColors {
  const isDark = relativeLuminance(palette.background) < 0.35;
  return {
    ...palette,
    onBackground: readableOn(palette.background, palette.text, 4.5),
    onSurface: readableOn(palette.surface, palette.text, 4.5),
    onPrimary: readableOn(palette.primary, isDark ? palette.text : palette.background, 4.5),
    onAccent: readableOn(palette.accent, palette.background, 4.5),
    subtle: readableOn(palette.background, palette.muted, 3),
    shadow: mixHex(palette.background, '#000000', isDark ? 0.6 : 0.35),
    isDark,
  };
}
