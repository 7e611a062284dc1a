import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Hono } from 'hono';
import type { Config } from '../../src/config.ts';
import type { AppEnv } from '../../src/http/app-env.ts';
import { createHttpApp } from '../../src/http/create-http-app.ts';
import { listenHttp, type ListeningServer } from '../../src/http/http-server.ts';
import type { McpHttpSettings } from '../../src/mcp/http/mcp-http-settings.ts';
import { type CinematicAdsService, createService } from '../../src/service/service.ts';
import { memoryKeyValueStore } from '../../src/store/memory-key-value-store.ts';

export interface McpHttpFixture {
  server: ListeningServer;
  service: CinematicAdsService;
  /** `http://127.0.0.1:PORT/mcp` */
  mcpUrl: string;
  logged: unknown[];
  newAccount(credits?: number): Promise<{ accountId: string; apiKey: string }>;
  /** An SDK client connected over Streamable HTTP with the key as Bearer token. */
  connect(apiKey: string): Promise<{ client: Client; transport: StreamableHTTPClientTransport }>;
  close(): Promise<void>;
}

/** `serve` as the command wires it — REST, media and /mcp on one listening port — over a memory store. */
export async function startMcpHttp(options: { mcp?: McpHttpSettings; config?: Partial<Config> } = {}): Promise<McpHttpFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cinematicads-mcp-http-'));
  const config: Config = { dataDir, renderSize: 'small', ...options.config };
  let app: Hono<AppEnv> | undefined;
  const server = await listenHttp((request, env) => app!.fetch(request, env), { port: 0, hostname: '127.0.0.1' });
  const service = createService({ config, store: memoryKeyValueStore(), publicUrl: server.url, logError: () => {} });
  await service.start();
  const closing = new AbortController();
  const logged: unknown[] = [];
  app = createHttpApp(service, {
    config,
    version: '0.0.0-test',
    publicUrl: server.url,
    closing: closing.signal,
    logError: (_message, cause) => logged.push(cause),
    mcp: options.mcp ?? {},
  });
  const mcpUrl = `${server.url}/mcp`;
  return {
    server,
    service,
    mcpUrl,
    logged,
    async newAccount(credits = 20) {
      const account = await service.accounts.createAccount({ name: 'MCP over HTTP', plan: 'agency', credits });
      const key = await service.accounts.createApiKey(account.id, { name: 'test' });
      return { accountId: account.id, apiKey: key.key };
    },
    async connect(apiKey) {
      const transport = new StreamableHTTPClientTransport(new URL(mcpUrl), { requestInit: { headers: { Authorization: `Bearer ${apiKey}` } } });
      const client = new Client({ name: 'http-test', version: '1.0.0' });
      await client.connect(transport);
      return { client, transport };
    },
    async close() {
      closing.abort();
      await server.close(1000);
      await service.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The JSON-RPC initialize request, for raw requests. */
export const initializeRequest = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
};

/** Headers a Streamable HTTP client sends with a POST. */
export const postHeaders = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' };
