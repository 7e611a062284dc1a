import { describe, expect, it } from 'vitest';
import { launchWorkflowTool } from '../../../tools/workflows/launch-workflow.ts';
import { followWorkflowTool } from '../../../tools/workflows/follow-workflow.ts';
import { getWorkflowTool } from '../../../tools/workflows/get-workflow.ts';
import { cancelWorkflowTool } from '../../../tools/workflows/cancel-workflow.ts';
import { jobOutcome } from '../../../tools/workflows/job-outcome.ts';
import { workflowJob } from '../../../src/contract/schemas/workflow-job.ts';
import { collectEvents, serviceForFile, waitForEvent } from '../../service/service-fixture.ts';
import { recordingContext } from './workflow-fixture.ts';

const fixture = serviceForFile('workflow-tools');

const concept = 'A kettle that boils in a minute';
const launch = (args: Record<string, unknown>) => launchWorkflowTool.input.parse({ type: 'cinematic', concept, ...args });

describe('launch_workflow', () => {
  it('answers at once by default, with the job id and what to do next', async () => {
    const { api } = await fixture.account({ credits: 2 });
    const context = recordingContext(fixture, api);
    const answer = await launchWorkflowTool.handler(launch({}), context);
    expect(jobOutcome.parse(answer.structured)).toMatchObject({ type: 'cinematic', cost: 1, refunded: 0 });
    expect(['queued', 'running']).toContain(answer.structured.status);
    expect(answer.structured.next).toContain(`follow_workflow with jobId "${answer.structured.jobId}"`);
    expect(answer.summary).toContain('Workflow queued');
    expect(context.updates).toEqual([]);
    expect((await api.getCredits()).balance).toBe(1);
    await api.cancelWorkflow({ jobId: answer.structured.jobId });
  });

  it('with wait, reports every step as increasing progress and returns the video, poster and captions as links', async () => {
    const { api } = await fixture.account({ credits: 2 });
    const context = recordingContext(fixture, api);
    const answer = await launchWorkflowTool.handler(launch({ wait: true, embedImages: true }), context);
    const outcome = jobOutcome.parse(answer.structured);
    expect(outcome).toMatchObject({ status: 'completed', progress: 100, result: { success: true }, next: expect.stringContaining('Done') });

    // The reporter sends what it is given; the MCP face drops repeats. Here: every step is named, in plan order.
    const messages = context.updates.map((update) => update.message);
    for (const step of ['Research done', 'Script done', 'Art direction done', 'Video generation done', 'Voice and music done', 'Final cut done']) {
      expect(messages.some((message) => message?.startsWith(step))).toBe(true);
    }
    expect(messages).toContain('Script done; next: art direction');
    const percents = context.updates.map((update) => update.progress);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(context.updates.every((update) => update.total === 100)).toBe(true);
    expect(percents.at(-1)).toBe(100);

    const kinds = answer.links!.map((link) => [link.name, link.mimeType]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['video-9x16.mp4', 'video/mp4'],
        ['poster-9x16.jpg', 'image/jpeg'],
        ['video-9x16.vtt', 'text/vtt'],
      ]),
    );
    expect(answer.links!.find((link) => link.mimeType === 'video/mp4')).toMatchObject({
      uri: outcome.result!.success ? outcome.result!.videoUrl : '',
      description: expect.stringMatching(/^video \(9:16, \d+×\d+, 15 s\)$/),
    });
    // Script and storyboard are working files, not deliverables.
    expect(answer.links!.some((link) => link.name.endsWith('.json'))).toBe(false);
    expect(answer.images).toEqual([{ mimeType: 'image/jpeg', data: expect.any(String) }]);
    expect(Buffer.from(answer.images![0]!.data, 'base64').subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('refuses a launch the balance cannot pay with the 402 sentence, spending nothing', async () => {
    const { api } = await fixture.account({ credits: 0 });
    await expect(launchWorkflowTool.handler(launch({ wait: true }), recordingContext(fixture, api))).rejects.toMatchObject({
      code: 'insufficient_credits',
      message: 'Insufficient credits. Required: 1, available: 0',
    });
  });

  it('checks the workflow rules of the contract: clone needs a url', () => {
    const parsed = launchWorkflowTool.input.safeParse({ type: 'clone' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ['url'], message: 'url is required for type "clone"' });
    expect(launchWorkflowTool.input.parse({ type: 'cinematic', concept })).toMatchObject({ wait: false, waitSeconds: 600, quality: 'standard' });
  });

  it('a retry with the same idempotency key follows the first job and pays nothing more', async () => {
    const { api } = await fixture.account({ credits: 3 });
    const first = await launchWorkflowTool.handler(launch({ idempotencyKey: 'retry-after-timeout-1' }), recordingContext(fixture, api));
    const again = await launchWorkflowTool.handler(launch({ idempotencyKey: 'retry-after-timeout-1', wait: true }), recordingContext(fixture, api));
    expect(again.structured).toMatchObject({ jobId: first.structured.jobId, status: 'completed' });
    expect((await api.getCredits()).balance).toBe(2);
  });
});

describe('follow_workflow', () => {
  it('never waits past waitSeconds: a job still queued is answered with its status and the way to keep waiting', async () => {
    const { api } = await fixture.account({ credits: 2 });
    fixture.service.queue.pause();
    try {
      const { jobId } = await api.launchWorkflow({ type: 'cinematic', concept });
      const context = recordingContext(fixture, api);
      const answer = await followWorkflowTool.handler(followWorkflowTool.input.parse({ jobId, waitSeconds: 1 }), context);
      expect(answer.structured).toMatchObject({ jobId, status: 'queued', progress: 0, next: expect.stringContaining('after waiting') });
      expect(answer.structured.next).toContain(`call follow_workflow with jobId "${jobId}"`);
      expect(context.updates[0]).toMatchObject({ progress: 0, message: expect.stringContaining('Queued') });
      // Stopping to wait is not a cancel: the job is still there, paid for.
      expect((await api.getWorkflow({ jobId })).status).toBe('queued');
      await api.cancelWorkflow({ jobId });
    } finally {
      fixture.service.queue.resume();
    }
  });

  it("cancels the job and refunds it when the caller cancels the call", async () => {
    const { api } = await fixture.account({ credits: 2 });
    const { jobId } = await api.launchWorkflow({ type: 'cinematic', concept, quality: 'premium' });
    const context = recordingContext(fixture, api);
    const following = followWorkflowTool.handler(followWorkflowTool.input.parse({ jobId }), context);
    await waitForEvent(api, jobId, (event) => event.event === 'progress' && event.data.step === 'video_generation');
    // MCP's notifications/cancelled states a reason (the SDK client always sends one).
    context.abort('The user changed their mind');
    const answer = await following;
    expect(answer.structured).toMatchObject({ status: 'cancelled', refunded: 2, result: { success: false, refunded: 2 } });
    expect((await api.getCredits()).balance).toBe(2);
  });

  it.each([
    ['a client that timed out', 'McpError: MCP error -32001: Request timed out'],
    ['a dropped connection (no reason)', undefined],
  ])('%s is not a cancel: the job goes on', async (_case, reason) => {
    const { api } = await fixture.account({ credits: 1 });
    fixture.service.queue.pause();
    try {
      const { jobId } = await api.launchWorkflow({ type: 'staticad', concept, formats: '1:1' });
      const context = recordingContext(fixture, api);
      const following = followWorkflowTool.handler(followWorkflowTool.input.parse({ jobId }), context);
      await waitForEvent(api, jobId, (event) => event.event === 'progress');
      context.abort(reason);
      expect((await following).structured).toMatchObject({ status: 'queued', refunded: 0 });
      fixture.service.queue.resume();
      expect((await collectEvents(api, jobId)).at(-1)).toMatchObject({ event: 'result', data: { success: true } });
    } finally {
      fixture.service.queue.resume();
    }
  });

  it('answers at once for a job that has ended, and 404s for an unknown one', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const { jobId } = await api.launchWorkflow({ type: 'staticad', concept, formats: '1:1' });
    await collectEvents(api, jobId);
    const context = recordingContext(fixture, api);
    const answer = await followWorkflowTool.handler(followWorkflowTool.input.parse({ jobId }), context);
    expect(answer.structured).toMatchObject({ status: 'completed', result: { success: true, images: [expect.objectContaining({ format: '1:1' })] } });
    expect(answer.links).toEqual([expect.objectContaining({ name: 'static-1x1.png', mimeType: 'image/png' })]);
    await expect(followWorkflowTool.handler(followWorkflowTool.input.parse({ jobId: 'wf_nope' }), context)).rejects.toMatchObject({ code: 'not_found' });
    // Another account's job is not found either.
    const other = await fixture.account({ credits: 0 });
    await expect(followWorkflowTool.handler(followWorkflowTool.input.parse({ jobId }), recordingContext(fixture, other.api))).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('get_workflow and cancel_workflow', () => {
  it('get_workflow answers the job as the contract shapes it, with links and the next step', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const { jobId } = await api.launchWorkflow({ type: 'staticad', concept, formats: '1:1,9:16' });
    await collectEvents(api, jobId);
    const answer = await getWorkflowTool.handler(getWorkflowTool.input.parse({ jobId, embedImages: true }), recordingContext(fixture, api));
    expect(workflowJob.parse(answer.structured)).toMatchObject({ jobId, status: 'completed' });
    expect(answer.links!.map((link) => link.name).sort()).toEqual(['static-1x1.png', 'static-9x16.png']);
    expect(answer.images).toHaveLength(2);
    expect(answer.summary).toContain('Done');
  });

  it('cancel_workflow cancels and refunds; a second cancel is a conflict', async () => {
    const { api } = await fixture.account({ credits: 2 });
    fixture.service.queue.pause();
    try {
      const { jobId } = await api.launchWorkflow({ type: 'avatar', concept });
      const answer = await cancelWorkflowTool.handler({ jobId }, recordingContext(fixture, api));
      expect(answer.structured).toEqual({ jobId, status: 'cancelled', refunded: 2, message: 'Job cancelled; 2 credits refunded' });
      await expect(cancelWorkflowTool.handler({ jobId }, recordingContext(fixture, api))).rejects.toMatchObject({ code: 'conflict' });
      expect((await api.getCredits()).balance).toBe(2);
    } finally {
      fixture.service.queue.resume();
    }
  });
});
