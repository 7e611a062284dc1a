import net from 'node:net';
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import type { CinematicAds } from '../../src/contract/interface.ts';
import { jsonOf } from './http-fixture.ts';
import { createSafeFetch } from '../../src/net/safe-fetch.ts';
import { ssrfDestinations } from '../fixtures/ssrf-destinations.ts';
import { startLoopbackServer } from '../net/loopback-server.ts';
import { openLink } from '../service/service-fixture.ts';
import { type ExportTestServer, renderSmallJob, startExportTestServer } from '../service/exports/export-test-server.ts';

// Hosts an operator allowed: the table's names and IPv4 addresses (IPv6 literals cannot be listed),
// so those destinations get past the host list and are refused on their resolved address.
const listedHosts = ['localhost', '127.0.0.1', '10.1.2.3', '169.254.169.254', '0.0.0.0'];

let strict: ExportTestServer;
let listed: ExportTestServer;
let owner: { apiKey: string; api: CinematicAds };
let videoUrl = '';
let posterUrl = '';

beforeAll(async () => {
  [strict, listed] = await Promise.all([startExportTestServer(), startExportTestServer({ exportAllowedHosts: listedHosts })]);
  owner = await strict.newAccount();
  const jobId = await renderSmallJob(owner.api, 'A rain jacket that packs into its own pocket');
  const job = await owner.api.getWorkflow({ jobId });
  if (!job.result?.success) throw new Error('no result');
  videoUrl = job.result.videoUrl!;
  posterUrl = job.result.posterUrl!;
}, 60_000);
afterAll(async () => {
  await Promise.all([strict.close(), listed.close()]);
});

const exportPath = (source: string) => `/api/export?source=${encodeURIComponent(source)}`;

describe('GET /api/export of this server\'s own media', () => {
  it('streams the caller\'s video from storage, as an MP4 attachment', async () => {
    expect(videoUrl.startsWith(`${strict.baseUrl}/media/`)).toBe(true);
    const res = await strict.get(exportPath(videoUrl), owner.apiKey);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="wf_[0-9A-Za-z]+-video-9x16\.mp4"/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.equals(await readFile((await openLink(strict.service, videoUrl))!.file))).toBe(true);
  });

  it('answers 404 for another account\'s link and for a link whose signature does not verify', async () => {
    const stranger = await strict.newAccount();
    const theirs = await strict.get(exportPath(videoUrl), stranger.apiKey);
    expect(theirs.status).toBe(404);
    expect(await jsonOf(theirs)).toEqual({ success: false, error: 'No such media file, or its link has expired', code: 'not_found' });
    const tampered = new URL(videoUrl);
    tampered.searchParams.set('expires', String(Number(tampered.searchParams.get('expires')) + 3600));
    expect((await strict.get(exportPath(tampered.href), owner.apiKey)).status).toBe(404);
    const unknown = videoUrl.replace(/video-9x16\.mp4/, 'video-16x9.mp4');
    expect((await strict.get(exportPath(unknown), owner.apiKey)).status).toBe(404);
  });

  it('refuses a link that is not a video, and a URL of this server that is not a media link', async () => {
    const poster = await strict.get(exportPath(posterUrl), owner.apiKey);
    expect(poster.status).toBe(400);
    expect((await jsonOf(poster)).error).toMatch(/^poster-9x16\.jpg is image\/jpeg, not an MP4 video/);
    const api = await strict.get(exportPath(`${strict.baseUrl}/api/user/credits`), owner.apiKey);
    expect(api.status).toBe(400);
    expect((await jsonOf(api)).error).toContain('is on this server but is not a media link');
  });
});

