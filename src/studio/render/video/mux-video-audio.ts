import { stat } from 'node:fs/promises';
import { runFfmpeg } from '../ffmpeg/ffmpeg-process.ts';
import { locateFfmpeg } from '../ffmpeg/locate-ffmpeg.ts';
import { probeMedia } from '../ffmpeg/probe-media.ts';
import { writeAtomically } from '../output/partial-file.ts';
import type { RenderTools } from '../render-request.ts';

export interface MuxRequest {
  /** The silent H.264 track. */
  video: string;
  /** The AAC track; without it the video is remuxed alone (still +faststart). */
  audio?: string;
  outFile: string;
  /** The video's length when the caller knows it (saves a probe). */
  durationSec?: number;
  signal?: AbortSignal;
  tools?: RenderTools;
}

export interface MuxedVideo {
  path: string;
  durationSec: number;
  bytes: number;
  hasAudio: boolean;
}

/**
 * Puts the video and audio tracks in one MP4 without re-encoding either, cut to exactly the
 * video's length, with the index up front (+faststart) so players start before the download ends.
 */
export async function muxVideoAndAudio(request: MuxRequest): Promise<MuxedVideo> {
  const ffmpegOption = request.tools?.ffmpegPath === undefined ? {} : { path: request.tools.ffmpegPath };
  const { ffmpeg } = await locateFfmpeg(ffmpegOption);
  const durationSec = request.durationSec ?? (await probeMedia(request.video, ffmpegOption.path ? { ffmpegPath: ffmpegOption.path } : {})).durationSec;
  const inputs = ['-i', request.video, ...(request.audio ? ['-i', request.audio] : [])];
  const maps = ['-map', '0:v:0', ...(request.audio ? ['-map', '1:a:0'] : [])];
  await writeAtomically(request.outFile, (partial) =>
    runFfmpeg(
      ffmpeg,
      ['-hide_banner', '-nostats', '-loglevel', 'error', ...inputs, ...maps, '-c', 'copy', '-t', durationSec.toFixed(3), '-movflags', '+faststart', '-f', 'mp4', '-y', partial],
      { task: 'muxing video and audio', ...(request.signal ? { signal: request.signal } : {}) },
    ),
  );
  const { size } = await stat(request.outFile);
  return { path: request.outFile, durationSec, bytes: size, hasAudio: request.audio !== undefined };
}
