import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findOperation, operations, operationsByName } from '../../src/contract/operations.ts';
import { methodNameOf } from '../../src/contract/method-names.ts';

/** Every route of spec/API.md, seed and ext, written out so this test fails when one goes missing. */
const specRoutes = [
  ['launch_workflow', 'POST /api/workflow', 'launch', 'seed'],
  ['get_workflow_stream', 'GET /api/workflow/stream', 'stream', 'seed'],
  ['get_workflow', 'GET /api/workflow/:jobId', 'default', 'ext'],
  ['review_workflow', 'POST /api/workflow/:jobId/review', 'default', 'ext'],
  ['cancel_workflow', 'POST /api/workflow/:jobId/cancel', 'default', 'ext'],
  ['launch_batch', 'POST /api/batch', 'launch', 'ext'],
  ['get_batch_status', 'GET /api/batch/status', 'default', 'seed'],
  ['get_credits', 'GET /api/user/credits', 'default', 'seed'],
  ['get_stats', 'GET /api/user/stats', 'default', 'seed'],
  ['get_analytics', 'GET /api/user/analytics', 'default', 'seed'],
  ['list_projects', 'GET /api/user/projects', 'default', 'seed'],
  ['export_projects', 'GET /api/user/projects/export', 'default', 'seed'],
  ['list_api_keys', 'GET /api/user/keys', 'default', 'ext'],
  ['create_api_key', 'POST /api/user/keys', 'default', 'ext'],
  ['revoke_api_key', 'DELETE /api/user/keys', 'default', 'ext'],
  ['get_brand', 'GET /api/user/brand', 'default', 'seed'],
  ['save_brand', 'POST /api/user/brand', 'default', 'seed'],
  ['add_knowledge_url', 'POST /api/user/brand/knowledge/urls', 'default', 'seed'],
  ['upload_knowledge_file', 'POST /api/user/brand/knowledge/files', 'default', 'seed'],
  ['list_knowledge_sources', 'GET /api/user/brand/knowledge', 'default', 'ext'],
  ['delete_knowledge_source', 'DELETE /api/user/brand/knowledge/:sourceId', 'default', 'ext'],
  ['search_knowledge', 'GET /api/user/brand/knowledge/search', 'default', 'ext'],
  ['list_webhooks', 'GET /api/webhooks', 'default', 'ext'],
  ['create_webhook', 'POST /api/webhooks', 'default', 'ext'],
  ['delete_webhook', 'DELETE /api/webhooks', 'default', 'ext'],
  ['list_webhook_deliveries', 'GET /api/webhooks/:webhookId/deliveries', 'default', 'ext'],
  ['redeliver_webhook_delivery', 'POST /api/webhooks/:webhookId/deliveries/:deliveryId/redeliver', 'default', 'ext'],
  ['get_models_status', 'GET /api/models/status', 'default', 'seed'],
  ['get_health', 'GET /api/health', 'default', 'seed'],
  ['export_video', 'GET /api/export', 'default', 'seed'],
  ['get_openapi_document', 'GET /openapi.json', 'default', 'seed'],
] as const;

const routeOf = (operation: { method: string; path: string }) => `${operation.method} ${operation.path}`;
/** Parameter names are ours to choose; compare the shape of the path only. */
const normalise = (route: string) => route.replace(/\{[^}]+\}|:[A-Za-z0-9_]+/g, ':param');

const specFile = new URL('../../../shared/spec/API.md', import.meta.url);
const seedFile = new URL('../../../shared/seed/000_4b0dbd9982c680f0.txt', import.meta.url);