describe('GET /api/export of other sources', () => {
  it('refuses plain http and hosts that are not allowed, naming what is', async () => {
    const plain = await strict.get(exportPath('http://cdn.example.com/ad.mp4'), owner.apiKey);
    expect(plain.status).toBe(400);
    expect((await jsonOf(plain)).error).toBe(
      'The source must be an HTTPS URL (http://cdn.example.com/ad.mp4 is not); only this server\'s own media links may use http',
    );
    const elsewhere = await strict.get(exportPath('https://cdn.example.com/ad.mp4'), owner.apiKey);
    expect(elsewhere.status).toBe(400);
    const host = new URL(strict.baseUrl).host;
    expect(await jsonOf(elsewhere)).toMatchObject({
      error: `cdn.example.com is not an allowed export domain. Allowed: ${host} (this server's media links) only; the operator can allow more hosts with CINEMATICADS_EXPORT_ALLOWED_HOSTS.`,
      details: { field: 'source', allowedHosts: [host] },
    });
    const listedOwner = await listed.newAccount();
    const other = await listed.get(exportPath('https://evil-localhost.example/ad.mp4'), listedOwner.apiKey);
    expect((await jsonOf(other)).error).toContain(`Allowed: ${new URL(listed.baseUrl).host} (this server's media links), ${listedHosts.join(', ')} (and their subdomains).`);
  });

  it('answers 400 without a usable source and 401 without a credential', async () => {
    expect((await strict.get('/api/export', owner.apiKey)).status).toBe(400);
    expect((await strict.get(exportPath('not a url'), owner.apiKey)).status).toBe(400);
    expect((await fetch(`${strict.baseUrl}${exportPath(videoUrl)}`)).status).toBe(401);
  });
});

describe('GET /api/export refuses every SSRF destination before connecting', () => {
  let connects: MockInstance;
  // Every TCP or TLS connection goes through Socket#connect: only those to the API itself may happen.
  const outbound = (server: ExportTestServer) =>
    connects.mock.calls.map((args: unknown[]) => portOf(args)).filter((port) => port !== server.server.port);
  beforeEach(() => {
    connects = vi.spyOn(net.Socket.prototype, 'connect');
  });
  afterEach(() => connects.mockRestore());

  it('sees the connections a fetch does make (the control for the checks below)', async () => {
    const tripwire = await startLoopbackServer({ '/': (_req, res) => res.end('ok') });
    try {
      const res = await createSafeFetch({ allowPrivateFor: [`127.0.0.1:${tripwire.port}`] })(tripwire.url('/'));
      await res.text();
      expect(outbound(listed)).toContain(tripwire.port);
    } finally {
      await tripwire.close();
    }
  });

  it.each(ssrfDestinations)('$label ($host): 403 after resolution when its host is allowed, else 400', async ({ host, reason }) => {
    const account = await listed.newAccount();
    const res = await listed.get(exportPath(`https://${host}:9/ad.mp4`), account.apiKey);
    const body = await jsonOf(res);
    if (host.startsWith('[')) {
      // IPv6 literals cannot be on the host list: refused as a domain that is not allowed.
      expect(res.status).toBe(400);
      expect(body.error).toContain('is not an allowed export domain');
    } else {
      expect(res.status).toBe(403);
      expect(body).toMatchObject({ code: 'forbidden', error: expect.stringContaining(`${reason} address`) });
    }
    expect(outbound(listed)).toEqual([]);
  });

  it.each(ssrfDestinations)('$label ($host): 400 where no host is allowed', async ({ host }) => {
    const res = await strict.get(exportPath(`https://${host}:9/ad.mp4`), owner.apiKey);
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error).toMatch(/is not an allowed export domain\. Allowed: 127\.0\.0\.1:\d+ \(this server's media links\) only/);
    expect(outbound(strict)).toEqual([]);
  });
});

function portOf(args: unknown[]): number | undefined {
  // Socket#connect(options, cb), connect(port, host, cb) or node's internal normalized [options, cb].
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first === 'number') return first;
  const port = (first as { port?: unknown } | undefined)?.port;
  return port === undefined ? undefined : Number(port);
}
