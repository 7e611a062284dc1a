import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { CinematicAds } from '../../src/contract/interface.ts';
import { methodNameOf, type MethodNameOf } from '../../src/contract/method-names.ts';
import { operations, type BinaryResponse } from '../../src/contract/operations.ts';
import type { creditBalance } from '../../src/contract/schemas/credits.ts';
import type { launchResponse } from '../../src/contract/schemas/launch-response.ts';
import type { WorkflowEvent } from '../../src/contract/schemas/workflow-events.ts';

describe('CinematicAds interface', () => {
  it('names one method per operation', () => {
    expect(operations.map((operation) => methodNameOf(operation.name))).toContain('getWorkflowStream');
    expect(methodNameOf('list_webhook_deliveries')).toBe('listWebhookDeliveries');
    expectTypeOf<MethodNameOf<'get_batch_status'>>().toEqualTypeOf<'getBatchStatus'>();
  });

  it('types arguments from the input schemas and results from the output schemas', () => {
    type Launch = CinematicAds['launchWorkflow'];
    expectTypeOf<Parameters<Launch>[0]>().toHaveProperty('type');
    expectTypeOf<Parameters<Launch>[0]['quality']>().toEqualTypeOf<'standard' | 'premium' | undefined>();
    expectTypeOf<Awaited<ReturnType<Launch>>>().toEqualTypeOf<z.output<typeof launchResponse>>();
    expectTypeOf<Awaited<ReturnType<CinematicAds['getCredits']>>>().toEqualTypeOf<z.output<typeof creditBalance>>();
    expectTypeOf<Parameters<CinematicAds['reviewWorkflow']>[0]>().toHaveProperty('jobId');
    expectTypeOf<Parameters<CinematicAds['reviewWorkflow']>[0]>().toHaveProperty('action');
  });

  it('streams events and downloads binaries', () => {
    expectTypeOf<ReturnType<CinematicAds['getWorkflowStream']>>().toEqualTypeOf<AsyncIterable<WorkflowEvent>>();
    expectTypeOf<Parameters<CinematicAds['getWorkflowStream']>[1]>().toEqualTypeOf<
      { lastEventId?: string; signal?: AbortSignal } | undefined
    >();
    expectTypeOf<Awaited<ReturnType<CinematicAds['exportVideo']>>>().toEqualTypeOf<BinaryResponse>();
    expectTypeOf<Awaited<ReturnType<CinematicAds['exportProjects']>>>().toEqualTypeOf<BinaryResponse>();
  });
});
