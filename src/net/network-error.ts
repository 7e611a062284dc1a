import { CinematicAdsError } from '../contract/errors.ts';

const causes: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed while sending',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup timed out',
  ERR_STREAM_PREMATURE_CLOSE: 'connection closed early',
};

/**
 * Anything that went wrong on the wire becomes the retryable 503 `unavailable`; errors that are
 * already ours (refusals, limits, timeouts) pass through unchanged.
 */
export function toNetworkError(error: unknown, url: string): CinematicAdsError {
  if (CinematicAdsError.is(error)) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  const what = causes[code] ?? (code.startsWith('HPE_') ? 'invalid HTTP response' : /CERT|TLS|SSL/.test(code) ? 'TLS failure' : message || 'network error');
  return new CinematicAdsError('unavailable', `Could not fetch ${url}: ${what}${code ? ` (${code})` : ''}`, {
    cause: error,
    details: { url, ...(code ? { errno: code } : {}) },
  });
}
