import { boundedScore, findAll, type AdText, type CriterionResult } from './criterion.ts';

const cues = /\b(today|now|tonight|this week(?:end)?|limited|only \d+ left|ends? (?:soon|today|tonight|sunday|friday|on)|last chance|deadline|hurry|while (?:stocks|supplies) last|don'?t miss|before (?:it'?s|they'?re) gone|until \w+)\b/i;
const deadline = /\b(?:until|ends?|by)\s+(?:\d{1,2}[/.]\d{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|midnight|\d{1,2}\s?(?:am|pm))\b/i;

/** A reason to act now rather than later: a time limit, a stock limit, a deadline. */
export function scoreUrgency(ad: AdText): CriterionResult {
  const hits = findAll(ad.text, cues);
  const dated = findAll(ad.text, deadline);
  const score = hits.length === 0 && dated.length === 0 ? 0 : hits.length + dated.length >= 2 || dated.length > 0 ? 100 : 60;
  return {
    id: 'urgency',
    label: 'Urgency',
    weight: 10,
    score: boundedScore(score),
    evidence: hits.length + dated.length > 0 ? [`cues: ${[...hits, ...dated].join(', ')}`] : ['nothing says why to act now'],
    advice: 'Give a true reason to act now: an offer end date, limited stock, or a seasonal moment.',
  };
}
