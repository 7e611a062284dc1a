import type { Task } from '@modelcontextprotocol/sdk/types.js';
import type { JobState, WorkflowJob } from '../../contract/schemas/workflow-job.ts';
import { stepLabels } from '../../../tools/workflows/step-labels.ts';

/** How often a client should poll tasks/get: renders move in seconds, not milliseconds. */
export const taskPollIntervalMs = 2000;

const taskStatusOf: Record<JobState, Task['status']> = {
  queued: 'working',
  running: 'working',
  // The job waits for a person: the client's tasks/result is where the question is asked.
  suspended: 'input_required',
  completed: 'completed',
  failed: 'failed',
  cancelled: 'cancelled',
};

/**
 * A job seen as an MCP task: the job id is the task id. Jobs are kept with the account's projects,
 * so a task lives as long as its job (ttl null: no expiry).
 */
export function taskOf(job: WorkflowJob): Task {
  return { ...listedTaskOf(job), statusMessage: statusMessageOf(job) };
}

/** The task of a job as its project lists it (tasks/list): its state without the details. */
export function listedTaskOf(job: Pick<WorkflowJob, 'jobId' | 'status' | 'createdAt' | 'updatedAt'>): Task {
  return {
    taskId: job.jobId,
    status: taskStatusOf[job.status],
    ttl: null,
    createdAt: job.createdAt,
    lastUpdatedAt: job.updatedAt,
    pollInterval: taskPollIntervalMs,
  };
}

function statusMessageOf(job: WorkflowJob): string {
  switch (job.status) {
    case 'queued':
      return 'Queued: the render starts when a render slot is free';
    case 'running': {
      const step = job.steps.at(-1);
      return step ? `${stepLabels[step.step]} (${job.progress}%)` : `Running (${job.progress}%)`;
    }
    case 'suspended':
      return `Waiting for review of the storyboard: call tasks/result to be asked, or review_workflow with jobId "${job.jobId}"`;
    case 'completed':
      return job.result?.success && job.result.summary ? job.result.summary : 'Completed';
    default:
      return job.result && !job.result.success ? `${job.result.error} (${job.result.refunded} credit(s) refunded)` : job.status;
  }
}
