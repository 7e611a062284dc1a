import { randomUUID } from 'node:crypto';
import type { CreateTaskOptions, TaskStore } from '@modelcontextprotocol/sdk/experimental/tasks';
import type { CallToolResult, Result, Task } from '@modelcontextprotocol/sdk/types.js';
import { CinematicAdsError } from '../../contract/errors.ts';
import type { CinematicAds } from '../../contract/interface.ts';
import { jobTaskResult } from './job-task-result.ts';
import { listedTaskOf, taskOf } from './job-task.ts';

/** Refused launches (402, 400…) and stored results kept for tasks/get and tasks/result: the newest few only. */
const kept = 100;
const pageSize = 50;

/**
 * The SDK's task store over the CinematicAds API, so a task is a job: createTask adopts the job the
 * tool just launched (its id becomes the task id), status and results are read from the job, and
 * cancelling the task cancels the job, which refunds it. Only refused launches are kept here.
 * Tasks are scoped by account, through the API, not by MCP session: the same account sees its
 * jobs from any session, another account's job id is not found.
 */
export function createJobTaskStore(api: CinematicAds, options: { mediaReadable?: boolean } = {}): TaskStore {
  const rejections = new Map<string, { task: Task; result: CallToolResult }>();
  const storedResults = new Map<string, Result>();

  async function jobOf(taskId: string) {
    try {
      return await api.getWorkflow({ jobId: taskId });
    } catch (error) {
      // A malformed id is as unknown as a missing one (or another account's).
      if (CinematicAdsError.is(error) && (error.code === 'not_found' || error.code === 'invalid_request')) return null;
      throw error;
    }
  }

  return {
    async createTask(taskParams: CreateTaskOptions): Promise<Task> {
      const context = taskParams.context ?? {};
      if (typeof context.jobId === 'string') {
        const job = await jobOf(context.jobId);
        if (!job) throw new Error(`Job ${context.jobId} was launched but cannot be read back`);
        return taskOf(job);
      }
      const rejected = context.rejected as CallToolResult | undefined;
      if (!rejected) throw new Error('A generation task is created for a launched job (context.jobId) or a refused launch (context.rejected)');
      const at = new Date().toISOString();
      const message = rejected.content.find((block) => block.type === 'text')?.text ?? 'The launch was refused';
      const task: Task = { taskId: `rejected_${randomUUID()}`, status: 'failed', ttl: null, createdAt: at, lastUpdatedAt: at, statusMessage: message };
      keepNewest(rejections, task.taskId, { task, result: rejected });
      return task;
    },

    async getTask(taskId) {
      const rejection = rejections.get(taskId);
      if (rejection) return rejection.task;
      const job = await jobOf(taskId);
      return job ? taskOf(job) : null;
    },

    async storeTaskResult(taskId, _status, result) {
      // A job keeps its own result; a result stored by other code takes precedence when it is read.
      keepNewest(storedResults, taskId, result);
    },

    async getTaskResult(taskId) {
      const stored = storedResults.get(taskId) ?? rejections.get(taskId)?.result;
      if (stored) return stored;
      const job = await jobOf(taskId);
      if (!job) throw new Error(`Task ${taskId} not found`);
      return jobTaskResult(job, options);
    },

    async updateTaskStatus(taskId, status) {
      // Only a cancel is the client's to make; every other status follows from the job itself.
      if (status !== 'cancelled' || rejections.has(taskId)) return;
      await api.cancelWorkflow({ jobId: taskId }).catch((error: unknown) => {
        // The job ended meanwhile: there is nothing left to cancel or refund.
        if (!(CinematicAdsError.is(error) && error.code === 'conflict')) throw error;
      });
    },

    async listTasks(cursor) {
      // Every job of the account is a task, newest first, like its projects.
      const offset = cursor === undefined ? 0 : Number.parseInt(cursor, 10);
      if (!Number.isSafeInteger(offset) || offset < 0) throw new Error(`Invalid cursor "${cursor}"`);
      const { projects } = await api.listProjects();
      const tasks = projects.slice(offset, offset + pageSize).map(listedTaskOf);
      return { tasks, ...(offset + pageSize < projects.length ? { nextCursor: String(offset + pageSize) } : {}) };
    },
  };
}

function keepNewest<V>(map: Map<string, V>, key: string, value: V): void {
  map.set(key, value);
  if (map.size > kept) map.delete(map.keys().next().value!);
}
