import { join } from 'node:path';
import { directoryStepStore, type StepStore } from '../../studio/step-store.ts';

/**
 * A job's files: `<dataDir>/jobs/<jobId>/` holds its deliverables (served as media), with the
 * studio's step outputs in `.steps/` (what makes a run resumable), fetched page images in
 * `.source/` and scratch files in `.work/`. Hidden folders are never served.
 */
export function jobFolder(dataDir: string, jobId: string): string {
  return join(dataDir, 'jobs', jobId);
}

export function jobStepStore(folder: string): StepStore {
  return directoryStepStore(join(folder, '.steps'));
}
