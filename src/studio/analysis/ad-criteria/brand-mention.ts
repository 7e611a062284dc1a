import { boundedScore, type AdText, type CriterionResult } from './criterion.ts';

/** Viewers must know whose ad it was: the brand named, ideally early or at the ask. */
export function scoreBrandMention(ad: AdText): CriterionResult {
  const name = ad.brand.trim();
  const pattern = new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
  const mentions = name ? (ad.text.match(pattern) ?? []).length : 0;
  const early = name ? pattern.test(ad.firstLine) : false;
  pattern.lastIndex = 0;
  const atClose = name ? new RegExp(pattern.source, 'i').test(ad.sentences[ad.sentences.length - 1] ?? '') : false;
  const score = mentions === 0 ? 0 : 60 + (early || atClose ? 40 : 0);
  const evidence = [mentions === 0 ? `“${name}” is never named` : `“${name}” named ${mentions} time(s)`];
  if (early) evidence.push('named in the first line (+40)');
  else if (atClose) evidence.push('named in the closing line (+40)');
  return {
    id: 'brand',
    label: 'Brand mention',
    weight: 10,
    score: boundedScore(score),
    evidence,
    advice: `Name ${name || 'the brand'} in the first line or right beside the call to action.`,
  };
}
