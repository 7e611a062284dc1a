import type { ServerResponse } from 'node:http';
import type { Context } from 'hono';
import type { CinematicAdsError } from '../contract/errors.ts';
import type { WorkflowEvent } from '../contract/schemas/workflow-events.ts';
import type { AppEnv } from './app-env.ts';
import { responseHeaders } from './response-headers.ts';
import { formatSseError, formatSseEvent, sseHeartbeat } from './sse-event-format.ts';
import { nodeSink, type SseSink, webStreamSink } from './sse-sink.ts';

export interface SseStreamOptions {
  heartbeatMs: number;
  /** Aborted when the client leaves or the server shuts down; the stream aborts it when it ends. */
  stop: AbortController;
  /** Maps anything thrown mid-stream to the contract's error (logging the unexpected). */
  toError: (thrown: unknown) => CinematicAdsError;
}

/**
 * How long to wait for the first event before committing to the SSE headers. The service checks
 * the job (unknown or another account's → 404) before it waits for events, so a refusal arrives
 * well within this and is answered as JSON; a job with nothing to say yet just opens the stream.
 */
const firstEventWaitMs = 1000;

/**
 * The reason every stream ends with. Shared, because `abort()` without one builds a DOMException
 * with a stack trace per call, which adds up when thousands of streams end together.
 */
export const streamEnded = new Error('The event stream ended');

type Step = IteratorResult<WorkflowEvent>;

/**
 * Answers a job's events as Server-Sent Events (`id:`, `event:`, `data:`; comment heartbeats),
 * ending after `result`, when the client leaves, or on shutdown. The frames are written by hand
 * rather than with hono's streamSSE, whose two web streams per connection made fan-out to
 * thousands of clients several times slower.
 */
export async function sseStream(c: Context<AppEnv>, events: AsyncIterable<WorkflowEvent>, options: SseStreamOptions): Promise<Response> {
  const iterator = events[Symbol.asyncIterator]();
  const first = observed(iterator.next());
  if (await settlesWithin(first, firstEventWaitMs)) await first; // rethrows a refusal while a JSON answer is still possible

  const headers = {
    ...responseHeaders(c),
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no', // nginx would otherwise hold events back
  };
  const leave = () => options.stop.abort(streamEnded);
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  const sink = outgoing ? nodeSink(outgoing, headers, leave) : webStreamSink(headers, leave);
  void pump(iterator, first, sink, options).finally(() => sink.end());
  return sink.response;
}

/** Writes events until `result`, the end of the iterable, or `stop`; heartbeats meanwhile. */
async function pump(iterator: AsyncIterator<WorkflowEvent>, first: Promise<Step>, sink: SseSink, options: SseStreamOptions): Promise<void> {
  const { stop } = options;
  const stopped = new Promise<Step>((resolve) => {
    if (stop.signal.aborted) resolve({ done: true, value: undefined });
    stop.signal.addEventListener('abort', () => resolve({ done: true, value: undefined }), { once: true });
  });
  const heartbeat = setInterval(() => sink.send(sseHeartbeat), options.heartbeatMs);
  try {
    for (let pending = first; ; pending = observed(iterator.next())) {
      const step = await Promise.race([pending, stopped]);
      if (step.done) break;
      sink.send(formatSseEvent(step.value));
      if (step.value.event === 'result') break;
    }
  } catch (thrown) {
    sink.send(formatSseError(options.toError(thrown)));
  } finally {
    clearInterval(heartbeat);
    stop.abort(streamEnded); // tells the service to drop the subscription
    void Promise.resolve()
      .then(() => iterator.return?.())
      .catch(() => undefined);
  }
}

/** A promise that may be abandoned by a race: its rejection must never go unhandled. */
function observed<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    const settle = () => {
      clearTimeout(timer);
      resolve(true);
    };
    promise.then(settle, settle);
  });
}
