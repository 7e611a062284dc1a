import { CallToolResultSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { collectEvents, serviceForFile } from '../service/service-fixture.ts';
import { connectMcp } from '../tools/workflows/mcp-connection.ts';

const fixture = serviceForFile('mcp-review');

const launch = { type: 'cinematic', concept: 'A rain jacket that packs into its own pocket', hitl: true, wait: true };
const call = async (client: Awaited<ReturnType<typeof connectMcp>>['client'], name: string, args: Record<string, unknown>) =>
  (await client.callTool({ name, arguments: args }, CallToolResultSchema)) as CallToolResult;

describe('review over MCP', () => {
  it('asks the human through elicitation (a flat decision + notes form over the storyboard); approve renders', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const mcp = await connectMcp(fixture, api, { answers: [{ action: 'accept', content: { decision: 'approve' } }] });
    try {
      const result = await call(mcp.client, 'launch_workflow', launch);
      expect(result.structuredContent).toMatchObject({ status: 'completed', result: { success: true } });
      expect(mcp.questions).toHaveLength(1);
      const [question] = mcp.questions;
      expect(question).toMatchObject({ mode: 'form', message: expect.stringContaining('paused after art direction') });
      expect(question!.message).toMatch(/^1\. \(\d+\.\d s\) /m);
      expect(question).toMatchObject({ requestedSchema: expect.anything() });
      expect((question as { requestedSchema: unknown }).requestedSchema).toMatchObject({
        type: 'object',
        properties: { decision: { type: 'string', enum: ['approve', 'revise', 'reject'] }, notes: { type: 'string' } },
        required: ['decision'],
      });
    } finally {
      await mcp.close();
    }
  });

  it('revise with notes redoes art direction and asks again; approve then renders', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const mcp = await connectMcp(fixture, api, {
      answers: [
        { action: 'accept', content: { decision: 'revise', notes: 'no music please' } },
        { action: 'accept', content: { decision: 'approve' } },
      ],
    });
    try {
      const result = await call(mcp.client, 'launch_workflow', launch);
      const jobId = (result.structuredContent as { jobId: string }).jobId;
      expect(result.structuredContent).toMatchObject({ status: 'completed', result: { success: true } });
      expect(mcp.questions).toHaveLength(2);
      const events = await collectEvents(api, jobId);
      expect(events.filter((event) => event.event === 'suspended')).toHaveLength(2);
    } finally {
      await mcp.close();
    }
  });

  it('without elicitation: the storyboard and the instruction, then review_workflow and follow_workflow complete the job', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const mcp = await connectMcp(fixture, api);
    try {
      const paused = await call(mcp.client, 'launch_workflow', launch);
      const outcome = paused.structuredContent as { jobId: string; status: string; next: string; review: { scenes: Array<{ sceneId: string }> } };
      expect(outcome.status).toBe('suspended');
      expect(outcome.next).toContain(`call review_workflow with jobId "${outcome.jobId}"`);
      expect(outcome.review.scenes.length).toBeGreaterThan(1);
      expect(paused.content).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'resource_link', name: 'storyboard.json' })]));
      expect(mcp.questions).toEqual([]);

      const reviewed = await call(mcp.client, 'review_workflow', { jobId: outcome.jobId, action: 'revise', notes: 'warmer colors' });
      expect(reviewed.structuredContent).toMatchObject({ status: 'running' });
      const again = await call(mcp.client, 'follow_workflow', { jobId: outcome.jobId });
      expect(again.structuredContent).toMatchObject({ status: 'suspended' });
      await call(mcp.client, 'review_workflow', { jobId: outcome.jobId, action: 'approve' });
      const done = await call(mcp.client, 'follow_workflow', { jobId: outcome.jobId });
      expect(done.structuredContent).toMatchObject({ status: 'completed', result: { success: true } });
      expect(done.content).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'resource_link', mimeType: 'video/mp4' })]));
    } finally {
      await mcp.close();
    }
  });

  it('a human who declines hands the review back to the model', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const mcp = await connectMcp(fixture, api, { answers: [{ action: 'cancel' }] });
    try {
      const paused = await call(mcp.client, 'launch_workflow', launch);
      expect(paused.structuredContent).toMatchObject({ status: 'suspended', review: { note: 'The reviewer dismissed the question.' } });
      const rejected = await call(mcp.client, 'review_workflow', { jobId: (paused.structuredContent as { jobId: string }).jobId, action: 'reject' });
      expect(rejected.structuredContent).toMatchObject({ status: 'cancelled', refunded: 1 });
      expect((await api.getCredits()).balance).toBe(1);
    } finally {
      await mcp.close();
    }
  });
});
