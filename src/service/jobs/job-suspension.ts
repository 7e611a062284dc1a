import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceStoryboard } from '../../studio/pipeline.ts';
import type { Storyboard } from '../../studio/storyboard.ts';
import { mediaPathOf } from '../media/media-paths.ts';
import type { JobDeps } from './job-deps.ts';
import { jobStepStore } from './job-folders.ts';
import { type JobRecord, isEnded } from './job-record.ts';
import { transition } from './job-state-machine.ts';
import { applyStoryboardEdits } from './storyboard-edits.ts';

/** The storyboard a reviewer reads, beside the job's other files. */
export const reviewStoryboardFile = 'storyboard.json';

/**
 * Pauses a job after art direction: applies edits sent with a revise to the redone storyboard,
 * publishes the storyboard as an artifact, and tells the stream and the account the job awaits review.
 */
export async function suspendForReview(
  deps: JobDeps,
  job: JobRecord,
  outcome: { storyboard: Storyboard; progress: number },
  folder: string,
): Promise<void> {
  let board = outcome.storyboard;
  let message = `Waiting for review: read the storyboard (artifact "storyboard", or GET /api/workflow/${job.id}), then POST /api/workflow/${job.id}/review with action approve, revise or reject.`;
  const pending = job.review?.edits;
  if (pending) {
    try {
      board = applyStoryboardEdits(board, pending);
      await replaceStoryboard(jobStepStore(folder), board);
    } catch (error) {
      message += ` The edits sent with the revision could not be applied to the redone storyboard (${(error as Error).message}); send them again with approve.`;
    }
  }
  const file = join(folder, reviewStoryboardFile);
  await writeFile(`${file}.partial`, JSON.stringify(board, null, 2));
  await rename(`${file}.partial`, file);

  await deps.jobs.update(
    job.id,
    (current) =>
      isEnded(current)
        ? undefined
        : {
            ...transition(current, 'suspended', deps.now()),
            progress: outcome.progress,
            artifacts: [{ kind: 'storyboard', path: mediaPathOf(job.id, reviewStoryboardFile), contentType: 'application/json', step: 'art_direction' }],
            ...(current.review ? { review: { approved: false, notes: current.review.notes } } : {}),
          },
    async (suspended) => {
      await deps.events.append(job.id, { event: 'suspended', data: { step: 'art_direction', progress: outcome.progress, message } });
      deps.accountEvents.emit(suspended.accountId, { type: 'workflow.suspended', data: { jobId: job.id, step: 'art_direction', message } }, deps.now());
    },
  );
}
