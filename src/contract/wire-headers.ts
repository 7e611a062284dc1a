/** The HTTP headers and cookie the API reads or writes, spelled once for server, client and docs. */
export const wireHeaders = {
  authorization: 'Authorization',
  /** On POSTs that spend credits: a repeat with the same key returns the first answer and spends nothing. */
  idempotencyKey: 'Idempotency-Key',
  /** On SSE reconnects: replay the events after this id. */
  lastEventId: 'Last-Event-ID',
  rateLimitLimit: 'X-RateLimit-Limit',
  rateLimitRemaining: 'X-RateLimit-Remaining',
  /** Unix seconds at which the window resets. */
  rateLimitReset: 'X-RateLimit-Reset',
  /** On 429 and 503: seconds to wait before retrying. */
  retryAfter: 'Retry-After',
} as const;

/** Web sessions carry their token in this HTTP-only cookie (Secure, SameSite=Lax). */
export const sessionCookieName = 'cinematicads_session';
