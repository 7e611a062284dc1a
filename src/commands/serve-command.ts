import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Hono } from 'hono';
import { loadConfig, type Config } from '../config.ts';
import { CinematicAdsError } from '../contract/errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { createHttpApp } from '../http/create-http-app.ts';
import { listenHttp } from '../http/http-server.ts';
import { ensureLocalAccount, type LocalAccount } from '../service/local-account.ts';
import { packageVersion } from '../service/package-version.ts';
import { createService } from '../service/service.ts';
import { lockDataFolder } from './data-folder-lock.ts';
import { storeFileName } from '../store/create-key-value-store.ts';

interface ServeOptions {
  port: number;
  host: string;
  data?: string;
  publicUrl?: string;
}

/** Requests in flight get this long to finish on shutdown before their sockets are cut. */
const shutdownGraceMs = 5000;

/** `cinematicads serve`: the REST API, SSE and media on one port, over a data folder. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Serve the CinematicAds API (REST, live progress, media) over a data folder')
    .option('--port <port>', 'port to listen on; 0 picks a free one', parsePort, 3000)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--data <dir>', 'data folder (default: $CINEMATICADS_DATA or ~/.cinematicads)')
    .option('--public-url <url>', 'base URL clients reach this server at, used in media links (default: http://localhost:PORT)')
    .action((options: ServeOptions) => serve(options));
}

async function serve(options: ServeOptions): Promise<void> {
  const config = loadConfig(process.env, options.data === undefined ? {} : { dataDir: resolve(options.data) });
  const unlock = lockDataFolder(config.dataDir, '`cinematicads serve`');
  process.once('exit', unlock);
  let app: Hono<AppEnv> | undefined;
  // Listen first: the service signs media links with the real address, known only once bound (--port 0).
  const server = await listenHttp((request, env) => (app ? app.fetch(request, env) : startingUp()), { port: options.port, hostname: options.host });
  const publicUrl = (options.publicUrl ?? `http://${localName(options.host)}:${server.port}`).replace(/\/+$/, '');
  const service = createService({ config, publicUrl });
  const closing = new AbortController();
  app = createHttpApp(service, { config, version: packageVersion, publicUrl, closing: closing.signal, mcp: config.mcp ?? {} });

  let local: LocalAccount | null;
  try {
    local = await ensureLocalAccount(service, config.dataDir);
    await service.start();
  } catch (error) {
    // A server that cannot start must not keep the port (and the process) alive.
    await server.close(0);
    await service.close();
    throw error;
  }
  print(`CinematicAds API ${packageVersion} listening on ${server.url} (public URL ${publicUrl}), data in ${config.dataDir}`);
  print(`MCP (Streamable HTTP) at ${publicUrl}/mcp with an API key as Bearer token; for desktop assistants: cinematicads mcp`);
  if (local) print(firstStartMessage(local, config, publicUrl));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(130); // a second Ctrl-C means now
    stopping = true;
    print(`${signal}: closing streams, finishing requests in flight, then stopping`);
    closing.abort();
    await server.close(shutdownGraceMs);
    await service.close();
    unlock();
    print('Stopped.');
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));
}

/** The key is printed here once and never again: the store keeps only its hash. */
function firstStartMessage(local: LocalAccount, config: Config, publicUrl: string): string {
  const where = config.store === 'memory' ? 'the account lives in memory only (CINEMATICADS_STORE=memory)' : `the server keeps only its hash, in ${join(local.storedIn, storeFileName)}`;
  return [
    '',
    `First start: created the local account ${local.account.id} (${local.account.plan}).`,
    `Its API key, shown this once; store it now (${where}):`,
    '',
    `  ${local.apiKey.key}`,
    '',
    'Try it:',
    `  curl -X POST ${publicUrl}/api/workflow \\`,
    `  -H "Authorization: Bearer ${local.apiKey.key}" \\`,
    '  -H "Content-Type: application/json" \\',
    `  -d '{"type": "cinematic", "concept": "Luxury perfume ad with golden tones", "quality": "premium", "formats": "9:16,1:1", "async": true}'`,
    '',
    'More keys and accounts: cinematicads admin --help',
    '',
  ].join('\n');
}

/** A request in the instant between binding the port and wiring the service. */
function startingUp(): Response {
  const error = new CinematicAdsError('unavailable', 'The server is starting; retry in a moment');
  return Response.json(error.toWire(), { status: error.status, headers: { 'Retry-After': '1' } });
}

/** Links should name a host clients can reach: a wildcard bind is reached as localhost. */
function localName(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '127.0.0.1' || host === '::1') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

function parsePort(text: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw new CinematicAdsError('invalid_request', `--port must be a number from 0 to 65535, not "${text}"`);
  return Number(text);
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}
