import { describe, expect, it } from 'vitest';
import { createDeliveryScheduler } from '../../../src/service/webhooks/delivery-scheduler.ts';

/** A run that waits until the test releases it, recording concurrency. */
function controlledRuns() {
  const releases = new Map<string, () => void>();
  const started: string[] = [];
  let active = 0;
  let peak = 0;
  const signals: AbortSignal[] = [];
  const run = (deliveryId: string, signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      started.push(deliveryId);
      signals.push(signal);
      active += 1;
      peak = Math.max(peak, active);
      const done = () => {
        active -= 1;
        resolve();
      };
      releases.set(deliveryId, done);
      signal.addEventListener('abort', done, { once: true });
    });
  return { run, started, releases, signals, peak: () => peak };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the delivery scheduler', () => {
  it('caps attempts per endpoint and overall, and lets endpoints take turns', async () => {
    const runs = controlledRuns();
    const scheduler = createDeliveryScheduler({ concurrency: 3, perEndpoint: 2, run: runs.run });
    scheduler.start();
    for (const id of ['a1', 'a2', 'a3', 'a4']) scheduler.schedule(id, 'wh_a', 0);
    for (const id of ['b1', 'b2']) scheduler.schedule(id, 'wh_b', 0);
    await tick();
    // Two of endpoint a (its cap), one of b (the overall cap), not a third of a.
    expect(runs.started).toEqual(['a1', 'a2', 'b1']);
    runs.releases.get('a1')!();
    await tick();
    expect(runs.started).toEqual(['a1', 'a2', 'b1', 'a3']);
    runs.releases.get('b1')!();
    await tick();
    expect(runs.started.at(-1)).toBe('b2');
    for (const id of ['a2', 'a3', 'b2']) runs.releases.get(id)!();
    await tick();
    runs.releases.get('a4')!();
    await tick();
    expect(runs.started).toHaveLength(6);
    expect(runs.peak()).toBe(3);
    expect(scheduler.size()).toBe(0);
    await scheduler.close();
  });

  it('holds due work until started, runs a delivery once however often it is scheduled, and forgets a cancelled one', async () => {
    const runs = controlledRuns();
    const scheduler = createDeliveryScheduler({ concurrency: 10, perEndpoint: 10, run: runs.run });
    scheduler.schedule('d1', 'wh_a', 0);
    scheduler.schedule('d1', 'wh_a', 0);
    scheduler.schedule('d2', 'wh_a', 1);
    scheduler.schedule('d3', 'wh_a', 60_000);
    scheduler.cancel('d2');
    await tick();
    expect(runs.started).toEqual([]);
    scheduler.start();
    await tick();
    expect(runs.started).toEqual(['d1']);
    expect(scheduler.size()).toBe(2);
    // Due again while running (its next retry was set from inside the run): it runs after, not beside, itself.
    scheduler.schedule('d1', 'wh_a', 0);
    await tick();
    expect(runs.started).toEqual(['d1']);
    runs.releases.get('d1')!();
    await tick();
    expect(runs.started).toEqual(['d1', 'd1']);
    runs.releases.get('d1')!();
    await scheduler.close();
  });

  it('aborts the runs in flight at close and waits for them', async () => {
    const runs = controlledRuns();
    const scheduler = createDeliveryScheduler({ concurrency: 2, perEndpoint: 2, run: runs.run });
    scheduler.start();
    scheduler.schedule('d1', 'wh_a', 0);
    scheduler.schedule('d2', 'wh_a', 0);
    scheduler.schedule('d3', 'wh_a', 0);
    await tick();
    await scheduler.close();
    expect(runs.signals.every((signal) => signal.aborted)).toBe(true);
    expect(runs.started).toEqual(['d1', 'd2']);
    scheduler.schedule('d4', 'wh_a', 0);
    await tick();
    expect(runs.started).toEqual(['d1', 'd2']);
  });
});
