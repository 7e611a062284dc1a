import type { Brief } from '../brief.ts';
import { gatherCopyFacts } from '../copy/copy-facts.ts';
import { scoreBrandMention } from './ad-criteria/brand-mention.ts';
import { scoreClarity } from './ad-criteria/clarity.ts';
import type { CriterionResult } from './ad-criteria/criterion.ts';
import { scoreCta } from './ad-criteria/cta-strength.ts';
import { scoreHook } from './ad-criteria/hook-strength.ts';
import { scoreSocialProof } from './ad-criteria/social-proof.ts';
import { scoreSpecificity } from './ad-criteria/specificity.ts';
import { scoreUrgency } from './ad-criteria/urgency.ts';
import { rewriteAd, type AdRewrites } from './ad-rewrites.ts';
import { adTextOf, type AdTextOrigin } from './ad-text-source.ts';
import { readability, type ReadabilityStats } from './readability.ts';

export interface AdCritique {
  kind: 'ad-critique';
  brand: string;
  origin: AdTextOrigin;
  text: string;
  /** Weighted mean of the criteria, 0–100. */
  score: number;
  grade: 'A' | 'B' | 'C' | 'D' | 'F';
  criteria: CriterionResult[];
  stats: ReadabilityStats;
  /** The weakest criteria first: where a rewrite gains the most. */
  priorities: string[];
  rewrites: AdRewrites;
}

/** Scores an existing ad on computed criteria, shows the evidence, and rewrites its weak parts. */
export function critiqueAd(brief: Brief): AdCritique {
  const { origin, ad } = adTextOf(brief);
  const criteria = [scoreHook, scoreClarity, scoreCta, scoreSpecificity, scoreSocialProof, scoreUrgency, scoreBrandMention].map((score) => score(ad));
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  const score = Math.round(criteria.reduce((sum, c) => sum + c.score * c.weight, 0) / totalWeight);
  const priorities = [...criteria]
    .sort((a, b) => (100 - b.score) * b.weight - (100 - a.score) * a.weight)
    .filter((c) => c.score < 80)
    .map((c) => `${c.label} (${c.score}/100): ${c.advice ?? ''}`.trim());
  return {
    kind: 'ad-critique',
    brand: brief.brand.name,
    origin,
    text: ad.text,
    score,
    grade: score >= 85 ? 'A' : score >= 70 ? 'B' : score >= 55 ? 'C' : score >= 40 ? 'D' : 'F',
    criteria,
    stats: readability(ad.text),
    priorities,
    rewrites: rewriteAd(ad, gatherCopyFacts(brief)),
  };
}
