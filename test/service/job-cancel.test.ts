import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectEvents, type ServiceFixture, startService, tempDataDir, waitForEvent } from './service-fixture.ts';

const temp = tempDataDir('cancel');
let fixture: ServiceFixture;
beforeAll(async () => {
  fixture = await startService(temp.dir);
});
afterAll(async () => {
  await fixture.service.close();
  temp.cleanup();
});

describe('cancelling a job', () => {
  it('stops a running render, refunds the whole cost once and ends the stream with the refund', async () => {
    const { api } = await fixture.account({ credits: 3 });
    const { jobId } = await api.launchWorkflow({ type: 'cinematic', concept: 'A kettle that boils in a minute', quality: 'premium' });
    await waitForEvent(api, jobId, (event) => event.event === 'progress' && event.data.step === 'video_generation');
    expect((await api.getCredits()).balance).toBe(1);

    const answer = await api.cancelWorkflow({ jobId });
    expect(answer).toEqual({ jobId, status: 'cancelled', refunded: 2, message: 'Job cancelled; 2 credits refunded' });
    expect((await api.getCredits()).balance).toBe(3);
    const events = await collectEvents(api, jobId);
    expect(events.at(-1)).toMatchObject({ event: 'result', data: { success: false, refunded: 2 } });
    expect(events.filter((event) => event.event === 'result')).toHaveLength(1);

    // Cancelling again changes nothing and refunds nothing.
    await expect(api.cancelWorkflow({ jobId })).rejects.toMatchObject({ code: 'conflict', status: 409 });
    expect((await api.getCredits()).balance).toBe(3);
    const job = await api.getWorkflow({ jobId });
    expect(job).toMatchObject({ status: 'cancelled', refunded: 2 });
    // The render stopped before it delivered anything.
    expect(existsSync(join(temp.dir, 'jobs', jobId, 'manifest.json'))).toBe(false);
  });

  it('takes a queued job out of the queue with a refund; it never starts', async () => {
    const { api } = await fixture.account({ credits: 2 });
    fixture.service.queue.pause();
    try {
      const { jobId } = await api.launchWorkflow({ type: 'avatar', concept: 'A dentist explains aligners' });
      expect((await api.getCredits()).balance).toBe(0);
      expect(await api.cancelWorkflow({ jobId })).toMatchObject({ status: 'cancelled', refunded: 2 });
      expect((await api.getCredits()).balance).toBe(2);
      fixture.service.queue.resume();
      const job = await api.getWorkflow({ jobId });
      expect(job).toMatchObject({ status: 'cancelled', steps: [] });
      const events = await collectEvents(api, jobId);
      expect(events.map((event) => event.event)).toEqual(['progress', 'result']);
      expect(events[0]).toMatchObject({ id: '1', data: { progress: 0, message: expect.stringContaining('Queued') } });
    } finally {
      fixture.service.queue.resume();
    }
  });
});
