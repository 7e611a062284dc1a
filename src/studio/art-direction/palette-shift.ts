import type { Palette } from '../storyboard.ts';
import { adjustHex, hexToHsl, hslToHex, wrapHue } from './color-space.ts';
import { settleReadableColors } from './readable-colors.ts';

export const paletteShifts = ['warmer', 'cooler', 'darker', 'brighter', 'more vivid', 'more muted'] as const;
export type PaletteShift = (typeof paletteShifts)[number];

const colorKeys = ['background', 'surface', 'primary', 'secondary', 'accent'] as const;

/**
 * A reviewer's color note applied to every swatch: "warmer" turns hues toward amber,
 * "cooler" toward blue, "darker"/"brighter" move lightness; text colors are re-settled after.
 */
export function shiftPalette(palette: Palette, shift: PaletteShift): Palette {
  const next: Palette = { ...palette };
  for (const key of colorKeys) next[key] = shiftColor(palette[key], shift, key === 'background' || key === 'surface');
  return settleReadableColors(next);
}

function shiftColor(hex: string, shift: PaletteShift, isGround: boolean): string {
  switch (shift) {
    case 'warmer':
      return turnHue(hex, 30, 18, 8);
    case 'cooler':
      return turnHue(hex, 210, 18, 4);
    case 'darker':
      return adjustHex(hex, { l: isGround ? -6 : -10 });
    case 'brighter':
      return adjustHex(hex, { l: isGround ? 6 : 8, s: isGround ? 0 : 6 });
    case 'more vivid':
      return adjustHex(hex, { s: isGround ? 5 : 18 });
    case 'more muted':
      return adjustHex(hex, { s: isGround ? -8 : -22 });
  }
}

/** Moves a hue toward `target` by up to `degrees`, lending a little saturation to near-greys. */
function turnHue(hex: string, target: number, degrees: number, saturation: number): string {
  const hsl = hexToHsl(hex);
  const delta = ((target - hsl.h + 540) % 360) - 180;
  const step = Math.sign(delta) * Math.min(Math.abs(delta), degrees);
  return hslToHex({ h: wrapHue(hsl.h + step), s: Math.min(100, hsl.s + saturation), l: hsl.l });
}
