import { countWords } from '../../copy/text-tokens.ts';
import { boundedScore, type AdText, type CriterionResult } from './criterion.ts';

const strongVerbs = ['shop', 'order', 'book', 'get', 'start', 'claim', 'try', 'join', 'download', 'reserve', 'grab', 'save', 'discover', 'subscribe', 'register', 'apply', 'call', 'buy', 'unlock', 'treat', 'gift', 'enroll', 'sign up'];
const weakVerbs = ['learn more', 'click here', 'submit', 'contact us', 'visit', 'see more', 'find out', 'read more', 'check out'];

/** The line that asks for the action, if any: an imperative at the start of a sentence. */
export function findCta(ad: AdText): { line: string; strong: boolean } | undefined {
  for (const sentence of [...ad.sentences].reverse()) {
    const lower = sentence.toLowerCase().replace(/^[^a-z]+/, '');
    if (strongVerbs.some((v) => lower.startsWith(`${v} `) || lower === v)) return { line: sentence, strong: true };
    if (weakVerbs.some((v) => lower.startsWith(v))) return { line: sentence, strong: false };
  }
  return undefined;
}

/** Is there a clear, specific, imperative call to action — and does it give a reason to act now? */
export function scoreCta(ad: AdText): CriterionResult {
  const cta = findCta(ad);
  const result = { id: 'cta', label: 'Call to action', weight: 20, advice: 'End on one imperative with an object and a reason: “Shop the 12-hour scent today”.' };
  if (!cta) return { ...result, score: 0, evidence: ['no imperative call to action found'] };
  const evidence = [`CTA: “${cta.line}”`];
  let score = 50;
  if (cta.strong) {
    score += 15;
    evidence.push('strong action verb (+15)');
  } else evidence.push('generic verb such as “learn more” or “contact us” (+0)');
  if (countWords(cta.line) >= 3) {
    score += 10;
    evidence.push('says what to act on (+10)');
  }
  if (/\b(today|now|tonight|free|save|\d+\s?%|off)\b/i.test(cta.line)) {
    score += 15;
    evidence.push('gives a reason to act now (+15)');
  }
  if (countWords(cta.line) <= 6) {
    score += 10;
    evidence.push('six words or fewer (+10)');
  }
  return { ...result, score: boundedScore(score), evidence };
}
