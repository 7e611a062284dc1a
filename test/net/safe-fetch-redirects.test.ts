import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetch } from '../../src/net/safe-fetch.ts';
import { errorOf } from './error-of.ts';
import { startLoopbackServer } from './loopback-server.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoopbackServer } from './loopback-server.ts';

let server: LoopbackServer;
let other: LoopbackServer;

async function echo(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString();
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ method: req.method, body, headers: req.headers }));
}

beforeAll(async () => {
  other = await startLoopbackServer({ '/echo': echo });
  server = await startLoopbackServer({
    '/echo': echo,
    '/chain': (req, res) => {
      const left = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n'));
      res.writeHead(302, { location: left > 0 ? `/chain?n=${left - 1}` : '/echo' }).end();
    },
    '/status': (req, res) => {
      const params = new URL(req.url ?? '/', 'http://x').searchParams;
      res.writeHead(Number(params.get('code')), { location: params.get('to') ?? '/echo' }).end();
    },
    '/no-location': (_req, res) => res.writeHead(302, { 'content-type': 'text/plain' }).end('nowhere'),
  });
});
afterAll(async () => {
  await server.close();
  await other.close();
});

const safeFetch = () => createSafeFetch({ allowPrivateFor: [`127.0.0.1:${server.port}`, `127.0.0.1:${other.port}`] });

describe('safeFetch redirects', () => {
  it('follows a chain by hand and records every hop', async () => {
    const response = await safeFetch()(server.url('/chain?n=2'));
    expect(response.finalUrl).toBe(server.url('/echo'));
    expect(response.redirects).toEqual([server.url('/chain?n=2'), server.url('/chain?n=1'), server.url('/chain?n=0')]);
    await response.cancel();
  });

  it('stops after maxRedirects', async () => {
    const error = await errorOf(safeFetch()(server.url('/chain?n=9')));
    expect(error).toMatchObject({ code: 'invalid_request' });
    expect(error.message).toBe(`Too many redirects fetching ${server.url('/chain?n=9')} (more than 5)`);
    await expect(safeFetch()(server.url('/chain?n=0'), { maxRedirects: 0 })).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('turns a POST into a body-less GET on 303, and repeats it on 307 and 308', async () => {
    const post = { method: 'POST', body: 'payload', headers: { 'content-type': 'text/plain' } };
    const seeOther = JSON.parse(await (await safeFetch()(server.url('/status?code=303'), post)).text()) as { method: string; body: string };
    expect(seeOther).toMatchObject({ method: 'GET', body: '' });
    for (const code of [307, 308]) {
      const kept = JSON.parse(await (await safeFetch()(server.url(`/status?code=${code}`), post)).text()) as { method: string; body: string };
      expect(kept).toMatchObject({ method: 'POST', body: 'payload' });
    }
  });

  it('drops credentials when a redirect leaves the origin, and keeps them within it', async () => {
    const headers = { authorization: 'Bearer secret', cookie: 'session=1', 'x-keep': 'yes' };
    const away = server.url(`/status?code=302&to=${encodeURIComponent(other.url('/echo'))}`);
    const elsewhere = JSON.parse(await (await safeFetch()(away, { headers })).text()) as { headers: Record<string, string> };
    expect(elsewhere.headers).toMatchObject({ 'x-keep': 'yes' });
    expect(elsewhere.headers.authorization).toBeUndefined();
    expect(elsewhere.headers.cookie).toBeUndefined();
    const same = JSON.parse(await (await safeFetch()(server.url('/status?code=302'), { headers })).text()) as { headers: Record<string, string> };
    expect(same.headers).toMatchObject({ authorization: 'Bearer secret', cookie: 'session=1' });
  });

  it('returns a 3xx without Location as the response', async () => {
    const response = await safeFetch()(server.url('/no-location'));
    expect(response.status).toBe(302);
    expect(await response.text()).toBe('nowhere');
  });
});
