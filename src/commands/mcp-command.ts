import { resolve } from 'node:path';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.ts';
import { CinematicAdsError } from '../contract/errors.ts';
import { createMcpServer } from '../mcp/create-mcp-server.ts';
import { inProcessMediaReader } from '../mcp/in-process-media.ts';
import { resolveLocalCaller } from '../mcp/local-caller.ts';
import { maxMcpMessageBytes } from '../mcp/mcp-message-limit.ts';
import { packageVersion } from '../service/package-version.ts';
import { createService } from '../service/service.ts';
import { lockDataFolder } from './data-folder-lock.ts';
import { toolsets, type Toolset } from '../../tools/tool-definition.ts';

interface McpOptions {
  data?: string;
  apiKey?: string;
  toolsets?: string;
  readOnly?: boolean;
  publicUrl: string;
}

/** Where `cinematicads serve` listens by default: the links in results point there. */
const defaultPublicUrl = 'http://localhost:3000';

/**
 * `cinematicads mcp`: the MCP server over stdio, for desktop assistants, on the in-process service
 * over a data folder. stdout carries the protocol and nothing else: every log line goes to stderr.
 */
export function registerMcpCommand(program: Command): void {
  program
    .command('mcp')
    .description('Serve the MCP tools over stdio for desktop assistants (Claude Desktop, Cursor, VS Code), over a data folder')
    .option('--data <dir>', 'data folder (default: $CINEMATICADS_DATA or ~/.cinematicads)')
    .option('--api-key <key>', 'act as the account of this key (default: $CINEMATICADS_API_KEY, else the local account of the data folder)')
    .option('--toolsets <list>', 'comma-separated toolsets to expose: workflows, batches, account, brand, knowledge, webhooks, platform (default: all, or $CINEMATICADS_MCP_TOOLSETS)')
    .option('--read-only', 'expose only the tools that change nothing (or $CINEMATICADS_MCP_READ_ONLY=true)')
    .option('--public-url <url>', 'where `cinematicads serve` is reached on this data folder, for the links in results', defaultPublicUrl)
    .action((options: McpOptions) => serveStdio(options));
}

async function serveStdio(options: McpOptions): Promise<void> {
  const config = mcpConfig(options);
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const unlock = lockDataFolder(config.dataDir, '`cinematicads mcp`');
  process.once('exit', unlock);
  const service = createService({ config, publicUrl });
  let server: ReturnType<typeof createMcpServer> | undefined;
  let stopping: Promise<void> | undefined;
  // Renders in progress stop where they are and resume on the next start, as with `serve`.
  const stop = () => (stopping ??= Promise.resolve(server?.close()).then(() => service.close()).then(unlock));
  try {
    const caller = await resolveLocalCaller(service, { apiKey: options.apiKey ?? process.env.CINEMATICADS_API_KEY, dataDir: config.dataDir, log });
    await service.start();
    server = createMcpServer(service.forAccount(caller), {
      version: packageVersion,
      toolsets: config.mcp?.toolsets,
      readOnly: config.mcp?.readOnly,
      readMedia: inProcessMediaReader(service),
      apiUrl: publicUrl,
      logError: (message, cause) => log(`${message}: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`),
    });
    await server.connect(new StdioServerTransport(process.stdin, process.stdout, { maxBufferSize: maxMcpMessageBytes }));
    log(`CinematicAds MCP ${packageVersion} on stdio as account ${caller.account.id}, data in ${config.dataDir}`);
  } catch (error) {
    await stop();
    throw error;
  }
  // The client ends the session by closing our stdin (or by a signal).
  process.stdin.once('end', () => void stop());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop());
}

/** The environment's configuration with the flags on top; flags are validated like the variables they stand for. */
function mcpConfig(options: McpOptions): Config {
  const dataDir = options.data === undefined ? {} : { dataDir: resolve(options.data) };
  const fromEnv = loadConfig(process.env, dataDir);
  const flags = {
    ...(options.toolsets !== undefined ? { toolsets: parseToolsets(options.toolsets) } : {}),
    ...(options.readOnly ? { readOnly: true } : {}),
  };
  return loadConfig(process.env, { ...dataDir, mcp: { ...fromEnv.mcp, ...flags } as Config['mcp'] });
}

function parseToolsets(text: string): Toolset[] {
  const names = text.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(toolsets as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new CinematicAdsError('invalid_request', `--toolsets must list toolsets among ${toolsets.join(', ')}${unknown.length ? `; not "${unknown.join('", "')}"` : ''}`);
  }
  return names as Toolset[];
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}
