import type { Keyv, KeyvOptions } from 'keyv';
import { createKeyMutex } from './key-mutex.ts';
import type { KeyValueStore, SetOptions } from './key-value-store.ts';

/** What a keyv-backed store needs beyond keyv itself: the raw rows, for prefix scans and atomic inserts. */
export interface KeyvBackend {
  keyv: Keyv;
  /** Serialised rows whose key starts with `prefix`, in key order. */
  rows(prefix: string): AsyncIterable<[key: string, raw: string]>;
  /** Writes `raw` unless a live (unexpired at `now`) entry holds the key; true when written. */
  insertIfAbsent(key: string, raw: string, now: number): Promise<boolean>;
  /** Removes the entry only if it is still expired at `now` (a fresh value written meanwhile stays). */
  deleteExpired(key: string, now: number): Promise<void>;
}

/**
 * Plain JSON on disk (inspectable with `sqlite3 store.sqlite`), keys exactly as given (no keyv
 * namespace, so prefix scans are plain key ranges), and write failures thrown, not swallowed.
 */
export const keyvOptions = {
  useKeyPrefix: false,
  throwOnErrors: true,
  serialize: JSON.stringify,
  deserialize: JSON.parse,
} satisfies Omit<KeyvOptions, 'store'>;

interface Stored<T> {
  value: T;
  expires?: number;
}

/**
 * The KeyValueStore port over keyv. Every operation on one key goes through a per-key queue, so
 * calls take effect in the order they were made even though the SQLite driver may run statements
 * out of order: concurrent writers to one key never lose the later write.
 */
export function keyvKeyValueStore(opened: Promise<KeyvBackend>): KeyValueStore {
  const order = createKeyMutex();
  // A store that failed to open reports it on first use, not as an unhandled rejection at start.
  opened.catch(() => {});
  const onKey = <T>(key: string, work: (backend: KeyvBackend) => Promise<T>) => order.run(key, async () => work(await opened));

  return {
    get: <T>(key: string) => onKey(key, async ({ keyv }) => (await keyv.get(key)) as T | undefined),
    set: (key: string, value: unknown, options: SetOptions = {}) =>
      onKey(key, async ({ keyv }) => {
        await keyv.set(key, value, options.ttlMs);
      }),
    add: (key: string, value: unknown, options: SetOptions = {}) =>
      onKey(key, async (backend) => {
        const now = Date.now();
        const expires = options.ttlMs === undefined ? undefined : now + options.ttlMs;
        const raw = (await backend.keyv.serializeData({ value, expires })) as string;
        return backend.insertIfAbsent(key, raw, now);
      }),
    delete: (key: string) => onKey(key, async ({ keyv }) => keyv.delete(key)),
    async *entries<T>(prefix: string): AsyncIterable<[string, T]> {
      const backend = await opened;
      for await (const [key, raw] of backend.rows(prefix)) {
        const stored = JSON.parse(raw) as Stored<T>;
        if (typeof stored.expires === 'number' && stored.expires <= Date.now()) {
          // Expired entries are removed when met, so stores without native expiry do not grow forever.
          await onKey(key, (live) => live.deleteExpired(key, Date.now()));
          continue;
        }
        yield [key, stored.value];
      }
    },
    async close() {
      // A store that never opened has nothing to close.
      const backend = await opened.catch(() => undefined);
      await backend?.keyv.disconnect();
    },
  };
}
