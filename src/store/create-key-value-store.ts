import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { memoryKeyValueStore } from './memory-key-value-store.ts';
import { sqliteKeyValueStore } from './sqlite-key-value-store.ts';

/** The SQLite file's name inside the data folder. */
export const storeFileName = 'store.sqlite';

/** The store the configuration asks for; SQLite under the data folder unless `store` says memory. */
export function createKeyValueStore(config: Pick<Config, 'dataDir' | 'store'>): KeyValueStore {
  return config.store === 'memory' ? memoryKeyValueStore() : sqliteKeyValueStore(join(config.dataDir, storeFileName));
}
