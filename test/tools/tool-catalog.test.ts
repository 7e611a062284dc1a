import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { operations } from '../../src/contract/operations.ts';
import { selectTools, toolCatalog, toolNameForOperation } from '../../tools/tool-catalog.ts';
import { toolsets } from '../../tools/tool-definition.ts';

const byName = new Map(toolCatalog.map((tool) => [tool.name, tool]));
const operationByName = new Map<string, (typeof operations)[number]>(operations.map((operation) => [operation.name, operation]));

/** Tools that reach addresses a caller chooses: source pages, documents on the web, webhook receivers, videos. */
const openWorldTools = ['launch_workflow', 'launch_batch', 'add_knowledge_url', 'export_video', 'create_webhook', 'redeliver_webhook_delivery'];

/** Every property of a JSON Schema, at any depth, with its path. */
function propertiesOf(schema: Record<string, unknown>, path = ''): Array<{ path: string; schema: Record<string, unknown> }> {
  const found: Array<{ path: string; schema: Record<string, unknown> }> = [];
  const visit = (node: unknown, at: string) => {
    if (typeof node !== 'object' || node === null) return;
    const { properties, items, anyOf, oneOf } = node as Record<string, unknown>;
    for (const [name, property] of Object.entries((properties ?? {}) as Record<string, Record<string, unknown>>)) {
      found.push({ path: `${at}${name}`, schema: property });
      visit(property, `${at}${name}.`);
    }
    if (items) visit(items, `${at}[].`);
    for (const alternative of [...((anyOf as unknown[]) ?? []), ...((oneOf as unknown[]) ?? [])]) visit(alternative, at);
  };
  visit(schema, path);
  return found;
}

describe('the tool catalog', () => {
  it('has a tool for every operation of the contract, named after it (the stream: follow_workflow)', () => {
    for (const operation of operations) {
      const name = toolNameForOperation[operation.name] ?? operation.name;
      expect(byName.has(name), `no tool for the operation ${operation.name}`).toBe(true);
    }
    expect(toolNameForOperation).toEqual({ get_workflow_stream: 'follow_workflow' });
    for (const tool of toolCatalog.filter((tool) => tool.operation)) {
      expect(operationByName.has(tool.operation!), `${tool.name} names an unknown operation`).toBe(true);
      expect(tool.name === tool.operation || toolNameForOperation[tool.operation!] === tool.name, `${tool.name} wraps ${tool.operation} under another name`).toBe(true);
    }
  });

  it('names every tool once, in snake_case, with a title and a toolset', () => {
    expect(new Set(toolCatalog.map((tool) => tool.name)).size).toBe(toolCatalog.length);
    for (const tool of toolCatalog) {
      expect(tool.name).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
      expect(tool.title.length).toBeGreaterThan(3);
      expect(toolsets).toContain(tool.toolset);
    }
    expect(byName.get('estimate_cost')).toMatchObject({ toolset: 'workflows', annotations: { readOnlyHint: true } });
  });

  it('states all four annotations on every tool, true to the operation it wraps', () => {
    for (const tool of toolCatalog) {
      const { readOnlyHint, destructiveHint, idempotentHint, openWorldHint } = tool.annotations;
      for (const hint of [readOnlyHint, destructiveHint, idempotentHint, openWorldHint]) expect(typeof hint, tool.name).toBe('boolean');
      if (readOnlyHint) expect(destructiveHint, `${tool.name} reads only, so it destroys nothing`).toBe(false);
      expect(openWorldHint, `${tool.name}: openWorldHint`).toBe(openWorldTools.includes(tool.name));
      const operation = tool.operation ? operationByName.get(tool.operation) : undefined;
      // follow_workflow is more than the stream it reads: it passes the human's review on and cancels the job when its call is cancelled.
      if (!operation || toolNameForOperation[operation.name] === tool.name) continue;
      if (operation.method === 'GET') expect({ readOnlyHint, destructiveHint }, tool.name).toEqual({ readOnlyHint: true, destructiveHint: false });
      if (operation.method === 'GET') expect(idempotentHint, tool.name).toBe(true);
      if (operation.method === 'DELETE') expect({ readOnlyHint, destructiveHint }, tool.name).toEqual({ readOnlyHint: false, destructiveHint: true });
      if (operation.method === 'POST') expect(readOnlyHint, tool.name).toBe(false);
      // A retry pays again unless the caller sends an idempotency key, which is optional.
      if (operation.spendsCredits) expect(idempotentHint, tool.name).toBe(false);
    }
  });

  it('describes every input field, at every depth, and has an object output schema', () => {
    for (const tool of toolCatalog) {
      const input = z.toJSONSchema(tool.input, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
      for (const { path, schema } of propertiesOf(input)) {
        expect(typeof schema.description === 'string' && schema.description.length > 5, `${tool.name}: input field ${path} has no description`).toBe(true);
      }
      const output = z.toJSONSchema(tool.output, { io: 'output' }) as Record<string, unknown>;
      expect(output.type, tool.name).toBe('object');
    }
  });

  it('writes descriptions for a model: what it costs, and the alternative tool where one exists', () => {
    for (const tool of toolCatalog) {
      expect(tool.description, `${tool.name} says nothing of its cost`).toMatch(/free|credit/i);
      expect(tool.description.length, tool.name).toBeLessThan(2000);
    }
    // Tools that have a sibling for the other case name it.
    const alternatives: Record<string, string> = {
      get_stats: 'get_analytics',
      get_analytics: 'get_stats',
      launch_batch: 'launch_workflow',
      add_knowledge_url: 'upload_knowledge_file',
      upload_knowledge_file: 'add_knowledge_url',
      list_knowledge_sources: 'search_knowledge',
      export_projects: 'export_video',
      get_credits: 'estimate_cost',
      create_webhook: 'follow_workflow',
      get_brand: 'save_brand',
      save_brand: 'get_brand',
    };
    for (const [name, alternative] of Object.entries(alternatives)) expect(byName.get(name)?.description, name).toContain(alternative);
  });

  it('selects tools by toolset and read-only mode', () => {
    expect(selectTools()).toEqual([...toolCatalog]);
    const knowledge = selectTools({ toolsets: ['knowledge'] });
    expect(knowledge.map((tool) => tool.name).sort()).toEqual(
      ['add_knowledge_url', 'delete_knowledge_source', 'list_knowledge_sources', 'search_knowledge', 'upload_knowledge_file'],
    );
    const readOnly = selectTools({ readOnly: true });
    expect(readOnly.length).toBeGreaterThan(10);
    expect(readOnly.every((tool) => tool.annotations.readOnlyHint)).toBe(true);
    expect(readOnly.map((tool) => tool.name)).not.toContain('launch_batch');
    expect(selectTools({ toolsets: ['account', 'brand'], readOnly: true }).map((tool) => tool.name)).toEqual(
      toolCatalog.filter((tool) => ['account', 'brand'].includes(tool.toolset) && tool.annotations.readOnlyHint).map((tool) => tool.name),
    );
  });
});
