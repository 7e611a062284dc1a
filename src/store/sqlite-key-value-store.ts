import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { Keyv } from 'keyv';
import type { KeyValueStore } from './key-value-store.ts';
import { type KeyvBackend, keyvKeyValueStore, keyvOptions } from './keyv-key-value-store.ts';

/** Rows fetched per round trip while scanning a prefix. */
const pageSize = 500;

/**
 * The embedded default: one SQLite file (keyv's `keyv` table: key primary key, JSON value).
 * Every statement commits on its own, so a new instance on the same file — after a restart, or
 * an admin command run beside the server — sees everything written before.
 */
export function sqliteKeyValueStore(file: string): KeyValueStore {
  return keyvKeyValueStore(openSqlite(file));
}

async function openSqlite(file: string): Promise<KeyvBackend> {
  await mkdir(dirname(file), { recursive: true });
  // busyTimeout: another process (the admin CLI beside the server) may hold the write lock briefly.
  const sqlite = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 5_000 });
  // Failures reach the caller through the first query; without a listener the emitter would throw.
  sqlite.on('error', () => {});
  const table = sqlite.opts.table ?? 'keyv';
  try {
    // WAL lets readers and one writer work side by side across processes; NORMAL sync is crash-safe in WAL mode.
    await sqlite.query('PRAGMA journal_mode = WAL');
    await sqlite.query('PRAGMA synchronous = NORMAL');
  } catch (error) {
    await sqlite.close().catch(() => {});
    throw error;
  }
  return {
    keyv: new Keyv({ store: sqlite, ...keyvOptions }),
    // Keyset pagination in key order: a prefix is one contiguous key range, stable under concurrent writes.
    async *rows(prefix: string) {
      let after: string | undefined;
      for (;;) {
        const page = (await sqlite.query(
          `SELECT key, value FROM ${table} WHERE key ${after === undefined ? '>=' : '>'} ? ORDER BY key LIMIT ?`,
          after ?? prefix,
          pageSize,
        )) as Array<{ key: string; value: string }>;
        for (const row of page) {
          if (!row.key.startsWith(prefix)) return;
          yield [row.key, row.value] as [string, string];
        }
        const last = page.at(-1);
        if (last === undefined || page.length < pageSize) return;
        after = last.key;
      }
    },
    async insertIfAbsent(key: string, raw: string, now: number) {
      // One statement, so it is atomic across processes: inserts, or replaces only an expired entry.
      const written = (await sqlite.query(
        `INSERT INTO ${table} (key, value) VALUES (?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE json_extract(${table}.value, '$.expires') <= ?
         RETURNING key`,
        key,
        raw,
        now,
      )) as unknown[];
      return written.length > 0;
    },
    async deleteExpired(key: string, now: number) {
      await sqlite.query(`DELETE FROM ${table} WHERE key = ? AND json_extract(value, '$.expires') <= ?`, key, now);
    },
  };
}
