import { spawn } from 'node:child_process';
import { CinematicAdsError } from '../../../contract/errors.ts';
import { stderrTail } from './stderr-tail.ts';

export interface FfmpegRunOptions {
  /** What the process is doing, for the error message ("encoding video", "mixing audio"). */
  task: string;
  signal?: AbortSignal;
}

export interface FfmpegExit {
  /** The last stderr lines (bounded), e.g. for `-benchmark` figures. */
  stderr: string[];
}

/**
 * Runs ffmpeg as a separate process to completion. A non-zero exit becomes a `render_failed`
 * error carrying the last stderr lines; aborting the signal kills the process and rejects with
 * the "cancelled" error the pipeline uses.
 */
export function runFfmpeg(binary: string, args: readonly string[], options: FfmpegRunOptions): Promise<FfmpegExit> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(cancelled(signal));
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const tail = stderrTail();
  child.stderr?.on('data', (chunk: Buffer) => tail.push(chunk));
  const onAbort = () => child.kill('SIGKILL');
  signal?.addEventListener('abort', onAbort, { once: true });
  return new Promise<FfmpegExit>((resolve, reject) => {
    child.once('error', (error) => {
      signal?.removeEventListener('abort', onAbort);
      reject(couldNotStart(binary, options.task, error));
    });
    child.once('close', (code, signalName) => {
      signal?.removeEventListener('abort', onAbort);
      if (signal?.aborted) return reject(cancelled(signal));
      if (code === 0) return resolve({ stderr: tail.lines() });
      reject(ffmpegFailure(options.task, code, signalName, tail.lines()));
    });
  });
}

/** The error for a non-zero exit: the task, the exit status and the end of stderr, where ffmpeg says why. */
export function ffmpegFailure(task: string, code: number | null, signalName: string | null, stderr: string[]): CinematicAdsError {
  const status = code === null ? `was killed by ${signalName ?? 'a signal'}` : `exited with code ${code}`;
  return new CinematicAdsError('render_failed', `ffmpeg ${status} while ${task}:\n${stderr.slice(-12).join('\n')}`, {
    details: { exitCode: code, stderr },
  });
}

export function couldNotStart(binary: string, task: string, error: Error): CinematicAdsError {
  return new CinematicAdsError('render_failed', `Could not start ${binary} while ${task}: ${error.message}`, { cause: error });
}

export function cancelled(signal: AbortSignal): CinematicAdsError {
  return new CinematicAdsError('conflict', 'The render was cancelled', { cause: signal.reason });
}
