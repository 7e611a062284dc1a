/** Brand-less starting colors per sector: what the category's shelf looks like, done well. */
export interface PaletteSeed {
  primary: string;
  secondary: string;
  accent: string;
}

export const industryPalettes: Record<string, PaletteSeed> = {
  fragrance: { primary: '#b8924a', secondary: '#5a3e2b', accent: '#e9c98b' },
  beauty: { primary: '#d9a5a0', secondary: '#8c5e58', accent: '#f4d6cc' },
  fashion: { primary: '#1f1f1f', secondary: '#8a7f72', accent: '#d94f3d' },
  food: { primary: '#d9622b', secondary: '#7a3b1e', accent: '#f2b134' },
  home: { primary: '#8c6e54', secondary: '#4f5d4a', accent: '#e0c9a6' },
  pets: { primary: '#f29e38', secondary: '#3d7a6b', accent: '#ffd166' },
  automotive: { primary: '#2b3a4a', secondary: '#8c99a6', accent: '#e63946' },
  software: { primary: '#4f46e5', secondary: '#0ea5e9', accent: '#22c55e' },
  finance: { primary: '#1d4e89', secondary: '#2a9d8f', accent: '#e9c46a' },
  fitness: { primary: '#e63946', secondary: '#1d3557', accent: '#f1fa3c' },
  wellness: { primary: '#6a9c89', secondary: '#c4dfaa', accent: '#f5e8c7' },
  travel: { primary: '#0077b6', secondary: '#48cae4', accent: '#ffb703' },
  education: { primary: '#3a5a99', secondary: '#f4a259', accent: '#5bc0be' },
  'real-estate': { primary: '#264653', secondary: '#a68a64', accent: '#e9c46a' },
  'local-services': { primary: '#2f6690', secondary: '#3a7d44', accent: '#f6ae2d' },
  general: { primary: '#3d5a80', secondary: '#98c1d9', accent: '#ee6c4d' },
};
