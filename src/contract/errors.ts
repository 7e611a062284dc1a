/**
 * The one error type of the project. Every face maps it the same way: the REST envelope
 * (`{success:false, error, code}` with `status`), MCP `isError` results, and the remote client,
 * which rebuilds it from `code`.
 */
export const errorCodes = {
  invalid_request: { status: 400, retryable: false },
  unauthorized: { status: 401, retryable: false },
  insufficient_credits: { status: 402, retryable: false },
  trial_expired: { status: 402, retryable: false },
  forbidden: { status: 403, retryable: false },
  not_found: { status: 404, retryable: false },
  conflict: { status: 409, retryable: false },
  payload_too_large: { status: 413, retryable: false },
  rate_limited: { status: 429, retryable: true },
  internal: { status: 500, retryable: true },
  dependency_missing: { status: 500, retryable: false },
  render_failed: { status: 500, retryable: true },
  // A server we fetched from (or a proxy in front of us) answered wrongly; often passing, as gateways' 502s are.
  bad_gateway: { status: 502, retryable: true },
  unavailable: { status: 503, retryable: true },
} as const satisfies Record<string, { status: number; retryable: boolean }>;

export type ErrorCode = keyof typeof errorCodes;

export class CinematicAdsError extends Error {
  override readonly name = 'CinematicAdsError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryable: boolean;
  /** Structured detail a machine can act on (e.g. `{ required, available }`, `{ field }`). */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = errorCodes[code].status;
    this.retryable = errorCodes[code].retryable;
    this.details = options.details;
  }

  static is(value: unknown): value is CinematicAdsError {
    return value instanceof CinematicAdsError;
  }

  /** Rebuilds an error received over the wire (remote client), falling back on the HTTP status. */
  static fromWire(body: { error?: unknown; code?: unknown; details?: unknown }, status: number): CinematicAdsError {
    const message = typeof body.error === 'string' ? body.error : `Request failed with status ${status}`;
    const code = typeof body.code === 'string' && body.code in errorCodes ? (body.code as ErrorCode) : codeForStatus(status);
    const details = isPlainRecord(body.details) ? body.details : undefined;
    return new CinematicAdsError(code, message, details ? { details } : {});
  }

  /** The error envelope every face sends: `{ success: false, error, code, details? }`. */
  toWire(): WireError {
    return { success: false, error: this.message, code: this.code, ...(this.details ? { details: this.details } : {}) };
  }
}

/** The body of an error response (see `errorEnvelope` in schemas/envelope.ts for its schema). */
export interface WireError {
  success: false;
  error: string;
  code: ErrorCode;
  details?: Record<string, unknown>;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function codeForStatus(status: number): ErrorCode {
  const match = (Object.keys(errorCodes) as ErrorCode[]).find((code) => errorCodes[code].status === status);
  return match ?? (status >= 500 ? 'internal' : 'invalid_request');
}

/** The seed's 402 sentence, word for word. */
export function insufficientCredits(required: number, available: number): CinematicAdsError {
  return new CinematicAdsError('insufficient_credits', `Insufficient credits. Required: ${required}, available: ${available}`, {
    details: { required, available },
  });
}
