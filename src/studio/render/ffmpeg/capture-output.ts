import { execFile } from 'node:child_process';

/** Runs a short query (`-filters`, ffprobe JSON) and returns its stdout; rejects when it cannot run or fails. */
export function captureOutput(binary: string, args: readonly string[], signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(binary, args, { maxBuffer: 16 * 1024 * 1024, ...(signal ? { signal } : {}) }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
  });
}
