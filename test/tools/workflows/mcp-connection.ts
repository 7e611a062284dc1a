import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ElicitRequestSchema, type ElicitRequest, type ElicitResult } from '@modelcontextprotocol/sdk/types.js';
import type { CinematicAds } from '../../../src/contract/interface.ts';
import { createMcpServer } from '../../../src/mcp/create-mcp-server.ts';
import { inProcessMediaReader } from '../../../src/mcp/in-process-media.ts';
import type { ServiceFixture } from '../../service/service-fixture.ts';

export interface McpConnection {
  client: Client;
  server: McpServer;
  /** Elicitation requests the client received, in order. */
  questions: ElicitRequest['params'][];
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Declares form elicitation and answers each question with the next of these. */
  answers?: ElicitResult[];
  readOnly?: boolean;
  /** Logged internal errors land here (a test fails on any it did not expect). */
  logged?: unknown[];
}

/**
 * A real SDK client over an in-memory transport to the whole MCP server on one account of a started
 * service; unlike test/mcp/server-connection.ts, it can declare elicitation and play the human.
 */
export async function connectMcp(fixture: ServiceFixture, api: CinematicAds, options: ConnectOptions = {}): Promise<McpConnection> {
  const server = createMcpServer(api, {
    version: 'test',
    readMedia: inProcessMediaReader(fixture.service),
    ...(options.readOnly ? { readOnly: true } : {}),
    logError: (_message, cause) => options.logged?.push(cause),
  });

  const questions: ElicitRequest['params'][] = [];
  const answers = options.answers ? [...options.answers] : undefined;
  const client = new Client({ name: 'workflow-tests', version: '1.0.0' }, { capabilities: answers ? { elicitation: { form: {} } } : {} });
  if (answers) {
    client.setRequestHandler(ElicitRequestSchema, async (request) => {
      questions.push(request.params);
      const answer = answers.shift();
      if (!answer) throw new Error('the test gave no answer for this question');
      return answer;
    });
  }
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  return {
    client,
    server,
    questions,
    async close() {
      await client.close();
      await server.close();
    },
  };
}
