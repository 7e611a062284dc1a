import type { Brief } from '../brief.ts';
import { keywordHits } from './industry-profile.ts';

export const toneKinds = ['luxury', 'bold', 'warm', 'playful', 'calm', 'professional'] as const;
export type ToneKind = (typeof toneKinds)[number];

const toneWords: Record<ToneKind, string[]> = {
  luxury: ['luxury', 'luxurious', 'premium', 'elegant', 'sophisticated', 'refined', 'timeless', 'exclusive', 'opulent', 'haute', 'couture', 'prestige', 'golden'],
  bold: ['bold', 'energetic', 'edgy', 'punchy', 'loud', 'dynamic', 'intense', 'fierce', 'rebellious', 'high-energy', 'powerful', 'daring'],
  warm: ['warm', 'friendly', 'caring', 'cozy', 'cosy', 'heartfelt', 'welcoming', 'family', 'kind', 'authentic', 'honest'],
  playful: ['playful', 'fun', 'quirky', 'cheeky', 'witty', 'cheerful', 'whimsical', 'colorful', 'colourful', 'youthful', 'humorous'],
  calm: ['calm', 'serene', 'minimal', 'minimalist', 'mindful', 'soft', 'gentle', 'peaceful', 'quiet', 'natural', 'soothing'],
  professional: ['professional', 'trustworthy', 'expert', 'clear', 'confident', 'reliable', 'corporate', 'authoritative', 'precise', 'smart'],
};

/** The industry's usual register when the brief states none. */
const industryDefaults: Record<string, ToneKind> = {
  fragrance: 'luxury',
  beauty: 'calm',
  fashion: 'bold',
  food: 'warm',
  home: 'warm',
  pets: 'playful',
  automotive: 'bold',
  software: 'professional',
  finance: 'professional',
  fitness: 'bold',
  wellness: 'calm',
  travel: 'calm',
  education: 'professional',
  'real-estate': 'professional',
  'local-services': 'warm',
  general: 'warm',
};

/** The tone the copy and the art direction follow: the brand's words first, then the concept's. */
export function toneOf(brief: Brief, industryId: string): ToneKind {
  for (const text of [brief.brand.tone ?? '', brief.concept ?? '']) {
    let best: ToneKind | undefined;
    let bestHits = 0;
    for (const kind of toneKinds) {
      const hits = keywordHits(text.toLowerCase(), toneWords[kind]);
      if (hits > bestHits) {
        best = kind;
        bestHits = hits;
      }
    }
    if (best) return best;
  }
  return industryDefaults[industryId] ?? 'warm';
}
