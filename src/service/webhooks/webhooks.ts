import type { z } from 'zod';
import { CinematicAdsError } from '../../contract/errors.ts';
import type { createWebhookRequest, createdWebhook } from '../../contract/schemas/webhooks.ts';
import type { KeyValueStore } from '../../store/key-value-store.ts';
import { createWebhookDispatcher, type DispatcherDeps, type WebhookDispatcher } from './webhook-dispatcher.ts';
import { newSigningSecret, newWebhookId } from './webhook-ids.ts';
import type { WebhookRecord } from './webhook-records.ts';
import { createWebhookRepository } from './webhook-repository.ts';
import { checkWebhookDestination, webhookTarget } from './webhook-url-rules.ts';
import { type DeliveryView, deliveryView, type WebhookView, webhookView } from './webhook-views.ts';

/** What the dispatcher needs, with the store its repository is built on. */
export interface WebhooksDeps extends Omit<DispatcherDeps, 'repository'> {
  store: KeyValueStore;
}

/** Every account's webhooks: registration and the delivery log, over the dispatcher that sends. */
export interface Webhooks {
  create(accountId: string, request: z.output<typeof createWebhookRequest>, signal?: AbortSignal): Promise<z.output<typeof createdWebhook>>;
  list(accountId: string): Promise<WebhookView[]>;
  remove(accountId: string, webhookId: string): Promise<{ id: string; deleted: true }>;
  deliveries(accountId: string, webhookId: string, limit: number): Promise<DeliveryView[]>;
  redeliver(accountId: string, webhookId: string, deliveryId: string): Promise<DeliveryView>;
  readonly dispatcher: WebhookDispatcher;
}

/** Resolving a registered host must not hold the request for long. */
const registrationLookupMs = 5_000;

export function createWebhooks(deps: WebhooksDeps): Webhooks {
  const { settings, now } = deps;
  const repository = createWebhookRepository(deps.store, { retentionMs: settings.retentionMs });
  const dispatcher = createWebhookDispatcher({ ...deps, repository });

  return {
    dispatcher,
    async create(accountId, request, signal) {
      const target = webhookTarget(request.url, deps.network);
      const lookup = AbortSignal.any([AbortSignal.timeout(registrationLookupMs), ...(signal ? [signal] : [])]);
      await checkWebhookDestination(target, deps.network, lookup);
      const secret = newSigningSecret();
      const record: WebhookRecord = {
        id: newWebhookId(),
        accountId,
        url: target.url.href,
        events: request.events,
        ...(request.description ? { description: request.description } : {}),
        createdAt: now().toISOString(),
        secret: deps.secrets.seal(secret),
        failedDeliveriesInARow: 0,
      };
      await repository.createEndpoint(record, settings.maxEndpointsPerAccount);
      return { ...webhookView(record), secret };
    },
    async list(accountId) {
      return (await repository.listEndpoints(accountId)).map(webhookView);
    },
    async remove(accountId, webhookId) {
      const record = await repository.getOwnedEndpoint(accountId, webhookId);
      dispatcher.forget(await repository.deleteEndpoint(record));
      return { id: record.id, deleted: true };
    },
    async deliveries(accountId, webhookId, limit) {
      const record = await repository.getOwnedEndpoint(accountId, webhookId);
      return (await repository.listDeliveries(record.id, limit)).map(deliveryView);
    },
    async redeliver(accountId, webhookId, deliveryId) {
      const record = await repository.getOwnedEndpoint(accountId, webhookId);
      const delivery = await repository.getOwnedDelivery(record, deliveryId);
      const at = now().toISOString();
      const written = await repository.updateDelivery(delivery.id, (current) =>
        current.status === 'pending'
          ? undefined
          : // A fresh retry budget; `manual` lets it through while the endpoint is disabled (a success enables it again).
            { ...current, status: 'pending', manual: true, roundStartedAtAttempt: current.attempts, nextAttemptAt: at },
      );
      if (!written) throw new CinematicAdsError('not_found', `No delivery with id "${deliveryId}" for webhook ${record.id}`, { details: { deliveryId } });
      if (!written.changed) {
        const next = written.delivery.nextAttemptAt ? ` (next attempt at ${written.delivery.nextAttemptAt})` : '';
        throw new CinematicAdsError(
          'conflict',
          `Delivery ${deliveryId} is still being retried${next}; redeliver it once it has succeeded or failed`,
          { details: { deliveryId, status: written.delivery.status } },
        );
      }
      dispatcher.schedule(written.delivery);
      return deliveryView(written.delivery);
    },
  };
}
