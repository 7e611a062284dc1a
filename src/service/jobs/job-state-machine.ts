import { CinematicAdsError } from '../../contract/errors.ts';
import type { JobState } from '../../contract/schemas/workflow-job.ts';
import type { JobRecord } from './job-record.ts';

/**
 * The only legal moves: `queued → running → (suspended ⇄ running) → completed | failed |
 * cancelled`. A queued job may also fail (it cannot be resumed after a restart) or be
 * cancelled; ended jobs never move again.
 */
const moves: Record<JobState, readonly JobState[]> = {
  queued: ['running', 'failed', 'cancelled'],
  running: ['suspended', 'completed', 'failed', 'cancelled'],
  suspended: ['running', 'failed', 'cancelled'],
  completed: [],
  failed: [],
  cancelled: [],
};

export function canMove(from: JobState, to: JobState): boolean {
  return moves[from].includes(to);
}

/** The job in its new state (a copy), or a 409 naming both states when the move is not allowed. */
export function transition(job: JobRecord, to: JobState, at: Date): JobRecord {
  if (!canMove(job.status, to)) {
    throw new CinematicAdsError('conflict', `Job ${job.id} is ${job.status}; it cannot become ${to}`, {
      details: { status: job.status, requested: to },
    });
  }
  const now = at.toISOString();
  return {
    ...job,
    status: to,
    updatedAt: now,
    ...(to === 'running' && !job.startedAt ? { startedAt: now } : {}),
    ...(moves[to].length === 0 ? { endedAt: now } : {}),
  };
}
