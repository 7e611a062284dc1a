import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyticsQuery } from '../../src/contract/schemas/analytics.ts';
import { createApiKeyRequest } from '../../src/contract/schemas/api-keys.ts';
import { statsQuery } from '../../src/contract/schemas/stats.ts';
import { describeZodError } from '../../src/contract/validation.ts';

const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be refused`);
  return describeZodError(result.error);
};

describe('stats query', () => {
  it('takes an optional range of YYYY-MM-DD days', () => {
    expect(statsQuery.parse({})).toEqual({});
    expect(statsQuery.parse({ startDate: '2025-01-01', endDate: '2025-01-31' })).toEqual({ startDate: '2025-01-01', endDate: '2025-01-31' });
  });

  it('refuses impossible days, other formats and reversed ranges', () => {
    expect(messageOf(statsQuery, { startDate: '2025-02-30' })).toBe('startDate: must be a date written YYYY-MM-DD, e.g. "2025-01-31"');
    expect(messageOf(statsQuery, { endDate: '31/01/2025' })).toContain('endDate: must be a date written YYYY-MM-DD');
    expect(messageOf(statsQuery, { startDate: '2025-02-01', endDate: '2025-01-31' })).toBe('endDate must be on or after startDate (2025-02-01)');
  });
});

describe('analytics query', () => {
  it('defaults to 30d and accepts 7d and 90d', () => {
    expect(analyticsQuery.parse({})).toEqual({ period: '30d' });
    expect(analyticsQuery.parse({ period: '7d' })).toEqual({ period: '7d' });
    expect(analyticsQuery.parse({ period: '90d' })).toEqual({ period: '90d' });
  });

  it('lists the periods when given another', () => {
    expect(messageOf(analyticsQuery, { period: '1y' })).toBe('period: must be one of "7d", "30d", "90d"');
  });
});

describe('API key creation', () => {
  it('names a key by default and refuses an empty name', () => {
    expect(createApiKeyRequest.parse({})).toEqual({ name: 'API key' });
    expect(messageOf(createApiKeyRequest, { name: '  ' })).toBe('name: must not be empty');
  });
});
