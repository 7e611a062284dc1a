import type { WorkflowEvent } from '../../src/contract/schemas/workflow-events.ts';
import { type StepId, type WorkflowType, workflowCatalog } from '../../src/contract/workflow-catalog.ts';
import type { ToolContext } from '../tool-definition.ts';
import { stepLabels } from './step-labels.ts';

export interface ProgressUpdate {
  progress: number;
  message: string;
}

/**
 * One stream event as a progress line: the job's percent and what is happening. A completed step
 * names the next one from the workflow's plan, because MCP only sends progress that increases, and
 * the next step's "started" event carries the same percent as the step that just ended.
 */
export function progressOf(event: WorkflowEvent, type: WorkflowType): ProgressUpdate | undefined {
  switch (event.event) {
    case 'progress': {
      const { progress, step, message } = event.data;
      if (message) return { progress, message };
      if (!step) return { progress, message: `${progress}%` };
      // A step's last percent arrives before its "completed" event, which then cannot be sent: say it here.
      if (plannedEnd(type, step) === progress) return { progress, message: doneMessage(type, step) };
      return { progress, message: `${stepLabels[step]}: ${progress}%` };
    }
    case 'step': {
      const { step, status, progress } = event.data;
      if (status === 'running') return { progress, message: `${stepLabels[step]} started` };
      if (status !== 'completed') return { progress, message: `${stepLabels[step]} ${status}` };
      return { progress, message: doneMessage(type, step) };
    }
    case 'suspended':
      return { progress: event.data.progress, message: 'Paused after art direction: the storyboard awaits review' };
    case 'result':
      return event.data.success ? { progress: 100, message: 'Completed' } : undefined;
  }
}

function doneMessage(type: WorkflowType, step: StepId): string {
  const plan = workflowCatalog[type].steps;
  const next = plan[plan.findIndex((entry) => entry.step === step) + 1]?.step;
  return next ? `${stepLabels[step]} done; next: ${stepLabels[next].toLowerCase()}` : `${stepLabels[step]} done`;
}

function plannedEnd(type: WorkflowType, step: StepId): number | undefined {
  return workflowCatalog[type].steps.find((entry) => entry.step === step)?.progress;
}

/** Reports a job's events as the call's progress (out of 100); a client that went away is not an error. */
export function jobProgressReporter(context: Pick<ToolContext, 'progress'>, type: WorkflowType): (event: WorkflowEvent) => Promise<void> {
  return async (event) => {
    const update = progressOf(event, type);
    if (update) await context.progress({ ...update, total: 100 }).catch(() => undefined);
  };
}
