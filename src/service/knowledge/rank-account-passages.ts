import type { PassageEmbedder } from '../../knowledge/passage-embedder.ts';
import { fuseRankings } from '../../knowledge/rank-fusion.ts';
import { nearestVectors } from '../../knowledge/vector-ranking.ts';
import type { AccountIndex } from './account-index-cache.ts';

/** Candidates each ranking contributes before fusion. */
const candidatesPerRanking = 50;
/** A BM25 score this high reads as relevance 0.5: a query word or two matched in a short passage. */
const halfRelevanceScore = 8;

/**
 * The account's passages ranked for a query, best first, with a relevance from 0 to 1. Offline
 * that is full-text ranking (BM25, saturated to 0–1). With an embedding model and stored vectors
 * it is hybrid: full text and cosine similarity fused by reciprocal rank; when the model fails,
 * full text answers alone and the failure is logged.
 */
export async function rankAccountPassages(
  index: AccountIndex,
  query: string,
  limit: number,
  embedding: { embedder: PassageEmbedder | undefined; logError: (message: string, cause: unknown) => void; signal?: AbortSignal },
): Promise<Array<{ id: string; score: number }>> {
  const fullText = index.index.search(query, Math.max(limit, candidatesPerRanking));
  const queryVector = index.vectors.size > 0 && embedding.embedder ? await embedQuery(embedding, query) : undefined;
  if (!queryVector) return fullText.slice(0, limit).map((hit) => ({ id: hit.id, score: hit.score / (hit.score + halfRelevanceScore) }));
  const nearest = nearestVectors(queryVector, index.vectors, candidatesPerRanking);
  return fuseRankings([fullText.map((hit) => hit.id), nearest.map((hit) => hit.id)]).slice(0, limit);
}

async function embedQuery(embedding: Parameters<typeof rankAccountPassages>[3], query: string): Promise<Float32Array | undefined> {
  try {
    return (await embedding.embedder!.embed([query], { retry: false, ...(embedding.signal ? { signal: embedding.signal } : {}) }))[0];
  } catch (error) {
    embedding.logError('Knowledge search: the embedding model failed, so this search ranked by full text only', error);
    return undefined;
  }
}
