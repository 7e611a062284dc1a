import { describe, expect, it } from 'vitest';
import { CinematicAdsError } from '../../src/contract/errors.ts';
import { fillPath, parseOperationInput, splitOperationArgs } from '../../src/contract/operation-args.ts';
import { operationsByName } from '../../src/contract/operations.ts';

const { review_workflow, list_webhook_deliveries, get_credits, get_analytics, launch_workflow, get_workflow } = operationsByName;

describe('splitOperationArgs', () => {
  it('puts each flat argument where the operation reads it', () => {
    expect(splitOperationArgs(review_workflow, { jobId: 'wf_1', action: 'revise', notes: 'Warmer' })).toEqual({
      params: { jobId: 'wf_1' },
      query: {},
      body: { action: 'revise', notes: 'Warmer' },
    });
    expect(splitOperationArgs(list_webhook_deliveries, { webhookId: 'wh_1', limit: 5 })).toEqual({
      params: { webhookId: 'wh_1' },
      query: { limit: 5 },
      body: undefined,
    });
  });

  it('drops undefined values, and unknown keys when there is no body to reject them', () => {
    expect(splitOperationArgs(get_credits, { extra: 1 })).toEqual({ params: {}, query: {}, body: undefined });
    expect(splitOperationArgs(launch_workflow, { type: 'cinematic', concept: undefined })).toEqual({
      params: {},
      query: {},
      body: { type: 'cinematic' },
    });
  });
});

describe('parseOperationInput', () => {
  it('applies defaults and coercions', () => {
    expect(parseOperationInput(get_analytics, { query: {} }).query).toEqual({ period: '30d' });
    expect(parseOperationInput(list_webhook_deliveries, { params: { webhookId: 'wh_1' }, query: { limit: '50' } })).toEqual({
      params: { webhookId: 'wh_1' },
      query: { limit: 50 },
      body: undefined,
    });
  });

  it('says which part of the request is wrong', () => {
    expect(() => parseOperationInput(get_analytics, { query: { period: '1y' } })).toThrow('Invalid query: period: must be one of "7d", "30d", "90d"');
    expect(() => parseOperationInput(get_workflow, { params: { jobId: 'wf 1' } })).toThrow(/^Invalid path parameters: jobId: must be a job id/);
    expect(() => parseOperationInput(launch_workflow, { body: { type: 'clone' } })).toThrow('Invalid request body: url is required for type "clone"');
  });
});

describe('fillPath', () => {
  it('fills and escapes path parameters', () => {
    expect(fillPath(get_workflow, { jobId: 'wf_1' })).toBe('/api/workflow/wf_1');
    expect(fillPath(get_workflow, { jobId: 'a/b' })).toBe('/api/workflow/a%2Fb');
  });

  it('refuses to build a path with a parameter missing', () => {
    expect(() => fillPath(get_workflow, {})).toThrow(CinematicAdsError);
    expect(() => fillPath(get_workflow, {})).toThrow('jobId is required for /api/workflow/:jobId');
  });
});
