import { describe, expect, it } from 'vitest';
import { followWorkflowTool } from '../../../tools/workflows/follow-workflow.ts';
import { jobOutcome } from '../../../tools/workflows/job-outcome.ts';
import { launchWorkflowTool } from '../../../tools/workflows/launch-workflow.ts';
import { reviewWorkflowTool } from '../../../tools/workflows/review-workflow.ts';
import { collectEvents, serviceForFile } from '../../service/service-fixture.ts';
import { recordingContext } from './workflow-fixture.ts';

const fixture = serviceForFile('workflow-review');

const launchArgs = launchWorkflowTool.input.parse({ type: 'cinematic', concept: 'A rain jacket that packs into its own pocket', hitl: true, wait: true });

describe('review by elicitation', () => {
  it('shows the storyboard in a flat form, sends approve, and follows the job to its video', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const context = recordingContext(fixture, api, [{ action: 'accept', content: { decision: 'approve' } }]);
    const answer = await launchWorkflowTool.handler(launchArgs, context);
    expect(answer.structured).toMatchObject({ status: 'completed', result: { success: true } });
    expect(answer.structured.review).toBeUndefined();

    expect(context.questions).toHaveLength(1);
    const [question] = context.questions;
    expect(question!.message).toContain(`job ${answer.structured.jobId}`);
    expect(question!.message).toMatch(/^1\. \(\d+\.\d s\) .+/m);
    expect(question!.requestedSchema).toEqual({
      type: 'object',
      properties: {
        decision: expect.objectContaining({ type: 'string', enum: ['approve', 'revise', 'reject'] }),
        notes: expect.objectContaining({ type: 'string' }),
      },
      required: ['decision'],
    });
    // Every field of the form is a primitive, as MCP elicitation requires.
    for (const field of Object.values(question!.requestedSchema.properties)) expect(['string', 'number', 'boolean']).toContain((field as { type: string }).type);
    expect(context.updates.some((update) => update.message?.startsWith('Paused after art direction'))).toBe(true);
  });

  it('a revise with notes redoes art direction and asks again; then approve renders', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const context = recordingContext(fixture, api, [
      { action: 'accept', content: { decision: 'revise', notes: 'no music please' } },
      { action: 'accept', content: { decision: 'approve' } },
    ]);
    const answer = await launchWorkflowTool.handler(launchArgs, context);
    expect(answer.structured).toMatchObject({ status: 'completed', result: { success: true } });
    expect(context.questions).toHaveLength(2);
    const events = await collectEvents(api, answer.structured.jobId);
    expect(events.filter((event) => event.event === 'suspended')).toHaveLength(2);
    expect(context.questions[1]!.message).toContain('paused after art direction');
  });

  it('a reject ends the job and refunds it', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const context = recordingContext(fixture, api, [{ action: 'accept', content: { decision: 'reject', notes: 'Off brand' } }]);
    const answer = await launchWorkflowTool.handler(launchArgs, context);
    expect(answer.structured).toMatchObject({ status: 'cancelled', refunded: 1, result: { success: false, error: 'Rejected at review: Off brand' } });
    expect((await api.getCredits()).balance).toBe(1);
  });

  it('a declined question hands the storyboard back to the model with the instruction to use review_workflow', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const context = recordingContext(fixture, api, [{ action: 'decline' }]);
    const answer = await launchWorkflowTool.handler(launchArgs, context);
    const outcome = jobOutcome.parse(answer.structured);
    expect(outcome).toMatchObject({ status: 'suspended', review: { note: 'The reviewer declined to answer.' } });
    expect(outcome.next).toContain('review_workflow');
    expect(answer.links).toEqual([expect.objectContaining({ name: 'storyboard.json', mimeType: 'application/json' })]);
    await api.cancelWorkflow({ jobId: outcome.jobId });
  });

  it('revise without notes cannot be sent: the model is asked to get them', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const context = recordingContext(fixture, api, [{ action: 'accept', content: { decision: 'revise', notes: '  ' } }]);
    const answer = await launchWorkflowTool.handler(launchArgs, context);
    expect(answer.structured).toMatchObject({ status: 'suspended', review: { note: expect.stringContaining('wrote no notes') } });
    await api.cancelWorkflow({ jobId: answer.structured.jobId });
  });
});

describe('review without elicitation', () => {
  it('returns the scenes and the instruction; review_workflow then follow_workflow completes the job', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const launched = await launchWorkflowTool.handler(launchArgs, recordingContext(fixture, api));
    const outcome = jobOutcome.parse(launched.structured);
    expect(outcome.status).toBe('suspended');
    expect(outcome.next).toContain(`review_workflow with jobId "${outcome.jobId}"`);
    const scenes = outcome.review!.scenes!;
    expect(scenes.length).toBeGreaterThan(1);
    expect(scenes[0]).toEqual({ sceneId: expect.any(String), duration: expect.any(Number), shot: expect.any(String), onScreen: expect.any(String), voiceOver: expect.any(String) });
    expect(outcome.review!.palette).toMatchObject({ accent: expect.stringMatching(/^#[0-9a-f]{6}$/i) });

    // The model passes on the user's decision, with an edit to a scene it was shown.
    const reviewArgs = reviewWorkflowTool.input.parse({ jobId: outcome.jobId, action: 'approve', edits: { scenes: [{ sceneId: scenes[0]!.sceneId, onScreen: 'Rain? Packed.' }] } });
    const reviewed = await reviewWorkflowTool.handler(reviewArgs, recordingContext(fixture, api));
    expect(reviewed.structured).toMatchObject({ status: 'running', message: 'Review approved with edits: rendering resumed' });
    expect(reviewed.summary).toContain('follow_workflow');

    const followed = await followWorkflowTool.handler(followWorkflowTool.input.parse({ jobId: outcome.jobId }), recordingContext(fixture, api));
    expect(followed.structured).toMatchObject({ status: 'completed', result: { success: true } });
  });

  it('review_workflow passes on the service\'s refusals: revise needs notes, a running job is a conflict', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const launched = await launchWorkflowTool.handler(launchArgs, recordingContext(fixture, api));
    const jobId = launched.structured.jobId;
    await expect(reviewWorkflowTool.handler(reviewWorkflowTool.input.parse({ jobId, action: 'revise' }), recordingContext(fixture, api))).rejects.toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('notes is required for action "revise"'),
    });
    expect(reviewWorkflowTool.input.safeParse({ jobId, action: 'maybe' }).success).toBe(false);
    await api.reviewWorkflow({ jobId, action: 'approve' });
    await expect(reviewWorkflowTool.handler(reviewWorkflowTool.input.parse({ jobId, action: 'approve' }), recordingContext(fixture, api))).rejects.toMatchObject({
      code: 'conflict',
    });
    await api.cancelWorkflow({ jobId }).catch(() => undefined);
  });
});
