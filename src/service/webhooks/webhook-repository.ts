import { CinematicAdsError } from '../../contract/errors.ts';
import { createKeyMutex } from '../../store/key-mutex.ts';
import type { KeyValueStore } from '../../store/key-value-store.ts';
import { isDeliveryId, isWebhookId } from './webhook-ids.ts';
import type { DeliveryRecord, WebhookRecord } from './webhook-records.ts';
import { webhookStoreKeys as keys } from './webhook-store-keys.ts';

export interface WebhookRepository {
  /** Writes a new endpoint unless the account is at its limit or already has this URL (409). */
  createEndpoint(record: WebhookRecord, maxPerAccount: number): Promise<void>;
  getEndpoint(webhookId: string): Promise<WebhookRecord | undefined>;
  /** The account's endpoint, or the same 404 for a missing one and another account's. */
  getOwnedEndpoint(accountId: string, webhookId: string): Promise<WebhookRecord>;
  /** The account's endpoints, newest first. */
  listEndpoints(accountId: string): Promise<WebhookRecord[]>;
  /** One writer at a time; `change` returns the next record, or undefined to leave it. */
  updateEndpoint(webhookId: string, change: (record: WebhookRecord) => WebhookRecord | undefined): Promise<WebhookRecord | undefined>;
  /** Removes the endpoint and its whole delivery log; resolves to the ids of the deliveries removed. */
  deleteEndpoint(record: WebhookRecord): Promise<string[]>;
  addDelivery(delivery: DeliveryRecord): Promise<void>;
  getDelivery(deliveryId: string): Promise<DeliveryRecord | undefined>;
  /** The endpoint's delivery, or a 404 (also for another endpoint's delivery). */
  getOwnedDelivery(webhook: WebhookRecord, deliveryId: string): Promise<DeliveryRecord>;
  /**
   * One writer at a time. A delivery that finishes leaves the pending list and starts its
   * retention clock; one that becomes pending again (a redelivery) rejoins it.
   */
  updateDelivery(
    deliveryId: string,
    change: (delivery: DeliveryRecord) => DeliveryRecord | undefined,
  ): Promise<{ delivery: DeliveryRecord; changed: boolean } | undefined>;
  deleteDelivery(delivery: DeliveryRecord): Promise<void>;
  /** The endpoint's most recent deliveries, newest first. */
  listDeliveries(webhookId: string, limit: number): Promise<DeliveryRecord[]>;
  /** Every delivery still owed an attempt, for a restart. */
  pendingDeliveries(): Promise<DeliveryRecord[]>;
}

const notFound = (webhookId: string) => new CinematicAdsError('not_found', `No webhook with id "${webhookId}"`, { details: { webhookId } });

