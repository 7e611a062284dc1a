import { describe, expect, it } from 'vitest';
import { CinematicAdsError, errorCodes, insufficientCredits, type ErrorCode } from '../../src/contract/errors.ts';
import { operationErrors } from '../../src/contract/operation-errors.ts';
import { operationsByName } from '../../src/contract/operations.ts';
import { errorEnvelope } from '../../src/contract/schemas/envelope.ts';

const expected: Record<ErrorCode, [number, boolean]> = {
  invalid_request: [400, false],
  unauthorized: [401, false],
  insufficient_credits: [402, false],
  trial_expired: [402, false],
  forbidden: [403, false],
  not_found: [404, false],
  conflict: [409, false],
  payload_too_large: [413, false],
  rate_limited: [429, true],
  internal: [500, true],
  dependency_missing: [500, false],
  render_failed: [500, true],
  bad_gateway: [502, true],
  unavailable: [503, true],
};

describe('CinematicAdsError', () => {
  it.each(Object.entries(expected))('%s answers %i (retryable: %s)', (code, [status, retryable]) => {
    const error = new CinematicAdsError(code as ErrorCode, 'Something went wrong');
    expect(error).toMatchObject({ code, status, retryable, name: 'CinematicAdsError', message: 'Something went wrong' });
    expect(CinematicAdsError.is(error)).toBe(true);
  });

  it('covers every code of the table', () => {
    expect(Object.keys(errorCodes).sort()).toEqual(Object.keys(expected).sort());
  });

  it('words the 402 as the seed does, with the numbers as details', () => {
    const error = insufficientCredits(2, 0);
    expect(error.message).toBe('Insufficient credits. Required: 2, available: 0');
    expect(error.toWire()).toEqual({
      success: false,
      error: 'Insufficient credits. Required: 2, available: 0',
      code: 'insufficient_credits',
      details: { required: 2, available: 0 },
    });
    expect(errorEnvelope.safeParse(error.toWire()).success).toBe(true);
  });

  it('leaves details out of the wire body when there are none', () => {
    const wire = new CinematicAdsError('not_found', 'Job wf_1 not found').toWire();
    expect(wire).toEqual({ success: false, error: 'Job wf_1 not found', code: 'not_found' });
  });

  it('rebuilds an error from the wire by code, then by status', () => {
    expect(CinematicAdsError.fromWire({ error: 'Trial expired', code: 'trial_expired' }, 402)).toMatchObject({ code: 'trial_expired', status: 402 });
    expect(CinematicAdsError.fromWire({ error: 'Nope', code: 'no_such_code' }, 404)).toMatchObject({ code: 'not_found', message: 'Nope' });
    const body = { success: false, error: 'Slow down' };
    expect(CinematicAdsError.fromWire(body, 429)).toMatchObject({ code: 'rate_limited', retryable: true, message: 'Slow down' });
    expect(CinematicAdsError.fromWire({}, 418)).toMatchObject({ code: 'invalid_request', message: 'Request failed with status 418' });
    expect(CinematicAdsError.fromWire({}, 504)).toMatchObject({ code: 'internal', status: 500, retryable: true });
    expect(CinematicAdsError.fromWire({}, 502)).toMatchObject({ code: 'bad_gateway', status: 502, retryable: true });
  });

  it('survives a round trip through the wire', () => {
    const original = insufficientCredits(25, 3);
    const rebuilt = CinematicAdsError.fromWire(original.toWire(), original.status);
    expect(rebuilt).toMatchObject({ code: original.code, status: 402, message: original.message, details: { required: 25, available: 3 } });
  });
});

describe('operation errors', () => {
  it('follow from auth, input and credits, plus each operation\'s own', () => {
    expect(operationErrors(operationsByName.launch_workflow)).toEqual([
      'invalid_request',
      'unauthorized',
      'insufficient_credits',
      'trial_expired',
      'forbidden',
      'rate_limited',
      'internal',
      'unavailable',
    ]);
    expect(operationErrors(operationsByName.get_health)).toEqual(['rate_limited', 'internal', 'unavailable']);
    expect(operationErrors(operationsByName.review_workflow)).toContain('conflict');
  });
});
