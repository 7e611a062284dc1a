import { join } from 'node:path';
import type { KeyValueStore } from '../../src/store/key-value-store.ts';
import { memoryKeyValueStore } from '../../src/store/memory-key-value-store.ts';
import { sqliteKeyValueStore } from '../../src/store/sqlite-key-value-store.ts';
import { testDir } from '../fixtures/temp-dir.ts';

/** Both embedded stores, so every suite that needs a store runs on each. */
export interface StoreKind {
  name: 'memory' | 'sqlite';
  /** A fresh, empty store. */
  open(): KeyValueStore;
}

let fileCount = 0;

export function storeKinds(label: string): StoreKind[] {
  const dir = testDir(label);
  return [
    { name: 'memory', open: () => memoryKeyValueStore() },
    { name: 'sqlite', open: () => sqliteKeyValueStore(join(dir, `store-${(fileCount += 1)}.sqlite`)) },
  ];
}
