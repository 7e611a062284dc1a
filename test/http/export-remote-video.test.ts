import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createTcpServer, type Server as TcpServer, type AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf } from './http-fixture.ts';
import { locateFfmpeg } from '../../src/studio/render/index.ts';

/**
 * Downloads from a real HTTPS host. The export only trusts certificates the process trusts, and
 * Node reads extra roots (NODE_EXTRA_CA_CERTS) only at startup: so the API runs as a child
 * process configured through its environment as an operator would, with a self-signed
 * `localhost` certificate as an extra root and `localhost` as the allowed host.
 */

const apiProcess = new URL('../service/exports/export-api-process.ts', import.meta.url).pathname;
const maxBytes = 200_000;

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const opensslPresent = hasOpenssl();
if (!opensslPresent) console.warn('Skipping the remote export test: the openssl binary is absent, so no test certificate can be made.');

let dir = '';
let mp4 = Buffer.alloc(0);
let upstream: Server;
let upstreamPort = 0;
/** A TCP server nothing may reach: the target of the redirect to a private address. */
let tripwire: TcpServer;
let tripwirePort = 0;
let tripwireConnections = 0;
let child: ChildProcess | undefined;
let apiUrl = '';
let apiKey = '';
let childOutput = '';

beforeAll(async () => {
  if (!opensslPresent) return;
  dir = mkdtempSync(join(tmpdir(), 'cinematicads-export-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  const { ffmpeg } = await locateFfmpeg();
  execFileSync(ffmpeg, ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=64x64:rate=10', '-t', '1', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', '-y', join(dir, 'ad.mp4')]);
  mp4 = readFileSync(join(dir, 'ad.mp4'));

  tripwire = createTcpServer((socket) => {
    tripwireConnections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => tripwire.listen(0, '127.0.0.1', resolve));
  tripwirePort = (tripwire.address() as AddressInfo).port;

  upstream = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://localhost').pathname;
    const redirect = (location: string) => res.writeHead(302, { location }).end();
    switch (path) {
      case '/ads/spring-launch.mp4':
        return res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': mp4.length }).end(mp4);
      case '/latest':
        return redirect('/ads/spring-launch.mp4');
      case '/to-private':
        return redirect(`https://localhost:${tripwirePort}/ad.mp4`);
      case '/to-address':
        return redirect(`https://127.0.0.1:${upstreamPort}/ads/spring-launch.mp4`);
      case '/to-http':
        return redirect(`http://localhost:${upstreamPort}/ads/spring-launch.mp4`);
      case '/page.html':
        return res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Not a video</h1>');
      case '/disguised.mp4':
        return res.writeHead(200, { 'content-type': 'video/mp4' }).end('<html><body>Login required</body></html>');
      case '/server-error.mp4':
        return res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
      case '/declared-large.mp4':
        res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': maxBytes * 10 });
        return res.write(mp4.subarray(0, 1024));
      case '/undeclared-large.mp4': {
        // No length announced: the limit can only be enforced while the bytes arrive.
        res.writeHead(200, { 'content-type': 'video/mp4' });
        res.write(mp4);
        let sent = mp4.length;
        const more = () => {
          while (sent < maxBytes * 20 && res.write(Buffer.alloc(16 * 1024))) sent += 16 * 1024;
          if (sent >= maxBytes * 20) res.end();
          else res.once('drain', more);
        };
        res.on('error', () => undefined);
        return more();
      }
      default:
        return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  upstream.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamPort = (upstream.address() as AddressInfo).port;

  await startApi();
}, 60_000);

afterAll(async () => {
  child?.kill('SIGKILL');
  upstream?.closeAllConnections();
  await Promise.all([upstream && new Promise((resolve) => upstream.close(resolve)), tripwire && new Promise((resolve) => tripwire.close(resolve))]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The API in its own process, an operator's export settings in its environment. */
function startApi(): Promise<void> {
  const spawned = spawn(process.execPath, ['--import', 'tsx', apiProcess], {
    env: {
      ...process.env,
      CINEMATICADS_DATA: join(dir, 'data'),
      CINEMATICADS_STORE: 'memory',
      CINEMATICADS_RENDER_SIZE: 'small',
      CINEMATICADS_EXPORT_ALLOWED_HOSTS: 'localhost',
      CINEMATICADS_EXPORT_MAX_BYTES: String(maxBytes),
      // The test host is on loopback: allowed on its port only, so every other loopback port stays refused.
      CINEMATICADS_ALLOW_PRIVATE: `127.0.0.1:${upstreamPort}`,
      NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = spawned;
  spawned.stdout!.on('data', (chunk: Buffer) => (childOutput += chunk.toString()));
  spawned.stderr!.on('data', (chunk: Buffer) => (childOutput += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start:\n${childOutput}`)), 30_000);
    spawned.once('exit', (code) => reject(new Error(`the API exited with ${code}:\n${childOutput}`)));
    const check = () => {
      const line = /^\{.*\}$/m.exec(childOutput)?.[0];
      if (!line) return;
      spawned.stdout!.off('data', check);
      clearTimeout(timer);
      ({ url: apiUrl, apiKey } = JSON.parse(line) as { url: string; apiKey: string });
      resolve();
    };
    spawned.stdout!.on('data', check);
  });
}

function exportOf(source: string): Promise<Response> {
  return fetch(`${apiUrl}/api/export?source=${encodeURIComponent(source)}`, { headers: { authorization: `Bearer ${apiKey}` } });
}

const upstreamUrl = (path: string) => `https://localhost:${upstreamPort}${path}`;

describe.skipIf(!opensslPresent)('GET /api/export from an allowed HTTPS host', () => {
  it('streams a real MP4 through, with its name in Content-Disposition', async () => {
    const res = await exportOf(upstreamUrl('/ads/spring-launch.mp4'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="spring-launch.mp4"; filename*=UTF-8''spring-launch.mp4`);
    expect(Buffer.from(await res.arrayBuffer()).equals(mp4)).toBe(true);
  });

  it('follows a redirect that stays on the allowed host', async () => {
    const res = await exportOf(upstreamUrl('/latest'));
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(mp4)).toBe(true);
  });

  it('refuses a redirect to a private address (403) without connecting to it', async () => {
    const res = await exportOf(upstreamUrl('/to-private'));
    expect(res.status).toBe(403);
    expect(await jsonOf(res)).toMatchObject({
      code: 'forbidden',
      error: `Refused to fetch https://localhost:${tripwirePort}/ad.mp4 (redirected from ${upstreamUrl('/to-private')}): localhost resolves to 127.0.0.1, a loopback address`,
    });
    expect(tripwireConnections).toBe(0);
  });

  it('checks the host list on every hop: a redirect to an address, or to plain http, is refused', async () => {
    const toAddress = await exportOf(upstreamUrl('/to-address'));
    expect(toAddress.status).toBe(403);
    expect((await jsonOf(toAddress)).error).toContain('127.0.0.1 is not on the allowed host list (localhost)');
    const toHttp = await exportOf(upstreamUrl('/to-http'));
    expect(toHttp.status).toBe(400);
    expect((await jsonOf(toHttp)).error).toContain('only https URLs are fetched');
  });

  it('answers 502 when the host sends something other than an MP4, or an error', async () => {
    const page = await exportOf(upstreamUrl('/page.html'));
    expect(page.status).toBe(502);
    expect(await jsonOf(page)).toEqual({
      success: false,
      code: 'bad_gateway',
      error: `${upstreamUrl('/page.html')} is text/html, not an MP4 video (video/mp4)`,
      details: { source: upstreamUrl('/page.html'), contentType: 'text/html' },
    });
    const disguised = await exportOf(upstreamUrl('/disguised.mp4'));
    expect(disguised.status).toBe(502);
    expect((await jsonOf(disguised)).error).toBe(`${upstreamUrl('/disguised.mp4')} is labelled video/mp4 but its bytes are not an MP4 file`);
    for (const [path, status] of [['/server-error.mp4', 500], ['/missing.mp4', 404]] as const) {
      const res = await exportOf(upstreamUrl(path));
      expect(res.status).toBe(502);
      expect((await jsonOf(res)).error).toBe(`${upstreamUrl(path)} answered HTTP ${status} instead of the video`);
    }
  });

  it('answers 413 for a declared size over the limit, and cuts off a stream that grows past it', async () => {
    const declared = await exportOf(upstreamUrl('/declared-large.mp4'));
    expect(declared.status).toBe(413);
    expect((await jsonOf(declared)).error).toBe(`Response from ${upstreamUrl('/declared-large.mp4')} is larger than the ${maxBytes}-byte limit`);

    // Headers went out with the first bytes; past the limit the download breaks rather than completing.
    const undeclared = await exportOf(upstreamUrl('/undeclared-large.mp4'));
    expect(undeclared.status).toBe(200);
    let received = 0;
    const reading = (async () => {
      for await (const chunk of undeclared.body!) received += (chunk as Uint8Array).byteLength;
    })();
    await expect(reading).rejects.toThrow();
    expect(received).toBeLessThanOrEqual(maxBytes);
  });

  it('takes its own plain-http media links as local files, never as a fetch: an unknown one is a 404', async () => {
    const res = await exportOf(`${apiUrl}/media/wf_0000000000000000000000/video-9x16.mp4?expires=1&signature=x`);
    expect(res.status).toBe(404);
  });
});
