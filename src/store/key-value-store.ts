/**
 * The storage port: a namespaced key-value store of JSON values. The embedded default is a SQLite
 * file (keyv + @keyv/sqlite) and tests use memory; a Redis or PostgreSQL adapter implements the
 * same few methods. Keys are opaque strings; values must be JSON-serialisable.
 *
 * Guarantees every adapter keeps: operations on one key take effect in the order they were
 * called (no write is lost to a reordering), and `add` is atomic even across processes sharing
 * the store (SQLite `INSERT … ON CONFLICT DO NOTHING`, Redis `SET NX`, PostgreSQL likewise), so
 * append-only records can be claimed without a lock.
 */
export interface KeyValueStore {
  /** The value, or undefined when absent or expired. */
  get<T>(key: string): Promise<T | undefined>;
  /** Creates or replaces; `ttlMs` makes the entry disappear after that long. */
  set(key: string, value: unknown, options?: SetOptions): Promise<void>;
  /** Creates the entry only if the key is absent (or expired); true when this call wrote it. */
  add(key: string, value: unknown, options?: SetOptions): Promise<boolean>;
  /** True when an entry was removed. */
  delete(key: string): Promise<boolean>;
  /** Every live entry whose key starts with `prefix`, in no particular order. */
  entries<T>(prefix: string): AsyncIterable<[key: string, value: T]>;
  close(): Promise<void>;
}

export interface SetOptions {
  /** Time to live in milliseconds. */
  ttlMs?: number;
}
