import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StepId } from '../contract/workflow-catalog.ts';

/**
 * Where each step's output is kept, so a job interrupted by a restart resumes from its last
 * completed step instead of starting over. Values are plain JSON.
 */
export interface StepStore {
  get<T>(step: StepId): Promise<T | undefined>;
  put(step: StepId, value: unknown): Promise<void>;
  delete(step: StepId): Promise<void>;
}

export function memoryStepStore(): StepStore {
  const values = new Map<StepId, string>();
  return {
    async get<T>(step: StepId) {
      const text = values.get(step);
      return text === undefined ? undefined : (JSON.parse(text) as T);
    },
    async put(step, value) {
      values.set(step, JSON.stringify(value));
    },
    async delete(step) {
      values.delete(step);
    },
  };
}

/** One JSON file per step in `dir`, written to a temporary name then renamed (never half-written). */
export function directoryStepStore(dir: string): StepStore {
  const fileOf = (step: StepId) => join(dir, `${step}.json`);
  return {
    async get<T>(step: StepId) {
      try {
        return JSON.parse(await readFile(fileOf(step), 'utf8')) as T;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async put(step, value) {
      await mkdir(dir, { recursive: true });
      const temp = `${fileOf(step)}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(value, null, 2));
      await rename(temp, fileOf(step));
    },
    async delete(step) {
      await rm(fileOf(step), { force: true });
    },
  };
}
