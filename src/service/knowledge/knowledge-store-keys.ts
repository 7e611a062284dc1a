/**
 * Where the knowledge base lives in the store, per account: one record per source, and its
 * passages (and vectors, with an embedding model) as one value each, so loading an account's
 * index is one read per source rather than one per passage.
 */
export const knowledgeStoreKeys = {
  sources: (accountId: string) => `knowledge-source:${accountId}:`,
  source: (accountId: string, sourceId: string) => `knowledge-source:${accountId}:${sourceId}`,
  passages: (accountId: string, sourceId: string) => `knowledge-passages:${accountId}:${sourceId}`,
  vectors: (accountId: string, sourceId: string) => `knowledge-vectors:${accountId}:${sourceId}`,
};
