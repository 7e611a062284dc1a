import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

export interface Measured<T> {
  result: T;
  wallSec: number;
  /** This process, all threads (painting, the stdin pump). */
  nodeCpuSec: number;
  /** Every child that ended meanwhile (ffmpeg, espeak-ng), from /proc/self/stat cutime + cstime. */
  childCpuSec: number;
  /** This process's peak resident memory during the run (VmHWM, reset before it). */
  nodePeakMb: number;
  /** The largest peak resident memory of a child process (ffmpeg), sampled from /proc while it ran. */
  childPeakMb: number;
  /** CPU the rest of the machine used meanwhile: on a shared 2-core machine this is what skews a run. */
  otherCpuSec: number;
}

/** Children's CPU in seconds; Linux reports reaped children's times in clock ticks (100 per second). */
function childCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After "pid (comm) ", cutime and cstime are fields 14 and 15 (0-based from the state field).
  return (Number(fields[13] ?? 0) + Number(fields[14] ?? 0)) / 100;
}

/** Busy CPU of the whole machine in seconds (user, nice, system, irq, softirq, steal from /proc/stat). */
function machineBusy(): number {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return (user + nice + system + irq + softirq + steal) / 100;
}

/** Resets the kernel's peak-RSS mark for this process (Linux ≥ 4.0), so each run reports its own peak. */
function resetPeakRss(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not permitted here: the peak then covers everything this process did so far.
  }
}

function peakRssMb(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

/**
 * Samples the children's VmHWM every 100 ms. (ffmpeg's own `-benchmark` maxrss is no use here: a
 * child's ru_maxrss starts from the parent's resident size at fork, so it reports node's memory.)
 */
function childPeakSampler(): { stop(): number } {
  let peak = 0;
  const sample = () => {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const status = readFileSync(`/proc/${entry}/status`, 'utf8');
        if (Number(/PPid:\s+(\d+)/.exec(status)?.[1]) !== process.pid) continue;
        peak = Math.max(peak, Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024);
      } catch {
        // The process ended while we looked.
      }
    }
  };
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

export async function measure<T>(run: () => Promise<T>): Promise<Measured<T>> {
  resetPeakRss();
  const sampler = childPeakSampler();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const children = childCpu();
  const busy = machineBusy();
  const result = await run();
  const childPeakMb = sampler.stop();
  const used = process.cpuUsage(cpu);
  const nodeCpuSec = (used.user + used.system) / 1e6;
  const childCpuSec = childCpu() - children;
  return {
    result,
    wallSec: (performance.now() - started) / 1000,
    nodeCpuSec,
    childCpuSec,
    nodePeakMb: peakRssMb(),
    childPeakMb,
    otherCpuSec: Math.max(0, machineBusy() - busy - nodeCpuSec - childCpuSec),
  };
}

export interface BenchRun<P> {
  rounds: number;
  /** Untimed set-up whose result `run` uses and which is dropped afterwards (cached input frames). */
  prepare?(): Promise<P>;
  // Method syntax on purpose: each entry's `run` takes its own `prepare` result.
  run(prepared: P): Promise<unknown>;
}

/**
 * This machine is shared, and neighbours on the host slow a run without showing up inside it.
 * Runs every benchmark in rounds (each round runs each one once, so a noisy spell touches all of
 * them alike) and keeps each one's fastest run, the least disturbed estimate of its cost, with
 * the lowest peak memory seen across its rounds.
 */
export async function fastestOfRounds<K extends string>(runs: Record<K, BenchRun<unknown>>): Promise<Record<K, Measured<unknown>>> {
  const best = {} as Record<K, Measured<unknown>>;
  const names = Object.keys(runs) as K[];
  const rounds = Math.max(...names.map((name) => runs[name].rounds));
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const entry = runs[name];
      if (round >= entry.rounds) continue;
      const prepared = entry.prepare ? await entry.prepare() : undefined;
      const measured = await measure(() => entry.run(prepared));
      const previous = best[name];
      const peaks = {
        nodePeakMb: Math.min(measured.nodePeakMb, previous?.nodePeakMb ?? Infinity),
        childPeakMb: Math.min(measured.childPeakMb, previous?.childPeakMb ?? Infinity),
      };
      best[name] = { ...(!previous || measured.wallSec < previous.wallSec ? measured : previous), ...peaks };
    }
  }
  return best;
}
