import type { CopyFacts } from '../copy/copy-facts.ts';
import type { PainKind } from '../copy/industry-profile.ts';
import { firstFigure } from '../copy/claim-reading.ts';
import { capitalize, withoutFinalStop } from '../copy/line-fitting.ts';

/** The angle that answers each kind of pain. */
export const anglesByKind: Record<PainKind, string> = {
  time: 'Time back',
  money: 'Value for money',
  quality: 'Quality that lasts',
  effort: 'Effortless',
  confidence: 'Confidence',
  trust: 'Trust and proof',
  health: 'Feel better',
};

/**
 * Three hooks per pain, each a different proven opener: a question the viewer answers "yes"
 * to, a number (from the brief's own claims, never invented), and a "you" promise.
 */
export function hooksForPain(pain: string, facts: CopyFacts): string[] {
  const numbered = [...facts.benefits, ...facts.proofs, ...facts.offers].find((claim) => firstFigure(claim));
  return [
    `Still putting up with ${pain}?`,
    numbered ? `${capitalize(withoutFinalStop(numbered))}: the end of ${pain}.` : `3 signs you've outgrown ${pain}.`,
    `You deserve better than ${pain}. Meet ${facts.productRef}.`,
  ];
}
