import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storyboard } from '../../src/studio/storyboard.ts';
import { collectEvents, openLink, type ServiceFixture, startService, tempDataDir } from './service-fixture.ts';

const temp = tempDataDir('review');
let fixture: ServiceFixture;
beforeAll(async () => {
  fixture = await startService(temp.dir);
});
afterAll(async () => {
  await fixture.service.close();
  temp.cleanup();
});

const concept = 'A rain jacket that packs into its own pocket';

/** Launches a hitl job and waits for its pause; answers the storyboard the reviewer reads. */
async function suspendedJob(credits = 3) {
  const { api } = await fixture.account({ credits });
  const { jobId } = await api.launchWorkflow({ type: 'cinematic', concept, hitl: true });
  const events = await collectEvents(api, jobId, { untilSuspended: true });
  expect(events.at(-1)).toMatchObject({ event: 'suspended', data: { step: 'art_direction', progress: 20, message: expect.stringContaining('/review') } });
  const job = await api.getWorkflow({ jobId });
  expect(job).toMatchObject({ status: 'suspended', progress: 20, hitl: true });
  const artifact = job.artifacts.find((candidate) => candidate.kind === 'storyboard');
  const opened = await openLink(fixture.service, artifact!.url);
  const storyboard = JSON.parse(await readFile(opened!.file, 'utf8')) as Storyboard;
  return { api, jobId, storyboard, pausedAt: events.at(-1)!.id };
}

describe('reviewing a suspended job', () => {
  it('approve with edits renders the edited storyboard', async () => {
    const { api, jobId, storyboard } = await suspendedJob();
    const scene = storyboard.variants[0]!.scenes[0]!;
    await expect(api.reviewWorkflow({ jobId, action: 'approve', edits: { scenes: [{ sceneId: 'v9-s9', onScreen: 'x' }] } })).rejects.toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('no scene "v9-s9"'),
    });
    const answer = await api.reviewWorkflow({
      jobId,
      action: 'approve',
      edits: { scenes: [{ sceneId: scene.id, onScreen: 'Rain? Packed.', duration: scene.duration + 1 }], palette: { accent: '#c8a24a' } },
    });
    expect(answer).toEqual({ jobId, status: 'running', refunded: 0, message: 'Review approved with edits: rendering resumed' });

    const events = await collectEvents(api, jobId);
    expect(events.at(-1)).toMatchObject({ event: 'result', data: { success: true } });
    const rendered = JSON.parse(await readFile(join(temp.dir, 'jobs', jobId, 'storyboard.json'), 'utf8')) as Storyboard;
    const variant = rendered.variants[0]!;
    expect(variant.scenes[0]!.onScreen).toBe('Rain? Packed.');
    expect(rendered.palette.accent).toBe('#c8a24a');
    // The longer first scene pushes the others back and lengthens the cut.
    expect(variant.scenes[1]!.start).toBeCloseTo(variant.scenes[0]!.duration, 2);
    expect(variant.durationSec).toBeCloseTo(storyboard.variants[0]!.durationSec + 1, 2);
    expect(await api.getWorkflow({ jobId })).toMatchObject({ status: 'completed', refunded: 0 });
  });

  it('revise redoes art direction with the notes and pauses again; reject then ends it with a refund', async () => {
    const { api, jobId, storyboard, pausedAt } = await suspendedJob();
    expect(storyboard.music.enabled).toBe(true);
    const answer = await api.reviewWorkflow({ jobId, action: 'revise', notes: 'no music please' });
    expect(answer).toMatchObject({ jobId, status: 'running', refunded: 0 });

    // Resuming after the first pause, the stream shows art direction redone, then the second pause.
    const events = await collectEvents(api, jobId, { untilSuspended: true, lastEventId: pausedAt });
    expect(events.map((event) => event.event)).toEqual(['step', 'step', 'suspended']);
    expect(events[1]).toMatchObject({ data: { step: 'art_direction', status: 'completed' } });
    const job = await api.getWorkflow({ jobId });
    expect(job.status).toBe('suspended');
    const revised = JSON.parse(await readFile((await openLink(fixture.service, job.artifacts[0]!.url))!.file, 'utf8')) as Storyboard;
    expect(revised.music.enabled).toBe(false);

    expect(await api.reviewWorkflow({ jobId, action: 'reject', notes: 'Off brand' })).toEqual({
      jobId,
      status: 'cancelled',
      refunded: 1,
      message: 'Review rejected: the job ended and 1 credit was refunded',
    });
    expect((await api.getCredits()).balance).toBe(3);
    expect((await collectEvents(api, jobId)).at(-1)).toMatchObject({ event: 'result', data: { success: false, refunded: 1, error: 'Rejected at review: Off brand' } });
    await expect(api.reviewWorkflow({ jobId, action: 'approve' })).rejects.toMatchObject({ code: 'conflict', status: 409 });
    expect((await api.getCredits()).balance).toBe(3);
  });

  it('answers 409 for a job that is not waiting for review', async () => {
    const { api } = await fixture.account({ credits: 2 });
    fixture.service.queue.pause();
    try {
      const { jobId } = await api.launchWorkflow({ type: 'cinematic', concept, hitl: true });
      await expect(api.reviewWorkflow({ jobId, action: 'approve' })).rejects.toMatchObject({
        code: 'conflict',
        message: `Job ${jobId} is queued; only a job suspended for review can be reviewed`,
      });
      await api.cancelWorkflow({ jobId });
    } finally {
      fixture.service.queue.resume();
    }
  });
});
