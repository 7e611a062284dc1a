import type { Brief } from '../brief.ts';
import type { Palette } from '../storyboard.ts';
import type { ToneKind } from '../copy/tone-profile.ts';
import { clamp, hexToHsl, hslToHex, mixHex, normalizeHex } from './color-space.ts';
import { industryPalettes, type PaletteSeed } from './industry-palettes.ts';
import { seasonalPalettes } from './seasonal-palettes.ts';
import { settleReadableColors } from './readable-colors.ts';

/**
 * The storyboard palette: brand colors when given (missing ones derived by hue rotation),
 * else the sector's; a dark or light ground by tone; season colors over that; and text and
 * muted colors that always read on the background (WCAG 4.5:1 or better).
 */
export function derivePalette(brief: Brief, industryId: string, tone: ToneKind): Palette {
  const seed = brandSeed(brief, industryId, tone);
  const dark = tone === 'luxury' || tone === 'bold' || brief.type === 'cinematic';
  const base = groundFor(seed, dark);
  const season = brief.seasonal ? seasonalPalettes[brief.seasonal] : undefined;
  const hasBrandColor = Boolean(brief.brand.colors?.primary);
  const palette = season
    ? {
        ...base,
        background: season.background,
        surface: season.surface,
        primary: hasBrandColor ? mixHex(seed.primary, season.primary, 0.5) : season.primary,
        secondary: season.secondary,
        accent: season.accent,
      }
    : base;
  return settleReadableColors(palette);
}

function brandSeed(brief: Brief, industryId: string, tone: ToneKind): PaletteSeed {
  const fallback = industryPalettes[industryId] ?? (industryPalettes.general as PaletteSeed);
  const colors = brief.brand.colors ?? {};
  if (!colors.primary) {
    return {
      primary: fallback.primary,
      secondary: colors.secondary ? normalizeHex(colors.secondary) : fallback.secondary,
      accent: colors.accent ? normalizeHex(colors.accent) : fallback.accent,
    };
  }
  const primary = normalizeHex(colors.primary);
  const hsl = hexToHsl(primary);
  return {
    primary,
    // A deeper shade of the brand hue as secondary keeps the brand in charge; quiet tones get
    // a pale analogous accent (champagne to gold), louder ones the complementary hue.
    secondary: colors.secondary ? normalizeHex(colors.secondary) : hslToHex({ h: hsl.h - 12, s: clamp(hsl.s * 0.8, 10, 90), l: clamp(hsl.l - 22, 12, 60) }),
    accent: colors.accent
      ? normalizeHex(colors.accent)
      : tone === 'luxury' || tone === 'calm' || tone === 'warm'
        ? hslToHex({ h: hsl.h + 12, s: clamp(hsl.s, 25, 80), l: clamp(hsl.l + 22, 60, 88) })
        : hslToHex({ h: hsl.h + 180, s: clamp(hsl.s + 10, 35, 90), l: clamp(hsl.l, 45, 65) }),
  };
}

/** Background and surface tinted with the primary hue; text starts near white or near black. */
function groundFor(seed: PaletteSeed, dark: boolean): Palette {
  const { h, s } = hexToHsl(seed.primary);
  const tint = Math.min(s, 35);
  return {
    background: hslToHex({ h, s: tint, l: dark ? 8 : 96 }),
    surface: hslToHex({ h, s: tint, l: dark ? 14 : 90 }),
    primary: seed.primary,
    secondary: seed.secondary,
    accent: seed.accent,
    text: hslToHex({ h, s: 20, l: dark ? 95 : 12 }),
    muted: hslToHex({ h, s: 12, l: dark ? 70 : 38 }),
  };
}
