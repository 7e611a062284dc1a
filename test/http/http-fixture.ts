import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import type { Config } from '../../src/config.ts';
import type { AppEnv } from '../../src/http/app-env.ts';
import { createHttpApp } from '../../src/http/create-http-app.ts';
import { listenHttp, type ListeningServer } from '../../src/http/http-server.ts';
import type { Plan, ServiceHost } from '../../src/service/service-ports.ts';
import { type CinematicAdsService, createService } from '../../src/service/service.ts';
import { memoryKeyValueStore } from '../../src/store/memory-key-value-store.ts';

export interface TestAccount {
  accountId: string;
  apiKey: string;
}

export interface HttpFixture {
  app: Hono<AppEnv>;
  /** The real service behind the app. */
  service: CinematicAdsService;
  /** Set when the fixture was asked to listen: the app on 127.0.0.1, which media links point to. */
  server: ListeningServer | undefined;
  /** Base URL for requests: the listening server's, else a placeholder for `app.request`. */
  baseUrl: string;
  /** Aborting it ends open streams, as a shutdown does. */
  closing: AbortController;
  /** Causes of 500s the app logged (never sent to clients). */
  logged: Array<{ message: string; cause: unknown }>;
  newAccount(options?: { credits?: number; plan?: Plan }): Promise<TestAccount>;
  /** A web session token for the cookie. */
  newSession(accountId: string): Promise<string>;
  close(): Promise<void>;
}

export interface HttpFixtureOptions {
  rateLimits?: Config['rateLimits'];
  sseHeartbeatMs?: number;
  /** Serve on a real socket (streaming, disconnects, curl-like clients). */
  listen?: boolean;
  /** Fault injection: the host the app sees, built around the real one. */
  wrapHost?: (host: ServiceHost) => ServiceHost;
}

/** The app over the real service (memory store, small renders, a temp data folder), started. */
export async function createHttpFixture(options: HttpFixtureOptions = {}): Promise<HttpFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cinematicads-http-'));
  const config: Config = {
    dataDir,
    renderSize: 'small',
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
    ...(options.sseHeartbeatMs ? { sseHeartbeatMs: options.sseHeartbeatMs } : {}),
  };
  let app: Hono<AppEnv> | undefined;
  // The server listens first so the service can sign media links with its real address.
  const server = options.listen
    ? await listenHttp((request, env) => app!.fetch(request, env), { port: 0, hostname: '127.0.0.1' })
    : undefined;
  const baseUrl = server?.url ?? 'http://localhost';
  const service = createService({ config, store: memoryKeyValueStore(), publicUrl: baseUrl, logError: () => {} });
  await service.start();
  const closing = new AbortController();
  const logged: HttpFixture['logged'] = [];
  const host = options.wrapHost ? options.wrapHost(service) : service;
  app = createHttpApp(host, {
    config,
    version: '0.0.0-test',
    publicUrl: baseUrl,
    closing: closing.signal,
    logError: (message, cause) => logged.push({ message, cause }),
  });

  return {
    app,
    service,
    server,
    baseUrl,
    closing,
    logged,
    async newAccount({ credits = 20, plan = 'agency' } = {}) {
      const account = await service.accounts.createAccount({ name: 'HTTP test', plan, credits });
      const key = await service.accounts.createApiKey(account.id, { name: 'test' });
      return { accountId: account.id, apiKey: key.key };
    },
    async newSession(accountId) {
      return (await service.accounts.createSession(accountId)).token;
    },
    async close() {
      closing.abort();
      await server?.close(1000);
      await service.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A response's JSON body, loosely typed for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on the shape themselves
export async function jsonOf(res: Response): Promise<any> {
  return res.json();
}
