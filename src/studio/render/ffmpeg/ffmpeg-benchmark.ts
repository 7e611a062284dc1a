/**
 * ffmpeg's own account of its CPU, from the `bench:` line `-benchmark` prints at exit. (Its
 * maxrss line is not used: a child's ru_maxrss starts from the parent's size at fork, so from
 * Node it reports Node's memory, not ffmpeg's.)
 */
export interface FfmpegStats {
  /** User + system CPU seconds of the ffmpeg process (all its threads). */
  cpuSec: number;
}

export function parseBenchmark(stderr: readonly string[]): FfmpegStats | undefined {
  const times = /bench: utime=([\d.]+)s stime=([\d.]+)s/.exec(stderr.join('\n'));
  return times ? { cpuSec: Number(times[1]) + Number(times[2]) } : undefined;
}
