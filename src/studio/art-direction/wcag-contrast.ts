import { hexToHsl, hslToHex, parseHex } from './color-space.ts';

/** WCAG 2.x relative luminance of an sRGB color. */
export function relativeLuminance(hex: string): number {
  const { r, g, b } = parseHex(hex);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio, 1 to 21. Normal text needs 4.5; large text and UI shapes 3. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The nearest color to `color` (same hue and saturation, lightness moved away from the
 * background) that reaches `minimum` contrast against `background`; white or black if none does.
 */
export function ensureContrast(color: string, background: string, minimum: number): string {
  if (contrastRatio(color, background) >= minimum) return color;
  const hsl = hexToHsl(color);
  const lighten = relativeLuminance(background) < 0.18;
  for (const direction of lighten ? [1, -1] : [-1, 1]) {
    for (let l = hsl.l; l >= 0 && l <= 100; l += direction * 2) {
      const candidate = hslToHex({ ...hsl, l });
      if (contrastRatio(candidate, background) >= minimum) return candidate;
    }
  }
  return contrastRatio('#ffffff', background) >= contrastRatio('#000000', background) ? '#ffffff' : '#000000';
}
