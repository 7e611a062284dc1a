import net from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSafeFetch } from '../../src/net/safe-fetch.ts';
import { researchPage } from '../../src/research/research-page.ts';
import { startLoopbackServer } from '../net/loopback-server.ts';
import type { LoopbackServer } from '../net/loopback-server.ts';

// A real 1×1 PNG, and the start of a JPEG (the download check reads magic bytes only).
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(200, 7)]);

const productPage = `<!doctype html><html><head><meta charset="windows-1252">
<title>Kettle</title><meta property="og:image" content="/img/hero.png">
<script type="application/ld+json">{"@type":"Product","name":"Kettle","offers":{"price":"89","priceCurrency":"EUR"}}</script></head>
<body><main><h1>Stovetop kettle \u00e9maill\u00e9</h1><div class="product-gallery">
<img src="/img/photo.jpg"><img src="/img/fake.jpg"><img src="/img/text"><img src="/img/missing.png">
<img src="/img/hero-copy.png"><img src="/img/huge.png"><img src="http://10.0.0.1/internal.png"><img src="/img/extra.png">
</div></main></body></html>`;

let server: LoopbackServer;
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'research-images-'));
  const image = (type: string, body: Buffer) => (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': type }).end(body);
  server = await startLoopbackServer({
    '/kettle': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from(productPage, 'latin1')),
    '/old-link': (_req, res) => res.writeHead(301, { location: '/kettle' }).end(),
    '/api': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    '/gone': (_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
    '/down': (_req, res) => res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>Maintenance</h1>'),
    '/img/hero.png': image('image/png', png),
    '/img/hero-copy.png': image('image/png', png),
    '/img/extra.png': image('image/png', png),
    '/img/photo.jpg': image('image/jpeg', jpeg),
    '/img/fake.jpg': image('image/jpeg', Buffer.from('<html>error page</html>')),
    '/img/text': image('text/plain', Buffer.from('hello')),
    '/img/huge.png': image('image/png', Buffer.concat([png, Buffer.alloc(64 * 1024)])),
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const safeFetch = () => createSafeFetch({ allowPrivateFor: [`127.0.0.1:${server.port}`] });

describe('researchPage', () => {
  it('extracts facts from the fetched page, decoding its declared charset, after redirects', async () => {
    const research = await researchPage(server.url('/old-link'), { safeFetch: safeFetch() });
    expect(research.finalUrl).toBe(server.url('/kettle'));
    expect(research.facts).toMatchObject({ url: server.url('/kettle'), title: 'Kettle', price: '€89', headings: ['Stovetop kettle émaillé'] });
    expect(research.facts.images?.[0]).toBe(server.url('/img/hero.png'));
    expect(research.skippedImages).toEqual([]);
  });

  it('saves images in page order up to maxImages and lists the rest as skipped', async () => {
    const research = await researchPage(server.url('/kettle'), { safeFetch: safeFetch(), imagesDir: dir, maxImages: 2, maxImageBytes: 32 * 1024 });
    expect(research.facts.images).toHaveLength(2);
    for (const path of research.facts.images ?? []) {
      expect(path.startsWith(dir)).toBe(true);
      expect(existsSync(path)).toBe(true);
    }
    expect(readFileSync(research.facts.images?.[0] ?? '')).toEqual(png);
    expect(research.facts.images?.[1]).toMatch(/\.jpg$/);
    expect(research.skippedImages).toHaveLength(7);
    expect(new Set(research.skippedImages.map(({ reason }) => reason))).toEqual(new Set(['not downloaded: the limit of 2 images was reached']));
    expect(research.imageUrls).toHaveLength(9);
  });

  it('keeps only real, small-enough, public images and records why each other one was skipped', async () => {
    const connects = vi.spyOn(net.Socket.prototype, 'connect');
    const research = await researchPage(server.url('/kettle'), { safeFetch: safeFetch(), imagesDir: dir, maxImages: 10, maxImageBytes: 32 * 1024 });
    expect(research.facts.images).toHaveLength(2);
    const reasons = Object.fromEntries(research.skippedImages.map(({ url, reason }) => [url.replace(server.origin, ''), reason]));
    expect(reasons['/img/fake.jpg']).toBe(`${server.url('/img/fake.jpg')} is not a PNG, JPEG, WebP or GIF image`);
    expect(reasons['/img/text']).toBe(`${server.url('/img/text')} returned text/plain, expected image/*`);
    expect(reasons['/img/missing.png']).toBe(`${server.url('/img/missing.png')} answered HTTP 404`);
    expect(reasons['/img/hero-copy.png']).toBe('same image as one already saved');
    expect(reasons['/img/extra.png']).toBe('same image as one already saved');
    expect(reasons['/img/huge.png']).toMatch(/larger than the 32768-byte limit/);
    expect(reasons['http://10.0.0.1/internal.png']).toBe('Refused to fetch http://10.0.0.1/internal.png: 10.0.0.1 is a private address');
    // Every socket opened went to the loopback test server: the private image was refused before connecting.
    const ports = connects.mock.calls.map(([first]) => (Array.isArray(first) ? (first[0] as { port?: number }) : (first as { port?: number })).port);
    connects.mockRestore();
    expect(ports.length).toBeGreaterThan(0);
    expect(new Set(ports)).toEqual(new Set([server.port]));
  });

  it('refuses pages that are not HTML, and maps error statuses', async () => {
    await expect(researchPage(server.url('/api'), { safeFetch: safeFetch() })).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(researchPage(server.url('/gone'), { safeFetch: safeFetch() })).rejects.toMatchObject({
      code: 'invalid_request',
      message: `The page at ${server.url('/gone')} answered HTTP 404`,
    });
    await expect(researchPage(server.url('/down'), { safeFetch: safeFetch() })).rejects.toMatchObject({ code: 'unavailable', retryable: true });
  });

  it('refuses a page over the size limit', async () => {
    await expect(researchPage(server.url('/kettle'), { safeFetch: safeFetch(), maxPageBytes: 100 })).rejects.toMatchObject({ code: 'payload_too_large' });
  });
});
