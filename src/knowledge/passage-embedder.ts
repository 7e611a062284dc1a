import { createOpenAI } from '@ai-sdk/openai';
import { embedMany, type EmbeddingModel } from 'ai';
import { normalizeVector } from './vector-ranking.ts';

/** Turns passages and queries into unit vectors for the hybrid half of search. */
export interface PassageEmbedder {
  /** Which model made a vector: vectors of another model are never compared with this one's. */
  readonly modelId: string;
  /** `retry: false` for a search waiting on the answer: a failing model then falls back to full text at once. */
  embed(texts: readonly string[], options?: { signal?: AbortSignal; retry?: boolean }): Promise<Float32Array[]>;
}

export interface EmbeddingModelSettings {
  model: string;
  apiKey?: string;
  /** An OpenAI-compatible endpoint (a local server, a gateway); default: OpenAI's. */
  baseUrl?: string;
}

/** The configured embedding model over the AI SDK (any OpenAI-compatible `/embeddings` endpoint); none offline. */
export function passageEmbedderFrom(settings: EmbeddingModelSettings | undefined): PassageEmbedder | undefined {
  if (!settings) return undefined;
  const provider = createOpenAI({ ...(settings.apiKey ? { apiKey: settings.apiKey } : {}), ...(settings.baseUrl ? { baseURL: settings.baseUrl } : {}) });
  return embedderOf(provider.embedding(settings.model), settings.model);
}

/** Any AI SDK embedding model (tests pass their own). */
export function embedderOf(model: EmbeddingModel, modelId: string): PassageEmbedder {
  return {
    modelId,
    async embed(texts, options = {}) {
      if (texts.length === 0) return [];
      const { embeddings } = await embedMany({
        model,
        values: [...texts],
        maxRetries: options.retry === false ? 0 : 2,
        maxParallelCalls: 2,
        ...(options.signal ? { abortSignal: options.signal } : {}),
      });
      return embeddings.map((vector) => normalizeVector(vector));
    },
  };
}
