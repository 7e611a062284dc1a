import { CinematicAdsError } from '../../contract/errors.ts';
import { chunkPassages } from '../../knowledge/chunk-passages.ts';
import type { SniffedDocument } from '../../knowledge/document-type.ts';
import { extractDocument } from '../../knowledge/extract-document.ts';
import type { ExtractedDocument } from '../../knowledge/extracted-document.ts';
import { extractPageContent } from '../../knowledge/page-content.ts';
import type { PassageEmbedder } from '../../knowledge/passage-embedder.ts';
import { withTimeLimit } from '../../knowledge/time-limit.ts';
import { encodeVector } from '../../knowledge/vector-ranking.ts';
import type { KeyValueStore } from '../../store/key-value-store.ts';
import { IngestStopped } from './ingest-runner.ts';
import { knowledgeStoreKeys } from './knowledge-store-keys.ts';
import type { StoredKnowledgeSource, StoredPassages, StoredVectors } from './knowledge-records.ts';

/** What an ingest reads: a fetched web page, or a document whose type was read from its bytes. */
export type IngestInput = { kind: 'page'; html: string } | { kind: 'document'; bytes: Uint8Array; sniffed: SniffedDocument };

export interface IngestDeps {
  store: KeyValueStore;
  embedder: PassageEmbedder | undefined;
  now: () => Date;
  logError: (message: string, cause: unknown) => void;
  /** Reading and indexing one source stops after this long and fails with the reason. */
  ingestTimeoutMs: number;
  /** Passages of one source given vectors: the rest are found by full text only. */
  maxVectorPassages: number;
}

/**
 * Reads one source into passages and stores them, ending its record as `indexed` (with the
 * passage count and the title found inside) or `failed` with a sentence saying why. Stopped
 * because the source was deleted, it writes nothing; stopped by shutdown, it records that.
 * Resolves true when the source was indexed.
 */
export async function ingestSource(deps: IngestDeps, record: StoredKnowledgeSource, input: IngestInput, signal: AbortSignal): Promise<boolean> {
  try {
    const { title, texts } = await withTimeLimit(
      async (limited) => {
        limited.throwIfAborted();
        const document = await extractInput(input, limited);
        limited.throwIfAborted();
        return { title: document.title, texts: chunkPassages(document.blocks) };
      },
      deps.ingestTimeoutMs,
      () => new CinematicAdsError('invalid_request', `Reading the ${input.kind === 'page' ? 'page' : 'document'} took longer than ${Math.round(deps.ingestTimeoutMs / 1000)} s and was stopped`),
      signal,
    );
    if (texts.length === 0) throw new CinematicAdsError('invalid_request', noTextReason(input));
    const vectors = await embedPassages(deps, record, texts, signal);
    signal.throwIfAborted();
    await finish(deps, record, async (current) => {
      await deps.store.set(knowledgeStoreKeys.passages(record.accountId, record.id), { texts } satisfies StoredPassages);
      if (vectors) await deps.store.set(knowledgeStoreKeys.vectors(record.accountId, record.id), vectors satisfies StoredVectors);
      return {
        ...current,
        status: 'indexed',
        passages: texts.length,
        ...(title && current.kind === 'url' ? { title } : {}),
        indexedAt: deps.now().toISOString(),
        ...(vectors ? { vectorModel: vectors.model } : {}),
      };
    });
    return true;
  } catch (error) {
    const stopped = signal.aborted && signal.reason instanceof IngestStopped ? signal.reason : undefined;
    if (stopped?.reason === 'deleted') return false;
    const reason = stopped ? 'The server shut down before it finished reading this source: delete it and add it again' : failureReason(error);
    if (!stopped && !CinematicAdsError.is(error)) deps.logError(`Knowledge source ${record.id} failed to index`, error);
    await finish(deps, record, async (current) => ({ ...current, status: 'failed', error: reason })).catch((cause) =>
      deps.logError(`Knowledge source ${record.id} could not record its failure`, cause),
    );
    return false;
  }
}

function extractInput(input: IngestInput, signal: AbortSignal): Promise<ExtractedDocument> {
  return input.kind === 'page' ? Promise.resolve(extractPageContent(input.html)) : extractDocument(input.bytes, input.sniffed, signal);
}

/** Vectors for the hybrid half of search; without them the source is still found by full text. */
async function embedPassages(deps: IngestDeps, record: StoredKnowledgeSource, texts: string[], signal: AbortSignal): Promise<StoredVectors | undefined> {
  if (!deps.embedder) return undefined;
  try {
    const vectors = await deps.embedder.embed(texts.slice(0, deps.maxVectorPassages), { signal });
    return { model: deps.embedder.modelId, vectors: vectors.map(encodeVector) };
  } catch (error) {
    if (signal.aborted) throw error;
    deps.logError(`Knowledge source ${record.id}: the embedding model failed, so it is searchable by full text only`, error);
    return undefined;
  }
}

/** Writes the outcome unless the source was deleted meanwhile. */
async function finish(
  deps: IngestDeps,
  record: StoredKnowledgeSource,
  update: (current: StoredKnowledgeSource) => Promise<StoredKnowledgeSource>,
): Promise<void> {
  const key = knowledgeStoreKeys.source(record.accountId, record.id);
  const current = await deps.store.get<StoredKnowledgeSource>(key);
  if (!current) return;
  await deps.store.set(key, await update(current));
}

function noTextReason(input: IngestInput): string {
  if (input.kind === 'page') return 'The page has no readable text (it may build its content with JavaScript)';
  if (input.sniffed.kind === 'pdf') return 'The PDF has no text layer (a scan is only images): run it through OCR and upload the result';
  return 'The document has no text to index';
}

function failureReason(error: unknown): string {
  if (CinematicAdsError.is(error)) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `The source could not be read: ${message.slice(0, 200)}`;
}
