import type { Context } from 'hono';
import type { CinematicAdsError } from '../contract/errors.ts';
import type { WorkflowEvent } from '../contract/schemas/workflow-events.ts';
import type { Caller } from '../service/service-ports.ts';
import type { AppEnv } from './app-env.ts';
import { readLastEventId } from './last-event-id.ts';
import type { OperationCall } from './operation-method.ts';
import { sseStream, streamEnded } from './sse-stream.ts';

export interface StreamDeps {
  heartbeatMs: number;
  /** Aborted on shutdown: every open stream ends. */
  closing: AbortSignal | undefined;
  toError: (thrown: unknown) => CinematicAdsError;
}

/**
 * Opens the service's event stream for an `sse` operation — resuming after Last-Event-ID — and
 * answers it as Server-Sent Events. The signal the service receives fires when the client leaves,
 * when the server closes, or when the stream ends.
 */
export async function answerStream(c: Context<AppEnv>, call: OperationCall, caller: Caller | null, args: Record<string, unknown>, deps: StreamDeps): Promise<Response> {
  const lastEventId = readLastEventId(c);
  const stop = linkedAbort(c.req.raw.signal, deps.closing);
  try {
    const events = (await call(caller, args, { signal: stop.signal, ...(lastEventId ? { lastEventId } : {}) })) as AsyncIterable<WorkflowEvent>;
    return await sseStream(c, events, { heartbeatMs: deps.heartbeatMs, stop, toError: deps.toError });
  } catch (error) {
    stop.abort(streamEnded); // refused before streaming: release the subscription and the shutdown listener
    throw error;
  }
}

/** An abort controller that also fires when any of `signals` does; its own abort detaches it from them. */
function linkedAbort(...signals: Array<AbortSignal | undefined>): AbortController {
  const controller = new AbortController();
  for (const signal of signals) {
    if (!signal) continue;
    if (signal.aborted) controller.abort(streamEnded);
    else signal.addEventListener('abort', () => controller.abort(streamEnded), { once: true, signal: controller.signal });
  }
  return controller;
}
