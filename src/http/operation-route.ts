import type { Context, Hono, MiddlewareHandler } from 'hono';
import { parseOperationInput } from '../contract/operation-args.ts';
import type { BinaryResponse } from '../contract/operations.ts';
import type { OperationDefinition } from '../contract/operations/operation-definition.ts';
import type { ServiceHost } from '../service/service-ports.ts';
import type { AppEnv } from './app-env.ts';
import { binaryResponse } from './binary-response.ts';
import { bodyLimitGuard } from './body-limit-guard.ts';
import { readIdempotencyKey } from './idempotency-key.ts';
import { jsonResponse } from './json-response.ts';
import { operationCall } from './operation-method.ts';
import { readOperationInput } from './operation-input.ts';
import { answerStream, type StreamDeps } from './operation-stream.ts';
import { RequestCallOptions } from './request-call-options.ts';
import type { RequestGate } from './request-gate.ts';

export interface OperationRouteDeps extends StreamDeps {
  host: ServiceHost;
  gate: RequestGate;
}

/**
 * One route, entirely from the operation's definition: admit (auth, rate class), read and
 * validate params, query and body with its schemas, call the interface method named after it,
 * and answer per its response kind and envelope.
 */
export function registerOperationRoute(app: Hono<AppEnv>, operation: OperationDefinition, deps: OperationRouteDeps): void {
  const call = operationCall(deps.host, operation);
  const { params, query, body } = operation.input;
  const takesInput = Boolean(params || query || body);

  /** Path parameters, query and body read and validated with the operation's schemas, as one flat object. */
  const readArgs = async (c: Context<AppEnv>): Promise<Record<string, unknown>> => {
    const wire = parseOperationInput(operation, await readOperationInput(c, operation));
    return { ...wire.params, ...wire.query, ...wire.body };
  };

  const handler = async (c: Context<AppEnv>): Promise<Response> => {
    const caller = c.get('caller');
    const args = takesInput ? await readArgs(c) : {};
    if (operation.response.kind === 'sse') return answerStream(c, call, caller, args, deps);
    const idempotencyKey = operation.spendsCredits ? readIdempotencyKey(c) : undefined;
    const result = await call(caller, args, new RequestCallOptions(c.req.raw, idempotencyKey));
    if (operation.response.kind === 'binary') return binaryResponse(c, operation, result as BinaryResponse);
    return jsonResponse(c, operation, result);
  };

  const admit = async (c: Context<AppEnv>) => c.set('caller', await deps.gate.admit(c, operation.rateClass, operation.auth));
  if (body) {
    // Admission comes before the body is read: an anonymous or throttled client uploads nothing.
    const admitFirst: MiddlewareHandler<AppEnv> = async (c, next) => (await admit(c), next());
    app.on(operation.method, operation.path, admitFirst, bodyLimitGuard(operation), handler);
  } else {
    // Nothing to guard in between: one step instead of a middleware chain.
    app.on(operation.method, operation.path, async (c) => (await admit(c), handler(c)));
  }
}
