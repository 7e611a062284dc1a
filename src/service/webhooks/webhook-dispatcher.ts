import type { AccountEvent } from '../events/account-events.ts';
import { attemptDelivery, type AttemptOutcome } from './delivery-attempt.ts';
import { createDeliveryScheduler } from './delivery-scheduler.ts';
import { nextRetryDelayMs } from './retry-schedule.ts';
import { newDeliveryId } from './webhook-ids.ts';
import type { WebhookNetwork } from './webhook-network.ts';
import type { DeliveryRecord, WebhookRecord } from './webhook-records.ts';
import type { WebhookRepository } from './webhook-repository.ts';
import type { SecretBox } from './webhook-secret-box.ts';
import type { WebhookSettings } from './webhook-settings.ts';

export interface DispatcherDeps {
  repository: WebhookRepository;
  secrets: SecretBox;
  network: WebhookNetwork;
  settings: WebhookSettings;
  now: () => Date;
  /** Jitter source; tests may pin it. */
  random?: () => number;
  /** Failures nobody is waiting for (the store refusing a write). */
  logError: (message: string, cause: unknown) => void;
}

/**
 * At-least-once delivery, decoupled from the jobs that emit events: `enqueue` returns at once,
 * the delivery is written to the store as pending (so it survives a restart) and sent by the
 * scheduler's small worker pool, then retried with exponential backoff until a 2xx or the last
 * attempt. An endpoint whose deliveries keep failing every retry is disabled.
 */
export interface WebhookDispatcher {
  /** The account events listener. */
  enqueue(event: AccountEvent): void;
  /** Puts a pending delivery on the schedule (a redelivery). */
  schedule(delivery: DeliveryRecord): void;
  /** Takes deliveries off the schedule (their endpoint was deleted). */
  forget(deliveryIds: readonly string[]): void;
  /** Schedules the deliveries a previous process left pending, then starts sending. */
  start(): Promise<void>;
  /** Stops hearing events, waits for those heard to be recorded, aborts attempts in flight (they stay pending). */
  close(): Promise<void>;
  /** Resolves once every event heard so far is recorded. */
  recorded(): Promise<void>;
  /** Deliveries on the schedule (waiting, ready or in flight). */
  scheduled(): number;
}

