import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer } from '../../net/loopback-server.ts';
import { type ServiceFixture, startService, tempDataDir } from '../service-fixture.ts';

/** Concepts the fake model knows: a text's vector counts its words in each (plus a constant, so no vector is zero). */
const concepts: string[][] = [
  ['coffee', 'espresso', 'tea', 'latte', 'drink', 'beverage', 'brew', 'roast'],
  ['shirt', 'shirts', 'linen', 'coat', 'wear', 'garment', 'outfit', 'clothes'],
  ['sofa', 'chair', 'table', 'furniture', 'sit'],
];

function fakeEmbedding(text: string): number[] {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return [...concepts.map((concept) => words.filter((word) => concept.includes(word)).length), 0.1];
}

async function bodyOf(req: IncomingMessage): Promise<{ model: string; input: string[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const temp = tempDataDir('knowledge-hybrid');
let server: LoopbackServer;
let failing = false;
const requests: Array<{ model: string; inputs: number; authorization: string | undefined }> = [];
let fixture: ServiceFixture;
beforeAll(async () => {
  // A real OpenAI-compatible /embeddings endpoint on 127.0.0.1 with deterministic vectors.
  server = await startLoopbackServer({
    '/v1/embeddings': async (req, res) => {
      const { model, input } = await bodyOf(req);
      requests.push({ model, inputs: input.length, authorization: req.headers.authorization });
      if (failing) return res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"model overloaded"}}');
      const data = input.map((text, index) => ({ object: 'embedding', index, embedding: fakeEmbedding(text) }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data, model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
    },
  });
  fixture = await startService(temp.dir, { config: { embeddingModel: { model: 'fake-embed', apiKey: 'test-key', baseUrl: server.url('/v1') } } });
});
afterAll(async () => {
  await fixture.service.close();
  await server.close();
  temp.cleanup();
});

describe('hybrid search with an embedding model configured', () => {
  it('finds a passage by meaning when no word matches, and still ranks word matches', async () => {
    const { api } = await fixture.account();
    await api.uploadKnowledgeFile({ file: new File(['Our espresso is roasted in Lisbon every Tuesday.'], 'coffee.txt') });
    await api.uploadKnowledgeFile({ file: new File(['Linen shirts are woven in Porto.'], 'shirts.txt') });
    await api.uploadKnowledgeFile({ file: new File(['The oak table seats eight.'], 'table.txt') });
    expect(requests.filter((request) => request.model === 'fake-embed' && request.authorization === 'Bearer test-key')).toHaveLength(3);

    // "something hot to drink" shares no word with any passage: full text alone finds nothing.
    const byMeaning = await api.searchKnowledge({ q: 'something hot to drink', limit: 1 });
    expect(byMeaning.passages).toEqual([expect.objectContaining({ text: 'Our espresso is roasted in Lisbon every Tuesday.', source: expect.objectContaining({ filename: 'coffee.txt' }) })]);

    // Agreement of both rankings puts the linen passage first, with the top fused score.
    const byWords = await api.searchKnowledge({ q: 'linen shirts' });
    expect(byWords.passages[0]).toMatchObject({ text: 'Linen shirts are woven in Porto.', score: 1 });
  });

  it('falls back to full text when the model fails at query time', async () => {
    const { api } = await fixture.account();
    await api.uploadKnowledgeFile({ file: new File(['Our latte art classes run on Saturdays.'], 'classes.txt') });
    failing = true;
    try {
      const { passages } = await api.searchKnowledge({ q: 'latte classes' });
      expect(passages.map((passage) => passage.text)).toEqual(['Our latte art classes run on Saturdays.']);
      expect((await api.searchKnowledge({ q: 'something hot to drink' })).passages).toEqual([]);
    } finally {
      failing = false;
    }
  });
});
