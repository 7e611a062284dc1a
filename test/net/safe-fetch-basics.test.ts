import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetch } from '../../src/net/safe-fetch.ts';
import { errorOf } from './error-of.ts';
import { startLoopbackServer } from './loopback-server.ts';
import type { LoopbackServer } from './loopback-server.ts';

let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer({
    '/page': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-shop': 'lune' }).end('<h1>Café</h1>'),
    '/latin1': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.from([0x63, 0x61, 0x66, 0xe9])),
    '/json': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":1}'),
    '/untyped': (_req, res) => res.writeHead(200).end('??'),
    '/missing': (_req, res) => res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"gone"}'),
    '/gzip': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync('<p>squeezed</p>')),
    '/echo': async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = JSON.stringify({ method: req.method, headers: req.headers, body: Buffer.concat(chunks).toString() });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    },
  });
});
afterAll(() => server.close());

const safeFetch = () => createSafeFetch({ allowPrivateFor: [`127.0.0.1:${server.port}`], userAgent: 'CinematicAds-test/1' });

describe('safeFetch on an allowed server', () => {
  it('returns status, headers, final URL, the connected address and the decoded text', async () => {
    const response = await safeFetch()(server.url('/page'));
    expect(response).toMatchObject({ status: 200, ok: true, finalUrl: server.url('/page'), remoteAddress: '127.0.0.1', mediaType: 'text/html' });
    expect(response.headers.get('x-shop')).toBe('lune');
    expect(await response.text()).toBe('<h1>Café</h1>');
    expect(response.bytesRead).toBe(Buffer.byteLength('<h1>Café</h1>'));
  });

  it('decodes text by the charset the server declares', async () => {
    expect(await (await safeFetch()(server.url('/latin1'))).text()).toBe('café');
  });

  it('reads the body once, as a web stream or through bytes()', async () => {
    const response = await safeFetch()(server.url('/page'));
    const bytes = await response.bytes();
    expect(Buffer.from(bytes).toString()).toBe('<h1>Café</h1>');
    await expect(response.text()).rejects.toThrow(/already been read/);
  });

  it('undoes gzip and drops the encoding headers that no longer apply', async () => {
    const response = await safeFetch()(server.url('/gzip'));
    expect(await response.text()).toBe('<p>squeezed</p>');
    expect(response.headers.get('content-encoding')).toBeNull();
  });

  it('sends the policy user agent and the caller headers, but never a caller Host header', async () => {
    const response = await safeFetch()(server.url('/echo'), {
      method: 'post',
      headers: { 'X-Trace': 't-1', Host: 'internal.admin', 'content-type': 'text/plain' },
      body: 'hello',
    });
    const echo = JSON.parse(await response.text()) as { method: string; headers: Record<string, string>; body: string };
    expect(echo).toMatchObject({ method: 'POST', body: 'hello' });
    expect(echo.headers).toMatchObject({ 'user-agent': 'CinematicAds-test/1', 'x-trace': 't-1', host: `127.0.0.1:${server.port}` });
  });

  it('refuses a 2xx response whose content type is not accepted, and tells which it was', async () => {
    const error = await errorOf(safeFetch()(server.url('/json'), { accept: ['text/html'] }));
    expect(error).toMatchObject({ code: 'invalid_request', details: { contentType: 'application/json', accept: ['text/html'] } });
    expect(error.message).toBe(`${server.url('/json')} returned application/json, expected text/html`);
    await expect(safeFetch()(server.url('/untyped'), { accept: ['image/*'] })).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('matches type wildcards and hands error statuses back instead of throwing', async () => {
    const json = await safeFetch()(server.url('/json'), { accept: ['application/*'] });
    expect(await json.text()).toBe('{"a":1}');
    const missing = await safeFetch()(server.url('/missing'), { accept: ['text/html'] });
    expect(missing).toMatchObject({ status: 404, ok: false });
    await missing.cancel();
  });

  it('answers a bad URL, a bad method or a closed port with the right error', async () => {
    await expect(safeFetch()('not a url')).rejects.toMatchObject({ code: 'invalid_request', message: 'Invalid URL: not a url' });
    await expect(safeFetch()(server.url('/page'), { method: 'CONNECT' })).rejects.toMatchObject({ code: 'invalid_request' });
    const closed = await startLoopbackServer({});
    await closed.close();
    const refused = createSafeFetch({ allowPrivateFor: [`127.0.0.1:${closed.port}`] });
    const error = await errorOf(refused(closed.url('/')));
    expect(error).toMatchObject({ code: 'unavailable', status: 503, retryable: true });
    expect(error.message).toContain('connection refused (ECONNREFUSED)');
  });

  it('rejects a malformed policy with the field named', () => {
    expect(() => createSafeFetch({ allowPrivateFor: ['intranet.local:80'] })).toThrow(/allowPrivateFor\.0: "intranet.local:80" is not an address/);
    expect(() => createSafeFetch({ allowHosts: ['https://example.com/'] })).toThrow(/allowHosts\.0/);
  });
});
