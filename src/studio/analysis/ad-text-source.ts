import type { Brief } from '../brief.ts';
import { adSentences } from './readability.ts';
import type { AdText } from './ad-criteria/criterion.ts';

export type AdTextOrigin = 'ad copy' | 'source page' | 'concept';

/** The ad to critique: the pasted copy, else the page's own words in reading order, else the concept. */
export function adTextOf(brief: Brief): { origin: AdTextOrigin; ad: AdText } {
  const source = brief.source;
  const pageLines = source ? [source.title, ...(source.headings ?? []), source.description, ...(source.claims ?? [])].filter((l): l is string => Boolean(l?.trim())) : [];
  const [origin, text]: [AdTextOrigin, string] = brief.adCopy?.trim()
    ? ['ad copy', brief.adCopy.trim()]
    : pageLines.length > 0
      ? ['source page', pageLines.join('\n')]
      : ['concept', brief.concept ?? ''];
  const sentences = adSentences(text);
  return { origin, ad: { text, firstLine: sentences[0] ?? text, sentences, brand: brief.brand.name } };
}
