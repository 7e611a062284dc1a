import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import type { AppEnv } from '../../src/http/app-env.ts';
import { createHttpApp } from '../../src/http/create-http-app.ts';
import { type CinematicAdsService, createService } from '../../src/service/service.ts';
import { memoryKeyValueStore } from '../../src/store/memory-key-value-store.ts';
import { ssrfDestinations } from '../fixtures/ssrf-destinations.ts';
import { pdfDocument } from '../fixtures/documents/pdf-document.ts';
import { type LoopbackServer, startLoopbackServer } from '../net/loopback-server.ts';
import { jsonOf } from './http-fixture.ts';

const aboutPage = `<!doctype html><html><head><title>About Fernhill Tea</title></head><body>
<nav><a href="/">Home</a><a href="/shop">Shop every blend</a></nav>
<main><article><h1>About Fernhill Tea</h1>
<p>Fernhill Tea has picked its leaves by hand on the slopes of Darjeeling since 1911, and every tin is sealed within a day of picking.</p>
<p>Our first-flush blend won the 2023 Golden Leaf award, and our packaging is fully compostable, including the foil-free inner bag.</p>
</article></main><footer>Cookie settings · Privacy</footer></body></html>`;

let server: LoopbackServer;
let service: CinematicAdsService;
let app: Hono<AppEnv>;
let dataDir: string;
let auth: Record<string, string>;

beforeAll(async () => {
  server = await startLoopbackServer({
    '/about': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(aboutPage),
    '/brochure.pdf': async (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(await pdfDocument([['The Fernhill brochure lists 42 blends.']])),
    '/gone': (_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
    '/to-private': (_req, res) => res.writeHead(302, { location: 'http://10.0.0.5/admin' }).end(),
    '/to-loopback': (_req, res) => res.writeHead(302, { location: 'http://127.0.0.1:9/' }).end(),
  });
  dataDir = mkdtempSync(join(tmpdir(), 'cinematicads-knowledge-urls-'));
  // Only this test server's port is reachable; every other private address stays refused.
  const config: Config = { dataDir, renderSize: 'small', allowPrivateFor: [`127.0.0.1:${server.port}`] };
  service = createService({ config, store: memoryKeyValueStore(), publicUrl: 'http://localhost', logError: () => {} });
  await service.start();
  app = createHttpApp(service, { config, version: '0.0.0-test', publicUrl: 'http://localhost', logError: () => {} });
  const account = await service.accounts.createAccount({ name: 'URLs', plan: 'agency', credits: 0 });
  auth = { Authorization: `Bearer ${(await service.accounts.createApiKey(account.id, { name: 'test' })).key}`, 'Content-Type': 'application/json' };
});
afterAll(async () => {
  await service.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const addUrl = (url: string) => app.request('/api/user/brand/knowledge/urls', { method: 'POST', headers: auth, body: JSON.stringify({ url }) });
const sources = async () => (await jsonOf(await app.request('/api/user/brand/knowledge', { headers: auth }))).data.sources as Array<{ url: string }>;

describe('POST /api/user/brand/knowledge/urls', () => {
  it('indexes the main content of a page, not its navigation or footer', async () => {
    const res = await addUrl(server.url('/about'));
    expect(res.status).toBe(200);
    const { data } = await jsonOf(res);
    expect(data).toMatchObject({ kind: 'url', url: server.url('/about'), title: 'About Fernhill Tea', contentType: 'text/html', status: 'indexed', passages: 1 });
    const search = await jsonOf(await app.request('/api/user/brand/knowledge/search?q=Darjeeling%20award', { headers: auth }));
    expect(search.data.passages[0].text).toContain('picked its leaves by hand on the slopes of Darjeeling since 1911');
    expect(search.data.passages[0].text).toContain('Golden Leaf award');
    expect(search.data.passages[0].text).not.toMatch(/Shop every blend|Cookie settings/);
    expect(search.data.passages[0].source).toEqual({ id: data.id, kind: 'url', title: 'About Fernhill Tea', url: server.url('/about') });
  });

  it('reads a PDF at a URL as a document', async () => {
    const { data } = await jsonOf(await addUrl(server.url('/brochure.pdf')));
    expect(data).toMatchObject({ contentType: 'application/pdf', status: 'indexed', passages: 1 });
  });

  it('answers 400 for a page that answers 404, creating nothing', async () => {
    const before = (await sources()).length;
    const res = await addUrl(server.url('/gone'));
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error).toBe(`The page at ${server.url('/gone')} answered HTTP 404`);
    expect(await sources()).toHaveLength(before);
  });

  it.each(ssrfDestinations.map((row) => [row.label, row] as const))('refuses %s with 403 after resolution, and creates no source', async (_label, { host, reason }) => {
    const before = await sources();
    const res = await addUrl(`http://${host}/about`);
    expect(res.status).toBe(403);
    const json = await jsonOf(res);
    expect(json).toMatchObject({ success: false, code: 'forbidden' });
    expect(json.error).toContain(reason);
    expect(await sources()).toEqual(before);
  });

  it('refuses a redirect from an allowed server to a private or loopback address, creating nothing', async () => {
    const before = await sources();
    for (const path of ['/to-private', '/to-loopback']) {
      const res = await addUrl(server.url(path));
      expect(res.status, path).toBe(403);
      expect((await jsonOf(res)).error).toMatch(new RegExp(`redirected from ${server.url(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    expect(await sources()).toEqual(before);
    expect(server.hits).toContain('/to-private');
  });
});
