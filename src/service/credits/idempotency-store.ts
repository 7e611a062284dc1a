import { CinematicAdsError } from '../../contract/errors.ts';
import type { KeyValueStore } from '../../store/key-value-store.ts';
import type { IdempotencyStore } from '../service-ports.ts';
import {
  copyOf,
  errorOutcome,
  type IdempotencyRecord,
  idempotencyPrefix,
  idempotencyStoreKey,
  isReplayableError,
  replay,
} from './idempotency-record.ts';

export interface IdempotencyStoreOptions {
  /** How long a key answers repeats; default one day. */
  ttlMs?: number;
}

const day = 24 * 60 * 60 * 1000;
/** Expired records are also swept from the store this often, so unrepeated keys do not pile up. */
const sweepEveryMs = 60 * 60 * 1000;

/**
 * `Idempotency-Key` per account: the first call runs, its answer (or 4xx error) is kept for a day
 * and replayed to repeats without running again. Repeats that arrive while the first is still
 * running wait for it in this process; across processes the stored answer is what they share.
 */
export function createIdempotencyStore(store: KeyValueStore, options: IdempotencyStoreOptions = {}): IdempotencyStore {
  const ttlMs = options.ttlMs ?? day;
  const running = new Map<string, { fingerprint: string; answer: Promise<unknown> }>();
  let lastSweep = Date.now();

  async function firstOrStored<T>(storeKey: string, key: string, fingerprint: string, work: () => Promise<T>): Promise<T> {
    const stored = await store.get<IdempotencyRecord>(storeKey);
    if (stored) {
      if (stored.fingerprint !== fingerprint) throw reusedKey(key);
      return replay<T>(stored.outcome);
    }
    const keep = (outcome: IdempotencyRecord['outcome']) =>
      store.set(storeKey, { fingerprint, at: new Date().toISOString(), outcome } satisfies IdempotencyRecord, { ttlMs });
    try {
      const value = await work();
      await keep({ ok: true, value: copyOf(value) });
      return value;
    } catch (error) {
      if (isReplayableError(error)) await keep(errorOutcome(error));
      throw error;
    }
  }

  function sweepNowAndThen(): void {
    if (Date.now() - lastSweep < sweepEveryMs) return;
    lastSweep = Date.now();
    void (async () => {
      // Listing drops the expired entries it meets (see keyv-key-value-store.ts).
      for await (const _ of store.entries(idempotencyPrefix));
    })().catch(() => {});
  }

  return {
    once<T>(accountId: string, key: string, fingerprint: string, work: () => Promise<T>): Promise<T> {
      if (!isUsableKey(key)) return Promise.reject(unusableKey());
      const storeKey = idempotencyStoreKey(accountId, key);
      const first = running.get(storeKey);
      if (first) {
        if (first.fingerprint !== fingerprint) return Promise.reject(reusedKey(key));
        return first.answer.then((value) => copyOf(value as T));
      }
      sweepNowAndThen();
      const answer = firstOrStored(storeKey, key, fingerprint, work).finally(() => running.delete(storeKey));
      running.set(storeKey, { fingerprint, answer });
      return answer;
    },
  };
}

function isUsableKey(key: string): boolean {
  return typeof key === 'string' && key.trim() !== '' && key.length <= 255;
}

function unusableKey(): CinematicAdsError {
  return new CinematicAdsError('invalid_request', 'Idempotency-Key must be a non-empty string of at most 255 characters');
}

function reusedKey(key: string): CinematicAdsError {
  return new CinematicAdsError(
    'conflict',
    `Idempotency-Key "${key}" was used with a different request; send a new key for a new request`,
  );
}
