import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jobStoreKeys } from '../../src/service/jobs/job-store-keys.ts';
import type { JobRecord } from '../../src/service/jobs/job-record.ts';
import type { Manifest } from '../../src/studio/manifest.ts';
import { sqliteKeyValueStore } from '../../src/store/sqlite-key-value-store.ts';
import { collectEvents, startService, tempDataDir, waitForEvent } from './service-fixture.ts';

const temp = tempDataDir('restart');
afterAll(() => temp.cleanup());

/** A service on the data folder's SQLite file, as `serve` would open it after a restart. */
const openService = () => startService(temp.dir, { store: sqliteKeyValueStore(join(temp.dir, 'store.sqlite')) });

async function storedJob(jobId: string): Promise<JobRecord | undefined> {
  const store = sqliteKeyValueStore(join(temp.dir, 'store.sqlite'));
  try {
    return await store.get<JobRecord>(jobStoreKeys.job(jobId));
  } finally {
    await store.close();
  }
}

/** Launches a job on a first process and stops that process while the job renders its video. */
async function interruptedJob(credits: number) {
  const first = await openService();
  const { api, apiKey } = await first.account({ credits });
  const { jobId } = await api.launchWorkflow({ type: 'cinematic', concept: 'A bike light you can see from a mile away' });
  await waitForEvent(api, jobId, (event) => event.event === 'progress' && event.data.step === 'video_generation');
  await first.service.close();
  const left = await storedJob(jobId);
  expect(left?.status).toBe('running');
  return { jobId, apiKey };
}

describe('a restart in the middle of a render', () => {
  it('resumes the job from its last completed step and completes it', async () => {
    const { jobId, apiKey } = await interruptedJob(3);

    const second = await openService();
    try {
      const api = second.service.forAccount((await second.service.authenticate({ apiKey }))!);
      const events = await collectEvents(api, jobId);
      expect(events.at(-1)).toMatchObject({ event: 'result', data: { success: true } });
      // One numbering across both processes: 1, 2, 3… with no gap or repeat.
      expect(events.map((event) => Number(event.id))).toEqual(events.map((_, index) => index + 1));

      const manifest = JSON.parse(await readFile(join(temp.dir, 'jobs', jobId, 'manifest.json'), 'utf8')) as Manifest;
      expect(manifest.steps.map((step) => `${step.step}:${step.status}`)).toEqual([
        'research:resumed',
        'script:resumed',
        'art_direction:resumed',
        'video_generation:completed',
        'audio:completed',
        'compose:completed',
      ]);
      const job = await api.getWorkflow({ jobId });
      expect(job).toMatchObject({ status: 'completed', refunded: 0 });
      expect(job.steps.map((step) => `${step.step}:${step.status}`)).toEqual([
        'research:completed',
        'script:completed',
        'art_direction:completed',
        'video_generation:completed',
        'audio:completed',
        'compose:completed',
      ]);
      expect((await api.getCredits()).balance).toBe(2);
    } finally {
      await second.service.close();
    }
  });

  it('fails and refunds a job whose working folder is gone, rather than leaving it running', async () => {
    const { jobId, apiKey } = await interruptedJob(3);
    await rm(join(temp.dir, 'jobs', jobId), { recursive: true, force: true });

    const second = await openService();
    try {
      const api = second.service.forAccount((await second.service.authenticate({ apiKey }))!);
      const events = await collectEvents(api, jobId);
      expect(events.at(-1)).toMatchObject({
        event: 'result',
        data: { success: false, refunded: 1, error: expect.stringContaining('working folder') },
      });
      expect(await api.getWorkflow({ jobId })).toMatchObject({ status: 'failed', refunded: 1 });
      expect((await api.getCredits()).balance).toBe(3);
    } finally {
      await second.service.close();
    }
  });

  it('gives up on a job that restarts keep interrupting: failed and refunded, not retried forever', async () => {
    const { jobId, apiKey } = await interruptedJob(3);
    const store = sqliteKeyValueStore(join(temp.dir, 'store.sqlite'));
    const job = (await store.get<JobRecord>(jobStoreKeys.job(jobId)))!;
    await store.set(jobStoreKeys.job(jobId), { ...job, interruptions: 3 });
    await store.close();

    const second = await openService();
    try {
      const api = second.service.forAccount((await second.service.authenticate({ apiKey }))!);
      expect(await api.getWorkflow({ jobId })).toMatchObject({
        status: 'failed',
        refunded: 1,
        result: { success: false, error: 'The job was interrupted by 4 restarts; it was stopped and refunded' },
      });
      expect((await api.getCredits()).balance).toBe(3);
    } finally {
      await second.service.close();
    }
  });
});
