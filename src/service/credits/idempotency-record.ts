import { createHash } from 'node:crypto';
import { CinematicAdsError, type ErrorCode } from '../../contract/errors.ts';

/** What the first request with an `Idempotency-Key` produced, kept to answer its repeats. */
export interface IdempotencyRecord {
  fingerprint: string;
  at: string;
  outcome: { ok: true; value: unknown } | { ok: false; error: { code: ErrorCode; message: string; details?: Record<string, unknown> } };
}

/** Store key of a client's key: hashed, so any client string fits and none is kept as given. */
export function idempotencyStoreKey(accountId: string, key: string): string {
  return `${idempotencyPrefix}${accountId}:${createHash('sha256').update(key).digest('base64url')}`;
}

export const idempotencyPrefix = 'idempotency:';

/** A 4xx answer is the request's fault and will not change on retry, so it is kept; anything else is not. */
export function isReplayableError(error: unknown): error is CinematicAdsError {
  return CinematicAdsError.is(error) && error.status < 500;
}

export function errorOutcome(error: CinematicAdsError): IdempotencyRecord['outcome'] {
  return { ok: false, error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
}

/** The first answer again, as a fresh copy (callers may change what they get back). */
export function replay<T>(outcome: IdempotencyRecord['outcome']): T {
  if (outcome.ok) return copyOf(outcome.value) as T;
  const { code, message, details } = outcome.error;
  throw new CinematicAdsError(code, message, details ? { details } : {});
}

export function copyOf<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
