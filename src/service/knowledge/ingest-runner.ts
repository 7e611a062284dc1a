import { CinematicAdsError } from '../../contract/errors.ts';

export interface IngestRunnerOptions {
  /** Ingests running at once: parsing is CPU work that competes with renders. */
  concurrency: number;
  /** Running plus waiting; past this, new sources are refused (503) rather than held in memory. */
  maxQueued: number;
}

/** Why an ingest was stopped from outside, so it knows whether to record a failure. */
export type StopReason = 'deleted' | 'closing';

export class IngestStopped extends Error {
  constructor(readonly reason: StopReason) {
    super(reason === 'deleted' ? 'The source was deleted' : 'The server is shutting down');
  }
}

/**
 * The background ingests of this process: a small pool with a bounded queue. Each ingest gets
 * a signal that aborts when its source is deleted or the service closes; `close()` waits for
 * them to record how they ended.
 */
export class IngestRunner {
  readonly #running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  readonly #waiting: Array<() => void> = [];
  #active = 0;
  #closed = false;

  constructor(private readonly options: IngestRunnerOptions) {}

  /** Throws 503 when no more ingests may be queued (checked before a source is created). */
  checkCapacity(): void {
    if (this.#closed) throw new CinematicAdsError('unavailable', 'The server is shutting down; retry in a moment');
    if (this.#running.size >= this.options.maxQueued) {
      throw new CinematicAdsError('unavailable', `The knowledge base is already reading ${this.#running.size} documents; retry in a minute`, {
        details: { queued: this.#running.size },
      });
    }
  }

  /** Queues `work` under `key`; the promise settles (never rejects) when it has run. */
  run(key: string, work: (signal: AbortSignal) => Promise<void>): Promise<void> {
    this.checkCapacity();
    const controller = new AbortController();
    const done = this.#slot(controller.signal)
      .then(async (release) => {
        try {
          // Run even when stopped while queued: the work records how its source ended.
          await work(controller.signal);
        } finally {
          release();
        }
      })
      .catch(() => {})
      .finally(() => this.#running.delete(key));
    this.#running.set(key, { controller, done });
    return done;
  }

  isRunning(key: string): boolean {
    return this.#running.has(key);
  }

  /** Stops one ingest (its source was deleted); resolves once it has stopped. */
  stop(key: string, reason: StopReason): Promise<void> {
    const entry = this.#running.get(key);
    if (!entry) return Promise.resolve();
    entry.controller.abort(new IngestStopped(reason));
    return entry.done;
  }

  /** Stops every ingest and waits for each to record its end. */
  async close(): Promise<void> {
    this.#closed = true;
    const entries = [...this.#running.values()];
    for (const entry of entries) entry.controller.abort(new IngestStopped('closing'));
    await Promise.all(entries.map((entry) => entry.done));
  }

  /** Waits for a free slot; a stopped ingest leaves the queue at once. */
  #slot(signal: AbortSignal): Promise<() => void> {
    const release = () => {
      this.#active -= 1;
      this.#waiting.shift()?.();
    };
    if (this.#active < this.options.concurrency) {
      this.#active += 1;
      return Promise.resolve(release);
    }
    return new Promise((resolve) => {
      const start = () => {
        signal.removeEventListener('abort', leave);
        this.#active += 1;
        resolve(release);
      };
      const leave = () => {
        const at = this.#waiting.indexOf(start);
        if (at >= 0) this.#waiting.splice(at, 1);
        // Resolved with a slot of its own so the caller's `finally` balances the count.
        this.#active += 1;
        resolve(release);
      };
      this.#waiting.push(start);
      signal.addEventListener('abort', leave, { once: true });
    });
  }
}
