import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/contract/openapi.ts';
import { operations } from '../../src/contract/operations.ts';
import { launchResponse } from '../../src/contract/schemas/launch-response.ts';
import { launchRequest } from '../../src/contract/schemas/launch.ts';
import { topLevelEnvelope } from '../../src/contract/schemas/envelope.ts';
import { webhookEventTypes } from '../../src/contract/schemas/webhooks.ts';

type Json = Record<string, any>;

const doc = buildOpenApiDocument({ version: '9.9.9', serverUrl: 'https://ads.example.com' }) as Json;
const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
const operationAt = (method: string, path: string): Json => doc.paths[openApiPath(path)][method.toLowerCase()];
const byName = (name: string): Json => {
  const operation = operations.find((candidate) => candidate.name === name)!;
  return operationAt(operation.method, operation.path);
};

function* refsIn(value: unknown): Generator<string> {
  if (Array.isArray(value)) for (const item of value) yield* refsIn(item);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') yield child;
      else yield* refsIn(child);
    }
  }
}

function resolvePointer(pointer: string): unknown {
  if (!pointer.startsWith('#/')) return undefined;
  return pointer
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Json)[part] : undefined), doc);
}

describe('OpenAPI document', () => {
  it('is an OpenAPI 3.1 document with info, servers, paths and components', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'CinematicAds API', version: '9.9.9' });
    expect(doc.servers).toEqual([{ url: 'https://ads.example.com' }]);
    expect(buildOpenApiDocument({ version: '1.0.0' }).servers).toBeUndefined();
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('describes every operation of the table at its path, with a unique operationId', () => {
    for (const operation of operations) {
      expect(operationAt(operation.method, operation.path)?.operationId, operation.name).toBe(operation.name);
    }
    const ids = Object.values(doc.paths as Json).flatMap((path) => Object.values(path as Json).map((op) => (op as Json).operationId));
    const webhookIds = Object.values(doc.webhooks as Json).map((entry) => (entry as Json).post.operationId);
    expect(ids).toHaveLength(operations.length);
    expect(new Set([...ids, ...webhookIds]).size).toBe(ids.length + webhookIds.length);
  });

  it('resolves every $ref it contains', () => {
    const refs = [...refsIn(doc)];
    expect(refs.length).toBeGreaterThan(50);
    const dangling = [...new Set(refs)].filter((ref) => resolvePointer(ref) === undefined);
    expect(dangling).toEqual([]);
  });

  it('declares every path template variable as a required path parameter', () => {
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      const variables = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      for (const operation of Object.values(item as Json)) {
        const declared = ((operation as Json).parameters as Json[]).filter((parameter) => parameter.in === 'path');
        expect(declared.map((parameter) => parameter.name)).toEqual(variables);
        for (const parameter of declared) expect(parameter.required).toBe(true);
      }
    }
  });

  it('shows the seed launch example, with its fields at the top level of the response', () => {
    const launch = operationAt('POST', '/api/workflow');
    const request = launch.requestBody.content['application/json'];
    expect(request.example).toEqual({
      type: 'cinematic',
      concept: 'Luxury perfume ad with golden tones',
      quality: 'premium',
      formats: '9:16,1:1',
      async: true,
    });
    expect(launchRequest.safeParse(request.example).success).toBe(true);
    expect(Object.keys(request.schema.properties)).toEqual(
      expect.arrayContaining(['type', 'url', 'concept', 'quality', 'async', 'models', 'formats', 'seasonal', 'framework', 'hitl']),
    );
    const response = launch.responses['200'].content['application/json'];
    expect(response.example).toEqual({ success: true, jobId: 'wf_abc123xyz', message: 'Workflow queued', cost: 2 });
    expect(topLevelEnvelope(launchResponse).safeParse(response.example).success).toBe(true);
    expect(Object.keys(response.schema.properties)).toEqual(['success', 'jobId', 'message', 'cost', 'status', 'result']);
    expect(response.schema.required).toEqual(['success', 'jobId', 'message', 'cost']);
  });

  it('wraps every other JSON response in { success, data }', () => {
    const credits = byName('get_credits').responses['200'].content['application/json'].schema;
    expect(credits.required).toEqual(['success', 'data']);
    expect(credits.properties.success.const).toBe(true);
    expect(credits.properties.data.properties.balance.type).toBe('integer');
  });

  it('answers errors with the error envelope, by status, as each operation implies', () => {
    const statuses = (name: string) => Object.keys(byName(name).responses).sort();
    expect(statuses('launch_workflow')).toEqual(['200', '400', '401', '402', '403', '429', '500', '503']);
    expect(statuses('get_workflow')).toEqual(['200', '400', '401', '403', '404', '429', '500']);
    expect(statuses('get_health')).toEqual(['200', '429', '500', '503']);
    expect(byName('get_workflow').responses['404']).toEqual({ $ref: '#/components/responses/NotFound' });

    const errorSchema = doc.components.schemas.ErrorResponse;
    expect(errorSchema.required).toEqual(['success', 'error']);
    expect(Object.keys(errorSchema.properties)).toEqual(['success', 'error', 'code', 'details']);
    const paymentRequired = doc.components.responses.PaymentRequired;
    expect(paymentRequired.content['application/json'].example.error).toBe('Insufficient credits. Required: 2, available: 0');
    expect(doc.components.responses.TooManyRequests.headers['Retry-After']).toEqual({ $ref: '#/components/headers/RetryAfter' });
  });

  it('secures authenticated routes by bearer key or session cookie, and leaves the public ones open', () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({ type: 'apiKey', in: 'cookie' });
    expect(byName('launch_workflow').security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    for (const name of ['get_health', 'get_models_status', 'get_openapi_document']) expect(byName(name).security).toEqual([]);
  });

  it('describes the SSE stream, the binaries and the multipart upload by content type', () => {
    const stream = byName('get_workflow_stream');
    const events = stream.responses['200'].content['text/event-stream'];
    expect(events['x-event-schema'].oneOf).toHaveLength(4);
    expect(events.example).toContain('event: result');
    expect(stream.parameters).toContainEqual({ $ref: '#/components/parameters/LastEventId' });
    expect(stream.parameters).toContainEqual(expect.objectContaining({ name: 'jobId', in: 'query', required: true }));

    expect(Object.keys(byName('export_video').responses['200'].content)).toEqual(['video/mp4']);
    expect(Object.keys(byName('export_projects').responses['200'].content)).toEqual(['application/zip']);
    const upload = byName('upload_knowledge_file').requestBody.content['multipart/form-data'].schema;
    expect(upload.properties.file).toMatchObject({ type: 'string', format: 'binary', maxLength: 10 * 1024 * 1024 });
  });

  it('takes idempotency keys on the operations that spend credits only', () => {
    const withKey = operations
      .filter((operation) => JSON.stringify(operationAt(operation.method, operation.path).parameters).includes('IdempotencyKey'))
      .map((operation) => operation.name);
    expect(withKey).toEqual(['launch_workflow', 'launch_batch']);
  });

  it('documents query parameters with their defaults and optionality', () => {
    const stats = byName('get_stats').parameters;
    expect(stats.map((parameter: Json) => [parameter.name, parameter.required])).toEqual([['startDate', false], ['endDate', false]]);
    expect(stats[0].schema.format).toBe('date');
    expect(byName('get_analytics').parameters[0]).toMatchObject({ name: 'period', schema: { default: '30d', enum: ['7d', '30d', '90d'] } });
  });

  it('lists the webhook deliveries, one per seed event type', () => {
    expect(Object.keys(doc.webhooks)).toEqual([...webhookEventTypes]);
    const failed = doc.webhooks['workflow.failed'].post.requestBody.content['application/json'].schema;
    expect(failed.properties.data.required).toEqual(expect.arrayContaining(['jobId', 'error', 'refunded']));
  });

  it('keeps the route overview stable', () => {
    const overview = Object.entries(doc.paths as Json).flatMap(([path, item]) =>
      Object.entries(item as Json).map(([method, op]) => {
        const { operationId, responses } = op as Json;
        return `${method.toUpperCase()} ${path} ${operationId} [${Object.keys(responses).join(' ')}]`;
      }),
    );
    expect(overview).toMatchSnapshot();
  });
});
