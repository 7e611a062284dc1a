import { CinematicAdsError } from '../contract/errors.ts';
import type { ErrorCode } from '../contract/errors.ts';

/** Which hop a refusal is about: the URL asked for, or one reached by a redirect. */
export interface HopContext {
  url: string;
  redirectedFrom?: string;
}

/**
 * `Refused to fetch http://10.0.0.5/: 10.0.0.5 is a private address` — the URL, the hop that led
 * there, and why, so whoever supplied the URL can tell a typo from a blocked destination.
 */
export function refusal(code: ErrorCode, hop: HopContext, reason: string, details: Record<string, unknown> = {}): CinematicAdsError {
  const via = hop.redirectedFrom ? ` (redirected from ${hop.redirectedFrom})` : '';
  return new CinematicAdsError(code, `Refused to fetch ${hop.url}${via}: ${reason}`, {
    details: { url: hop.url, ...(hop.redirectedFrom ? { redirectedFrom: hop.redirectedFrom } : {}), ...details },
  });
}
