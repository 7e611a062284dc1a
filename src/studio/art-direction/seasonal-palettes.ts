import type { Season } from '../../contract/workflow-catalog.ts';

/**
 * Season colors: Ramadan is a deep night blue lit by crescent gold; Eid is festive green and
 * gold. Background and accents come from the season; the brand's primary is blended in.
 */
export interface SeasonalPalette {
  background: string;
  surface: string;
  primary: string;
  secondary: string;
  accent: string;
}

export const seasonalPalettes: Record<Season, SeasonalPalette> = {
  ramadan: { background: '#0b1633', surface: '#16254d', primary: '#d4af37', secondary: '#f1e3b0', accent: '#e8c45c' },
  eid: { background: '#0d3b2e', surface: '#155442', primary: '#1f9d6b', secondary: '#f3e6c4', accent: '#e0b73f' },
};