export function createWebhookRepository(store: KeyValueStore, options: { retentionMs: number }): WebhookRepository {
  const writes = createKeyMutex();
  const finishedTtl = { ttlMs: options.retentionMs };

  async function getEndpoint(webhookId: string): Promise<WebhookRecord | undefined> {
    return isWebhookId(webhookId) ? store.get<WebhookRecord>(keys.webhook(webhookId)) : undefined;
  }

  async function listEndpoints(accountId: string): Promise<WebhookRecord[]> {
    const records: WebhookRecord[] = [];
    const prefix = keys.accountWebhooks(accountId);
    for await (const [key] of store.entries<string>(prefix)) {
      const record = await getEndpoint(key.slice(prefix.length));
      if (record && record.accountId === accountId) records.push(record);
    }
    return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  async function getDelivery(deliveryId: string): Promise<DeliveryRecord | undefined> {
    return isDeliveryId(deliveryId) ? store.get<DeliveryRecord>(keys.delivery(deliveryId)) : undefined;
  }

  async function saveDelivery(delivery: DeliveryRecord): Promise<void> {
    const ttl = delivery.status === 'pending' ? {} : finishedTtl;
    await store.set(keys.delivery(delivery.id), delivery, ttl);
    await store.set(keys.webhookDelivery(delivery.webhookId, delivery.id), delivery.createdAt, ttl);
    if (delivery.status === 'pending') await store.set(keys.pendingDelivery(delivery.id), delivery.webhookId);
    else await store.delete(keys.pendingDelivery(delivery.id));
  }

  return {
    createEndpoint(record, maxPerAccount) {
      // Per account, so two creations at once cannot both take the last place.
      return writes.run(`account:${record.accountId}`, async () => {
        const existing = await listEndpoints(record.accountId);
        const sameUrl = existing.find((endpoint) => endpoint.url === record.url);
        if (sameUrl) {
          throw new CinematicAdsError('conflict', `${record.url} is already registered as webhook ${sameUrl.id}; list several events on one webhook instead`, {
            details: { webhookId: sameUrl.id },
          });
        }
        if (existing.length >= maxPerAccount) {
          throw new CinematicAdsError(
            'conflict',
            `This account already has ${existing.length} webhooks, the most allowed; delete one (DELETE /api/webhooks?id=…) before adding another`,
            { details: { limit: maxPerAccount } },
          );
        }
        await store.set(keys.webhook(record.id), record);
        await store.set(keys.accountWebhook(record.accountId, record.id), record.createdAt);
      });
    },
    getEndpoint,
    async getOwnedEndpoint(accountId, webhookId) {
      const record = await getEndpoint(webhookId);
      if (!record || record.accountId !== accountId) throw notFound(webhookId);
      return record;
    },
    listEndpoints,
    updateEndpoint(webhookId, change) {
      return writes.run(webhookId, async () => {
        const record = await getEndpoint(webhookId);
        const next = record && change(record);
        if (!next) return record;
        await store.set(keys.webhook(webhookId), next);
        return next;
      });
    },
    deleteEndpoint(record) {
      return writes.run(record.id, async () => {
        await store.delete(keys.accountWebhook(record.accountId, record.id));
        await store.delete(keys.webhook(record.id));
        const prefix = keys.webhookDeliveries(record.id);
        const removed: string[] = [];
        for await (const [key] of store.entries<string>(prefix)) removed.push(key.slice(prefix.length));
        for (const deliveryId of removed) {
          await writes.run(deliveryId, async () => {
            await store.delete(keys.pendingDelivery(deliveryId));
            await store.delete(keys.delivery(deliveryId));
            await store.delete(keys.webhookDelivery(record.id, deliveryId));
          });
        }
        return removed;
      });
    },
    addDelivery(delivery) {
      return writes.run(delivery.id, () => saveDelivery(delivery));
    },
    getDelivery,
    async getOwnedDelivery(webhook, deliveryId) {
      const delivery = await getDelivery(deliveryId);
      if (!delivery || delivery.webhookId !== webhook.id || delivery.accountId !== webhook.accountId) {
        throw new CinematicAdsError('not_found', `No delivery with id "${deliveryId}" for webhook ${webhook.id}`, { details: { deliveryId } });
      }
      return delivery;
    },
    updateDelivery(deliveryId, change) {
      return writes.run(deliveryId, async () => {
        const delivery = await getDelivery(deliveryId);
        if (!delivery) return undefined;
        const next = change(delivery);
        if (!next) return { delivery, changed: false };
        await saveDelivery(next);
        return { delivery: next, changed: true };
      });
    },
    deleteDelivery(delivery) {
      return writes.run(delivery.id, async () => {
        await store.delete(keys.pendingDelivery(delivery.id));
        await store.delete(keys.delivery(delivery.id));
        await store.delete(keys.webhookDelivery(delivery.webhookId, delivery.id));
      });
    },
    async listDeliveries(webhookId, limit) {
      const prefix = keys.webhookDeliveries(webhookId);
      const ids: string[] = [];
      for await (const [key] of store.entries<string>(prefix)) ids.push(key.slice(prefix.length));
      // Ids start with their creation time, so the newest sort last.
      ids.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
      const deliveries: DeliveryRecord[] = [];
      for (const id of ids) {
        if (deliveries.length >= limit) break;
        const delivery = await getDelivery(id);
        if (delivery && delivery.webhookId === webhookId) deliveries.push(delivery);
      }
      return deliveries;
    },
    async pendingDeliveries() {
      const deliveries: DeliveryRecord[] = [];
      for await (const [key] of store.entries<string>(keys.pendingDeliveries)) {
        const delivery = await getDelivery(key.slice(keys.pendingDeliveries.length));
        if (delivery?.status === 'pending') deliveries.push(delivery);
      }
      return deliveries;
    },
  };
}
