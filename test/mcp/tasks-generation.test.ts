import { CallToolResultSchema, CreateTaskResultSchema, type CallToolResult, type Task } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it, vi } from 'vitest';
import { serviceForFile, waitForEvent } from '../service/service-fixture.ts';
import { connectMcp, type McpConnection } from '../tools/workflows/mcp-connection.ts';

const fixture = serviceForFile('mcp-tasks');

const concept = 'A kettle that boils in a minute';

async function createTask(mcp: McpConnection, args: Record<string, unknown>): Promise<Task> {
  const created = await mcp.client.request({ method: 'tools/call', params: { name: 'launch_workflow_task', arguments: args } }, CreateTaskResultSchema, {
    task: { ttl: 60_000 },
  });
  return created.task;
}

/** Polls tasks/get as a task-capable client does, until the task leaves `working`. */
async function pollWhileWorking(mcp: McpConnection, taskId: string): Promise<Task[]> {
  const seen: Task[] = [];
  for (;;) {
    const task = await mcp.client.experimental.tasks.getTask(taskId);
    seen.push(task);
    if (task.status !== 'working') return seen;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('generation as an MCP task', () => {
  it('creates a task whose id is the job id, polls it to completion and reads the result with links', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const mcp = await connectMcp(fixture, api);
    try {
      const task = await createTask(mcp, { type: 'cinematic', concept });
      expect(task).toMatchObject({ status: 'working', ttl: null, pollInterval: 2000 });
      const job = await api.getWorkflow({ jobId: task.taskId });
      expect(job).toMatchObject({ type: 'cinematic', cost: 1 });
      expect((await api.getCredits()).balance).toBe(0);

      const seen = await pollWhileWorking(mcp, task.taskId);
      expect(seen.at(-1)).toMatchObject({ taskId: task.taskId, status: 'completed' });
      const result = (await mcp.client.experimental.tasks.getTaskResult(task.taskId, CallToolResultSchema)) as CallToolResult;
      expect(result.structuredContent).toMatchObject({ jobId: task.taskId, status: 'completed', result: { success: true } });
      expect(result.content).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'resource_link', mimeType: 'video/mp4', uri: expect.stringMatching(/^cinematicads:\/\/projects\/wf_[\w-]+\/files\//) })]));
      expect(result._meta).toMatchObject({ 'io.modelcontextprotocol/related-task': { taskId: task.taskId } });

      const { tasks } = await mcp.client.experimental.tasks.listTasks();
      expect(tasks).toEqual([expect.objectContaining({ taskId: task.taskId, status: 'completed' })]);
    } finally {
      await mcp.close();
    }
  });

  it('tasks/result blocks until the job ends', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const mcp = await connectMcp(fixture, api);
    try {
      const task = await createTask(mcp, { type: 'staticad', concept, formats: '1:1' });
      const result = (await mcp.client.experimental.tasks.getTaskResult(task.taskId, CallToolResultSchema)) as CallToolResult;
      expect(result.structuredContent).toMatchObject({ status: 'completed', result: { success: true, images: [expect.anything()] } });
    } finally {
      await mcp.close();
    }
  });

  it('tasks/cancel cancels the job and refunds it; a second cancel is refused', async () => {
    const { api } = await fixture.account({ credits: 2 });
    const mcp = await connectMcp(fixture, api);
    try {
      const task = await createTask(mcp, { type: 'cinematic', concept, quality: 'premium' });
      await waitForEvent(api, task.taskId, (event) => event.event === 'progress' && event.data.step === 'video_generation');
      const cancelled = await mcp.client.experimental.tasks.cancelTask(task.taskId);
      expect(cancelled).toMatchObject({ taskId: task.taskId, status: 'cancelled' });
      expect(await api.getWorkflow({ jobId: task.taskId })).toMatchObject({ status: 'cancelled', refunded: 2 });
      expect((await api.getCredits()).balance).toBe(2);
      await expect(mcp.client.experimental.tasks.cancelTask(task.taskId)).rejects.toThrow(/terminal status: cancelled/);
    } finally {
      await mcp.close();
    }
  });

  it('a refused launch is a failed task carrying the REST sentence; nothing is spent', async () => {
    const { api } = await fixture.account({ credits: 0 });
    const mcp = await connectMcp(fixture, api);
    try {
      const task = await createTask(mcp, { type: 'cinematic', concept });
      expect(task).toMatchObject({ status: 'failed', statusMessage: 'Insufficient credits. Required: 1, available: 0' });
      const result = (await mcp.client.experimental.tasks.getTaskResult(task.taskId, CallToolResultSchema)) as CallToolResult;
      expect(result).toMatchObject({ isError: true, content: [{ type: 'text', text: 'Insufficient credits. Required: 1, available: 0' }, expect.anything()] });
      const invalid = await createTask(mcp, { type: 'clone' });
      expect(invalid).toMatchObject({ status: 'failed', statusMessage: expect.stringContaining('url') });
    } finally {
      await mcp.close();
    }
  });

  it('a hitl pause is input_required; tasks/result asks the human and completes', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const mcp = await connectMcp(fixture, api, { answers: [{ action: 'accept', content: { decision: 'approve' } }] });
    try {
      const task = await createTask(mcp, { type: 'cinematic', concept, hitl: true });
      const seen = await pollWhileWorking(mcp, task.taskId);
      expect(seen.at(-1)).toMatchObject({ status: 'input_required', statusMessage: expect.stringContaining('review') });
      const result = (await mcp.client.experimental.tasks.getTaskResult(task.taskId, CallToolResultSchema)) as CallToolResult;
      expect(result.structuredContent).toMatchObject({ status: 'completed' });
      expect(mcp.questions).toHaveLength(1);
      expect(mcp.questions[0]!._meta).toMatchObject({ 'io.modelcontextprotocol/related-task': { taskId: task.taskId } });
    } finally {
      await mcp.close();
    }
  });

  it('a human who declines in tasks/result is not asked again; review_workflow from the model lets the task complete', async () => {
    const { api } = await fixture.account({ credits: 1 });
    const mcp = await connectMcp(fixture, api, { answers: [{ action: 'decline' }] });
    try {
      const task = await createTask(mcp, { type: 'cinematic', concept, hitl: true });
      await waitForEvent(api, task.taskId, (event) => event.event === 'suspended');
      // A revision first, so the job's history holds two pauses: the replay of both must ask only once.
      await api.reviewWorkflow({ jobId: task.taskId, action: 'revise', notes: 'warmer colors' });
      let pauses = 0;
      await waitForEvent(api, task.taskId, (event) => event.event === 'suspended' && ++pauses === 2);
      const waiting = mcp.client.experimental.tasks.getTaskResult(task.taskId, CallToolResultSchema);
      await vi.waitFor(() => expect(mcp.questions).toHaveLength(1));
      expect(await mcp.client.experimental.tasks.getTask(task.taskId)).toMatchObject({ status: 'input_required' });
      const reviewed = (await mcp.client.callTool({ name: 'review_workflow', arguments: { jobId: task.taskId, action: 'approve' } })) as CallToolResult;
      expect(reviewed.structuredContent).toMatchObject({ status: 'running' });
      const result = (await waiting) as CallToolResult;
      expect(result.structuredContent).toMatchObject({ status: 'completed' });
      expect(mcp.questions).toHaveLength(1);
    } finally {
      await mcp.close();
    }
  });

  it("another account's job is not a task here", async () => {
    const owner = await fixture.account({ credits: 1 });
    const { jobId } = await owner.api.launchWorkflow({ type: 'staticad', concept, formats: '1:1' });
    const stranger = await fixture.account({ credits: 0 });
    const mcp = await connectMcp(fixture, stranger.api);
    try {
      await expect(mcp.client.experimental.tasks.getTask(jobId)).rejects.toThrow(/Task not found/);
      await expect(mcp.client.experimental.tasks.cancelTask(jobId)).rejects.toThrow(/Task not found/);
      expect((await mcp.client.experimental.tasks.listTasks()).tasks).toEqual([]);
      expect((await owner.api.getWorkflow({ jobId })).status).not.toBe('cancelled');
    } finally {
      await mcp.close();
    }
  });
});
