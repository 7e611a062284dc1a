/**
 * The render queue port. The in-process queue below is the embedded default: FIFO, at most
 * `concurrency` jobs at a time. A BullMQ queue on Redis implements the same shape for several
 * worker processes: `enqueue` → `queue.add('render', { jobId }, { jobId })` (the job id doubles
 * as BullMQ's, so a duplicate add is ignored), `remove` → `(await queue.getJob(jobId))?.remove()`
 * for a waiting job, `abort` → a cancel message on pub/sub to the worker holding the job, which
 * aborts its AbortController, `pause`/`resume` → `queue.pause()`/`queue.resume()`, `close` →
 * `worker.close()`; the worker's processor is `run`. Job state itself lives in the store, not in
 * the queue, so either implementation can be swapped without migrating anything.
 */
export interface JobQueue {
  /** Adds a job at the back; a job already waiting is not added twice, a running one runs again after. */
  enqueue(jobId: string): void;
  /** Takes a waiting job out of the line; true when it was waiting. */
  remove(jobId: string): boolean;
  /** Aborts a running job's signal with `reason`; false when it is not running here. */
  abort(jobId: string, reason: unknown): boolean;
  /** Stops starting jobs (running ones go on) until `resume`. */
  pause(): void;
  resume(): void;
  counts(): { waiting: number; running: number };
  /** Starts nothing more, aborts running jobs with a `QueueClosedError`, and waits for them to return. */
  close(): Promise<void>;
}

/** The abort reason of a run stopped by shutdown: the job is left as it is, to resume on the next start. */
export class QueueClosedError extends Error {
  override readonly name = 'QueueClosedError';
  constructor() {
    super('The service is shutting down; the job resumes when it starts again');
  }
}

export type JobRun = (jobId: string, signal: AbortSignal) => Promise<void>;

export function createJobQueue(options: { concurrency: number; run: JobRun; onError?: (jobId: string, error: unknown) => void }): JobQueue {
  const waiting: string[] = [];
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  const again = new Set<string>();
  let paused = false;
  let closed = false;

  function pump(): void {
    while (!paused && !closed && running.size < options.concurrency && waiting.length > 0) {
      start(waiting.shift()!);
    }
  }

  function start(jobId: string): void {
    const controller = new AbortController();
    const done = options
      .run(jobId, controller.signal)
      .catch((error: unknown) => options.onError?.(jobId, error))
      .finally(() => {
        running.delete(jobId);
        if (again.delete(jobId) && !closed) waiting.push(jobId);
        pump();
      });
    running.set(jobId, { controller, done });
  }

  return {
    enqueue(jobId) {
      if (closed) return;
      if (running.has(jobId)) again.add(jobId);
      else if (!waiting.includes(jobId)) waiting.push(jobId);
      pump();
    },
    remove(jobId) {
      again.delete(jobId);
      const index = waiting.indexOf(jobId);
      if (index === -1) return false;
      waiting.splice(index, 1);
      return true;
    },
    abort(jobId, reason) {
      const entry = running.get(jobId);
      if (!entry) return false;
      again.delete(jobId);
      entry.controller.abort(reason);
      return true;
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      pump();
    },
    counts: () => ({ waiting: waiting.length, running: running.size }),
    async close() {
      closed = true;
      waiting.length = 0;
      const reason = new QueueClosedError();
      for (const entry of running.values()) entry.controller.abort(reason);
      await Promise.all([...running.values()].map((entry) => entry.done));
    },
  };
}
