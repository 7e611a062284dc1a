/**
 * Render benchmark: `npx tsx bench/render.ts`. Renders a 15 s 1080×1920 cinematic ad with voice and
 * music (video, soundtrack, mux) and compares it with ffmpeg encoding the same number of frames
 * alone; then renders all three formats in one job against one format. Prints a table and how
 * each figure compares with its target. Other work on a shared machine moves every figure: the
 * runs go in rounds and each keeps its fastest; the CPU the rest of this machine used during the
 * kept run is printed ("others"). Takes about six minutes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { workflowCatalog, type Format } from '../src/contract/workflow-catalog.ts';
import { muxVideoAndAudio, renderAudioTrack, renderVideoTrack } from '../src/studio/render/index.ts';
import type { Storyboard } from '../src/studio/storyboard.ts';
import { benchStoryboard } from './bench-storyboard.ts';
import { encodeFloor, prepareFloorFrames } from './ffmpeg-floor.ts';
import { fastestOfRounds, type Measured } from './resource-meter.ts';

const crf = workflowCatalog.cinematic.tiers.standard.crf;

/**
 * One job: the soundtrack once, then each format's video track and its mux, one after another
 * (video encodes never overlap). With `overlapAudio` the soundtrack (a single-threaded ffmpeg
 * mix) runs alongside the first video encode, which leaves part of the second core idle.
 */
async function renderJob(storyboard: Storyboard, formats: Format[], dir: string, overlapAudio: boolean): Promise<void> {
  const variantId = storyboard.variants[0]?.variantId ?? 'v1';
  const soundtrack = renderAudioTrack({ storyboard, variantId, outFile: join(dir, 'sound.m4a') });
  soundtrack.catch(() => {});
  if (!overlapAudio) await soundtrack;
  for (const format of formats) {
    const slug = format.replace(':', 'x');
    const video = await renderVideoTrack({ storyboard, variantId, format, size: 'full', crf, images: [], brandName: 'Solstice', outFile: join(dir, `track-${slug}.mp4`) });
    const audio = await soundtrack;
    await muxVideoAndAudio({ video: video.path, ...(audio ? { audio: audio.path } : {}), outFile: join(dir, `ad-${slug}.mp4`), durationSec: video.durationSec });
  }
}

function row(label: string, m: Measured<unknown>): string[] {
  const peak = `${m.nodePeakMb.toFixed(0)} + ${m.childPeakMb.toFixed(0)}`;
  return [label, m.wallSec.toFixed(2), m.nodeCpuSec.toFixed(2), m.childCpuSec.toFixed(2), peak, m.otherCpuSec.toFixed(1)];
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

const verdict = (value: number, target: number, unit: string) => `${value.toFixed(2)}${unit} (target ≤ ${target}${unit}: ${value <= target ? 'met' : 'MISSED'})`;

const dir = await mkdtemp(join(tmpdir(), 'cinematicads-bench-'));
try {
  const { storyboard, source } = await benchStoryboard();
  const frames = Math.round((storyboard.variants[0]?.durationSec ?? 15) * storyboard.fps);
  console.log(`storyboard: ${source}; ${frames} frames at 1080×1920, ${storyboard.fps} fps, CRF ${crf}; load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const all: Format[] = ['9:16', '1:1', '16:9'];
  const floorFrames = () => prepareFloorFrames(storyboard, '9:16');
  const m = await fastestOfRounds({
    A: { rounds: 3, run: () => renderJob(storyboard, ['9:16'], join(dir, 'a'), true) },
    B: { rounds: 3, run: () => renderJob(storyboard, all, join(dir, 'b'), true) },
    C: { rounds: 3, run: () => renderJob(storyboard, ['9:16'], join(dir, 'c'), false) },
    D: { rounds: 3, run: () => renderJob(storyboard, all, join(dir, 'd'), false) },
    F: { rounds: 3, prepare: floorFrames, run: (cached: Buffer[]) => encodeFloor(cached, frames, '9:16', storyboard.fps, crf, dir) },
    G: { rounds: 2, prepare: floorFrames, run: (cached: Buffer[]) => encodeFloor(cached.slice(0, 1), frames, '9:16', storyboard.fps, crf, dir) },
  });
  const [one, three, oneSequential, threeSequential, floor, still] = [m.A, m.B, m.C, m.D, m.F, m.G];
  console.log(
    `\n${table([
      ['run', 'wall s', 'node CPU s', 'children CPU s', 'peak RSS MB (node + ffmpeg)', 'others CPU s'],
      row('A  studio 9:16, soundtrack alongside the video', one),
      row('B  studio 9:16 + 1:1 + 16:9, soundtrack alongside', three),
      row('C  studio 9:16, soundtrack first', oneSequential),
      row('D  studio 9:16 + 1:1 + 16:9, soundtrack first', threeSequential),
      row('F  ffmpeg only, studio frames (1 s of motion, looped)', floor),
      row('G  ffmpeg only, one frame repeated (x264 cheapest)', still),
    ])}\n`,
  );
  const peak = one.nodePeakMb + one.childPeakMb;
  console.log(`A / F (studio vs ffmpeg-only) wall: ${verdict(one.wallSec / floor.wallSec, 1.3, '×')}; C / F ${(oneSequential.wallSec / floor.wallSec).toFixed(2)}×; A / G ${(one.wallSec / still.wallSec).toFixed(2)}×`);
  console.log(`A studio wall:                      ${verdict(one.wallSec, 15, ' s')}; C ${oneSequential.wallSec.toFixed(2)} s`);
  console.log(`A studio peak memory:               ${verdict(peak, 800, ' MB')}`);
  console.log(`B / A (3 formats vs 1) wall:        ${verdict(three.wallSec / one.wallSec, 2.5, '×')}; D / C ${verdict(threeSequential.wallSec / oneSequential.wallSec, 2.5, '×')}`);
  // CPU seconds barely move when other work shares the machine; wall seconds do.
  const cpu = (run: Measured<unknown>) => run.nodeCpuSec + run.childCpuSec;
  console.log(`by CPU time (steadier on a busy machine): A / F ${(cpu(one) / cpu(floor)).toFixed(2)}×, B / A ${(cpu(three) / cpu(one)).toFixed(2)}×, D / C ${(cpu(threeSequential) / cpu(oneSequential)).toFixed(2)}×`);
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
