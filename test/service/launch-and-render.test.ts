import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type WebhookPayload, webhookPayload } from '../../src/contract/schemas/webhook-payload.ts';
import { workflowEvent } from '../../src/contract/schemas/workflow-events.ts';
import { workflowJob } from '../../src/contract/schemas/workflow-job.ts';
import { probeMedia } from '../../src/studio/render/index.ts';
import { collectEvents, openLink, serviceForFile } from './service-fixture.ts';

const fixture = serviceForFile('render');

describe('a launched workflow', () => {
  it('streams numbered step and progress events, then a result whose signed links serve the real files', async () => {
    const { api, caller } = await fixture.account({ credits: 5 });
    const heard: WebhookPayload[] = [];
    const unsubscribe = fixture.service.accountEvents.subscribe((event) => event.accountId === caller.account.id && heard.push(event.payload));
    const launched = await api.launchWorkflow({ type: 'cinematic', concept: 'A rain jacket that packs into its own pocket', formats: '9:16,1:1' });
    expect(launched).toEqual({ jobId: expect.stringMatching(/^wf_[0-9A-Za-z]{16,}$/), message: 'Workflow queued', cost: 1 });
    expect((await api.getCredits()).balance).toBe(4);

    const events = await collectEvents(api, launched.jobId);
    events.forEach((event) => workflowEvent.parse(event));
    expect(events.map((event) => Number(event.id))).toEqual(events.map((_, index) => index + 1));
    const completedSteps = events.flatMap((event) => (event.event === 'step' && event.data.status === 'completed' ? [event.data.step] : []));
    expect(completedSteps).toEqual(['research', 'script', 'art_direction', 'video_generation', 'audio', 'compose']);
    expect(events.some((event) => event.event === 'progress')).toBe(true);
    const result = events.at(-1)!;
    if (result.event !== 'result' || !result.data.success) throw new Error(`expected a successful result, got ${JSON.stringify(result)}`);
    expect(result.data.videos?.map((video) => video.format)).toEqual(['9:16', '1:1']);
    expect(result.data.videoUrl).toBe(result.data.videos?.[0]?.url);
    expect(result.data.duration).toBe(result.data.videos?.[0]?.duration);

    const video = await openLink(fixture.service, result.data.videoUrl!);
    expect(video).toMatchObject({ contentType: 'video/mp4', size: expect.any(Number) });
    const probe = await probeMedia(video!.file);
    expect(probe.streams.find((stream) => stream.type === 'video')).toMatchObject({ codec: 'h264', width: result.data.videos![0]!.width, height: result.data.videos![0]!.height });
    expect(Math.abs(probe.durationSec - result.data.duration!)).toBeLessThan(0.5);
    const poster = await openLink(fixture.service, result.data.posterUrl!);
    expect(poster?.contentType).toBe('image/jpeg');
    expect((await readFile(poster!.file)).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

    const job = workflowJob.parse(await api.getWorkflow({ jobId: launched.jobId }));
    expect(job).toMatchObject({ status: 'completed', progress: 100, cost: 1, refunded: 0, formats: ['9:16', '1:1'], hitl: false });
    expect(job.steps.every((step) => step.status === 'completed' && step.endedAt)).toBe(true);
    expect(job.artifacts.map((artifact) => artifact.kind)).toEqual(expect.arrayContaining(['video', 'poster', 'captions', 'script', 'storyboard']));
    expect((await api.getCredits()).balance).toBe(4);

    // The account hears the job's life as webhook-shaped events, in order.
    unsubscribe();
    heard.forEach((payload) => webhookPayload.parse(payload));
    expect(heard.map((payload) => payload.type)).toEqual([
      'workflow.started',
      ...completedSteps.map(() => 'workflow.step'),
      'workflow.completed',
      'video.ready',
      'video.ready',
    ]);
    expect(heard.filter((payload) => payload.type === 'video.ready').map((payload) => payload.data)).toEqual(
      result.data.videos!.map((video) => ({ jobId: launched.jobId, ...video })),
    );
  });

  it('replays only what followed Last-Event-ID, and a finished job replays its history and result, then ends', async () => {
    const { api } = await fixture.account({ credits: 2 });
    const { jobId } = await api.launchWorkflow({ type: 'staticad', concept: 'Cold brew in a can, no sugar', async: false });
    const all = await collectEvents(api, jobId);
    expect(all.at(-1)?.event).toBe('result');
    const tail = await collectEvents(api, jobId, { lastEventId: all[2]!.id });
    expect(tail).toEqual(all.slice(3));
    await expect(collectEvents(api, jobId, { lastEventId: 'not-a-number' })).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('with async:false, answers when the job has ended, with its status and result', async () => {
    const { api } = await fixture.account({ credits: 3 });
    const answer = await api.launchWorkflow({ type: 'ad-optimizer', concept: 'Try our app. It is good. Download now.', async: false });
    expect(answer).toMatchObject({ message: 'Workflow completed', cost: 1, status: 'completed', result: { success: true } });
    if (!answer.result?.success) throw new Error('expected a success');
    const report = await openLink(fixture.service, answer.result.reportUrl!);
    expect(report?.contentType).toMatch(/^text\/markdown/);
    expect((await readFile(report!.file, 'utf8')).length).toBeGreaterThan(100);
    expect((await api.getWorkflow({ jobId: answer.jobId })).status).toBe('completed');
  });

  it('replays the first answer for a repeated Idempotency-Key and spends nothing the second time', async () => {
    const { api } = await fixture.account({ credits: 5 });
    fixture.service.queue.pause();
    try {
      const body = { type: 'cinematic' as const, concept: 'Trail shoes that grip wet rock' };
      const first = await api.launchWorkflow(body, { idempotencyKey: 'launch-1' });
      // The same request with its fields reordered and a default spelled out.
      const again = await api.launchWorkflow({ quality: 'standard', concept: body.concept, type: body.type }, { idempotencyKey: 'launch-1' });
      expect(again).toEqual(first);
      expect((await api.getCredits()).balance).toBe(4);
      expect((await api.listProjects()).projects).toHaveLength(1);
      await expect(api.launchWorkflow({ ...body, quality: 'premium' }, { idempotencyKey: 'launch-1' })).rejects.toMatchObject({ code: 'conflict' });

      const batch = { workflows: [body, { type: 'staticad' as const, concept: 'Cold brew' }] };
      const firstBatch = await api.launchBatch(batch, { idempotencyKey: 'batch-1' });
      expect(await api.launchBatch(batch, { idempotencyKey: 'batch-1' })).toEqual(firstBatch);
      expect((await api.getCredits()).balance).toBe(2);
      for (const jobId of [first.jobId, ...firstBatch.jobIds]) await api.cancelWorkflow({ jobId });
    } finally {
      fixture.service.queue.resume();
    }
  });
});