describe('operation table', () => {
  it('has exactly the routes of the spec, each once, with its name, rate class and source', () => {
    const table = operations.map((operation) => [operation.name, routeOf(operation), operation.rateClass, operation.source]);
    expect(table).toEqual(specRoutes.map((route) => [...route]));
  });

  it('uses each name, method+path pair and method name once', () => {
    const names = operations.map((operation) => operation.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(operations.map(routeOf)).size).toBe(operations.length);
    expect(new Set(names.map(methodNameOf)).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
  });

  it.skipIf(!existsSync(specFile))('matches the routes written in spec/API.md', () => {
    const spec = readFileSync(specFile, 'utf8');
    const found = new Set<string>();
    for (const match of spec.matchAll(/\b((?:GET|POST|PUT|PATCH|DELETE)(?:\|(?:GET|POST|PUT|PATCH|DELETE))*) (\/[A-Za-z0-9_./{}-]+)/g)) {
      for (const method of match[1]!.split('|')) found.add(normalise(`${method} ${match[2]}`));
    }
    // The spec names the OpenAPI document by its path alone ("`/openapi.json`").
    expect(spec).toContain('`/openapi.json`');
    found.add('GET /openapi.json');
    // [ext] routes the spec implies without writing out: its webhook deliveries are "retried … and logged", and redelivery acts on that log.
    found.add(normalise('POST /api/webhooks/:webhookId/deliveries/:deliveryId/redeliver'));
    expect([...found].sort()).toEqual(operations.map((operation) => normalise(routeOf(operation))).sort());
  });

  it.skipIf(!existsSync(seedFile))('marks as seed exactly the paths the hosted docs show', () => {
    const seed = readFileSync(seedFile, 'utf8');
    // The scrape runs paths together ("/api/workflow/api/batch/status"): a segment named "api" starts a new path.
    const seedPaths = new Set([...seed.matchAll(/\/api(?:\/(?!api\b)[a-z-]+)+/g)].map((match) => match[0]));
    if (seed.includes('openapi.json')) seedPaths.add('/openapi.json');
    const seedOperationPaths = new Set(operations.filter((operation) => operation.source === 'seed').map((operation) => operation.path));
    expect([...seedOperationPaths].sort()).toEqual([...seedPaths].sort());
  });

  it('finds operations by name, and nothing for an unknown name', () => {
    expect(findOperation('launch_workflow')).toBe(operationsByName.launch_workflow);
    expect(findOperation('launch_workflows')).toBeUndefined();
    expect(findOperation('toString')).toBeUndefined();
  });

  it('lists a static path before any parameterised path that could swallow it', () => {
    operations.forEach((operation, index) => {
      const pattern = new RegExp(`^${operation.path.replace(/:[A-Za-z0-9_]+/g, '[^/]+')}$`);
      const shadowed = operations
        .slice(index + 1)
        .filter((later) => later.method === operation.method && later.path !== operation.path && pattern.test(later.path));
      expect(shadowed.map((later) => later.name), `${operation.name} shadows`).toEqual([]);
    });
  });
});

describe('each operation', () => {
  it.each(operations.map((operation) => [operation.name, operation] as const))('%s is described and typed consistently', (_name, operation) => {
    expect(operation.summary.length).toBeGreaterThan(10);
    expect(operation.summary.length).toBeLessThanOrEqual(80);
    expect(operation.description.length).toBeGreaterThan(80);
    expect(operation.description).toMatch(/free|credit/i);
    expect(operation.tags.length).toBeGreaterThan(0);
    expect(operation.path).toMatch(/^\/(?:api\/|openapi\.json$)/);

    const pathParams = [...operation.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1]);
    expect(Object.keys(operation.input.params?.shape ?? {})).toEqual(pathParams);
    if (operation.method === 'GET' || operation.method === 'DELETE') expect(operation.input.body).toBeUndefined();

    const { kind } = operation.response;
    expect(operation.output === null).toBe(kind === 'binary');
    expect(operation.envelope === 'top-level').toBe(operation.name === 'launch_workflow');
    if (kind !== 'json') expect(operation.envelope).toBe('none');
    expect(operation.spendsCredits).toBe(operation.rateClass === 'launch');
    if (operation.spendsCredits) expect(operation.method).toBe('POST');
  });

  it.each(operations.map((operation) => [operation.name, operation] as const))('%s uses each argument name in one place only', (_name, operation) => {
    const { params, query, body } = operation.input;
    const keys = [params, query, body].flatMap((schema) => Object.keys(schema?.shape ?? {}));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(operations.map((operation) => [operation.name, operation] as const))('%s describes every field it reads or returns', (_name, operation) => {
    const { params, query, body } = operation.input;
    const missing = [
      ...[params, query, body].flatMap((schema) => (schema ? undescribedFields(z.toJSONSchema(schema, { io: 'input' })) : [])),
      ...(operation.output ? undescribedFields(z.toJSONSchema(operation.output, { io: 'output' })) : []),
    ];
    expect(missing).toEqual([]);
  });
});

/** Paths of object properties without a description, anywhere in a JSON Schema. */
function undescribedFields(schema: unknown, at = '$'): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item, index) => undescribedFields(item, `${at}[${index}]`));
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const missing: string[] = [];
  if (node.properties && typeof node.properties === 'object') {
    for (const [key, property] of Object.entries(node.properties)) {
      const hasDescription = (value: unknown): boolean => {
        if (typeof value !== 'object' || value === null) return false;
        const candidate = value as Record<string, unknown>;
        if (typeof candidate.description === 'string') return true;
        // `x.optional().nullable()` wraps the described schema in anyOf.
        return Array.isArray(candidate.anyOf) && candidate.anyOf.some(hasDescription);
      };
      if (!hasDescription(property)) missing.push(`${at}.${key}`);
    }
  }
  for (const [key, value] of Object.entries(node)) missing.push(...undescribedFields(value, key === 'properties' ? at : `${at}.${key}`));
  return missing;
}
