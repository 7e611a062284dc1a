/**
 * When and how many: deliveries wait on a timer until due, then on a ready queue per endpoint,
 * and run at most `concurrency` at once, `perEndpoint` per endpoint, so one slow receiver holds
 * only its own share. A delivery is in one place at a time (waiting, ready or running).
 */
export interface DeliveryScheduler {
  /** Runs the delivery after `delayMs` (0: as soon as there is room); replaces an earlier timer for it. */
  schedule(deliveryId: string, webhookId: string, delayMs: number): void;
  /** Forgets a delivery that is waiting or ready (a running one finishes its attempt). */
  cancel(deliveryId: string): void;
  /** Due deliveries wait until this is called (the service's start). */
  start(): void;
  /** Stops the timers and aborts the attempts in flight; resolves once they have returned. */
  close(): Promise<void>;
  /** Deliveries waiting, ready or running (for tests and the bench). */
  size(): number;
}

export interface SchedulerOptions {
  concurrency: number;
  perEndpoint: number;
  /** One delivery's turn; `signal` aborts at close. Errors are the runner's to report. */
  run(deliveryId: string, signal: AbortSignal): Promise<void>;
}

export function createDeliveryScheduler(options: SchedulerOptions): DeliveryScheduler {
  const timers = new Map<string, { timer: NodeJS.Timeout; webhookId: string }>();
  const ready = new Map<string, string[]>();
  const readyIds = new Set<string>();
  const running = new Map<string, Promise<void>>();
  const runningPerEndpoint = new Map<string, number>();
  /** Due while still running (its next retry was set from within the run): queued when the run ends. */
  const dueAfterRun = new Map<string, string>();
  const shutdown = new AbortController();
  let started = false;
  let closed = false;

  function enqueue(deliveryId: string, webhookId: string): void {
    if (closed || readyIds.has(deliveryId)) return;
    if (running.has(deliveryId)) {
      dueAfterRun.set(deliveryId, webhookId);
      return;
    }
    readyIds.add(deliveryId);
    const queue = ready.get(webhookId);
    if (queue) queue.push(deliveryId);
    else ready.set(webhookId, [deliveryId]);
    pump();
  }

  function pump(): void {
    if (!started || closed) return;
    let launched = true;
    while (launched && running.size < options.concurrency) {
      launched = false;
      for (const [webhookId, queue] of ready) {
        if (running.size >= options.concurrency) break;
        if ((runningPerEndpoint.get(webhookId) ?? 0) >= options.perEndpoint) continue;
        const deliveryId = queue.shift()!;
        readyIds.delete(deliveryId);
        ready.delete(webhookId);
        // Back of the line: endpoints take turns.
        if (queue.length > 0) ready.set(webhookId, queue);
        launch(deliveryId, webhookId);
        launched = true;
      }
    }
  }

  function launch(deliveryId: string, webhookId: string): void {
    runningPerEndpoint.set(webhookId, (runningPerEndpoint.get(webhookId) ?? 0) + 1);
    const turn = options
      .run(deliveryId, shutdown.signal)
      .catch(() => undefined)
      .finally(() => {
        running.delete(deliveryId);
        const left = (runningPerEndpoint.get(webhookId) ?? 1) - 1;
        if (left > 0) runningPerEndpoint.set(webhookId, left);
        else runningPerEndpoint.delete(webhookId);
        const again = dueAfterRun.get(deliveryId);
        if (again !== undefined) {
          dueAfterRun.delete(deliveryId);
          enqueue(deliveryId, again);
        }
        pump();
      });
    running.set(deliveryId, turn);
  }

  function cancel(deliveryId: string): void {
    const waiting = timers.get(deliveryId);
    if (waiting) {
      clearTimeout(waiting.timer);
      timers.delete(deliveryId);
    }
    dueAfterRun.delete(deliveryId);
    if (readyIds.delete(deliveryId)) {
      for (const [webhookId, queue] of ready) {
        const index = queue.indexOf(deliveryId);
        if (index === -1) continue;
        queue.splice(index, 1);
        if (queue.length === 0) ready.delete(webhookId);
        break;
      }
    }
  }

  return {
    schedule(deliveryId, webhookId, delayMs) {
      if (closed) return;
      cancel(deliveryId);
      if (delayMs <= 0) {
        enqueue(deliveryId, webhookId);
        return;
      }
      const timer = setTimeout(() => {
        timers.delete(deliveryId);
        enqueue(deliveryId, webhookId);
      }, delayMs);
      // A retry hours away must not keep a finished process alive.
      timer.unref();
      timers.set(deliveryId, { timer, webhookId });
    },
    cancel,
    start() {
      started = true;
      pump();
    },
    async close() {
      closed = true;
      for (const { timer } of timers.values()) clearTimeout(timer);
      timers.clear();
      ready.clear();
      readyIds.clear();
      shutdown.abort(new Error('The service is shutting down'));
      await Promise.all(running.values());
    },
    size: () => timers.size + readyIds.size + running.size,
  };
}
