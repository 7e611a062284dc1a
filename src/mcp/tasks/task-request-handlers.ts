import { isTerminal, type TaskStore } from '@modelcontextprotocol/sdk/experimental/tasks';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import {
  CancelTaskRequestSchema,
  ErrorCode,
  GetTaskPayloadRequestSchema,
  GetTaskRequestSchema,
  ListTasksRequestSchema,
  McpError,
  RELATED_TASK_META_KEY,
  type Task,
} from '@modelcontextprotocol/sdk/types.js';
import type { CinematicAds } from '../../contract/interface.ts';
import { followJob } from '../../../tools/workflows/follow-job.ts';
import type { McpServerOptions } from '../mcp-server-options.ts';
import { taskResultContext } from './task-context.ts';

/**
 * Serves tasks/get, tasks/result, tasks/list and tasks/cancel from the job task store and declares
 * the tasks capability (tools/call may be task-augmented).
 *
 * WHY by hand: the SDK (1.32) installs these handlers, and gives tool-task handlers their store,
 * only for a store passed to the Server's constructor; createMcpServer builds the server before
 * this registers. So the store is set where the constructor would have put it, and the handlers
 * do what the SDK's do minus the message queue this server does not keep: a question for the human
 * is sent on the open tasks/result request instead of being queued.
 */
export function installTaskStore(server: McpServer, api: CinematicAds, options: McpServerOptions, store: TaskStore): void {
  const protocol = server.server;
  protocol.registerCapabilities({ tasks: { list: {}, cancel: {}, requests: { tools: { call: {} } } } });
  (protocol as unknown as { _taskStore?: TaskStore })._taskStore = store;

  async function existing(taskId: string): Promise<Task> {
    const task = await store.getTask(taskId);
    if (!task) throw new McpError(ErrorCode.InvalidParams, `Task not found: ${taskId}`);
    return task;
  }

  protocol.setRequestHandler(GetTaskRequestSchema, async (request) => existing(request.params.taskId));

  // Blocks until the job ends, asking the human when it pauses for review and the client can ask them.
  protocol.setRequestHandler(GetTaskPayloadRequestSchema, async (request, extra) => {
    const { taskId } = request.params;
    const task = await existing(taskId);
    if (!isTerminal(task.status)) {
      await followJob(taskResultContext(server, api, options, extra, taskId), taskId, { onAbort: 'detach', untilEnded: true });
      if (extra.signal.aborted) throw new McpError(ErrorCode.ConnectionClosed, 'tasks/result was cancelled; the task goes on');
      const after = await existing(taskId);
      // The stream closed first (the service is shutting down, a remote connection dropped): no result to give yet.
      if (!isTerminal(after.status)) throw new McpError(ErrorCode.InternalError, `Task ${taskId} is still ${after.status}: its job's event stream closed; call tasks/result again`);
    }
    const result = await store.getTaskResult(taskId);
    return { ...result, _meta: { ...result._meta, [RELATED_TASK_META_KEY]: { taskId } } };
  });

  protocol.setRequestHandler(ListTasksRequestSchema, async (request) => {
    const { tasks, nextCursor } = await store.listTasks(request.params?.cursor).catch((error: unknown) => {
      throw new McpError(ErrorCode.InvalidParams, `Failed to list tasks: ${error instanceof Error ? error.message : String(error)}`);
    });
    return { tasks, ...(nextCursor ? { nextCursor } : {}) };
  });

  // Cancelling the task cancels its job, which refunds what was not delivered.
  protocol.setRequestHandler(CancelTaskRequestSchema, async (request) => {
    const { taskId } = request.params;
    const task = await existing(taskId);
    if (isTerminal(task.status)) throw new McpError(ErrorCode.InvalidParams, `Cannot cancel task in terminal status: ${task.status}`);
    await store.updateTaskStatus(taskId, 'cancelled', 'Client cancelled task execution.');
    return existing(taskId);
  });
}
