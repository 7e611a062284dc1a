import { Worker } from 'node:worker_threads';
import { parseBenchmark, type FfmpegStats } from '../ffmpeg/ffmpeg-benchmark.ts';
import { cancelled, couldNotStart, ffmpegFailure, type FfmpegExit } from '../ffmpeg/ffmpeg-process.ts';
import { stderrTail } from '../ffmpeg/stderr-tail.ts';
import { CinematicAdsError } from '../../../contract/errors.ts';

export interface FrameEncoderOptions {
  ffmpeg: string;
  width: number;
  height: number;
  fps: number;
  crf: number;
  /** Where ffmpeg writes the MP4 (the caller's temporary name). */
  outFile: string;
  signal?: AbortSignal;
}

export interface FrameEncoder {
  /** Copies one RGBA frame into a free slot and queues it; waits while every slot is queued. */
  write(frame: Buffer): Promise<void>;
  /** Closes the pipe and waits for the MP4 to be complete. */
  finish(): Promise<{ stats?: FfmpegStats }>;
  /** Kills the encode (the caller failed); the partial file is the caller's to remove. */
  abandon(): Promise<void>;
}

type PumpMessage =
  | { type: 'stderr'; chunk: string }
  | { type: 'written'; slot: number }
  | { type: 'failed'; message: string }
  | { type: 'exit'; code: number | null; signal: string | null };

const task = 'encoding video frames';
/** Frames queued ahead of ffmpeg: enough to keep it busy, few enough to keep memory flat. */
const slotCount = 2;

/**
 * A silent H.264 encode fed raw RGBA frames. ffmpeg's stdin is serviced by a worker thread (see
 * stdin-pump.worker.js) so the pipe keeps flowing while this thread paints the next frame.
 */
export function startFrameEncoder(options: FrameEncoderOptions): FrameEncoder {
  const { signal } = options;
  if (signal?.aborted) throw cancelled(signal);
  const args = [
    '-hide_banner', '-nostats', '-loglevel', 'info', '-benchmark',
    '-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${options.width}x${options.height}`, '-r', String(options.fps), '-i', '-',
    // BT.709, tagged: players assume it for HD, so brand colors come back as painted (untagged
    // BT.601, swscale's default, shifts reds and greens on playback).
    '-vf', 'scale=out_color_matrix=bt709:out_range=tv,format=yuv420p',
    '-colorspace', 'bt709', '-color_primaries', 'bt709', '-color_trc', 'bt709', '-color_range', 'tv',
    '-an', '-c:v', 'libx264', '-preset', 'veryfast', '-crf', String(options.crf),
    '-movflags', '+faststart', '-f', 'mp4', '-y', options.outFile,
  ];
  const frameBytes = options.width * options.height * 4;
  const slots = Array.from({ length: slotCount }, () => new SharedArrayBuffer(frameBytes));
  const free = slots.map((_, index) => index);
  const worker = new Worker(new URL('./stdin-pump.worker.js', import.meta.url), { workerData: { binary: options.ffmpeg, args, slots } });
  const tail = stderrTail();
  let release: (() => void) | undefined;

  const onAbort = () => worker.postMessage({ type: 'kill' });
  signal?.addEventListener('abort', onAbort, { once: true });
  const exited = new Promise<FfmpegExit>((resolve, reject) => {
    worker.on('message', (message: PumpMessage) => {
      if (message.type === 'stderr') tail.push(message.chunk);
      else if (message.type === 'written') {
        free.push(message.slot);
        release?.();
      } else if (message.type === 'failed') reject(couldNotStart(options.ffmpeg, task, new Error(message.message)));
      else if (signal?.aborted) reject(cancelled(signal));
      else if (message.code === 0) resolve({ stderr: tail.lines() });
      else reject(ffmpegFailure(task, message.code, message.signal, tail.lines()));
    });
    worker.once('error', (error) => reject(new CinematicAdsError('render_failed', `The frame pipe failed: ${error.message}`, { cause: error })));
  });
  void exited.finally(() => signal?.removeEventListener('abort', onAbort)).catch(() => {});
  // While waiting for room in the queue, an early exit (bad arguments, killed) must end the wait.
  const stoppedEarly = exited.then(() => {
    throw new CinematicAdsError('render_failed', 'ffmpeg stopped reading frames before the video was complete');
  });
  stoppedEarly.catch(() => {});

  return {
    async write(frame) {
      if (frame.byteLength !== frameBytes) throw new RangeError(`A frame must be ${frameBytes} bytes, got ${frame.byteLength}`);
      while (free.length === 0) await Promise.race([new Promise<void>((resolve) => (release = resolve)), stoppedEarly]);
      const slot = free.shift() as number;
      frame.copy(new Uint8Array(slots[slot] as SharedArrayBuffer));
      worker.postMessage({ type: 'frame', slot, bytes: frameBytes });
    },
    async finish() {
      worker.postMessage({ type: 'end' });
      const { stderr } = await exited;
      const stats = parseBenchmark(stderr);
      return stats ? { stats } : {};
    },
    async abandon() {
      worker.postMessage({ type: 'kill' });
      await exited.catch(() => {});
    },
  };
}
