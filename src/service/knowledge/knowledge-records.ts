import type { z } from 'zod';
import type { knowledgeSource } from '../../contract/schemas/knowledge.ts';

export type KnowledgeSourceView = z.infer<typeof knowledgeSource>;

/** A source as stored: what the API shows, plus the owner and the ingest's timing. */
export interface StoredKnowledgeSource extends KnowledgeSourceView {
  accountId: string;
  /** When the current ingest began: a source still pending long after was cut off by a stopped server. */
  startedAt: string;
  indexedAt?: string;
  /** The embedding model of its stored vectors, when it has any. */
  vectorModel?: string;
}

/** Passages as stored for one source: texts in reading order (passage id = `${sourceId}:${index}`). */
export interface StoredPassages {
  texts: string[];
}

/** Unit vectors (base64 Float32) for the first passages of a source, by one embedding model. */
export interface StoredVectors {
  model: string;
  vectors: string[];
}

/** Where a passage comes from, as search results and briefs name it. */
export type PassageSource = Pick<KnowledgeSourceView, 'id' | 'kind' | 'title' | 'url' | 'filename'>;

export function passageId(sourceId: string, index: number): string {
  return `${sourceId}:${index}`;
}

/**
 * The API's view of a stored source. A source still pending long after its ingest's time limit
 * belongs to a server that stopped mid-ingest (a crash; a clean shutdown marks it failed itself),
 * so it shows as failed with the reason rather than pending forever.
 */
export function sourceView(record: StoredKnowledgeSource, options: { now: Date; staleAfterMs: number; running: boolean }): KnowledgeSourceView {
  const { accountId: _accountId, startedAt, indexedAt: _indexedAt, vectorModel: _vectorModel, ...view } = record;
  if (view.status === 'pending' && !options.running && options.now.getTime() - Date.parse(startedAt) > options.staleAfterMs) {
    return { ...view, status: 'failed', error: 'The server stopped before it finished reading this source: delete it and add it again' };
  }
  return view;
}

export function passageSourceOf(record: KnowledgeSourceView): PassageSource {
  return {
    id: record.id,
    kind: record.kind,
    title: record.title,
    ...(record.url ? { url: record.url } : {}),
    ...(record.filename ? { filename: record.filename } : {}),
  };
}
