import { Keyv } from 'keyv';
import type { KeyValueStore } from './key-value-store.ts';
import { keyvKeyValueStore, keyvOptions } from './keyv-key-value-store.ts';

/** A store that lives and dies with the process: tests, and `store: memory` for throwaway runs. */
export function memoryKeyValueStore(): KeyValueStore {
  // keyv keeps serialised strings in the map, so callers never share mutable objects with the store.
  const map = new Map<string, string>();
  const isLive = (key: string, now: number) => {
    const raw = map.get(key);
    if (raw === undefined) return false;
    const { expires } = JSON.parse(raw) as { expires?: number };
    return typeof expires !== 'number' || expires > now;
  };
  return keyvKeyValueStore(
    Promise.resolve({
      keyv: new Keyv({ store: map, ...keyvOptions }),
      async *rows(prefix: string) {
        const matching = [...map].filter(([key]) => key.startsWith(prefix));
        yield* matching.sort(([a], [b]) => (a < b ? -1 : 1));
      },
      async insertIfAbsent(key: string, raw: string, now: number) {
        if (isLive(key, now)) return false;
        map.set(key, raw);
        return true;
      },
      async deleteExpired(key: string, now: number) {
        if (map.has(key) && !isLive(key, now)) map.delete(key);
      },
    }),
  );
}
