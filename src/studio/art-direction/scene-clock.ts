/**
 * Start times and durations that tile the cut exactly: each scene starts where the previous
 * one ended (rounded to the centisecond) and the last one ends on the cut's length.
 */
export function tileDurations(durations: readonly number[], totalSec: number): Array<{ start: number; duration: number }> {
  const sum = durations.reduce((a, b) => a + Math.max(0, b), 0) || 1;
  const minimum = Math.min(0.5, totalSec / Math.max(1, durations.length));
  const scaled = durations.map((d) => Math.max(minimum, (Math.max(0, d) / sum) * totalSec));
  const rescale = totalSec / scaled.reduce((a, b) => a + b, 0);
  const tiles: Array<{ start: number; duration: number }> = [];
  let clock = 0;
  scaled.forEach((d, i) => {
    const start = round(clock);
    clock += d * rescale;
    const end = i === scaled.length - 1 ? totalSec : round(clock);
    tiles.push({ start, duration: round(end - start) });
  });
  return tiles;
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}
