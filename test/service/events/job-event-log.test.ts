import { describe, expect, it } from 'vitest';
import type { WorkflowEvent } from '../../../src/contract/schemas/workflow-events.ts';
import { inProcessEventBus } from '../../../src/service/events/event-bus.ts';
import { createJobEventLog } from '../../../src/service/events/job-event-log.ts';
import { followJobEvents } from '../../../src/service/events/job-event-subscription.ts';
import { memoryKeyValueStore } from '../../../src/store/memory-key-value-store.ts';

const step = (progress: number) => ({ event: 'step' as const, data: { step: 'script' as const, status: 'completed' as const, progress } });
const result = { event: 'result' as const, data: { success: false as const, error: 'stopped', refunded: 1 } };

async function drain(events: AsyncIterable<WorkflowEvent>): Promise<WorkflowEvent[]> {
  const seen: WorkflowEvent[] = [];
  for await (const event of events) seen.push(event);
  return seen;
}

describe('the job event log', () => {
  it('numbers each job\'s events 1, 2, 3… and keeps numbering after a restart on the same store', async () => {
    const store = memoryKeyValueStore();
    const first = createJobEventLog({ store, bus: inProcessEventBus() });
    expect((await first.append('wf_a', step(10))).id).toBe('1');
    expect((await first.append('wf_b', step(10))).id).toBe('1');
    expect((await first.append('wf_a', step(20))).id).toBe('2');
    const second = createJobEventLog({ store, bus: inProcessEventBus() });
    expect((await second.append('wf_a', step(30))).id).toBe('3');
    expect((await second.history('wf_a', 1)).map((event) => event.id)).toEqual(['2', '3']);
  });

  it('numbers concurrent appends without a gap or a repeat', async () => {
    const log = createJobEventLog({ store: memoryKeyValueStore(), bus: inProcessEventBus() });
    const ids = await Promise.all(Array.from({ length: 50 }, (_, i) => log.append('wf_c', step(i)).then((event) => Number(event.id))));
    expect([...ids].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('follows a job: history after the given id, then live events, ending after the result', async () => {
    const log = createJobEventLog({ store: memoryKeyValueStore(), bus: inProcessEventBus() });
    await log.append('wf_d', step(5));
    await log.append('wf_d', step(12));
    const following = drain(followJobEvents(log, 'wf_d', { afterSeq: 1 }));
    await log.append('wf_d', step(20));
    await log.append('wf_d', result);
    await log.append('wf_d', step(99)); // nothing after a result reaches a follower
    expect((await following).map((event) => [event.id, event.event])).toEqual([
      ['2', 'step'],
      ['3', 'step'],
      ['4', 'result'],
    ]);
    // A follower arriving after the end replays the history and result, then ends.
    expect((await drain(followJobEvents(log, 'wf_d'))).map((event) => event.id)).toEqual(['1', '2', '3', '4']);
  });

  it('ends a follower when its signal aborts, and a return() while waiting ends it at once', async () => {
    const log = createJobEventLog({ store: memoryKeyValueStore(), bus: inProcessEventBus() });
    const controller = new AbortController();
    const waiting = followJobEvents(log, 'wf_e', { signal: controller.signal });
    const next = waiting.next();
    controller.abort();
    expect(await next).toEqual({ done: true, value: undefined });

    const other = followJobEvents(log, 'wf_e');
    const pending = other.next();
    await other.return!();
    expect(await pending).toEqual({ done: true, value: undefined });
  });
});
