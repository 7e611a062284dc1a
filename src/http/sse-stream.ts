import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { WorkflowEvent } from '../contract/schemas/workflow-events.ts';
import type { CinematicAdsError } from '../contract/errors.ts';
import type { AppEnv } from './app-env.ts';
import { applyResponseHeaders } from './response-headers.ts';
import { formatSseError, formatSseEvent, sseHeartbeat } from './sse-event-format.ts';

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

type Step = IteratorResult<WorkflowEvent>;

/** Answers a job's events as Server-Sent Events, ending after `result`, on disconnect or on shutdown. */
export async function sseStream(c: Context<AppEnv>, events: AsyncIterable<WorkflowEvent>, options: SseStreamOptions): Promise<Response> {
  const { stop } = options;
  const iterator = events[Symbol.asyncIterator]();
  const first = observed(iterator.next());
  if (await settlesWithin(first, firstEventWaitMs)) await first; // rethrows a refusal while a JSON answer is still possible
  const stopped = new Promise<Step>((resolve) => {
    if (stop.signal.aborted) resolve({ done: true, value: undefined });
    stop.signal.addEventListener('abort', () => resolve({ done: true, value: undefined }), { once: true });
  });

  applyResponseHeaders(c);
  c.header('X-Accel-Buffering', 'no'); // nginx would otherwise hold events back
  return streamSSE(c, async (stream) => {
    stream.onAbort(() => stop.abort());
    const heartbeat = setInterval(() => void stream.write(sseHeartbeat), options.heartbeatMs);
    try {
      for (let pending = first; ; pending = observed(iterator.next())) {
        const step = await Promise.race([pending, stopped]);
        if (step.done) break;
        await stream.write(formatSseEvent(step.value));
        if (step.value.event === 'result') break;
      }
    } catch (thrown) {
      await stream.write(formatSseError(options.toError(thrown)));
    } finally {
      clearInterval(heartbeat);
      stop.abort(); // tells the service to drop the subscription
      void Promise.resolve()
        .then(() => iterator.return?.())
        .catch(() => undefined);
    }
  });
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
