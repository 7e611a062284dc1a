import { describe, expect, it } from 'vitest';
import type { PassageEmbedder } from '../../../src/knowledge/passage-embedder.ts';
import { normalizeVector } from '../../../src/knowledge/vector-ranking.ts';
import { createKnowledgeBase, type KnowledgeSettings } from '../../../src/service/knowledge/knowledge-base.ts';
import { createSafeFetch } from '../../../src/net/safe-fetch.ts';
import { memoryKeyValueStore } from '../../../src/store/memory-key-value-store.ts';
import { txtDocument } from '../../fixtures/documents/txt-document.ts';

/** An embedder that holds every call until released (or aborted): ingest stays pending meanwhile. */
function gatedEmbedder() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const embedder: PassageEmbedder = {
    modelId: 'gated',
    async embed(texts, { signal } = {}) {
      await new Promise<void>((resolve, reject) => {
        void gate.then(resolve);
        signal?.addEventListener('abort', () => reject(signal.reason));
      });
      return texts.map((_, i) => normalizeVector([1, i]));
    },
  };
  return { embedder, release };
}

function knowledgeBase(options: { embedder?: PassageEmbedder; settings?: Partial<KnowledgeSettings>; now?: () => Date } = {}) {
  const store = memoryKeyValueStore();
  const logged: string[] = [];
  const kb = createKnowledgeBase({
    store,
    safeFetch: createSafeFetch({}),
    now: options.now ?? (() => new Date()),
    logError: (message) => logged.push(message),
    settings: { answerWaitMs: 0, ...options.settings },
    ...(options.embedder ? { embedder: options.embedder } : {}),
  });
  return { kb, store, logged };
}

const file = (text: string, name = 'notes.txt') => new File([txtDocument([text])], name);

describe('background ingest', () => {
  it('answers with a pending source when indexing takes longer than the wait, which becomes indexed', async () => {
    const { embedder, release } = gatedEmbedder();
    const { kb, store } = knowledgeBase({ embedder });
    const source = await kb.addFile('acct', file('The Brightwater kettle boils in 90 seconds.'));
    expect(source).toMatchObject({ status: 'pending', passages: 0 });
    expect(source).not.toHaveProperty('error');
    expect(await kb.search('acct', 'Brightwater', 5)).toEqual([]);

    release();
    await expect.poll(async () => (await kb.list('acct'))[0]?.status).toBe('indexed');
    expect((await kb.list('acct'))[0]).toMatchObject({ id: source.id, passages: 1 });
    expect(await kb.search('acct', 'Brightwater', 5)).toEqual([expect.objectContaining({ text: 'The Brightwater kettle boils in 90 seconds.' })]);
    expect(await store.get(`knowledge-vectors:acct:${source.id}`)).toMatchObject({ model: 'gated', vectors: [expect.any(String)] });
    await kb.close();
  });

  it('on close, stops ingests and records their sources as failed, saying why', async () => {
    const { embedder } = gatedEmbedder();
    const { kb } = knowledgeBase({ embedder });
    const source = await kb.addFile('acct', file('Never finishes.'));
    expect(source.status).toBe('pending');
    await kb.close();
    expect((await kb.list('acct'))[0]).toMatchObject({
      status: 'failed',
      error: 'The server shut down before it finished reading this source: delete it and add it again',
    });
  });

  it('deleting a source mid-ingest stops it and leaves nothing behind', async () => {
    const { embedder } = gatedEmbedder();
    const { kb, store } = knowledgeBase({ embedder });
    const source = await kb.addFile('acct', file('Deleted before indexed.'));
    await kb.remove('acct', source.id);
    expect(await kb.list('acct')).toEqual([]);
    const keys: string[] = [];
    for await (const [key] of store.entries('knowledge')) keys.push(key);
    expect(keys).toEqual([]);
    await kb.close();
  });

  it('shows a source left pending by a server that crashed as failed, once its ingest must have ended', async () => {
    let now = new Date('2025-01-01T00:00:00Z');
    const { kb, store } = knowledgeBase({ now: () => now, settings: { ingestTimeoutMs: 1_000 } });
    await store.set('knowledge-source:acct:kn_crashed', {
      id: 'kn_crashed',
      accountId: 'acct',
      kind: 'file',
      title: 'a.txt',
      filename: 'a.txt',
      contentType: 'text/plain',
      bytes: 3,
      status: 'pending',
      passages: 0,
      createdAt: now.toISOString(),
      startedAt: now.toISOString(),
    });
    expect((await kb.list('acct'))[0]?.status).toBe('pending');
    now = new Date(now.getTime() + 61_001 + 1_000);
    expect((await kb.list('acct'))[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/^The server stopped before it finished/) });
    await kb.close();
  });

  it('refuses new sources with 503 once too many are queued', async () => {
    const { embedder } = gatedEmbedder();
    const { kb } = knowledgeBase({ embedder, settings: { concurrency: 1, maxQueued: 2 } });
    await kb.addFile('acct', file('One.'));
    await kb.addFile('acct', file('Two.'));
    await expect(kb.addFile('acct', file('Three.'))).rejects.toMatchObject({ code: 'unavailable', status: 503, message: expect.stringMatching(/already reading 2 documents/) });
    await kb.close();
  });

  it('keeps full-text search working when the embedding model fails, and says so in the log', async () => {
    const failing: PassageEmbedder = {
      modelId: 'broken',
      embed: async () => {
        throw new Error('connection refused');
      },
    };
    const { kb, logged } = knowledgeBase({ embedder: failing, settings: { answerWaitMs: 5_000 } });
    const source = await kb.addFile('acct', file('The Larkspur tent sleeps four.'));
    expect(source.status).toBe('indexed');
    expect((await kb.search('acct', 'Larkspur tent', 5))[0]?.text).toBe('The Larkspur tent sleeps four.');
    expect(logged.some((message) => message.includes('searchable by full text only'))).toBe(true);
    await kb.close();
  });
});
