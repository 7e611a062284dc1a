import { describe, expect, it } from 'vitest';
import { jobStates, type JobState } from '../../../src/contract/schemas/workflow-job.ts';
import type { JobRecord } from '../../../src/service/jobs/job-record.ts';
import { canMove, transition } from '../../../src/service/jobs/job-state-machine.ts';

const job = (status: JobState) => ({ id: 'wf_x', status, updatedAt: '2025-01-01T00:00:00.000Z' }) as JobRecord;
const at = new Date('2025-01-02T00:00:00Z');

describe('the job state machine', () => {
  it('allows exactly queued → running → (suspended ⇄ running) → completed | failed | cancelled', () => {
    const allowed = jobStates.flatMap((from) => jobStates.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual([
      'queued→running',
      'queued→failed',
      'queued→cancelled',
      'running→suspended',
      'running→completed',
      'running→failed',
      'running→cancelled',
      'suspended→running',
      'suspended→failed',
      'suspended→cancelled',
    ]);
  });

  it('stamps the move and refuses an illegal one with a 409 naming both states', () => {
    expect(transition(job('queued'), 'running', at)).toMatchObject({ status: 'running', startedAt: at.toISOString(), updatedAt: at.toISOString() });
    expect(transition(job('running'), 'completed', at)).toMatchObject({ status: 'completed', endedAt: at.toISOString() });
    expect(() => transition(job('completed'), 'running', at)).toThrow(expect.objectContaining({ code: 'conflict', message: 'Job wf_x is completed; it cannot become running' }));
    expect(() => transition(job('queued'), 'suspended', at)).toThrow(expect.objectContaining({ status: 409 }));
  });
});
