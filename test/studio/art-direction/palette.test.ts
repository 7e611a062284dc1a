import { describe, expect, it } from 'vitest';
import { directArt } from '../../../src/studio/art-direction/direct-art.ts';
import { hexToHsl } from '../../../src/studio/art-direction/color-space.ts';
import { contrastRatio } from '../../../src/studio/art-direction/wcag-contrast.ts';
import { shiftPalette } from '../../../src/studio/art-direction/palette-shift.ts';
import { writeOfflineScript } from '../../../src/studio/copy/offline-copywriter.ts';
import { perfumeBrief } from '../copy/perfume-brief.ts';

const paletteOf = (overrides: Record<string, unknown>) => {
  const brief = perfumeBrief(overrides);
  return directArt(brief, writeOfflineScript(brief)).palette;
};

describe('palette', () => {
  it('computes WCAG contrast correctly', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#123456', '#123456')).toBe(1);
  });

  const brandColors = ['#c8a24a', '#777777', '#ffff00', '#000000', '#ffffff', '#1e90ff', '#f0f', '#2e8b57'];
  const tones = ['luxurious', 'playful and fun', 'calm', 'bold'];
  it.each(brandColors.flatMap((primary) => tones.map((tone) => [primary, tone])))('primary %s, tone %s: text and muted read at 4.5:1', (primary, tone) => {
    for (const seasonal of [undefined, 'ramadan', 'eid']) {
      const p = paletteOf({ type: 'factory', url: 'https://example.com', brand: { name: 'Test', tone, colors: { primary } }, ...(seasonal ? { seasonal } : {}) });
      expect(contrastRatio(p.text, p.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.muted, p.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.text, p.surface)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('derives the palette from the brand primary and differs by brand', () => {
    const gold = paletteOf({});
    expect(gold.primary).toBe('#c8a24a');
    const blue = paletteOf({ brand: { name: 'Maison Lumière', tone: 'luxurious', colors: { primary: '#1e40af' } } });
    expect(blue.primary).toBe('#1e40af');
    expect(blue.background).not.toBe(gold.background);
  });

  it('falls back to sector colors with no brand colors, light for calm tones and dark for luxury', () => {
    const calm = paletteOf({ type: 'factory', url: 'https://x.example', concept: 'Hydrating serum', brand: { name: 'Dew', industry: 'skincare', tone: 'calm' }, source: { title: 'Dew Serum' } });
    expect(hexToHsl(calm.background).l).toBeGreaterThan(80);
    const luxury = paletteOf({ brand: { name: 'Noir', industry: 'perfume', tone: 'luxury' } });
    expect(hexToHsl(luxury.background).l).toBeLessThan(20);
    expect(luxury.primary).not.toBe(calm.primary);
  });

  it('paints Ramadan in night blue and gold, Eid in festive green and gold', () => {
    const ramadan = paletteOf({ seasonal: 'ramadan' });
    const bg = hexToHsl(ramadan.background);
    expect(bg.h).toBeGreaterThan(200);
    expect(bg.h).toBeLessThan(240);
    expect(bg.l).toBeLessThan(20);
    expect(hexToHsl(ramadan.accent).h).toBeGreaterThan(35);
    expect(hexToHsl(ramadan.accent).h).toBeLessThan(55);
    const eid = paletteOf({ seasonal: 'eid' });
    expect(hexToHsl(eid.background).h).toBeGreaterThan(120);
    expect(hexToHsl(eid.background).h).toBeLessThan(175);
    expect(eid.background).not.toBe(ramadan.background);
  });

  it('shifts warmer, cooler, darker and brighter as asked, staying readable', () => {
    const base = paletteOf({ brand: { name: 'Cool Co', tone: 'calm', colors: { primary: '#3b82f6' } } });
    const warmer = shiftPalette(base, 'warmer');
    const cooler = shiftPalette(paletteOf({ brand: { name: 'Hot Co', tone: 'calm', colors: { primary: '#ef4444' } } }), 'cooler');
    expect(distanceToHue(hexToHsl(warmer.primary).h, 30)).toBeLessThan(distanceToHue(hexToHsl(base.primary).h, 30));
    expect(distanceToHue(hexToHsl(cooler.primary).h, 210)).toBeLessThan(distanceToHue(hexToHsl('#ef4444').h, 210));
    expect(hexToHsl(shiftPalette(base, 'darker').background).l).toBeLessThan(hexToHsl(base.background).l);
    const dark = paletteOf({});
    expect(hexToHsl(shiftPalette(dark, 'brighter').background).l).toBeGreaterThan(hexToHsl(dark.background).l);
    for (const p of [warmer, cooler, shiftPalette(base, 'darker'), shiftPalette(dark, 'brighter')]) expect(contrastRatio(p.text, p.background)).toBeGreaterThanOrEqual(4.5);
  });
});

function distanceToHue(h: number, target: number): number {
  const d = Math.abs(h - target) % 360;
  return d > 180 ? 360 - d : d;
}
