import type { StoryboardEdits } from '../../contract/schemas/storyboard-edits.ts';
import type { JobState } from '../../contract/schemas/workflow-job.ts';
import type { WorkflowResult } from '../../contract/schemas/workflow-result.ts';
import type { DeliverableKind, Format, Quality, StepId, WorkflowType } from '../../contract/workflow-catalog.ts';
import type { Brief } from '../../studio/brief.ts';

/** One step as the job reports it (the contract's `jobStep`). */
export interface JobStepRecord {
  step: StepId;
  status: 'running' | 'completed' | 'failed' | 'skipped';
  progress: number;
  startedAt: string;
  endedAt?: string;
}

/**
 * A file the job produced. `path` is a media path (`/media/<jobId>/<file>`), never a URL: links
 * are signed when the job is read, so a stored job never holds an expired link.
 */
export interface JobArtifactRecord {
  kind: DeliverableKind;
  path: string;
  contentType: string;
  format?: Format;
  step?: StepId;
}

/** The review decision the next run follows (`hitl` jobs only). */
export interface ReviewState {
  approved: boolean;
  /** Every revise note so far, oldest first: a redone art direction follows all of them. */
  notes: string[];
  /** A revise asked for: the next run redoes art direction (set with the state change, so a crash cannot lose it). */
  redo?: boolean;
  /** Edits sent with a revise, applied to the redone storyboard before it is shown again. */
  edits?: StoryboardEdits;
}

/**
 * A job as stored: one per launch. Its `result` uses media paths like its artifacts (see above).
 * `settled` turns true once an ended job's refund, result and `result` event are all written, so
 * a restart can finish whatever a crash interrupted between those writes.
 */
export interface JobRecord {
  id: string;
  accountId: string;
  type: WorkflowType;
  quality: Quality;
  /** The studio brief, defaults resolved, with the account's brand; never a credential. */
  brief: Brief;
  cost: number;
  refunded: number;
  formats: Format[];
  hitl: boolean;
  batchId?: string;
  status: JobState;
  progress: number;
  steps: JobStepRecord[];
  artifacts: JobArtifactRecord[];
  result?: WorkflowResult;
  /** Why the job failed or ended, kept until the result is written. */
  endReason?: string;
  review?: ReviewState;
  /** Restarts that found this job running; a job interrupted too often is failed rather than retried forever. */
  interruptions: number;
  settled: boolean;
  createdAt: string;
  /** Breaks ties between launches in the same millisecond (a batch, a burst): later launches count higher. */
  launchIndex: number;
  updatedAt: string;
  startedAt?: string;
  endedAt?: string;
}

export const terminalStates: readonly JobState[] = ['completed', 'failed', 'cancelled'];

export function isEnded(job: Pick<JobRecord, 'status'>): boolean {
  return terminalStates.includes(job.status);
}
