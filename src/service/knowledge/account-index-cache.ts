import { PassageIndex } from '../../knowledge/passage-index.ts';
import { decodeVector } from '../../knowledge/vector-ranking.ts';
import type { KeyValueStore } from '../../store/key-value-store.ts';
import { createKeyMutex } from '../../store/key-mutex.ts';
import { knowledgeStoreKeys } from './knowledge-store-keys.ts';
import { type PassageSource, passageId, passageSourceOf, type StoredKnowledgeSource, type StoredPassages, type StoredVectors } from './knowledge-records.ts';

/** One account's searchable knowledge, in memory. */
export interface AccountIndex {
  index: PassageIndex;
  passages: Map<string, { text: string; sourceId: string }>;
  sources: Map<string, PassageSource>;
  /** Unit vectors by passage id, from the configured embedding model only. */
  vectors: Map<string, Float32Array>;
}

interface CachedIndex extends AccountIndex {
  /** Indexed sources loaded, by id, with their `indexedAt`: what the store is compared against. */
  loaded: Map<string, string>;
}

/**
 * Per-account search indexes kept in memory and brought up to date from the store before each
 * use: the indexed sources are listed (one small range read), and only sources added or removed
 * since — by this process or another, or before a restart — are loaded or dropped. Nothing is
 * serialised; the stored passages are the truth. The least recently used accounts are evicted.
 */
export class AccountIndexCache {
  readonly #indexes = new Map<string, CachedIndex>();
  readonly #mutex = createKeyMutex();

  constructor(
    private readonly store: KeyValueStore,
    private readonly vectorModel: string | undefined,
    private readonly maxAccounts = 32,
  ) {}

  /** The account's index, current with the store. */
  current(accountId: string): Promise<AccountIndex> {
    return this.#mutex.run(accountId, async () => {
      const cached = this.#indexes.get(accountId) ?? emptyIndex();
      // Re-inserted: Map order is recency order for eviction.
      this.#indexes.delete(accountId);
      this.#indexes.set(accountId, cached);
      this.#evict();
      await this.#sync(accountId, cached);
      return cached;
    });
  }

  async #sync(accountId: string, cached: CachedIndex): Promise<void> {
    const indexed = new Map<string, StoredKnowledgeSource>();
    for await (const [, record] of this.store.entries<StoredKnowledgeSource>(knowledgeStoreKeys.sources(accountId))) {
      if (record.status === 'indexed') indexed.set(record.id, record);
    }
    for (const [sourceId, indexedAt] of cached.loaded) {
      if (indexed.get(sourceId)?.indexedAt !== indexedAt) this.#drop(cached, sourceId);
    }
    for (const [sourceId, record] of indexed) {
      if (!cached.loaded.has(sourceId)) await this.#load(accountId, cached, record);
    }
  }

  async #load(accountId: string, cached: CachedIndex, record: StoredKnowledgeSource): Promise<void> {
    const stored = await this.store.get<StoredPassages>(knowledgeStoreKeys.passages(accountId, record.id));
    // Deleted between the listing and this read: nothing to load.
    if (!stored) return;
    const passages = stored.texts.map((text, index) => ({ id: passageId(record.id, index), text }));
    for (const passage of passages) cached.passages.set(passage.id, { text: passage.text, sourceId: record.id });
    await cached.index.add(passages);
    cached.sources.set(record.id, passageSourceOf(record));
    if (this.vectorModel && record.vectorModel === this.vectorModel) {
      const vectors = await this.store.get<StoredVectors>(knowledgeStoreKeys.vectors(accountId, record.id));
      if (vectors?.model === this.vectorModel) vectors.vectors.forEach((vector, index) => cached.vectors.set(passageId(record.id, index), decodeVector(vector)));
    }
    cached.loaded.set(record.id, record.indexedAt ?? '');
  }

  #drop(cached: CachedIndex, sourceId: string): void {
    const ids = [...cached.passages].filter(([, passage]) => passage.sourceId === sourceId).map(([id]) => id);
    cached.index.remove(ids);
    for (const id of ids) {
      cached.passages.delete(id);
      cached.vectors.delete(id);
    }
    cached.sources.delete(sourceId);
    cached.loaded.delete(sourceId);
  }

  #evict(): void {
    while (this.#indexes.size > this.maxAccounts) {
      const oldest = this.#indexes.keys().next().value;
      if (oldest === undefined) return;
      this.#indexes.delete(oldest);
    }
  }
}

function emptyIndex(): CachedIndex {
  return { index: new PassageIndex(), passages: new Map(), sources: new Map(), vectors: new Map(), loaded: new Map() };
}
