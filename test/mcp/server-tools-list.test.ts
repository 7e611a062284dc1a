import { describe, expect, it } from 'vitest';
import { selectTools } from '../../tools/tool-catalog.ts';
import { serviceForFile } from '../service/service-fixture.ts';
import { connectServer, textsOf } from './server-connection.ts';

const fixture = serviceForFile('mcp-tools-list');

/** What tools/list costs a model's context, by the usual rule of thumb: 4 characters a token. */
const tokensOf = (value: unknown) => Math.ceil(JSON.stringify(value).length / 4);

describe('tools/list', () => {
  it('lists every tool of the catalog with its title, annotations, input and output schemas — snapshotted so drift shows in review', async () => {
    const { api } = await fixture.account();
    const mcp = await connectServer(fixture, api);
    try {
      const { tools } = await mcp.client.listTools();
      const plain = tools.filter((tool) => tool.execution?.taskSupport !== 'required');
      expect(plain.map((tool) => tool.name)).toEqual(selectTools().map((tool) => tool.name));
      for (const tool of tools) {
        expect(tool.title, tool.name).toBeTruthy();
        expect(Object.keys(tool.annotations ?? {}).sort(), tool.name).toEqual(
          expect.arrayContaining(['destructiveHint', 'idempotentHint', 'openWorldHint', 'readOnlyHint']),
        );
        expect(tool.outputSchema?.type, tool.name).toBe('object');
        expect(tool.inputSchema.type, tool.name).toBe('object');
      }
      expect(tools).toMatchSnapshot();
    } finally {
      await mcp.close();
    }
  });

  it('stays under 8,000 tokens (characters / 4) for the full list', async () => {
    const { api } = await fixture.account();
    const mcp = await connectServer(fixture, api);
    try {
      const { tools } = await mcp.client.listTools();
      expect(tokensOf(tools)).toBeLessThan(8000);
    } finally {
      await mcp.close();
    }
  });

  it("lists each input with the fields and descriptions of the tool's own schema", async () => {
    const { api } = await fixture.account();
    const mcp = await connectServer(fixture, api);
    try {
      const { tools } = await mcp.client.listTools();
      const stats = tools.find((tool) => tool.name === 'get_stats')!;
      expect(stats.inputSchema).toEqual({
        type: 'object',
        properties: {
          startDate: { type: 'string', format: 'date', description: expect.stringContaining('YYYY-MM-DD') },
          endDate: { type: 'string', format: 'date', description: expect.stringContaining('YYYY-MM-DD') },
        },
      });
      const upload = tools.find((tool) => tool.name === 'upload_knowledge_file')!;
      expect(upload.inputSchema.required).toEqual(['filename']);
      expect(Object.keys(upload.inputSchema.properties ?? {})).toEqual(['filename', 'contentBase64', 'text']);
      // Outputs list their fields and types; nullable ones as anyOf, the portable spelling.
      const credits = tools.find((tool) => tool.name === 'get_credits')!;
      expect(credits.outputSchema).toEqual({
        type: 'object',
        properties: { balance: { type: 'integer' }, plan: { type: 'string' }, trialEndsAt: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
      });
    } finally {
      await mcp.close();
    }
  });

  it('exposes only the chosen toolsets, and only read-only tools in read-only mode; hidden tools cannot be called', async () => {
    const { api } = await fixture.account();
    const chosen = await connectServer(fixture, api, { toolsets: ['brand', 'platform'] });
    const readOnly = await connectServer(fixture, api, { readOnly: true });
    try {
      const names = (await chosen.client.listTools()).tools.map((tool) => tool.name);
      expect(names).toEqual(selectTools({ toolsets: ['brand', 'platform'] }).map((tool) => tool.name));
      expect(names).toContain('save_brand');
      expect(names).not.toContain('get_credits');
      const hidden = await chosen.call('get_credits');
      expect(hidden.isError).toBe(true);
      expect(textsOf(hidden).join(' ')).toMatch(/get_credits not found/);

      const { tools } = await readOnly.client.listTools();
      expect(tools.length).toBeGreaterThan(10);
      expect(tools.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
      const refused = await readOnly.call('save_brand', { name: 'Acme' });
      expect(refused.isError).toBe(true);
      expect(await api.getBrand()).toBeNull();
    } finally {
      await chosen.close();
      await readOnly.close();
    }
  });
});
