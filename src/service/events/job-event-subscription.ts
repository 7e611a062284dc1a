import type { WorkflowEvent } from '../../contract/schemas/workflow-events.ts';
import { eventSeq, type JobEventLog } from './job-event-log.ts';

export interface FollowOptions {
  /** Replay only events numbered above this one (a client's Last-Event-ID). */
  afterSeq?: number;
  /** Ends the iteration (the client left, the server is closing). */
  signal?: AbortSignal;
}

/**
 * A job's events as one ordered stream: the stored history after `afterSeq`, then live events,
 * ending after `result`. It listens before it reads the history, so nothing appended in between
 * is missed; events seen twice that way are dropped by number.
 */
export function followJobEvents(log: JobEventLog, jobId: string, options: FollowOptions = {}): AsyncIterableIterator<WorkflowEvent> {
  const queue: WorkflowEvent[] = [];
  const early: WorkflowEvent[] = [];
  let last = options.afterSeq ?? 0;
  let historyRead = false;
  let ended = false;
  let wake: (() => void) | undefined;
  let failure: unknown;

  const accept = (event: WorkflowEvent) => {
    if (ended || eventSeq(event) <= last) return;
    last = eventSeq(event);
    queue.push(event);
    wake?.();
  };
  const unlisten = log.listen(jobId, (event) => (historyRead ? accept(event) : early.push(event)));
  const stop = () => {
    ended = true;
    unlisten();
    options.signal?.removeEventListener('abort', abort);
    wake?.();
  };
  // A client that left wants nothing more, not even what was already queued.
  const abort = () => {
    queue.length = 0;
    stop();
  };
  options.signal?.addEventListener('abort', abort, { once: true });
  if (options.signal?.aborted) abort();

  const loaded = log.history(jobId, last).then(
    (events) => {
      events.forEach(accept);
      historyRead = true;
      early.splice(0).forEach(accept);
    },
    (error: unknown) => {
      failure = error;
      stop();
    },
  );

  const iterator: AsyncIterableIterator<WorkflowEvent> = {
    async next() {
      await loaded;
      if (failure) throw failure;
      while (queue.length === 0 && !ended) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      const event = queue.shift();
      if (!event) return { done: true, value: undefined };
      if (event.event === 'result') {
        stop();
        queue.length = 0;
      }
      return { done: false, value: event };
    },
    async return() {
      stop();
      queue.length = 0;
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
