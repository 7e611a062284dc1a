import { CinematicAdsError } from '../../contract/errors.ts';
import { reviewRequest } from '../../contract/schemas/review.ts';
import { parseOrThrow } from '../../contract/validation.ts';
import type { SavedStep } from '../../studio/pipeline.ts';
import { replaceStoryboard } from '../../studio/pipeline.ts';
import type { Storyboard } from '../../studio/storyboard.ts';
import type { JobTransitionAnswer } from './cancel-workflow.ts';
import type { JobEnding } from './job-ending.ts';
import { jobFolder, jobStepStore } from './job-folders.ts';
import type { JobRecord } from './job-record.ts';
import { transition } from './job-state-machine.ts';
import type { LaunchDeps } from './launch-deps.ts';
import { applyStoryboardEdits } from './storyboard-edits.ts';

/**
 * POST /api/workflow/:jobId/review for a suspended job. approve: the (edited) storyboard is
 * rendered; revise: art direction is redone following every note so far and the job pauses
 * again; reject: the job ends cancelled and refunded. 409 when the job is not suspended.
 */
export async function reviewWorkflow(deps: LaunchDeps, ending: JobEnding, accountId: string, args: unknown): Promise<JobTransitionAnswer> {
  const jobId = String((args as { jobId?: unknown } | null)?.jobId ?? '');
  const { action, notes, edits } = parseOrThrow(reviewRequest, args, 'review');
  const job = await deps.jobs.getOwned(accountId, jobId);
  requireSuspended(job);
  const steps = jobStepStore(jobFolder(deps.settings.dataDir, jobId));

  if (action === 'reject') {
    const ended = await ending.end(jobId, 'cancelled', notes ? `Rejected at review: ${notes}` : 'Rejected at review');
    if (!ended.changed) requireSuspended(ended.job);
    const refunded = ended.job.refunded;
    return { jobId, status: 'cancelled', refunded, message: `Review rejected: the job ended and ${refunded} credit${refunded === 1 ? ' was' : 's were'} refunded` };
  }

  const saved = await steps.get<SavedStep<Storyboard>>('art_direction');
  if (!saved) throw new CinematicAdsError('conflict', `Job ${jobId} has no storyboard to review; cancel it and launch again`);
  // Edits are checked against the current storyboard now, so a mistake is a 400 to the reviewer, not a failed job later.
  const edited = edits ? applyStoryboardEdits(saved.output, edits) : undefined;

  // The edited storyboard is in place before the job moves, so no run can render the old one.
  if (action === 'approve' && edited) await replaceStoryboard(steps, edited);
  const resumed = await deps.jobs.update(jobId, (current) => {
    if (current.status !== 'suspended') return undefined;
    const previous = current.review?.notes ?? [];
    const review =
      action === 'approve'
        ? { approved: true, notes: previous }
        : { approved: false, notes: notes ? [...previous, notes] : previous, redo: true, ...(edits ? { edits } : {}) };
    return { ...transition(current, 'running', deps.now()), review, artifacts: [] };
  });
  if (!resumed.changed) requireSuspended(resumed.job);
  deps.queue.enqueue(jobId);
  return action === 'approve'
    ? { jobId, status: 'running', refunded: 0, message: edits ? 'Review approved with edits: rendering resumed' : 'Review approved: rendering resumed' }
    : { jobId, status: 'running', refunded: 0, message: 'Revision requested: art direction is being redone with your notes; the job pauses again for review' };
}

function requireSuspended(job: JobRecord): void {
  if (job.status !== 'suspended') {
    throw new CinematicAdsError('conflict', `Job ${job.id} is ${job.status}; only a job suspended for review can be reviewed`, {
      details: { status: job.status },
    });
  }
}
