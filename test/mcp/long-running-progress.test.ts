import { CallToolResultSchema, type CallToolResult, type Progress } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { serviceForFile, waitForEvent } from '../service/service-fixture.ts';
import { connectMcp } from '../tools/workflows/mcp-connection.ts';

const fixture = serviceForFile('mcp-long-running');

const concept = 'A kettle that boils in a minute';

describe('long-running work over MCP', () => {
  it('lists the workflow tools with annotations true to each, and generation as a task tool', async () => {
    const { api } = await fixture.account();
    const mcp = await connectMcp(fixture, api);
    try {
      const { tools } = await mcp.client.listTools();
      const byName = new Map(tools.map((tool) => [tool.name, tool]));
      expect(byName.get('launch_workflow')?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true });
      expect(byName.get('get_workflow')?.annotations).toMatchObject({ readOnlyHint: true });
      expect(byName.get('cancel_workflow')?.annotations).toMatchObject({ destructiveHint: true });
      expect(byName.get('follow_workflow')?.inputSchema.properties).toHaveProperty('waitSeconds');
      expect(byName.get('launch_workflow')?.inputSchema.properties).toHaveProperty('wait');
      expect(byName.get('launch_workflow_task')).toMatchObject({ execution: { taskSupport: 'required' }, annotations: { readOnlyHint: false } });
      expect(byName.get('launch_workflow_task')?.inputSchema.properties).not.toHaveProperty('wait');
      expect(mcp.client.getServerCapabilities()?.tasks).toEqual({ list: {}, cancel: {}, requests: { tools: { call: {} } } });
    } finally {
      await mcp.close();
    }
  });

  it('read-only mode offers no launch and no task-based generation', async () => {
    const { api } = await fixture.account();
    const mcp = await connectMcp(fixture, api, { readOnly: true });
    try {
      const names = (await mcp.client.listTools()).tools.map((tool) => tool.name);
      expect(names).toContain('get_workflow');
      for (const name of ['launch_workflow', 'launch_workflow_task', 'follow_workflow', 'review_workflow', 'cancel_workflow']) expect(names).not.toContain(name);
      expect(mcp.client.getServerCapabilities()?.tasks).toBeUndefined();
    } finally {
      await mcp.close();
    }
  });

  it('sends notifications/progress in order for every step of a real render, then the result with resource links', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const mcp = await connectMcp(fixture, api);
    try {
      const received: Progress[] = [];
      const result = (await mcp.client.callTool({ name: 'launch_workflow', arguments: { type: 'cinematic', concept, wait: true } }, CallToolResultSchema, {
        onprogress: (progress) => received.push(progress),
      })) as CallToolResult;
      expect(result.isError).toBeFalsy();
      expect(result.structuredContent).toMatchObject({ status: 'completed', progress: 100, cost: 1, result: { success: true, duration: 15 } });

      const percents = received.map((update) => update.progress);
      for (let index = 1; index < percents.length; index++) expect(percents[index]).toBeGreaterThan(percents[index - 1]!);
      expect(percents[0]).toBe(0);
      expect(percents.at(-1)).toBe(100);
      expect(received.every((update) => update.total === 100)).toBe(true);
      const messages = received.map((update) => update.message ?? '');
      const steps = ['Research done', 'Script done', 'Art direction done', 'Video generation', 'Voice and music done', 'Final cut'];
      const firstSeen = steps.map((step) => messages.findIndex((message) => message.startsWith(step)));
      expect(firstSeen.every((index) => index >= 0)).toBe(true);
      expect(firstSeen).toEqual([...firstSeen].sort((a, b) => a - b));

      const links = result.content.filter((block) => block.type === 'resource_link');
      expect(links).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: 'video-9x16.mp4',
            mimeType: 'video/mp4',
            uri: expect.stringMatching(/^cinematicads:\/\/projects\/wf_[\w-]+\/files\/video-9x16\.mp4$/),
            description: expect.stringContaining('download: http'),
          }),
          expect.objectContaining({ name: 'poster-9x16.jpg', mimeType: 'image/jpeg' }),
        ]),
      );
      // The link is a readable resource: the MP4's bytes come back through resources/read.
      const video = links.find((link) => link.name === 'video-9x16.mp4') as { uri: string };
      const read = await mcp.client.readResource({ uri: video.uri });
      const blob = Buffer.from((read.contents[0] as { blob: string }).blob, 'base64');
      expect(blob.subarray(4, 8).toString('latin1')).toBe('ftyp');
      expect(result.content[0]).toMatchObject({ type: 'text', text: expect.stringMatching(/^Job wf_\S+ \(cinematic\) completed\./) });
    } finally {
      await mcp.close();
    }
  });

  it("cancelling the call with the client's AbortSignal cancels the job and refunds it", async () => {
    const { api } = await fixture.account({ credits: 2 });
    const mcp = await connectMcp(fixture, api);
    try {
      const controller = new AbortController();
      const call = mcp.client.callTool({ name: 'launch_workflow', arguments: { type: 'cinematic', concept, quality: 'premium', wait: true } }, CallToolResultSchema, {
        signal: controller.signal,
        onprogress: (progress) => {
          // The first progress means the job exists; its id is the account's only project.
          if (progress.progress > 0 && !controller.signal.aborted) controller.abort('The user changed their mind');
        },
      });
      await expect(call).rejects.toThrow();
      const { jobId } = (await api.listProjects()).projects[0]!;
      const result = await waitForEvent(api, jobId, (event) => event.event === 'result');
      expect(result).toMatchObject({ event: 'result', data: { success: false, refunded: 2 } });
      expect(await api.getWorkflow({ jobId })).toMatchObject({ status: 'cancelled', refunded: 2 });
      expect((await api.getCredits()).balance).toBe(2);
    } finally {
      await mcp.close();
    }
  });

  it('a client that disconnects mid-wait does not cancel the job: it completes, nothing lost', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const mcp = await connectMcp(fixture, api);
    let disconnected: Promise<void> | undefined;
    const call = mcp.client.callTool({ name: 'launch_workflow', arguments: { type: 'cinematic', concept, wait: true } }, CallToolResultSchema, {
      onprogress: (progress) => {
        if (progress.progress > 0) disconnected ??= mcp.close();
      },
    });
    await expect(call).rejects.toThrow(/Connection closed/);
    await disconnected;
    const { jobId } = (await api.listProjects()).projects[0]!;
    expect(await waitForEvent(api, jobId, (event) => event.event === 'result')).toMatchObject({ data: { success: true } });
    expect(await api.getWorkflow({ jobId })).toMatchObject({ status: 'completed', refunded: 0 });
  });

  it('bad arguments are an isError result naming the field; a short balance gives the 402 sentence', async () => {
    const { api } = await fixture.account({ credits: 0 });
    const mcp = await connectMcp(fixture, api);
    try {
      const bad = (await mcp.client.callTool({ name: 'launch_workflow', arguments: { type: 'clone', waitSeconds: 5000 } })) as CallToolResult;
      expect(bad.isError).toBe(true);
      expect(bad.content[0]).toMatchObject({ type: 'text', text: expect.stringContaining('url') });
      expect(bad.content[0]).toMatchObject({ text: expect.stringContaining('waitSeconds') });
      const poor = (await mcp.client.callTool({ name: 'launch_workflow', arguments: { type: 'cinematic', concept } })) as CallToolResult;
      expect(poor).toMatchObject({ isError: true, content: [{ type: 'text', text: 'Insufficient credits. Required: 1, available: 0' }, expect.anything()] });
      const unknown = (await mcp.client.callTool({ name: 'follow_workflow', arguments: { jobId: 'wf_missing' } })) as CallToolResult;
      expect(unknown.isError).toBe(true);
    } finally {
      await mcp.close();
    }
  });
});
