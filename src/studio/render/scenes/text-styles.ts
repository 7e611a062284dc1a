import type { TextStyle } from '../canvas/text-layout.ts';
import type { SceneSetup } from './scene-setup.ts';

/** The storyboard's display face as a headline style: Bebas is condensed caps, the others go bold. */
export function headlineStyle(setup: SceneSetup, align: TextStyle['align'] = 'center'): TextStyle {
  const family = setup.typography.display;
  if (family === 'Bebas Neue') return { family, weight: 400, lineHeight: 0.98, uppercase: true, align, tracking: 0.01 };
  if (family === 'Playfair Display') return { family, weight: 700, lineHeight: 1.1, uppercase: setup.typography.uppercaseHeadlines, align };
  return { family, weight: 800, lineHeight: 1.06, uppercase: setup.typography.uppercaseHeadlines, align, tracking: -0.02 };
}

export function bodyStyle(setup: SceneSetup, align: TextStyle['align'] = 'center', weight = 400): TextStyle {
  return { family: setup.typography.body, weight, lineHeight: 1.3, align };
}

/** Small tracked caps for kickers, names and labels. */
export function labelStyle(align: TextStyle['align'] = 'left'): TextStyle {
  return { family: 'Inter', weight: 600, lineHeight: 1.2, uppercase: true, align, tracking: 0.12 };
}

/** A size as a fraction of the frame's short side, times the storyboard's type scale. */
export function typeSize(setup: SceneSetup, fraction: number): number {
  return Math.max(6, setup.unit * fraction * setup.typography.scale);
}
