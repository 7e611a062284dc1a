import type { Context, Hono, MiddlewareHandler } from 'hono';
import { parseOperationInput } from '../contract/operation-args.ts';
import type { BinaryResponse } from '../contract/operations.ts';
import type { OperationDefinition } from '../contract/operations/operation-definition.ts';
import type { WorkflowEvent } from '../contract/schemas/workflow-events.ts';
import type { CinematicAdsError } from '../contract/errors.ts';
import type { ServiceHost } from '../service/service-ports.ts';
import type { AppEnv } from './app-env.ts';
import { binaryResponse } from './binary-response.ts';
import { bodyLimitGuard } from './body-limit-guard.ts';
import { readIdempotencyKey } from './idempotency-key.ts';
import { jsonResponse } from './json-response.ts';
import { readLastEventId } from './last-event-id.ts';
import { operationCall } from './operation-method.ts';
import { readOperationInput } from './operation-input.ts';
import type { RequestGate } from './request-gate.ts';
import { sseStream } from './sse-stream.ts';

export interface OperationRouteDeps {
  host: ServiceHost;
  gate: RequestGate;
  heartbeatMs: number;
  closing: AbortSignal | undefined;
  toError: (thrown: unknown) => CinematicAdsError;
}

/**
 * One route, entirely from the operation's definition: admit (auth, rate class), read and
 * validate params, query and body with its schemas, call the interface method named after it,
 * and answer per its response kind and envelope.
 */
export function registerOperationRoute(app: Hono<AppEnv>, operation: OperationDefinition, deps: OperationRouteDeps): void {
  // Admission comes before the body is read: an anonymous or throttled client uploads nothing.
  const admit: MiddlewareHandler<AppEnv> = async (c, next) => {
    c.set('caller', await deps.gate.admit(c, operation.rateClass, operation.auth));
    await next();
  };

  const call = operationCall(deps.host, operation);
  const handler = async (c: Context<AppEnv>): Promise<Response> => {
    const caller = c.get('caller');
    const wire = parseOperationInput(operation, await readOperationInput(c, operation));
    const args = { ...wire.params, ...wire.query, ...wire.body };

    if (operation.response.kind === 'sse') {
      const lastEventId = readLastEventId(c);
      const stop = linkedAbort(c.req.raw.signal, deps.closing);
      try {
        const events = (await call(caller, args, { signal: stop.signal, ...(lastEventId ? { lastEventId } : {}) })) as AsyncIterable<WorkflowEvent>;
        return await sseStream(c, events, { heartbeatMs: deps.heartbeatMs, stop, toError: deps.toError });
      } catch (error) {
        stop.abort(); // refused before streaming: release the subscription and the shutdown listener
        throw error;
      }
    }

    const idempotencyKey = operation.spendsCredits ? readIdempotencyKey(c) : undefined;
    const result = await call(caller, args, withLazySignal(c, idempotencyKey ? { idempotencyKey } : {}));
    if (operation.response.kind === 'binary') return binaryResponse(c, operation, result as BinaryResponse);
    return jsonResponse(c, operation, result);
  };

  if (operation.input.body) app.on(operation.method, operation.path, admit, bodyLimitGuard(operation), handler);
  // Without a body there is nothing to guard in between: one step instead of a middleware chain.
  else app.on(operation.method, operation.path, async (c) => (c.set('caller', await deps.gate.admit(c, operation.rateClass, operation.auth)), handler(c)));
}

/**
 * Call options whose `signal` (aborted when the client leaves) is made only if the method reads
 * it: on Node, making one costs a noticeable share of a quick request, and most calls never wait.
 */
function withLazySignal(c: Context<AppEnv>, options: Record<string, unknown>): Record<string, unknown> {
  return Object.defineProperty(options, 'signal', { get: () => c.req.raw.signal, enumerable: true });
}

/** An abort controller that also fires when the request ends or the server begins to close. */
function linkedAbort(...signals: Array<AbortSignal | undefined>): AbortController {
  const controller = new AbortController();
  for (const signal of signals) {
    if (!signal) continue;
    if (signal.aborted) controller.abort();
    else signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
  }
  return controller;
}
