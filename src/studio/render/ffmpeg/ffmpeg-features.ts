import { captureOutput } from './capture-output.ts';

/** What an ffmpeg build can do, so the studio picks a path that works rather than failing mid-render. */
export interface FfmpegFeatures {
  version: string;
  libx264: boolean;
  aac: boolean;
  xfade: boolean;
  sidechaincompress: boolean;
  loudnorm: boolean;
  atempo: boolean;
  /** `amix` has the `normalize` option (ffmpeg ≥ 4.4); older builds always divide by the input count. */
  amixNormalize: boolean;
}

/** Asks the binary for its version, filters and encoders (three quick runs, in parallel). Throws when it does not run. */
export async function probeFfmpegFeatures(ffmpeg: string): Promise<FfmpegFeatures> {
  const [versionText, filtersText, encodersText, amixHelp] = await Promise.all([
    captureOutput(ffmpeg, ['-hide_banner', '-version']),
    captureOutput(ffmpeg, ['-hide_banner', '-filters']),
    captureOutput(ffmpeg, ['-hide_banner', '-encoders']),
    captureOutput(ffmpeg, ['-hide_banner', '-h', 'filter=amix']),
  ]);
  const filters = listedNames(filtersText);
  const encoders = listedNames(encodersText);
  return {
    version: /version (\S+)/.exec(versionText)?.[1] ?? 'unknown',
    libx264: encoders.has('libx264'),
    aac: encoders.has('aac'),
    xfade: filters.has('xfade'),
    sidechaincompress: filters.has('sidechaincompress'),
    loudnorm: filters.has('loudnorm'),
    atempo: filters.has('atempo'),
    amixNormalize: /\bnormalize\b/.test(amixHelp),
  };
}

/** Both listings print "<flags> <name> <description>" per entry. */
function listedNames(listing: string): Set<string> {
  const names = new Set<string>();
  for (const line of listing.split('\n')) {
    const match = /^\s*[A-Z.|]{3,6}\s+(\S+)\s/.exec(line);
    if (match?.[1]) names.add(match[1]);
  }
  return names;
}
