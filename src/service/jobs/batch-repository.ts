import { CinematicAdsError } from '../../contract/errors.ts';
import type { KeyValueStore } from '../../store/key-value-store.ts';
import { isBatchId } from './job-ids.ts';
import { jobStoreKeys } from './job-store-keys.ts';

export interface BatchRecord {
  id: string;
  accountId: string;
  /** In request order. */
  jobIds: string[];
  cost: number;
  createdAt: string;
}

export interface BatchRepository {
  create(batch: BatchRecord): Promise<void>;
  /** The account's batch, or the same 404 for a missing batch and another account's. */
  getOwned(accountId: string, batchId: string): Promise<BatchRecord>;
}

export function createBatchRepository(store: KeyValueStore): BatchRepository {
  return {
    create: (batch) => store.set(jobStoreKeys.batch(batch.id), batch),
    async getOwned(accountId, batchId) {
      const batch = isBatchId(batchId) ? await store.get<BatchRecord>(jobStoreKeys.batch(batchId)) : undefined;
      if (!batch || batch.accountId !== accountId) throw new CinematicAdsError('not_found', `No batch with id "${batchId}"`);
      return batch;
    },
  };
}
