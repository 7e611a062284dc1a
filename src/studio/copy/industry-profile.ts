import type { Brief } from '../brief.ts';
import { consumerIndustries } from './industry-profiles-consumer.ts';
import { serviceIndustries, generalIndustry } from './industry-profiles-services.ts';

export type PainKind = 'time' | 'money' | 'quality' | 'effort' | 'confidence' | 'trust' | 'health';

export interface IndustryPain {
  /** A noun phrase that reads after "Tired of …": "a scent that fades by noon". */
  phrase: string;
  /** A caption-length rephrase when the phrase is too long to show whole: "shapeless after three washes". */
  short?: string;
  kind: PainKind;
  /** A sentence that twists the knife, specific to the industry. */
  sting?: string;
}

/**
 * What a copywriter knows about a sector before reading the brief: its usual pains and
 * outcomes, the words that signal it (for matching and for widening knowledge search),
 * imagery for film lines, a three-step plan and a default call to action.
 */
export interface IndustryProfile {
  id: string;
  label: string;
  keywords: string[];
  /** Terms that make a knowledge passage relevant to this sector even without the brief's words. */
  related: string[];
  productNoun: string;
  audienceNoun: string;
  pains: IndustryPain[];
  outcomes: string[];
  sensory: string[];
  plan: { steps: [string, string, string]; line: string; first: string };
  /** A genuinely useful tip, for give-first (reciprocity) lines. */
  tip: string;
  cta: string;
}

export const industryProfiles: readonly IndustryProfile[] = [...consumerIndustries, ...serviceIndustries];

/** The sector the brief is about: brand.industry weighs most, then concept and page text. */
export function industryOf(brief: Brief): IndustryProfile {
  const weighted: Array<[string, number]> = [
    // The brand profile's own word for its sector outweighs everything a page or concept implies.
    [brief.brand.industry ?? '', 6],
    [brief.concept ?? '', 2],
    [brief.source?.title ?? '', 2],
    [brief.source?.description ?? '', 1],
    [(brief.source?.claims ?? []).join(' '), 1],
    [brief.adCopy ?? '', 1],
  ];
  let best: IndustryProfile = generalIndustry;
  let bestScore = 0;
  for (const profile of industryProfiles) {
    let score = 0;
    for (const [text, weight] of weighted) score += weight * keywordHits(text.toLowerCase(), profile.keywords);
    if (score > bestScore) {
      best = profile;
      bestScore = score;
    }
  }
  return best;
}

/** Whole-word hits (plurals allowed); a keyword ending in "*" matches as a prefix. */
export function keywordHits(text: string, keywords: readonly string[]): number {
  if (!text) return 0;
  let hits = 0;
  for (const keyword of keywords) if (keywordPattern(keyword).test(text)) hits++;
  return hits;
}

function keywordPattern(keyword: string): RegExp {
  const prefix = keyword.endsWith('*');
  const body = (prefix ? keyword.slice(0, -1) : keyword).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${body}${prefix ? '' : '(?:s|es)?(?![\\p{L}])'}`, 'iu');
}
