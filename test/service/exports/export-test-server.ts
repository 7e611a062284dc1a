import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import type { Config } from '../../../src/config.ts';
import type { CinematicAds } from '../../../src/contract/interface.ts';
import type { AppEnv } from '../../../src/http/app-env.ts';
import { createHttpApp } from '../../../src/http/create-http-app.ts';
import { listenHttp, type ListeningServer } from '../../../src/http/http-server.ts';
import { type CinematicAdsService, createService } from '../../../src/service/service.ts';
import { memoryKeyValueStore } from '../../../src/store/memory-key-value-store.ts';
import { collectEvents } from '../service-fixture.ts';

export interface ExportTestServer {
  service: CinematicAdsService;
  server: ListeningServer;
  /** The listening server's base URL, which media links point to. */
  baseUrl: string;
  dataDir: string;
  /** Causes of 500s the app logged. */
  logged: unknown[];
  newAccount(): Promise<{ apiKey: string; api: CinematicAds; accountId: string }>;
  /** An authenticated GET on the listening server. */
  get(path: string, apiKey: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The real app over the real service on a socket, with the export settings a test needs (the
 * shared HTTP fixture takes no configuration of its own). Small renders, memory store.
 */
export async function startExportTestServer(config: Partial<Config> = {}): Promise<ExportTestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cinematicads-export-'));
  const full: Config = { dataDir, renderSize: 'small', rateLimits: { default: { limit: 10_000, windowSeconds: 60 } }, ...config };
  let app: Hono<AppEnv> | undefined;
  const server = await listenHttp((request, env) => app!.fetch(request, env), { port: 0, hostname: '127.0.0.1' });
  const service = createService({ config: full, store: memoryKeyValueStore(), publicUrl: server.url, logError: () => {} });
  await service.start();
  const logged: unknown[] = [];
  app = createHttpApp(service, { config: full, version: '0.0.0-test', publicUrl: server.url, logError: (_message, cause) => logged.push(cause) });
  return {
    service,
    server,
    baseUrl: server.url,
    dataDir,
    logged,
    async newAccount() {
      const account = await service.accounts.createAccount({ name: 'Export test', plan: 'agency', credits: 20 });
      const key = await service.accounts.createApiKey(account.id, { name: 'test' });
      const caller = await service.authenticate({ apiKey: key.key });
      if (!caller) throw new Error('the new key did not authenticate');
      return { apiKey: key.key, api: service.forAccount(caller), accountId: account.id };
    },
    get: (path, apiKey, init = {}) => fetch(`${server.url}${path}`, { ...init, headers: { authorization: `Bearer ${apiKey}`, ...init.headers } }),
    async close() {
      await server.close(500);
      await service.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Launches a small cinematic job and waits for its result; returns its id. */
export async function renderSmallJob(api: CinematicAds, concept: string, formats = '9:16'): Promise<string> {
  const { jobId } = await api.launchWorkflow({ type: 'cinematic', concept, formats });
  const events = await collectEvents(api, jobId);
  const result = events.at(-1);
  if (result?.event !== 'result' || !result.data.success) throw new Error(`the job did not complete: ${JSON.stringify(result)}`);
  return jobId;
}
