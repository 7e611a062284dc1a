import { hashSecret } from './secret-hash.ts';
import type { Caller } from '../service-ports.ts';

/**
 * Recently authenticated credentials, so a busy client does not cost two store reads and a hash
 * comparison per request. Entries are found by the credential's hash (the cache holds no usable
 * secret), live `ttlMs`, and are dropped at once when this process revokes the key or ends the
 * session. Another process (an operator's `admin revoke-key` on the same data folder) is seen
 * within `ttlMs`. Only successes are kept: a wrong key is checked against the store every time.
 */
export interface CredentialCache {
  /** The cached caller for `credential`, else the result of `load` (kept when not null). */
  resolve(credential: string, load: () => Promise<Caller | null>): Promise<Caller | null>;
  /** Drops every entry of this credential id (a revoked key, an ended session). */
  forget(credentialId: string): void;
}

export interface CredentialCacheOptions {
  now: () => Date;
  ttlMs?: number;
  maxEntries?: number;
}

export const defaultCredentialTtlMs = 2_000;
const defaultMaxEntries = 10_000;

export function createCredentialCache(options: CredentialCacheOptions): CredentialCache {
  const ttlMs = options.ttlMs ?? defaultCredentialTtlMs;
  const maxEntries = options.maxEntries ?? defaultMaxEntries;
  const entries = new Map<string, { caller: Caller; expiresAt: number }>();
  // Concurrent requests with the same credential share one store read instead of each making one.
  const loading = new Map<string, Promise<Caller | null>>();

  return {
    async resolve(credential, load) {
      const key = hashSecret(credential);
      const at = options.now().getTime();
      const cached = entries.get(key);
      if (cached && cached.expiresAt > at) return cached.caller;
      entries.delete(key);
      const pending = loading.get(key);
      if (pending) return pending;
      const loaded = load()
        .then((caller) => {
          if (caller) {
            // Oldest first in a Map: evicting the first key keeps the cache bounded without a timer.
            if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
            entries.set(key, { caller, expiresAt: at + ttlMs });
          }
          return caller;
        })
        .finally(() => loading.delete(key));
      loading.set(key, loaded);
      return loaded;
    },
    forget(credentialId) {
      for (const [key, entry] of entries) if (entry.caller.credentialId === credentialId) entries.delete(key);
      // A read under way may predate the revoke: let it answer its callers, but not be kept.
      for (const [key, pending] of loading) void pending.then((caller) => caller?.credentialId === credentialId && entries.delete(key));
    },
  };
}
