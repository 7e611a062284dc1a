import type { LocalAuditInput, LocalCheck } from './local-check.ts';

/** Opening hours: the question local searchers ask most. */
export function checkHours({ signals }: LocalAuditInput): LocalCheck {
  const base = { id: 'hours', label: 'Opening hours', weight: 2 };
  const hours = signals.text('hours');
  if (!hours) return { ...base, status: 'fail', reason: 'no opening hours on the page', fix: 'List opening hours per day, and mark holiday hours when they change.' };
  if (!/\d/.test(hours)) return { ...base, status: 'warn', reason: `hours "${hours}" give no times`, fix: 'Give times per day, e.g. "Mon–Fri 9:00–18:00, Sat 10:00–14:00".' };
  return { ...base, status: 'pass', reason: `hours shown: "${hours}"` };
}

/** Reviews: how many, and how good. Both feed local ranking and the click. */
export function checkReviews({ signals }: LocalAuditInput): LocalCheck {
  const base = { id: 'reviews', label: 'Reviews', weight: 3 };
  const rating = signals.number('rating');
  const count = signals.number('reviewCount');
  if (rating === undefined && count === undefined) return { ...base, status: 'fail', reason: 'no rating or review count visible', fix: 'Ask every happy customer for a review (a QR code at the till, a follow-up message) and show the rating on the site.' };
  const described = `${rating !== undefined ? `rating ${rating}/5` : 'no rating'}, ${count !== undefined ? `${count} reviews` : 'review count unknown'}`;
  if ((rating ?? 0) >= 4.3 && (count ?? 0) >= 25) return { ...base, status: 'pass', reason: described };
  if ((rating ?? 0) >= 3.8 || (count ?? 0) >= 5) {
    return { ...base, status: 'warn', reason: described, fix: (count ?? 0) < 25 ? 'Grow to 25+ reviews with a steady review request after each visit.' : 'Reply to every critical review and fix the recurring complaint to lift the average above 4.3.' };
  }
  return { ...base, status: 'fail', reason: described, fix: 'Start a review programme and answer negative reviews publicly and promptly.' };
}