export function createWebhookDispatcher(deps: DispatcherDeps): WebhookDispatcher {
  const { repository, settings, now } = deps;
  const random = deps.random ?? Math.random;
  const recording = new Set<Promise<void>>();
  let closed = false;
  const scheduler = createDeliveryScheduler({
    concurrency: settings.concurrency,
    perEndpoint: settings.perEndpointConcurrency,
    run: (deliveryId, signal) =>
      runDelivery(deliveryId, signal).catch((error: unknown) => {
        if (!signal.aborted) deps.logError(`Webhook delivery ${deliveryId} could not be recorded; it is retried on the next start`, error);
      }),
  });

  async function record(event: AccountEvent): Promise<void> {
    const endpoints = (await repository.listEndpoints(event.accountId)).filter((endpoint) => endpoint.events.includes(event.payload.type));
    if (endpoints.length === 0) return;
    const body = JSON.stringify(event.payload);
    const at = now().toISOString();
    for (const endpoint of endpoints) {
      const delivery: DeliveryRecord = {
        id: newDeliveryId(now()),
        webhookId: endpoint.id,
        accountId: event.accountId,
        eventId: event.payload.id,
        event: event.payload.type,
        body,
        status: endpoint.disabled ? 'failed' : 'pending',
        attempts: 0,
        roundStartedAtAttempt: 0,
        manual: false,
        responseStatus: null,
        // Logged all the same, so the account can see what it missed and redeliver it.
        error: endpoint.disabled ? notSent(endpoint) : null,
        createdAt: at,
        lastAttemptAt: null,
        nextAttemptAt: endpoint.disabled ? null : at,
      };
      await repository.addDelivery(delivery);
      if (delivery.status === 'pending') scheduler.schedule(delivery.id, endpoint.id, 0);
    }
  }

  async function runDelivery(deliveryId: string, signal: AbortSignal): Promise<void> {
    const delivery = await repository.getDelivery(deliveryId);
    if (!delivery || delivery.status !== 'pending') return;
    const endpoint = await repository.getEndpoint(delivery.webhookId);
    if (!endpoint) {
      await repository.deleteDelivery(delivery);
      return;
    }
    if (endpoint.disabled && !delivery.manual) {
      await repository.updateDelivery(deliveryId, (current) =>
        current.status === 'pending' ? { ...current, status: 'failed', error: notSent(endpoint), nextAttemptAt: null } : undefined,
      );
      return;
    }
    const at = now();
    const outcome = await attempt(endpoint, delivery, at, signal);
    if (signal.aborted) return;
    const attempts = delivery.attempts + 1;
    const delay = outcome.ok ? undefined : nextRetryDelayMs(attempts - delivery.roundStartedAtAttempt, settings, random);
    const status = outcome.ok ? 'succeeded' : delay === undefined ? 'failed' : 'pending';
    const next: DeliveryRecord = {
      ...delivery,
      status,
      attempts,
      responseStatus: outcome.responseStatus,
      error: outcome.error,
      lastAttemptAt: at.toISOString(),
      nextAttemptAt: delay === undefined ? null : new Date(at.getTime() + delay).toISOString(),
    };
    // Only over the record this attempt started from: a deletion or redelivery meanwhile wins.
    const written = await repository.updateDelivery(deliveryId, (current) =>
      current.status === 'pending' && current.attempts === delivery.attempts ? next : undefined,
    );
    if (!written?.changed) return;
    if (delay !== undefined) scheduler.schedule(deliveryId, delivery.webhookId, delay);
    if (status !== 'pending') await settleEndpoint(endpoint.id, status === 'succeeded', outcome.error);
  }

  async function attempt(endpoint: WebhookRecord, delivery: DeliveryRecord, at: Date, signal: AbortSignal): Promise<AttemptOutcome> {
    let secret: string;
    try {
      secret = deps.secrets.open(endpoint.secret);
    } catch {
      const error = 'The signing secret could not be decrypted (was the server\'s media secret replaced?); re-create the webhook';
      return { ok: false, responseStatus: null, error };
    }
    try {
      return await attemptDelivery(deps.network, {
        url: endpoint.url,
        secret,
        eventId: delivery.eventId,
        body: delivery.body,
        at,
        timeoutMs: settings.attemptTimeoutMs,
        excerptBytes: settings.responseExcerptBytes,
        signal,
      });
    } catch (error) {
      if (signal.aborted) return { ok: false, responseStatus: null, error: 'Interrupted by a shutdown' };
      throw error;
    }
  }

  /** A success resets the count (and enables a disabled endpoint); a delivery that failed every retry adds one. */
  async function settleEndpoint(webhookId: string, succeeded: boolean, lastError: string | null): Promise<void> {
    await repository.updateEndpoint(webhookId, (endpoint) => {
      if (succeeded) {
        if (endpoint.failedDeliveriesInARow === 0 && !endpoint.disabled) return undefined;
        const { disabled: _disabled, ...enabled } = endpoint;
        return { ...enabled, failedDeliveriesInARow: 0 };
      }
      const failedDeliveriesInARow = endpoint.failedDeliveriesInARow + 1;
      if (endpoint.disabled || failedDeliveriesInARow < settings.disableAfterFailedDeliveries) return { ...endpoint, failedDeliveriesInARow };
      const reason = `${failedDeliveriesInARow} deliveries in a row failed every retry; the last one: ${lastError ?? 'unknown error'}`;
      return { ...endpoint, failedDeliveriesInARow, disabled: { at: now().toISOString(), reason } };
    });
  }

  function schedule(delivery: DeliveryRecord): void {
    const due = delivery.nextAttemptAt ? Date.parse(delivery.nextAttemptAt) - now().getTime() : 0;
    scheduler.schedule(delivery.id, delivery.webhookId, Math.max(0, due));
  }

  return {
    enqueue(event) {
      if (closed) return;
      const recorded = record(event).catch((error: unknown) =>
        deps.logError(`Webhook deliveries of event ${event.payload.id} (${event.payload.type}) could not be recorded`, error),
      );
      recording.add(recorded);
      void recorded.finally(() => recording.delete(recorded));
    },
    schedule,
    forget(deliveryIds) {
      for (const deliveryId of deliveryIds) scheduler.cancel(deliveryId);
    },
    async start() {
      for (const delivery of await repository.pendingDeliveries()) schedule(delivery);
      scheduler.start();
    },
    async close() {
      closed = true;
      await Promise.all(recording);
      await scheduler.close();
    },
    recorded: async () => {
      await Promise.all(recording);
    },
    scheduled: () => scheduler.size(),
  };
}

function notSent(endpoint: WebhookRecord): string {
  return `Not sent: the webhook was disabled (${endpoint.disabled?.reason ?? 'no reason recorded'}); redeliver it once the receiver is fixed`;
}
