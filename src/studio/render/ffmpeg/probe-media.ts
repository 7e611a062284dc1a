import { CinematicAdsError } from '../../../contract/errors.ts';
import { captureOutput } from './capture-output.ts';
import { locateFfmpeg } from './locate-ffmpeg.ts';

export interface MediaStream {
  type: 'video' | 'audio' | 'subtitle' | 'data';
  codec: string;
  width?: number;
  height?: number;
  /** Frames in a video stream, when the container says. */
  frames?: number;
}

export interface MediaInfo {
  durationSec: number;
  streams: MediaStream[];
}

interface ProbeJson {
  format?: { duration?: string };
  streams?: Array<{ codec_type?: string; codec_name?: string; width?: number; height?: number; nb_frames?: string }>;
}

/** Reads a media file's duration and streams with ffprobe; used to verify every render. */
export async function probeMedia(path: string, options: { ffmpegPath?: string } = {}): Promise<MediaInfo> {
  const { ffprobe } = await locateFfmpeg(options.ffmpegPath === undefined ? {} : { path: options.ffmpegPath });
  if (!ffprobe) {
    throw new CinematicAdsError(
      'dependency_missing',
      'ffprobe was not found. Install it with `apt-get install ffmpeg` (Debian/Ubuntu) or `brew install ffmpeg`.',
    );
  }
  let text: string;
  try {
    text = await captureOutput(ffprobe, ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', path]);
  } catch (error) {
    throw new CinematicAdsError('render_failed', `ffprobe could not read ${path}: ${(error as Error).message.trim()}`, { cause: error });
  }
  const json = JSON.parse(text) as ProbeJson;
  return {
    durationSec: Number(json.format?.duration ?? 0),
    streams: (json.streams ?? []).map((stream) => ({
      type: (stream.codec_type ?? 'data') as MediaStream['type'],
      codec: stream.codec_name ?? 'unknown',
      ...(stream.width !== undefined ? { width: stream.width } : {}),
      ...(stream.height !== undefined ? { height: stream.height } : {}),
      ...(stream.nb_frames !== undefined ? { frames: Number(stream.nb_frames) } : {}),
    })),
  };
}
