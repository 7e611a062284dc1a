import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfDocument } from '../fixtures/documents/pdf-document.ts';
import { type LoopbackServer, startLoopbackServer } from '../net/loopback-server.ts';
import { type ServiceFixture, startService, tempDataDir } from '../service/service-fixture.ts';
import { eventually } from '../service/webhooks/eventually.ts';
import { connectServer, errorOf, failureOf, structuredOf } from './server-connection.ts';

const temp = tempDataDir('mcp-brand-knowledge');
let site: LoopbackServer;
let fixture: ServiceFixture;
beforeAll(async () => {
  site = await startLoopbackServer({
    '/about': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<html><head><title>About Fernwick</title></head><body><main><h1>About</h1><p>Fernwick teapots are thrown by hand in Stoke-on-Trent since 1921.</p></main></body></html>'),
  });
  fixture = await startService(temp.dir, { config: { allowPrivateFor: [`127.0.0.1:${site.port}`] } });
});
afterAll(async () => {
  await fixture.service.close();
  await site.close();
  temp.cleanup();
});

describe('brand tools over MCP', () => {
  it('reads null, saves a profile, reads it back; a bad color is named', async () => {
    const { api } = await fixture.account();
    const mcp = await connectServer(fixture, api);
    try {
      expect(structuredOf(await mcp.call('get_brand'))).toEqual({ brand: null });
      const profile = { name: 'Fernwick', industry: 'homeware', tone: 'warm', targetAudience: 'tea lovers', colors: { primary: '#1a2b3c' } };
      const saved = structuredOf(await mcp.call('save_brand', profile));
      expect(saved).toMatchObject({ ...profile, updatedAt: expect.any(String) });
      expect(structuredOf(await mcp.call('get_brand'))).toEqual({ brand: saved });
      expect(await api.getBrand()).toEqual(saved);
      const bad = errorOf(await mcp.call('save_brand', { name: 'Fernwick', colors: { primary: 'teal' } }));
      expect(bad).toMatchObject({ code: 'invalid_request', details: { fields: ['colors.primary'] } });
      expect(bad.error).toBe('Invalid arguments: colors.primary: must be a hex color such as "#1a2b3c"');
    } finally {
      await mcp.close();
    }
  });
});

describe('knowledge tools over MCP', () => {
  it('adds a web page, uploads a PDF (base64) and a text file, lists, searches and deletes them', async () => {
    const { api } = await fixture.account();
    const mcp = await connectServer(fixture, api);
    try {
      const page = structuredOf(await mcp.call('add_knowledge_url', { url: site.url('/about') }));
      expect(page).toMatchObject({ kind: 'url', url: site.url('/about') });
      await eventually(async () => ((await api.listKnowledgeSources()).sources.find((source) => source.id === page.id)?.status === 'indexed' ? true : undefined), 'the page to be indexed');

      const pdf = await pdfDocument([['The Aurora kettle holds 1.7 litres.']]);
      const document = structuredOf(await mcp.call('upload_knowledge_file', { filename: 'kettle.pdf', contentBase64: Buffer.from(pdf).toString('base64') }));
      expect(document).toMatchObject({ kind: 'file', filename: 'kettle.pdf', contentType: 'application/pdf', bytes: pdf.byteLength, status: 'indexed' });
      const notes = structuredOf(await mcp.call('upload_knowledge_file', { filename: 'notes.txt', text: 'Free delivery on orders over 40 pounds.' }));
      expect(notes).toMatchObject({ filename: 'notes.txt', contentType: 'text/plain', status: 'indexed' });

      const listed = structuredOf(await mcp.call('list_knowledge_sources'));
      expect(listed.sources.map((source: { id: string }) => source.id)).toEqual([notes.id, document.id, page.id]);
      const found = structuredOf(await mcp.call('search_knowledge', { q: 'Stoke-on-Trent teapots', limit: 3 }));
      expect(found.passages[0]).toMatchObject({ text: expect.stringContaining('Stoke-on-Trent'), source: { id: page.id } });
      expect(structuredOf(await mcp.call('search_knowledge', { q: 'kettle litres' })).passages[0].source.id).toBe(document.id);

      expect(structuredOf(await mcp.call('delete_knowledge_source', { sourceId: document.id }))).toEqual({ id: document.id, deleted: true });
      const gone = errorOf(await mcp.call('delete_knowledge_source', { sourceId: document.id }));
      expect(gone).toMatchObject({ code: 'not_found', error: (await failureOf(() => api.deleteKnowledgeSource({ sourceId: document.id })))!.message });
    } finally {
      await mcp.close();
    }
  });

  it('refuses bad uploads with the field and the reason, before anything is stored', async () => {
    const { api } = await fixture.account();
    const mcp = await connectServer(fixture, api);
    try {
      expect(errorOf(await mcp.call('upload_knowledge_file', { filename: 'a.txt' })).error).toBe(
        'Invalid arguments: contentBase64: send exactly one of contentBase64 and text',
      );
      expect(errorOf(await mcp.call('upload_knowledge_file', { filename: 'a.txt', text: 'x', contentBase64: 'eA==' })).error).toBe(
        'Invalid arguments: contentBase64: send exactly one of contentBase64 and text',
      );
      expect(errorOf(await mcp.call('upload_knowledge_file', { filename: 'a.pdf', contentBase64: 'not base64!' })).error).toMatch(
        /^Invalid arguments: contentBase64: must be base64/,
      );
      // Over 10 MB once decoded: refused from its length, nothing decoded.
      const tooLarge = errorOf(await mcp.call('upload_knowledge_file', { filename: 'big.pdf', contentBase64: 'A'.repeat(14_000_000) }));
      expect(tooLarge.error).toBe('Invalid arguments: contentBase64: must be at most 10 MB once decoded');
      // Not one of the five types: the API's own sentence.
      const exe = errorOf(await mcp.call('upload_knowledge_file', { filename: 'tool.exe', text: 'MZ' }));
      const direct = await failureOf(() => api.uploadKnowledgeFile({ file: new File([new TextEncoder().encode('MZ')], 'tool.exe') }));
      expect(exe).toMatchObject({ code: direct!.code, error: direct!.message });
      // A page on a private address is refused as over REST.
      const privatePage = errorOf(await mcp.call('add_knowledge_url', { url: 'http://10.1.2.3/about' }));
      const privateDirect = await failureOf(() => api.addKnowledgeUrl({ url: 'http://10.1.2.3/about' }));
      expect(privatePage).toMatchObject({ code: privateDirect!.code, error: privateDirect!.message });
      expect((await api.listKnowledgeSources()).sources).toEqual([]);
    } finally {
      await mcp.close();
    }
  });
});
