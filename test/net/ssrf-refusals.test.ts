import net from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSafeFetch } from '../../src/net/safe-fetch.ts';
import { errorOf } from './error-of.ts';
import { startLoopbackServer } from './loopback-server.ts';
import type { MockInstance } from 'vitest';
import type { HostResolver } from '../../src/net/host-resolver.ts';
import type { LoopbackServer } from './loopback-server.ts';

let server: LoopbackServer;
let connects: MockInstance;

beforeAll(async () => {
  server = await startLoopbackServer({
    '/page': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>ok</h1>'),
    '/to': (req, res) => {
      const to = new URL(req.url ?? '/', 'http://x').searchParams.get('to') ?? '/';
      res.writeHead(302, { location: to }).end();
    },
  });
});
afterAll(() => server.close());

// Every TCP or TLS connection node opens goes through Socket#connect: counting its calls proves a
// refusal happened before any packet was sent.
beforeEach(() => {
  connects = vi.spyOn(net.Socket.prototype, 'connect');
});
afterEach(() => connects.mockRestore());

function testFetch(resolve?: HostResolver) {
  return createSafeFetch({ allowPrivateFor: [`127.0.0.1:${server.port}`], timeoutMs: 5_000, ...(resolve ? { resolve } : {}) });
}

describe('safeFetch refuses private destinations before connecting', () => {
  it.each([
    ['http://127.0.0.1/', '127.0.0.1 is a loopback address'],
    ['http://[::1]/', '::1 is a loopback address'],
    ['http://10.0.0.1/', '10.0.0.1 is a private address'],
    ['http://172.16.0.1/', '172.16.0.1 is a private address'],
    ['http://192.168.1.1/', '192.168.1.1 is a private address'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address (the cloud metadata endpoint)'],
    ['http://0.0.0.0/', '0.0.0.0 is an unspecified address'],
    ['http://[::]/', ':: is an unspecified address'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1 is an IPv4-mapped IPv6 address of 127.0.0.1, a loopback address'],
    ['http://[::ffff:7f00:1]/', '::ffff:7f00:1 is an IPv4-mapped IPv6 address of 127.0.0.1, a loopback address'],
    ['http://[::ffff:169.254.169.254]/', 'of 169.254.169.254, a link-local address (the cloud metadata endpoint)'],
    ['http://[64:ff9b::10.0.0.1]/', '64:ff9b::a00:1 is a NAT64 IPv6 address of 10.0.0.1, a private address'],
    ['http://[::7f00:1]/', '::7f00:1 is a deprecated IPv4-compatible IPv6 address of 127.0.0.1, a loopback address'],
    ['http://2130706433/', '127.0.0.1 is a loopback address'],
    ['http://0x7f000001/', '127.0.0.1 is a loopback address'],
    ['http://0177.0.0.1/', '127.0.0.1 is a loopback address'],
    ['http://127.1/', '127.0.0.1 is a loopback address'],
    ['http://0x7f.0.0.1/', '127.0.0.1 is a loopback address'],
    ['http://100.64.0.1/', '100.64.0.1 is a carrier-grade NAT (shared) address'],
    ['http://[fe80::1]/', 'fe80::1 is a link-local address'],
    ['http://[fd00::1]/', 'fd00::1 is a unique-local (private) address'],
    ['http://224.0.0.1/', '224.0.0.1 is a multicast address'],
    ['http://255.255.255.255/', '255.255.255.255 is a broadcast address'],
    ['http://240.0.0.1/', '240.0.0.1 is a reserved address'],
    ['http://127.0.0.2:1/', '127.0.0.2 is a loopback address'],
  ])('%s → forbidden: %s', async (url, reason) => {
    const error = await errorOf(testFetch()(url));
    expect(error).toMatchObject({ code: 'forbidden', status: 403, retryable: false });
    expect(error.message).toContain(reason);
    expect(error.message.startsWith('Refused to fetch http://')).toBe(true);
    expect(connects).not.toHaveBeenCalled();
  });

  it('states the URL and the address class in one sentence', async () => {
    const error = await errorOf(testFetch()('http://10.0.0.5/'));
    expect(error.message).toBe('Refused to fetch http://10.0.0.5/: 10.0.0.5 is a private address');
    expect(error.details).toMatchObject({ url: 'http://10.0.0.5/', address: '10.0.0.5', range: 'private', reason: 'address' });
  });

  it('refuses the allowed test address on any other port', async () => {
    const other = server.port === 65_535 ? 65_534 : server.port + 1;
    const error = await errorOf(testFetch()(`http://127.0.0.1:${other}/page`));
    expect(error.code).toBe('forbidden');
    expect(connects).not.toHaveBeenCalled();
  });

  it('refuses localhost through the system resolver', async () => {
    const error = await errorOf(testFetch()('http://localhost/'));
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/^Refused to fetch http:\/\/localhost\/: localhost resolves to (127\.0\.0\.1|::1), a loopback address$/);
    expect(connects).not.toHaveBeenCalled();
  });

  it('refuses a custom name that resolves to a private address', async () => {
    const resolve = vi.fn<HostResolver>(async () => ['10.20.30.40']);
    const error = await errorOf(testFetch(resolve)('https://intranet.shop.test/admin'));
    expect(error.message).toBe('Refused to fetch https://intranet.shop.test/admin: intranet.shop.test resolves to 10.20.30.40, a private address');
    expect(resolve).toHaveBeenCalledWith('intranet.shop.test');
    expect(connects).not.toHaveBeenCalled();
  });

  it('refuses when any one of the resolved addresses is private', async () => {
    const resolve: HostResolver = async () => ['127.0.0.1', '10.0.0.9'];
    const error = await errorOf(testFetch(resolve)(`http://mixed.shop.test:${server.port}/page`));
    expect(error.message).toContain('mixed.shop.test resolves to 10.0.0.9, a private address');
    expect(connects).not.toHaveBeenCalled();
  });

  it('refuses a resolver answer that is not an IP address', async () => {
    const error = await errorOf(testFetch(async () => ['not-an-ip'])('http://odd.shop.test/'));
    expect(error).toMatchObject({ code: 'forbidden' });
    expect(error.message).toContain('not a valid IP address');
  });
});

describe('safeFetch pins each hop to the addresses it checked', () => {
  it('resolves once per hop, so a rebinding answer never reaches the socket', async () => {
    let calls = 0;
    const rebinding: HostResolver = async () => (++calls === 1 ? ['127.0.0.1'] : ['10.0.0.1']);
    const response = await testFetch(rebinding)(`http://rebind.shop.test:${server.port}/page`);
    expect(await response.text()).toBe('<h1>ok</h1>');
    expect(response.remoteAddress).toBe('127.0.0.1');
    expect(calls).toBe(1);
  });

  it('re-resolves and re-checks the host on a redirect hop', async () => {
    let calls = 0;
    const rebinding: HostResolver = async () => (++calls === 1 ? ['127.0.0.1'] : ['10.0.0.1']);
    const start = `http://rebind.shop.test:${server.port}/to?to=/page`;
    const error = await errorOf(testFetch(rebinding)(start));
    expect(error.message).toBe(
      `Refused to fetch http://rebind.shop.test:${server.port}/page (redirected from ${start}): rebind.shop.test resolves to 10.0.0.1, a private address`,
    );
    expect(connects).toHaveBeenCalledTimes(1);
  });
});

describe('safeFetch re-checks every redirect hop', () => {
  it.each([
    ['http://127.0.0.2:PORT/', '127.0.0.2 is a loopback address'],
    ['http://10.0.0.5/', '10.0.0.5 is a private address'],
    ['http://169.254.169.254/latest/meta-data/iam/', '169.254.169.254 is a link-local address (the cloud metadata endpoint)'],
    ['http://[::ffff:10.0.0.5]/', '::ffff:a00:5 is an IPv4-mapped IPv6 address of 10.0.0.5, a private address'],
    ['http://0x0a000005/', '10.0.0.5 is a private address'],
  ])('a redirect to %s is refused after one connection', async (target, reason) => {
    const to = target.replace('PORT', String(server.port));
    const start = server.url(`/to?to=${encodeURIComponent(to)}`);
    const error = await errorOf(testFetch()(start));
    expect(error).toMatchObject({ code: 'forbidden', status: 403 });
    expect(error.message).toContain(`(redirected from ${start}): ${reason}`);
    expect(error.details).toMatchObject({ redirectedFrom: start });
    expect(connects).toHaveBeenCalledTimes(1);
  });

  it('refuses a redirect to a scheme it does not fetch', async () => {
    const start = server.url(`/to?to=${encodeURIComponent('file:///etc/passwd')}`);
    const error = await errorOf(testFetch()(start));
    expect(error).toMatchObject({ code: 'invalid_request', status: 400 });
    expect(error.message).toBe(`Refused to fetch file:///etc/passwd (redirected from ${start}): only https and http URLs are fetched`);
    expect(connects).toHaveBeenCalledTimes(1);
  });
});
