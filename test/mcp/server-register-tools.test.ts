import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CallToolResultSchema, ElicitRequestSchema, type CallToolResult, type Progress } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CinematicAdsError } from '../../src/contract/errors.ts';
import type { CinematicAds } from '../../src/contract/interface.ts';
import { registerTool } from '../../src/mcp/register-tools.ts';
import { defineTool, type ToolContext, type ToolDefinition } from '../../tools/tool-definition.ts';
import { errorOf, textsOf } from './server-connection.ts';

const readOnly = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
// The adapter never touches the API itself: the tools under test do, and these do not.
const api = {} as CinematicAds;

/** One server with the given tools, and a client that may declare form elicitation. */
async function connect(tools: ToolDefinition[], options: { elicitation?: boolean } = {}) {
  const logged: unknown[] = [];
  const server = new McpServer({ name: 'adapter-test', version: '1' }, { capabilities: { tools: {} } });
  for (const tool of tools) registerTool(server, api, { version: '1', logError: (_message, cause) => logged.push(cause) }, tool);
  const client = new Client({ name: 'c', version: '1' }, { capabilities: options.elicitation ? { elicitation: { form: {} } } : {} });
  if (options.elicitation) client.setRequestHandler(ElicitRequestSchema, async () => ({ action: 'accept', content: { decision: 'approve' } }));
  const [a, b] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(b), client.connect(a)]);
  return { client, logged, close: () => Promise.all([client.close(), server.close()]) };
}

const call = async (client: Client, name: string, args: Record<string, unknown>, onprogress?: (progress: Progress) => void) =>
  (await client.callTool({ name, arguments: args }, CallToolResultSchema, onprogress ? { onprogress } : {})) as CallToolResult;

const echo = defineTool({
  name: 'echo',
  title: 'Echo',
  description: 'Echoes. Free.',
  toolset: 'platform',
  input: z.object({ word: z.string().min(2, 'must be at least 2 characters').describe('A word'), times: z.number().int().default(1).describe('How often') }),
  output: z.object({ said: z.string() }),
  annotations: readOnly,
  async handler({ word, times }) {
    return {
      structured: { said: Array(times).fill(word).join(' ') },
      summary: 'Said it.',
      links: [{ uri: 'https://media.test/a.mp4', name: 'a.mp4', mimeType: 'video/mp4', description: 'A video' }],
      images: [{ data: 'iVBORw0KGgo=', mimeType: 'image/png' }],
    };
  },
});

