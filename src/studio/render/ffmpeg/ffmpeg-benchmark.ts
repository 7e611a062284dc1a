/** ffmpeg's own account of a run, from the `bench:` lines `-benchmark` prints at exit. */
export interface FfmpegStats {
  /** User + system CPU seconds of the ffmpeg process (all its threads). */
  cpuSec: number;
  /** Peak resident memory of the ffmpeg process. */
  maxRssMb: number;
}

export function parseBenchmark(stderr: readonly string[]): FfmpegStats | undefined {
  const text = stderr.join('\n');
  const times = /bench: utime=([\d.]+)s stime=([\d.]+)s/.exec(text);
  const rss = /bench: maxrss=(\d+)kB/.exec(text);
  if (!times || !rss) return undefined;
  return { cpuSec: Number(times[1]) + Number(times[2]), maxRssMb: Number(rss[1]) / 1024 };
}
