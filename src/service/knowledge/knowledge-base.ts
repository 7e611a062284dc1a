import { CinematicAdsError } from '../../contract/errors.ts';
import { documentContentTypes } from '../../knowledge/document-kinds.ts';
import { sniffDocument } from '../../knowledge/document-type.ts';
import type { PassageEmbedder } from '../../knowledge/passage-embedder.ts';
import type { SafeFetch } from '../../net/safe-fetch.ts';
import type { KeyValueStore } from '../../store/key-value-store.ts';
import type { KnowledgePassage } from '../../studio/brief.ts';
import { AccountIndexCache } from './account-index-cache.ts';
import { fetchKnowledgeSource } from './fetch-knowledge-source.ts';
import { IngestRunner } from './ingest-runner.ts';
import { type IngestDeps, type IngestInput, ingestSource } from './ingest-source.ts';
import { newKnowledgeSourceId } from './knowledge-ids.ts';
import { type KnowledgeSourceView, type PassageSource, sourceView, type StoredKnowledgeSource } from './knowledge-records.ts';
import { knowledgeStoreKeys } from './knowledge-store-keys.ts';
import { rankAccountPassages } from './rank-account-passages.ts';

export interface KnowledgeSettings {
  /** How long an add waits for its ingest before answering with the source still pending. */
  answerWaitMs: number;
  /** Reading and indexing one source stops after this long (it then fails with the reason). */
  ingestTimeoutMs: number;
  concurrency: number;
  maxQueued: number;
  pageMaxBytes: number;
  pageTimeoutMs: number;
  /** Passages per source given vectors when an embedding model is configured. */
  maxVectorPassages: number;
}

export const defaultKnowledgeSettings: KnowledgeSettings = {
  answerWaitMs: 3_000,
  ingestTimeoutMs: 60_000,
  concurrency: 2,
  maxQueued: 16,
  pageMaxBytes: 5 * 1024 * 1024,
  pageTimeoutMs: 20_000,
  maxVectorPassages: 2_000,
};

export interface KnowledgeBaseOptions {
  store: KeyValueStore;
  /** The SSRF-guarded fetch knowledge URLs are read through. */
  safeFetch: SafeFetch;
  /** With one, search is hybrid (full text + vectors); without, full text only. */
  embedder?: PassageEmbedder;
  now: () => Date;
  logError: (message: string, cause: unknown) => void;
  settings?: Partial<KnowledgeSettings>;
}

export interface RankedKnowledgePassage {
  id: string;
  text: string;
  score: number;
  source: PassageSource;
}

/** Every account's brand knowledge: sources, their background ingest, and search over their passages. */
export interface KnowledgeBase {
  /** Fetches the page (403 for a refused destination, nothing created) and ingests it in the background. */
  addUrl(accountId: string, url: string, signal?: AbortSignal): Promise<KnowledgeSourceView>;
  /** Reads the file's type from its bytes (400 when it is none of the five) and ingests it in the background. */
  addFile(accountId: string, file: File): Promise<KnowledgeSourceView>;
  /** Newest first. */
  list(accountId: string): Promise<KnowledgeSourceView[]>;
  /** 404 for an id that is not this account's. */
  remove(accountId: string, sourceId: string): Promise<void>;
  search(accountId: string, query: string, limit: number, signal?: AbortSignal): Promise<RankedKnowledgePassage[]>;
  /** The passages a generation's brief carries: the most relevant to `query`, labelled with their source. */
  passagesFor(accountId: string, query: string, limit: number): Promise<KnowledgePassage[]>;
  /** Stops background ingests (their sources end failed, saying so) and waits for them. */
  close(): Promise<void>;
}

