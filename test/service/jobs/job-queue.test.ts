import { describe, expect, it } from 'vitest';
import { createJobQueue, QueueClosedError } from '../../../src/service/jobs/job-queue.ts';

/** A run the test finishes by hand, so nothing depends on timing. */
function controllableRuns() {
  const started: string[] = [];
  const finishers = new Map<string, () => void>();
  const signals = new Map<string, AbortSignal>();
  const run = (jobId: string, signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      started.push(jobId);
      signals.set(jobId, signal);
      finishers.set(jobId, resolve);
      signal.addEventListener('abort', () => resolve());
    });
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { started, finishers, signals, run, settle };
}

describe('the in-process job queue', () => {
  it('runs jobs first in, first out, never more than its concurrency at once', async () => {
    const runs = controllableRuns();
    const queue = createJobQueue({ concurrency: 2, run: runs.run });
    ['a', 'b', 'c', 'd'].forEach((id) => queue.enqueue(id));
    queue.enqueue('c'); // already waiting: not added twice
    expect(runs.started).toEqual(['a', 'b']);
    expect(queue.counts()).toEqual({ waiting: 2, running: 2 });
    runs.finishers.get('b')!();
    await runs.settle();
    expect(runs.started).toEqual(['a', 'b', 'c']);
    expect(queue.remove('d')).toBe(true);
    runs.finishers.get('a')!();
    runs.finishers.get('c')!();
    await runs.settle();
    expect(runs.started).toEqual(['a', 'b', 'c']);
  });

  it('holds jobs while paused, and runs a job enqueued during its own run once more after it', async () => {
    const runs = controllableRuns();
    const queue = createJobQueue({ concurrency: 1, run: runs.run });
    queue.pause();
    queue.enqueue('a');
    expect(runs.started).toEqual([]);
    queue.resume();
    expect(runs.started).toEqual(['a']);
    queue.enqueue('a');
    runs.finishers.get('a')!();
    await runs.settle();
    expect(runs.started).toEqual(['a', 'a']);
  });

  it('aborts running jobs with QueueClosedError on close and starts nothing after', async () => {
    const runs = controllableRuns();
    const queue = createJobQueue({ concurrency: 1, run: runs.run });
    queue.enqueue('a');
    queue.enqueue('b');
    await queue.close();
    expect(runs.signals.get('a')?.reason).toBeInstanceOf(QueueClosedError);
    queue.enqueue('c');
    await runs.settle();
    expect(runs.started).toEqual(['a']);
  });
});
