import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CallToolResultSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { CinematicAds } from '../../src/contract/interface.ts';
import { createMcpServer } from '../../src/mcp/create-mcp-server.ts';
import { inProcessMediaReader } from '../../src/mcp/in-process-media.ts';
import type { McpServerOptions } from '../../src/mcp/mcp-server-options.ts';
import type { ServiceHost } from '../../src/service/service-ports.ts';
import { publicUrl } from '../service/service-fixture.ts';

export interface ServerConnection {
  client: Client;
  server: McpServer;
  /** Internal errors the server logged (never sent to the client). */
  logged: Array<{ message: string; cause: unknown }>;
  /** tools/call, typed as the plain result (not a task). */
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  close(): Promise<void>;
}

/** A real SDK client, over an in-memory transport, to the whole MCP server on one account of a started service (its media read in process). */
export async function connectServer(
  fixture: { service: Pick<ServiceHost, 'openMedia'> },
  api: CinematicAds,
  options: Partial<McpServerOptions> = {},
): Promise<ServerConnection> {
  const logged: ServerConnection['logged'] = [];
  const server = createMcpServer(api, {
    version: '0.0.0-test',
    readMedia: inProcessMediaReader(fixture.service),
    apiUrl: publicUrl,
    logError: (message, cause) => logged.push({ message, cause }),
    ...options,
  });
  const client = new Client({ name: 'server-tests', version: '1.0.0' });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  return {
    client,
    server,
    logged,
    call: async (name, args = {}) => (await client.callTool({ name, arguments: args }, CallToolResultSchema)) as CallToolResult,
    async close() {
      await client.close();
      await server.close();
    },
  };
}

/** The text blocks of a result, in order. */
export function textsOf(result: CallToolResult): string[] {
  return result.content.flatMap((block) => (block.type === 'text' ? [block.text] : []));
}

/** The error body an isError result carries as its second text block (`{success:false, error, code, details?}`). */
export function errorOf(result: CallToolResult): { success: false; error: string; code: string; details?: Record<string, unknown> } {
  if (!result.isError) throw new Error(`expected an error result, got ${JSON.stringify(result.structuredContent)}`);
  const [sentence, body] = textsOf(result);
  const wire = JSON.parse(body ?? '{}');
  if (wire.error !== sentence) throw new Error('the first text block should be the error sentence');
  return wire;
}

/** The structured content of a successful result (fails the test on an error result). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on the shape themselves
export function structuredOf(result: CallToolResult): any {
  if (result.isError) throw new Error(`the tool failed: ${textsOf(result).join(' | ')}`);
  return result.structuredContent;
}

/** What a thrown call of the API says, to compare with what a tool says for the same call. */
export async function failureOf(call: () => Promise<unknown>): Promise<{ message: string; code: string } | null> {
  try {
    await call();
    return null;
  } catch (error) {
    const { message, code } = error as { message: string; code: string };
    return { message, code };
  }
}
