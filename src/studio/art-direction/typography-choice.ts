import type { WorkflowType } from '../../contract/workflow-catalog.ts';
import type { ToneKind } from '../copy/tone-profile.ts';
import type { Typography } from '../storyboard.ts';

/**
 * Type by tone: a luxury brand speaks in Playfair Display, a bold one shouts in Bebas Neue
 * (always upper-case), everyone else stays in Inter. Stills set slightly larger type.
 */
export function chooseTypography(tone: ToneKind, type: WorkflowType): Typography {
  const still = type === 'staticad' || type === 'painpoint';
  const scale = still ? 1.1 : 1;
  if (tone === 'luxury') return { display: 'Playfair Display', body: 'Inter', scale, uppercaseHeadlines: false };
  if (tone === 'bold') return { display: 'Bebas Neue', body: 'Inter', scale: scale + 0.1, uppercaseHeadlines: true };
  return { display: 'Inter', body: 'Inter', scale, uppercaseHeadlines: tone === 'playful' };
}
