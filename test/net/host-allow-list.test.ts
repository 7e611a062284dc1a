import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isHostAllowed, normalizeHostPattern } from '../../src/net/host-allow-list.ts';
import { createSafeFetch } from '../../src/net/safe-fetch.ts';
import { errorOf } from './error-of.ts';
import { startLoopbackServer } from './loopback-server.ts';
import type { HostResolver } from '../../src/net/host-resolver.ts';
import type { LoopbackServer } from './loopback-server.ts';

describe('host allow-list matching', () => {
  const patterns = ['example.com', 'cdn.brand.io'].map((pattern) => normalizeHostPattern(pattern) ?? '');

  it.each([
    ['example.com', true],
    ['EXAMPLE.com.', true],
    ['videos.example.com', true],
    ['a.b.example.com', true],
    ['cdn.brand.io', true],
    ['eu.cdn.brand.io', true],
    ['evil-example.com', false],
    ['example.com.evil.net', false],
    ['notexample.com', false],
    ['brand.io', false],
    ['example.co', false],
  ])('%s → %s', (host, allowed) => {
    expect(isHostAllowed(host, patterns)).toBe(allowed);
  });

  it('normalises patterns to what the URL parser produces', () => {
    expect(normalizeHostPattern('*.Example.COM')).toBe('example.com');
    expect(normalizeHostPattern('.example.com.')).toBe('example.com');
    expect(normalizeHostPattern('bücher.de')).toBe('xn--bcher-kva.de');
    expect(normalizeHostPattern('https://example.com')).toBeUndefined();
    expect(normalizeHostPattern('example.com:443')).toBeUndefined();
  });
});

describe('an export-style policy (https only, allowed domains)', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer({ '/video.mp4': (_req, res) => res.writeHead(200, { 'content-type': 'video/mp4' }).end('mp4') });
  });
  afterAll(() => server.close());

  it('refuses other domains before resolving them', async () => {
    const resolve = vi.fn<HostResolver>(async () => ['127.0.0.1']);
    const safeFetch = createSafeFetch({ protocols: ['https'], allowHosts: ['example.com'], resolve });
    for (const url of ['https://evil-example.com/v.mp4', 'https://example.com.evil.net/v.mp4', 'https://169.254.169.254/']) {
      const error = await errorOf(safeFetch(url));
      expect(error.code).toBe('forbidden');
      expect(error.message).toContain('is not on the allowed host list (example.com)');
    }
    expect(resolve).not.toHaveBeenCalled();
  });

  it('refuses plain http even on an allowed domain', async () => {
    const safeFetch = createSafeFetch({ protocols: ['https'], allowHosts: ['example.com'] });
    const error = await errorOf(safeFetch('http://videos.example.com/v.mp4'));
    expect(error).toMatchObject({ code: 'invalid_request', status: 400 });
    expect(error.message).toBe('Refused to fetch http://videos.example.com/v.mp4: only https URLs are fetched');
  });

  it('fetches from a subdomain of an allowed domain', async () => {
    const safeFetch = createSafeFetch({
      allowHosts: ['example.com'],
      allowPrivateFor: [`127.0.0.1:${server.port}`],
      resolve: async () => ['127.0.0.1'],
    });
    const response = await safeFetch(`http://videos.example.com:${server.port}/video.mp4`, { accept: ['video/mp4'] });
    expect(await response.text()).toBe('mp4');
  });
});
