import { z } from 'zod';

/** The longest a call waits for a job before answering with where it stands (10 minutes). */
export const maxWaitSeconds = 600;

export const waitSeconds = z
  .number()
  .int()
  .min(1, 'must be at least 1')
  .max(maxWaitSeconds, `must be at most ${maxWaitSeconds}`)
  .default(maxWaitSeconds)
  .describe(`Longest wait in seconds (default and max ${maxWaitSeconds}), then the current status is returned`);

export const embedImages = z
  .boolean()
  .default(false)
  .describe('Also embed the poster and still images inline');
