import { errorCodes, type ErrorCode } from './errors.ts';
import type { OperationDefinition } from './operations/operation-definition.ts';

/**
 * Every error an operation can answer: those its traits imply (input → 400, auth → 401/403,
 * credits → 402), its own (`errors`), and the ones any request can meet (429, 500).
 */
export function operationErrors(operation: OperationDefinition): ErrorCode[] {
  const { params, query, body } = operation.input;
  const codes = new Set<ErrorCode>();
  if (params || query || body) codes.add('invalid_request');
  if (operation.auth) {
    codes.add('unauthorized');
    // A plan can withhold API access or reserve workflows.
    codes.add('forbidden');
  }
  if (operation.spendsCredits) {
    codes.add('insufficient_credits');
    codes.add('trial_expired');
  }
  for (const code of operation.errors) codes.add(code);
  codes.add('rate_limited');
  codes.add('internal');
  return [...codes].sort((a, b) => errorCodes[a].status - errorCodes[b].status);
}