export function createKnowledgeBase(options: KnowledgeBaseOptions): KnowledgeBase {
  const settings = { ...defaultKnowledgeSettings, ...options.settings };
  const { store, now, logError, embedder } = options;
  const runner = new IngestRunner({ concurrency: settings.concurrency, maxQueued: settings.maxQueued });
  const cache = new AccountIndexCache(store, embedder?.modelId);
  const ingestDeps: IngestDeps = { store, embedder, now, logError, ingestTimeoutMs: settings.ingestTimeoutMs, maxVectorPassages: settings.maxVectorPassages };
  // Past its time limit an ingest has certainly ended; a minute of grace covers a slow store.
  const staleAfterMs = settings.ingestTimeoutMs + 60_000;

  const view = (record: StoredKnowledgeSource) => sourceView(record, { now: now(), staleAfterMs, running: runner.isRunning(record.id) });

  /**
   * Stores the pending source, starts its ingest, and answers when it ends or the short wait is
   * over. Once indexed, the account's search index in this process takes the new passages right
   * away, so the first search or launch after an upload does not pay for it.
   */
  async function start(record: StoredKnowledgeSource, input: IngestInput): Promise<KnowledgeSourceView> {
    runner.checkCapacity();
    const key = knowledgeStoreKeys.source(record.accountId, record.id);
    await store.set(key, record);
    let ingested!: () => void;
    const ended = new Promise<void>((resolve) => (ingested = resolve));
    void runner.run(record.id, async (signal) => {
      try {
        const indexed = await ingestSource(ingestDeps, record, input, signal);
        ingested();
        if (indexed && !signal.aborted) await cache.current(record.accountId).catch((error) => logError(`Knowledge index of ${record.accountId} could not load`, error));
      } finally {
        ingested();
      }
    });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([ended, new Promise<void>((resolve) => (timer = setTimeout(resolve, settings.answerWaitMs)))]);
    clearTimeout(timer);
    return view((await store.get<StoredKnowledgeSource>(key)) ?? record);
  }

  function newRecord(accountId: string, fields: Pick<StoredKnowledgeSource, 'kind' | 'title' | 'contentType' | 'bytes' | 'url' | 'filename'>): StoredKnowledgeSource {
    const at = now();
    const { url, filename, ...rest } = fields;
    return {
      id: newKnowledgeSourceId(at),
      accountId,
      ...rest,
      ...(url ? { url } : {}),
      ...(filename ? { filename } : {}),
      status: 'pending',
      passages: 0,
      createdAt: at.toISOString(),
      startedAt: at.toISOString(),
    };
  }

  async function ranked(accountId: string, query: string, limit: number, signal?: AbortSignal): Promise<RankedKnowledgePassage[]> {
    const index = await cache.current(accountId);
    const hits = await rankAccountPassages(index, query, limit, { embedder, logError, ...(signal ? { signal } : {}) });
    return hits.flatMap(({ id, score }) => {
      const passage = index.passages.get(id);
      const source = passage && index.sources.get(passage.sourceId);
      return passage && source ? [{ id, text: passage.text, score, source }] : [];
    });
  }

  return {
    async addUrl(accountId, url, signal) {
      runner.checkCapacity();
      const fetched = await fetchKnowledgeSource(options.safeFetch, url, { maxBytes: settings.pageMaxBytes, timeoutMs: settings.pageTimeoutMs }, signal);
      const record = newRecord(accountId, { kind: 'url', title: fetched.finalUrl, url, contentType: fetched.contentType, bytes: fetched.bytes });
      return start(record, fetched.input);
    },

    async addFile(accountId, file) {
      runner.checkCapacity();
      const bytes = new Uint8Array(await file.arrayBuffer());
      const sniffed = sniffDocument(bytes, { filename: file.name, mediaType: file.type });
      const filename = file.name.slice(0, 300) || 'document';
      const record = newRecord(accountId, { kind: 'file', title: filename, filename, contentType: documentContentTypes[sniffed.kind], bytes: bytes.byteLength });
      return start(record, { kind: 'document', bytes, sniffed });
    },

    async list(accountId) {
      const records: StoredKnowledgeSource[] = [];
      for await (const [, record] of store.entries<StoredKnowledgeSource>(knowledgeStoreKeys.sources(accountId))) records.push(record);
      // Ids start with the creation time too: they keep the order stable within one millisecond.
      records.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
      return records.map(view);
    },

    async remove(accountId, sourceId) {
      const key = knowledgeStoreKeys.source(accountId, sourceId);
      if (!(await store.get<StoredKnowledgeSource>(key))) {
        throw new CinematicAdsError('not_found', `Knowledge source ${sourceId} not found`, { details: { sourceId } });
      }
      await runner.stop(sourceId, 'deleted');
      await store.delete(key);
      await store.delete(knowledgeStoreKeys.passages(accountId, sourceId));
      await store.delete(knowledgeStoreKeys.vectors(accountId, sourceId));
    },

    search: ranked,

    async passagesFor(accountId, query, limit) {
      if (!query.trim()) return [];
      return (await ranked(accountId, query, limit)).map((passage) => ({
        id: passage.id,
        source: (passage.source.filename ?? passage.source.url ?? passage.source.title).slice(0, 500),
        text: passage.text,
      }));
    },

    close: () => runner.close(),
  };
}
