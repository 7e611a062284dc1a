import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetch } from '../../src/net/safe-fetch.ts';
import { errorOf } from './error-of.ts';
import { startLoopbackServer, writeSlowly } from './loopback-server.ts';
import type { LoopbackServer } from './loopback-server.ts';

const MB = 1024 * 1024;
// Node hands the body over in socket reads of at most 64 KiB.
const ONE_CHUNK = 64 * 1024;
let server: LoopbackServer;
const written: number[] = [];

beforeAll(async () => {
  server = await startLoopbackServer({
    // 11 MB with no Content-Length: only counting while streaming can catch it.
    '/huge': async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      written.push(await writeSlowly(res, 11 * MB));
    },
    '/declared': (req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(20 * MB) });
      if (req.method === 'HEAD') res.end();
      else res.write(Buffer.alloc(1024));
    },
    '/bomb': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(50 * MB)));
    },
  });
});
afterAll(() => server.close());

const safeFetch = () => createSafeFetch({ allowPrivateFor: [`127.0.0.1:${server.port}`] });

describe('safeFetch size limits', () => {
  it('aborts an 11 MB body without Content-Length at the 10 MB default, holding at most one extra chunk', async () => {
    const response = await safeFetch()(server.url('/huge'));
    const error = await errorOf(response.text());
    expect(error).toMatchObject({ code: 'payload_too_large', status: 413, details: { maxBytes: 10 * MB } });
    expect(error.message).toBe(`Response from ${server.url('/huge')} is larger than the ${10 * MB}-byte limit`);
    expect(response.bytesRead).toBeGreaterThan(10 * MB);
    expect(response.bytesRead).toBeLessThanOrEqual(10 * MB + ONE_CHUNK);
    await server.allSocketsClosed();
  });

  it('enforces a per-request limit on the raw stream too', async () => {
    const response = await safeFetch()(server.url('/huge'), { maxBytes: MB });
    const reader = response.body.getReader();
    let delivered = 0;
    const failure = await (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return undefined;
        delivered += value.byteLength;
      }
    })().catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'payload_too_large' });
    expect(delivered).toBeLessThanOrEqual(MB);
    expect(response.bytesRead).toBeLessThanOrEqual(MB + ONE_CHUNK);
    await server.allSocketsClosed();
  });

  it('rejects a declared Content-Length over the limit before reading the body', async () => {
    const error = await errorOf(safeFetch()(server.url('/declared')));
    expect(error).toMatchObject({ code: 'payload_too_large', details: { maxBytes: 10 * MB } });
    await server.allSocketsClosed();
  });

  it('lets a HEAD request see a large declared size', async () => {
    const response = await safeFetch()(server.url('/declared'), { method: 'HEAD' });
    expect(response.headers.get('content-length')).toBe(String(20 * MB));
    expect((await response.bytes()).byteLength).toBe(0);
  });

  it('limits the decoded size of a compressed body (a gzip bomb stops at the limit)', async () => {
    const response = await safeFetch()(server.url('/bomb'), { maxBytes: 2 * MB });
    await expect(response.text()).rejects.toMatchObject({ code: 'payload_too_large' });
    expect(response.bytesRead).toBeLessThanOrEqual(2 * MB + ONE_CHUNK);
  });
});
