import { CinematicAdsError } from '../../src/contract/errors.ts';
import type { WorkflowEvent } from '../../src/contract/schemas/workflow-events.ts';
import type { WorkflowJob } from '../../src/contract/schemas/workflow-job.ts';
import type { ToolContext } from '../tool-definition.ts';
import { jobProgressReporter } from './job-progress.ts';
import { type PendingReview, type ReviewDecision, decisionOf, pendingReviewOf, reviewQuestion } from './storyboard-review.ts';

/** Why following stopped: the job ended, it awaits a review only the model can obtain, time ran out, or the caller cancelled. */
export type FollowReason = 'ended' | 'review' | 'deadline' | 'cancelled';

export interface FollowEnd {
  job: WorkflowJob;
  reason: FollowReason;
  /** Set while the job is suspended: the storyboard to show and what happened if the human was asked. */
  review?: PendingReview;
  /** Seconds spent waiting. */
  waitedSeconds: number;
}

export interface FollowOptions {
  /** Upper bound on the wait; absent: until the job ends (a task's tasks/result, which the client may abort). */
  waitMs?: number;
  /**
   * What the caller's abort means: "cancel-job" (MCP notifications/cancelled on a call that waits
   * for the job: the job is cancelled and refunded, unless the abort was a disconnect or a client
   * timeout) or "detach" (stop watching; the job goes on).
   */
  onAbort: 'cancel-job' | 'detach';
  /**
   * Keep following through a review nobody answered here (an MCP task's tasks/result must block until
   * the task ends): the job resumes when review_workflow is called elsewhere.
   */
  untilEnded?: boolean;
}

type Stop = { stop: 'deadline' | 'aborted' };

const isEnded = (job: WorkflowJob) => job.status === 'completed' || job.status === 'failed' || job.status === 'cancelled';

/**
 * Follows one job on its event stream until it ends, reporting every step as progress. When it
 * pauses for review and the client can ask its human (elicitation), the human's answer is sent
 * with reviewWorkflow and following goes on; otherwise the storyboard is handed back to the
 * model. Never waits past `waitMs`, and never for a human who cannot answer.
 */
export async function followJob(context: ToolContext, jobId: string, options: FollowOptions): Promise<FollowEnd> {
  const { api, signal } = context;
  const started = Date.now();
  const waited = () => Math.round((Date.now() - started) / 1000);
  const first = await api.getWorkflow({ jobId }, { signal });
  if (isEnded(first)) return { job: first, reason: 'ended', waitedSeconds: 0 };

  const report = jobProgressReporter(context, first.type);
  // One promise that settles when following must stop, raced against each stream event and each question.
  const streamStop = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<Stop>((resolve) => {
    if (options.waitMs !== undefined) timer = setTimeout(() => resolve({ stop: 'deadline' }), options.waitMs);
    onAbort = () => resolve({ stop: 'aborted' });
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });

  let reason: FollowReason = 'ended';
  let review: PendingReview | undefined;
  // The pause the human declined to answer (by the job's updatedAt): a replay of it is not asked again.
  let declinedPause: string | undefined;
  const iterator = api.getWorkflowStream({ jobId }, { signal: streamStop.signal })[Symbol.asyncIterator]();
  try {
    for (;;) {
      const pending = iterator.next();
      pending.catch(() => undefined); // left unread when following stops first
      const next = await Promise.race([pending, stopped]);
      if ('stop' in next) {
        reason = next.stop === 'deadline' ? 'deadline' : 'cancelled';
        break;
      }
      if (next.done) break;
      const event: WorkflowEvent = next.value;
      await report(event);
      if (event.event === 'result') break;
      if (event.event !== 'suspended') continue;

      // A replayed pause may be one a review already answered: only the job's state now counts.
      const current = await api.getWorkflow({ jobId }, { signal });
      if (current.status !== 'suspended' || current.updatedAt === declinedPause) continue;
      review = await pendingReviewOf(current, context.readMedia);
      if (!context.elicit) {
        if (options.untilEnded) continue;
        reason = 'review';
        break;
      }
      const answer = await Promise.race([askReviewer(context, current, review), stopped]);
      if ('stop' in answer) {
        reason = answer.stop === 'deadline' ? 'deadline' : 'cancelled';
        break;
      }
      if ('declined' in answer) {
        review = review ? { ...review, note: answer.declined } : review;
        declinedPause = current.updatedAt;
        if (options.untilEnded) continue;
        reason = 'review';
        break;
      }
      try {
        await api.reviewWorkflow({ jobId, ...answer }, { signal });
      } catch (error) {
        // Someone else answered first (another client, the REST API): the stream shows what happens next.
        if (!(CinematicAdsError.is(error) && error.code === 'conflict')) throw error;
      }
      review = undefined;
    }
  } finally {
    if (timer) clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
    streamStop.abort();
    void Promise.resolve(iterator.return?.()).catch(() => undefined);
  }

  if (reason === 'cancelled' && options.onAbort === 'cancel-job' && callerCancelledJob(signal.reason)) {
    await api.cancelWorkflow({ jobId }).catch((error: unknown) => {
      // Ended meanwhile: nothing left to cancel or refund.
      if (!(CinematicAdsError.is(error) && error.code === 'conflict')) throw error;
    });
  }
  const job = await api.getWorkflow({ jobId });
  return { job, reason, waitedSeconds: waited(), ...(job.status === 'suspended' && review ? { review } : {}) };
}

/** The human's decision, or why there is none (declined, dismissed, or the question failed). */
async function askReviewer(context: ToolContext, job: WorkflowJob, review: PendingReview | undefined): Promise<ReviewDecision> {
  try {
    const answer = await context.elicit!(reviewQuestion(job, review));
    if (answer.action === 'accept') return decisionOf(answer.content);
    return { declined: answer.action === 'decline' ? 'The reviewer declined to answer.' : 'The reviewer dismissed the question.' };
  } catch {
    return { declined: 'The question to the reviewer went unanswered.' };
  }
}

/**
 * Whether the caller's abort asks for the job to go. MCP's notifications/cancelled carries the
 * client's reason as a string (the SDK always sends one), while a dropped connection aborts every
 * call with no reason: a disconnect must not cost the user their render, so without a stated
 * reason the job goes on. A client that gave up waiting (its request timeout; the SDK's default is
 * 60 s) has not asked to cancel either: follow_workflow picks the job up again.
 */
function callerCancelledJob(reason: unknown): boolean {
  if (typeof reason !== 'string') return false;
  return !/timed out|timeout/i.test(reason);
}