describe('the tool adapter (register-tools)', () => {
  it('answers structured content, a summary with the JSON, resource links and images', async () => {
    const { client, close } = await connect([echo]);
    try {
      const result = await call(client, 'echo', { word: 'hi', times: 2 });
      expect(result.structuredContent).toEqual({ said: 'hi hi' });
      expect(result.content).toEqual([
        { type: 'text', text: 'Said it.\n{"said":"hi hi"}' },
        { type: 'resource_link', uri: 'https://media.test/a.mp4', name: 'a.mp4', mimeType: 'video/mp4', description: 'A video' },
        { type: 'image', data: 'iVBORw0KGgo=', mimeType: 'image/png' },
      ]);
    } finally {
      await close();
    }
  });

  it('turns invalid arguments into an isError result naming each field and its reason, never a protocol error', async () => {
    const { client, close } = await connect([echo]);
    try {
      const short = errorOf(await call(client, 'echo', { word: 'h', times: 1.5 }));
      expect(short).toEqual({
        success: false,
        code: 'invalid_request',
        error: 'Invalid arguments: word: must be at least 2 characters; times: Invalid input: expected int, received number',
        details: { fields: ['word', 'times'] },
      });
      expect(errorOf(await call(client, 'echo', {})).error).toBe('Invalid arguments: word: Invalid input: expected string, received undefined');
    } finally {
      await close();
    }
  });

  it('answers "Internal server error" for a bug, and logs its cause; a result outside the output schema is one', async () => {
    const broken = defineTool({ ...echo, name: 'broken', handler: async () => Promise.reject(new TypeError('undefined is not a function')) });
    const drifting = defineTool({ ...echo, name: 'drifting', handler: async () => ({ structured: { said: 42 } as unknown as { said: string } }) });
    const refusing = defineTool({
      ...echo,
      name: 'refusing',
      handler: async () => Promise.reject(new CinematicAdsError('conflict', 'The job is not waiting for a review')),
    });
    const { client, logged, close } = await connect([broken, drifting, refusing]);
    try {
      expect(errorOf(await call(client, 'broken', { word: 'hi' }))).toEqual({ success: false, error: 'Internal server error', code: 'internal' });
      expect(errorOf(await call(client, 'drifting', { word: 'hi' }))).toMatchObject({ error: 'Internal server error', code: 'internal' });
      expect(errorOf(await call(client, 'refusing', { word: 'hi' }))).toEqual({ success: false, error: 'The job is not waiting for a review', code: 'conflict' });
      expect(logged).toHaveLength(2);
      expect(String(logged[0])).toContain('undefined is not a function');
      expect(String(logged[1])).toContain('drifting returned a result outside its output schema');
    } finally {
      await close();
    }
  });

  it('sends progress only to a caller that asked for it, and only increasing', async () => {
    const reporting = defineTool({
      ...echo,
      name: 'reporting',
      async handler(_args, context: ToolContext) {
        for (const [progress, message] of [[10, 'a'], [10, 'again'], [5, 'back'], [60, 'b'], [100, 'c']] as const) {
          await context.progress({ progress, total: 100, message });
        }
        return { structured: { said: 'done' } };
      },
    });
    const { client, close } = await connect([reporting]);
    try {
      const received: Progress[] = [];
      await call(client, 'reporting', { word: 'go' }, (progress) => received.push(progress));
      expect(received).toEqual([
        { progress: 10, total: 100, message: 'a' },
        { progress: 60, total: 100, message: 'b' },
        { progress: 100, total: 100, message: 'c' },
      ]);
      // No progressToken: the tool may report, nothing is sent.
      expect(textsOf(await call(client, 'reporting', { word: 'go' }))[0]).toContain('done');
    } finally {
      await close();
    }
  });

  it('offers elicitation only to a client that declared it, and hands its answer back', async () => {
    const asking = defineTool({
      ...echo,
      name: 'asking',
      async handler(_args, context: ToolContext) {
        if (!context.elicit) return { structured: { said: 'no one to ask' } };
        const answer = await context.elicit({
          message: 'Approve the storyboard?',
          requestedSchema: { type: 'object', properties: { decision: { type: 'string', enum: ['approve', 'reject'] } }, required: ['decision'] },
        });
        return { structured: { said: answer.action === 'accept' ? String(answer.content.decision) : answer.action } };
      },
    });
    const without = await connect([asking]);
    const withForms = await connect([asking], { elicitation: true });
    try {
      expect((await call(without.client, 'asking', { word: 'go' })).structuredContent).toEqual({ said: 'no one to ask' });
      expect((await call(withForms.client, 'asking', { word: 'go' })).structuredContent).toEqual({ said: 'approve' });
    } finally {
      await without.close();
      await withForms.close();
    }
  });

  it("aborts the tool's signal when the client cancels the call", async () => {
    // The abort's reason, in a box: a promise resolved with a promise would wait for it.
    let started!: (handle: { aborted: Promise<unknown> }) => void;
    const running = new Promise<{ aborted: Promise<unknown> }>((resolve) => (started = resolve));
    const waiting = defineTool({
      ...echo,
      name: 'waiting',
      async handler(_args, { signal }) {
        const aborted = new Promise((resolve) => signal.addEventListener('abort', () => resolve(signal.reason), { once: true }));
        started({ aborted });
        await aborted;
        return { structured: { said: 'stopped' } };
      },
    });
    const { client, close } = await connect([waiting]);
    try {
      const controller = new AbortController();
      const pending = client.callTool({ name: 'waiting', arguments: { word: 'go' } }, CallToolResultSchema, { signal: controller.signal });
      const { aborted } = await running;
      controller.abort('the user changed their mind');
      await expect(pending).rejects.toThrow();
      expect(await aborted).toBe('the user changed their mind');
    } finally {
      await close();
    }
  });
});
