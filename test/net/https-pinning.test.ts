import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetch } from '../../src/net/safe-fetch.ts';
import { errorOf } from './error-of.ts';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { SecureContext } from 'node:tls';

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const opensslPresent = hasOpenssl();
if (!opensslPresent) console.warn('Skipping the HTTPS pinning test: the openssl binary is absent, so no test certificate can be made.');

describe.skipIf(!opensslPresent)('https through the guarded lookup', () => {
  let server: Server;
  let port = 0;
  let dir = '';
  const serverNames: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'safe-fetch-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=shop.test', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], {
      stdio: 'ignore',
    });
    const key = readFileSync(join(dir, 'key.pem'));
    const cert = readFileSync(join(dir, 'cert.pem'));
    const context = createSecureContext({ key, cert });
    // Records the name the client asked for in its hello (SNI) before the handshake fails.
    const SNICallback = (name: string, done: (error: Error | null, ctx?: SecureContext) => void): void => {
      serverNames.push(name);
      done(null, context);
    };
    server = createServer({ key, cert, SNICallback }, (_req, res) => res.end('secret'));
    server.on('tlsClientError', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('connects to the pinned address, presents the host name for SNI, and verifies the certificate', async () => {
    const safeFetch = createSafeFetch({ allowPrivateFor: [`127.0.0.1:${port}`], resolve: async () => ['127.0.0.1'] });
    const error = await errorOf(safeFetch(`https://shop.test:${port}/`));
    // A self-signed certificate is not trusted: the TLS failure proves verification is on.
    expect(error).toMatchObject({ code: 'unavailable', retryable: true });
    expect(error.message).toMatch(/^Could not fetch https:\/\/shop\.test:\d+\/: TLS failure \(DEPTH_ZERO_SELF_SIGNED_CERT\)$/);
    expect(serverNames).toEqual(['shop.test']);
  });
});
