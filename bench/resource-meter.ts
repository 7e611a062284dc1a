import { readFileSync } from 'node:fs';

export interface Measured<T> {
  result: T;
  wallSec: number;
  /** This process, all threads (painting, the stdin pump). */
  nodeCpuSec: number;
  /** Every child that ended meanwhile (ffmpeg, espeak-ng), from /proc/self/stat cutime + cstime. */
  childCpuSec: number;
  /** This process's high-water resident memory so far. */
  nodePeakMb: number;
}

/** Children's CPU in seconds; Linux reports reaped children's times in clock ticks (100 per second). */
function childCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After "pid (comm) ", cutime and cstime are fields 14 and 15 (0-based from the state field).
  return (Number(fields[13] ?? 0) + Number(fields[14] ?? 0)) / 100;
}

export async function measure<T>(run: () => Promise<T>): Promise<Measured<T>> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const children = childCpu();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return {
    result,
    wallSec: (performance.now() - started) / 1000,
    nodeCpuSec: (used.user + used.system) / 1e6,
    childCpuSec: childCpu() - children,
    nodePeakMb: process.resourceUsage().maxRSS / 1024,
  };
}
