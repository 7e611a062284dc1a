import { describe, expect, it } from 'vitest';
import { listedInputSchema, listedOutputSchema } from '../../src/mcp/listed-json-schema.ts';

describe('the schemas tools/list carries', () => {
  it('keeps inputs whole but for limits and the descriptions of parts of fields', () => {
    const input = {
      type: 'object',
      properties: {
        workflows: {
          type: 'array',
          minItems: 1,
          maxItems: 20,
          description: 'The workflows to launch',
          items: { type: 'object', description: 'One workflow', properties: { type: { type: 'string', enum: ['a', 'b'], description: 'Type' } }, required: ['type'] },
        },
        id: { type: 'string', pattern: '^[a-z]+$', maxLength: 100, description: 'An id' },
        limit: { type: 'integer', minimum: 1, maximum: 20, default: 5, description: 'How many' },
      },
      required: ['workflows', 'id'],
    };
    expect(listedInputSchema(input)).toEqual({
      type: 'object',
      properties: {
        workflows: {
          type: 'array',
          description: 'The workflows to launch',
          items: { type: 'object', properties: { type: { type: 'string', enum: ['a', 'b'] } }, required: ['type'] },
        },
        id: { type: 'string', description: 'An id' },
        limit: { type: 'integer', default: 5, description: 'How many' },
      },
      required: ['workflows', 'id'],
    });
  });

  it('lists outputs as their top-level fields and types, nullable ones as anyOf', () => {
    const output = {
      type: 'object',
      properties: {
        jobId: { type: 'string', pattern: '^x', description: 'Job' },
        status: { type: 'string', enum: ['queued', 'running'] },
        cost: { type: 'integer', minimum: 0 },
        steps: { type: 'array', items: { type: 'object', properties: { step: { type: 'string' } } } },
        brand: { anyOf: [{ type: 'object', properties: { name: { type: 'string' } } }, { type: 'null' }] },
        result: { oneOf: [{ type: 'object', properties: { success: { type: 'boolean', const: true } } }, { type: 'object' }] },
        ok: { const: true },
        anything: {},
      },
      required: ['jobId'],
      additionalProperties: false,
    };
    expect(listedOutputSchema(output)).toEqual({
      type: 'object',
      properties: {
        jobId: { type: 'string' },
        status: { type: 'string' },
        cost: { type: 'integer' },
        steps: { type: 'array' },
        brand: { anyOf: [{ type: 'object' }, { type: 'null' }] },
        result: { type: 'object' },
        ok: { type: 'boolean' },
        anything: {},
      },
    });
  });
});
